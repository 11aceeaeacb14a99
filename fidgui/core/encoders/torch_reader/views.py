"""Cut each tensor out of its storage, after proving with Python integers that every element lies inside it.

``np.lib.stride_tricks.as_strided`` does no bounds checking: a negative or huge stride
reads whatever memory lies around the storage (or crashes the process). Here the
furthest element (offset + sum((size - 1) * stride)) is computed with Python's
unbounded integers, negative values and bools are refused, and the copy is made by
fancy indexing with an index array that numpy bounds-checks again. A stride of 0
can make a one-float storage look like billions of floats, so the total a file may
materialise is capped too (the architecture's layout check, run before this, is
the real bound for the FID network).
"""

from __future__ import annotations

import math
from typing import Callable, Iterable, Mapping

import numpy as np

from fidgui.core.encoders.torch_reader.problems import BadRecord, OutsideStorage, TooMuchMemory
from fidgui.core.encoders.torch_reader.records import StorageRef, TensorRecord

MAX_DIMENSIONS = 16
"""No network weight has more; numpy allows 64, and each dimension is an index array here."""

MATERIALISE_FACTOR = 4
MATERIALISE_SLACK = 64 << 20
"""A file may unfold into at most 4x its own bytes plus 64 MB (tensors sharing a storage, broadcast stride-0 views)."""


def check_record(name: str, record: TensorRecord) -> int:
    """The tensor's element count, once its shape, stride and offset are proved to fit inside its storage."""
    shape, stride, offset = record.shape, record.stride, record.offset
    if not (type(shape) is tuple and type(stride) is tuple and len(shape) == len(stride) <= MAX_DIMENSIONS
            and type(offset) is int and offset >= 0
            and all(type(n) is int and n >= 0 for n in shape + stride)):
        raise BadRecord(name)
    count = math.prod(shape)
    if count == 0:
        return 0
    furthest = offset + sum((n - 1) * s for n, s in zip(shape, stride))
    if furthest >= record.storage.numel:
        raise OutsideStorage(name)
    return count


def check_budget(records: Mapping[str, TensorRecord], file_size: int) -> None:
    """Refuse before allocating anything when the tensors would unfold far beyond the file's own size."""
    limit = MATERIALISE_FACTOR * file_size + MATERIALISE_SLACK
    total = sum(check_record(name, record) * record.dtype.itemsize for name, record in records.items())
    if total > limit:
        raise TooMuchMemory(limit)


StorageFill = Callable[[StorageRef, memoryview], None]
"""Fills the buffer (exactly ``ref.nbytes`` long) with the storage's bytes from the file, or raises."""


def read_tensors(records: Mapping[str, TensorRecord], keys: Iterable[str], storages: Mapping[str, StorageRef],
                 fill: StorageFill) -> dict[str, np.ndarray]:
    """Each tensor as its own contiguous array (0-d shapes kept), reading the storages one by one in ``keys`` order.

    A storage that is one whole contiguous tensor (what ``torch.save`` of a state dict writes) is
    read straight into that tensor's array: the file's bytes are copied once, so reading
    ViT-g/14 takes its own 4.5 GB, not twice that. Any other storage (shared, a strided or
    partial view, used by no tensor) is read into a buffer of its own size, cut, and let go
    before the next, so at most one storage is held beside the tensors.
    """
    users: dict[str, list[str]] = {key: [] for key in keys}
    for name, record in records.items():
        if record.storage.key not in users:
            raise OutsideStorage(name)
        users[record.storage.key].append(name)
    tensors: dict[str, np.ndarray] = {}
    for key, names in users.items():
        ref = storages[key]
        if len(names) == 1 and _is_whole(names[0], records[names[0]], ref):
            array = np.empty(records[names[0]].shape, dtype=ref.dtype)
            fill(ref, _bytes_of(array))
            tensors[names[0]] = array
            continue
        storage = np.empty(ref.numel, dtype=ref.dtype)
        fill(ref, _bytes_of(storage))
        for name in names:
            tensors[name] = _cut(name, records[name], storage)
        del storage
    return {name: tensors[name] for name in records}


def _is_whole(name: str, record: TensorRecord, ref: StorageRef) -> bool:
    """Whether the tensor is exactly its storage, every element once and in order."""
    return (check_record(name, record) == ref.numel and record.offset == 0 and record.dtype == ref.dtype
            and _is_contiguous(record.shape, record.stride))


def _bytes_of(array: np.ndarray) -> memoryview:
    return memoryview(array.reshape(-1).view(np.uint8))  # a view: filling it fills the array


def _cut(name: str, record: TensorRecord, storage: np.ndarray) -> np.ndarray:
    count = check_record(name, record)
    if storage.size != record.storage.numel:
        raise OutsideStorage(name)
    if count == 0:
        return np.empty(record.shape, dtype=storage.dtype)
    if _is_contiguous(record.shape, record.stride):
        return storage[record.offset:record.offset + count].reshape(record.shape).copy()
    index = np.full((), record.offset, dtype=np.int64)
    for size, step in zip(record.shape, record.stride):
        index = index[..., np.newaxis] + np.arange(size, dtype=np.int64) * step
    return storage[index]  # numpy checks every index again; the result owns its memory


def _is_contiguous(shape: tuple[int, ...], stride: tuple[int, ...]) -> bool:
    expected = 1
    for size, step in reversed(list(zip(shape, stride))):
        if size != 1 and step != expected:
            return False
        expected *= size
    return True
