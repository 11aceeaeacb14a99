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
from typing import Mapping

import numpy as np

from fidgui.core.encoders.torch_reader.problems import BadRecord, OutsideStorage, TooMuchMemory
from fidgui.core.encoders.torch_reader.records import TensorRecord

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


def materialise(records: Mapping[str, TensorRecord], data: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Each tensor as its own contiguous array (0-d shapes kept), cut from its storage's bytes."""
    return {name: _cut(name, record, data[record.storage.key]) for name, record in records.items()}


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
