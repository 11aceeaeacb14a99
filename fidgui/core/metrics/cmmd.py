"""CLIP embeddings to CMMD (Jayasumana et al., CVPR 2024), as its reference implementation computes it.

CMMD = scale · MMD² with the Gaussian kernel k(x, y) = exp(−‖x − y‖² / (2σ²)), σ = 10 and
scale = 1000, on the L2-normalised CLIP image embeddings. The reference (google-research's
``distance.mmd`` and its PyTorch port cmmd-pytorch, whose figures the fixtures hold) takes
the means over **all** pairs, the diagonal included, and no square root:
mean k(a, a') + mean k(b, b') − 2 · mean k(a, b). fidgui does the same, in float64: the
kernel values are about 0.99 and differ by about 1e-5, so float32 sums (the reference's)
lose the fourth significant digit; float64 gives the value the formula defines.

For 50,000 images a kernel matrix would take 20 GB, so the sums are taken block by block
(at most ``BLOCK_ROWS`` x ``BLOCK_ROWS`` kernel values in memory at a time, symmetric
blocks counted once and doubled), with the stop check and progress between blocks.
"""

from __future__ import annotations

import numpy as np

from fidgui.core.base.errors import FidguiError
from fidgui.core.base.stopping import StepProgress, StopCheck, stop_if_asked

SIGMA = 10.0
SCALE = 1000.0
BLOCK_ROWS = 1024


def _kernel_block(x: np.ndarray, x_norms: np.ndarray, y: np.ndarray, y_norms: np.ndarray) -> np.ndarray:
    """k(xᵢ, yⱼ) with ‖x − y‖² written as ‖x‖² + ‖y‖² − 2x·y, as the reference writes it."""
    distances = x_norms[:, None] + y_norms[None, :] - 2.0 * (x @ y.T)
    return np.exp(distances * (-1.0 / (2.0 * SIGMA * SIGMA)))


def _blocks(count: int, rows: int) -> list[slice]:
    return [slice(start, min(start + rows, count)) for start in range(0, count, rows)]


class _KernelSums:
    """Σ k over the pairs of two sets, one block of rows against one block of columns at a time."""

    def __init__(self, should_stop: StopCheck | None, progress: StepProgress | None, total: int) -> None:
        self.should_stop, self.progress, self.total, self.done = should_stop, progress, total, 0

    def step(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total)

    def within(self, x: np.ndarray, norms: np.ndarray, rows: int) -> float:
        """Σᵢⱼ k(xᵢ, xⱼ), diagonal included; each off-diagonal block is computed once and counted twice."""
        total = 0.0
        blocks = _blocks(len(x), rows)
        for i, first in enumerate(blocks):
            for second in blocks[i:]:
                stop_if_asked(self.should_stop)
                block = float(_kernel_block(x[first], norms[first], x[second], norms[second]).sum())
                total += block if first == second else 2.0 * block
                self.step()
        return total

    def between(self, x: np.ndarray, x_norms: np.ndarray, y: np.ndarray, y_norms: np.ndarray, rows: int) -> float:
        total = 0.0
        for first in _blocks(len(x), rows):
            for second in _blocks(len(y), rows):
                stop_if_asked(self.should_stop)
                total += float(_kernel_block(x[first], x_norms[first], y[second], y_norms[second]).sum())
                self.step()
        return total


def _block_count(n: int, m: int, rows: int) -> int:
    a, b = -(-n // rows), -(-m // rows)
    return a * (a + 1) // 2 + b * (b + 1) // 2 + a * b


def cmmd(
    first: np.ndarray,
    second: np.ndarray,
    *,
    block_rows: int = BLOCK_ROWS,
    should_stop: StopCheck | None = None,
    progress: StepProgress | None = None,
) -> float:
    """CMMD between two sets of embeddings (rows), symmetric in its arguments."""
    x, y = np.asarray(first, np.float64), np.asarray(second, np.float64)
    if x.ndim != 2 or y.ndim != 2 or len(x) < 1 or len(y) < 1:
        raise FidguiError("cmmd_no_embeddings")
    if x.shape[1] != y.shape[1]:
        raise FidguiError("feature_width_mismatch", first=x.shape[1], second=y.shape[1])
    rows = max(1, int(block_rows))
    x_norms, y_norms = np.einsum("ij,ij->i", x, x), np.einsum("ij,ij->i", y, y)
    sums = _KernelSums(should_stop, progress, _block_count(len(x), len(y), rows))
    k_xx = sums.within(x, x_norms, rows) / (len(x) * len(x))
    k_yy = sums.within(y, y_norms, rows) / (len(y) * len(y))
    k_xy = sums.between(x, x_norms, y, y_norms, rows) / (len(x) * len(y))
    return SCALE * (k_xx + k_yy - 2.0 * k_xy)


def cmmd_direct(first: np.ndarray, second: np.ndarray) -> float:
    """The same figure from whole kernel matrices: the reference's formula as written, for tests and small sets."""
    x, y = np.asarray(first, np.float64), np.asarray(second, np.float64)
    x_norms, y_norms = np.einsum("ij,ij->i", x, x), np.einsum("ij,ij->i", y, y)
    k_xx = _kernel_block(x, x_norms, x, x_norms).mean()
    k_yy = _kernel_block(y, y_norms, y, y_norms).mean()
    k_xy = _kernel_block(x, x_norms, y, y_norms).mean()
    return float(SCALE * (k_xx + k_yy - 2.0 * k_xy))
