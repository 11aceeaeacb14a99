"""The GUI's plumbing, once: job wiring, the settings table, the log of unexpected errors, one network per window."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path
from typing import Any

import pytest
from conftest import IMAGES
from PySide6.QtCore import QSettings

from fidgui.core.base.comparison_types import ComparisonRequest
from fidgui.core.base.log_file import configure_log_file, log_file
from fidgui.core.run import sessions as sessions_module
from fidgui.gui.app_settings import AppSettings, settings_file
from fidgui.gui.jobs.background_job import FunctionJob
from fidgui.gui.jobs.job_owner import JobGroup, JobSlot
from fidgui.gui.widgets import settings_table
from fidgui.gui.widgets.settings_panel import SettingsPanel


def _on_main() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_every_handler_runs_on_the_gui_thread_even_a_lambda(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt calls a plain function in the emitting (worker) thread; the slot's relays bring it to the GUI thread."""
    seen: list[tuple[str, bool, Any]] = []
    slot: JobSlot[FunctionJob] = JobSlot()
    slot.start(
        FunctionJob(lambda: 42),
        succeeded=lambda value: seen.append(("succeeded", _on_main(), slot.busy)),
        ended=lambda: seen.append(("ended", _on_main(), slot.busy)),
    )
    qtbot.waitUntil(lambda: len(seen) == 2)
    # succeeded while the slot still holds the job; ended once it has let go, so the owner sees itself idle
    assert seen == [("succeeded", True, True), ("ended", True, False)]


def test_an_abandoned_job_reaches_no_handler_and_is_waited_for(qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    finished: list[int] = []

    def slow() -> int:
        release.wait(5)
        finished.append(1)
        return 1

    reached: list[str] = []
    group = JobGroup()
    group.start(
        FunctionJob(slow), succeeded=lambda value: reached.append("succeeded"), ended=lambda: reached.append("ended")
    )
    assert group.busy
    threading.Timer(0.2, release.set).start()
    group.abandon()  # waits: the work is finished, never cut half-way
    assert finished == [1] and not group.busy
    qtbot.wait(100)
    assert reached == []


def test_a_bug_in_a_job_is_a_sentence_naming_the_log_file_that_holds_its_traceback(qtbot) -> None:  # type: ignore
    path = configure_log_file()
    assert path == log_file() and path is not None

    def broken() -> None:
        raise ZeroDivisionError("the numbers went wrong")

    sentences: list[str] = []
    JobSlot().start(FunctionJob(broken), failed=sentences.append)
    qtbot.waitUntil(lambda: bool(sentences))
    assert sentences[0] == (
        "Something unexpected went wrong (ZeroDivisionError: the numbers went wrong). Please try again; if it "
        f"happens again, report it to the fidgui developers with this message and the log file {path}."
    )
    logged = path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "ZeroDivisionError: the numbers went wrong" in logged


def test_the_settings_table_takes_the_comparison_defaults_from_the_request(qtbot) -> None:  # type: ignore
    request_defaults = {field.name: field.default for field in dataclasses.fields(ComparisonRequest)}
    defaults = settings_table.defaults()
    for name in ("mode", "device", "decode", "batch_size"):
        assert defaults[name] == request_defaults[name]
    assert defaults["metrics"] == list(request_defaults["metrics"])
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    assert panel.state() == defaults  # a new panel shows the defaults
    assert panel.request_fields()["batch_size"] == request_defaults["batch_size"]


def test_settings_are_saved_loaded_and_reset_through_the_one_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    chosen = {
        "mode": "clean", "device": "cpu", "decode": "pil", "batch_size": 48, "metrics": ["fid", "kid", "prdc"],
        "feature_cache": False, "save_statistics": True, "cluster": "tcp://lab-server:8786", "expanded": True,
        "top_level_only": True, "network_modes": ["edm2-pil", "cmmd"],
    }
    panel.set_state(chosen)
    settings = AppSettings()
    panel.save(settings)
    settings.sync()
    stored = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    assert {key: stored.value(f"settings/{key}") for key in ("mode", "batch_size", "metrics")} == {
        "mode": "clean", "batch_size": 48, "metrics": "fid,kid,prdc"
    }
    again = SettingsPanel()
    qtbot.addWidget(again)
    again.load(AppSettings())
    assert again.state() == chosen
    again.reset()
    assert again.state() == settings_table.defaults()


def test_the_window_loads_the_network_once_for_many_runs(
    qtbot, installed_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_gui_history import copy_images, run_in_window

    from fidgui.gui.windows.main_window import MainWindow

    loaded: list[str] = []
    real_session = sessions_module.InceptionSession

    def counting(model_path: Path, device: str = "auto", outputs: Any = None) -> Any:
        loaded.append(device)
        return real_session(model_path, device=device, outputs=outputs)

    monkeypatch.setattr(sessions_module, "InceptionSession", counting)
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    window.settings_panel.use_cache.setChecked(False)  # so that every run needs the network
    window.set_sources(copy_images(IMAGES / "small_a", tmp_path / "a"), copy_images(IMAGES / "small_b", tmp_path / "b"))
    first, second = run_in_window(qtbot, window), run_in_window(qtbot, window)
    assert second.fid == pytest.approx(first.fid, rel=1e-9)
    assert loaded == ["auto"] and len(window.sessions) == 1
    window.settings_panel.device.setCurrentIndex(window.settings_panel.device.findData("cpu"))
    run_in_window(qtbot, window)
    assert loaded == ["auto", "cpu"]  # another device: another session
