"""The reference library: statistics of real sets saved once under a name, to compare against any time.

A reference is picked here for the real side, saved from a folder (computed in the
background with the current settings and the feature cache), or imported from a
pytorch-fid or TTUR ``.npz``. Those files do not say which mode made them, so the
person is asked; the core then refuses a comparison in another mode with a reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fidgui.core.base.comparison_types import ComparisonRequest, Notice, Progress, SideSummary
from fidgui.core.base.errors import FidguiError
from fidgui.core.run.sessions import SessionCache
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.stores.reference_library import ReferenceEntry, ReferenceLibrary
from fidgui.gui.widgets.retranslating import Retranslating
from fidgui.gui.jobs.background_job import FunctionJob
from fidgui.gui.jobs.comparison_worker import StatisticsWorker
from fidgui.gui.jobs.reference_save import save_unless_taken
from fidgui.gui.text import fill, say
from fidgui.gui.widgets.plain_text import as_html, sentence_label
from fidgui.gui.widgets.job_dialog import JobDialog
from fidgui.gui.widgets.reference_questions import ask_mode, ask_name
from fidgui.gui.widgets.reference_table import ReferenceTable

_PROBLEM_STYLE = "color: #c0392b;"


class ReferenceDialog(Retranslating, JobDialog):
    """Accepted with ``chosen`` set to the ReferenceEntry to use as the real side.

    ``fields`` are the settings panel's ComparisonRequest fields, so a reference is computed
    exactly as a comparison would read the folder; ``folder`` is the real folder chosen now.
    """

    def __init__(
        self, fields: dict[str, Any], use_cache: bool, folder: Path | None, parent: QWidget | None = None,
        sessions: SessionCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.fields = {**fields, "metrics": ("fid",)}  # a reference is mean and covariance, nothing per image
        self.use_cache, self.sessions = use_cache, sessions
        self.folder = folder if folder is not None and folder.is_dir() else None
        self.library = ReferenceLibrary()
        self.chosen: ReferenceEntry | None = None
        self._notices: list[Notice] = []
        self.setModal(True)
        self.resize(900, 460)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.table = ReferenceTable()
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
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = sentence_label()  # user-controlled text: never read as HTML
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
        self.table.show_entries(self.library.list_entries(), select)
        if self.library.notices:
            self._say(" ".join(say(notice) for notice in self.library.notices), problem=True)
        self._update_buttons()

    def entries(self) -> list[ReferenceEntry]:
        return self.table.entries()

    def selected_entry(self) -> ReferenceEntry | None:
        return self.table.selected_entry()

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
        name = ask_name(self, self.tr("Name of the new reference:"), suggestion)
        if name is None:
            return
        self._notices = []
        request = ComparisonRequest(real=folder, generated=folder, **self.fields)
        self._start(
            StatisticsWorker(request, self.use_cache, self.sessions), fill(self.tr("Reading %1…"), folder),
            progress=self._show_progress, notice=self._notices.append,
            succeeded=lambda value: self._computed(folder, name, *value),
            cancelled=lambda: self._say(self.tr("Stopped; no reference was saved.")),
        )

    def _start(self, job: Any, stage: str, **handlers: Any) -> None:
        """Run ``job`` with the dialog busy, ``stage`` saying what it does; any failure is said in the status line."""
        self.status.hide()
        self.stage.setText(stage)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.run.start(job, failed=lambda sentence: self._say(sentence, problem=True), ended=self._ended, **handlers)
        self._set_busy(True)

    @Slot()
    def import_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a statistics file to import"), str(Path.home()), self.tr("Saved statistics (*.npz)")
        )
        if not chosen:
            return
        path = Path(chosen)  # read, then imported, in the background: a large file takes a while
        header = FunctionJob(lambda: FeatureStatistics.load(path).mode)  # pytorch-fid's and TTUR's files say None
        reading = fill(self.tr("Reading %1…"), path)
        self._start(header, reading, succeeded=lambda mode: self._after_job(lambda: self._import_in_mode(path, mode)))

    def _import_in_mode(self, path: Path, mode: str | None) -> None:
        if mode is None:
            mode = ask_mode(self, path, self.fields["mode"])
            if mode is None:
                return
        name = ask_name(self, self.tr("Name of the imported reference:"), path.stem)
        if name is None:
            return
        job = FunctionJob(self.library.import_npz, path, name, mode)
        self._start(job, fill(self.tr("Reading %1…"), path), succeeded=self._imported)


    @Slot(object)
    def _imported(self, entry: ReferenceEntry) -> None:
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

    def _computed(self, folder: Path, name: str, statistics: FeatureStatistics, summary: SideSummary) -> None:
        self._after_job(lambda: self._save(folder, name, statistics, summary.n_images))

    def _save(self, folder: Path, name: str, statistics: FeatureStatistics, n_images: int) -> None:
        """Write the reference in the background: its covariance is 32 MB at 2048 features, so a slow or
        network disk would otherwise freeze the window; a name taken meanwhile is asked again."""

        def saved(outcome: ReferenceEntry | FidguiError) -> None:
            if isinstance(outcome, FidguiError):
                self._after_job(lambda: ask_again(outcome))
                return
            self.refresh(select=outcome.id)
            lines = [fill(self.tr("Saved “%1”: %2 images, %3 mode."), outcome.name, f"{n_images:,}", outcome.mode)]
            lines += [say(notice) for notice in self._notices if notice.code != "skipped"]
            self._say("\n".join(lines))

        def ask_again(refusal: FidguiError) -> None:
            asked = ask_name(self, fill(self.tr("%1\n\nType another name:"), say(refusal)), name)
            if asked is None:
                self._say(self.tr("The reference was not saved."), problem=True)
            else:
                self._save(folder, asked, statistics, n_images)

        job = FunctionJob(save_unless_taken, self.library, name, statistics, folder)
        self._start(job, fill(self.tr("Saving “%1”…"), name), succeeded=saved)

    @Slot()
    def _ended(self) -> None:
        self.progress.hide()
        self.stage.clear()
        self._set_busy(False)
        self._take_next_step()

    # Helpers ------------------------------------------------------------------------------------------------

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
        self.table.retranslate()
        self.use_button.setText(self.tr("&Use this reference"))
        if self.folder is not None:
            self.save_button.setText(fill(self.tr("&Save “%1” as a reference…"), self.folder.name))
        else:
            self.save_button.setText(self.tr("&Save a folder as a reference…"))
        self.import_button.setText(self.tr("&Import .npz…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.close_button.setText(self.tr("Cancel") if self.job is not None else self.tr("Close"))
