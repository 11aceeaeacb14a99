"""Many folders at once: one real folder against several generated ones, or every pair of several folders.

For choosing between checkpoints, prompts or settings: the table and the line charts put
their FIDs (and, when asked for, precision and recall) side by side; the heat map shows how
alike several folders are to each other.
The comparisons run in the core (``compare_many``) in a background job, with one shared
feature cache so the real folder is read once; a folder that fails is listed with its
sentence and the others go on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from fidgui.core.base.atomic_files import write_text_atomically
from fidgui.core.base.comparison_types import Notice, Progress
from fidgui.core.run.compare_many import FolderOutcome, PairwiseMatrix, matrix_to_csv, outcomes_to_csv
from fidgui.gui.widgets.retranslating import Retranslating
from fidgui.gui.jobs.compare_many_job import AGAINST_REAL, PAIRWISE, CompareManyJob
from fidgui.gui.jobs.job_owner import JobSlot
from fidgui.gui.text import fill, say
from fidgui.gui.widgets.charts import save_png
from fidgui.gui.widgets.compare_many_results import CompareManyResults
from fidgui.gui.widgets.file_saving import save_with_dialog
from fidgui.gui.widgets.many_folders_choice import ManyFoldersChoice
from fidgui.gui.widgets.many_progress import ManyRunStatus

__all__ = ["AGAINST_REAL", "PAIRWISE", "CompareManyWindow"]


class CompareManyWindow(Retranslating, QWidget):
    """``finished(outcomes or matrix)``, ``failedToRun(sentence)`` and ``cancelled`` let tests follow a run."""

    finished = Signal(object)
    failedToRun = Signal(str)
    cancelled = Signal()

    @staticmethod
    def menu_text() -> str:
        """The main window's menu entry, translated with this window's other texts."""
        return QCoreApplication.translate("CompareManyWindow", "Compare &many folders…")

    def __init__(
        self, request_fields: Callable[[], dict[str, Any]] | None = None, parent: QWidget | None = None
    ) -> None:
        """``request_fields`` gives the main window's settings (mode, device, ...) at the moment a run starts."""
        super().__init__(parent, Qt.WindowType.Window)
        self.request_fields = request_fields or dict
        self.run: JobSlot[CompareManyJob] = JobSlot()
        self.history_problems: list[str] = []  # why some results are not in the history (usually none)
        self.outcomes: list[FolderOutcome] | None = None
        self.matrix: PairwiseMatrix | None = None
        self.progress = ManyRunStatus()  # the lines and bar under the Start button: a run's progress, then outcome
        self._build()
        self.retranslate()
        self.resize(1080, 820)

    # Building ---------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.choice = ManyFoldersChoice()
        self.choice.modeChanged.connect(self.retranslate)
        self.against_real, self.pairwise, self.real_row = (
            self.choice.against_real, self.choice.pairwise, self.choice.real_row
        )
        self.folder_list = self.choice.folder_list
        self.kid_box, self.prdc_box = self.choice.kid_box, self.choice.prdc_box
        self.start_button, self.cancel_button = QPushButton(), QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        run_row = QHBoxLayout()
        run_row.addWidget(self.kid_box)
        run_row.addWidget(self.prdc_box)
        run_row.addStretch(1)
        run_row.addWidget(self.start_button)
        run_row.addWidget(self.cancel_button)

        self.progress_label, self.progress_bar = self.progress.label, self.progress.bar  # what tests look at
        self.errors = self.progress.errors

        self.results = CompareManyResults()
        self.table, self.heat_map = self.results.table, self.results.heat_map  # what scripts and tests look at
        self.line_chart, self.quality_chart = self.results.line_chart, self.results.quality_chart
        self.per_folder_tabs, self.charts = self.results.per_folder_tabs, self.results.charts

        self.png_button, self.csv_button = QPushButton(), QPushButton()
        self.png_button.clicked.connect(lambda: self.save_png())
        self.csv_button.clicked.connect(lambda: self.save_csv())
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.png_button)
        save_row.addWidget(self.csv_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addLayout(run_row)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.errors)
        layout.addWidget(self.results, 1)
        layout.addLayout(save_row)
        self._show_results()

    # What the person can do ----------------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self.choice.mode

    def set_mode(self, mode: str) -> None:
        self.choice.set_mode(mode)

    def set_real(self, folder: Path) -> None:
        self.choice.set_real(folder)

    def add_folders(self, folders: list[Path]) -> None:
        self.choice.add_folders(folders)

    @property
    def job(self) -> CompareManyJob | None:
        """The job running now, if any."""
        return self.run.job

    @Slot()
    def start(self) -> CompareManyJob | None:
        if self.run.busy:
            return None
        self.progress.words = (str, str)
        folders = self.folder_list.folders()
        real = self.choice.real()
        problem = None
        if self.mode == AGAINST_REAL and real is None:
            problem = self.tr("Choose the folder of real images first.")
        elif self.mode == AGAINST_REAL and not folders:
            problem = self.tr(
                "Add at least one folder of generated images: click “Add folder…” or drop folders on the list."
            )
        elif self.mode == PAIRWISE and len(folders) < 2:
            problem = self.tr("Add at least two folders to compare with each other.")
        if problem is not None:
            self.progress.show_problem(problem)
            return None
        fields = {**self.request_fields(), "metrics": self.choice.metrics()}
        self.outcomes, self.matrix, self.history_problems = None, None, []
        self.progress.restart()
        self._show_results()
        return self.run.start_run(
            CompareManyJob(self.mode, real, folders, fields),
            self._on_finished, self._on_failed, self._on_cancelled, self._set_running,
            step=self._on_step, progress=self._on_progress, history_problems=self.history_problems.extend,
            notice=self._on_notice,
        )

    @Slot()
    def cancel(self) -> None:
        self.run.stop(self.cancel_button, self.progress_label.setText)

    def save_png(self, path: Path | None = None) -> Path | None:
        """Save the chart shown now: the heat map, or whichever per-folder chart's tab is open."""
        chart, name = self.results.shown_chart()
        return self._save(path, name, self.tr("PNG images (*.png)"), lambda target: save_png(chart.image(), target))

    def save_csv(self, path: Path | None = None) -> Path | None:
        if self.matrix is not None:
            text = matrix_to_csv(self.matrix)
        elif self.outcomes is not None:
            text = outcomes_to_csv(self.outcomes)
        else:
            return None
        name = "fid_matrix.csv" if self.matrix is not None else "fid_per_folder.csv"
        return self._save(path, name, self.tr("CSV files (*.csv)"), lambda target: write_text_atomically(target, text))

    # The run, as it happens -----------------------------------------------------------------------------------

    @Slot(int, int, str, str)
    def _on_step(self, number: int, steps: int, first: str, second: str) -> None:
        self.progress.at_step(number, steps, first, second)

    @Slot(object)
    def _on_notice(self, notice: Notice) -> None:
        self.progress.at_notice(notice)

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        self.progress.at_progress(progress)

    @Slot(object)
    def _on_finished(self, value: list[FolderOutcome] | PairwiseMatrix) -> None:
        if isinstance(value, PairwiseMatrix):
            self.matrix = value
            failed = [outcome for outcome in value.outcomes if outcome.error is not None]
        else:
            self.outcomes = value
            failed = [outcome for outcome in value if outcome.error is not None]
        self._show_results()

        def problems() -> str:
            lines = [self.tr("Some comparisons could not be made:")] if failed else []
            lines += [f"{outcome.generated.name}: {say(outcome.error)}" for outcome in failed]
            if self.history_problems:
                sentence = self.tr("These results were not added to the history: %1")
                lines.append(fill(sentence, " ".join(self.history_problems)))
            return "\n".join(lines)

        self.progress.show_outcome(lambda: self.tr("Done."), problems)
        self.finished.emit(value)

    @Slot(str)
    def _on_failed(self, sentence: str) -> None:
        self.progress.show_problem(sentence)
        self.failedToRun.emit(sentence)

    @Slot()
    def _on_cancelled(self) -> None:
        self.progress.show_outcome(lambda: self.tr("Stopped; nothing was saved. Press Start to begin again."), str)
        self.cancelled.emit()

    # Showing ------------------------------------------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.choice.set_locked(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.progress.set_running(running)

    def _save(
        self, path: Path | None, default_name: str, file_filter: str, write: Callable[[Path], None]
    ) -> Path | None:
        folders = self.folder_list.folders()
        start = folders[0].parent / default_name if folders else Path(default_name)
        return save_with_dialog(self, path, start, file_filter, write, self.progress_label)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare many folders"))
        self.start_button.setText(self.tr("Start"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.png_button.setText(self.tr("Save PNG…"))
        self.png_button.setToolTip(
            self.tr("Saves the chart shown now as a PNG picture; to save the other chart, open its tab first.")
        )
        self.csv_button.setText(self.tr("Save CSV…"))
        self._show_results()
        if not self.run.busy:
            self.progress.reword()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop a running job and wait for it, so nothing is left half-written."""
        self.run.abandon()
        super().closeEvent(event)

    def _show_results(self) -> None:
        has_results = self.outcomes is not None or self.matrix is not None
        self.png_button.setEnabled(has_results)
        self.csv_button.setEnabled(has_results)
        self.results.show_results(self.outcomes, self.matrix)
