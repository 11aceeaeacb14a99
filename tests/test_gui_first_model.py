"""Issue 12, items 2-4 in the window: the model's state from the start, a setup dialog that grows and says which
host is unreachable (with the address to copy and the SHA-256), and a non-standard model said at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TRUNCATED_WEIGHTS
from modal_dialogs import acting_in_modal
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFileDialog, QLabel

from fidgui.core.encoders import model_store
from fidgui.core.encoders.inception.weights import STANDARD_WEIGHTS_SHA256, STANDARD_WEIGHTS_URL
from fidgui.gui.windows.main_window import MainWindow
from fidgui.gui.windows.model_setup_dialog import ModelSetupDialog


def _menu_lines(window: MainWindow) -> list[str]:
    return [action.text() for action in window.model_menu_info.actions]


def test_the_window_says_from_the_start_that_no_model_is_set_up_and_offers_the_setup(
    qtbot, monkeypatch: pytest.MonkeyPatch, fixture_onnx: Path
) -> None:
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    window.show()
    bar = window.model_state
    qtbot.waitUntil(lambda: "not set up yet" in bar.lines["inception"].text())
    assert bar.lines["inception"].text() == "FID Inception: not set up yet; it is needed before images can be compared."
    assert bar.set_up_button.isVisible() and bar.set_up_button.text() == "Set up…"
    assert _menu_lines(window) == ["No model set up"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(fixture_onnx), ""))

    def choose_file(dialog: ModelSetupDialog) -> None:
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)

    with acting_in_modal(ModelSetupDialog, choose_file):
        qtbot.mouseClick(bar.set_up_button, Qt.MouseButton.LeftButton)
    # the fixture's weights are random: set up, but said at once not to be the standard network
    assert "These weights are not the standard FID weights" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "not the standard network" in bar.lines["inception"].text())
    installed = model_store.find_installed_model()
    assert installed is not None
    assert installed.weights_sha256[:12] in bar.lines["inception"].text()
    assert bar.set_up_button.text() == "Set up the standard model…"
    qtbot.waitUntil(lambda: len(_menu_lines(window)) == 3)
    assert _menu_lines(window) == [f"File: {model_store.user_model_path()}",
                                   f"Weights SHA-256: {installed.weights_sha256}", "Not the standard FID network"]
    assert all(not action.isEnabled() for action in window.model_menu_info.actions)  # lines to read, not commands


def test_a_network_without_a_model_is_listed_quietly_until_a_chosen_measure_needs_it(qtbot) -> None:
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    line = window.model_state.lines["dinov2"]
    qtbot.waitUntil(lambda: line.text() == "DINOv2 (FD_DINOv2): not installed.", timeout=20_000)
    assert line.foregroundRole() == QPalette.ColorRole.PlaceholderText
    window.settings_panel.metric_boxes["fd_dinov2"].setChecked(True)
    assert line.text() == "DINOv2 (FD_DINOv2): not installed, and a chosen measure needs it."
    assert line.foregroundRole() == QPalette.ColorRole.WindowText
    assert window.model_state.lines["clip"].foregroundRole() == QPalette.ColorRole.PlaceholderText
    window.settings_panel.metric_boxes["fd_dinov2"].setChecked(False)
    assert line.foregroundRole() == QPalette.ColorRole.PlaceholderText
    window.close()


def _unclipped(label: QLabel) -> bool:
    return label.isHidden() or label.height() >= label.heightForWidth(label.width())


def test_offline_the_dialog_names_the_host_shows_the_address_to_copy_and_grows_with_its_text(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = model_store.install_from_internet
    # Nothing listens on port 9 here: refused, as a computer without internet is
    monkeypatch.setattr(model_store, "install_from_internet",
                        lambda **kwargs: original(url="http://127.0.0.1:9/weights.pth", **kwargs))
    dialog = ModelSetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    height_before = dialog.height()
    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and bool(dialog.status.text()), timeout=30_000)
    assert dialog.status.text().startswith("This computer cannot reach 127.0.0.1, where the weights are published.")
    assert "Errno" not in dialog.status.text()
    assert dialog.address.isVisible()
    assert dialog.address.address.text() == f"Address: {STANDARD_WEIGHTS_URL}"
    assert STANDARD_WEIGHTS_SHA256 in dialog.address.checksum.text()
    qtbot.mouseClick(dialog.address.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == STANDARD_WEIGHTS_URL
    qtbot.waitUntil(lambda: _unclipped(dialog.status) and _unclipped(dialog.explanation))
    assert dialog.height() >= height_before


def test_a_truncated_weights_file_leaves_the_whole_text_readable(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = ModelSetupDialog()
    qtbot.addWidget(dialog)
    dialog.resize(620, 300)  # small, as after a person shrank it
    dialog.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(TRUNCATED_WEIGHTS), ""))
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and bool(dialog.status.text()), timeout=60_000)
    assert TRUNCATED_WEIGHTS.name in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.height() > 300)
    # every label has the height its wrapped text needs; what the screen cannot hold scrolls instead
    for label in (dialog.heading, dialog.explanation, dialog.status):
        assert _unclipped(label), label.text()
    assert dialog.body.height() <= dialog.scroll.viewport().height() or dialog.scroll.verticalScrollBar().isVisible()


def test_a_damaged_model_file_is_no_model_and_the_row_says_why_on_hover(qtbot) -> None:
    target = model_store.user_model_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"not an onnx model")
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    line = window.model_state.lines["inception"]
    qtbot.waitUntil(lambda: "not set up yet" in line.text())
    assert "Passed over" in line.toolTip() and target.name in line.toolTip()
    assert window.model_state.set_up_button.text() == "Set up…"
