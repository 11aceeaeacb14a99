"""The DINOv2 tools' preprocessing routes, repeated in NumPy and Pillow so the network input matches theirs.

* ``dgm-eval`` (dgm-eval's ``DINOv2Encoder``, which EDM2 calls its exact reference route): Pillow's
  8-bit bicubic resize to 224 x 224 (aspect ratio not kept, no crop; Pillow rounds and clips after
  each pass), then ``x / 255``, ``− mean``, ``/ std`` in float32 (torchvision's ToTensor and Normalize).
  EDM2's ``resize_mode='pil'`` feeds the network the very same values, so ``edm2-pil`` is this recipe
  under EDM2's name.
* ``edm2`` (EDM2's default ``DINOv2Detector(resize_mode='torch')``): the 0-255 values as float32
  resized by ``F.interpolate(mode='bicubic', antialias=True)`` — Pillow's filter rule (a = −0.5,
  support scaled when shrinking, taps cut at the borders and renormalised) but in float32 with
  no rounding and no clipping, width first, then height — then the same ``/ 255``, ``− mean``, ``/ std``.

The filter taps depend only on the two sizes: computed once per pair and reused for every image.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PIL import Image

MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)
_A = np.float32(-0.5)


def _normalised(pixels: np.ndarray) -> np.ndarray:
    """(H, W, 3) float32 0-255 values as DINOv2's input: ``x / 255``, then ``− mean``, then ``/ std``."""
    return (pixels / np.float32(255) - MEAN) / STD


def dgm_eval(rgb: np.ndarray, size: int) -> np.ndarray:
    """dgm-eval: Pillow bicubic on the 8-bit image (torchvision's Resize on a PIL image), then normalisation."""
    resized = np.asarray(Image.fromarray(rgb, "RGB").resize((size, size), Image.Resampling.BICUBIC))
    return _normalised(resized.astype(np.float32))


def _fma(a: np.ndarray | np.float32, b: np.ndarray | np.float32, c: np.ndarray | np.float32) -> np.ndarray:
    """``a·b + c`` rounded once to float32, as the fused multiply-adds of torch's compiled kernel (the float64
    product of two float32 numbers is exact)."""
    return np.asarray(np.float64(a) * np.asarray(b, np.float64) + np.asarray(c, np.float64)).astype(np.float32)


def _antialias_kernel(x: np.ndarray) -> np.ndarray:
    """torch's ``aa_filter`` for bicubic: Keys' cubic with a = −0.5, in float32 with its fused multiply-adds."""
    x = np.abs(x).astype(np.float32)
    inner = _fma(_A + np.float32(2), x, -(_A + np.float32(3)))
    near = _fma(inner * x, x, np.float32(1))
    far = _fma(_fma(_fma(_A, x, -np.float32(5) * _A), x, np.float32(8) * _A), x, -np.float32(4) * _A)
    return np.where(x < 1, near, np.where(x < 2, far, np.float32(0))).astype(np.float32)


@lru_cache(maxsize=64)
def antialias_taps(in_size: int, out_size: int) -> tuple[np.ndarray, np.ndarray]:
    """Per output position, the source indices and normalised float32 weights of torch's antialiased bicubic.

    Indices past a row's last tap repeat its last index with weight 0, so every row has the same length.
    """
    scale = np.float32(in_size) / np.float32(out_size)
    support = np.float32(2) * scale if scale >= 1 else np.float32(2)
    invscale = np.float32(1) / scale if scale >= 1 else np.float32(1)
    centers = scale * (np.arange(out_size, dtype=np.float32) + np.float32(0.5))
    starts = np.maximum((centers - support + np.float32(0.5)).astype(np.int64), 0)
    stops = np.minimum((centers + support + np.float32(0.5)).astype(np.int64), in_size)
    width = int((stops - starts).max())
    offsets = np.arange(width)
    index = starts[:, None] + offsets[None, :]
    valid = index < stops[:, None]
    # torch: (float(j) - center) in float32, then + 0.5 and * invscale in double, rounded to float32 once.
    distance = (index.astype(np.float32) - centers[:, None]).astype(np.float64)
    weights = _antialias_kernel(((distance + 0.5) * np.float64(invscale)).astype(np.float32))
    weights = np.where(valid, weights, np.float32(0))
    total = np.zeros(out_size, np.float32)
    for j in range(width):  # torch sums the weights in tap order, in float32
        total += weights[:, j]
    weights = (weights / np.where(total == 0, np.float32(1), total)[:, None]).astype(np.float32)
    index = np.minimum(index, (stops - 1)[:, None])
    for array in (index, weights):
        array.flags.writeable = False
    return index, weights


def _resize_axis(pixels: np.ndarray, out_size: int, axis: int) -> np.ndarray:
    """One separable pass: each output is ``src_0·w_0``, then ``fma(src_j, w_j, sum)`` tap by tap, in float32."""
    if pixels.shape[axis] == out_size:
        return pixels
    index, weights = antialias_taps(pixels.shape[axis], out_size)
    shape = [1, 1, 1]
    shape[axis] = out_size
    total = np.take(pixels, index[:, 0], axis=axis) * weights[:, 0].reshape(shape)
    for j in range(1, index.shape[1]):
        total = _fma(np.take(pixels, index[:, j], axis=axis), weights[:, j].reshape(shape), total)
    return total


def edm2_torch(rgb: np.ndarray, size: int) -> np.ndarray:
    """EDM2's default: torch's antialiased bicubic on 0-255 float32 values (no rounding, no clipping), normalised."""
    pixels = rgb.astype(np.float32)
    resized = _resize_axis(_resize_axis(pixels, size, axis=1), size, axis=0)
    return _normalised(resized)


RECIPES = {"dgm-eval": dgm_eval, "edm2": edm2_torch, "edm2-pil": dgm_eval}
"""DINOv2's preprocessing modes by name; ``edm2-pil`` is EDM2's ``resize_mode='pil'``, the same input as dgm-eval."""
