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
