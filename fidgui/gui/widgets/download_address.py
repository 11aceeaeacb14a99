"""Where the standard weights are published, to download them elsewhere: the address with a Copy button, and
the SHA-256 to check the file brought back. Shown by the setup dialog after a download failed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fidgui.core.base.errors import Message
from fidgui.core.encoders.inception.weights import STANDARD_WEIGHTS_SHA256, STANDARD_WEIGHTS_URL
from fidgui.gui.text import say
from fidgui.gui.widgets.retranslating import Retranslating


def _selectable(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DownloadAddress(Retranslating, QWidget):
    """``copied(str)`` says the address went to the clipboard (the dialog shows it)."""

    copied = Signal(str)

    def __init__(self, url: str = STANDARD_WEIGHTS_URL, sha256: str = STANDARD_WEIGHTS_SHA256,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url, self.sha256 = url, sha256
        self.address = _selectable(QLabel())
        self.checksum = _selectable(QLabel())
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_url)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.checksum)
        self.retranslate()

    @Slot()
    def copy_url(self) -> None:
        QGuiApplication.clipboard().setText(self.url)
        self.copied.emit(say(Message("setup_url_copied")))

    def retranslate(self) -> None:
        self.address.setText(say(Message("setup_url", url=self.url)))
        self.checksum.setText(say(Message("setup_sha256", sha256=self.sha256)))
        self.copy_button.setText(say(Message("setup_copy_url")))
