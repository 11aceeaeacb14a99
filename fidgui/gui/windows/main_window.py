"""The one window: two sides, one Compare button, the progress while it runs, the answer after.

The window only presents and delegates: the folders are scanned by FolderScan, the
comparison runs in a ComparisonWorker thread, and the model is set up by the setup
dialog. It remembers the last folders and settings between sessions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow

from fidgui.core.base.comparison_types import ComparisonRequest, ComparisonResult
from fidgui.core.base.errors import as_message
from fidgui.core.encoders import model_store
from fidgui.core.run.recording import record_comparison
from fidgui.core.run.sessions import SessionCache
from fidgui.gui import language
from fidgui.gui.app_settings import AppSettings
from fidgui.gui.jobs.background_job import BackgroundJob, FunctionJob
from fidgui.gui.jobs.cache_clearing import CacheClearJob, ask_to_clear, cache_size
from fidgui.gui.jobs.comparison_worker import ComparisonWorker
from fidgui.gui.jobs.job_owner import JobGroup, JobSlot
from fidgui.gui.jobs.views_jobs import should_keep_features
from fidgui.gui.text import fill, say
from fidgui.gui.widgets.result_text import format_fid
from fidgui.gui.widgets.model_state import attach_model_state
from fidgui.gui.widgets.run_progress import duration
from fidgui.gui.windows import window_memory
from fidgui.gui.windows.companion_windows import CompanionWindows
from fidgui.gui.windows.compare_many_window import CompareManyWindow
from fidgui.gui.windows.history_window import HistoryWindow
from fidgui.gui.windows.main_layout import build_main_layout
from fidgui.gui.windows.main_menus import MainMenus
from fidgui.gui.windows.model_setup_dialog import ModelSetupDialog
from fidgui.gui.windows.result_freshness import ResultFreshness
from fidgui.gui.windows.views_window import ViewsWindow

class MainWindow(CompanionWindows, QMainWindow):
    """The comparison window; the signals let scripts and the smoke test follow a run."""

    comparisonFinished = Signal(object)
    comparisonFailed = Signal(str)
    comparisonCancelled = Signal()
    resultRecorded = Signal()  # the history has the last result (or the note says why not)

    def __init__(self, remember: bool = True) -> None:
        """``remember=False`` starts from the defaults and leaves the saved settings alone (the smoke test)."""
        super().__init__()
        self.remember = remember
        self.settings = AppSettings()
        self.run: JobSlot[ComparisonWorker] = JobSlot()
        self.side_jobs = JobGroup()  # recording the result: short, and never on this thread
        self.cache_jobs = JobGroup()  # measuring, then clearing, the feature cache
        self.sessions = SessionCache()  # the network stays loaded between runs while the window lives
        self.last_result: ComparisonResult | None = None
        self.last_error: str | None = None
        self._waiting_for: str | None = None  # the side a "choose ... first" hint asked for
        self.history_window: HistoryWindow | None = None
        self.views_window: ViewsWindow | None = None
        self.compare_many_window: CompareManyWindow | None = None
        build_main_layout(self)
        self.freshness = ResultFreshness(self)  # marks a shown result as old once the inputs change
        self.menus = MainMenus(self)
        self.views_action, self.clear_cache_action = self.menus.views_action, self.menus.clear_cache_action
        self.compare_action, self.cancel_action = self.menus.compare_action, self.menus.cancel_action
        self.compare_many_action, self.language_actions = self.menus.compare_many_action, self.menus.language_actions
        self.model_state = attach_model_state(self)  # the model's state from the start, and in the Model menu
        if remember:
            window_memory.restore(self, self.settings)
        self.retranslate()

    @property
    def job(self) -> ComparisonWorker | None:
        """The comparison running now, if any."""
        return self.run.job

    # What the person can do ------------------------------------------------------------------------------------

    def set_sources(self, real: Path, generated: Path) -> None:
        self.real_zone.set_source(real)
        self.generated_zone.set_source(generated)

    @Slot()
    def compare(self) -> None:
        """Check that everything is ready, set the model up first when needed, then start."""
        if self.run.busy:
            return
        for zone in (self.real_zone, self.generated_zone):
            if zone.source is None:
                self._show_problem(
                    self.tr("Choose the real images first: drop a folder on the left box, or click it.")
                    if zone.side == "real"
                    else self.tr("Choose the generated images first: drop a folder on the right box, or click it."),
                    waiting_for=zone.side,  # the hint goes as soon as that side is chosen
                )
                return
        # Only whether a file is there: validating 95 MB here would freeze the window; the run checks it.
        if not any(path.is_file() for path in model_store.candidate_paths()):
            dialog = ModelSetupDialog(self)
            accepted = dialog.exec() == ModelSetupDialog.DialogCode.Accepted
            self.model_state.refresh()
            if not accepted:
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
        real, generated = self.real_zone.side_input(), self.generated_zone.side_input()
        assert real is not None and generated is not None
        counts = [zone.summary and zone.summary.n_images for zone in (self.real_zone, self.generated_zone)]
        request = ComparisonRequest(
            real=real,
            generated=generated,
            model=model,
            save_stats_prefix=save_stats_prefix,
            keep_features=should_keep_features(counts),
            **self.settings_panel.request_fields(),
        )
        self.views_action.setEnabled(False)
        self._save_settings()
        self.last_error = None
        self.problem.hide()
        self.history_note.hide()
        self.result_view.show_result(None)
        self.freshness.current()
        self.progress_box.begin()
        job = self.run.start_run(
            ComparisonWorker(request, use_cache=self.settings_panel.cache_wanted(), sessions=self.sessions),
            self._on_finished, self._on_failed, self._on_cancelled, self._set_running,
            progress=self.progress_box.add_progress, notice=self.progress_box.add_notice,
        )
        self.retranslate()
        return job

    @Slot()
    def cancel(self) -> None:
        self.run.stop(self.cancel_button, self._show_message)

    @Slot()
    def clear_feature_cache(self) -> None:
        """Measure the cache in the background (a large one takes a while to check), ask, then clear it there too."""
        if self.run.busy or self.cache_jobs.busy:
            return
        self._start_cache_job(FunctionJob(cache_size), self._clear_if_wanted)

    @Slot(object)
    def _clear_if_wanted(self, size: int) -> None:
        if self.run.busy or not ask_to_clear(self, size):
            return
        self._start_cache_job(CacheClearJob(), self._show_message)

    def _start_cache_job(self, job: BackgroundJob, succeeded: Callable[..., None]) -> None:
        """The menu entry is off while a cache job runs; each job's end turns it on again once none runs."""
        self.cache_jobs.start(job, succeeded=succeeded, failed=self._show_message, ended=self._cache_job_ended)
        self._cache_job_ended()

    def _cache_job_ended(self) -> None:
        self.clear_cache_action.setEnabled(not self.run.busy and not self.cache_jobs.busy)

    def choose_language(self, code: str) -> None:
        language.switcher().apply(code)
        if self.remember:
            window_memory.remember_language(self.settings, code)
        self.language_actions[code].setChecked(True)

    # The run, as it happens -----------------------------------------------------------------------------------

    @Slot(object)
    def _on_finished(self, result: ComparisonResult) -> None:
        self.last_result = result
        self.views_action.setEnabled(bool(result.per_image))
        self.result_view.show_result(result)
        self.settings_panel.show_device_used(result.described_device())
        message = fill(self.tr("Done: FID %1 in %2."), format_fid(result.fid), duration(result.seconds))
        cached = result.real.from_cache + result.generated.from_cache
        if cached:
            images = result.real.n_images + result.generated.n_images
            message += " " + fill(self.tr("%1 of the %2 images came from the feature cache."), cached, images)
        self._show_message(message)
        self._record(result)
        self.comparisonFinished.emit(result)

    def _record(self, result: ComparisonResult) -> None:
        """Add the result to the history in the background; a failure is a note under the result, never a dialog."""
        self.side_jobs.start(
            FunctionJob(record_comparison, result),
            succeeded=self._show_history_notes,
            failed=lambda sentence: self._show_history_notes(
                [fill(self.tr("This result was not added to the history: %1"), sentence)]
            ),
            ended=self._recorded,
        )

    def _show_history_notes(self, problems: list[object]) -> None:
        self.history_note.setText(" ".join(say(as_message(problem)) for problem in problems))
        self.history_note.setVisible(bool(problems))

    def _recorded(self) -> None:
        if self.history_window is not None:
            self.history_window.refresh()
        self.resultRecorded.emit()

    @Slot(str)
    def _on_failed(self, sentence: str) -> None:
        self.last_error = sentence
        self._show_problem(sentence)
        self.comparisonFailed.emit(sentence)

    @Slot()
    def _on_cancelled(self) -> None:
        self._show_message(self.tr("The comparison was stopped; nothing was saved. Press Compare to start again."))
        self.comparisonCancelled.emit()

    def _set_running(self, running: bool) -> None:
        self.compare_button.setEnabled(not running)
        self.compare_action.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.cancel_action.setEnabled(running)
        self.clear_cache_action.setEnabled(not running and not self.cache_jobs.busy)
        self.progress_box.setVisible(running)
        for zone in (self.real_zone, self.generated_zone):
            zone.set_locked(running)
        self.settings_panel.setEnabled(not running)
        if running:
            self.progress_box.retranslate()

    # Helpers ------------------------------------------------------------------------------------------------

    def _remember_source(self, side: str, path: Path) -> None:
        if self._waiting_for == side:  # "Choose the real images first" is answered: no longer a problem
            self._waiting_for = None
            self.problem.hide()
        if self.remember:
            window_memory.remember_source(self.settings, side, path)

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

    def _show_problem(self, sentence: str, waiting_for: str | None = None) -> None:
        self._waiting_for = waiting_for
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
        self.menus.retranslate()
        self.model_menu_info.retranslate()
        if self.run.busy:
            self.progress_box.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop a running comparison and wait for it, so nothing is left half-written."""
        self.run.abandon()
        self.side_jobs.abandon()  # a recording in progress is finished (waited for), never cut half-way
        self.cache_jobs.abandon()
        self.model_state.stop()
        for zone in (self.real_zone, self.generated_zone):
            zone.stop_scan(wait=True)
        self.sessions.close()
        self._save_settings()
        super().closeEvent(event)

    def _save_settings(self) -> None:
        if self.remember:
            window_memory.save(self, self.settings)
