"""Many folders at once: one real folder against several generated ones, or every pair of several folders.

For choosing between checkpoints, prompts or settings: the table and the line charts put
their FIDs (and, when asked for, precision and recall) side by side; the heat map shows how alike several folders are to each other.
The comparisons run in the core (``compare_many``) in a background job, with one shared
feature cache so the real folder is read once; a folder that fails is listed with its
sentence and the others go on.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fidgui.core.base.atomic_files import write_text_atomically
from fidgui.core.run.compare_many import (
    FolderOutcome,
    PairwiseMatrix,
    compare_with_real,
    matrix_to_csv,
    outcomes_to_csv,
    pairwise_fid,
)
from fidgui.core.base.comparison_types import Progress
from fidgui.gui.jobs.background_job import BackgroundJob
from fidgui.gui.widgets.charts import GENERATED_COLOUR, KID_COLOUR, REAL_COLOUR, HeatMap, LineChart, LineSeries, save_png
from fidgui.gui.widgets.file_saving import save_with_dialog
from fidgui.gui.text import fill, say
from fidgui.gui.widgets.plain_text import as_html

AGAINST_REAL, PAIRWISE = "against_real", "pairwise"
_COLUMNS = 6  # folder, FID, KID, precision, recall, images


class CompareManyJob(BackgroundJob):
    """``step(number, steps, first, second)`` as each comparison starts; ``progress`` per batch within it."""

    step = Signal(int, int, str, str)
    progress = Signal(object)

    def __init__(self, mode: str, real: Path | None, folders: list[Path], request_fields: dict[str, Any]) -> None:
        super().__init__()
        self.mode, self.real, self.folders, self.request_fields = mode, real, folders, request_fields

    def _on_step(self, number: int, steps: int, first: Path, second: Path) -> None:
        self.step.emit(number, steps, str(first), str(second))

    def work(self) -> list[FolderOutcome] | PairwiseMatrix:
        callbacks: dict[str, Any] = {
            "on_progress": self.progress.emit, "should_stop": self.should_stop, "on_step": self._on_step,
        }
        if self.mode == PAIRWISE:
            return pairwise_fid(self.folders, self.request_fields, **callbacks)
        assert self.real is not None
        return compare_with_real(self.real, self.folders, self.request_fields, **callbacks)


class FolderList(QListWidget):
    """The folders to compare; folders dropped on it are added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def folders(self) -> list[Path]:
        return [Path(self.item(row).text()) for row in range(self.count())]

    def add_folder(self, folder: Path) -> None:
        if folder.is_dir() and folder not in self.folders():
            self.addItem(str(folder))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.add_folder(Path(url.toLocalFile()))
        event.acceptProposedAction()


