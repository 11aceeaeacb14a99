"""Past comparisons in a table: find one again, reopen it in the window, export or forget it.

The history itself lives in the core (an SQLite file in the data folder); this window
opens it for each action and closes it again, so a command line recording at the same
time is never locked out. Reopening shows the stored result document exactly as it was
recorded: the figures are not recomputed, and the view says when and by which fidgui
version they were.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fidgui.core.base.comparison_types import ComparisonResult
from fidgui.core.base.errors import Message, as_message
from fidgui.core.stores.history import HistoryEntry
from fidgui.gui.jobs.background_job import FunctionJob
from fidgui.gui.jobs.history_reading import (
    HistoryListing,
    delete_entries,
    export_entries,
    read_history,
    read_result,
)
from fidgui.gui.jobs.job_owner import JobGroup
from fidgui.gui.text import fill, local_time, say
from fidgui.gui.widgets.history_table import COLUMNS, ENTRY_ROLE, every_word, history_row, history_view
from fidgui.gui.widgets.table_columns import fit_columns

_PROBLEM_STYLE = "color: #c0392b;"


class HistoryWindow(QDialog):
    """Emits ``resultOpened(ComparisonResult, (date, fidgui version))`` when a past comparison is reopened."""

    resultOpened = Signal(object, object)
    refreshed = Signal()  # the table shows the history as it was just read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []
        self.jobs = JobGroup()
        self._reading = False
        self._read_again = False
        self._listing = HistoryListing([])
        self._problem_after_read: str | None = None
        self.resize(1100, 520)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.rows, self.proxy, self.table = history_view(self)
        self.table.activated.connect(self._open_index)  # a double click, or Enter
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.delete_action = QAction(self.table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.status.setWordWrap(True)
        self.status.setStyleSheet(_PROBLEM_STYLE)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_shown)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.close_button.setAutoDefault(False)
        for button in (self.open_button, self.export_button, self.delete_button):
            button.setAutoDefault(False)  # Enter in the table opens the row, not a button
        top = QHBoxLayout()
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.export_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.retranslate()
        self.refresh()
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        fit_columns(self.table)

    # Reading and showing ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the history again in the background (after a new comparison, or a change by another fidgui)."""
        if self._reading:
            self._read_again = True  # one more read once this one is in, so the table ends up current
            return
        self._reading = True
        self.jobs.start(
            FunctionJob(read_history), succeeded=self._show_listing, failed=self._reading_failed,
            ended=self._read_ended,
        )

    @property
    def busy(self) -> bool:
        """Whether a read, reopening or deletion is still under way."""
        return self.jobs.busy

    @Slot(object)
    def _show_listing(self, listing: HistoryListing) -> None:
        self._listing = listing
        self._fill([say(as_message(notice)) for notice in listing.notices])

    @Slot(str)
    def _reading_failed(self, sentence: str) -> None:
        self._listing = HistoryListing([])
        self._problem_after_read: str | None = None
        self._fill([sentence])

    def _read_ended(self) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh()
        else:
            self.refreshed.emit()

    def _fill(self, notices: list[str]) -> None:
        self.entries = self._listing.entries
        if self._problem_after_read is not None:
            notices, self._problem_after_read = [*notices, self._problem_after_read], None
        self._set_problem(" ".join(notices) or None)
        self.rows.removeRows(0, self.rows.rowCount())
        for entry in self.entries:
            self.rows.appendRow(history_row(entry, self._listing.reference_names))
        fit_columns(self.table)  # to the rows just read: "1317.92" whole, not "131…"
        self._update_count()
        self._update_buttons()

    def shown_entries(self) -> list[HistoryEntry]:
        """The entries the filter lets through, in the order the table shows them."""
        return [self.proxy.index(row, 0).data(ENTRY_ROLE) for row in range(self.proxy.rowCount())]

    def selected_entries(self) -> list[HistoryEntry]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(row, 0).data(ENTRY_ROLE) for row in rows]

    # What the person can do -------------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        self.open_entry(self.proxy.index(index.row(), 0).data(ENTRY_ROLE))

    @Slot()
    def open_selected(self) -> None:
        selected = self.selected_entries()
        if selected:
            self.open_entry(selected[0])

    def open_entry(self, entry: HistoryEntry) -> None:
        recorded = (local_time(entry.created), entry.fidgui_version or "?")

        def opened(result: ComparisonResult) -> None:
            self.resultOpened.emit(result, recorded)

        self.jobs.start(FunctionJob(read_result, entry.id), succeeded=opened, failed=self._set_problem)

    @Slot()
    def export_shown(self) -> None:
        entries = self.shown_entries()
        if not entries:
            self._set_problem(self.tr("No comparisons are shown, so there is nothing to export; clear the filter."))
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the shown comparisons as CSV"), str(Path.home() / "fidgui_history.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not chosen:
            return

        def written(refusal: str | None) -> None:
            if refusal is not None:
                self._export_failed(refusal)
                return
            self._set_problem(None)
            self.count.setText(fill(self.tr("%1 comparisons exported to %2."), len(entries), chosen))

        job = FunctionJob(export_entries, entries, Path(chosen))
        self.jobs.start(job, succeeded=written, failed=self._export_failed)

    def _export_failed(self, reason: str) -> None:
        sentence = self.tr("The file could not be saved (%1). Choose another folder and try again.")
        self._set_problem(fill(sentence, reason))

    @Slot()
    def delete_selected(self) -> None:
        entries = self.selected_entries()
        if not entries:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete from the history"),
            fill(
                self.tr("Delete %1 comparisons from the history? Their results cannot be reopened afterwards."),
                len(entries),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.jobs.start(
            FunctionJob(delete_entries, [entry.id for entry in entries]), failed=self._deletion_failed,
            ended=self.refresh,
        )

    @Slot(str)
    def _deletion_failed(self, sentence: str) -> None:
        self._problem_after_read = sentence  # shown once the table is read again, which shows what remains

    # Helpers ------------------------------------------------------------------------------------------------

    @Slot(str)
    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterRegularExpression(every_word(text))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), len(self.entries)
        if total == 0:
            self.count.setText(self.tr("No comparisons recorded yet."))
        elif shown == total:
            self.count.setText(say(Message("gui_history_count", count=total)))
        else:
            self.count.setText(say(Message("gui_history_count_shown", shown=shown, total=total)))

    @Slot()
    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.open_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.export_button.setEnabled(self.proxy.rowCount() > 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.jobs.abandon()
        self._reading = self._read_again = False
        super().closeEvent(event)

    def _set_problem(self, sentence: str | None) -> None:
        self.status.setText(sentence or "")
        self.status.setVisible(sentence is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill([])  # the cells name references and say Yes or No in the new language
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Comparison history"))
        self.filter_label.setText(self.tr("&Filter:"))
        self.filter.setPlaceholderText(self.tr("Words from a folder, the mode, the device or the date"))
        headers = {
            "date": self.tr("Date"),
            "fid": self.tr("FID"),
            "real": self.tr("Real images"),
            "generated": self.tr("Generated images"),
            "images": self.tr("Images (real / generated)"),
            "mode": self.tr("Mode"),
            "device": self.tr("Device"),
            "standard": self.tr("Standard model"),
        }
        self.rows.setHorizontalHeaderLabels([headers[column] for column in COLUMNS])
        self.table.setToolTip(self.tr("Double-click a comparison, or press Enter, to show it in the main window."))
        self.open_button.setText(self.tr("&Open in the window"))
        self.export_button.setText(self.tr("&Export CSV…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_action.setText(self.tr("&Delete"))
        self.close_button.setText(self.tr("Close"))
        self._update_count()
