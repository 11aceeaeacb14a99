"""The t-SNE map on generated clusters: neighbours stay together, reruns agree, limits and stops hold."""

from __future__ import annotations

import numpy as np
import pytest

from sentences import raises_sentence

from fidgui.core.base.errors import Cancelled
from fidgui.core.insight.tsne import MAX_POINTS, tsne_map


def _two_clusters(per_cluster: int = 60, width: int = 64) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Two Gaussian clouds 10 standard deviations apart, each split between the real and generated sides."""
    random = np.random.RandomState(7)
    first = random.normal(0.0, 1.0, (per_cluster, width))
    second = random.normal(0.0, 1.0, (per_cluster, width))
    second[:, :4] += 5.0
    half = per_cluster // 2
    real = np.concatenate([first[:half], second[:half]])
    generated = np.concatenate([first[half:], second[half:]])
    labels = np.r_[np.zeros(half), np.ones(half), np.zeros(per_cluster - half), np.ones(per_cluster - half)]
    return real, generated, labels


def _nearest_neighbour_labels(points: np.ndarray, labels: np.ndarray) -> np.ndarray:
    distances = ((points[:, None, :] - points[None, :, :]) ** 2).sum(axis=-1)
    np.fill_diagonal(distances, np.inf)
    return labels[distances.argmin(axis=1)]


@pytest.mark.parametrize("init", ["pca", "random"])
def test_separated_clusters_stay_separated_on_the_map(init: str) -> None:
    real, generated, labels = _two_clusters()
    found = tsne_map(real, generated, init=init, seed=3)
    assert found.method == "t-SNE" and found.real.shape == (60, 2) and found.generated.shape == (60, 2)
    layout = np.concatenate([found.real, found.generated])
    assert np.isfinite(layout).all()
    assert (_nearest_neighbour_labels(layout, labels) == labels).all()
    # The layout has grown from its tiny start to a readable spread.
    assert layout.std(axis=0).min() > 1.0


@pytest.mark.parametrize("init", ["pca", "random"])
def test_the_same_seed_gives_the_same_map(init: str) -> None:
    real, generated, _ = _two_clusters(20, 16)
    first = tsne_map(real, generated, init=init, seed=5, iterations=300)
    second = tsne_map(real, generated, init=init, seed=5, iterations=300)
    assert np.array_equal(first.real, second.real) and np.array_equal(first.generated, second.generated)


def test_a_different_seed_starts_elsewhere_when_random() -> None:
    real, generated, _ = _two_clusters(20, 16)
    first = tsne_map(real, generated, init="random", seed=5, iterations=100)
    second = tsne_map(real, generated, init="random", seed=6, iterations=100)
    assert not np.allclose(first.real, second.real)


def test_too_many_points_are_refused_with_a_sentence_naming_the_pca_map() -> None:
    half = MAX_POINTS // 2 + 1
    with raises_sentence("PCA map") as refused:
        tsne_map(np.zeros((half, 3)), np.zeros((half, 3)))
    assert not isinstance(refused.value, Cancelled)


def test_stopping_raises_cancelled_and_progress_is_reported() -> None:
    real, generated, _ = _two_clusters(20, 16)
    reports: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        tsne_map(
            real, generated, iterations=400, on_progress=lambda done, total: reports.append((done, total)),
            should_stop=lambda: len(reports) >= 3,
        )
    assert reports == [(0, 400), (50, 400), (100, 400)]


def test_identical_images_and_tiny_sets_give_a_finite_map() -> None:
    same = np.ones((4, 8))
    found = tsne_map(same[:2], same[2:], iterations=100)
    assert np.isfinite(found.real).all() and np.isfinite(found.generated).all()
    pair = tsne_map(np.zeros((1, 8)), np.ones((1, 8)), iterations=100)
    assert np.isfinite(pair.real).all() and not np.allclose(pair.real, pair.generated)
