"""A flat picture of both image sets: the two directions along which their features vary most.

A person cannot read 2048 numbers per image, but they can see on a 2-D scatter whether
the generated points cover the cloud of real points or sit in a corner of it. The axes
are the first two principal components of the real and generated features stacked
together, so neither set is favoured, with the share of the total variance each one
explains (a map that shows 5 % of the variance should be read with care).

Two routes give the same components. For a few thousand rows the singular value
decomposition of the centred matrix is quickest and most accurate. Beyond that it would
need several copies of an n x 2048 float64 matrix (1.6 GB each at 100,000 images), so
the 2048 x 2048 covariance is accumulated block by block instead and its eigenvectors
taken: memory then stays at a few blocks plus one 32 MB matrix whatever n is. The
features may be a memory-mapped file (see ``feature_buffer``); they are read in blocks
either way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from fidgui.core.base.errors import FidguiError

COMPONENTS = 2
MAX_SVD_ROWS = 4096  # up to here, SVD of the centred matrix (at most 64 MB in float64 for 2048 columns)
BLOCK_ROWS = 2048


@dataclass(frozen=True)
class FeatureMap:
    """Each image's place on the map, per side in the order of its features, and what the axes explain."""

    real: np.ndarray  # (n_real, 2) float64
    generated: np.ndarray  # (n_generated, 2) float64
    explained_variance: np.ndarray  # (2,) variance along each axis
    explained_variance_ratio: np.ndarray  # (2,) share of the total variance, each in [0, 1]
    method: str  # "svd" or "covariance", for the record


def _blocks(count: int, block: int) -> Iterator[tuple[int, int]]:
    for start in range(0, count, block):
        yield start, min(start + block, count)


def _stacked_rows(real: np.ndarray, generated: np.ndarray, block: int) -> Iterator[np.ndarray]:
    """Both sides' rows in float64, ``block`` at a time, never the whole stack at once."""
    for side in (real, generated):
        for start, stop in _blocks(len(side), block):
            yield np.asarray(side[start:stop], dtype=np.float64)


def checked_pair(real: np.ndarray, generated: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    real, generated = np.asarray(real), np.asarray(generated)
    if real.ndim != 2 or generated.ndim != 2 or real.shape[1] != generated.shape[1]:
        raise FidguiError("map_features_mismatch", real_shape=str(real.shape), generated_shape=str(generated.shape))
    if len(real) + len(generated) < 2:
        raise FidguiError("map_too_few_images")
    return real, generated


def _mean(real: np.ndarray, generated: np.ndarray, block: int) -> np.ndarray:
    total = np.zeros(real.shape[1])
    for rows in _stacked_rows(real, generated, block):
        total += rows.sum(axis=0)
    return total / (len(real) + len(generated))


def fix_signs(axes: np.ndarray) -> np.ndarray:
    """Each axis points so that its largest loading is positive, so both routes (and reruns) draw the same map."""
    largest = np.argmax(np.abs(axes), axis=0)
    signs = np.sign(axes[largest, np.arange(axes.shape[1])])
    signs[signs == 0] = 1.0
    return axes * signs


def _axes_by_svd(
    real: np.ndarray, generated: np.ndarray, mean: np.ndarray
) -> tuple[np.ndarray, np.ndarray, float]:
    centred = np.concatenate([np.asarray(real, np.float64), np.asarray(generated, np.float64)]) - mean
    _, singular, right = np.linalg.svd(centred, full_matrices=False)
    variances = singular**2 / (len(centred) - 1)
    axes = np.zeros((centred.shape[1], COMPONENTS))
    kept = min(COMPONENTS, len(singular))
    axes[:, :kept] = right[:kept].T
    explained = np.zeros(COMPONENTS)
    explained[:kept] = variances[:kept]
    return axes, explained, float(variances.sum())


def _axes_by_covariance(
    real: np.ndarray, generated: np.ndarray, mean: np.ndarray, block: int
) -> tuple[np.ndarray, np.ndarray, float]:
    scatter = np.zeros((len(mean), len(mean)))
    for rows in _stacked_rows(real, generated, block):
        rows -= mean
        scatter += rows.T @ rows
    covariance = scatter / (len(real) + len(generated) - 1)
    values, vectors = np.linalg.eigh(covariance)  # ascending
    order = np.argsort(values)[::-1][:COMPONENTS]
    explained = np.clip(values[order], 0.0, None)  # round-off can make a null direction slightly negative
    return vectors[:, order], explained, float(np.trace(covariance))


def _project(features: np.ndarray, mean: np.ndarray, axes: np.ndarray, block: int) -> np.ndarray:
    coordinates = np.empty((len(features), COMPONENTS))
    for start, stop in _blocks(len(features), block):
        coordinates[start:stop] = (np.asarray(features[start:stop], np.float64) - mean) @ axes
    return coordinates


def feature_map(
    real: np.ndarray, generated: np.ndarray, *, max_svd_rows: int = MAX_SVD_ROWS, block: int = BLOCK_ROWS
) -> FeatureMap:
    """Project both sides on the first two principal components of their stacked features."""
    real, generated = checked_pair(real, generated)
    mean = _mean(real, generated, block)
    if len(real) + len(generated) <= max_svd_rows:
        method = "svd"
        axes, explained, total = _axes_by_svd(real, generated, mean)
    else:
        method = "covariance"
        axes, explained, total = _axes_by_covariance(real, generated, mean, block)
    axes = fix_signs(axes)
    ratio = explained / total if total > 0 else np.zeros(COMPONENTS)
    return FeatureMap(
        real=_project(real, mean, axes, block),
        generated=_project(generated, mean, axes, block),
        explained_variance=explained,
        explained_variance_ratio=ratio,
        method=method,
    )
