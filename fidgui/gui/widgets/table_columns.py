"""Column widths for the history and reference tables: fitted to their contents, never wider than a limit."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

MAX_COLUMN_WIDTH = 240


def fit_columns(table: QTableView) -> None:
    """Columns as wide as their contents, but a long folder or device description never hides the others."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))
