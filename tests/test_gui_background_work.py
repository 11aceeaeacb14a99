"""No file or database work on the GUI thread: each slow read or write the window does runs in a background job.

Each test wraps the function that touches the disk so that it notes the thread it ran on, drives
the real window or dialog as a person would, and checks that the work happened, and never on the
main thread (where it would freeze the window over a large history, cache or model file).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import IMAGES
from modal_dialogs import acting_in_modal
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from test_gui_history import copy_images, run_in_window

from fidgui.core.encoders import model_store
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.stores.feature_cache import FeatureCache
from fidgui.core.stores.reference_library import ReferenceLibrary
from fidgui.gui.jobs import history_reading
from fidgui.gui.windows import main_window as main_window_module
from fidgui.gui.windows import history_window as history_window_module
from fidgui.gui.windows.about_dialog import AboutDialog
from fidgui.gui.windows.main_window import MainWindow
from fidgui.gui.windows.reference_dialog import ReferenceDialog


class ThreadLog:
    """Wraps a function so each call notes whether it ran on the main (GUI) thread, then does the real work."""

    def __init__(self) -> None:
        self.on_main: list[bool] = []

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def noted(*args: Any, **kwargs: Any) -> Any:
            self.on_main.append(threading.current_thread() is threading.main_thread())
            return function(*args, **kwargs)

        return noted

    def ran_off_the_gui_thread(self) -> bool:
        return bool(self.on_main) and not any(self.on_main)


@pytest.fixture
def window(qtbot, installed_model: Path, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    created = MainWindow(remember=False)
    qtbot.addWidget(created)
    created.set_sources(
        copy_images(IMAGES / "small_a", tmp_path / "a"), copy_images(IMAGES / "small_b", tmp_path / "b")
    )
    return created


def test_recording_and_reading_the_history_run_off_the_gui_thread(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    recording, reading = ThreadLog(), ThreadLog()
    monkeypatch.setattr(main_window_module, "record_comparison", recording.wrap(main_window_module.record_comparison))
    monkeypatch.setattr(history_window_module, "read_history", reading.wrap(history_reading.read_history))
    result = run_in_window(qtbot, window)
    assert recording.ran_off_the_gui_thread()
    window.show_history()
    history = window.history_window
    assert history is not None
    qtbot.waitUntil(lambda: history.proxy.rowCount() == 1)
    assert reading.ran_off_the_gui_thread()
    assert history.proxy.index(0, 1).data() == f"{result.fid:.2f}"


def test_the_cache_is_measured_off_the_gui_thread_before_asking(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    measuring = ThreadLog()
    monkeypatch.setattr(main_window_module, "cache_size", measuring.wrap(main_window_module.cache_size))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text, *args: asked.append(text) or QMessageBox.StandardButton.No
    )
    window.clear_cache_action.trigger()
    qtbot.waitUntil(lambda: bool(asked))
    assert measuring.ran_off_the_gui_thread()
    assert asked[0].startswith("The feature cache holds 0.0 MB.")  # nothing was compared yet
    qtbot.waitUntil(lambda: window.clear_cache_action.isEnabled())


def test_the_clear_cache_entry_stays_off_while_the_cache_is_cleared_after_a_real_question(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The question is a real message box: its own event loop runs while the measuring job's end is queued, and
    the entry must still be off once the clearing it started runs."""
    clearing, release = threading.Event(), threading.Event()
    clear = FeatureCache.clear

    def held_clear(cache: FeatureCache) -> int:
        clearing.set()
        release.wait(30)
        return clear(cache)

    monkeypatch.setattr(FeatureCache, "clear", held_clear)

    def answer_yes(box: QMessageBox) -> None:  # open a while, as for a person
        QTimer.singleShot(200, box.button(QMessageBox.StandardButton.Yes).click)

    with acting_in_modal(QMessageBox, answer_yes) as answered:
        window.clear_cache_action.trigger()
    try:
        qtbot.waitUntil(clearing.is_set, timeout=30_000)
        qtbot.wait(100)  # whatever the jobs still had queued is handled
        assert answered and not window.clear_cache_action.isEnabled()
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.clear_cache_action.isEnabled(), timeout=30_000)
    assert window.statusBar().currentMessage().startswith("The feature cache was cleared")


def test_importing_a_reference_reads_and_writes_off_the_gui_thread(
    qtbot, installed_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    features = np.random.default_rng(1).normal(size=(32, 2048))
    foreign = tmp_path / "stats.npz"
    np.savez(foreign, mu=features.mean(axis=0), sigma=np.cov(features, rowvar=False))
    reading, importing = ThreadLog(), ThreadLog()
    monkeypatch.setattr(FeatureStatistics, "load", reading.wrap(FeatureStatistics.load))
    monkeypatch.setattr(ReferenceLibrary, "import_npz", importing.wrap(ReferenceLibrary.import_npz))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(foreign), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, *args: (items[0], True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Foreign", True))
    fields = {"mode": "pytorch-fid", "decode": "faithful", "device": "cpu", "batch_size": 8, "metrics": ("fid",)}
    dialog = ReferenceDialog(fields, use_cache=False, folder=None)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Imported “Foreign” (pytorch-fid mode).", timeout=30_000)
    assert reading.ran_off_the_gui_thread() and importing.ran_off_the_gui_thread()
    assert [entry.name for entry in dialog.entries()] == ["Foreign"]


def test_the_about_box_checks_the_model_off_the_gui_thread(
    qtbot, installed_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checking = ThreadLog()
    monkeypatch.setattr(model_store, "model_status", checking.wrap(model_store.model_status))
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "Checking the model…" in dialog.text  # shown at once; the check follows
    qtbot.waitUntil(lambda: str(installed_model) in dialog.text)
    assert checking.ran_off_the_gui_thread()


def test_compare_many_records_every_comparison_off_the_gui_thread(
    qtbot, installed_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fidgui.core.stores.history import History
    from fidgui.gui.jobs import compare_many_job
    from fidgui.gui.windows.compare_many_window import CompareManyWindow

    recording = ThreadLog()
    monkeypatch.setattr(compare_many_job, "record_comparisons", recording.wrap(compare_many_job.record_comparisons))
    window = CompareManyWindow(lambda: {"device": "cpu", "batch_size": 8})
    qtbot.addWidget(window)
    real = copy_images(IMAGES / "small_a", tmp_path / "real", count=5)
    generated = [copy_images(IMAGES / "small_b", tmp_path / f"gen_{n}", count=4) for n in range(2)]
    window.set_real(real)
    window.add_folders(generated)
    window.kid_box.setChecked(False)
    window.prdc_box.setChecked(False)
    with qtbot.waitSignal(window.finished, timeout=120_000) as finished:
        window.start()
    outcomes = finished.args[0]
    assert recording.ran_off_the_gui_thread() and window.history_problems == []
    with History() as history:
        entries = history.list_entries()
    assert sorted(entry.generated_source for entry in entries) == sorted(str(folder) for folder in generated)
    assert sorted(entry.fid for entry in entries) == pytest.approx(sorted(outcome.result.fid for outcome in outcomes))
