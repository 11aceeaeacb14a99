"""Precision, recall, density and coverage: the blocked code against the full-matrix definition, and known cases."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest
from scipy.spatial.distance import cdist

from sentences import raises_sentence

from fidgui.core.metrics.precision_recall import PrdcResult, density_coverage, prdc, precision_recall


def reference_prdc(real: np.ndarray, generated: np.ndarray, pr_k: int = 3, dc_k: int = 5) -> tuple[float, ...]:
    """clovaai's compute_prdc written out on whole matrices: radius = (k+1)-th smallest of a row, itself included."""
    real_real, real_generated = cdist(real, real), cdist(real, generated)
    generated_generated = cdist(generated, generated)
    real_pr = np.sort(real_real, axis=1)[:, pr_k]
    generated_pr = np.sort(generated_generated, axis=1)[:, pr_k]
    real_dc = np.sort(real_real, axis=1)[:, dc_k]
    precision = (real_generated < real_pr[:, None]).any(axis=0).mean()
    recall = (real_generated < generated_pr[None, :]).any(axis=1).mean()
    density = (real_generated < real_dc[:, None]).sum(axis=0).mean() / dc_k
    coverage = (real_generated.min(axis=1) < real_dc).mean()
    return float(precision), float(recall), float(density), float(coverage)


def gaussian(seed: int, n: int, d: int = 8, scale: float = 1.0, shift: float = 0.0) -> np.ndarray:
    return (np.random.default_rng(seed).standard_normal((n, d)) * scale + shift).astype(np.float32)


@pytest.mark.parametrize("block", [7, 64, 100, 301, 4096])
def test_blocked_metrics_equal_the_full_matrix_definition(block: int) -> None:
    real, generated = gaussian(0, 301), gaussian(1, 257, scale=1.2, shift=0.3)
    expected = reference_prdc(real, generated)
    result = prdc(real, generated, block=block)
    assert (result.precision, result.recall, result.density, result.coverage) == pytest.approx(expected, abs=1e-12)
    assert 0.2 < result.precision < 1.0 and 0.2 < result.recall < 1.0  # a case that tells right from wrong
    assert precision_recall(real, generated, block=block) == pytest.approx(expected[:2], abs=1e-12)
    assert density_coverage(real, generated, block=block) == pytest.approx(expected[2:], abs=1e-12)


def test_other_neighbour_counts_follow_the_same_definition() -> None:
    real, generated = gaussian(2, 120, d=5), gaussian(3, 90, d=5, shift=0.2)
    expected = reference_prdc(real, generated, pr_k=1, dc_k=7)
    assert precision_recall(real, generated, k=1, block=33) == pytest.approx(expected[:2], abs=1e-12)
    assert density_coverage(real, generated, k=7, block=33) == pytest.approx(expected[2:], abs=1e-12)
    result = prdc(real, generated, precision_recall_k=1, density_coverage_k=7, block=33)
    assert (result.precision_recall_k, result.density_coverage_k) == (1, 7)


def test_a_set_against_itself_is_perfect() -> None:
    real = gaussian(4, 400, d=16)
    result = prdc(real, real.copy(), block=128)
    assert (result.precision, result.recall, result.coverage) == (1.0, 1.0, 1.0)
    assert result.density == pytest.approx(1.0, abs=0.02)  # each point: its own ball and k - 1 neighbours' balls


def test_a_far_shifted_copy_is_nowhere_near() -> None:
    real = gaussian(5, 300, d=16)
    assert prdc(real, real + 100.0, block=64) == PrdcResult(0.0, 0.0, 0.0, 0.0)


def test_a_collapsed_generator_is_faithful_but_not_diverse() -> None:
    real = gaussian(6, 500, d=16)
    generated = real[0] + gaussian(7, 400, d=16, scale=1e-3)  # one real image, copied with tiny noise
    result = prdc(real, generated, block=100)
    assert result.precision == 1.0
    assert result.recall <= 0.01
    assert result.coverage <= 0.05


def test_memory_stays_at_a_few_blocks_not_the_whole_matrix() -> None:
    real, generated = gaussian(8, 4000, d=64), gaussian(9, 4000, d=64, shift=0.1)
    full_matrix = 4000 * 4000 * 8
    tracemalloc.start()
    try:
        result = prdc(real, generated, block=256)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert 0.0 < result.precision <= 1.0
    assert peak < full_matrix / 4, f"peak {peak / 2**20:.1f} MiB for a {full_matrix / 2**20:.0f} MiB matrix"


def test_too_few_images_or_mismatched_features_are_refused_with_a_sentence() -> None:
    with raises_sentence("more than 3 images.*generated set has 3"):
        precision_recall(gaussian(1, 50), gaussian(2, 3))
    with raises_sentence("more than 5 images.*real set has 5"):
        density_coverage(gaussian(1, 5), gaussian(2, 50))
    with raises_sentence("more than 5 images"):
        prdc(gaussian(1, 50), gaussian(2, 4))
    with raises_sentence("different sizes"):
        prdc(gaussian(1, 50, d=8), gaussian(2, 50, d=9))
    broken = gaussian(2, 50)
    broken[3, 1] = np.nan
    with raises_sentence("NaN"):
        prdc(gaussian(1, 50), broken)
