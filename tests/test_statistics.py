"""Running statistics equal the textbook formulas, merge exactly, and travel between tools."""

from __future__ import annotations

import re

from pathlib import Path

import numpy as np
import pytest

from fidgui.core.base.errors import FidguiError
from fidgui.messages.render import render
from fidgui.core.statistics.running import FeatureStatistics, RunningStatistics


@pytest.fixture(scope="module")
def features() -> np.ndarray:
    rng = np.random.default_rng(7)
    # pool3-like: non-negative, correlated, a large mean relative to the spread
    return (np.abs(rng.standard_normal((300, 64)) @ rng.standard_normal((64, 64))) + 5.0).astype(np.float32)


def test_running_statistics_equal_numpy_mean_and_cov(features: np.ndarray) -> None:
    running = RunningStatistics()
    for start in range(0, len(features), 17):
        running.update(features[start : start + 17])
    assert running.n == len(features)
    np.testing.assert_allclose(running.mean, features.astype(np.float64).mean(axis=0), rtol=1e-12)
    np.testing.assert_allclose(running.covariance, np.cov(features, rowvar=False), rtol=1e-10, atol=1e-12)


def test_two_partial_statistics_merge_into_one_pass(features: np.ndarray) -> None:
    whole, first, second = RunningStatistics(), RunningStatistics(), RunningStatistics()
    whole.update(features)
    first.update(features[:123])
    second.update(features[123:200])
    second.update(features[200:])
    first.merge(second)
    assert first.n == whole.n
    np.testing.assert_allclose(first.mean, whole.mean, rtol=1e-13)
    np.testing.assert_allclose(first.covariance, whole.covariance, rtol=1e-11, atol=1e-13)


def test_a_covariance_needs_two_images(features: np.ndarray) -> None:
    running = RunningStatistics()
    running.update(features[:1])
    with pytest.raises(ValueError):
        running.covariance


def test_saved_statistics_round_trip_with_their_provenance(tmp_path: Path, features: np.ndarray) -> None:
    running = RunningStatistics()
    running.update(features)
    saved = running.to_statistics(mode="tensorflow", model_sha256="ab" * 32)
    saved.save(tmp_path / "stats.npz")
    loaded = FeatureStatistics.load(tmp_path / "stats.npz")
    assert (loaded.n, loaded.mode, loaded.model_sha256) == (300, "tensorflow", "ab" * 32)
    np.testing.assert_array_equal(loaded.sigma, saved.sigma)
    with np.load(tmp_path / "stats.npz", allow_pickle=False) as raw:  # what pytorch-fid's loader reads
        np.testing.assert_array_equal(raw["mu"], saved.mu)
    assert [p.name for p in tmp_path.iterdir()] == ["stats.npz"]  # no temporary file left behind


def test_pytorch_fid_and_ttur_files_load(tmp_path: Path, features: np.ndarray) -> None:
    mu, sigma = features.mean(axis=0), np.cov(features, rowvar=False)
    np.savez(tmp_path / "pytorch_fid.npz", mu=mu, sigma=sigma)  # what pytorch-fid --save-stats writes
    loaded = FeatureStatistics.load(tmp_path / "pytorch_fid.npz")
    assert loaded.n is None and loaded.mode is None and loaded.model_sha256 is None
    np.testing.assert_array_equal(loaded.mu, mu.astype(np.float64))


@pytest.mark.parametrize(
    "content",
    [b"", b"not a zip at all", None],
    ids=["empty", "text", "no-mu-sigma"],
)
def test_files_that_are_not_statistics_are_refused_in_a_sentence(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "stats.npz"
    if content is None:
        np.savez(path, features=np.zeros((3, 4)))
    else:
        path.write_bytes(content)
    with pytest.raises(FidguiError) as refused:
        FeatureStatistics.load(path)
    assert re.fullmatch(r"stats\.npz .*\.", render(refused.value))
    assert "pickle" not in render(refused.value)


def test_pickled_objects_in_a_statistics_file_are_never_run(tmp_path: Path) -> None:
    path = tmp_path / "evil.npz"
    np.savez(path, mu=np.array([object()], dtype=object), sigma=np.zeros((1, 1)))
    with pytest.raises(FidguiError):
        FeatureStatistics.load(path)
