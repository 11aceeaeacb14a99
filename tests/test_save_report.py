"""Item 16: "Save report…" beside the result in the main window writes the HTML report atomically, and the report
(and the window's details) show settings and conversions in words, never keys and Python lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from fidgui.core.base.comparison_types import ComparisonResult, SideSummary
from fidgui.core.report.html import result_to_html
from fidgui.gui.widgets.result_text import summary_text
from fidgui.gui.widgets.result_view import ResultView
from fidgui.messages import translations


def _result() -> ComparisonResult:
    side = SideSummary("/data/real", 30, converted={"alpha": 2, "sixteen_bit": 1})
    return ComparisonResult(
        4.19, side, SideSummary("/data/generated", 30), "pytorch-fid", "faithful", "0" * 64, True, "CPU (2 threads)",
        3.5, settings={"batch_size": 16, "device_requested": "auto", "encoder": "inception", "dims": 64,
                       "metrics": ["fid", "kid"], "model_path": "", "kid_subset_size": 1000, "seed": 2020,
                       "nearest_k": None},
    )


INTERNAL = ("Setting:", "['fid'", "alpha 2", "sixteen_bit", "device_requested", "kid_subset_size", "model_path")


def test_the_report_shows_settings_and_conversions_in_words():
    page = result_to_html(_result())
    for internal in INTERNAL:
        assert internal not in page
    for words in ("Metrics</th><td>FID, KID", "Feature width</th><td>64", "Device asked for</th><td>Automatic",
                  "Batch size</th><td>16", "Random seed</th><td>2020", "transparent 2", "16-bit 1"):
        assert words in page


def test_the_window_details_use_the_same_sentences(qtbot):
    text = summary_text(_result())
    for internal in INTERNAL:
        assert internal not in text
    assert "Metrics: FID, KID" in text and "Feature width: 64" in text and "transparent 2" in text


def test_save_report_beside_the_result_writes_the_page_in_one_step(qtbot, tmp_path: Path):
    view = ResultView()
    qtbot.addWidget(view)
    view.show_result(_result())
    view.show()
    assert view.report_button.isVisible() and view.report_button.text().replace("&", "") == "Save report…"
    target = tmp_path / "report.html"
    with qtbot.waitSignal(view.message) as said:
        assert view.save_report(target) == target
    assert "report.html" in said.args[0]
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "FID 4.19" in page
    assert [path.name for path in tmp_path.iterdir()] == ["report.html"]  # no temporary file left beside it


def test_a_report_that_cannot_be_written_leaves_nothing_and_says_so(qtbot, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    view = ResultView()
    qtbot.addWidget(view)
    view.show_result(_result())
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    assert view.save_report(blocker / "report.html") is None
    assert warned and "could not be saved" in warned[0]
    assert [path.name for path in tmp_path.iterdir()] == ["a_file"]


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "ja"])
def test_every_setting_label_is_translated(language):
    from fidgui.core.report.settings_words import ORDER

    for key in ORDER:
        assert translations.lookup(language, f"setting_label_{key}")


def test_the_button_is_on_the_main_window_beside_the_result(qtbot):
    from fidgui.gui.windows.main_window import MainWindow

    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    window.result_view.show_result(_result())
    window.show()
    assert window.result_view.report_button.isVisible()
    assert window.result_view.report_button.parent() is window.result_view


def test_top_level_reading_is_named_in_the_report_only_when_chosen():
    result = _result()
    assert "Top level of each folder only" not in result_to_html(result)
    result.settings["top_level_only"] = True
    assert "Top level of each folder only, as pytorch-fid</th><td>yes" in result_to_html(result)
