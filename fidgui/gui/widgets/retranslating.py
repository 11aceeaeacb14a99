"""Widgets whose texts follow the chosen language: one ``changeEvent`` for all of them.

Qt sends every widget a LanguageChange event when the translator changes; a widget that
mixes this in before its Qt base has its own ``retranslate()`` called then, and sets its
texts there (and once at start, itself).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mix in before the Qt base class (``class View(Retranslating, QWidget)``); the class defines ``retranslate``."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]
