"""The reference library: statistics of real sets saved once under a name, to compare against any time.

A reference is picked here for the real side, saved from a folder (computed in the
background with the current settings and the feature cache), or imported from a
pytorch-fid or TTUR ``.npz``. Those files do not say which mode made them, so the
person is asked; the core then refuses a comparison in another mode with a reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fidgui.core.base.comparison_types import MODES, ComparisonRequest, Notice, Progress, SideSummary
from fidgui.core.base.errors import FidguiError
from fidgui.core.stores.reference_library import ReferenceEntry, ReferenceLibrary
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.gui.jobs.comparison_worker import StatisticsWorker
from fidgui.gui.text import fill, local_time, say
from fidgui.gui.widgets.plain_text import as_html

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("name", "images", "mode", "date", "source")
_PROBLEM_STYLE = "color: #c0392b;"
MAX_COLUMN_WIDTH = 240


def fit_columns(table: QTableView) -> None:
    """Columns as wide as their contents, but a long folder or device description never hides the others."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))


def reference_name(path: Path) -> str | None:
    """The library name of a reference's ``.npz``, or None for any other file or folder."""
    library = ReferenceLibrary()
    if path.parent != library.folder or path.suffix.lower() != ".npz":
        return None
    try:
        return library.find(path.stem).name
    except FidguiError:
        return None


