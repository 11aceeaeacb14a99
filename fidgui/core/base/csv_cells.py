"""Text cells that a spreadsheet will show as text, never run as a formula.

A folder named ``=HYPERLINK("http://…")`` or ``@SUM(…)`` lands in the CSV files fidgui writes (results, history)
and Excel, LibreOffice and Google Sheets evaluate a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and,
in some of them, tab or carriage return). Such text cells get a leading apostrophe, the spreadsheets' own
"this is text" mark (OWASP's advice for CSV injection). Plain numbers are left alone, so a negative KID
(``-0.0012``) stays a number in the sheet, as do numbers written as numbers.
"""

from __future__ import annotations

import re
from typing import Any

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_safe(value: Any) -> Any:
    """``value`` unchanged unless it is text a spreadsheet would take for a formula; then ``'`` + the text."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value
