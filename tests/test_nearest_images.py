"""The two ranked lists behind the views: known cases, brute force as anchor, and agreement with prdc's coverage."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial.distance import cdist

from fidgui.core.base.comparison_types import PerImageFeatures
from fidgui.core.insight.nearest_images import find_nearest_images, nearest_in, uncovered_mask
from fidgui.core.metrics.precision_recall import prdc


def _cloud(seed: int, n: int, d: int = 16, scale: float = 1.0, shift: float = 0.0) -> np.ndarray:
    return (np.random.default_rng(seed).standard_normal((n, d)) * scale + shift).astype(np.float32)


def _per_image(real: np.ndarray, generated: np.ndarray) -> dict[str, PerImageFeatures]:
    return {
        "real": PerImageFeatures([f"real_{i:03d}.png" for i in range(len(real))], real),
        "generated": PerImageFeatures([f"gen_{i:03d}.png" for i in range(len(generated))], generated),
    }


def test_a_generated_set_repeating_one_real_image_leaves_the_others_not_covered() -> None:
    others = _cloud(0, 11, scale=0.1)  # a tight cluster ...
    lonely = np.full((1, 16), 5.0, dtype=np.float32)  # ... and one real image far from it
    real = np.concatenate([lonely, others])
    generated = np.repeat(lonely, 4, axis=0)
    found = find_nearest_images(_per_image(real, generated))
    assert [item.distance for item in found.least_like_real] == [0.0] * 4
    assert {item.nearest_path for item in found.least_like_real} == {"real_000.png"}
    assert found.n_not_covered == 11 and found.coverage_known
    assert sorted(item.path for item in found.not_covered) == [f"real_{i:03d}.png" for i in range(1, 12)]
    assert all(item.nearest_path.startswith("gen_") for item in found.not_covered)


def test_rankings_match_brute_force_distances_in_any_block_size() -> None:
    real, generated = _cloud(1, 57), _cloud(2, 43, scale=1.5, shift=0.2)
    distances = cdist(generated, real)
    for block in (5, 16, 1024):
        nearest = nearest_in(generated, real, block=block)
        np.testing.assert_array_equal(nearest.index, distances.argmin(axis=1))
        np.testing.assert_allclose(nearest.distance, distances.min(axis=1), rtol=1e-6)
    found = find_nearest_images(_per_image(real, generated), limit=10, block=7)
    expected = np.argsort(-distances.min(axis=1))[:10]
    assert [item.index for item in found.least_like_real] == list(expected)
    assert [item.path for item in found.least_like_real] == [f"gen_{i:03d}.png" for i in expected]
    assert found.least_like_real[0].distance == pytest.approx(distances.min(axis=1).max(), rel=1e-6)


def test_not_covered_is_exactly_the_complement_of_prdc_coverage() -> None:
    real, generated = _cloud(3, 120), _cloud(4, 80, scale=0.7, shift=0.4)
    mask = uncovered_mask(real, generated, block=13)
    assert 0 < mask.sum() < len(real)  # a case that tells right from wrong
    assert 1 - mask.mean() == pytest.approx(prdc(real, generated).coverage, abs=1e-12)
    real_real, real_generated = cdist(real, real), cdist(real, generated)
    radius = np.sort(real_real, axis=1)[:, 5]
    np.testing.assert_array_equal(mask, ~(real_generated < radius[:, None]).any(axis=1))
    found = find_nearest_images(_per_image(real, generated), limit=1000)
    assert found.n_not_covered == int(mask.sum()) == len(found.not_covered)
    listed = [item.distance for item in found.not_covered]
    assert listed == sorted(listed, reverse=True)
    assert listed == pytest.approx(sorted(real_generated.min(axis=1)[mask], reverse=True), rel=1e-6)


def test_too_few_images_for_a_neighbourhood_still_rank_the_generated_ones() -> None:
    real, generated = _cloud(5, 5), _cloud(6, 3)
    found = find_nearest_images(_per_image(real, generated))
    assert not found.coverage_known and found.not_covered == [] and len(found.least_like_real) == 3
