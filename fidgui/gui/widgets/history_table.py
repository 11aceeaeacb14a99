"""The history table's rows: what each column shows, what it sorts by, and what the filter searches.

Apart from the window so the window is about what a person does with the history; the texts
keep the history window's translation context.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRegularExpression, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from fidgui.gui.widgets.plain_text import as_html
from fidgui.core.stores.history import HistoryEntry
from fidgui.gui.text import fill, local_time, say
from fidgui.gui.widgets.result_text import format_fid
from fidgui.gui.widgets.sort_arrow import point_arrows_the_way_rows_run

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # what the filter looks in: the core's own search text
COLUMNS = ("date", "fid", "real", "generated", "images", "mode", "device", "standard")


def short_source(source: str, reference_names: Mapping[str, str]) -> str:
    """A folder's last two parts ("epoch10/samples"), or a saved reference's name; the table's tooltip has it all."""
    name = reference_names.get(source)
    if name is not None:
        return fill(QCoreApplication.translate("HistoryWindow", "Reference: %1"), name)
    path = Path(source)
    return str(Path(*path.parts[-2:])) if len(path.parts) > 3 else source


def every_word(text: str) -> QRegularExpression:
    """Matches a text holding each of the words in any order, as ``fidgui-cli history list --filter`` does."""
    lookaheads = "".join(f"(?=.*{QRegularExpression.escape(word)})" for word in text.split())
    options = (
        QRegularExpression.PatternOption.CaseInsensitiveOption
        | QRegularExpression.PatternOption.DotMatchesEverythingOption
    )
    return QRegularExpression(lookaheads, options)


def standard_text(entry: HistoryEntry) -> str:
    if entry.model_is_standard is None:
        return "—"
    return (
        QCoreApplication.translate("HistoryWindow", "Yes")
        if entry.model_is_standard
        else QCoreApplication.translate("HistoryWindow", "No")
    )


def history_row(entry: HistoryEntry, reference_names: Mapping[str, str]) -> list[QStandardItem]:
    """One entry's cells, in COLUMNS order; the first carries the entry itself and its search text."""
    sizes = (entry.n_real or 0, entry.n_generated or 0)
    standard = -1 if entry.model_is_standard is None else int(entry.model_is_standard)
    values: dict[str, tuple[str, object]] = {
        "date": (local_time(entry.created), entry.id),
        "fid": (format_fid(entry.fid), entry.fid if entry.fid is not None else float("inf")),
        "real": (short_source(entry.real_source, reference_names), entry.real_source.casefold()),
        "generated": (short_source(entry.generated_source, reference_names), entry.generated_source.casefold()),
        "images": (f"{sizes[0]:,} / {sizes[1]:,}", sizes[0] + sizes[1]),
        "mode": (entry.mode or "", entry.mode or ""),
        "device": (say(entry.described_device()), entry.device or ""),
        "standard": (standard_text(entry), standard),
    }
    full_texts = {"real": entry.real_source, "generated": entry.generated_source}
    items = []
    for column in COLUMNS:
        text, key = values[column]
        item = QStandardItem(text)
        item.setData(key, SORT_ROLE)
        item.setToolTip(as_html(full_texts.get(column, text)))
        if column in ("fid", "images"):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        items.append(item)
    items[0].setData(entry, ENTRY_ROLE)
    items[0].setData(entry.search_text(), SEARCH_ROLE)
    return items


def history_view(owner: QObject) -> tuple[QStandardItemModel, QSortFilterProxyModel, QTableView]:
    """The rows, the sorting and filtering proxy over them, and the table that shows the proxy."""
    rows = QStandardItemModel(0, len(COLUMNS), owner)
    proxy = QSortFilterProxyModel(owner)
    proxy.setSourceModel(rows)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterRole(SEARCH_ROLE)
    proxy.setFilterKeyColumn(0)
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    point_arrows_the_way_rows_run(table.horizontalHeader())
    return rows, proxy, table
