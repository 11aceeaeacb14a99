"""Every message code with its English sentence; ``{name}`` marks where a parameter goes.

The English text is also the source text translators work from. Parameters are
inserted whole (numbers, file names, paths) and never translated.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "error": "Something went wrong.",
    "cancelled": "The run was cancelled.",
    # gui: what the window and the command line say about a bug (the log file keeps the traceback)
    "unexpected_error": (
        "Something unexpected went wrong ({error}). Please try again; if it happens again, report it to the "
        "fidgui developers with this message and the log file {log}."
    ),
}
