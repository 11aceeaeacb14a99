"""Setting up DINOv2 and CLIP from the window: a dialog per network with the network fixed, real fixture files
installed (fixture-sized declarations in place of the real ones), another network's file refused with a sentence
naming both, and the row's Set up… button offered only when a ticked measure needs that network."""

from __future__ import annotations

from pathlib import Path

from conftest import RANDOM_WEIGHTS
from modal_dialogs import acting_in_modal, choose_file, fid_setup_status_after_choosing
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from fidgui.core.encoders import encoder_models
from fidgui.gui import language
from fidgui.gui.windows.main_window import MainWindow
from fidgui.gui.windows.network_setup_dialog import NetworkSetupDialog
from fixture_networks import CLIP_FOLDER, DINOV2_WEIGHTS, fixture_sized_networks

__all__ = ["fixture_sized_networks"]


def _finished(qtbot, dialog: NetworkSetupDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.job is None and (dialog.installed is not None or bool(dialog.status.text())),
                    timeout=120_000)


def test_the_dinov2_dialog_installs_the_fixture_weights(qtbot, monkeypatch, fixture_sized_networks: None) -> None:
    dialog = NetworkSetupDialog("dinov2")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Set up the DINOv2 model (FD_DINOv2)"
    assert "FD_DINOv2" in dialog.explanation.text() and "dinov2_vitl14_pretrain.pth" in dialog.explanation.text()
    assert dialog.official is not None and dialog.official.url.endswith("dinov2_vitl14_pretrain.pth")
    assert "d5383ea8f4877b2472eb973e0fd72d557c7da5d3611bd527ceeb1d7162cbf428" in dialog.official.checksum.text()
    assert dialog.download_button.isHidden() and dialog.folder_button.isHidden()
    choose_file(monkeypatch, DINOV2_WEIGHTS)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    _finished(qtbot, dialog)
    assert dialog.installed is not None, dialog.status.text()
    assert dialog.installed.path == encoder_models.user_model_path("dinov2")
    assert not dialog.installed.is_standard  # random fixture values
    assert dialog.result() == NetworkSetupDialog.DialogCode.Accepted


def test_an_inception_file_given_to_the_dinov2_dialog_is_refused_naming_both(
    qtbot, monkeypatch, fixture_sized_networks: None  # type: ignore[no-untyped-def]
) -> None:
    dialog = NetworkSetupDialog("dinov2")
    qtbot.addWidget(dialog)
    choose_file(monkeypatch, RANDOM_WEIGHTS)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    _finished(qtbot, dialog)
    text = dialog.status.text()
    assert dialog.installed is None
    assert "is a model of the FID Inception network, not of DINOv2 (FD_DINOv2): nothing was installed" in text
    assert RANDOM_WEIGHTS.name in text and "dinov2_vitl14_pretrain.pth" in text  # the file chosen, the file wanted
    assert not encoder_models.user_model_path("dinov2").exists()
    assert not encoder_models.user_model_path("inception").exists()  # not installed as the other network either
    assert dialog.file_button.isEnabled() and dialog.cancel_button.text() == "Close"
    language.switcher().apply("ja")
    try:
        qtbot.waitUntil(lambda: "FID Inception ネットワーク のモデルで" in dialog.status.text())
        assert dialog.windowTitle() == "DINOv2 モデルの設定 (FD_DINOv2)"
    finally:
        language.switcher().apply("en")
    qtbot.waitUntil(lambda: "is a model of the FID Inception network" in dialog.status.text())


def test_the_clip_dialog_installs_a_folder_and_refuses_a_dinov2_file(
    qtbot, monkeypatch, fixture_sized_networks: None  # type: ignore[no-untyped-def]
) -> None:
    dialog = NetworkSetupDialog("clip")
    qtbot.addWidget(dialog)
    assert "CMMD" in dialog.windowTitle() and "preprocessor_config.json" in dialog.explanation.text()
    assert not dialog.folder_button.isHidden() and "f51cb7b04a2afb04" in dialog.official.checksum.text()
    choose_file(monkeypatch, DINOV2_WEIGHTS)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    _finished(qtbot, dialog)
    assert "is a model of the DINOv2 (FD_DINOv2) network, not of CLIP (CMMD)" in dialog.status.text()
    assert not encoder_models.user_model_path("clip").exists() and not encoder_models.user_model_path("dinov2").exists()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(CLIP_FOLDER))
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    _finished(qtbot, dialog)
    assert dialog.installed is not None and dialog.installed.path == encoder_models.user_model_path("clip")


