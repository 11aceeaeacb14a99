"""Which images explain a poor score: generated ones unlike any real image, and real ones nothing resembles.

A FID or a precision figure says *that* something is off; these two lists say *where*.
"Least like the real set" ranks each generated image by the distance from its features
to the nearest real image's: the top of the list are the failures of fidelity. "Not
covered" lists the real images whose neighbourhood holds no generated image, using the
coverage definition of Naeem et al. 2020 (a real image's ball reaches to its k-th
nearest real neighbour, k = 5; it is covered when some generated image lies strictly
inside), so ``1 - len(not covered) / n_real`` is exactly the coverage reported by
:func:`fidgui.core.metrics.precision_recall.prdc`. They are ranked by the distance to the nearest
generated image: the top are the kinds of picture the generator misses most clearly.

The work is blocked as in ``precision_recall`` (a few ``block x M`` arrays at a time),
reusing its distance helpers so both decide coverage identically. The distances shown
to people are then recomputed directly from the two feature rows, so an image that
appears in both sets reads as exactly 0 rather than as round-off.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from fidgui.core.base.comparison_types import PerImageFeatures
from fidgui.core.base.errors import FidguiError
from fidgui.core.metrics.precision_recall import (
    DEFAULT_BLOCK,
    DENSITY_COVERAGE_K,
    checked_features,
    row_blocks,
    squared_distances,
    squared_norms,
    squared_radii,
)

DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class Nearest:
    """For each row of one set, the index of its nearest row in the other set and the distance to it."""

    index: np.ndarray  # (n,) int64
    distance: np.ndarray  # (n,) float64, Euclidean


@dataclass(frozen=True)
class RankedImage:
    """One image of a ranked list, with the image of the other set closest to it."""

    path: str
    index: int  # row in its own side's features
    distance: float  # to the nearest image of the other side
    nearest_path: str


@dataclass(frozen=True)
class NearestImages:
    """The two lists the views show, each worst first and at most ``limit`` long, and the full counts."""

    least_like_real: list[RankedImage]
    not_covered: list[RankedImage]
    n_generated: int
    n_not_covered: int  # all of them, though only ``limit`` are listed
    n_real: int
    k: int
    coverage_known: bool  # False when the real set has k images or fewer: too few to set a neighbourhood


def _exact_distances(rows: np.ndarray, others: np.ndarray, index: np.ndarray, block: int) -> np.ndarray:
    distances = np.empty(len(rows))
    for start, stop in row_blocks(len(rows), block):
        difference = np.asarray(rows[start:stop], np.float64) - np.asarray(others[index[start:stop]], np.float64)
        distances[start:stop] = np.sqrt(np.einsum("ij,ij->i", difference, difference))
    return distances


def _checked_pair(rows: np.ndarray, others: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    rows, others = np.asarray(rows), np.asarray(others)
    if len(others) == 0 or rows.ndim != 2 or others.ndim != 2 or rows.shape[1] != others.shape[1]:
        raise FidguiError("nearest_features_mismatch", first_shape=str(rows.shape), second_shape=str(others.shape))
    if not (np.isfinite(rows).all() and np.isfinite(others).all()):
        raise FidguiError("features_invalid")
    return rows, others


def nearest_in(rows: np.ndarray, others: np.ndarray, *, block: int = DEFAULT_BLOCK) -> Nearest:
    """Each row's nearest neighbour among ``others``, in memory bounded by ``block``."""
    rows, others = _checked_pair(rows, others)
    row_norms, other_norms = squared_norms(rows, block), squared_norms(others, block)
    index = np.empty(len(rows), dtype=np.int64)
    for start, stop in row_blocks(len(rows), block):
        part = np.asarray(rows[start:stop], np.float64)
        squared = squared_distances(part, row_norms[start:stop], others, other_norms, block)
        index[start:stop] = np.argmin(squared, axis=1)
    return Nearest(index, _exact_distances(rows, others, index, block))


def uncovered_mask(
    real: np.ndarray, generated: np.ndarray, *, k: int = DENSITY_COVERAGE_K, block: int = DEFAULT_BLOCK
) -> np.ndarray:
    """True for each real image whose k-nearest-neighbour ball holds no generated image (the coverage test).

    Only the real set needs more than k images (it sets the balls); any number of generated images will do.
    """
    real, generated = _checked_pair(real, generated)
    checked_features(real, real, k, block, "The list of real images not covered")  # the real set's own checks
    real_norms, generated_norms = squared_norms(real, block), squared_norms(generated, block)
    radii = squared_radii(real, real_norms, [k], block)[0]
    uncovered = np.empty(len(real), dtype=bool)
    for start, stop in row_blocks(len(real), block):
        rows = real[start:stop].astype(np.float64, copy=False)
        squared = squared_distances(rows, real_norms[start:stop], generated, generated_norms, block)
        uncovered[start:stop] = ~(squared < radii[start:stop, None]).any(axis=1)
    return uncovered


def _ranked(
    paths: Sequence[str], other_paths: Sequence[str], nearest: Nearest, candidates: np.ndarray, limit: int
) -> list[RankedImage]:
    """The candidates farthest from the other set first; ties keep file order, so the list is stable."""
    order = candidates[np.argsort(-nearest.distance[candidates], kind="stable")][:limit]
    return [
        RankedImage(paths[i], int(i), float(nearest.distance[i]), other_paths[int(nearest.index[i])]) for i in order
    ]


def find_nearest_images(
    per_image: Mapping[str, PerImageFeatures],
    *,
    limit: int = DEFAULT_LIMIT,
    k: int = DENSITY_COVERAGE_K,
    block: int = DEFAULT_BLOCK,
) -> NearestImages:
    """Both lists for a result kept with ``keep_features=True`` (``result.per_image``)."""
    if "real" not in per_image or "generated" not in per_image:
        raise FidguiError("no_per_image_features")
    real, generated = per_image["real"], per_image["generated"]
    real_rows, generated_rows = np.asarray(real.pool3), np.asarray(generated.pool3)
    coverage_known = len(real_rows) > k
    if coverage_known:
        uncovered = uncovered_mask(real_rows, generated_rows, k=k, block=block)
    else:
        uncovered = np.zeros(len(real_rows), dtype=bool)
    to_real = nearest_in(generated_rows, real_rows, block=block)
    to_generated = nearest_in(real_rows, generated_rows, block=block)
    return NearestImages(
        least_like_real=_ranked(generated.paths, real.paths, to_real, np.arange(len(generated_rows)), limit),
        not_covered=_ranked(real.paths, generated.paths, to_generated, np.flatnonzero(uncovered), limit),
        n_generated=len(generated_rows),
        n_not_covered=int(uncovered.sum()),
        n_real=len(real_rows),
        k=k,
        coverage_known=coverage_known,
    )
