"""Features to statistics: a running mean and covariance, and their file format.

Features arrive batch by batch and are folded in with the pairwise update of
Chan, Golub and LeVeque (mean and centred co-moment in float64), so memory is one
D x D matrix (D the encoder's feature width) whatever the number of images, the result equals
``np.cov(features, rowvar=False)`` to rounding, and two partial accumulators merge
exactly. Saved files hold ``mu`` and ``sigma`` like pytorch-fid's and TTUR's, so
files move freely between the tools; ``n``, the mode and the model hash ride along
so that statistics from a different mode or network are refused rather than mixed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from fidgui.core.base.atomic_files import atomic_output
from fidgui.core.statistics.npz_format import check_statistics, read_statistics_npz


@dataclass(frozen=True)
class FeatureStatistics:
    """Mean and covariance of one set's features; ``n``, mode, hash and the encoder's name when known
    (``encoder`` None: a file that does not say, pytorch-fid's or an older fidgui's, so Inception's)."""

    mu: np.ndarray
    sigma: np.ndarray
    n: int | None = None
    mode: str | None = None
    model_sha256: str | None = None
    encoder: str | None = None

    def save(self, path: Path) -> None:
        """Write an ``.npz`` that pytorch-fid and TTUR load as is (extra keys are ignored there)."""
        extra: dict[str, np.ndarray] = {}
        if self.n is not None:
            extra["n"] = np.array(self.n, dtype=np.int64)
        if self.mode is not None:
            extra["mode"] = np.array(self.mode)
        if self.model_sha256 is not None:
            extra["model_sha256"] = np.array(self.model_sha256)
        if self.encoder is not None:  # the network and its width, so other encoders' statistics are never mixed in
            extra["encoder"] = np.array(self.encoder)
            extra["width"] = np.array(self.mu.size, dtype=np.int64)
        with atomic_output(Path(path)) as stream:
            np.savez(stream, mu=self.mu, sigma=self.sigma, **extra)

    @classmethod
    def load(cls, path: Path) -> FeatureStatistics:
        """Read our files, pytorch-fid's and TTUR's, checking headers before data (:mod:`npz_format`); never runs
        pickled code, never blocks on a pipe, and refuses a covariance that no set of images can have."""
        arrays = read_statistics_npz(path)
        check_statistics(arrays.mu, arrays.sigma, Path(path).name)
        return cls(arrays.mu, arrays.sigma, arrays.n, arrays.mode, arrays.model_sha256, arrays.encoder)


class RunningStatistics:
    """Mean and co-moment folded in one batch at a time; see the module docstring."""

    def __init__(self, dims: int | None = None) -> None:
        self.n = 0
        self._mean: np.ndarray | None = None if dims is None else np.zeros(dims)
        self._comoment: np.ndarray | None = None if dims is None else np.zeros((dims, dims))

    @classmethod
    def from_moments(cls, count: int, mean: np.ndarray, comoment: np.ndarray) -> RunningStatistics:
        """An accumulator that already holds ``count`` vectors of this mean and co-moment (a saved file's
        ``n``, ``mu`` and ``sigma * (n - 1)``), ready to merge with others."""
        folded = cls()
        if count > 0:
            folded._merge(int(count), np.asarray(mean, dtype=np.float64), np.asarray(comoment, dtype=np.float64))
        return folded

    def update(self, features: np.ndarray) -> None:
        batch = np.asarray(features, dtype=np.float64)
        if batch.ndim != 2 or batch.shape[0] == 0:
            return
        batch_mean = batch.mean(axis=0)
        centred = batch - batch_mean
        self._merge(batch.shape[0], batch_mean, centred.T @ centred)

    def merge(self, other: RunningStatistics) -> None:
        """Fold another accumulator in; the result is the same as one pass over both sets."""
        if other.n:
            assert other._mean is not None and other._comoment is not None
            self._merge(other.n, other._mean, other._comoment)

    def _merge(self, count: int, mean: np.ndarray, comoment: np.ndarray) -> None:
        if self.n == 0 or self._mean is None or self._comoment is None:
            self.n, self._mean, self._comoment = count, mean.copy(), comoment.copy()
            return
        total = self.n + count
        delta = mean - self._mean
        self._comoment += comoment
        self._comoment += np.outer(delta, delta) * (self.n * count / total)
        self._mean += delta * (count / total)
        self.n = total

    @property
    def mean(self) -> np.ndarray:
        if self._mean is None:
            raise ValueError("no features were added")
        return self._mean.copy()

    @property
    def covariance(self) -> np.ndarray:
        """The unbiased (n - 1) covariance, as ``np.cov`` and pytorch-fid compute it."""
        if self._comoment is None or self.n < 2:
            raise ValueError("a covariance needs at least two feature vectors")
        return self._comoment / (self.n - 1)

    def to_statistics(
        self, *, mode: str | None = None, model_sha256: str | None = None, encoder: str | None = None
    ) -> FeatureStatistics:
        return FeatureStatistics(self.mean, self.covariance, self.n, mode, model_sha256, encoder)
