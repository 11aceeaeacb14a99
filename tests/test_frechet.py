"""FID from statistics: pytorch-fid's formula, without its complex numbers and NaN."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.linalg

from sentences import raises_sentence

from fidgui.core.metrics.frechet import frechet_distance, statistics_to_fid
from fidgui.core.statistics.running import FeatureStatistics


def pytorch_fid_formula(mu1, sigma1, mu2, sigma2) -> float:
    """pytorch-fid's calculate_frechet_distance route: sqrtm of the non-symmetric product, real part."""
    covmean = scipy.linalg.sqrtm(sigma1 @ sigma2)
    return float((mu1 - mu2) @ (mu1 - mu2) + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean).real)


def gaussian_set(seed: int, n: int, d: int, shift: float = 0.0, scale: float = 1.0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, d)) @ (rng.standard_normal((d, d)) / np.sqrt(d)) * scale + shift
    return x.mean(axis=0), np.cov(x, rowvar=False)


def test_agrees_with_pytorch_fid_where_well_conditioned() -> None:
    mu1, s1 = gaussian_set(1, 800, 96)
    mu2, s2 = gaussian_set(2, 900, 96, shift=0.3, scale=1.2)
    assert frechet_distance(mu1, s1, mu2, s2) == pytest.approx(pytorch_fid_formula(mu1, s1, mu2, s2), rel=1e-6)


def test_identical_statistics_give_zero() -> None:
    mu, sigma = gaussian_set(3, 500, 64)
    assert frechet_distance(mu, sigma, mu, sigma) == pytest.approx(0.0, abs=1e-9)


def test_equal_covariances_leave_the_squared_distance_of_the_means() -> None:
    mu, sigma = gaussian_set(4, 500, 64)
    shift = np.linspace(-1, 1, 64)
    assert frechet_distance(mu, sigma, mu + shift, sigma) == pytest.approx(shift @ shift, rel=1e-8)


def test_rank_deficient_covariances_give_a_finite_non_negative_figure() -> None:
    # fewer samples than dimensions on both sides: the case where sqrtm returns complex numbers or NaN
    mu1, s1 = gaussian_set(5, 20, 128)
    mu2, s2 = gaussian_set(6, 30, 128, shift=0.01)
    value = frechet_distance(mu1, s1, mu2, s2)
    assert np.isfinite(value) and value >= 0.0
    # singular only on one side, in either order: the same number, because FID is symmetric
    mu3, s3 = gaussian_set(7, 400, 128)
    assert frechet_distance(mu1, s1, mu3, s3) == pytest.approx(frechet_distance(mu3, s3, mu1, s1), rel=1e-10)


def test_a_set_against_itself_with_a_singular_covariance_is_zero_not_negative() -> None:
    mu, sigma = gaussian_set(8, 10, 64)
    assert frechet_distance(mu, sigma, mu, sigma) == pytest.approx(0.0, abs=1e-8)


def test_mismatched_sizes_and_invalid_values_are_sentences() -> None:
    mu, sigma = gaussian_set(9, 50, 8)
    with raises_sentence("different sizes"):
        frechet_distance(mu, sigma, mu[:4], sigma[:4, :4])
    broken = sigma.copy()
    broken[0, 0] = np.nan
    with raises_sentence("NaN"):
        frechet_distance(mu, broken, mu, sigma)


def test_statistics_of_different_modes_or_models_are_never_mixed() -> None:
    mu, sigma = gaussian_set(10, 50, 8)
    a = FeatureStatistics(mu, sigma, 50, "pytorch-fid", "a" * 64)
    with raises_sentence("mode"):
        statistics_to_fid(a, FeatureStatistics(mu, sigma, 50, "clean", "a" * 64))
    with raises_sentence("different networks"):
        statistics_to_fid(a, FeatureStatistics(mu, sigma, 50, "pytorch-fid", "b" * 64))
    assert statistics_to_fid(a, FeatureStatistics(mu, sigma)) == pytest.approx(0.0, abs=1e-9)  # pytorch-fid file
