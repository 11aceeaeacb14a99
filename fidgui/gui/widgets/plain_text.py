"""User-controlled text (folder, file and reference names, paths, error sentences) shown as typed, never as HTML.

Qt guesses whether a label's, message box's or tooltip's text is HTML (``Qt::mightBeRichText``):
a folder named ``<h1><font color=red>FID 0.00 identical`` would show a large red claim, and
``<img src=...>`` makes Qt open a local file and swallows the rest of the sentence. A label
is told its text is plain (``plain_label``, or ``setTextFormat`` where it is made). A tooltip
or a message box from the static ``QMessageBox`` functions cannot be told, so its text is
given as HTML that shows it exactly (``as_html``). Escaping alone is not enough: Qt would take
an escaped text with no tag for plain text and show ``&amp;`` as typed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_label(label: QLabel) -> QLabel:
    """The label, set to show its text as plain text whatever it contains."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def sentence_label() -> QLabel:
    """A hidden label for sentences that may name the user's files: plain text, wrapped, selectable to copy."""
    label = plain_label(QLabel())
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def as_html(text: str) -> str:
    """HTML that Qt shows as exactly ``text``, line breaks kept; empty stays empty (no tooltip at all)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"
