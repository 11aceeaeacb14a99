"""The FID Inception network's weights: where the standard file comes from, what it must hold, and loading it.

FID figures are only comparable when computed with one exact network, TensorFlow's
2015-12-05 Inception as converted by pytorch-fid. The layout below is derived from
that architecture (pytorch-fid's FIDInceptionA/C/E blocks over torchvision's
Inception v3, 1008 classes, no auxiliary head), so a file is checked against what
the network needs rather than against a list copied from somewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import numpy as np

from fidgui.core.base.errors import WeightsError
from fidgui.core.encoders.layout_check import check_layout
from fidgui.core.encoders.torch_reader import ByteProgress, TensorRecord, read_state_dict

STANDARD_WEIGHTS_SHA256 = "6726825d0af5f729cebd5821db510b11b1cfad8faad88a03f1befd49fb9129b2"
STANDARD_WEIGHTS_URL = (
    "https://github.com/mseitzer/pytorch-fid/releases/download/fid_weights/pt_inception-2015-12-05-6726825d.pth"
)
STANDARD_WEIGHTS_FILENAME = "pt_inception-2015-12-05-6726825d.pth"
# Header length (81,511 bytes, from the fixture copy of its head) plus the storages it declares.
STANDARD_WEIGHTS_SIZE = 95_628_359

NUM_CLASSES = 1008
POOL_FEATURES = 2048
BATCHNORM_EPS = 0.001


@dataclass(frozen=True)
class ConvSpec:
    """One BasicConv2d: a bias-free convolution, BatchNorm (eps 0.001) and ReLU."""

    name: str
    in_channels: int
    out_channels: int
    kernel: tuple[int, int]
    stride: int = 1
    padding: tuple[int, int] = (0, 0)


def _conv(name: str, cin: int, cout: int, kernel: int | tuple[int, int], stride: int = 1,
          padding: int | tuple[int, int] = 0) -> ConvSpec:
    kernel = (kernel, kernel) if isinstance(kernel, int) else kernel
    padding = (padding, padding) if isinstance(padding, int) else padding
    return ConvSpec(name, cin, cout, kernel, stride, padding)


def _block_a(p: str, cin: int, pool_features: int) -> list[ConvSpec]:
    return [
        _conv(f"{p}.branch1x1", cin, 64, 1),
        _conv(f"{p}.branch5x5_1", cin, 48, 1),
        _conv(f"{p}.branch5x5_2", 48, 64, 5, padding=2),
        _conv(f"{p}.branch3x3dbl_1", cin, 64, 1),
        _conv(f"{p}.branch3x3dbl_2", 64, 96, 3, padding=1),
        _conv(f"{p}.branch3x3dbl_3", 96, 96, 3, padding=1),
        _conv(f"{p}.branch_pool", cin, pool_features, 1),
    ]


def _block_b(p: str, cin: int) -> list[ConvSpec]:
    return [
        _conv(f"{p}.branch3x3", cin, 384, 3, stride=2),
        _conv(f"{p}.branch3x3dbl_1", cin, 64, 1),
        _conv(f"{p}.branch3x3dbl_2", 64, 96, 3, padding=1),
        _conv(f"{p}.branch3x3dbl_3", 96, 96, 3, stride=2),
    ]


def _block_c(p: str, cin: int, c7: int) -> list[ConvSpec]:
    wide, tall = ((1, 7), (0, 3)), ((7, 1), (3, 0))
    return [
        _conv(f"{p}.branch1x1", cin, 192, 1),
        _conv(f"{p}.branch7x7_1", cin, c7, 1),
        _conv(f"{p}.branch7x7_2", c7, c7, wide[0], padding=wide[1]),
        _conv(f"{p}.branch7x7_3", c7, 192, tall[0], padding=tall[1]),
        _conv(f"{p}.branch7x7dbl_1", cin, c7, 1),
        _conv(f"{p}.branch7x7dbl_2", c7, c7, tall[0], padding=tall[1]),
        _conv(f"{p}.branch7x7dbl_3", c7, c7, wide[0], padding=wide[1]),
        _conv(f"{p}.branch7x7dbl_4", c7, c7, tall[0], padding=tall[1]),
        _conv(f"{p}.branch7x7dbl_5", c7, 192, wide[0], padding=wide[1]),
        _conv(f"{p}.branch_pool", cin, 192, 1),
    ]


def _block_d(p: str, cin: int) -> list[ConvSpec]:
    return [
        _conv(f"{p}.branch3x3_1", cin, 192, 1),
        _conv(f"{p}.branch3x3_2", 192, 320, 3, stride=2),
        _conv(f"{p}.branch7x7x3_1", cin, 192, 1),
        _conv(f"{p}.branch7x7x3_2", 192, 192, (1, 7), padding=(0, 3)),
        _conv(f"{p}.branch7x7x3_3", 192, 192, (7, 1), padding=(3, 0)),
        _conv(f"{p}.branch7x7x3_4", 192, 192, 3, stride=2),
    ]


def _block_e(p: str, cin: int) -> list[ConvSpec]:
    return [
        _conv(f"{p}.branch1x1", cin, 320, 1),
        _conv(f"{p}.branch3x3_1", cin, 384, 1),
        _conv(f"{p}.branch3x3_2a", 384, 384, (1, 3), padding=(0, 1)),
        _conv(f"{p}.branch3x3_2b", 384, 384, (3, 1), padding=(1, 0)),
        _conv(f"{p}.branch3x3dbl_1", cin, 448, 1),
        _conv(f"{p}.branch3x3dbl_2", 448, 384, 3, padding=1),
        _conv(f"{p}.branch3x3dbl_3a", 384, 384, (1, 3), padding=(0, 1)),
        _conv(f"{p}.branch3x3dbl_3b", 384, 384, (3, 1), padding=(1, 0)),
        _conv(f"{p}.branch_pool", cin, 192, 1),
    ]


def _all_convs() -> dict[str, ConvSpec]:
    specs = [
        _conv("Conv2d_1a_3x3", 3, 32, 3, stride=2),
        _conv("Conv2d_2a_3x3", 32, 32, 3),
        _conv("Conv2d_2b_3x3", 32, 64, 3, padding=1),
        _conv("Conv2d_3b_1x1", 64, 80, 1),
        _conv("Conv2d_4a_3x3", 80, 192, 3),
        *_block_a("Mixed_5b", 192, 32),
        *_block_a("Mixed_5c", 256, 64),
        *_block_a("Mixed_5d", 288, 64),
        *_block_b("Mixed_6a", 288),
        *_block_c("Mixed_6b", 768, 128),
        *_block_c("Mixed_6c", 768, 160),
        *_block_c("Mixed_6d", 768, 160),
        *_block_c("Mixed_6e", 768, 192),
        *_block_d("Mixed_7a", 768),
        *_block_e("Mixed_7b", 1280),
        *_block_e("Mixed_7c", 2048),
    ]
    return {spec.name: spec for spec in specs}


CONVS: dict[str, ConvSpec] = _all_convs()


def expected_layout() -> dict[str, tuple[int, ...]]:
    """Every tensor name of the state dict and its shape, in the network's order."""
    layout: dict[str, tuple[int, ...]] = {}
    for spec in CONVS.values():
        layout[f"{spec.name}.conv.weight"] = (spec.out_channels, spec.in_channels, *spec.kernel)
        for field in ("weight", "bias", "running_mean", "running_var"):
            layout[f"{spec.name}.bn.{field}"] = (spec.out_channels,)
        layout[f"{spec.name}.bn.num_batches_tracked"] = ()
    layout["fc.weight"] = (NUM_CLASSES, POOL_FEATURES)
    layout["fc.bias"] = (NUM_CLASSES,)
    return layout