class CompareManyWindow(QWidget):
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
        self.job: CompareManyJob | None = None
        self.outcomes: list[FolderOutcome] | None = None
        self.matrix: PairwiseMatrix | None = None
        self._step_text = ""
        self._build()
        self.retranslate()
        self.resize(1080, 820)

    # Building ---------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.against_real = QRadioButton()
        self.against_real.setChecked(True)
        self.pairwise = QRadioButton()
        self.against_real.toggled.connect(self._mode_changed)
        modes = QHBoxLayout()
        modes.addWidget(self.against_real)
        modes.addWidget(self.pairwise)
        modes.addStretch(1)

        self.real_label = QLabel()
        self.real_path = QLineEdit()
        self.real_path.setReadOnly(True)
        self.real_button = QPushButton()
        self.real_button.clicked.connect(self.browse_real)
        self.real_row = QWidget()
        real_layout = QHBoxLayout(self.real_row)
        real_layout.setContentsMargins(0, 0, 0, 0)
        real_layout.addWidget(self.real_label)
        real_layout.addWidget(self.real_path, 1)
        real_layout.addWidget(self.real_button)

        self.folders_label = QLabel()
        self.folder_list = FolderList()
        self.folder_list.setMaximumHeight(140)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.browse_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        folder_buttons = QVBoxLayout()
        folder_buttons.addWidget(self.add_button)
        folder_buttons.addWidget(self.remove_button)
        folder_buttons.addStretch(1)
        folders = QHBoxLayout()
        folders.addWidget(self.folder_list, 1)
        folders.addLayout(folder_buttons)

        self.kid_box, self.prdc_box = QCheckBox(), QCheckBox()
        self.kid_box.setChecked(True)
        self.prdc_box.setChecked(True)
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

        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.progress_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        self.errors = QLabel()
        self.errors.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.errors.setWordWrap(True)
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors.setStyleSheet("color: #b03a2e;")
        self.errors.hide()

        self.table = QTableWidget(0, _COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(_COLUMNS - 1, QHeaderView.ResizeMode.ResizeToContents)
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

        self.png_button, self.csv_button = QPushButton(), QPushButton()
        self.png_button.clicked.connect(lambda: self.save_png())
        self.csv_button.clicked.connect(lambda: self.save_csv())
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.png_button)
        save_row.addWidget(self.csv_button)

        layout = QVBoxLayout(self)
        layout.addLayout(modes)
        layout.addWidget(self.real_row)
        layout.addWidget(self.folders_label)
        layout.addLayout(folders)
        layout.addLayout(run_row)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.errors)
        layout.addWidget(splitter, 1)
        layout.addLayout(save_row)
        self._show_results()

    # What the person can do ----------------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return AGAINST_REAL if self.against_real.isChecked() else PAIRWISE

    def set_mode(self, mode: str) -> None:
        (self.against_real if mode == AGAINST_REAL else self.pairwise).setChecked(True)

    def set_real(self, folder: Path) -> None:
        self.real_path.setText(str(folder))

    def add_folders(self, folders: list[Path]) -> None:
        for folder in folders:
            self.folder_list.add_folder(Path(folder))

    @Slot()
    def browse_real(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder of real images"))
        if chosen:
            self.set_real(Path(chosen))

    @Slot()
    def browse_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of images"))
        if chosen:
            self.folder_list.add_folder(Path(chosen))

    @Slot()
    def remove_selected(self) -> None:
        for item in self.folder_list.selectedItems():
            self.folder_list.takeItem(self.folder_list.row(item))

    @Slot()
    def start(self) -> CompareManyJob | None:
        if self.job is not None:
            return None
        folders = self.folder_list.folders()
        real = Path(self.real_path.text()) if self.real_path.text() else None
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
            self._show_problem(problem)
            return None
        fields = dict(self.request_fields())
        fields.pop("metrics", None)
        metrics = ["fid"]
        if self.mode == AGAINST_REAL:
            metrics += ["kid"] * self.kid_box.isChecked() + ["prdc"] * self.prdc_box.isChecked()
        fields["metrics"] = tuple(metrics)
        job = CompareManyJob(self.mode, real, folders, fields)
        job.step.connect(self._on_step)
        job.progress.connect(self._on_progress)
        job.succeeded.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        job.ended.connect(self._on_ended)
        self.job = job
        self.outcomes, self.matrix = None, None
        self.errors.hide()
        self._set_running(True)
        self._show_results()
        job.start()
        return job

    @Slot()
    def cancel(self) -> None:
        if self.job is not None:
            self.job.request_stop()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping after the current batch of images…"))

    def save_png(self, path: Path | None = None) -> Path | None:
        """Save the chart shown now: the heat map, or whichever per-folder chart's tab is open."""
        if self.matrix is not None:
            chart, name = self.heat_map, "fid_matrix.png"
        elif self.per_folder_tabs.currentWidget() is self.quality_chart:
            chart, name = self.quality_chart, "precision_recall_per_folder.png"
        else:
            chart, name = self.line_chart, "fid_per_folder.png"
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
        self.progress_bar.setRange(0, steps)
        self.progress_bar.setValue(number)
        self._step_text = fill(
            self.tr("Comparison %1 of %2: %3 and %4"), number + 1, steps, Path(first).name, Path(second).name
        )
        self.progress_label.setText(self._step_text)

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        if progress.stage == "metrics":  # counts metrics, not images: the step line already says what runs
            return
        side = self.tr("first folder") if progress.side == "real" else self.tr("second folder")
        detail = fill(self.tr("%1: %2 of %3 images"), side, f"{progress.done:,}", f"{progress.total:,}")
        self.progress_label.setText(f"{self._step_text} · {detail}")

    @Slot(object)
    def _on_finished(self, value: list[FolderOutcome] | PairwiseMatrix) -> None:
        if isinstance(value, PairwiseMatrix):
            self.matrix = value
            failed = [outcome for outcome in value.outcomes if outcome.error is not None]
        else:
            self.outcomes = value
            failed = [outcome for outcome in value if outcome.error is not None]
        self._show_results()
        if failed:
            lines = [f"{outcome.generated.name}: {say(outcome.error)}" for outcome in failed]
            self.errors.setText("\n".join([self.tr("Some comparisons could not be made:"), *lines]))
            self.errors.show()
        self.progress_label.setText(self.tr("Done."))
        self.finished.emit(value)

    @Slot(str)
    def _on_failed(self, sentence: str) -> None:
        self._show_problem(sentence)
        self.failedToRun.emit(sentence)

    @Slot()
    def _on_cancelled(self) -> None:
        self.progress_label.setText(self.tr("Stopped; nothing was saved. Press Start to begin again."))
        self.cancelled.emit()

    @Slot()
    def _on_ended(self) -> None:
        self.job = None
        self._set_running(False)

    # Showing ------------------------------------------------------------------------------------------------

    def _show_problem(self, sentence: str) -> None:
        self.errors.setText(sentence)
        self.errors.show()

    def _set_running(self, running: bool) -> None:
        for widget in (self.start_button, self.against_real, self.pairwise, self.real_button, self.add_button,
                       self.remove_button, self.kid_box, self.prdc_box, self.folder_list):
            widget.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.progress_bar.setVisible(running)
        if running:
            self.progress_label.setText(self.tr("Starting…"))

    @Slot()
    def _mode_changed(self) -> None:
        self.real_row.setVisible(self.mode == AGAINST_REAL)
        self.kid_box.setVisible(self.mode == AGAINST_REAL)
        self.prdc_box.setVisible(self.mode == AGAINST_REAL)
        self.retranslate()

    def _show_results(self) -> None:
        self.charts.setCurrentWidget(self.heat_map if self.matrix is not None else self.per_folder_tabs)
        has_results = self.outcomes is not None or self.matrix is not None
        self.png_button.setEnabled(has_results)
        self.csv_button.setEnabled(has_results)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Folder"), "FID", "KID", self.tr("Precision"), self.tr("Recall"), self.tr("Images")]
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
        results = [outcome.result for outcome in outcomes]
        kid_values = [r.kid_mean if r is not None else None for r in results]
        series = [LineSeries("FID", GENERATED_COLOUR, [r.fid if r is not None else None for r in results])]
        if any(value is not None for value in kid_values):
            series.append(LineSeries("KID", KID_COLOUR, kid_values, right_axis=True))
        self.line_chart.set_data(
            [outcome.generated.name for outcome in outcomes],
            series,
            self.tr("FID per folder (lower is closer to the real images)"),
            "FID",
            "KID" if len(series) > 1 else "",
        )
        self._show_quality(outcomes)

    def _show_quality(self, outcomes: list[FolderOutcome]) -> None:
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
        self.heat_map.set_matrix(
            [folder.name for folder in matrix.folders], matrix.fid, self.tr("FID between every two folders")
        )

    def _set_row(self, row: int, cells: list[str], tooltip: str, error: str | None) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(as_html(error or tooltip))
            if column > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def _save(
        self, path: Path | None, default_name: str, file_filter: str, write: Callable[[Path], None]
    ) -> Path | None:
        folders = self.folder_list.folders()
        start = folders[0].parent / default_name if folders else Path(default_name)
        return save_with_dialog(self, path, start, file_filter, write, self.progress_label)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare many folders"))
        self.against_real.setText(self.tr("One real folder against several generated folders"))
        self.pairwise.setText(self.tr("Every pair of several folders"))
        self.real_label.setText(self.tr("Real images:"))
        self.real_button.setText(self.tr("Choose…"))
        self.folders_label.setText(
            self.tr("Generated folders (drop folders here or add them):")
            if self.mode == AGAINST_REAL
            else self.tr("Folders to compare with each other (drop folders here or add them):")
        )
        self.add_button.setText(self.tr("Add folder…"))
        self.remove_button.setText(self.tr("Remove"))
        self.kid_box.setText(self.tr("KID (Kernel Inception Distance)"))
        self.prdc_box.setText(self.tr("Precision and recall (needs more than 5 images a folder)"))
        self.start_button.setText(self.tr("Start"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.png_button.setText(self.tr("Save PNG…"))
        self.png_button.setToolTip(
            self.tr("Saves the chart shown now as a PNG picture; to save the other chart, open its tab first.")
        )
        self.per_folder_tabs.setTabText(0, self.tr("FID and KID"))
        self.per_folder_tabs.setTabText(1, self.tr("Precision and recall"))
        self.csv_button.setText(self.tr("Save CSV…"))
        self._show_results()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop a running job and wait for it, so nothing is left half-written."""
        job = self.job
        if job is not None:
            job.abandon((job.step, job.progress, job.succeeded, job.failed, job.cancelled, job.ended))
            self.job = None
        super().closeEvent(event)


def _finite(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else value


def _number(value: float | None, digits: str) -> str:
    value = _finite(value)
    return "—" if value is None else format(value, digits)
