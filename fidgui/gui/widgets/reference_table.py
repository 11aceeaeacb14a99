"""The reference library's table: one row per saved reference, sortable by number and date, not by text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from fidgui.core.stores.reference_library import ReferenceEntry
from fidgui.gui.text import local_time
from fidgui.gui.widgets.plain_text import as_html
from fidgui.gui.widgets.table_columns import fit_columns

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("name", "images", "mode", "date", "source")


class _SortableItem(QTableWidgetItem):
    """Sorts by the value kept under Qt.UserRole (a number or a date), not by the text shown."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        return (mine < theirs) if mine is not None and theirs is not None else super().__lt__(other)


class ReferenceTable(QTableWidget):
    """Shows ReferenceEntry rows; one can be selected at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.setSortingEnabled(True)

    def show_entries(self, entries: list[ReferenceEntry], select: str | None = None) -> None:
        """Replace the rows; ``select`` is the id of the reference to select afterwards."""
        self.setSortingEnabled(False)
        self.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            texts = {
                "name": (entry.name, entry.name.casefold()),
                "images": ("?" if entry.n is None else f"{entry.n:,}", -1 if entry.n is None else entry.n),
                "mode": (entry.mode, entry.mode),
                "date": (local_time(entry.created), entry.created),
                "source": (entry.source, entry.source.casefold()),
            }
            for column, name in enumerate(COLUMNS):
                text, key = texts[name]
                item = _SortableItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setData(ENTRY_ROLE, entry)
                item.setToolTip(as_html(text))
                self.setItem(row, column, item)
        self.setSortingEnabled(True)
        fit_columns(self)
        for row in range(self.rowCount()):
            if self.item(row, 0).data(ENTRY_ROLE).id == select:
                self.selectRow(row)

    def retranslate(self) -> None:
        """The headers, in the reference dialog's translation context."""
        headers = {
            "name": QCoreApplication.translate("ReferenceDialog", "Name"),
            "images": QCoreApplication.translate("ReferenceDialog", "Images"),
            "mode": QCoreApplication.translate("ReferenceDialog", "Mode"),
            "date": QCoreApplication.translate("ReferenceDialog", "Date"),
            "source": QCoreApplication.translate("ReferenceDialog", "Source"),
        }
        self.setHorizontalHeaderLabels([headers[name] for name in COLUMNS])

    def entries(self) -> list[ReferenceEntry]:
        return [self.item(row, 0).data(ENTRY_ROLE) for row in range(self.rowCount())]

    def selected_entry(self) -> ReferenceEntry | None:
        rows = self.selectionModel().selectedRows()
        return self.item(rows[0].row(), 0).data(ENTRY_ROLE) if rows else None
