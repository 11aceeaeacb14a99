"""The feature cache inside a comparison: repeats cost nothing, changes cost only themselves."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from conftest import IMAGES
from fidgui.messages.render import render
from fidgui.core.base.user_dirs import cache_dir
from fidgui.core.extraction import feature_buffer
from fidgui.core.extraction.feature_buffer import FeatureBuffer
from fidgui.core.run.comparison import run_comparison
from fidgui.core.base.comparison_types import ComparisonRequest
from fidgui.core.stores.feature_cache import FeatureCache


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    real, generated = tmp_path / "real", tmp_path / "generated"
    real.mkdir()
    generated.mkdir()
    for source in sorted((IMAGES / "small_a").iterdir())[:6]:
        shutil.copy(source, real / source.name)
    for source in sorted((IMAGES / "small_b").iterdir())[:6]:
        shutil.copy(source, generated / source.name)
    return real, generated


def _run(real: Path, generated: Path, model: Path, cache: FeatureCache | None, **settings: object):
    return run_comparison(ComparisonRequest(real, generated, model=model, **settings), cache=cache)  # type: ignore[arg-type]


def test_a_repeated_comparison_extracts_nothing_and_gives_the_identical_result(
    fixture_onnx: Path, folders: tuple[Path, Path]
) -> None:
    real, generated = folders
    with FeatureCache() as cache:
        cold = _run(real, generated, fixture_onnx, cache)
        warm = _run(real, generated, fixture_onnx, cache)
    uncached = _run(real, generated, fixture_onnx, None)
    assert cold.real.from_cache == 0 and cold.device.startswith(("CPU", "NVIDIA"))
    assert warm.fid == cold.fid == uncached.fid
    assert warm.real.from_cache == 6 and warm.generated.from_cache == 6
    assert warm.device.startswith("none")  # the network was not even loaded
    assert [n.code for n in warm.warnings] == [n.code for n in cold.warnings if n.code != "device_fallback"]


def test_added_changed_and_renamed_files_cost_only_themselves(fixture_onnx: Path, folders: tuple[Path, Path]) -> None:
    real, generated = folders
    with FeatureCache() as cache:
        _run(real, generated, fixture_onnx, cache)
        shutil.copy(IMAGES / "small_b" / "0010.jpg", generated / "added.jpg")  # added
        (generated / "0000.jpg").rename(generated / "renamed.jpg")  # renamed: same bytes, same features
        shutil.copy(IMAGES / "small_a" / "0020.png", real / "0000.png")  # changed content under the same name
        os.utime(real / "0000.png", ns=(1, 1))
        again = _run(real, generated, fixture_onnx, cache)
    fresh = _run(real, generated, fixture_onnx, None)
    assert (again.real.n_images, again.generated.n_images) == (6, 7)
    assert again.real.from_cache == 5 and again.generated.from_cache == 6
    assert again.fid == pytest.approx(fresh.fid, rel=1e-9)


def test_per_image_metrics_from_the_cache_equal_those_computed(fixture_onnx: Path, folders: tuple[Path, Path]) -> None:
    real, generated = folders
    settings = {"metrics": ("fid", "kid", "prdc"), "kid_subset_size": 6, "kid_subsets": 10}
    with FeatureCache() as cache:
        cold = _run(real, generated, fixture_onnx, cache, **settings)
        warm = _run(real, generated, fixture_onnx, cache, **settings)
    assert warm.generated.from_cache == 6
    assert (warm.fid, warm.kid_mean, warm.precision, warm.coverage) == (cold.fid, cold.kid_mean, cold.precision, cold.coverage)


def test_a_damaged_cache_is_set_aside_and_the_run_goes_on(fixture_onnx: Path, folders: tuple[Path, Path]) -> None:
    real, generated = folders
    with FeatureCache() as cache:
        path = cache.path
    path.write_bytes(b"this is not a database" * 100)
    with FeatureCache() as cache:
        result = _run(real, generated, fixture_onnx, cache)
    assert result.fid > 0
    assert any(n.code == "feature_cache" and "set aside" in render(n) for n in result.warnings)


def _temporary_files_open() -> int:
    """File handles and mappings this process holds on files in the cache folder (the buffers' temporary files)."""
    folder = str(cache_dir())
    handles = [os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd") if fd.isdigit()
               and os.path.exists(f"/proc/self/fd/{fd}")]
    with open("/proc/self/maps", encoding="utf-8") as maps:
        mapped = [line for line in maps if folder in line]
    return sum(folder in handle and "features.sqlite3" not in handle for handle in handles) + len(mapped)


def test_the_per_image_buffers_on_disk_are_closed_after_the_comparison(
    fixture_onnx: Path, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(feature_buffer, "MEMORY_LIMIT_BYTES", 0)  # every buffer goes to a temporary file
    created: list[FeatureBuffer] = []
    original = FeatureBuffer.__init__

    def spy(self: FeatureBuffer, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        created.append(self)

    monkeypatch.setattr(FeatureBuffer, "__init__", spy)
    real, generated = folders
    result = _run(real, generated, fixture_onnx, None, metrics=("fid", "kid"), kid_subset_size=6, kid_subsets=5)
    assert result.kid_mean is not None
    assert len(created) == 2 and all(buffer.on_disk and buffer.closed for buffer in created)
    assert _temporary_files_open() == 0

    kept = _run(real, generated, fixture_onnx, None, keep_features=True)  # rows handed out outlive the file handle
    assert all(buffer.closed for buffer in created[2:]) and len(created) == 4
    rows = np.asarray(kept.per_image["real"].pool3)
    assert rows.shape == (6, 2048) and np.isfinite(rows).all() and rows.any()
    del kept, rows
    assert _temporary_files_open() == 0


def test_a_closed_buffer_keeps_the_rows_handed_out_and_takes_no_more() -> None:
    rows = np.arange(48, dtype=np.float32).reshape(3, 16)
    for limit in (0, 10**9):  # on disk, in memory
        with FeatureBuffer(5, 16, memory_limit=limit) as buffer:
            buffer.append(rows)
            view = buffer.array()
        assert buffer.on_disk == (limit == 0) and buffer.closed
        assert np.array_equal(view, rows)  # the file handle is gone; the rows are not
        with pytest.raises(ValueError, match="closed"):
            buffer.append(rows)
        with pytest.raises(ValueError, match="closed"):
            buffer.array()
        buffer.close()  # twice is harmless
        del view
    assert _temporary_files_open() == 0
