"""Read a ``.safetensors`` file without the safetensors library and without trusting it.

The format is simple (8 bytes little-endian header length, a JSON header naming each
tensor's element type, shape and byte range, then the raw data), which is why it is
read here rather than with another dependency. Users bring CLIP folders on USB sticks,
so every claim of the header is checked against the file before any data is read: the
header's size is bounded, every tensor's bytes lie inside the data section, the tensors
tile it exactly (contiguous, no overlap, no gap, nothing after the last one), each
element type is known and each shape times its element size is exactly its byte span.
The caller's layout check then sees the names, types and shapes, still before any data.

The data is read once, front to back, through a hashing stream: the SHA-256 that tells
the published model apart is computed on the way and the progress bar follows the same
bytes. Only the tensors the caller wants are kept, as float32 (F32, F16 and BF16).
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Callable, Mapping

import numpy as np

from fidgui.core.base.errors import FidguiError, WeightsError
from fidgui.core.encoders.torch_reader.hashing import ByteProgress, HashingReader
from fidgui.core.encoders.torch_reader.problems import (
    BeyondFile,
    HeaderTooLong,
    ReaderProblem,
    Truncated,
    unexpected,
)

MAX_HEADER_BYTES = 8 << 20
"""A header of the real CLIPModel file (text tower included) is about 50 kB; 8 MB allows any network of this kind."""
METADATA_KEY = "__metadata__"
ELEMENT_SIZES = {
    "BOOL": 1, "U8": 1, "I8": 1, "F8_E4M3": 1, "F8_E5M2": 1, "I16": 2, "U16": 2, "F16": 2, "BF16": 2,
    "I32": 4, "U32": 4, "F32": 4, "F64": 8, "I64": 8, "U64": 8,
}
FLOAT_TYPES = ("F32", "F16", "BF16")
_CHUNK = 4 << 20


class HeaderProblem(ReaderProblem):
    """Something in the header or the byte ranges it declares; ``code`` names it, ``params`` fill the sentence."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def details(self, size: int) -> dict[str, str]:
        return dict(self.params)


@dataclass(frozen=True)
class TensorEntry:
    """One tensor as the header declares it; ``begin``/``end`` are offsets into the data section."""

    name: str
    dtype: str
    shape: tuple[int, ...]
    begin: int
    end: int


EntryCheck = Callable[[Mapping[str, TensorEntry]], None]
"""Sees every tensor's declaration before any data is read; raises to refuse the file."""


@dataclass(frozen=True)
class SafetensorsFile:
    tensors: dict[str, np.ndarray]
    entries: dict[str, TensorEntry]
    sha256: str


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise HeaderProblem("safetensors_problem_duplicate", name=str(key)[:80])
        seen[key] = value
    return seen


def _count(value: Any) -> bool:
    return type(value) is int and value >= 0


def _entry(name: str, record: Any) -> TensorEntry:
    """One header record, refused unless it is exactly {dtype, shape, data_offsets} with sane values."""
    shown = name[:80]
    if not isinstance(record, dict) or set(record) != {"dtype", "shape", "data_offsets"}:
        raise HeaderProblem("safetensors_problem_entry", name=shown)
    dtype, shape, offsets = record["dtype"], record["shape"], record["data_offsets"]
    if not isinstance(dtype, str) or dtype not in ELEMENT_SIZES:
        raise HeaderProblem("safetensors_problem_dtype", name=shown, dtype=str(dtype)[:20])
    if not isinstance(shape, list) or len(shape) > 8 or not all(_count(n) for n in shape):
        raise HeaderProblem("safetensors_problem_entry", name=shown)
    if not isinstance(offsets, list) or len(offsets) != 2 or not all(_count(n) for n in offsets) \
            or offsets[0] > offsets[1]:
        raise HeaderProblem("safetensors_problem_entry", name=shown)
    entry = TensorEntry(name, dtype, tuple(shape), offsets[0], offsets[1])
    needed = int(np.prod(entry.shape, dtype=object)) * ELEMENT_SIZES[dtype]
    if needed != entry.end - entry.begin:
        raise HeaderProblem("safetensors_problem_span", name=shown, span=str(entry.end - entry.begin),
                            needed=str(needed) if needed < 10**15 else "\u221e")
    return entry


