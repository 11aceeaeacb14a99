"""File names that are not valid UTF-8, carried exactly and shown safely.

On Linux a file name is bytes; Python hands an undecodable byte to fidgui as a lone surrogate (``b"\\xff"`` becomes
``"\\udcff"``, PEP 383), which is exact (``os.fsencode`` gives the bytes back) but cannot be encoded as UTF-8:
SQLite, JSON files and terminals then raised ``UnicodeEncodeError`` at the very end of a run. fidgui keeps such
names exact where they are data (JSON written with ASCII escapes, which read back as the same surrogates) and
shows them with each undecodable byte as ``\\xNN`` where a person reads them (text columns, sentences).
"""

from __future__ import annotations


def printable_name(text: str) -> str:
    """``text`` with each undecodable byte of a file name written as ``\\xNN``; other text unchanged."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no file name produced: show its code point instead
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
