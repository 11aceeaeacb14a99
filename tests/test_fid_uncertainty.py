"""Bootstrap interval and FID-infinity on Gaussians whose FID is known (small dimensions keep it fast)."""

from __future__ import annotations

import numpy as np
import pytest

from sentences import raises_sentence

from fidgui.core.metrics.fid_uncertainty import (
    bootstrap_fid,
    fid_infinity,
    fid_infinity_sizes,
    resample_counts,
    resampled_statistics,
)
from fidgui.core.metrics.frechet import frechet_distance


def gaussian(seed: int, n: int, d: int = 16, shift: float = 0.0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((n, d)) + shift


def point_fid(a: np.ndarray, b: np.ndarray) -> float:
    return frechet_distance(a.mean(axis=0), np.cov(a, rowvar=False), b.mean(axis=0), np.cov(b, rowvar=False))


def test_weighted_statistics_equal_those_of_the_materialised_resample() -> None:
    features = gaussian(1, 300, d=12, shift=3.0).astype(np.float32)
    rng = np.random.RandomState(5)
    indices = rng.randint(0, 300, size=300)
    counts = resample_counts(np.random.RandomState(5), 300)
    assert np.array_equal(counts, np.bincount(indices, minlength=300))
    mean, covariance = resampled_statistics(features, counts)
    resample = features[indices].astype(np.float64)
    np.testing.assert_allclose(mean, resample.mean(axis=0), rtol=0, atol=1e-12)
    np.testing.assert_allclose(covariance, np.cov(resample, rowvar=False), rtol=0, atol=1e-12)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_bootstrap_interval_holds_the_point_fid_of_overlapping_gaussians(seed: int) -> None:
    real, generated = gaussian(seed, 2000), gaussian(seed + 100, 2000, shift=0.25)
    interval = bootstrap_fid(real, generated, rounds=30, seed=seed)
    assert interval.low < point_fid(real, generated) < interval.high
    assert interval.rounds == 30 and interval.confidence == 0.9
    assert interval.bias > 0  # a smaller sample gives a larger FID; the resamples show it


def test_bootstrap_interval_narrows_with_more_images() -> None:
    few = bootstrap_fid(gaussian(3, 250), gaussian(4, 250, shift=0.25), rounds=30)
    many = bootstrap_fid(gaussian(3, 4000), gaussian(4, 4000, shift=0.25), rounds=30)
    assert many.high - many.low < 0.5 * (few.high - few.low)


def test_bootstrap_is_seeded() -> None:
    real, generated = gaussian(5, 300), gaussian(6, 300, shift=0.2)
    first = bootstrap_fid(real, generated, rounds=10, seed=7)
    assert bootstrap_fid(real, generated, rounds=10, seed=7) == first
    assert bootstrap_fid(real, generated, rounds=10, seed=8) != first


def test_bootstrap_refuses_what_it_cannot_do_with_a_sentence() -> None:
    with raises_sentence("at least 2 images"):
        bootstrap_fid(gaussian(1, 1), gaussian(2, 50))
    with raises_sentence("different feature sizes"):
        bootstrap_fid(gaussian(1, 50, d=4), gaussian(2, 50, d=5))
    with raises_sentence("at least 2 rounds"):
        bootstrap_fid(gaussian(1, 50), gaussian(2, 50), rounds=1)
    with raises_sentence("between 0 and 1"):
        bootstrap_fid(gaussian(1, 50), gaussian(2, 50), confidence=90)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_fid_infinity_is_closer_to_the_true_fid_than_the_fid_of_all_images(seed: int) -> None:
    dims, shift = 32, 0.25
    generated = gaussian(seed, 2000, d=dims, shift=np.sqrt(shift / dims))  # against N(0, I): the true FID is 0.25
    result = fid_infinity(np.zeros(dims), np.eye(dims), generated, seed=seed)
    assert result.sizes[-1] == 2000 and len(result.sizes) == len(result.fids) == 15
    finite = result.fids[-1]  # all 2000 images
    direct = frechet_distance(generated.mean(axis=0), np.cov(generated, rowvar=False), np.zeros(dims), np.eye(dims))
    assert finite == pytest.approx(direct, rel=1e-9)
    assert finite - shift > 0.08  # the bias this test is about
    assert abs(result.value - shift) < 0.5 * abs(finite - shift)


def test_fid_infinity_is_seeded() -> None:
    generated = gaussian(4, 300, d=8, shift=0.1)
    first = fid_infinity(np.zeros(8), np.eye(8), generated, points=5, seed=3)
    assert fid_infinity(np.zeros(8), np.eye(8), generated, points=5, seed=3) == first
    assert fid_infinity(np.zeros(8), np.eye(8), generated, points=5, seed=4) != first
    assert first.sizes == (30, 97, 165, 232, 300)


def test_fid_infinity_sizes_follow_the_reference_and_never_exceed_the_set() -> None:
    assert list(fid_infinity_sizes(50000, 2048)) == list(np.linspace(5000, 50000, 15).astype(int))
    assert fid_infinity_sizes(10000, 2048)[0] == 2048  # never fewer images than features
    assert fid_infinity_sizes(200000, 2048)[0] == 5000
    for count, dims, points in ((4096, 2048, 15), (40, 20, 50), (41, 20, 2), (1000, 16, 15)):
        sizes = fid_infinity_sizes(count, dims, points=points)
        assert sizes[-1] == count and (sizes <= count).all() and (sizes >= dims).all()
        assert len(sizes) >= 2 and (np.diff(sizes) > 0).all()
    assert list(fid_infinity_sizes(1000, 16, points=2, min_size=500)) == [500, 1000]


def test_fid_infinity_refuses_too_few_images_with_a_sentence() -> None:
    with raises_sentence("at least 4096 generated images .* this set has 4095"):
        fid_infinity_sizes(4095, 2048)
    with raises_sentence("at least 128 generated images"):
        fid_infinity(np.zeros(64), np.eye(64), gaussian(1, 100, d=64))
    with raises_sentence("from 16 .* to 999 images; 10 was asked"):
        fid_infinity_sizes(1000, 16, min_size=10)
    with raises_sentence("at least 2 subset sizes"):
        fid_infinity_sizes(1000, 16, points=1)
    with raises_sentence("different feature sizes"):
        fid_infinity(np.zeros(8), np.eye(8), gaussian(1, 100, d=9))
