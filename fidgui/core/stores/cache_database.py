"""The feature cache's database: opening it, turning it off on trouble, its size bound and LRU eviction.

This is a cache: it may be deleted at any time, and it must never stop a run. Damage found on
opening is set aside by :mod:`fidgui.core.stores.sqlite_store`; any error after that turns the
cache off for the rest of this object's life, with one notice in ``notices``, and every call
answers "nothing cached". Past ``max_bytes`` the least recently used entries go first, images
and folders alike, which is why both stores live in one file and share one clock.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path
from typing import Callable, TypeVar

from fidgui.core.base.errors import Message
from fidgui.core.base.user_dirs import cache_dir
from fidgui.core.stores.cache_schema import SPEC
from fidgui.core.stores.sqlite_store import GuardedStore, StoreUnavailable, chunks, is_corruption, write_transaction

FILE_NAME = "features.sqlite3"
DEFAULT_MAX_BYTES = 2 * 1024**3  # about 160,000 images' Inception features
EVICT_TO_FRACTION = 0.9  # past the limit, shrink to 90 % so eviction does not run on every batch

T = TypeVar("T")

# (kind, table) in eviction order of ties; an image's vectors go with it.
_ENTRY_TABLES = ((0, "images"), (1, "folder_statistics"))


def _give_back_free_pages(connection: sqlite3.Connection) -> None:
    """Shrink the file by its free pages. ``incremental_vacuum`` frees one page per step and returns no rows, so
    ``execute(...).fetchall()`` stops after one page; ``executescript`` steps it to the end. Never called inside
    a transaction (``executescript`` would commit it)."""
    if connection.execute("PRAGMA freelist_count").fetchone()[0]:
        connection.executescript("PRAGMA incremental_vacuum;")


class CacheDatabase(GuardedStore):
    """One SQLite file shared by threads (one lock) and processes (WAL, short transactions)."""

    def __init__(self, path: Path | None = None, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> None:
        super().__init__(Path(path) if path is not None else cache_dir() / FILE_NAME, SPEC)
        self.max_bytes = max_bytes
        self._disabled = False
        with self._lock:
            try:
                self._open()
            except StoreUnavailable as error:
                self._disabled = True
                self.notices.append(Message("feature_cache_off", reason=error.message))
            # Converting a format-1 file copies its vectors and frees the old pages: give them back now rather
            # than leave a file twice the size until the next eviction. Busy elsewhere: it waits for that one.
            if self._connection is not None:
                with contextlib.suppress(sqlite3.OperationalError):
                    _give_back_free_pages(self._connection)

    @property
    def available(self) -> bool:
        """False once the cache has been turned off; every call then answers 'nothing cached'."""
        return not self._disabled and self._connection is not None

    # -- guarding --------------------------------------------------------------------------------------------

    def _attempt(self, work: Callable[[sqlite3.Connection], T], default: T) -> T:
        with self._lock:
            if self._disabled or self._connection is None:
                return default
            try:
                return work(self._connection)
            except (sqlite3.Error, OSError) as error:
                self._turn_off(error)
                return default

    def _turn_off(self, error: BaseException) -> None:
        self._disabled = True
        notice = self._set_aside_after(error) if is_corruption(error) else None
        if notice is None:
            self.close()
            notice = Message("feature_cache_unusable", reason=str(error))
        self.notices.append(notice)

    @staticmethod
    def _tick(connection: sqlite3.Connection) -> float:
        """A timestamp that only moves forward, even between processes, so LRU order has no ties of clock."""
        (clock,) = connection.execute("SELECT clock FROM meta WHERE id = 1").fetchone()
        tick = max(time.time(), float(clock) + 1e-6)
        connection.execute("UPDATE meta SET clock = ? WHERE id = 1", (tick,))
        return tick

    @staticmethod
    def _used_bytes(connection: sqlite3.Connection) -> int:
        (pages,) = connection.execute("PRAGMA page_count").fetchone()
        (free,) = connection.execute("PRAGMA freelist_count").fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
        return int((pages - free) * page_size)

    def _touch(self, connection: sqlite3.Connection, table: str, ids: list[int]) -> None:
        """Mark hits as used, in one short transaction; a busy database only costs LRU precision."""
        if not ids:
            return
        try:
            with write_transaction(connection):
                tick = self._tick(connection)
                for part in chunks(ids):
                    marks = ",".join("?" * len(part))
                    connection.execute(f"UPDATE {table} SET last_used = ? WHERE id IN ({marks})", (tick, *part))
        except sqlite3.OperationalError as error:
            if is_corruption(error):
                raise

    def _evict_if_over(self, connection: sqlite3.Connection) -> None:
        if self.max_bytes is not None and self._used_bytes(connection) > self.max_bytes:
            self._evict(connection, int(self.max_bytes * EVICT_TO_FRACTION))

    # -- size ------------------------------------------------------------------------------------------------

    def size_bytes(self) -> int:
        """Bytes the cache's entries take in the database file (its pages in use, not free ones)."""
        return self._attempt(self._used_bytes, 0)

    def evict_to(self, max_bytes: int) -> int:
        """Drop least recently used entries (images and folders alike) until at most ``max_bytes`` remain.

        Returns the bytes freed; the file shrinks by as much once SQLite checkpoints its journal.
        """
        return self._attempt(lambda connection: self._evict(connection, max_bytes), 0)

    def _evict(self, connection: sqlite3.Connection, max_bytes: int) -> int:
        before = self._used_bytes(connection)
        used = before
        while used > max_bytes:
            with write_transaction(connection):
                candidates = connection.execute(
                    "SELECT kind, id, nbytes FROM ("
                    " SELECT 0 AS kind, id, nbytes, last_used FROM images"
                    " UNION ALL SELECT 1 AS kind, id, nbytes, last_used FROM folder_statistics"
                    ") ORDER BY last_used, kind, id LIMIT 512"
                ).fetchall()
                if not candidates:
                    break
                excess, chosen = used - max_bytes, {0: [], 1: []}
                for kind, row_id, nbytes in candidates:
                    chosen[kind].append(row_id)
                    excess -= nbytes
                    if excess <= 0:
                        break
                for part in chunks(chosen[0]):
                    marks = ",".join("?" * len(part))
                    connection.execute(f"DELETE FROM image_outputs WHERE image_id IN ({marks})", tuple(part))
                for kind, table in _ENTRY_TABLES:
                    for part in chunks(chosen[kind]):
                        marks = ",".join("?" * len(part))
                        connection.execute(f"DELETE FROM {table} WHERE id IN ({marks})", tuple(part))
                used = self._used_bytes(connection)
        _give_back_free_pages(connection)
        return max(0, before - self._used_bytes(connection))

    def clear(self) -> int:
        """Empty the cache and give the space back to the disk; returns the bytes freed.

        Copies of a damaged cache set aside earlier (``features.sqlite3.corrupt-*``) are deleted too: unlike a
        damaged history, a damaged cache holds nothing worth keeping.
        """

        def work(connection: sqlite3.Connection) -> int:
            before = self._used_bytes(connection)
            with write_transaction(connection):
                for table in ("image_outputs", "images", "folder_statistics"):
                    connection.execute(f"DELETE FROM {table}")
            try:
                connection.execute("VACUUM")
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.OperationalError as error:  # another process is busy with it: free pages stay free
                if is_corruption(error):
                    raise
                _give_back_free_pages(connection)
            return max(0, before - self._used_bytes(connection))

        freed = self._attempt(work, 0)
        for aside in self.path.parent.glob(f"{self.path.name}.corrupt-*"):
            try:
                size = aside.stat().st_size
                aside.unlink()
            except OSError:
                continue
            freed += size
        return freed
