"""The reference library's questions: a name for a new reference, and which program made an imported file.

The texts keep the reference dialog's translation context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QWidget

from fidgui.core.base.comparison_types import MODES
from fidgui.gui.text import fill


def name_dialog(parent: QWidget | None, label: str, suggestion: str) -> QInputDialog:
    """The prompt for a reference's name, wide enough for its own title (Qt sizes it to the field alone, and
    window managers then cut the title) and its label wrapped rather than cut."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReferenceDialog", "Reference name"))
    dialog.setLabelText(label)
    dialog.setTextValue(suggestion)
    for child in dialog.findChildren(QLabel):
        child.setWordWrap(True)
    title_width = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    # The dialog's layout fixes its size to its contents, so the room is given to the name field.
    for field in dialog.findChildren(QLineEdit):
        field.setMinimumWidth(max(TITLE_ROOM + title_width, MIN_WIDTH))
    return dialog


TITLE_ROOM = 160  # the window manager's icon and its minimise, maximise and close buttons
MIN_WIDTH = 420


def ask_name(parent: QWidget, label: str, suggestion: str) -> str | None:
    dialog = name_dialog(parent, label, suggestion)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    name = dialog.textValue()
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
