"""The one window: two sides, one Compare button, the progress while it runs, the answer after.

The window only presents and delegates: the folders are scanned by FolderScan, the
comparison runs in a ComparisonWorker thread, and the model is set up by the setup
dialog. It remembers the last folders and settings between sessions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fidgui.core.encoders import model_store
from fidgui.core.base.comparison_types import ComparisonRequest, ComparisonResult, Notice, Progress
from fidgui.core.base.errors import FidguiError
from fidgui.core.stores.history import History
from fidgui.core.report.document import result_to_dict
from fidgui.gui import language
from fidgui.gui.windows.about_dialog import AboutDialog
from fidgui.gui.app_settings import AppSettings
from fidgui.gui.jobs.cache_clearing import CacheClearJob, confirm_clearing
from fidgui.gui.windows.compare_many_window import CompareManyWindow
from fidgui.gui.jobs.comparison_worker import ComparisonWorker
from fidgui.gui.widgets.drop_zone import DropZone
from fidgui.gui.windows.history_window import HistoryWindow
from fidgui.gui.windows.model_setup_dialog import ModelSetupDialog
from fidgui.gui.windows.reference_dialog import ReferenceDialog
from fidgui.gui.widgets.result_view import ResultView
from fidgui.gui.widgets.settings_panel import SettingsPanel
from fidgui.gui.text import fill, say
from fidgui.gui.windows.views_window import ViewsWindow, should_keep_features

_MESSAGE_STYLE = "QFrame#Problem { border: 2px solid #c0392b; border-radius: 6px; }"
_SIDES = ("real", "generated")


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "…"
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else f"{seconds} s"


class SideProgress(QWidget):
    """One side's progress: a sentence and a bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)


