"""Read the tensors of a ``torch.save`` file without PyTorch and without trusting it.

The standard FID weights are a legacy (pre-zip, protocol 1001) ``torch.save`` file:
four pickles (magic number, protocol, system info, the state dict whose tensors
name storages by persistent id, the list of storage keys) followed by each
storage's raw bytes. A pickle can run any code it names, so the unpickler here
resolves only the few names a state dict needs, each to a harmless stand-in, and
refuses everything else. The newer zip format (``data.pkl`` plus ``data/<key>``
entries) holds the same pickle, so it is read too.

The file is read once, front to back, hashing as it goes: the SHA-256 is what
tells the standard weights apart, and the file is large.
"""

from __future__ import annotations

import collections
import hashlib
import io
import pickle
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

import numpy as np

from fidgui.core.base.errors import WeightsError

LEGACY_MAGIC = 0x1950A86A20F9469CFC6C
LEGACY_PROTOCOL = 1001
_ZIP_SIGNATURE = b"PK\x03\x04"
_CHUNK = 4 << 20
_PROGRESS_STEP = 1 << 20

_USE_STANDARD = "the standard FID weights file pt_inception-2015-12-05-6726825d.pth"

ByteProgress = Callable[[int, int], None]
"""Called with (bytes read so far, bytes in the file)."""

