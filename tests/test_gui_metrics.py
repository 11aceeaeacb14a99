"""The new figures in the result view, chosen in the settings panel and computed by the real pipeline."""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import pytest

from conftest import IMAGES
from test_gui_history import copy_images, run_in_window

from fidgui.core.metrics.entries import fid_interval
from fidgui.core.stores.feature_cache import FeatureCache
from fidgui.gui.windows.main_window import MainWindow
from fidgui.gui.widgets.result_text import summary_text


def test_precision_recall_kid_and_the_interval_are_shown_when_chosen(
    qtbot, installed_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real bootstrap in 5 rounds instead of 50 (each round is two 2,048-wide covariances, 0.3 s here): this test
    # is about the rows the window shows; test_fid_uncertainty checks the interval itself.
    monkeypatch.setattr(fid_interval, "bootstrap_fid", functools.partial(fid_interval.bootstrap_fid, rounds=5))
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_sources(copy_images(IMAGES / "small_a", tmp_path / "a"), copy_images(IMAGES / "small_b", tmp_path / "b"))
    panel = window.settings_panel
    panel.set_expanded(True)
    for box in (panel.prdc, panel.fid_interval, panel.kid):
        box.setChecked(True)
    assert panel.request_fields()["metrics"] == ("fid", "kid", "prdc", "fid_interval")
    window.show()
    result = run_in_window(qtbot, window)

    view = window.result_view
    assert None not in (result.precision, result.recall, result.density, result.coverage, result.fid_low)
    assert view.fid.text() == f"FID {result.fid:.2f}"
    assert view.interval.isVisible() and view.interval.text() == f"({result.fid_low:.2f} to {result.fid_high:.2f})"
    assert "another set of images of the same size (90% bootstrap interval)" in view.interval_help.text()
    rows = view.metric_rows
    for name, value in (("prdc/0", result.precision), ("prdc/1", result.recall), ("prdc/2", result.density),
                        ("prdc/3", result.coverage)):  # the rows and their formats are the metric registry's
        assert rows[name].value.isVisible() and rows[name].value.text() == f"{value:.4f}"
    assert rows["prdc/0"].meaning.text().startswith("How many generated images look like real ones")
    assert rows["prdc/1"].meaning.text().startswith("How much of the real images' variety")
    assert "less sensitive to outliers" in rows["prdc/2"].meaning.text()
    assert rows["kid/0"].value.isVisible() and "unbiased" in rows["kid/0"].meaning.text()
    assert not rows["fid_infinity/0"].value.isVisible() and not rows["is/0"].value.isVisible()
    details = view.details.toPlainText()
    assert f"FID interval at these numbers of images: {result.fid_low:.6f} to {result.fid_high:.6f}" in details
    assert f"Precision {result.precision:.4f}, recall {result.recall:.4f}" in details

    view.show_result(dataclasses.replace(result, fid_infinity=12.345))  # 4,096+ images are too slow for a test
    assert rows["fid_infinity/0"].value.isVisible() and rows["fid_infinity/0"].value.text() == "12.345000"
    assert "FID-infinity: 12.345000" in summary_text(view.result)

    view.show_result(dataclasses.replace(result, fid_low=None, fid_high=None, precision=None, recall=None,
                                         density=None, coverage=None, kid_mean=None, kid_std=None))
    assert view.interval.isHidden() and view.interval_help.isHidden() and view.metrics.isHidden()


def test_the_new_choices_are_remembered(qtbot, installed_model: Path) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    panel = first.settings_panel
    assert panel.cache_wanted() and not panel.prdc.isChecked()
    panel.prdc.setChecked(True)
    panel.fid_infinity.setChecked(True)
    panel.use_cache.setChecked(False)
    assert panel.network_modes.set_mode("edm2")  # FD_DINOv2's mode, chosen before FD_DINOv2 is ticked
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.settings_panel.request_fields()["metrics"] == ("fid", "prdc", "fid_infinity")
    assert not second.settings_panel.cache_wanted()
    assert second.settings_panel.fid_interval.text() == "FID interval (slower: 50 extra FIDs)"
    assert second.settings_panel.network_modes.modes() == ["edm2", "cmmd"]
    second.settings_panel.metric_boxes["fd_dinov2"].setChecked(True)
    assert second.settings_panel.request_fields()["encoder_modes"] == ("edm2",)


def test_with_the_cache_turned_off_nothing_is_cached(qtbot, installed_model: Path, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.settings_panel.use_cache.setChecked(False)
    a, b = copy_images(IMAGES / "small_a", tmp_path / "a", 3), copy_images(IMAGES / "small_b", tmp_path / "b", 3)
    window.set_sources(a, b)
    run_in_window(qtbot, window)
    second = run_in_window(qtbot, window)
    assert second.real.from_cache == 0 and second.generated.from_cache == 0
    with FeatureCache() as cache:
        assert cache.size_bytes() < 100_000
