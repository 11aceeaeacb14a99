"""Compare-many's results: the table, the per-folder line charts, and the heat map of a pairwise run.

Apart from the window, which gathers the folders and runs the job; this widget only shows
what came back, and says which chart is on screen for saving.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fidgui.core.report.folder_series import is_ordered_series
from fidgui.core.report.notice_order import information_last
from fidgui.core.run.compare_many import FolderOutcome, PairwiseMatrix
from fidgui.gui.text import fill, say
from fidgui.gui.widgets.plain_text import as_html
from fidgui.gui.widgets.result_text import notice_heading
from fidgui.core.base.errors import Message
from fidgui.gui.widgets.charts import GENERATED_COLOUR, KID_COLOUR, REAL_COLOUR, HeatMap, LineChart, LineSeries

_COLUMNS = 7  # folder, FID, KID, precision, recall, images, warnings
_WARNINGS = _COLUMNS - 1


class CompareManyResults(QWidget):
    """The table above the charts; ``show_results`` fills both."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcomes: list[FolderOutcome] | None = None
        self.matrix: PairwiseMatrix | None = None
        self.table = QTableWidget(0, _COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(_WARNINGS, QHeaderView.ResizeMode.Interactive)
        self.line_chart, self.quality_chart, self.heat_map = LineChart(), LineChart(), HeatMap()
        self.per_folder_tabs = QTabWidget()  # FID and KID; precision and recall, on a scale of their own
        self.per_folder_tabs.addTab(self.line_chart, "")
        self.per_folder_tabs.addTab(self.quality_chart, "")
        self.charts = QStackedWidget()
        self.charts.addWidget(self.per_folder_tabs)
        self.charts.addWidget(self.heat_map)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.charts)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslate()

    def shown_chart(self) -> tuple[LineChart | HeatMap, str]:
        """The chart on screen now, and the file name to suggest for it."""
        if self.matrix is not None:
            return self.heat_map, "fid_matrix.png"
        if self.per_folder_tabs.currentWidget() is self.quality_chart:
            return self.quality_chart, "precision_recall_per_folder.png"
        return self.line_chart, "fid_per_folder.png"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.per_folder_tabs.setTabText(0, self.tr("FID and KID"))
        self.per_folder_tabs.setTabText(1, self.tr("Precision and recall"))
        self.show_results(self.outcomes, self.matrix)

    def show_results(self, outcomes: list[FolderOutcome] | None, matrix: PairwiseMatrix | None) -> None:
        """The outcomes of a run against the real folder, or the matrix of a pairwise run (None: empty)."""
        self.outcomes, self.matrix = outcomes, matrix
        self.charts.setCurrentWidget(self.heat_map if self.matrix is not None else self.per_folder_tabs)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Folder"), "FID", "KID", self.tr("Precision"), self.tr("Recall"), self.tr("Images"),
             say(Message("many_column_warnings"))]
        )
        for column in (2, 3, 4):  # KID, precision and recall are not computed between pairs
            self.table.setColumnHidden(column, self.matrix is not None)
        if self.matrix is not None:
            self._show_matrix(self.matrix)
        else:
            self._show_outcomes(self.outcomes or [])

    def _show_outcomes(self, outcomes: list[FolderOutcome]) -> None:
        self.table.setRowCount(len(outcomes))
        for row, outcome in enumerate(outcomes):
            result = outcome.result
            cells = [outcome.generated.name] + ["—"] * (_COLUMNS - 1)
            if result is not None:
                kid = None if result.kid_mean is None else f"{result.kid_mean:.4g} ± {result.kid_std:.2g}"
                cells[1:] = [
                    _number(result.fid, ".2f"), kid or "—", _number(result.precision, ".3f"),
                    _number(result.recall, ".3f"),
                    fill(
                        self.tr("%1 real, %2 generated"), f"{result.real.n_images:,}", f"{result.generated.n_images:,}"
                    ),
                ]
            self._set_row(row, cells, str(outcome.generated), say(outcome.error) if outcome.error else None)
            self._set_warnings(row, result)
        results = [outcome.result for outcome in outcomes]
        kid_values = [r.kid_mean if r is not None else None for r in results]
        series = [LineSeries("FID", GENERATED_COLOUR, [r.fid if r is not None else None for r in results])]
        if any(value is not None for value in kid_values):
            series.append(LineSeries("KID", KID_COLOUR, kid_values, right_axis=True))
        names = [outcome.generated.name for outcome in outcomes]
        ordered = is_ordered_series(names)  # checkpoints in order: a line; unrelated folders: bars
        self.line_chart.set_data(
            names,
            series,
            self.tr("FID per folder (lower is closer to the real images)"),
            "FID",
            "KID" if len(series) > 1 else "",
            bars=not ordered,
        )
        self._show_quality(outcomes, ordered)

    def _show_quality(self, outcomes: list[FolderOutcome], ordered: bool) -> None:
        """Precision and recall per folder, on a fixed 0 to 1 scale; the tab is hidden when neither was computed."""
        results = [outcome.result for outcome in outcomes]
        precision = [_finite(r.precision) if r is not None else None for r in results]
        recall = [_finite(r.recall) if r is not None else None for r in results]
        computed = any(value is not None for value in precision + recall)
        self.per_folder_tabs.setTabVisible(1, computed)
        self.quality_chart.set_data(
            [outcome.generated.name for outcome in outcomes],
            [
                LineSeries(self.tr("Precision"), GENERATED_COLOUR, precision),
                LineSeries(self.tr("Recall"), REAL_COLOUR, recall),
            ]
            if computed
            else [],
            self.tr("Precision and recall per folder (higher is better)"),
            self.tr("Share of images (0 to 1)"),
            left_range=(0.0, 1.0),
            bars=not ordered,
        )

    def _show_matrix(self, matrix: PairwiseMatrix) -> None:
        self.table.setRowCount(len(matrix.outcomes))
        for row, outcome in enumerate(matrix.outcomes):
            result = outcome.result
            cells = [fill(self.tr("%1 and %2"), outcome.real.name, outcome.generated.name)] + ["—"] * (_COLUMNS - 1)
            if result is not None:
                cells[1] = _number(result.fid, ".2f")
                cells[5] = fill(self.tr("%1 and %2"), f"{result.real.n_images:,}", f"{result.generated.n_images:,}")
            self._set_row(row, cells, f"{outcome.real}\n{outcome.generated}", say(outcome.error) if outcome.error else None)
            self._set_warnings(row, result)
        self.heat_map.set_matrix(
            [folder.name for folder in matrix.folders], matrix.fid, self.tr("FID between every two folders")
        )

    def _set_warnings(self, row: int, result: object) -> None:
        """The row's warnings: their headings in the cell, every sentence in its tooltip."""
        notices = [n for n in information_last(getattr(result, "warnings", None) or []) if n.code != "skipped"]
        if not notices:
            self.table.setItem(row, _WARNINGS, QTableWidgetItem("—"))
            return
        headings = list(dict.fromkeys(notice_heading(notice.code) for notice in notices))
        item = QTableWidgetItem("⚠ " + "; ".join(headings))
        item.setToolTip(as_html("\n\n".join(warning_lines(result))))
        self.table.setItem(row, _WARNINGS, item)

    def _set_row(self, row: int, cells: list[str], tooltip: str, error: str | None) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(as_html(error or tooltip))
            if column > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)


def warning_lines(result: object) -> list[str]:
    """A result's warnings as sentences, those that bear on the figure first (skipped files are counted apart)."""
    notices = getattr(result, "warnings", None) or []
    return [say(notice) for notice in information_last(notices) if notice.code != "skipped"]


def _finite(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else value


def _number(value: float | None, digits: str) -> str:
    value = _finite(value)
    return "—" if value is None else format(value, digits)