@dataclass(frozen=True)
class FidWeights:
    """The checked tensors of the FID Inception network and where they came from."""

    tensors: dict[str, np.ndarray]
    sha256: str
    is_standard: bool


def load_fid_weights(path: Path, progress: ByteProgress | None = None) -> FidWeights:
    """Read a weights file and make sure it holds exactly the FID Inception network's tensors, with usable values.

    Names, shapes and element types are checked on the tensor records, before any
    tensor data is read; values (finite, non-negative variances) once they are read.
    """
    path = Path(path)
    state = read_state_dict(path, progress, check=lambda records: _check_records(path, records))
    tensors = {
        name: array if name.endswith("num_batches_tracked") else array.astype(np.float32, copy=False)
        for name, array in state.tensors.items()
    }
    _check_values(path, tensors)
    return FidWeights(tensors, state.sha256, state.sha256 == STANDARD_WEIGHTS_SHA256)


def _check_records(path: Path, records: Mapping[str, TensorRecord]) -> None:
    """The layout the architecture needs, compared with what the file declares (nothing is read yet)."""
    check_layout(path, records, expected_layout(), "weights_wrong_layout")
    for name, record in records.items():
        if not name.endswith("num_batches_tracked") and record.dtype.kind != "f":
            raise WeightsError("weights_wrong_dtype", path=str(path), name=name, dtype=str(record.dtype))


def _check_values(path: Path, tensors: Mapping[str, np.ndarray]) -> None:
    """NaN or infinite weights, or negative variances, would make every later run fail far from the cause."""
    for name, array in tensors.items():
        if name.endswith("num_batches_tracked"):
            continue
        bad = int(array.size - np.count_nonzero(np.isfinite(array)))
        if bad:
            raise WeightsError("weights_not_finite", path=str(path), name=name, count=bad)
        if name.endswith(".bn.running_var") and (negative := int(np.count_nonzero(array < 0))):
            raise WeightsError("weights_negative_variance", path=str(path), name=name, count=negative)