def test_a_user_who_only_wants_fid_is_never_prompted_and_a_ticked_measure_offers_its_setup(
    qtbot, monkeypatch, fixture_sized_networks: None, installed_model: Path  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    window.show()
    bar, boxes = window.model_state, window.settings_panel.metric_boxes
    assert not boxes["fd_dinov2"].isChecked() and not boxes["cmmd"].isChecked()
    with qtbot.waitSignal(bar.stateKnown, timeout=60_000):
        bar.refresh()
    assert bar.states["dinov2"].state == "not_installed" and bar.states["clip"].state == "not_installed"
    assert not bar.network_buttons["dinov2"].isVisible() and not bar.network_buttons["clip"].isVisible()
    assert bar.states["inception"].state == "not_standard"  # the fixture: only FID's own button may speak
    assert bar.set_up_button.text() == "Set up the standard model…"
    assert bar.lines["dinov2"].text() == "DINOv2 (FD_DINOv2): not installed."
    menu = [action.text() for action in window.menus.model_menu.actions()]
    assert "Set up the DINOv2 model (FD_DINOv2)…" in menu and "Set up the CLIP model (CMMD)…" in menu

    boxes["fd_dinov2"].setChecked(True)
    assert bar.network_buttons["dinov2"].isVisible() and not bar.network_buttons["clip"].isVisible()
    assert bar.network_buttons["dinov2"].text() == "Set up…"
    assert "a chosen measure needs it" in bar.lines["dinov2"].text()
    choose_file(monkeypatch, DINOV2_WEIGHTS)

    def install(dialog: NetworkSetupDialog) -> None:
        assert dialog.encoder == "dinov2"
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)

    with acting_in_modal(NetworkSetupDialog, install) as seen:
        qtbot.mouseClick(bar.network_buttons["dinov2"], Qt.MouseButton.LeftButton)
    assert seen and seen[0].installed is not None
    qtbot.waitUntil(lambda: bar.states["dinov2"].state == "not_standard", timeout=60_000)  # the row refreshed
    assert "not the standard network" in bar.lines["dinov2"].text()  # random fixture values: as FID's row, the
    assert bar.network_buttons["dinov2"].text() == "Set up the standard model…"  # standard one is offered
    assert "DINOv2 (FD_DINOv2) model is set up, but it is not the standard network" in window.statusBar().currentMessage()
    boxes["cmmd"].setChecked(True)
    assert bar.network_buttons["clip"].isVisible()
    boxes["cmmd"].setChecked(False)
    assert not bar.network_buttons["clip"].isVisible()
    language.switcher().apply("ja")
    try:
        qtbot.waitUntil(lambda: "DINOv2 モデルを設定 (FD_DINOv2)…" in [a.text() for a in window.menus.model_menu.actions()])
        assert bar.network_buttons["dinov2"].text() == "標準モデルを設定…"
    finally:
        language.switcher().apply("en")


def test_a_dinov2_of_another_size_is_refused_by_the_real_declaration_with_its_sentence(
    qtbot, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    dialog = NetworkSetupDialog("dinov2")  # the registered ViT-L/14 declaration: the ViT-S/14 fixture is refused
    qtbot.addWidget(dialog)
    choose_file(monkeypatch, DINOV2_WEIGHTS)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    _finished(qtbot, dialog)
    assert dialog.installed is None and "FD_DINOv2 is defined on DINOv2 ViT-L/14" in dialog.status.text()
    assert "Choose the official file dinov2_vitl14_pretrain.pth" in dialog.status.text()
    assert not encoder_models.user_model_path("dinov2").exists()


def test_the_fid_dialog_refuses_a_dinov2_file_instead_of_installing_it_as_dinov2(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from fidgui.core.encoders import model_store

    dialog = fid_setup_status_after_choosing(qtbot, monkeypatch, DINOV2_WEIGHTS)
    assert "is a model of the DINOv2 (FD_DINOv2) network, not of FID Inception" in dialog.status.text()
    assert model_store.find_installed_model() is None and not encoder_models.user_model_path("dinov2").exists()
