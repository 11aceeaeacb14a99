"""Acting inside a modal dialog from a test, so that a failing check fails the test instead of hanging it.

A modal dialog runs its own event loop; a test reaches into it with a timer. When a check inside
that timer failed, the exception vanished into Qt and the dialog stayed open, so the test waited
for ever. Here a failure closes the dialog and is raised again once ``exec()`` has returned.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

D = TypeVar("D", bound=QDialog)


@contextmanager
def acting_in_modal(kind: type[D], act: Callable[[D], None], appear_within_s: float = 30.0) -> Iterator[list[D]]:
    """Run ``act(dialog)`` in the next modal ``kind`` once it shows; yields the dialogs seen (for later checks)."""
    errors: list[BaseException] = []
    seen: list[D] = []
    deadline = time.monotonic() + appear_within_s

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if time.monotonic() < deadline:
                QTimer.singleShot(20, attempt)
            else:
                errors.append(AssertionError(f"no {kind.__name__} appeared within {appear_within_s} s"))
            return
        seen.append(dialog)
        try:
            act(dialog)
        except BaseException as error:  # noqa: BLE001 - every failure must reach the test, and close the dialog
            errors.append(error)
            dialog.reject()

    QTimer.singleShot(0, attempt)
    yield seen
    if errors:
        raise errors[0]


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Answer the next "open a file" dialog with ``path``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def fid_setup_status_after_choosing(qtbot, monkeypatch: pytest.MonkeyPatch, path: Path):  # type: ignore[no-untyped-def]
    """The FID model dialog once ``path`` was chosen with "From a file…" and its job ended with a status line."""
    from fidgui.gui.windows.model_setup_dialog import ModelSetupDialog

    dialog = ModelSetupDialog()
    qtbot.addWidget(dialog)
    choose_file(monkeypatch, path)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and bool(dialog.status.text()), timeout=30_000)
    return dialog
