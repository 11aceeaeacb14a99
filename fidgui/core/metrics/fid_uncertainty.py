"""How far to trust a FID: a bootstrap interval, and FID-infinity, the FID of infinitely many images.

A FID is computed from a sample of images, so it is a random number, and a biased
one: with fewer images it comes out higher (Chong and Forsyth 2020), which makes two
FIDs from different set sizes incomparable and makes a difference of a point or two
between models meaningless without a spread.

``bootstrap_fid`` gives that spread. Each round resamples the images on both sides
with replacement (indices from one ``numpy.random.RandomState(seed)``, real side
first) and computes the FID. The bootstrap FIDs are biased upwards at least as much
as the FID itself (a resample holds only about 63 % distinct images), so their plain
percentile interval lies above the point FID, wholly above it once the bias exceeds
the spread: for 10,000 synthetic 2048-d features a side it was [109.7, 110.5] around
a point FID of 58.2. The interval is therefore the percentile interval moved down by
the rounds' mean excess over the point FID (the bootstrap's estimate of the bias,
also reported): it says how much the FID of another N images a side would vary,
which is what matters when comparing FIDs taken at the same N. It is not an interval
for the FID of infinitely many images; ``fid_infinity`` estimates that.

A resample is never built: drawing row i c_i times gives mean Σ c_i x_i / N and
covariance Σ c_i (x_i - mean)(x_i - mean)ᵀ / (N - 1), the same as ``np.cov`` of the
resampled rows up to rounding, computed only from the rows drawn at least once
(about 63 % of them). Cost per round: two such covariances (a symmetric product of
about 0.63 N x D rows each) and one FID (0.7 to 2 s at D = 2048); at 10,000 images a
side and D = 2048 a round took 5 s on two busy cores, 50 rounds about 4 minutes, so
``rounds`` is a parameter.

``fid_infinity`` removes the bias the way the reference code does (mchong6's
``calculate_FID_infinity``): compute the FID of random subsets of the generated
features (drawn without replacement, afresh for each size) at ``points`` sizes
spread evenly from ``min_size`` to all N, fit FID = a + b / size by least squares,
and report a, the value at 1 / size = 0. The real side keeps its full statistics.
The reference spaces 15 points from 5,000 to 50,000 images; for other N the smallest
size here is N / 10, capped at 5,000 and never below the feature count D. Below D
images a subset's covariance is singular and FID is far from linear in 1 / size, so
FID-infinity is refused for fewer than 2 D generated images (4,096 for pool3) and an
explicit ``min_size`` below D is refused too. Between 2 D and about 10 D images the
line is extrapolated as far as the span it was fitted on, so the value is rough.
Cost: ``points`` covariances of the subsets and ``points`` FIDs; 26 s for 10,000
pool3-sized features on two busy cores.

Both take ``should_stop`` and ``progress``: each round (each subset size) runs through
``stopping.call_stoppably``, so a stop request ends them within a fraction of a second
even in the middle of a 2048-wide FID.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from fidgui.core.base.errors import FidguiError, side_word
from fidgui.core.metrics.frechet import frechet_distance
from fidgui.core.base.comparison_types import DEFAULT_SEED
from fidgui.core.base.stopping import StepProgress, StopCheck, call_stoppably

DEFAULT_ROUNDS = 50
DEFAULT_CONFIDENCE = 0.9
DEFAULT_POINTS = 15
REFERENCE_MIN_SIZE = 5000  # the reference's smallest subset, for its 50,000 images
SIZE_SPAN = 10  # the reference's largest subset is 10 times its smallest


@dataclass(frozen=True)
class FidInterval:
    """Where the FID of another draw of the same numbers of images would fall, with about ``confidence``.

    ``bias`` is the bootstrap FIDs' mean excess over the point FID, the estimate of how much
    the FID at these set sizes exceeds that of infinitely many images; the interval is
    already moved down by it.
    """

    low: float
    high: float
    rounds: int
    confidence: float = DEFAULT_CONFIDENCE
    bias: float = 0.0


@dataclass(frozen=True)
class FidInfinity:
    """FID extrapolated to infinitely many generated images, and the (size, FID) points it was fitted to."""

    value: float
    sizes: tuple[int, ...]
    fids: tuple[float, ...]


def _features(features: np.ndarray, name: str, *, at_least: int = 2) -> np.ndarray:
    array = np.asarray(features)
    if array.ndim != 2:
        raise FidguiError("features_not_table", side=side_word(name), shape=str(array.shape))
    if len(array) < at_least:
        raise FidguiError("covariance_too_few_images", needed=at_least, side=side_word(name), count=len(array))
    if not np.isfinite(array).all():
        raise FidguiError("features_not_finite", side=side_word(name))
    return array


def _same_width(first: int, second: int) -> None:
    if first != second:
        raise FidguiError("feature_width_mismatch", first=first, second=second)


def resampled_statistics(features: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and unbiased covariance of the set that holds row i ``counts[i]`` times, without building it."""
    counts = np.asarray(counts)
    total = int(counts.sum())
    drawn = np.flatnonzero(counts)
    rows = np.asarray(features)[drawn].astype(np.float64)
    weights = counts[drawn].astype(np.float64)
    mean = weights @ rows / total
    rows -= mean
    rows *= np.sqrt(weights)[:, None]
    return mean, rows.T @ rows / (total - 1)  # one array times its own transpose: a symmetric BLAS product


