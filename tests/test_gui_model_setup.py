"""The first-run setup: the dialog appears when no model is installed, and installs one from a file."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from conftest import IMAGES
from modal_dialogs import acting_in_modal, choose_file, fid_setup_status_after_choosing
from PySide6.QtCore import Qt

from fidgui.core.encoders import model_store
from fidgui.gui.windows.main_window import MainWindow
from fidgui.gui.windows.model_setup_dialog import ModelSetupDialog


def test_compare_without_a_model_opens_the_setup_dialog_and_a_chosen_onnx_installs_it(
    qtbot, monkeypatch, fixture_onnx: Path, tmp_path: Path
) -> None:
    assert model_store.find_installed_model() is None
    window = MainWindow()
    qtbot.addWidget(window)
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(IMAGES / "small_a" / "0000.png", one)
    window.set_sources(one, IMAGES / "small_b")  # fails fast once running: the run after setup is what is checked
    choose_file(monkeypatch, fixture_onnx)

    def choose_in_dialog(dialog: ModelSetupDialog) -> None:
        assert "Download (95 MB)" in dialog.download_button.text()
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)

    with acting_in_modal(ModelSetupDialog, choose_in_dialog) as seen:
        with qtbot.waitSignal(window.comparisonFailed, timeout=60_000) as failed:
            qtbot.mouseClick(window.compare_button, Qt.MouseButton.LeftButton)
    assert seen, "the setup dialog did not appear"
    assert seen[0].installed is not None and seen[0].installed.path == model_store.user_model_path()
    assert model_store.find_installed_model() is not None
    assert "at least 2" in failed.args[0]


def test_a_file_that_is_no_model_shows_the_reason_and_what_to_do(qtbot, monkeypatch, tmp_path: Path) -> None:
    bogus = tmp_path / "weights.pth"
    bogus.write_bytes(b"these are not weights")
    dialog = fid_setup_status_after_choosing(qtbot, monkeypatch, bogus)
    assert "pt_inception-2015-12-05-6726825d.pth" in dialog.status.text()
    assert "weights.pth" in dialog.status.text()
    assert dialog.download_button.isEnabled() and dialog.cancel_button.text() == "Close"
    assert model_store.find_installed_model() is None


def test_closing_the_dialog_without_a_model_says_nothing_was_compared(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_sources(IMAGES / "small_a", IMAGES / "small_b")

    def close_dialog(dialog: ModelSetupDialog) -> None:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    with acting_in_modal(ModelSetupDialog, close_dialog):
        qtbot.mouseClick(window.compare_button, Qt.MouseButton.LeftButton)
    assert window.job is None
    assert "No FID model is set up yet" in window.problem_text.text()


def test_a_failing_check_inside_a_dialog_closes_it_and_fails_instead_of_hanging(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_sources(IMAGES / "small_a", IMAGES / "small_b")

    def wrong_expectation(dialog: ModelSetupDialog) -> None:
        assert dialog.download_button.text() == "something it never says"

    started = time.monotonic()
    with pytest.raises(AssertionError, match="something it never says"):
        with acting_in_modal(ModelSetupDialog, wrong_expectation):
            qtbot.mouseClick(window.compare_button, Qt.MouseButton.LeftButton)  # returns: the failure closed it
    assert time.monotonic() - started < 10
    assert "No FID model is set up yet" in window.problem_text.text()


def test_download_shows_progress_verifies_and_installs(qtbot, monkeypatch) -> None:
    import functools

    from conftest import RANDOM_WEIGHTS
    from http_server import ServerScript, serve

    fixture_sha = "1e53caa1ee0b04c35f5822cdf4f9420d1e884f96fe765b1e4ae48b4b00a0c655"
    dialog = ModelSetupDialog()
    qtbot.addWidget(dialog)
    stages: list[str] = []
    with serve(ServerScript(RANDOM_WEIGHTS.read_bytes())) as url:
        monkeypatch.setattr(
            model_store,
            "install_from_internet",
            functools.partial(model_store.install_from_internet, url=url, expected_sha256=fixture_sha),
        )
        qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: (stages.append(dialog.stage.text()) or dialog.job is None), timeout=60_000)
    assert dialog.installed is not None and dialog.installed.weights_sha256 == fixture_sha
    assert model_store.find_installed_model() is not None
    assert any("Download" in text for text in stages)


def test_a_download_with_the_wrong_checksum_is_refused_in_a_sentence(qtbot, monkeypatch) -> None:
    import functools

    from http_server import ServerScript, serve

    dialog = ModelSetupDialog()
    qtbot.addWidget(dialog)
    with serve(ServerScript(b"not the weights" * 1000)) as url:
        monkeypatch.setattr(
            model_store, "install_from_internet",
            functools.partial(model_store.install_from_internet, url=url, expected_sha256="0" * 64),
        )
        qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.job is None and bool(dialog.status.text()), timeout=30_000)
    assert "not the expected one" in dialog.status.text()
    assert dialog.installed is None and model_store.find_installed_model() is None
