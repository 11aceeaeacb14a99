"""The window's own joining words (issue 11): how a warning's heading leads into its sentence.

The heading ends with the reader's full stop (。 in Chinese and Japanese, with no space after it); the markup
stays in the template so a translation moves the stop, never the bold. ``heading`` and ``sentence`` arrive
already escaped for rich text.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "gui_notice_item": "<b>{heading}.</b> {sentence}",
}