class _SortableItem(QTableWidgetItem):
    """Sorts by the value kept under Qt.UserRole (a number or a date), not by the text shown."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        return (mine < theirs) if mine is not None and theirs is not None else super().__lt__(other)


class ReferenceDialog(QDialog):
    """Accepted with ``chosen`` set to the ReferenceEntry to use as the real side.

    ``fields`` are the settings panel's ComparisonRequest fields, so a reference is computed
    exactly as a comparison would read the folder; ``folder`` is the real folder chosen now.
    """

    def __init__(
        self, fields: dict[str, Any], use_cache: bool, folder: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.fields = {**fields, "metrics": ("fid",)}  # a reference is mean and covariance, nothing per image
        self.use_cache = use_cache
        self.folder = folder if folder is not None and folder.is_dir() else None
        self.library = ReferenceLibrary()
        self.chosen: ReferenceEntry | None = None
        self.job: StatisticsWorker | None = None
        self._pending: tuple[Path, str] | None = None  # the folder and name being computed
        self._notices: list[Notice] = []
        self.setModal(True)
        self.resize(900, 460)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(lambda _index: self.use_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.use_button = QPushButton()
        self.use_button.setDefault(True)
        self.use_button.clicked.connect(self.use_selected)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_folder)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_file)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.cancel_or_close)
        for button in (self.save_button, self.import_button, self.delete_button, self.close_button):
            button.setAutoDefault(False)
        self.stage = QLabel()
        self.stage.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        actions = QHBoxLayout()
        for button in (self.save_button, self.import_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.use_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.stage)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.retranslate()
        self.refresh()

    # The list -----------------------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """List the library again; ``select`` is the id of the reference to select afterwards."""
        entries = self.library.list_entries()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(entries))
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
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        fit_columns(self.table)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ENTRY_ROLE).id == select:
                self.table.selectRow(row)
        if self.library.notices:
            self._say(" ".join(say(notice) for notice in self.library.notices), problem=True)
        self._update_buttons()

    def entries(self) -> list[ReferenceEntry]:
        return [self.table.item(row, 0).data(ENTRY_ROLE) for row in range(self.table.rowCount())]

    def selected_entry(self) -> ReferenceEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(ENTRY_ROLE) if rows else None

    # What the person can do ---------------------------------------------------------------------------------

    @Slot()
    def use_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self.job is None:
            self.chosen = entry
            self.accept()

    @Slot()
    def save_folder(self) -> None:
        """Compute the statistics of the real folder (or one chosen now) and keep them under a name."""
        folder = self.folder
        if folder is None:
            title = self.tr("Choose the folder of real images")
            chosen = QFileDialog.getExistingDirectory(self, title, str(Path.home()))
            if not chosen:
                return
            folder = Path(chosen)
        suggestion = fill(self.tr("%1, %2 mode"), folder.name, self.fields["mode"])
        name = self._ask_name(self.tr("Name of the new reference:"), suggestion)
        if name is None:
            return
        job = StatisticsWorker(ComparisonRequest(real=folder, generated=folder, **self.fields), self.use_cache)
        job.progress.connect(self._show_progress)
        job.notice.connect(self._notices.append)
        job.succeeded.connect(self._computed)
        job.failed.connect(lambda sentence: self._say(sentence, problem=True))
        job.cancelled.connect(lambda: self._say(self.tr("Stopped; no reference was saved.")))
        job.ended.connect(self._ended)
        self.job = job
        self._pending = (folder, name)
        self._notices = []
        self.status.hide()
        self.stage.setText(fill(self.tr("Reading %1…"), folder))
        self.progress.setRange(0, 0)
        self.progress.show()
        self._set_busy(True)
        job.start()

    @Slot()
    def import_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a statistics file to import"), str(Path.home()), self.tr("Saved statistics (*.npz)")
        )
        if not chosen:
            return
        path = Path(chosen)
        try:
            mode = FeatureStatistics.load(path).mode  # fidgui's own files say; pytorch-fid's and TTUR's do not
        except FidguiError as error:
            self._say(say(error), problem=True)
            return
        if mode is None:
            mode = self._ask_mode(path)
            if mode is None:
                return
        name = self._ask_name(self.tr("Name of the imported reference:"), path.stem)
        if name is None:
            return
        try:
            entry = self.library.import_npz(path, name, mode=mode)
        except FidguiError as error:
            self._say(say(error), problem=True)
            return
        self.refresh(select=entry.id)
        self._say(fill(self.tr("Imported “%1” (%2 mode)."), entry.name, entry.mode))

    @Slot()
    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the reference"),
            as_html(fill(self.tr("Delete the reference “%1”? Its statistics file is removed too."), entry.name)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.library.delete(entry.id)
        except FidguiError as error:
            self._say(say(error), problem=True)
            return
        self.refresh()
        self._say(fill(self.tr("Deleted “%1”."), entry.name))

    @Slot()
    def cancel_or_close(self) -> None:
        if self.job is not None:
            self.job.request_stop()
            self.stage.setText(self.tr("Stopping…"))
        else:
            self.reject()

    def reject(self) -> None:
        """Esc and the close button stop a running computation first; nothing half-written remains."""
        job = self.job
        if job is not None:
            job.abandon((job.progress, job.notice, job.succeeded, job.failed, job.cancelled, job.ended))
            self._ended()
        super().reject()

    # The computation ----------------------------------------------------------------------------------------

    @Slot(object)
    def _show_progress(self, progress: Progress) -> None:
        if progress.stage == "loading model":
            self.stage.setText(self.tr("Loading the model…"))
            self.progress.setRange(0, 0)
            return
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        self.stage.setText(fill(self.tr("%1 of %2 images"), f"{progress.done:,}", f"{progress.total:,}"))

    @Slot(object)
    def _computed(self, value: tuple[FeatureStatistics, SideSummary]) -> None:
        statistics, summary = value
        assert self._pending is not None
        folder, name = self._pending
        while True:
            try:
                entry = self.library.save(name, statistics, source=folder)
                break
            except FidguiError as error:
                asked = self._ask_name(fill(self.tr("%1\n\nType another name:"), error), name)
                if asked is None:
                    self._say(self.tr("The reference was not saved."), problem=True)
                    return
                name = asked
        self.refresh(select=entry.id)
        lines = [fill(self.tr("Saved “%1”: %2 images, %3 mode."), entry.name, f"{summary.n_images:,}", entry.mode)]
        lines += [say(notice) for notice in self._notices if notice.code != "skipped"]
        self._say("\n".join(lines))

    @Slot()
    def _ended(self) -> None:
        self.job = None
        self._pending = None
        self.progress.hide()
        self.stage.clear()
        self._set_busy(False)

    # Helpers ------------------------------------------------------------------------------------------------

    def _ask_name(self, label: str, suggestion: str) -> str | None:
        name, accepted = QInputDialog.getText(self, self.tr("Reference name"), label, text=suggestion)
        return name.strip() if accepted and name.strip() else None

    def _ask_mode(self, path: Path) -> str | None:
        names = self._mode_names()
        current = list(MODES).index(self.fields["mode"]) if self.fields["mode"] in MODES else 0
        label = fill(
            self.tr(
                "Which program made %1? Files from pytorch-fid and TTUR do not say, and FIDs from different "
                "modes cannot be compared."
            ),
            path.name,
        )
        chosen, accepted = QInputDialog.getItem(
            self, self.tr("Mode of the statistics"), label, [names[mode] for mode in MODES], current, False
        )
        if not accepted:
            return None
        return next(mode for mode in MODES if names[mode] == chosen)

    def _mode_names(self) -> dict[str, str]:
        return {
            "pytorch-fid": self.tr("pytorch-fid (files made by pytorch-fid)"),
            "tensorflow": self.tr("TensorFlow (files made by the original TTUR code)"),
            "clean": self.tr("clean-fid (files made by clean-fid)"),
        }

    def _say(self, sentence: str, problem: bool = False) -> None:
        self.status.setText(sentence)
        self.status.setStyleSheet(_PROBLEM_STYLE if problem else "")
        self.status.show()

    @Slot()
    def _update_buttons(self) -> None:
        idle = self.job is None
        selected = self.selected_entry() is not None
        self.use_button.setEnabled(idle and selected)
        self.delete_button.setEnabled(idle and selected)
        self.save_button.setEnabled(idle)
        self.import_button.setEnabled(idle)

    def _set_busy(self, busy: bool) -> None:
        self._update_buttons()
        self.close_button.setText(self.tr("Cancel") if busy else self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reference library"))
        self.explanation.setText(
            fill(
                self.tr(
                    "A reference keeps the statistics of a set of real images, so they are read only once. New "
                    "references are computed with the current settings (%1 mode)."
                ),
                self.fields["mode"],
            )
        )
        headers = {
            "name": self.tr("Name"),
            "images": self.tr("Images"),
            "mode": self.tr("Mode"),
            "date": self.tr("Date"),
            "source": self.tr("Source"),
        }
        self.table.setHorizontalHeaderLabels([headers[name] for name in COLUMNS])
        self.use_button.setText(self.tr("&Use this reference"))
        if self.folder is not None:
            self.save_button.setText(fill(self.tr("&Save “%1” as a reference…"), self.folder.name))
        else:
            self.save_button.setText(self.tr("&Save a folder as a reference…"))
        self.import_button.setText(self.tr("&Import .npz…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.close_button.setText(self.tr("Cancel") if self.job is not None else self.tr("Close"))
