"""Pool3 features to precision, recall, density and coverage, in bounded memory.

One FID mixes two failures: generated images that look unlike any real one (low
fidelity) and generated images that miss parts of the real set (low diversity).
Precision and recall (Kynkäänniemi et al. 2019, k = 3) and density and coverage
(Naeem et al. 2020, k = 5) report them apart. Each set's manifold is the union of
balls around its features, each ball reaching to the k-th nearest neighbour in the
same set: precision is the share of generated features inside a real ball, recall
the share of real features inside a generated ball, density counts how many real
balls hold each generated feature (divided by k, so about 1 for matching sets, and
above 1 when generated images crowd dense real regions), and coverage is the share
of real balls holding at least one generated feature.

The decisions follow the published reference, clovaai's ``compute_prdc``: Euclidean
distances; the radius is the (k + 1)-th smallest entry of the feature's row of the
self-distance matrix, whose zero diagonal counts as the first, so a set's duplicate
images give small or zero radii rather than being skipped; and "inside" is a strict
``<``, so a ball of radius zero holds nothing.

The reference builds whole N x M distance matrices (800 MB in float64 at 10,000
images a side, and several of them). Here the rows are taken ``block`` at a time and
each block's columns are filled in tiles of the same size, so memory is a few
``block x M`` arrays whatever the set sizes. Squared distances come from
|a|² + |b|² - 2 a·b in float64, clipped at zero, and are compared with squared radii,
which decides exactly as comparing distances. ``prdc`` shares the work: one pass over
real-real blocks finds both radii, one over generated-generated blocks, and one over
real-generated blocks decides all four metrics. The stop check runs before every tile
(about 0.1 s of work at 1,024 x 1,024 x 2048), and progress counts row blocks over the
three passes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from fidgui.core.base.errors import FidguiError, Message, side_word
from fidgui.core.base.stopping import StepProgress, StopCheck, stop_if_asked

PRECISION_RECALL_K = 3
DENSITY_COVERAGE_K = 5
DEFAULT_BLOCK = 1024


@dataclass(frozen=True)
class PrdcResult:
    """The four manifold metrics, each in [0, 1] except density (about 1 for matching sets, unbounded)."""

    precision: float
    recall: float
    density: float
    coverage: float
    precision_recall_k: int = PRECISION_RECALL_K
    density_coverage_k: int = DENSITY_COVERAGE_K


def row_blocks(count: int, block: int) -> Iterator[tuple[int, int]]:
    for start in range(0, count, block):
        yield start, min(start + block, count)


def squared_norms(features: np.ndarray, block: int) -> np.ndarray:
    norms = np.empty(len(features))
    for start, stop in row_blocks(len(features), block):
        rows = features[start:stop].astype(np.float64, copy=False)
        norms[start:stop] = np.einsum("ij,ij->i", rows, rows)
    return norms


def squared_distances(
    rows: np.ndarray,
    row_norms: np.ndarray,
    others: np.ndarray,
    other_norms: np.ndarray,
    tile: int,
    should_stop: StopCheck | None = None,
) -> np.ndarray:
    """|rows[i] - others[j]|² as a (len(rows), len(others)) float64 array, built tile by tile."""
    distances = np.empty((len(rows), len(others)))
    for start, stop in row_blocks(len(others), tile):
        stop_if_asked(should_stop)
        distances[:, start:stop] = rows @ others[start:stop].astype(np.float64, copy=False).T
    distances *= -2.0
    distances += row_norms[:, None]
    distances += other_norms[None, :]
    return np.maximum(distances, 0.0, out=distances)  # round-off can dip below zero for near-equal points


def squared_radii(
    features: np.ndarray,
    norms: np.ndarray,
    ks: Sequence[int],
    block: int,
    should_stop: StopCheck | None = None,
    on_block: Callable[[], None] | None = None,
) -> np.ndarray:
    """Row i of the result for ks[i]: each feature's squared distance to its ks[i]-th nearest neighbour."""
    radii = np.empty((len(ks), len(features)))
    for start, stop in row_blocks(len(features), block):
        rows = features[start:stop].astype(np.float64, copy=False)
        distances = squared_distances(rows, norms[start:stop], features, norms, block, should_stop)
        distances[np.arange(stop - start), np.arange(start, stop)] = 0.0  # itself, exactly, as the reference's diagonal
        distances.partition(list(ks), axis=1)  # in place: index k holds the (k + 1)-th smallest, counting itself
        radii[:, start:stop] = distances[:, list(ks)].T
        if on_block is not None:
            on_block()
    return radii


def checked_features(
    real: np.ndarray, generated: np.ndarray, k: int, block: int, metric: Message
) -> tuple[np.ndarray, np.ndarray]:
    if k < 1 or block < 1:
        raise FidguiError("neighbours_bad_arguments", metric=metric, k=k, block=block)
    arrays = []
    for name, features in (("real", real), ("generated", generated)):
        array = np.asarray(features)
        if array.ndim != 2:
            raise FidguiError("features_not_table", side=side_word(name), shape=str(array.shape))
        if not np.issubdtype(array.dtype, np.floating):
            array = array.astype(np.float64)
        if len(array) <= k:
            raise FidguiError("neighbours_too_few_images", metric=metric, k=k, side=side_word(name), count=len(array))
        if not np.isfinite(array).all():
            raise FidguiError("features_not_finite_for_metric", side=side_word(name), metric=metric)
        arrays.append(array)
    if arrays[0].shape[1] != arrays[1].shape[1]:
        raise FidguiError("real_generated_width_mismatch", first=arrays[0].shape[1], second=arrays[1].shape[1])
    return arrays[0], arrays[1]


