"""``fidgui-cli stats merge``: statistics of parts merged exactly as if their images had been read together."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from conftest import IMAGES
from fidgui.cli.main import main
from fidgui.core.base.errors import FidguiError
from fidgui.core.statistics.merging import merge_statistics_files
from fidgui.core.statistics.running import FeatureStatistics


def _halves(tmp_path: Path) -> tuple[Path, Path, Path]:
    whole, first, second = (tmp_path / name for name in ("whole", "first", "second"))
    for folder in (whole, first, second):
        folder.mkdir()
    files = sorted((IMAGES / "small_a").iterdir())[:12]
    for number, path in enumerate(files):
        shutil.copy(path, whole / path.name)
        shutil.copy(path, (first if number < 5 else second) / path.name)
    return whole, first, second


def test_merging_two_halves_gives_the_whole_folders_statistics(fixture_onnx: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    whole, first, second = _halves(tmp_path)
    for folder in (whole, first, second):
        assert main(["stats", str(folder), str(tmp_path / f"{folder.name}.npz"), "--model", str(fixture_onnx),
                     "--no-cache"]) == 0
    merged_path = tmp_path / "all.npz"
    assert main(["stats", "merge", str(tmp_path / "first.npz"), str(tmp_path / "second.npz"), "-o",
                 str(merged_path)]) == 0
    assert "12 images" in capsys.readouterr().out
    merged, together = FeatureStatistics.load(merged_path), FeatureStatistics.load(tmp_path / "whole.npz")
    assert merged.n == together.n == 12 and merged.mode == together.mode
    assert merged.model_sha256 == together.model_sha256
    assert merged.encoder == together.encoder == "inception"  # the merged file still says which network
    np.testing.assert_allclose(merged.mu, together.mu, rtol=0, atol=1e-12)
    np.testing.assert_allclose(merged.sigma, together.sigma, rtol=0, atol=1e-12 * np.abs(together.sigma).max())


def _saved(path: Path, n: int | None, mode: str | None = "pytorch-fid", model: str | None = "a" * 64,
           width: int = 8) -> Path:
    rng = np.random.default_rng(n or 0)
    features = rng.normal(size=(max(n or 0, 3), width))
    FeatureStatistics(features.mean(axis=0), np.cov(features, rowvar=False), n, mode, model).save(path)
    return path


@pytest.mark.parametrize(("other", "code"), [
    ({"n": None}, "stats_merge_no_count"),
    ({"n": 4, "mode": "clean"}, "stats_merge_mode_differs"),
    ({"n": 4, "model": "b" * 64}, "stats_merge_model_differs"),
    ({"n": 4, "width": 16}, "stats_merge_width_differs"),
    ({"n": 4, "model": None}, "stats_merge_unknown_provenance"),
])
def test_files_that_cannot_be_merged_exactly_are_refused(tmp_path: Path, other: dict, code: str) -> None:  # type: ignore[type-arg]
    first = _saved(tmp_path / "first.npz", 5)
    second = _saved(tmp_path / "second.npz", **other)
    with pytest.raises(FidguiError) as refused:
        merge_statistics_files([first, second])
    assert refused.value.code == code
    assert main(["stats", "merge", str(first), str(second), "-o", str(tmp_path / "all.npz")]) == 1
    assert not (tmp_path / "all.npz").exists()  # a refused merge writes nothing


def test_a_merge_needs_two_files(tmp_path: Path) -> None:
    with pytest.raises(FidguiError) as refused:
        merge_statistics_files([_saved(tmp_path / "one.npz", 5)])
    assert refused.value.code == "stats_merge_too_few"
