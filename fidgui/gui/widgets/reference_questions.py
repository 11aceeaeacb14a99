"""The reference library's questions: a name for a new reference, and which program made an imported file.

The texts keep the reference dialog's translation context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QWidget

from fidgui.core.base.comparison_types import MODES
from fidgui.gui.text import fill


TITLE_ROOM = 160  # the window manager's icon and its minimise, maximise and close buttons
MIN_WIDTH = 420


def widen_for_title(dialog: QInputDialog) -> None:
    """Give the prompt room for its own title (Qt sizes it to the field alone, and window managers then cut the
    title) and wrap its label rather than cut it. Its layout fixes its size, so the room goes to the field."""
    for child in dialog.findChildren(QLabel):
        child.setWordWrap(True)
    title_width = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    for field in dialog.findChildren(QLineEdit):
        field.setMinimumWidth(max(TITLE_ROOM + title_width, MIN_WIDTH))


class _WidenWhenShown(QObject):
    """While installed on the application, widens each input dialog as it is shown (Qt's static ``getText``
    builds its dialog out of reach)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QInputDialog):
            widen_for_title(watched)
        return False


def ask_name(parent: QWidget, label: str, suggestion: str) -> str | None:
    title = QCoreApplication.translate("ReferenceDialog", "Reference name")
    widen = _WidenWhenShown()
    application = QCoreApplication.instance()
    application.installEventFilter(widen)
    try:
        name, accepted = QInputDialog.getText(parent, title, label, text=suggestion)
    finally:
        application.removeEventFilter(widen)
    return name.strip() if accepted and name.strip() else None


def ask_mode(parent: QWidget, path: Path, current_mode: str) -> str | None:
    """The mode an imported file was made in, asked because pytorch-fid's and TTUR's files do not say."""
    names = mode_names()
    current = list(MODES).index(current_mode) if current_mode in MODES else 0
    label = fill(
        QCoreApplication.translate(
            "ReferenceDialog",
            "Which program made %1? Files from pytorch-fid and TTUR do not say, and FIDs from different "
            "modes cannot be compared.",
        ),
        path.name,
    )
    title = QCoreApplication.translate("ReferenceDialog", "Mode of the statistics")
    chosen, accepted = QInputDialog.getItem(parent, title, label, [names[mode] for mode in MODES], current, False)
    if not accepted:
        return None
    return next(mode for mode in MODES if names[mode] == chosen)


def mode_names() -> dict[str, str]:
    return {
        "pytorch-fid": QCoreApplication.translate("ReferenceDialog", "pytorch-fid (files made by pytorch-fid)"),
        "tensorflow": QCoreApplication.translate(
            "ReferenceDialog", "TensorFlow (files made by the original TTUR code)"
        ),
        "clean": QCoreApplication.translate("ReferenceDialog", "clean-fid (files made by clean-fid)"),
    }
