"""Tell damage from other failures of a SQLite store, and set a damaged file aside without losing it.

"File is not a database", "database disk image is malformed" and a failing ``PRAGMA quick_check`` mean the
contents are damaged (as opposed to locked or unwritable); such a file is renamed, with its ``-wal`` and
``-shm``, to ``<name>.corrupt-<time>``, never deleted: it may be all that is left of someone's history.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fidgui.core.stores.sqlite_store import StoreSpec

_CORRUPTION_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_CORRUPTION_PHRASES = ("file is not a database", "database disk image is malformed", "malformed database schema")
_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def is_corruption(error: BaseException) -> bool:
    """True for the errors that mean the file's contents are damaged (as opposed to locked or unwritable)."""
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _CORRUPTION_CODES:
        return True
    message = str(error).lower()
    return any(phrase in message for phrase in _CORRUPTION_PHRASES)


def set_aside(path: Path) -> Path:
    """Rename a damaged database and its companions to ``<name>.corrupt-<time>``; return the new name."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    os.replace(path, target)
    for suffix in _COMPANION_SUFFIXES:
        companion = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            # Named so that sqlite3 finds the WAL beside the copy if someone wants to salvage it;
            # a stale WAL left beside a fresh file would otherwise be replayed into it.
            os.replace(companion, target.with_name(target.name + suffix))
    return target


def damage_notice(spec: StoreSpec, aside: Path) -> str:
    return (
        f"The {spec.label} was damaged and has been set aside as {aside.name}; {spec.after_reset}. "
        "Nothing else is affected."
    )
