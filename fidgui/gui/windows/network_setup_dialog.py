"""Set up the model of a network beside Inception: DINOv2 for FD_DINOv2, CLIP for CMMD.

These networks are optional (only the measures that read them need them) and large (1.2 and 1.7 GB),
so fidgui downloads neither: the dialog names the network and the measure it serves, shows where the
official file is published (the address with a Copy button, and its SHA-256 to check the file brought
back), and installs a file or folder the person chooses. The network is fixed: a file of another network
is refused with a sentence naming both. Progress, errors, the growing text and the scrolling are the
FID setup dialog's, of which this is a sibling.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from fidgui.core.base.errors import FidguiError, Message
from fidgui.core.encoders import network_import
from fidgui.core.encoders.protocol import ModelFile
from fidgui.core.encoders.registry import DEFAULT_ENCODER, get_encoder
from fidgui.gui.text import say
from fidgui.gui.widgets.download_address import DownloadAddress
from fidgui.gui.windows.model_setup_dialog import ModelInstallJob, ModelSetupDialog
from fidgui.messages.catalog import ENGLISH

CLIP_MODEL = "openai/clip-vit-large-patch14-336"
CLIP_CONFIGS_URL = f"https://huggingface.co/{CLIP_MODEL}/tree/main"
FOLDER_NETWORKS = frozenset({"clip"})  # a Hugging Face model: a folder, or the weights file inside it


def network_text(kind: str, encoder: str, **params: object) -> str:
    """``netsetup_<kind>_<encoder>`` in the reader's language, else the network-neutral ``netsetup_<kind>_other``."""
    code = f"netsetup_{kind}_{encoder}"
    if code not in ENGLISH:
        code, params = f"netsetup_{kind}_other", {**params, "network": Message(f"network_{encoder}")
                                                   if f"network_{encoder}" in ENGLISH else encoder}
    return say(Message(code, **params))


class NetworkInstallJob(ModelInstallJob):
    """Imports ``source`` as ``network``'s model; a file of another network is refused."""

    def __init__(self, source: Path, network: str) -> None:
        super().__init__(source)
        self.network = network

    def work(self) -> ModelFile:
        assert self.source is not None
        try:
            return network_import.import_for_network(self.source, self.network, self.stage.emit, self.should_stop)
        except FidguiError as error:
            self.refused.emit(error)
            raise


class NetworkSetupDialog(ModelSetupDialog):
    """Accepted once ``encoder``'s model is installed; ``installed`` is then its ModelFile."""

    def __init__(self, encoder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.encoder = encoder
        standard = get_encoder(encoder).standard_weights
        self.standard = standard[0] if standard else None
        self.download_button.hide()  # no download: the person brings the file
        self.download_button.setDefault(False)
        self.file_button.setDefault(encoder not in FOLDER_NETWORKS)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.choose_folder)
        self.folder_button.setVisible(encoder in FOLDER_NETWORKS)
        self.folder_button.setDefault(encoder in FOLDER_NETWORKS)
        self.choices.insertWidget(0, self.folder_button)
        self.official = DownloadAddress(self.standard.url or "", self.standard.sha256) if self.standard else None
        self.configs = QLabel()
        self.configs.setTextFormat(Qt.TextFormat.PlainText)
        self.configs.setWordWrap(True)
        self.configs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.configs.setVisible(encoder in FOLDER_NETWORKS)
        body = self.body.layout()
        if self.official is not None:
            self.official.copied.connect(self.stage.setText)
            body.insertWidget(2, self.official)
        body.insertWidget(3, self.configs)
        self.retranslate()

    def _make_job(self, source: Path | None) -> ModelInstallJob:
        assert source is not None
        return NetworkInstallJob(source, self.encoder)

    @Slot()
    def choose_file(self) -> None:
        kind = "dinov2" if self.encoder == "dinov2" else "clip_file"
        patterns = "*.pth *.onnx" if self.encoder == "dinov2" else "*.safetensors *.bin *.onnx"
        chosen, _ = QFileDialog.getOpenFileName(
            self, say(Message(f"netsetup_pick_{kind}")) if f"netsetup_pick_{kind}" in ENGLISH else "",
            str(Path.home()), self._filter(patterns),
        )
        if chosen:
            self._start(Path(chosen))

    @Slot()
    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, say(Message("netsetup_pick_clip_folder")), str(Path.home()))
        if chosen:
            self._start(Path(chosen))

    def _filter(self, patterns: str) -> str:
        code = f"netsetup_filter_{self.encoder}"
        name = say(Message(code)) if code in ENGLISH else self.encoder
        return f"{name} ({patterns});;{say(Message('netsetup_filter_all'))} (*)"

    def _file_params(self) -> dict[str, object]:
        return {"file": self.standard.filename if self.standard else "", "model": CLIP_MODEL}

    def _failure_text(self) -> str:
        reason = say(self._refusal) if self._refusal is not None else self._last_error
        return f"{reason}\n\n{network_text('next', self.encoder, **self._file_params())}"

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if hasattr(self, "folder_button"):
            self.folder_button.setEnabled(not busy)

    def retranslate(self) -> None:
        if not hasattr(self, "configs"):  # the FID dialog's constructor calls this before this one's widgets exist
            return
        title = network_text("title", self.encoder)
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.explanation.setText(network_text("explain", self.encoder, **self._file_params()))
        self.file_button.setText(say(Message("netsetup_choose_file")))
        self.folder_button.setText(say(Message("netsetup_choose_folder")))
        self.configs.setText(say(Message("netsetup_configs_clip", url=CLIP_CONFIGS_URL)))
        self.cancel_button.setText(  # the FID dialog's words, in its translation context
            QCoreApplication.translate("ModelSetupDialog", "Cancel") if self.job is not None
            else QCoreApplication.translate("ModelSetupDialog", "Close"))
        if self._last_error is not None:
            self.status.setText(self._failure_text())
        self.fit_to_text()


def setup_dialog(encoder: str, parent: QWidget | None = None) -> ModelSetupDialog:
    """The setup dialog of ``encoder``: the FID dialog (with its download) for Inception, this one otherwise."""
    return ModelSetupDialog(parent) if encoder == DEFAULT_ENCODER else NetworkSetupDialog(encoder, parent)


def set_up_sentence(encoder: str, installed: ModelFile) -> str:
    """What the window says once ``encoder``'s model is set up: at once when it is not the standard network."""
    network = Message(f"network_{encoder}") if f"network_{encoder}" in ENGLISH else encoder
    if installed.is_standard:
        return say(Message("netsetup_done", network=network))
    return say(Message("netsetup_done_not_standard", network=network, sha256=installed.weights_sha256))


def menu_text(encoder: str) -> str:
    """The Model menu's entry for ``encoder``'s setup."""
    return network_text("menu", encoder)
