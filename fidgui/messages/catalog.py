"""Every message code with its English sentence; ``{name}`` marks where a parameter goes.

The English text is also the source text translators work from. Parameters are
inserted whole (numbers, file names, paths) and never translated.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "error": "Something went wrong.",
    "cancelled": "The run was cancelled.",
}
