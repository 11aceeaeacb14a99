"""First run: get the FID network onto this computer, by download or from a file the person has.

The model is 95 MB and needed before anything can be compared, so this dialog
explains why, offers both routes, shows progress, and turns every failure into the
core's sentence plus what to try next. Offline, it says which host cannot be reached and
shows the address (with a Copy button) and the SHA-256, to fetch the file on another computer.
Its text sits in a scroll area and the dialog grows with it, so a long error is never clipped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fidgui.core.base.errors import DownloadError, FidguiError, Message
from fidgui.core.encoders import model_store, network_import
from fidgui.core.encoders.inception.graph import ModelInfo
from fidgui.gui.widgets.retranslating import Retranslating
from fidgui.gui.jobs.background_job import BackgroundJob
from fidgui.gui.text import say
from fidgui.gui.widgets.download_address import DownloadAddress
from fidgui.gui.widgets.plain_text import plain_label
from fidgui.gui.widgets.screens import screen_of
from fidgui.gui.widgets.job_dialog import JobDialog

_BYTES_PER_MB = 1024 * 1024
UNREACHABLE_CODES = frozenset({"download_unreachable", "download_stalled"})
SCREEN_SHARE = 0.85  # the dialog grows with its text up to this share of the screen's height, then scrolls


class ModelInstallJob(BackgroundJob):
    """Downloads the standard weights (``source`` None) or imports a .pth/.onnx; ``succeeded`` carries ModelInfo."""

    stage = Signal(object, object, object)  # stage message (model_stage_*), done, total or None (bytes overflow a C int)
    refused = Signal(object)  # the FidguiError, before ``failed``: the dialog words it again on a language change
    downloadFailed = Signal(str)  # the host that could not be reached, or "" for any other download failure

    def __init__(self, source: Path | None) -> None:
        super().__init__()
        self.source = source

    def work(self) -> ModelInfo:
        try:
            if self.source is None:
                return model_store.install_from_internet(progress=self.stage.emit, should_stop=self.should_stop)
            # the network fixed: a DINOv2 or CLIP file chosen here is refused, not installed as that network
            return network_import.import_for_network(self.source, "inception", self.stage.emit, self.should_stop)
        except DownloadError as error:
            unreachable = error.message.code in UNREACHABLE_CODES
            self.downloadFailed.emit(str(error.message.params.get("host", "")) if unreachable else "")
            self.refused.emit(error)
            raise
        except FidguiError as error:
            self.refused.emit(error)
            raise


class ModelSetupDialog(Retranslating, JobDialog):
    """Accepted once a model is installed; ``installed`` is then the ModelInfo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installed: ModelInfo | None = None
        self._last_error: str | None = None
        self._refusal: FidguiError | None = None  # what _last_error says, to word again in another language
        self._source: Path | None = None
        self._offline_host: str | None = None  # set when the download could not reach its server
        self.setModal(True)
        self.setMinimumWidth(620)
        self.heading = QLabel()
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.download_button = QPushButton()
        self.download_button.setDefault(True)
        self.download_button.clicked.connect(self.download)
        self.file_button = QPushButton()
        self.file_button.clicked.connect(self.choose_file)
        self.stage.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = plain_label(QLabel())
        self.status.setWordWrap(True)
        self.address = DownloadAddress()
        self.address.copied.connect(self.stage.setText)
        self.address.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_or_close)
        choices = self.choices = QHBoxLayout()  # a sibling dialog adds its own buttons here
        choices.addWidget(self.download_button)
        choices.addWidget(self.file_button)
        choices.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(20, 18, 20, 8)
        body.setSpacing(12)
        body.addWidget(self.heading)
        body.addWidget(self.explanation)
        body.addLayout(choices)
        body.addWidget(self.stage)
        body.addWidget(self.progress)
        body.addWidget(self.status)
        body.addWidget(self.address)
        body.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 16)
        layout.addWidget(self.scroll, 1)
        bottom.setContentsMargins(20, 0, 20, 0)
        layout.addLayout(bottom)
        self.retranslate()

    @Slot()
    def download(self) -> None:
        self._start(None)

    @Slot()
    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the FID weights or model"),
            str(Path.home()),
            self.tr("FID weights or model (*.pth *.onnx);;All files (*)"),
        )
        if chosen:
            self._start(Path(chosen))

    def _start(self, source: Path | None) -> None:
        self._source = source
        self._last_error, self._refusal = None, None
        self._offline_host = None
        self.address.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stage.setText(self.tr("Starting…"))
        self._set_busy(True)
        self.run.start(
            self._make_job(source), stage=self._show_stage, refused=self._refused,
            downloadFailed=self._download_failed, succeeded=self._installed, failed=self._failed,
            cancelled=self._cancelled, ended=self._ended,
        )

    def _make_job(self, source: Path | None) -> ModelInstallJob:
        return ModelInstallJob(source)

    @Slot(object, object, object)
    def _show_stage(self, stage: object, done: int, total: int | None) -> None:
        sentence = stage if isinstance(stage, str) else say(stage)
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))
            if total > _BYTES_PER_MB:
                sentence += f" ({done / _BYTES_PER_MB:.1f} / {total / _BYTES_PER_MB:.1f} MB)"
        else:
            self.progress.setRange(0, 0)
        self.stage.setText(sentence)

    @Slot(object)
    def _installed(self, info: ModelInfo) -> None:
        self.installed = info
        self.accept()

    @Slot(object)
    def _refused(self, error: FidguiError) -> None:
        self._refusal = error

    @Slot(str)
    def _download_failed(self, host: str) -> None:
        self._offline_host = host or None
        self.address.show()

    @Slot(str)
    def _failed(self, sentence: str) -> None:
        self._last_error = sentence
        self.status.setText(self._failure_text())
        self.fit_to_text()

    def fit_to_text(self) -> None:
        """Grow to show the whole text (up to most of the screen; beyond that the text scrolls)."""
        self.body.adjustSize()
        self.layout().activate()
        width = self.scroll.viewport().width()
        layout = self.body.layout()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.body.sizeHint().height()
        frame = self.height() - self.scroll.viewport().height()
        shown_on = screen_of(self)
        screen = shown_on.availableGeometry().height() if shown_on is not None else 800
        height = min(max(self.height(), needed + frame), int(screen * SCREEN_SHARE))
        if height != self.height():
            self.resize(self.width(), height)
        QTimer.singleShot(0, self._scroll_to_status)

    def _scroll_to_status(self) -> None:
        self.scroll.ensureWidgetVisible(self.status if not self.address.isVisible() else self.address)

    @Slot()
    def _cancelled(self) -> None:
        self.status.setText(self.tr("Stopped. Nothing was installed; choose again when you are ready."))

    @Slot()
    def _ended(self) -> None:
        self.progress.hide()
        self.stage.clear()
        self._set_busy(False)

    def _failure_text(self) -> str:
        if self._source is None and self._offline_host is not None:
            return say(Message("setup_offline", host=self._offline_host))
        if self._source is None:
            next_step = self.tr(
                "If this computer cannot reach the internet, download pt_inception-2015-12-05-6726825d.pth on "
                "another computer, bring it here (for example on a USB stick) and use “Choose a file…”."
            )
        else:
            next_step = self.tr(
                "Choose the original weights file pt_inception-2015-12-05-6726825d.pth, or try “Download (95 MB)”."
            )
        reason = say(self._refusal) if self._refusal is not None else self._last_error
        return f"{reason}\n\n{next_step}"

    def _set_busy(self, busy: bool) -> None:
        self.download_button.setEnabled(not busy)
        self.file_button.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Cancel") if busy else self.tr("Close"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up the FID model"))
        self.heading.setText(self.tr("Set up the FID model"))
        self.explanation.setText(
            self.tr(
                "To compare images, fidgui needs the Inception network that FID is defined with. It is set up "
                "once and then works offline.\n\nDownload it now (95 MB, checked against its published checksum), "
                "or choose the weights file pt_inception-2015-12-05-6726825d.pth (or a model converted by fidgui) "
                "if you already have it."
            )
        )
        self.download_button.setText(self.tr("&Download (95 MB)"))
        self.file_button.setText(self.tr("Choose a &file…"))
        self.cancel_button.setText(self.tr("Cancel") if self.job is not None else self.tr("Close"))
        if self._last_error is not None:
            self.status.setText(self._failure_text())
        self.fit_to_text()