_STORAGE_DTYPES = {
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


@dataclass(frozen=True)
class StateDict:
    """The tensors of a weights file by name, and the SHA-256 of the whole file."""

    tensors: dict[str, np.ndarray]
    sha256: str


@dataclass(frozen=True)
class _StorageType:
    dtype: np.dtype


@dataclass(frozen=True)
class _StorageRef:
    key: str
    dtype: np.dtype
    numel: int


@dataclass(frozen=True)
class _TensorRef:
    storage: _StorageRef
    offset: int
    shape: tuple[int, ...]
    stride: tuple[int, ...]


def _rebuild_tensor(storage: object, offset: object, shape: object, stride: object, *_ignored: object) -> _TensorRef:
    """Stands in for torch._utils._rebuild_tensor(_v2): records where the tensor lies, nothing more."""
    if not (isinstance(storage, _StorageRef) and isinstance(offset, int) and offset >= 0
            and isinstance(shape, tuple) and isinstance(stride, tuple) and len(shape) == len(stride)
            and all(isinstance(n, int) and n >= 0 for n in shape + stride)):
        raise ValueError("malformed tensor record")
    return _TensorRef(storage, offset, shape, stride)


def _rebuild_parameter(data: object, *_ignored: object) -> object:
    """Stands in for torch._utils._rebuild_parameter: a saved Parameter is just its tensor."""
    return data


_ALLOWED_CALLABLES: dict[tuple[str, str], object] = {
    ("collections", "OrderedDict"): collections.OrderedDict,
    ("torch._utils", "_rebuild_tensor"): _rebuild_tensor,
    ("torch._utils", "_rebuild_tensor_v2"): _rebuild_tensor,
    ("torch._utils", "_rebuild_parameter"): _rebuild_parameter,
}


class _UnsafeContent(Exception):
    """The pickle named something outside the allow-list."""


class _StateDictUnpickler(pickle.Unpickler):
    """Resolves only a state dict's names; every storage it meets is recorded by key."""

    def __init__(self, stream: BinaryIO, storages: dict[str, _StorageRef]) -> None:
        super().__init__(stream)
        self._storages = storages

    def find_class(self, module: str, name: str) -> object:
        if (module, name) in _ALLOWED_CALLABLES:
            return _ALLOWED_CALLABLES[(module, name)]
        if module == "torch" and name in _STORAGE_DTYPES:
            return _StorageType(_STORAGE_DTYPES[name])
        raise _UnsafeContent(f"{module}.{name}")

    def persistent_load(self, pid: object) -> _StorageRef:
        # Legacy ids are ('storage', type, key, location, numel, view); zip ids stop at numel.
        if not (isinstance(pid, tuple) and len(pid) in (5, 6) and pid[0] == "storage"
                and isinstance(pid[1], _StorageType) and isinstance(pid[2], str)
                and isinstance(pid[4], int) and pid[4] >= 0):
            raise ValueError("malformed storage record")
        if len(pid) == 6 and pid[5] is not None:
            raise ValueError("storage views are not supported")
        ref = _StorageRef(pid[2], pid[1].dtype, pid[4])
        if self._storages.setdefault(ref.key, ref) != ref:
            raise ValueError("one storage described two ways")
        return ref


class _HashingReader(io.RawIOBase):
    """A read-only stream that hashes, counts and reports every byte that passes through it."""

    def __init__(self, stream: BinaryIO, total: int, progress: ByteProgress | None) -> None:
        super().__init__()
        self._stream = stream
        self._hash = hashlib.sha256()
        self._progress = progress
        self._reported = 0
        self.total = total
        self.position = 0

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.position

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        count = self._stream.readinto(buffer) or 0
        if count:
            self._hash.update(memoryview(buffer)[:count])
            self.position += count
            if self._progress and (self.position - self._reported >= _PROGRESS_STEP or self.position == self.total):
                self._reported = self.position
                self._progress(self.position, self.total)
        return count

    def hexdigest(self) -> str:
        """The SHA-256 of the whole file, reading whatever is left of it first (trailing bytes count too)."""
        while self.read(_CHUNK):
            pass
        return self._hash.hexdigest()


def read_state_dict(path: Path, progress: ByteProgress | None = None) -> StateDict:
    """Read a ``torch.save`` state dict (legacy or zip) into numpy arrays, running none of its code."""
    path = Path(path)
    try:
        total = path.stat().st_size
        with open(path, "rb") as raw:
            if raw.read(len(_ZIP_SIGNATURE)) == _ZIP_SIGNATURE:
                return _read_zip(path, raw, total, progress)
            raw.seek(0)
            return _read_legacy(path, _HashingReader(raw, total, progress))
    except OSError as error:
        raise WeightsError(
            f"The weights file {path} could not be read ({error.strerror or error}). "
            "Check that it exists and that you may open it, then try again."
        ) from error


def _read_legacy(path: Path, reader: _HashingReader) -> StateDict:
    stream = io.BufferedReader(reader, buffer_size=1 << 16)
    storages: dict[str, _StorageRef] = {}
    try:
        magic = _unpickle(path, stream, storages)
    except WeightsError:
        raise
    except Exception:  # any other garbage is simply "not a torch file"
        magic = None
    if magic != LEGACY_MAGIC:
        raise _not_torch(path)
    try:
        protocol = _unpickle(path, stream, storages)
        system = _unpickle(path, stream, storages)
        state = _unpickle(path, stream, storages)
        keys = _unpickle(path, stream, storages)
    except EOFError:
        raise _incomplete(path, reader.total) from None
    except (pickle.UnpicklingError, ValueError, TypeError, AttributeError, IndexError) as error:
        raise _corrupt(path) from error
    if protocol != LEGACY_PROTOCOL or not isinstance(system, dict) or system.get("little_endian") is not True:
        raise WeightsError(
            f"The weights file {path} was written by a PyTorch version or on a machine that fidgui cannot read. "
            f"Use {_USE_STANDARD} instead."
        )
    if not isinstance(keys, list) or not all(isinstance(key, str) for key in keys) or sorted(keys) != sorted(storages):
        raise _corrupt(path)
    expected_size = stream.tell() + sum(8 + _nbytes(storages[key]) for key in keys)
    if reader.total < expected_size:
        raise _incomplete(path, reader.total, expected_size)
    data = {}
    for key in keys:
        ref = storages[key]
        head = stream.read(8)
        body = stream.read(_nbytes(ref))
        if len(head) < 8 or len(body) < _nbytes(ref):
            raise _incomplete(path, reader.total, expected_size)
        if struct.unpack("<q", head)[0] != ref.numel:
            raise _corrupt(path)
        data[key] = np.frombuffer(body, dtype=ref.dtype)
    return StateDict(_materialise(path, state, data), reader.hexdigest())


def _read_zip(path: Path, raw: BinaryIO, total: int, progress: ByteProgress | None) -> StateDict:
    """The zip format: hash the file in one pass, then read ``data.pkl`` and its storages from the archive."""
    raw.seek(0)
    reader = _HashingReader(raw, total, progress)
    sha256 = reader.hexdigest()
    try:
        with zipfile.ZipFile(path) as archive:
            names = [name for name in archive.namelist() if name.endswith("data.pkl")]
            if len(names) != 1:
                raise _not_torch(path)
            prefix = names[0][: -len("data.pkl")]
            if prefix + "byteorder" in archive.namelist() and archive.read(prefix + "byteorder") != b"little":
                raise _corrupt(path)
            storages: dict[str, _StorageRef] = {}
            with archive.open(names[0]) as stream:
                state = _unpickle(path, stream, storages)
            data = {}
            for key, ref in storages.items():
                entry = archive.getinfo(f"{prefix}data/{key}")
                if entry.file_size != _nbytes(ref):  # checked before reading: a zip entry can lie about its size
                    raise _corrupt(path)
                data[key] = np.frombuffer(archive.read(entry), dtype=ref.dtype)
    except (zipfile.BadZipFile, KeyError, EOFError, pickle.UnpicklingError, ValueError, TypeError,
            AttributeError, IndexError) as error:
        raise _corrupt(path) from error
    return StateDict(_materialise(path, state, data), sha256)


def _unpickle(path: Path, stream: BinaryIO, storages: dict[str, _StorageRef]) -> object:
    """Every pickle in the file goes through here: none is ever loaded with the unrestricted unpickler."""
    try:
        return _StateDictUnpickler(stream, storages).load()
    except _UnsafeContent as refused:
        raise WeightsError(
            f"The file {path} asks to run code ({refused}) when opened, which a weights file never needs, "
            f"so fidgui refused to open it. Use {_USE_STANDARD} from a source you trust."
        ) from None


def _materialise(path: Path, state: object, data: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Cut each tensor out of its storage (offset, shape, stride) into its own contiguous array."""
    if not isinstance(state, dict) or not all(
        isinstance(name, str) and isinstance(ref, _TensorRef) for name, ref in state.items()
    ):
        raise WeightsError(
            f"The file {path} is a PyTorch file but not a plain set of weights (a state dict). "
            f"Choose {_USE_STANDARD}."
        )
    tensors = {}
    for name, ref in state.items():
        storage = data[ref.storage.key]
        extent = ref.offset + sum((n - 1) * s for n, s in zip(ref.shape, ref.stride))
        if 0 not in ref.shape and extent >= storage.size:
            raise _corrupt(path)
        view = np.lib.stride_tricks.as_strided(
            storage[ref.offset:], shape=ref.shape, strides=[s * storage.itemsize for s in ref.stride], writeable=False
        )
        tensors[name] = view.copy()  # contiguous, owns its memory, keeps 0-d shapes
    return tensors


def _nbytes(ref: _StorageRef) -> int:
    return ref.numel * ref.dtype.itemsize


def _not_torch(path: Path) -> WeightsError:
    return WeightsError(
        f"The file {path} is not a PyTorch weights file. "
        f"Choose {_USE_STANDARD}."
    )


def _corrupt(path: Path) -> WeightsError:
    return WeightsError(
        f"The weights file {path} is damaged: its contents do not fit together. Download it again."
    )


def _incomplete(path: Path, size: int, expected: int | None = None) -> WeightsError:
    held = f"{size / 1e6:.1f} MB" + (f" of the {expected / 1e6:.1f} MB it should" if expected else "")
    return WeightsError(
        f"The weights file {path} is incomplete: it holds only {held}, probably because a download "
        "was cut off. Download it again."
    )
