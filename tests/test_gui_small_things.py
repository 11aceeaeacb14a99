"""Item 17's small things in the window, on real widgets: the history's FID column and sort arrow, the main window
on a 1366x768 screen, the reference-name prompt's title, wrapped details, the hint that goes once both folders are
chosen, the CPU sentence while running, and a finished side."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from fidgui.core.base.comparison_types import ComparisonResult, SideSummary
from fidgui.core.report.document import result_to_dict
from fidgui.core.stores.history import History
from fidgui.gui.windows.history_window import COLUMNS, HistoryWindow


def _record(history: History, fid: float, minutes: int) -> None:
    side = SideSummary("/data/a", 24)
    result = ComparisonResult(fid, side, side, "pytorch-fid", "faithful", "0" * 64, True, "CPU (2 threads)", 1.0)
    history.record(result_to_dict(result), created=datetime(2026, 1, 1, tzinfo=timezone.utc)
                   + timedelta(minutes=minutes))


@pytest.fixture
def history_window(qtbot):  # type: ignore[no-untyped-def]
    store = History()
    for minutes, fid in enumerate((1317.92, 4.19, 15.81)):
        _record(store, fid, minutes)
    store.close()
    window = HistoryWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy and window.proxy.rowCount() == 3)
    return window


def test_the_fid_column_shows_1317_92_whole(history_window):
    table = history_window.table
    column = COLUMNS.index("fid")
    texts = [history_window.proxy.index(row, column).data() for row in range(3)]
    assert "1317.92" in texts
    needed = table.fontMetrics().horizontalAdvance("1317.92")
    assert table.columnWidth(column) >= needed + 6
    assert table.columnWidth(column) >= table.sizeHintForColumn(column)


def _arrow_rows(header, column: int) -> list[int]:
    """Dark pixels per row of the section's sort-indicator area (its right end, where Fusion draws it), borders
    left out."""
    image: QImage = header.grab().toImage()
    left = header.sectionViewportPosition(column)
    width = header.sectionSize(column)
    background = QColor(image.pixel(left + 2, 2)).lightness()
    rows = []
    for y in range(2, image.height() - 2):
        count = 0
        for x in range(left + width - 24, left + width - 3):
            if abs(QColor(image.pixel(x, y)).lightness() - background) > 60:
                count += 1
        rows.append(count)
    return [count for count in rows if count]


def test_the_sort_arrow_points_down_for_newest_first_and_up_when_reversed(history_window, qtbot):
    header = history_window.table.horizontalHeader()
    assert header.sortIndicatorSection() == 0 and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert history_window.proxy.index(0, COLUMNS.index("fid")).data() == "15.81"  # newest on top
    rows = _arrow_rows(header, 0)
    assert len(rows) >= 2 and rows[0] > rows[-1]  # wide at the top, a point at the bottom: down
    history_window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.wait(10)
    rows = _arrow_rows(header, 0)
    assert len(rows) >= 2 and rows[0] < rows[-1]


@pytest.fixture
def main_window(qtbot):  # type: ignore[no-untyped-def]
    from fidgui.gui.windows.main_window import MainWindow

    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    return window


def test_the_main_window_fits_a_1366_by_768_screen(main_window):
    from fidgui.gui.widgets.screens import screen_of
    from fidgui.gui.windows.main_layout import fitting_size

    free_height = 768 - 40  # a task bar
    assert main_window.minimumWidth() <= 1366 and main_window.minimumHeight() <= free_height - 40
    hint = main_window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= free_height - 40
    screen = screen_of(main_window).availableGeometry()  # not main_window.screen(): see widgets/screens.py
    assert main_window.height() <= max(screen.height() - 40, main_window.minimumHeight())
    assert fitting_size(main_window, 980, 820).height() <= max(screen.height() - 40, main_window.minimumHeight())
    main_window.settings_panel.set_expanded(True)  # everything unfolded still scrolls inside the window
    main_window.resize(1366, free_height - 40)
    assert main_window.height() == free_height - 40


def test_the_choose_first_hint_goes_once_that_side_is_chosen(main_window, qtbot):
    from conftest import IMAGES

    main_window.show()
    main_window.compare()
    assert main_window.problem.isVisible() and "real images first" in main_window.problem_text.text()
    main_window.real_zone.choose(IMAGES / "small_a")
    assert not main_window.problem.isVisible()
    main_window.compare()
    assert main_window.problem.isVisible() and "generated images first" in main_window.problem_text.text()
    main_window.generated_zone.choose(IMAGES / "small_b")
    assert not main_window.problem.isVisible()


def test_long_lines_in_the_details_wrap_instead_of_being_cut(qtbot):
    from fidgui.gui.widgets.result_view import ResultView

    view = ResultView()
    qtbot.addWidget(view)
    view.resize(500, 700)
    view.show()
    view.details.setPlainText("/data/" + "a_very_long_folder_name_without_spaces" * 8 + "/x.png: skipped")
    qtbot.wait(10)
    assert view.details.horizontalScrollBar().maximum() == 0


def test_the_reference_name_prompt_has_room_for_its_title(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from fidgui.gui.widgets.reference_questions import TITLE_ROOM, ask_name

    seen = {}

    def look_and_answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, look_and_answer)
            return
        seen["width"] = dialog.width()
        seen["title"] = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
        dialog.setTextValue("ffhq train")
        dialog.accept()

    QTimer.singleShot(20, look_and_answer)
    name = ask_name(None, "Name for the statistics of /data/ffhq_train (used as ref:NAME):", "ffhq_train")
    assert name == "ffhq train"
    assert seen["width"] >= seen["title"] + TITLE_ROOM


def test_while_running_the_cpu_sentence_is_present_tense_and_last_and_a_finished_side_says_done(qtbot):
    from fidgui.core.base.comparison_types import Notice, Progress
    from fidgui.core.base.errors import Message
    from fidgui.gui.widgets.run_progress import RunProgress

    box = RunProgress()
    qtbot.addWidget(box)
    box.begin()
    reason = Message("gpu_reason_no_gpu_build")
    box.add_notice(Notice("device_fallback", Message("device_fallback_cpu", reason=reason)))
    box.add_notice(Notice("duplicates", count=2, side=Message("side_real")))
    lines = box.run_notes.text().splitlines()
    assert lines[-1].startswith("The computation runs on the CPU because")
    assert "ran on" not in box.run_notes.text()
    box.add_progress(Progress("real", 12, 24, 30.0, 0.4))
    assert "about" in box.side_progress["real"].label.text()
    box.add_progress(Progress("real", 24, 24, 30.0, 0.0))
    text = box.side_progress["real"].label.text()
    assert text == "Real images: all 24 images read" and "0 s" not in text


def test_the_result_lists_information_after_the_warnings(installed_model, tmp_path, few_images):
    import shutil

    from fidgui.core.base.comparison_types import ComparisonRequest, Notice
    from fidgui.core.report.notice_order import information_last
    from fidgui.core.run.comparison import run_comparison

    fallback, rank = Notice("device_fallback", reason="x"), Notice("rank_deficient", shortage="y", features=2048)
    assert information_last([fallback, rank]) == [rank, fallback]
    real = tmp_path / "real"
    shutil.copytree(few_images / "a", real / "batch_1")  # read first, so its notice arrives first
    result = run_comparison(ComparisonRequest(real=real, generated=few_images / "b", batch_size=24))
    codes = [notice.code for notice in result.warnings]
    assert codes.index("from_subfolders") > codes.index("rank_deficient")
    assert codes.index("from_subfolders") > codes.index("upsampled")


def test_the_result_lists_the_cpu_fallback_as_information_after_the_warnings(qtbot):
    from fidgui.core.base.comparison_types import Notice
    from fidgui.core.base.errors import Message
    from fidgui.core.report.sample_warnings import sample_size_warnings
    from fidgui.gui.widgets.result_view import ResultView

    side = SideSummary("/data/a", 24)
    fallback = Notice("device_fallback", Message("device_fallback_cpu", reason=Message("gpu_reason_no_gpu_build")))
    result = ComparisonResult(4.2, side, side, "pytorch-fid", "faithful", "0" * 64, True, "CPU", 1.0,
                              warnings=[fallback, *sample_size_warnings(24, 24, 2048)])
    view = ResultView()
    qtbot.addWidget(view)
    view.show_result(result)
    text = view.warnings.text()
    assert text.index("Please read") < text.index("Too few images") < text.index("For information:")
    assert text.index("For information:") < text.index("Computed on the CPU")
