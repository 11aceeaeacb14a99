"""The window's one formatting module: fill numbered sentences, word engine messages, show stored dates.

``fill("%1 of %2", a, b)`` works as QString.arg does in C++: placeholders stay
numbered in the source strings so a translator can move them anywhere a sentence
needs them. ``say(message)`` words an engine message (an error, a notice, a
skipped file's reason) in the window's language: a Qt translation in the
"Messages" context wins, then the ``fidgui.messages`` tables, then English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDateTime, Qt

from fidgui.gui import language
from fidgui.messages import translations
from fidgui.messages.render import Renderable, render

MESSAGES_CONTEXT = "Messages"
_NUMBERED = re.compile(r"%(\d+)")


def fill(template: str, *values: object) -> str:
    """Replace %1, %2, ... with the values in one pass, so a value that holds "%2" is never rewritten."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _NUMBERED.sub(value, template)


def translate_template(code: str, english: str) -> str:
    """A message's template in the window's language (``render``'s ``Translate``)."""
    translated = QCoreApplication.translate(MESSAGES_CONTEXT, english)
    if translated and translated != english:
        return translated
    return translations.lookup(language.switcher().current, code) or english


def say(item: Renderable) -> str:
    """An engine message (FidguiError, Notice, SkippedFile, Message) as a sentence in the window's language."""
    return render(item, translate_template)


def local_time(created: str) -> str:
    """A stored UTC time (ISO 8601, as the history and the reference library keep it) in local time, to the minute."""
    moment = QDateTime.fromString(created, Qt.DateFormat.ISODate)
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm") if moment.isValid() else created
