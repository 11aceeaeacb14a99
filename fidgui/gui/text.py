"""Fill translated sentences: ``fill("%1 of %2", a, b)``, as QString.arg does in C++; and show stored dates.

Placeholders stay numbered in the source strings so a translator can move them
anywhere a sentence in their language needs them.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt


def fill(template: str, *values: object) -> str:
    """Replace %1, %2, ... with the values, highest number first so %1 never eats the start of %10."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template


def local_time(created: str) -> str:
    """A stored UTC time (ISO 8601, as the history and the reference library keep it) in local time, to the minute."""
    moment = QDateTime.fromString(created, Qt.DateFormat.ISODate)
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm") if moment.isValid() else created
