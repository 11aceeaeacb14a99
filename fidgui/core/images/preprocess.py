"""Decoded RGB pixels to the network's input, exactly as each reference tool does it.

The three FID tools disagree only here, and by enough to move FID: pytorch-fid
resizes [0, 1] floats with PyTorch's bilinear filter, torch-fidelity resizes the
0-255 values with TensorFlow 1's bilinear arithmetic, clean-fid resizes each
channel with PIL's bicubic filter in float. Each mode repeats its tool's float32
operations in the same order, down to the fused multiply-adds PyTorch's compiled
kernel uses, so the network input is bit-identical to theirs (checked against
torch 2.13 on CPU). Interpolation indices and weights depend only on the input
and output sizes, so they are computed once per pair, frozen, and reused for every image. The
output size is the encoder's input size (``Encoder.input_size``), passed in by the caller: these
recipes are the tools' resizing routes, not facts about one network.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import numpy as np
from PIL import Image

from fidgui.core.images import preprocess_dinov2
from fidgui.core.images.preprocess_clip import cmmd_route


def _frozen(*arrays: np.ndarray) -> tuple[np.ndarray, ...]:
    """Cached taps are shared by every caller: make accidental writes fail loudly."""
    for array in arrays:
        array.flags.writeable = False
    return arrays


@lru_cache(maxsize=64)
def _torch_bilinear_taps(in_size: int, size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Indices and weights of torch.nn.functional.interpolate(mode='bilinear', align_corners=False) along one axis."""
    if in_size == size:
        index = np.arange(size)
        return _frozen(index, index.copy(), np.ones(size, np.float32), np.zeros(size, np.float32))
    scale = np.float64(np.float32(in_size) / np.float32(size))
    # PyTorch's build fuses scale * (i + 0.5) - 0.5 into one fma; float64 holds that product exactly.
    source = np.maximum((scale * (np.arange(size) + 0.5) - 0.5).astype(np.float32), np.float32(0))
    low = np.minimum(np.floor(source).astype(np.int64), in_size - 1)
    high = low + (low < in_size - 1)
    weight_high = np.clip(source - low.astype(np.float32), np.float32(0), np.float32(1))
    return _frozen(low, high, np.float32(1) - weight_high, weight_high)


@lru_cache(maxsize=64)
def _tensorflow_bilinear_taps(in_size: int, size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Indices and fractions of TensorFlow 1's resize_bilinear (align_corners=False, no half-pixel offset)."""
    grid = np.arange(size, dtype=np.float32) * np.float32(in_size / size)
    low = grid.astype(np.int64)
    high = np.minimum(low + 1, in_size - 1)
    return _frozen(low, high, grid - low.astype(np.float32))


def _fused_blend(a: np.ndarray, weight_a: np.ndarray, b: np.ndarray, weight_b: np.ndarray) -> np.ndarray:
    """``a * weight_a + b * weight_b`` rounded as PyTorch's compiled kernel does: fma(a, weight_a, round(b * weight_b)).

    The product of two float32 numbers is exact in float64, so one float64 sum and
    one rounding to float32 reproduce the fused multiply-add.
    """
    return (a.astype(np.float64) * weight_a + b * weight_b).astype(np.float32)


def _pytorch_fid(rgb: np.ndarray, size: int) -> np.ndarray:
    """ToTensor's x/255, PyTorch bilinear resize (rows outer, columns inner), then 2x-1."""
    rows_low, rows_high, row_w0, row_w1 = _torch_bilinear_taps(rgb.shape[0], size)
    cols_low, cols_high, col_w0, col_w1 = _torch_bilinear_taps(rgb.shape[1], size)
    col_w0, col_w1 = col_w0[None, :, None], col_w1[None, :, None]

    def along_width(rows: np.ndarray) -> np.ndarray:
        pixels = rows.astype(np.float32) / np.float32(255)
        return _fused_blend(pixels[:, cols_low], col_w0, pixels[:, cols_high], col_w1)

    resized = _fused_blend(along_width(rgb[rows_low]), row_w0[:, None, None],
                           along_width(rgb[rows_high]), row_w1[:, None, None])
    return resized * np.float32(2) - np.float32(1)


def _tensorflow(rgb: np.ndarray, size: int) -> np.ndarray:
    """torch-fidelity's TensorFlow-1 bilinear resize of 0-255 floats, then (x-128)/128."""
    rows_low, rows_high, row_frac = _tensorflow_bilinear_taps(rgb.shape[0], size)
    cols_low, cols_high, col_frac = _tensorflow_bilinear_taps(rgb.shape[1], size)
    col_frac = col_frac[None, :, None]

    def along_width(rows: np.ndarray) -> np.ndarray:
        pixels = rows.astype(np.float32)
        left = pixels[:, cols_low]
        return left + (pixels[:, cols_high] - left) * col_frac

    top = along_width(rgb[rows_low])
    resized = top + (along_width(rgb[rows_high]) - top) * row_frac[:, None, None]
    return (resized - np.float32(128)) / np.float32(128)


def _clean(rgb: np.ndarray, size: int) -> np.ndarray:
    """clean-fid's resizer: PIL bicubic per channel as a float image, clipped, not re-quantised; then (x-128)/128."""
    channels = [
        np.asarray(Image.fromarray(rgb[:, :, c].astype(np.float32)).resize((size, size), Image.Resampling.BICUBIC))
        for c in range(3)
    ]
    resized = np.clip(np.stack(channels, axis=-1), np.float32(0), np.float32(255))
    return (resized - np.float32(128)) / np.float32(128)


Recipe = Callable[[np.ndarray, int], np.ndarray]
"""(H, W, 3) uint8 pixels and the output side -> (size, size, 3) float32 network input."""

_RECIPES: dict[str, Recipe] = {"pytorch-fid": _pytorch_fid, "tensorflow": _tensorflow, "clean": _clean,
                               **preprocess_dinov2.RECIPES, "cmmd": cmmd_route}


def register_recipe(mode: str, recipe: Recipe) -> None:
    """Add the preprocessing route of a new encoder's mode (a mode name is never reused)."""
    if mode in _RECIPES:
        raise ValueError(f"a preprocessing recipe named {mode!r} already exists")
    _RECIPES[mode] = recipe


def unregister_recipe(mode: str) -> None:
    """Remove a recipe added by :func:`register_recipe` (tests clean up after themselves)."""
    _RECIPES.pop(mode, None)


def preprocess(rgb: np.ndarray, mode: str, size: int) -> np.ndarray:
    """An (H, W, 3) uint8 image as the network's float32 (3, size, size) input, the way ``mode``'s tool makes it.

    ``size`` is the encoder's ``input_size``.
    """
    if rgb.dtype != np.uint8 or rgb.ndim != 3 or rgb.shape[2] != 3:
        raise ValueError(f"expected an (H, W, 3) uint8 array, got {rgb.dtype} {rgb.shape}")
    if mode not in _RECIPES:
        raise ValueError(f"unknown preprocessing mode {mode!r}; expected one of {', '.join(_RECIPES)}")
    return np.ascontiguousarray(_RECIPES[mode](rgb, int(size)).transpose(2, 0, 1), dtype=np.float32)
