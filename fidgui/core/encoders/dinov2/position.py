"""DINOv2's position embeddings resized to the input's patch grid, computed once at build time as torch does it.

``DinoVisionTransformer.interpolate_pos_encoding`` resizes the trained 37 x 37 grid with
``F.interpolate(mode="bicubic", antialias=False, align_corners=False, scale_factor=(g + 0.1) / 37)``:
the output has ``g`` positions a side, but source coordinates use the given factor, so they are
``(i + 0.5) · (37 / (g + 0.1)) − 0.5``, not ``37 / g``. Keys' cubic (A = −0.75) on the taps
``floor(x) − 1 … floor(x) + 2``, each clamped to the grid (edge replication). For a fixed input
size the result is a constant, so it is baked into the graph instead of recomputed per batch.

The arithmetic repeats torch's CPU kernel in float32: the scale is ``float32(1 / factor)``, the
source index one fused multiply-add, the weights Keys' polynomials, and each output the
column taps summed first (one product, then fused multiply-adds in tap order), then the rows.
"""

from __future__ import annotations

import numpy as np

from fidgui.core.encoders.dinov2.layout import TRAINED_GRID

INTERPOLATE_OFFSET = 0.1
CUBIC_A = np.float32(-0.75)


def _cubic_near(x: np.ndarray) -> np.ndarray:
    """Keys' kernel for |x| < 1: ((A + 2)·x − (A + 3))·x·x + 1, in float32."""
    a = CUBIC_A
    return ((a + np.float32(2)) * x - (a + np.float32(3))) * x * x + np.float32(1)


def _cubic_far(x: np.ndarray) -> np.ndarray:
    """Keys' kernel for 1 ≤ |x| < 2: ((A·x − 5A)·x + 8A)·x − 4A, in float32."""
    a = CUBIC_A
    return ((a * x - np.float32(5) * a) * x + np.float32(8) * a) * x - np.float32(4) * a


def bicubic_taps(in_size: int, out_size: int, factor: float) -> tuple[np.ndarray, np.ndarray]:
    """For each output position, its 4 clamped source indices and float32 weights (torch, bicubic, scale factor)."""
    scale = np.float32(1.0 / factor)
    dst = np.arange(out_size, dtype=np.float64) + 0.5
    source = (np.float64(scale) * dst - 0.5).astype(np.float32)  # one fma: the float64 product is exact
    floor = np.floor(source)
    t = np.clip(source - floor, np.float32(0), np.float32(1)).astype(np.float32)
    one = np.float32(1)
    weights = np.stack([_cubic_far(t + one), _cubic_near(t), _cubic_near(one - t), _cubic_far((one - t) + one)], 1)
    index = floor.astype(np.int64)[:, None] + np.arange(-1, 3)[None, :]
    return np.clip(index, 0, in_size - 1), weights.astype(np.float32)


def _fused_sum(values: list[np.ndarray], weights: list[np.ndarray]) -> np.ndarray:
    """``v0·w0`` rounded, then ``fma(v_j, w_j, acc)`` for each further tap (float64 holds each product exactly)."""
    total = (values[0] * weights[0]).astype(np.float32)
    for value, weight in zip(values[1:], weights[1:]):
        total = (value.astype(np.float64) * weight + total).astype(np.float32)
    return total


def resize_grid(grid: np.ndarray, rows: int, columns: int) -> np.ndarray:
    """A (37, 37, D) float32 grid resized to (rows, columns, D) as ``interpolate_pos_encoding`` does."""
    height, width = grid.shape[:2]
    row_index, row_weight = bicubic_taps(height, rows, (rows + INTERPOLATE_OFFSET) / height)
    col_index, col_weight = bicubic_taps(width, columns, (columns + INTERPOLATE_OFFSET) / width)
    grid = grid.astype(np.float32)
    along_columns = [
        _fused_sum([grid[row_index[:, j]][:, col_index[:, k]] for k in range(4)],
                   [col_weight[None, :, k, None] for k in range(4)])
        for j in range(4)
    ]
    return _fused_sum(along_columns, [row_weight[:, j, None, None] for j in range(4)])


def position_embeddings(pos_embed: np.ndarray, grid_rows: int, grid_columns: int) -> np.ndarray:
    """The (1 + rows·columns, D) embeddings added to the class token and the patch tokens, row-major."""
    table = pos_embed.reshape(-1, pos_embed.shape[-1]).astype(np.float32)
    if grid_rows == grid_columns == TRAINED_GRID:
        return table
    grid = table[1:].reshape(TRAINED_GRID, TRAINED_GRID, -1)
    patches = resize_grid(grid, grid_rows, grid_columns).reshape(grid_rows * grid_columns, -1)
    return np.concatenate([table[:1], patches], axis=0)
