"""One way to save something a window made: ask where, write it, and say in words what happened.

The views and compare-many windows both save pictures, reports and tables; a
failure is a sentence with what to do next, never a traceback, and the window's
status line says where the file went.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from fidgui.core.base.errors import FidguiError
from fidgui.gui.text import fill, say
from fidgui.gui.widgets.plain_text import as_html


def save_with_dialog(
    parent: QWidget,
    path: Path | None,
    start: Path,
    file_filter: str,
    write: Callable[[Path], None],
    status: QLabel,
) -> Path | None:
    """Ask where (unless ``path`` is given, as tests do), write, and report; the path written, or None."""
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("FileSaving", "Save as"), str(start), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
    try:
        write(path)
    except (OSError, FidguiError) as error:
        warn_not_saved(parent, error)
        return None
    status.setText(fill(QCoreApplication.translate("FileSaving", "Saved to %1."), path))
    return path


def warn_not_saved(parent: QWidget, error: OSError | FidguiError) -> None:
    """The one dialog for a save that failed: why, in a sentence, and what to do next."""
    reason = error.strerror if isinstance(error, OSError) and error.strerror else say(error) if isinstance(error, FidguiError) else str(error)
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("FileSaving", "Not saved"),
        as_html(fill(  # the reason can hold the file's name
            QCoreApplication.translate(
                "FileSaving", "The file could not be saved (%1). Choose another folder and try again."
            ),
            reason,
        )),
    )