def _manifold_metrics(
    real: np.ndarray,
    generated: np.ndarray,
    pr_k: int | None,
    dc_k: int | None,
    block: int,
    should_stop: StopCheck | None = None,
    progress: StepProgress | None = None,
) -> tuple[float, float, float, float]:
    """(precision, recall, density, coverage); the pair whose k is None is left as NaN and costs nothing."""
    real_blocks, generated_blocks = -(-len(real) // block), -(-len(generated) // block)
    total = 2 * real_blocks + (generated_blocks if pr_k is not None else 0)
    done = 0

    def one_block() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    real_norms, generated_norms = squared_norms(real, block), squared_norms(generated, block)
    ks = [k for k in (pr_k, dc_k) if k is not None]
    real_radii = dict(zip(ks, squared_radii(real, real_norms, ks, block, should_stop, one_block)))
    generated_radii = (
        squared_radii(generated, generated_norms, [pr_k], block, should_stop, one_block)[0]
        if pr_k is not None
        else None
    )

    in_real_manifold = np.zeros(len(generated), dtype=bool)  # precision: generated j inside some real pr_k ball
    recalled = 0  # recall: real i inside some generated pr_k ball
    real_balls_holding = np.zeros(len(generated), dtype=np.int64)  # density: real dc_k balls holding generated j
    covered = 0  # coverage: real i whose dc_k ball holds a generated feature
    for start, stop in row_blocks(len(real), block):
        rows = real[start:stop].astype(np.float64, copy=False)
        distances = squared_distances(rows, real_norms[start:stop], generated, generated_norms, block, should_stop)
        if pr_k is not None and generated_radii is not None:
            in_real_manifold |= (distances < real_radii[pr_k][start:stop, None]).any(axis=0)
            recalled += int(np.count_nonzero((distances < generated_radii[None, :]).any(axis=1)))
        if dc_k is not None:
            inside = distances < real_radii[dc_k][start:stop, None]
            real_balls_holding += inside.sum(axis=0)
            covered += int(np.count_nonzero(inside.any(axis=1)))
        one_block()

    nan = float("nan")
    precision = float(in_real_manifold.mean()) if pr_k is not None else nan
    recall = recalled / len(real) if pr_k is not None else nan
    density = float(real_balls_holding.sum()) / (dc_k * len(generated)) if dc_k is not None else nan
    coverage = covered / len(real) if dc_k is not None else nan
    return precision, recall, density, coverage


def _checked_manifold_metrics(
    real: np.ndarray,
    generated: np.ndarray,
    pr_k: int | None,
    dc_k: int | None,
    block: int,
    subject: Message,
    should_stop: StopCheck | None = None,
    progress: StepProgress | None = None,
) -> tuple[float, float, float, float]:
    """Check the arguments, then run the passes the asked k's need (``None`` skips that pair of metrics)."""
    asked = [k for k in (pr_k, dc_k) if k is not None]
    k = max(asked) if min(asked) >= 1 else min(asked)  # the larger k sets the fewest images; a k below 1 is refused
    real, generated = checked_features(real, generated, k, block, subject)
    return _manifold_metrics(real, generated, pr_k, dc_k, block, should_stop, progress)


def precision_recall(
    real: np.ndarray, generated: np.ndarray, *, k: int = PRECISION_RECALL_K, block: int = DEFAULT_BLOCK
) -> tuple[float, float]:
    """Improved precision and recall (Kynkäänniemi et al. 2019) of N x D and M x D features."""
    return _checked_manifold_metrics(real, generated, k, None, block, Message("subject_precision_recall"))[:2]


def density_coverage(
    real: np.ndarray, generated: np.ndarray, *, k: int = DENSITY_COVERAGE_K, block: int = DEFAULT_BLOCK
) -> tuple[float, float]:
    """Density and coverage (Naeem et al. 2020); only real radii are needed, so it skips the generated pass."""
    return _checked_manifold_metrics(real, generated, None, k, block, Message("subject_density_coverage"))[2:]


def prdc(
    real: np.ndarray,
    generated: np.ndarray,
    *,
    precision_recall_k: int = PRECISION_RECALL_K,
    density_coverage_k: int = DENSITY_COVERAGE_K,
    block: int = DEFAULT_BLOCK,
    should_stop: StopCheck | None = None,
    progress: StepProgress | None = None,
) -> PrdcResult:
    """All four metrics in three passes over the features instead of the five the separate calls take."""
    values = _checked_manifold_metrics(
        real, generated, precision_recall_k, density_coverage_k, block, Message("subject_prdc"), should_stop, progress
    )
    return PrdcResult(*values, precision_recall_k=precision_recall_k, density_coverage_k=density_coverage_k)
