"""Read an official DINOv2 backbone file with the restricted reader and refuse anything that is not one.

The zip ``torch.save`` container is read by ``torch_reader`` (no pickle code runs, every size is
bounded by the file). Before a single tensor byte is read, the records are checked here against
the architecture the file's width implies (``layout``); the refusal names the first wrong tensor.
Values are then checked to be finite: a NaN weight would make every later figure meaningless.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import numpy as np

from fidgui.core.base.errors import WeightsError
from fidgui.core.encoders.dinov2.layout import SIZES, VitSize, declared_width, first_problem
from fidgui.core.encoders.dinov2.standard import STANDARD_WEIGHTS
from fidgui.core.encoders.torch_reader import ByteProgress, TensorRecord, read_state_dict


NETWORK = "DINOv2"
"""How the reader's generic refusals name the file the user meant (a proper name, never translated)."""


@dataclass(frozen=True)
class Dinov2Weights:
    """The checked tensors of one DINOv2 backbone, its size and where they came from."""

    tensors: dict[str, np.ndarray]
    sha256: str
    is_standard: bool
    size: VitSize


def load_dinov2_weights(path: Path, progress: ByteProgress | None = None,
                        width: int | None = None) -> Dinov2Weights:
    """Read ``dinov2_vit*14_pretrain.pth`` (or a file of the same layout) into checked float32 arrays.

    With ``width``, a backbone of another size is refused from its records, before its tensors are decoded:
    a declaration's width is what the cache, the statistics and the warnings are built on."""
    path = Path(path)
    found: list[VitSize] = []

    def check(records: Mapping[str, TensorRecord]) -> None:
        size = check_records(path, records)
        if width is not None and size.width != width:
            expected = SIZES[width].name if width in SIZES else str(width)
            raise WeightsError("dinov2_other_size", path=str(path), size=size.name, width=size.width,
                               expected=expected, expected_width=width)
        found.append(size)

    state = read_state_dict(path, progress, check=check, network=NETWORK)
    tensors = {name: array.astype(np.float32, copy=False) for name, array in state.tensors.items()}
    check_values(path, tensors)
    standard = any(item.sha256 == state.sha256 for item in STANDARD_WEIGHTS)
    return Dinov2Weights(tensors, state.sha256, standard, found[0])


def check_records(path: Path, records: Mapping[str, TensorRecord]) -> VitSize:
    """The backbone size the records describe; a ``WeightsError`` naming the first tensor that does not fit."""
    shapes = {name: record.shape for name, record in records.items()}
    width = declared_width(shapes)
    if width is None:
        raise WeightsError("dinov2_not_backbone", path=str(path))
    if width not in SIZES:
        raise WeightsError("dinov2_unknown_width", path=str(path), width=width)
    size = SIZES[width]
    problem = first_problem(shapes, size)
    if problem is not None:
        params = {"path": str(path), "name": problem.name[:120], "size": size.name}
        if problem.kind == "shape":
            params.update(shape=_shape(problem.shape), expected=_shape(problem.expected))
        raise WeightsError(f"dinov2_tensor_{problem.kind}", **params)
    for name, record in records.items():
        if record.dtype.kind != "f":
            raise WeightsError("dinov2_wrong_dtype", path=str(path), name=name, dtype=str(record.dtype))
    return size


def check_values(path: Path, tensors: Mapping[str, np.ndarray]) -> None:
    for name, array in tensors.items():
        bad = int(array.size - np.count_nonzero(np.isfinite(array)))
        if bad:
            raise WeightsError("dinov2_not_finite", path=str(path), name=name, count=bad)


def _shape(shape: object) -> str:
    if type(shape) is not tuple or not all(type(n) is int and 0 <= n < 10**12 for n in shape):
        return "[...]"
    return "[" + ", ".join(str(n) for n in shape) + "]"
