"""Who made this, which versions run, and which model computes the figures.

A bug report or a methods section needs exactly these lines, so they are
selectable and can be copied as text. The model's lines come from checking its file
(hashing 95 MB), so they are read in the background and filled in when ready.
"""

from __future__ import annotations

import html

import numpy
import onnxruntime
import PySide6
from PySide6.QtCore import Qt, Slot, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

import fidgui
from fidgui.core.encoders import model_store
from fidgui.gui.jobs.background_job import FunctionJob
from fidgui.gui.jobs.job_owner import JobSlot
from fidgui.gui.text import say


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
        self.model_check: JobSlot[FunctionJob] = JobSlot()
        heading = QLabel(
            "<h2>fidgui</h2><p>"
            + html.escape(self.tr("Fréchet Inception Distance between two folders of images, offline."))
            + "</p>"
        )
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.RichText)  # escaped in _show_lines; never left for Qt to guess
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._show_lines([self.tr("Checking the model…")])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.model_check.start(
            FunctionJob(lambda: model_store.model_status().lines(say)), succeeded=self._show_lines, failed=self._show_line
        )

    @Slot(object)
    def _show_lines(self, model_lines: list[str]) -> None:
        self.text = "\n".join(version_lines() + [""] + model_lines)
        self.details.setText(html.escape(self.text).replace("\n", "<br>"))

    @Slot(str)
    def _show_line(self, sentence: str) -> None:
        self._show_lines([sentence])

    def done(self, result: int) -> None:
        self.model_check.abandon(wait=False)  # the check only reads; nothing is left half-written
        super().done(result)
