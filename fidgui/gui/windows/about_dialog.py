"""Who made this, which versions run, and which model computes the figures.

A bug report or a methods section needs exactly these lines, so they are
selectable and can be copied as text.
"""

from __future__ import annotations

import html

import numpy
import onnxruntime
import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

import fidgui
from fidgui.core.encoders import model_store


def version_lines() -> list[str]:
    return [
        f"fidgui {fidgui.__version__}",
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        f"ONNX Runtime {onnxruntime.__version__} ({', '.join(onnxruntime.get_available_providers())})",
        f"NumPy {numpy.__version__}",
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About fidgui"))
        self.setMinimumWidth(560)
        model_lines = model_store.model_status().lines()
        self.text = "\n".join(version_lines() + [""] + model_lines)
        heading = QLabel(
            "<h2>fidgui</h2><p>"
            + html.escape(self.tr("Fréchet Inception Distance between two folders of images, offline."))
            + "</p>"
        )
        details = QLabel(html.escape(self.text).replace("\n", "<br>"))
        details.setTextFormat(Qt.TextFormat.RichText)  # escaped above; never left for Qt to guess
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(details)
        layout.addWidget(buttons)
