"""KID and Inception Score on cases with known answers (the torch-fidelity anchors are in test_comparison)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from sentences import raises_sentence
from conftest import REFERENCE

from fidgui.core.base.errors import FidguiError
from fidgui.core.metrics.inception_score import inception_score
from fidgui.core.metrics.kid import kernel_inception_distance, unbiased_mmd2


def features(seed: int, n: int = 120, d: int = 32, shift: float = 0.0) -> np.ndarray:
    return np.abs(np.random.default_rng(seed).standard_normal((n, d))) + shift


def test_kid_is_seeded_so_the_same_sets_give_the_same_figure() -> None:
    a, b = features(1), features(2)
    first = kernel_inception_distance(a, b, subsets=20, subset_size=50, seed=3)
    assert kernel_inception_distance(a, b, subsets=20, subset_size=50, seed=3) == first
    assert kernel_inception_distance(a, b, subsets=20, subset_size=50, seed=4) != first


def test_kid_is_near_zero_for_one_distribution_and_grows_with_a_shift() -> None:
    a, b = features(1, n=400), features(2, n=400)
    same, _ = kernel_inception_distance(a, b, subsets=30, subset_size=200)
    shifted, _ = kernel_inception_distance(a, b + 0.5, subsets=30, subset_size=200)
    assert abs(same) < 0.05 * shifted
    assert shifted > 0


def test_unbiased_mmd_matches_its_definition() -> None:
    x, y = features(5, n=6, d=4), features(6, n=6, d=4)

    def k(u: np.ndarray, v: np.ndarray) -> float:
        return (u @ v / 4 + 1) ** 3

    m = 6
    xx = sum(k(x[i], x[j]) for i in range(m) for j in range(m) if i != j) / (m * (m - 1))
    yy = sum(k(y[i], y[j]) for i in range(m) for j in range(m) if i != j) / (m * (m - 1))
    xy = sum(k(x[i], y[j]) for i in range(m) for j in range(m)) / (m * m)
    assert unbiased_mmd2(x, y) == pytest.approx(xx + yy - 2 * xy, rel=1e-12)


def test_kid_subsets_are_limited_by_the_smaller_side() -> None:
    """Asked for subsets of 1,000 from 24 images a side, KID uses all 24: torch-fidelity's figure at subset size 24."""
    reference = np.load(REFERENCE / "features.npz")
    anchor = json.loads((REFERENCE / "metrics_small.json").read_text(encoding="utf-8"))["torch_fidelity"]
    real, generated = reference["small_a/fidelity_pool3"], reference["small_b/fidelity_pool3"]
    assert len(real) == len(generated) == 24
    mean, std = kernel_inception_distance(real, generated, subsets=100, subset_size=1000, seed=2020)
    assert mean == pytest.approx(anchor["kernel_inception_distance_mean"], rel=1e-6)
    assert std == pytest.approx(anchor["kernel_inception_distance_std"], abs=1e-5)  # every subset is the whole set
    with pytest.raises(FidguiError):
        kernel_inception_distance(features(1, n=1), features(2), subsets=5)


def test_inception_score_of_confident_distinct_classes_is_the_number_of_classes() -> None:
    classes = 10
    logits = np.full((100, classes), -50.0)
    logits[np.arange(100), np.arange(100) % classes] = 50.0  # each split sees every class equally often
    mean, std = inception_score(logits, splits=1)
    assert mean == pytest.approx(classes, rel=1e-9) and std == 0.0


def test_inception_score_of_a_collapsed_set_is_one() -> None:
    logits = np.tile(np.random.default_rng(0).standard_normal(20), (50, 1))
    mean, std = inception_score(logits)
    assert mean == pytest.approx(1.0, abs=1e-12) and std == pytest.approx(0.0, abs=1e-12)


def test_inception_score_needs_one_image_per_split() -> None:
    with raises_sentence("at least 10 images"):
        inception_score(np.zeros((9, 5)))