def parse_header(header: bytes, data_size: int) -> dict[str, TensorEntry]:
    """The tensors a header declares, proven to tile the ``data_size`` bytes after it exactly."""
    try:
        document = json.loads(bytes(header).decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise HeaderProblem("safetensors_problem_header_json") from None
    if not isinstance(document, dict):
        raise HeaderProblem("safetensors_problem_header_json")
    metadata = document.pop(METADATA_KEY, {})
    if not isinstance(metadata, dict) or not all(isinstance(v, str) for v in metadata.values()):
        raise HeaderProblem("safetensors_problem_entry", name=METADATA_KEY)
    entries = {name: _entry(name, record) for name, record in document.items()}
    position, previous = 0, None
    for entry in sorted(entries.values(), key=lambda item: (item.begin, item.end)):
        if entry.end > data_size:
            raise HeaderProblem("safetensors_problem_outside", name=entry.name[:80])
        if entry.begin < position:
            raise HeaderProblem("safetensors_problem_overlap", name=entry.name[:80], other=(previous or "")[:80])
        if entry.begin > position:
            raise HeaderProblem("safetensors_problem_gap", name=entry.name[:80])
        position, previous = entry.end, entry.name
    if position != data_size:
        raise HeaderProblem("safetensors_problem_trailing", count=str(data_size - position))
    return entries


def _read_exactly(stream: BinaryIO, count: int) -> bytearray:
    """``count`` bytes, or Truncated when the file ends first (it shrank while being read)."""
    data = bytearray(count)
    view, filled = memoryview(data), 0
    while filled < count:
        got = stream.readinto(view[filled:])
        if not got:
            raise Truncated()
        filled += got
    return data


def _as_float32(raw: bytearray, dtype: str, shape: tuple[int, ...]) -> np.ndarray:
    if dtype == "F32":
        return np.frombuffer(raw, "<f4").astype(np.float32, copy=False).reshape(shape)
    if dtype == "F16":
        return np.frombuffer(raw, "<f2").astype(np.float32).reshape(shape)
    # bfloat16 is the upper half of a float32: widen the bits, then reinterpret.
    return (np.frombuffer(raw, "<u2").astype(np.uint32) << 16).view(np.float32).reshape(shape)


def _skip(stream: BinaryIO, count: int) -> None:
    while count > 0:
        count -= len(_read_exactly(stream, min(count, _CHUNK)))


def read_safetensors(
    path: Path,
    wanted: Callable[[str], bool],
    check: EntryCheck | None = None,
    progress: ByteProgress | None = None,
) -> SafetensorsFile:
    """The wanted tensors of ``path`` as float32 arrays, with the file's SHA-256; any problem is a WeightsError.

    ``check`` runs on the declarations before any data is read. A wanted tensor must be F32, F16
    or BF16 (the check is expected to refuse others with its own sentence; this reader refuses
    them too rather than guess a conversion).
    """
    path = Path(path)
    total = 0
    try:
        total = path.stat().st_size
        with open(path, "rb") as raw:
            stream = HashingReader(raw, total, progress)
            if total < 8:
                raise Truncated()
            (length,) = struct.unpack("<Q", _read_exactly(stream, 8))
            if length > MAX_HEADER_BYTES:
                raise HeaderTooLong(MAX_HEADER_BYTES)
            if 8 + length > total:
                raise BeyondFile()
            entries = parse_header(_read_exactly(stream, length), total - 8 - length)
            if check is not None:
                check(entries)
            tensors: dict[str, np.ndarray] = {}
            for entry in sorted(entries.values(), key=lambda item: item.begin):
                size = entry.end - entry.begin
                if not wanted(entry.name):
                    _skip(stream, size)
                    continue
                if entry.dtype not in FLOAT_TYPES:
                    raise HeaderProblem("safetensors_problem_dtype", name=entry.name[:80], dtype=entry.dtype)
                tensors[entry.name] = _as_float32(_read_exactly(stream, size), entry.dtype, entry.shape)
            return SafetensorsFile(tensors, entries, stream.hexdigest())
    except FidguiError:
        raise
    except ReaderProblem as problem:
        raise problem.error(path, total) from None
    except OSError as error:
        raise WeightsError("weights_unreadable", path=str(path), reason=error.strerror or str(error)) from None
    except Exception as error:  # MemoryError, OverflowError...: a hostile file, said in one sentence
        raise unexpected(path, error) from None
