"""Read one pickle from a weights file: its bytes checked opcode by opcode first, then unpickled with an allow-list.

Python's unpickler trusts every length a pickle declares: BINBYTES8 or FRAME saying
2^40 bytes makes it allocate a terabyte before reading one, and a memo index of
2^32 grows its memo table to match. So each pickle is first walked with
``pickletools.genops`` over a stream that refuses any read longer than the bytes
left in the file, and collected into memory (capped: a state dict's description is
tens of kilobytes). Only those checked bytes are then unpickled, by an unpickler that
resolves a handful of names to sealed stand-ins (``records``) and refuses the rest.
"""

from __future__ import annotations

import io
import pickle
import pickletools
from typing import BinaryIO, Callable

import numpy as np

from fidgui.core.encoders.torch_reader.problems import (
    BeyondFile,
    HeaderTooLong,
    Mismatch,
    Truncated,
    UnsafeName,
)
from fidgui.core.encoders.torch_reader.records import (
    AllowedCallable,
    StateDictMapping,
    StorageRef,
    StorageType,
    TensorRecord,
)

MAX_PICKLE_BYTES = 1 << 20
"""The longest pickle accepted: 14x the FID Inception's state-dict pickle (73 KB), 40x DINOv2 ViT-S's (26 KB).

It also bounds the unpickler's memory: one pickle byte makes at most one object (an empty dict,
about 72 bytes), so a hostile pickle costs at most about 75 MB."""

_MEMO_OPS = {"PUT", "BINPUT", "LONG_BINPUT", "GET", "BINGET", "LONG_BINGET"}

STORAGE_DTYPES = {
    "FloatStorage": np.dtype("<f4"),
    "DoubleStorage": np.dtype("<f8"),
    "HalfStorage": np.dtype("<f2"),
    "LongStorage": np.dtype("<i8"),
    "IntStorage": np.dtype("<i4"),
    "ShortStorage": np.dtype("<i2"),
    "CharStorage": np.dtype("i1"),
    "ByteStorage": np.dtype("u1"),
    "BoolStorage": np.dtype("?"),
}


class _CheckedStream:
    """Hands ``genops`` the bytes it asks for, refusing lengths the file cannot hold, and keeps a copy."""

    def __init__(self, stream: BinaryIO, available: int, file_size: int, limit: int) -> None:
        self._stream = stream
        self._available = available
        self._file_size = file_size
        self._limit = limit
        self.collected = bytearray()

    def read(self, count: int = -1) -> bytes:
        if count is None or count < 0:
            raise Mismatch()
        if count > self._file_size:
            raise BeyondFile()
        if count > self._available:
            raise Truncated()
        if len(self.collected) + count > self._limit:
            raise HeaderTooLong(self._limit)
        data = self._stream.read(count)
        if len(data) < count:
            raise Truncated()
        self._available -= count
        self.collected += data
        return data

    def readline(self) -> bytes:
        line = bytearray()
        while not line.endswith(b"\n"):
            line += self.read(1)
        return bytes(line)


def read_pickle_bytes(stream: BinaryIO, available: int, file_size: int, limit: int = MAX_PICKLE_BYTES) -> bytes:
    """The bytes of the one pickle starting here, up to and including STOP, every declared length checked."""
    checked = _CheckedStream(stream, available, file_size, limit)
    try:
        for opcode, argument, _ in pickletools.genops(checked):
            if opcode.name == "FRAME" and argument > available:
                raise BeyondFile()
            if opcode.name in _MEMO_OPS and (not isinstance(argument, int) or argument > len(checked.collected)):
                raise BeyondFile()  # a memo slot no pickle of this length can have filled
    except ValueError as error:  # genops' own complaints: an unknown opcode, a malformed argument
        raise Mismatch() from error
    return bytes(checked.collected)


def _rebuild_tensor(storage: object, offset: object, shape: object, stride: object, *_ignored: object) -> TensorRecord:
    """Stands in for torch._utils._rebuild_tensor(_v2): records where the tensor lies, nothing more.

    Shape, stride and offset are checked later by ``views.check_record``, where the tensor's name is known.
    """
    if not isinstance(storage, StorageRef):
        raise Mismatch()
    return TensorRecord(storage, offset, shape, stride)


def _rebuild_parameter(data: object, *_ignored: object) -> object:
    """Stands in for torch._utils._rebuild_parameter: a saved Parameter is just its tensor."""
    return data


_ALLOWED: dict[tuple[str, str], Callable[..., object]] = {
    ("collections", "OrderedDict"): StateDictMapping,
    ("torch._utils", "_rebuild_tensor"): _rebuild_tensor,
    ("torch._utils", "_rebuild_tensor_v2"): _rebuild_tensor,
    ("torch._utils", "_rebuild_parameter"): _rebuild_parameter,
}


class _StateDictUnpickler(pickle.Unpickler):
    """Resolves only a state dict's names, each to a fresh sealed stand-in; records every storage by key."""

    def __init__(self, stream: BinaryIO, storages: dict[str, StorageRef], file_size: int) -> None:
        super().__init__(stream)
        self._storages = storages
        self._file_size = file_size

    def find_class(self, module: str, name: str) -> object:
        if (module, name) in _ALLOWED:
            return AllowedCallable(name, _ALLOWED[(module, name)])
        if module == "torch" and name in STORAGE_DTYPES:
            return StorageType(STORAGE_DTYPES[name])
        raise UnsafeName(f"{module}.{name}")

    def persistent_load(self, pid: object) -> StorageRef:
        # Legacy ids are ('storage', type, key, location, numel, view); zip ids stop at numel.
        if not (type(pid) is tuple and len(pid) in (5, 6) and pid[0] == "storage"
                and isinstance(pid[1], StorageType) and type(pid[2]) is str
                and type(pid[4]) is int and pid[4] >= 0):
            raise Mismatch()
        if len(pid) == 6 and pid[5] is not None:
            raise Mismatch()  # storage views: never written by torch.save of a state dict
        ref = StorageRef(pid[2], pid[1].dtype, pid[4])  # its length is checked by the container, against the file
        known = self._storages.setdefault(ref.key, ref)
        if not known.same_as(ref):
            raise Mismatch()
        return known


def unpickle(pickled: bytes, storages: dict[str, StorageRef], file_size: int) -> object:
    """Unpickle checked bytes; every pickle in a weights file goes through here, none through ``pickle.load``."""
    return _StateDictUnpickler(io.BytesIO(pickled), storages, file_size).load()


def read_one(stream: BinaryIO, available: int, file_size: int, storages: dict[str, StorageRef]) -> object:
    """Check, collect and unpickle the next pickle in ``stream``."""
    return unpickle(read_pickle_bytes(stream, available, file_size), storages, file_size)

