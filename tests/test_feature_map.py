"""The 2-D map of both feature sets: known answers, both routes agreeing, and the full decomposition as anchor."""

from __future__ import annotations

import numpy as np
import pytest

from sentences import raises_sentence

from fidgui.core.insight.feature_map import feature_map


def test_points_on_a_line_give_one_component_with_all_the_variance() -> None:
    direction = np.random.default_rng(0).standard_normal(64)
    direction /= np.linalg.norm(direction)
    offset = np.random.default_rng(1).standard_normal(64)
    steps = np.linspace(-3.0, 5.0, 17)
    points = (offset + steps[:, None] * direction).astype(np.float32)
    result = feature_map(points[:9], points[9:])
    assert result.explained_variance_ratio == pytest.approx([1.0, 0.0], abs=1e-6)
    coordinates = np.concatenate([result.real, result.generated])
    assert np.abs(coordinates[:, 1]).max() < 1e-4
    # The first axis keeps the spacing along the line (up to the direction chosen for the axis).
    assert np.abs(coordinates[:, 0] - coordinates[:, 0].mean()) == pytest.approx(np.abs(steps - steps.mean()), abs=1e-4)
    assert result.explained_variance[0] == pytest.approx(np.var(steps, ddof=1), rel=1e-5)


def _correlated(seed: int, n: int, d: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal((n, d)) @ rng.standard_normal((d, d)) * 0.3).astype(np.float32)


def test_the_covariance_route_draws_the_same_map_as_the_svd_route() -> None:
    real, generated = _correlated(2, 150, 40), _correlated(3, 90, 40) + 0.5
    by_svd = feature_map(real, generated)
    by_covariance = feature_map(real, generated, max_svd_rows=10, block=17)
    assert (by_svd.method, by_covariance.method) == ("svd", "covariance")
    np.testing.assert_allclose(by_covariance.real, by_svd.real, atol=1e-8)
    np.testing.assert_allclose(by_covariance.generated, by_svd.generated, atol=1e-8)
    np.testing.assert_allclose(by_covariance.explained_variance_ratio, by_svd.explained_variance_ratio, rtol=1e-9)


def test_the_axes_are_the_leading_eigenvectors_of_the_stacked_covariance() -> None:
    real, generated = _correlated(4, 60, 12), _correlated(5, 70, 12) - 1.0
    stacked = np.concatenate([real, generated]).astype(np.float64)
    values, vectors = np.linalg.eigh(np.cov(stacked, rowvar=False))
    result = feature_map(real, generated)
    assert result.explained_variance == pytest.approx(values[::-1][:2], rel=1e-9)
    assert result.explained_variance_ratio == pytest.approx(values[::-1][:2] / values.sum(), rel=1e-9)
    expected = (stacked - stacked.mean(axis=0)) @ vectors[:, ::-1][:, :2]
    got = np.concatenate([result.real, result.generated])
    np.testing.assert_allclose(np.abs(got), np.abs(expected), atol=1e-9)  # eigenvectors are defined up to sign
    assert got.shape == (130, 2) and result.real.shape == (60, 2)


def test_identical_points_give_a_map_with_nothing_to_explain() -> None:
    same = np.ones((5, 8), dtype=np.float32)
    result = feature_map(same, same)
    assert np.all(result.real == 0) and np.all(result.explained_variance_ratio == 0)


def test_unusable_features_are_refused_with_a_sentence() -> None:
    with raises_sentence("same width"):
        feature_map(np.zeros((3, 4)), np.zeros((3, 5)))
    with raises_sentence("at least two images"):
        feature_map(np.zeros((1, 4)), np.zeros((0, 4)))