def _mean_and_covariance(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    centred = rows.astype(np.float64)
    mean = centred.mean(axis=0)
    centred -= mean
    return mean, centred.T @ centred / (len(centred) - 1)


def resample_counts(rng: np.random.RandomState, count: int) -> np.ndarray:
    """How often each of ``count`` rows is drawn when ``count`` rows are drawn with replacement."""
    return np.bincount(rng.randint(0, count, size=count), minlength=count)


def _resampled_fid(
    real: np.ndarray, real_counts: np.ndarray, generated: np.ndarray, generated_counts: np.ndarray
) -> float:
    """One bootstrap round's FID, from the draw counts of both sides."""
    real_mu, real_sigma = resampled_statistics(real, real_counts)
    generated_mu, generated_sigma = resampled_statistics(generated, generated_counts)
    distinct = (int(np.count_nonzero(real_counts)), int(np.count_nonzero(generated_counts)))
    return frechet_distance(real_mu, real_sigma, generated_mu, generated_sigma, samples=distinct)


def bootstrap_fid(
    real_features: np.ndarray,
    generated_features: np.ndarray,
    *,
    rounds: int = DEFAULT_ROUNDS,
    seed: int = DEFAULT_SEED,
    confidence: float = DEFAULT_CONFIDENCE,
    should_stop: StopCheck | None = None,
    progress: StepProgress | None = None,
) -> FidInterval:
    """Bootstrap interval of the FID over the images of both sides, moved onto the point FID (module docstring)."""
    if rounds < 2:
        raise FidguiError("bootstrap_too_few_rounds", rounds=rounds)
    if not 0.0 < confidence < 1.0:
        raise FidguiError("confidence_out_of_range", confidence=confidence)
    real = _features(real_features, "real")
    generated = _features(generated_features, "generated")
    _same_width(real.shape[1], generated.shape[1])
    point = call_stoppably(
        lambda: frechet_distance(
            *_mean_and_covariance(real), *_mean_and_covariance(generated), samples=(len(real), len(generated))
        ),
        should_stop,
    )
    rng = np.random.RandomState(seed)
    fids = np.empty(rounds)
    for index in range(rounds):
        real_counts, generated_counts = resample_counts(rng, len(real)), resample_counts(rng, len(generated))
        counts = (real_counts, generated_counts)
        fids[index] = call_stoppably(lambda: _resampled_fid(real, counts[0], generated, counts[1]), should_stop)
        if progress is not None:
            progress(index + 1, rounds)
    bias = float(fids.mean()) - point
    tail = (1.0 - confidence) / 2.0
    low, high = np.percentile(fids, [100.0 * tail, 100.0 * (1.0 - tail)]) - bias
    return FidInterval(max(float(low), 0.0), float(high), rounds, confidence, bias)


def fid_infinity_sizes(
    count: int, dims: int, *, points: int = DEFAULT_POINTS, min_size: int | None = None
) -> np.ndarray:
    """The distinct subset sizes FID-infinity fits, from the smallest up to ``count`` itself, never above it."""
    if points < 2:
        raise FidguiError("fid_infinity_too_few_points", points=points)
    if count < 2 * dims:
        raise FidguiError("fid_infinity_too_few_images", needed=2 * dims, dims=dims, count=count)
    if min_size is None:
        min_size = max(dims, min(REFERENCE_MIN_SIZE, count // SIZE_SPAN))
    elif not dims <= min_size < count:
        raise FidguiError("fid_infinity_min_size", dims=dims, largest=count - 1, asked=min_size)
    return np.unique(np.linspace(min_size, count, points).astype(np.int64))


def _subset_fid(rows: np.ndarray, real_mu: np.ndarray, real_sigma: np.ndarray) -> float:
    mu, sigma = _mean_and_covariance(rows)
    return frechet_distance(mu, sigma, real_mu, real_sigma)


def fid_infinity(
    real_mu: np.ndarray,
    real_sigma: np.ndarray,
    generated_features: np.ndarray,
    *,
    points: int = DEFAULT_POINTS,
    min_size: int | None = None,
    seed: int = DEFAULT_SEED,
    should_stop: StopCheck | None = None,
    progress: StepProgress | None = None,
) -> FidInfinity:
    """FID extrapolated to infinitely many generated images (Chong and Forsyth 2020); see the module docstring."""
    generated = _features(generated_features, "generated")
    real_mu = np.atleast_1d(np.asarray(real_mu, np.float64))
    _same_width(real_mu.size, generated.shape[1])
    sizes = fid_infinity_sizes(len(generated), generated.shape[1], points=points, min_size=min_size)
    rng = np.random.RandomState(seed)
    fids = []
    for index, size in enumerate(sizes):
        subset = rng.choice(len(generated), int(size), replace=False)  # the reference's shuffle, then its first rows
        fids.append(call_stoppably(lambda: _subset_fid(generated[subset], real_mu, real_sigma), should_stop))
        if progress is not None:
            progress(index + 1, len(sizes))
    _slope, intercept = np.polyfit(1.0 / sizes, fids, 1)
    return FidInfinity(float(intercept), tuple(int(size) for size in sizes), tuple(fids))
