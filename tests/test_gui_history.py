"""The feature cache and the comparison history, through the real window, worker and stores."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from conftest import IMAGES
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fidgui.core.base.comparison_types import ComparisonResult
from fidgui.core.stores.feature_cache import FeatureCache
from fidgui.core.stores.history import History
from fidgui.core.report.document import result_to_dict
from fidgui.gui.windows.history_window import COLUMNS, HistoryWindow
from fidgui.gui.windows.main_window import MainWindow
from fidgui.gui.widgets.result_text import summary_text
from fidgui.gui.widgets.plain_text import as_html

RUN_TIMEOUT_MS = 120_000


def copy_images(source: Path, target: Path, count: int = 6) -> Path:
    """A few of the fixture images in a folder of the test's own, so the cache and history start empty."""
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.iterdir())[:count]:
        shutil.copy(path, target / path.name)
    return target


def run_in_window(qtbot, window: MainWindow) -> ComparisonResult:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.comparisonFinished, timeout=RUN_TIMEOUT_MS) as finished:
        qtbot.mouseClick(window.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.job is None and not window.side_jobs.busy)  # recorded, in the background
    return finished.args[0]


@pytest.fixture
def window(qtbot, installed_model: Path, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    created = MainWindow()
    qtbot.addWidget(created)
    real = copy_images(IMAGES / "small_a", tmp_path / "real_a")
    created.set_sources(real, copy_images(IMAGES / "small_b", tmp_path / "gen_b"))
    created.show()
    return created


def _history_window(qtbot, window: MainWindow) -> HistoryWindow:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = window.history_window
    assert history is not None and history.isVisible()
    qtbot.waitUntil(lambda: not history.busy)  # read in the background
    return history


def _cell(history: HistoryWindow, row: int, column: str) -> str:
    return history.proxy.index(row, COLUMNS.index(column)).data()


def test_a_second_run_comes_from_the_cache_and_both_runs_are_in_the_history(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = run_in_window(qtbot, window)
    assert first.real.from_cache == 0 and first.generated.from_cache == 0
    second = run_in_window(qtbot, window)
    assert (second.real.from_cache, second.generated.from_cache) == (6, 6)
    assert second.fid == pytest.approx(first.fid, rel=1e-12)
    assert "12 of the 12 images came from the feature cache" in window.statusBar().currentMessage()
    assert "6 images used, 6 from the feature cache" in window.result_view.details.toPlainText()
    assert window.history_note.isHidden()

    elsewhere = result_to_dict(first)  # a third, older-looking entry from elsewhere, recorded by the core itself
    elsewhere["real"] = {**elsewhere["real"], "source": "/data/ffhq_train"}
    elsewhere["fid"] = first.fid + 100
    with History() as store:
        store.record(elsewhere)

    history = _history_window(qtbot, window)
    assert history.proxy.rowCount() == 3
    assert _cell(history, 0, "real") == "/data/ffhq_train"  # newest first
    assert _cell(history, 1, "fid") == f"{second.fid:.2f}"
    assert _cell(history, 1, "images") == "6 / 6"
    assert _cell(history, 1, "real") == str(Path(tmp_path.name, "real_a"))  # short; the tooltip has it all
    real_cell = history.proxy.index(1, COLUMNS.index("real"))
    assert real_cell.data(Qt.ItemDataRole.ToolTipRole) == as_html(str(tmp_path / "real_a"))  # shown as typed
    assert _cell(history, 1, "standard") == "No"  # the fixture weights
    assert _cell(history, 1, "mode") == "pytorch-fid"
    history.table.sortByColumn(COLUMNS.index("fid"), Qt.SortOrder.DescendingOrder)
    assert _cell(history, 0, "real") == "/data/ffhq_train"
    history.table.sortByColumn(COLUMNS.index("date"), Qt.SortOrder.DescendingOrder)

    qtbot.keyClicks(history.filter, "FFHQ")
    assert history.proxy.rowCount() == 1 and history.count.text() == "1 of 3 comparisons shown"
    history.filter.clear()
    qtbot.keyClicks(history.filter, "real_a gen_b")
    assert history.proxy.rowCount() == 2

    target = tmp_path / "exported" / "history.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(history.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: history.count.text() == f"2 comparisons exported to {target}.")  # written in the background
    with target.open(encoding="utf-8") as exported:
        rows = list(csv.DictReader(exported))
    assert [float(row["fid"]) for row in rows] == pytest.approx([second.fid, first.fid])
    assert {row["real"] for row in rows} == {str(tmp_path / "real_a")}

    history.table.setFocus()
    history.table.setCurrentIndex(history.proxy.index(0, 0))  # the second run, newest of the shown two
    with qtbot.waitSignal(history.resultOpened) as opened:
        qtbot.keyClick(history.table, Qt.Key.Key_Return)
    reopened = opened.args[0]
    assert summary_text(reopened) == summary_text(second)  # the stored document shows as the result did
    assert window.result_view.result is reopened
    assert window.result_view.fid.text() == f"FID {second.fid:.2f}"
    assert window.result_view.origin.isVisible() and "from the history" in window.result_view.origin.text()

    history.filter.clear()
    history.table.selectRow(0)  # the entry from elsewhere
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(history.refreshed):
        qtbot.mouseClick(history.delete_button, Qt.MouseButton.LeftButton)
    assert history.proxy.rowCount() == 2
    with History() as store:
        assert all(entry.real_source != "/data/ffhq_train" for entry in store.list_entries())


def test_clearing_the_feature_cache_says_how_much_was_freed(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_in_window(qtbot, window)
    with FeatureCache() as cache:
        size_before = cache.size_bytes()
    assert size_before > 2 * 2048 * 2048 * 8  # both folders' covariances at least
    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.clear_cache_action.trigger()
    qtbot.waitUntil(lambda: bool(asked))  # the size is measured in the background, then asked
    held = size_before / 1e6
    assert f"The feature cache holds {held:.1f} MB." in asked[0]
    qtbot.waitUntil(lambda: "MB freed" in window.statusBar().currentMessage(), timeout=30_000)
    freed = float(window.statusBar().currentMessage().split("; ")[1].split(" MB")[0])
    assert freed == pytest.approx(held, abs=0.2)
    with FeatureCache() as cache:
        assert cache.size_bytes() < 100_000  # the empty tables themselves
    again = run_in_window(qtbot, window)
    assert again.real.from_cache == 0  # computed afresh


def test_a_history_that_cannot_be_written_is_a_note_not_a_dialog(qtbot, window: MainWindow) -> None:
    from fidgui.core.base import user_dirs
    from fidgui.core.stores.history import FILE_NAME

    (user_dirs.data_dir() / FILE_NAME).mkdir(parents=True)  # a folder where the database file should be
    result = run_in_window(qtbot, window)
    assert window.result_view.fid.text() == f"FID {result.fid:.2f}"
    assert window.history_note.isVisible()
    note = window.history_note.text()
    assert note.startswith("This result was not added to the history: The comparison history at ")
    assert "could not be opened" in note