class MainWindow(QMainWindow):
    """The comparison window; the signals let scripts and the smoke test follow a run."""

    comparisonFinished = Signal(object)
    comparisonFailed = Signal(str)
    comparisonCancelled = Signal()

    def __init__(self, remember: bool = True) -> None:
        """``remember=False`` starts from the defaults and leaves the saved settings alone (the smoke test)."""
        super().__init__()
        self.remember = remember
        self.settings = AppSettings()
        self.job: ComparisonWorker | None = None
        self.last_result: ComparisonResult | None = None
        self.last_error: str | None = None
        self.history_window: HistoryWindow | None = None
        self._progress_seen: dict[str, Progress] = {}
        self._notices: list[Notice] = []
        self._skipped_during_run = 0
        self._build()
        self._build_menus()
        if remember:
            self._restore()
        self.retranslate()

    # Building ---------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.real_zone = DropZone("real")
        self.generated_zone = DropZone("generated")
        for side, zone in zip(_SIDES, (self.real_zone, self.generated_zone)):
            zone.sourceChosen.connect(lambda path, side=side: self._remember_source(side, path))
        self.real_zone.referenceRequested.connect(self.choose_reference)
        zones = QHBoxLayout()
        zones.setSpacing(16)
        zones.addWidget(self.real_zone)
        zones.addWidget(self.generated_zone)

        self.settings_panel = SettingsPanel()

        self.compare_button = QPushButton()
        self.compare_button.setDefault(True)
        self.compare_button.setMinimumHeight(44)
        font = self.compare_button.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.compare_button.setFont(font)
        self.compare_button.setMinimumWidth(200)
        self.compare_button.clicked.connect(self.compare)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)

        self.problem = QFrame()
        self.problem.setObjectName("Problem")
        self.problem.setStyleSheet(_MESSAGE_STYLE)
        self.problem_text = QLabel()
        self.problem_text.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.problem_text.setWordWrap(True)
        self.problem_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.problem).addWidget(self.problem_text)
        self.problem.hide()

        self.progress_box = QWidget()
        self.side_progress = {side: SideProgress() for side in _SIDES}
        self.run_notes = QLabel()
        self.run_notes.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.run_notes.setWordWrap(True)
        progress_layout = QVBoxLayout(self.progress_box)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        for side in _SIDES:
            progress_layout.addWidget(self.side_progress[side])
        progress_layout.addWidget(self.run_notes)
        self.progress_box.hide()

        self.result_view = ResultView()
        self.result_view.message.connect(self._show_message)
        self.history_note = QLabel()  # why a result was not added to the history: a note, never a dialog
        self.history_note.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.history_note.setWordWrap(True)
        self.history_note.hide()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(14)
        layout.addLayout(zones)
        layout.addWidget(self.settings_panel)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.result_view, 1)
        layout.addWidget(self.history_note)
        layout.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.setCentralWidget(scroll)
        self.setMinimumSize(760, 560)
        self.resize(980, 820)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.choose_real_action = QAction(self, shortcut=QKeySequence.StandardKey.Open)
        self.choose_real_action.triggered.connect(self.real_zone.browse_folder)
        self.choose_generated_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+O"))
        self.choose_generated_action.triggered.connect(self.generated_zone.browse_folder)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.history_action = QAction(self, shortcut=QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        self.file_menu.addActions([self.choose_real_action, self.choose_generated_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.history_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.run_menu = self.menuBar().addMenu("")
        self.compare_action = QAction(self)
        self.compare_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.compare_action.triggered.connect(self.compare)
        self.cancel_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_Escape))
        self.cancel_action.triggered.connect(self.cancel)
        self.cancel_action.setEnabled(False)
        self.run_menu.addActions([self.compare_action, self.cancel_action])
        self.views_action = QAction(self, enabled=False)  # enabled by a result that kept per-image features
        self.views_action.triggered.connect(self.show_views)
        self.compare_many_action = QAction(self)
        self.compare_many_action.triggered.connect(self.show_compare_many)
        self.run_menu.addSeparator()
        self.run_menu.addActions([self.views_action, self.compare_many_action])
        self.views_window: ViewsWindow | None = None
        self.compare_many_window: CompareManyWindow | None = None

        self.model_menu = self.menuBar().addMenu("")
        self.setup_model_action = QAction(self)
        self.setup_model_action.triggered.connect(self.set_up_model)
        self.clear_cache_action = QAction(self)
        self.clear_cache_action.triggered.connect(self.clear_feature_cache)
        self.model_menu.addAction(self.setup_model_action)
        self.model_menu.addAction(self.clear_cache_action)

        self.language_menu = self.menuBar().addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in ((language.SYSTEM, ""), *language.LANGUAGES):
            action = QAction(name, self, checkable=True)
            action.triggered.connect(lambda checked=False, code=code: self.choose_language(code))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _restore(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.settings_panel.load(self.settings)
        for side, zone in zip(_SIDES, (self.real_zone, self.generated_zone)):
            path = self.settings.path(f"sources/{side}")
            if path is not None and path.exists():
                zone.set_source(path)
        choice = self.settings.text("language", language.SYSTEM)
        language.switcher().apply(choice)
        self.language_actions.get(choice, self.language_actions[language.SYSTEM]).setChecked(True)

    # What the person can do ------------------------------------------------------------------------------------

    def set_sources(self, real: Path, generated: Path) -> None:
        self.real_zone.set_source(real)
        self.generated_zone.set_source(generated)

    @Slot()
    def compare(self) -> None:
        """Check that everything is ready, set the model up first when needed, then start."""
        if self.job is not None:
            return
        for zone in (self.real_zone, self.generated_zone):
            if zone.source is None:
                self._show_problem(
                    self.tr("Choose the real images first: drop a folder on the left box, or click it.")
                    if zone.side == "real"
                    else self.tr("Choose the generated images first: drop a folder on the right box, or click it.")
                )
                return
        # Only whether a file is there: validating 95 MB here would freeze the window; the run checks it.
        if not any(path.is_file() for path in model_store.candidate_paths()):
            dialog = ModelSetupDialog(self)
            if dialog.exec() != ModelSetupDialog.DialogCode.Accepted:
                self._show_problem(
                    self.tr("No FID model is set up yet, so nothing was compared. Press Compare again to set it up.")
                )
                return
        prefix = None
        if self.settings_panel.save_statistics.isChecked():
            prefix = self._ask_statistics_prefix()
            if prefix is None:
                return
        self.start_comparison(save_stats_prefix=prefix)

    def start_comparison(self, model: Path | None = None, save_stats_prefix: Path | None = None) -> ComparisonWorker:
        """Start the run with the chosen sides and settings; the smoke test calls this directly."""
        assert self.real_zone.source is not None and self.generated_zone.source is not None
        counts = [zone.summary and zone.summary.n_images for zone in (self.real_zone, self.generated_zone)]
        request = ComparisonRequest(
            real=self.real_zone.source,
            generated=self.generated_zone.source,
            model=model,
            save_stats_prefix=save_stats_prefix,
            keep_features=should_keep_features(counts),
            **self.settings_panel.request_fields(),
        )
        self.views_action.setEnabled(False)
        self._save_settings()
        job = ComparisonWorker(request, use_cache=self.settings_panel.cache_wanted())
        job.progress.connect(self._on_progress)
        job.notice.connect(self._on_notice)
        job.succeeded.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        job.ended.connect(self._on_ended)
        self.job = job
        self.last_error = None
        self._progress_seen = {}
        self._notices = []
        self._skipped_during_run = 0
        self.problem.hide()
        self.history_note.hide()
        self.result_view.show_result(None)
        self._set_running(True)
        self.retranslate()
        job.start()
        return job

    @Slot()
    def cancel(self) -> None:
        if self.job is not None:
            self.job.request_stop()
            self.cancel_button.setEnabled(False)
            self._show_message(self.tr("Stopping after the current batch of images…"))

    @Slot()
    def set_up_model(self) -> None:
        dialog = ModelSetupDialog(self)
        if dialog.exec() == ModelSetupDialog.DialogCode.Accepted and dialog.installed is not None:
            self._show_message(self.tr("The model is set up; you can compare images now."))

    @Slot()
    def show_views(self) -> None:
        if self.last_result is not None and self.last_result.per_image:
            if self.views_window is not None:
                self.views_window.close()
            self.views_window = ViewsWindow(self.last_result, self)
            self.views_window.show()

    @Slot()
    def show_compare_many(self) -> None:
        if self.compare_many_window is None:
            self.compare_many_window = CompareManyWindow(self.settings_panel.request_fields, self)
        self.compare_many_window.show()
        self.compare_many_window.raise_()

    @Slot()
    def show_about(self) -> None:
        AboutDialog(self).exec()

    @Slot()
    def show_history(self) -> None:
        if self.history_window is None:
            self.history_window = HistoryWindow(self)
            self.history_window.resultOpened.connect(self._show_recorded_result)
        else:
            self.history_window.refresh()
        self.history_window.show()
        self.history_window.raise_()
        self.history_window.activateWindow()

    @Slot()
    def choose_reference(self) -> None:
        """The reference library; a reference picked there becomes the real side, in its own mode."""
        fields = self.settings_panel.request_fields()
        dialog = ReferenceDialog(fields, self.settings_panel.cache_wanted(), self.real_zone.source, self)
        if dialog.exec() != ReferenceDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        entry = dialog.chosen
        if entry.mode != fields["mode"]:
            self.settings_panel.mode.setCurrentIndex(self.settings_panel.mode.findData(entry.mode))
            sentence = self.tr("The compatibility mode is now %1, the mode of this reference.")
            self._show_message(fill(sentence, entry.mode))
        self.real_zone.choose(entry.path)

    @Slot()
    def clear_feature_cache(self) -> None:
        if self.job is not None or not confirm_clearing(self):
            return
        job = CacheClearJob()
        job.succeeded.connect(self._show_message)
        job.failed.connect(self._show_message)
        job.ended.connect(lambda: self.clear_cache_action.setEnabled(self.job is None))
        self.clear_cache_action.setEnabled(False)
        job.start()

    def choose_language(self, code: str) -> None:
        language.switcher().apply(code)
        if self.remember:
            self.settings.set_text("language", code)
        self.language_actions[code].setChecked(True)

    # The run, as it happens -----------------------------------------------------------------------------------

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        self._progress_seen[progress.side] = progress
        self._show_side_progress(progress.side)

    @Slot(object)
    def _on_notice(self, notice: Notice) -> None:
        if notice.code == "skipped":
            self._skipped_during_run += 1
        else:
            self._notices.append(notice)
        self._show_run_notes()

    @Slot(object)
    def _on_finished(self, result: ComparisonResult) -> None:
        self.last_result = result
        self.views_action.setEnabled(bool(result.per_image))
        self.result_view.show_result(result)
        self.settings_panel.show_device_used(result.device)
        message = fill(self.tr("Done: FID %1 in %2."), f"{result.fid:.2f}", _duration(result.seconds))
        cached = result.real.from_cache + result.generated.from_cache
        if cached:
            images = result.real.n_images + result.generated.n_images
            message += " " + fill(self.tr("%1 of the %2 images came from the feature cache."), cached, images)
        self._show_message(message)
        self._record(result)
        self.comparisonFinished.emit(result)

    def _record(self, result: ComparisonResult) -> None:
        """Add the result to the history; a failure is a note under the result, since the figure is safe on screen."""
        try:
            with History() as history:
                history.record(result_to_dict(result))
                problems = [say(notice) for notice in history.notices]
        except FidguiError as error:
            problems = [fill(self.tr("This result was not added to the history: %1"), say(error))]
        self.history_note.setText(" ".join(problems))
        self.history_note.setVisible(bool(problems))
        if self.history_window is not None:
            self.history_window.refresh()

    @Slot(object, object)
    def _show_recorded_result(self, result: ComparisonResult, recorded: tuple[str, str]) -> None:
        self.problem.hide()
        self.history_note.hide()
        self.result_view.show_result(result, recorded)
        self._show_message(fill(self.tr("Showing the comparison of %1 from the history."), recorded[0]))

    @Slot(str)
    def _on_failed(self, sentence: str) -> None:
        self.last_error = sentence
        self._show_problem(sentence)
        self.comparisonFailed.emit(sentence)

    @Slot()
    def _on_cancelled(self) -> None:
        self._show_message(self.tr("The comparison was stopped; nothing was saved. Press Compare to start again."))
        self.comparisonCancelled.emit()

    @Slot()
    def _on_ended(self) -> None:
        self.job = None
        self._set_running(False)

    def _show_side_progress(self, side: str) -> None:
        widget = self.side_progress[side]
        progress = self._progress_seen.get(side)
        name = self.tr("Real images") if side == "real" else self.tr("Generated images")
        if progress is None:
            widget.label.setText(fill(self.tr("%1: waiting"), name))
            widget.bar.setRange(0, 1)
            widget.bar.setValue(0)
            return
        if progress.stage == "loading model":
            widget.label.setText(fill(self.tr("%1: loading the model…"), name))
            widget.bar.setRange(0, 0)
            return
        if progress.stage == "metrics":
            steps = fill(self.tr("%1: computing the metrics (%2 of %3)"), name, progress.done, progress.total)
            widget.label.setText(steps)
            widget.bar.setRange(0, max(progress.total, 1))
            widget.bar.setValue(progress.done)
            return
        if progress.stage == "from cache":
            widget.label.setText(fill(self.tr("%1: %2 images, from the feature cache"), name, f"{progress.total:,}"))
            widget.bar.setRange(0, 1)
            widget.bar.setValue(1)
            return
        widget.bar.setRange(0, max(progress.total, 1))
        widget.bar.setValue(progress.done)
        widget.label.setText(
            fill(
                self.tr("%1: %2 of %3 · %4 images/s · about %5 left"),
                name,
                f"{progress.done:,}",
                f"{progress.total:,}",
                f"{progress.images_per_second:.1f}",
                _duration(progress.seconds_left),
            )
        )

    def _show_run_notes(self) -> None:
        lines = [say(notice) for notice in self._notices]
        if self._skipped_during_run:
            sentence = self.tr("Files skipped so far: %1 (listed with reasons in the result).")
            lines.append(fill(sentence, self._skipped_during_run))
        self.run_notes.setText("\n".join(lines))
        self.run_notes.setVisible(bool(lines))

    def _set_running(self, running: bool) -> None:
        self.compare_button.setEnabled(not running)
        self.compare_action.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.cancel_action.setEnabled(running)
        self.clear_cache_action.setEnabled(not running)
        self.progress_box.setVisible(running)
        for zone in (self.real_zone, self.generated_zone):
            zone.set_locked(running)
        self.settings_panel.setEnabled(not running)
        if running:
            for side in _SIDES:
                self._show_side_progress(side)
            self._show_run_notes()

    # Helpers ------------------------------------------------------------------------------------------------

    def _remember_source(self, side: str, path: Path) -> None:
        if self.remember:
            self.settings.set_path(f"sources/{side}", path)

    def _ask_statistics_prefix(self) -> Path | None:
        generated = self.generated_zone.source
        assert generated is not None
        suggestion = generated.parent / f"{generated.stem}_statistics"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the statistics as (“_real.npz” and “_generated.npz” are added)"),
            str(suggestion),
        )
        return Path(chosen).with_suffix("") if chosen else None

    def _show_problem(self, sentence: str) -> None:
        self.problem_text.setText(sentence)
        self.problem.show()

    @Slot(str)
    def _show_message(self, sentence: str) -> None:
        self.statusBar().showMessage(sentence, 15_000)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.statusBar().clearMessage()  # it was said in the previous language
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("fidgui: FID between two folders of images"))
        self.compare_button.setText(self.tr("&Compare"))
        self.compare_button.setToolTip(self.tr("Compute the FID of the two sides (Ctrl+Return)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        self.file_menu.setTitle(self.tr("&File"))
        self.choose_real_action.setText(self.tr("Choose &real images…"))
        self.choose_generated_action.setText(self.tr("Choose &generated images…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.history_action.setText(self.tr("Comparison &history…"))
        self.run_menu.setTitle(self.tr("&Run"))
        self.compare_action.setText(self.tr("&Compare"))
        self.cancel_action.setText(self.tr("C&ancel"))
        self.views_action.setText(ViewsWindow.menu_text())
        self.compare_many_action.setText(CompareManyWindow.menu_text())
        self.model_menu.setTitle(self.tr("&Model"))
        self.setup_model_action.setText(self.tr("&Set up the FID model…"))
        self.clear_cache_action.setText(self.tr("&Clear the feature cache…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[language.SYSTEM].setText(self.tr("Same as the system"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About fidgui"))
        if self.job is not None:
            for side in _SIDES:
                self._show_side_progress(side)
            self._show_run_notes()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop a running comparison and wait for it, so nothing is left half-written."""
        job = self.job
        if job is not None:
            job.abandon((job.progress, job.notice, job.succeeded, job.failed, job.cancelled, job.ended))
            self.job = None
        for zone in (self.real_zone, self.generated_zone):
            zone.stop_scan()
        self._save_settings()
        super().closeEvent(event)

    def _save_settings(self) -> None:
        if self.remember:
            self.settings_panel.save(self.settings)
            self.settings.set_geometry(self.saveGeometry())
            self.settings.sync()
