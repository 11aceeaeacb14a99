"""The screen a widget is on, asked of the application rather than of the widget.

PySide6 6.11 ties the QScreen wrapper that ``QWidget.screen()`` returns to that widget's Python object. When the
cycle collector later freed that wrapper, it deleted the screen itself, and the next widget made crashed inside
``QScreen::virtualSiblings`` (a segmentation fault in the tests, deterministic once a modal dialog had closed; seen
with gdb: ``~QScreen`` called from the wrapper's deallocation). The application's screen list is not tied to any
of our widgets.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen under the widget's centre, else the primary screen (None only without any screen)."""
    return QGuiApplication.screenAt(widget.frameGeometry().center()) or QGuiApplication.primaryScreen()
