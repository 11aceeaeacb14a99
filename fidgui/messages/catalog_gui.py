"""English sentences of the window and the command line about a bug (the log file keeps the traceback)."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "unexpected_error": (
        "Something unexpected went wrong ({error}). Please try again; if it happens again, report it to the "
        "fidgui developers with this message and the log file {log}."
    ),
}
