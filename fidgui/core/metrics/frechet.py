"""Statistics to FID, without ``sqrtm`` of a non-symmetric product.

FID = |mu1 - mu2|^2 + tr(S1) + tr(S2) - 2 tr(sqrt(S1 S2)). The trace term only needs
the eigenvalues of S1 S2, which are real and non-negative because they are those of
the symmetric L^T S2 L (S1 = L L^T). A Cholesky factor, one product and a symmetric
eigenvalue solver give exactly those, in about 0.7 s for 2048 dimensions where
``scipy.linalg.sqrtm`` takes about 17 s and can return complex numbers or NaN. They
are numpy's routines (the same LAPACK steps as scipy's generalized ``eigh``), because
numpy releases the GIL while they run, so a stop request is seen while a 2048-wide FID
is being computed (see ``stopping``).
When S1 has no Cholesky factor (fewer images than dimensions) S2 is factored
instead, and when neither has one a pivoted Cholesky factor of S1 with only as many
columns as its rank (the number of images less one) gives them in milliseconds. Round-off can leave tiny negative
eigenvalues; they are set to zero, so the result is always finite and real, and it
is never reported below zero.
"""

from __future__ import annotations

import numpy as np
import scipy.linalg.lapack

from fidgui.core.base.errors import FidguiError
from fidgui.core.statistics.running import FeatureStatistics


def _eigenvalues_of_product(
    sigma1: np.ndarray, sigma2: np.ndarray, samples: tuple[int | None, int | None] = (None, None)
) -> np.ndarray:
    """Eigenvalues of sigma1 @ sigma2 (the same as those of sigma2 @ sigma1), both positive semi-definite.

    ``samples`` (the image counts, when known) spares a Cholesky attempt that must fail: a covariance of no more
    images than features is singular.
    """
    dims = sigma1.shape[0]
    pairs = ((sigma1, sigma2, samples[0]), (sigma2, sigma1, samples[1]))
    for factored, other, count in pairs:
        if count is not None and count <= dims:
            continue
        try:
            lower = np.linalg.cholesky(factored)
        except np.linalg.LinAlgError:
            continue  # this side is singular (fewer images than features): try the other
        inner = lower.T @ other @ lower
        return np.linalg.eigvalsh((inner + inner.T) / 2.0)
    root = _low_rank_root(sigma1)  # sigma1 = root @ root.T, with as many columns as its rank
    inner = root.T @ sigma2 @ root
    return np.linalg.eigvalsh((inner + inner.T) / 2.0)


def _low_rank_root(sigma: np.ndarray) -> np.ndarray:
    """A d x rank factor of a singular covariance by pivoted Cholesky: milliseconds for a few hundred images."""
    factor, pivots, rank, info = scipy.linalg.lapack.dpstrf(sigma, lower=1)
    if info < 0:
        raise np.linalg.LinAlgError("the covariance could not be factored")
    root = np.empty((sigma.shape[0], rank))
    root[pivots - 1] = np.tril(factor)[:, :rank]  # undo the pivoting: sigma = P L L^T P^T
    return root


def trace_sqrt_product(
    sigma1: np.ndarray, sigma2: np.ndarray, samples: tuple[int | None, int | None] = (None, None)
) -> float:
    """tr(sqrt(sigma1 @ sigma2)), always real and finite."""
    return float(np.sqrt(np.clip(_eigenvalues_of_product(sigma1, sigma2, samples), 0.0, None)).sum())


def frechet_distance(
    mu1: np.ndarray,
    sigma1: np.ndarray,
    mu2: np.ndarray,
    sigma2: np.ndarray,
    samples: tuple[int | None, int | None] = (None, None),
) -> float:
    """The Fréchet distance of two Gaussians; the formula of pytorch-fid's ``calculate_frechet_distance``.

    ``samples``, the numbers of images behind each covariance when known, only makes singular cases faster.
    """
    mu1, mu2 = np.atleast_1d(np.asarray(mu1, np.float64)), np.atleast_1d(np.asarray(mu2, np.float64))
    sigma1, sigma2 = np.atleast_2d(np.asarray(sigma1, np.float64)), np.atleast_2d(np.asarray(sigma2, np.float64))
    if mu1.shape != mu2.shape or sigma1.shape != sigma2.shape or sigma1.shape != (mu1.size, mu1.size):
        raise FidguiError("statistics_size_mismatch", first=mu1.size, second=mu2.size)
    if not (np.isfinite(mu1).all() and np.isfinite(mu2).all() and np.isfinite(sigma1).all() and np.isfinite(sigma2).all()):
        raise FidguiError("statistics_not_finite")
    diff = mu1 - mu2
    distance = diff @ diff + np.trace(sigma1) + np.trace(sigma2) - 2.0 * trace_sqrt_product(sigma1, sigma2, samples)
    return max(float(distance), 0.0)


def statistics_to_fid(first: FeatureStatistics, second: FeatureStatistics) -> float:
    """FID of two saved or computed statistics, refusing pairs that must not be mixed."""
    if first.mode and second.mode and first.mode != second.mode:
        raise FidguiError("statistics_mode_mismatch", first=first.mode, second=second.mode)
    if first.model_sha256 and second.model_sha256 and first.model_sha256 != second.model_sha256:
        raise FidguiError("statistics_model_mismatch")
    return frechet_distance(first.mu, first.sigma, second.mu, second.sigma, (first.n, second.n))
