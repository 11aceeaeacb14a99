"""Remember each image's Inception outputs, so a folder is run through the network once, not every time.

Features are keyed by what determines them and nothing else: the SHA-256 of the file's bytes (so a renamed
or moved file still hits and an edited one misses), the model's hash, the preprocessing mode and the decode
policy. Whole-folder statistics are remembered too, keyed by a fingerprint of the folder's listing (relative
paths, sizes, modification times), so an unchanged 10,000-image reference folder costs one directory
listing instead of 10,000 file reads.

This is a cache: it may be deleted at any time, and it must never stop a run. Damage found on opening is set
aside by :mod:`fidgui.core.stores.sqlite_store`; any error after that turns the cache off for the rest of this
object's life, with one sentence in :attr:`FeatureCache.notices`, and every call answers "nothing cached".
The size is bounded: past ``max_bytes`` the least recently used entries go first.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, TypeVar

import numpy as np

from fidgui.core.stores.sqlite_store import (
    GuardedStore,
    StoreSpec,
    StoreUnavailable,
    chunks,
    is_corruption,
    write_transaction,
)
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.base.user_dirs import cache_dir
from fidgui.core.images.discovery import folder_fingerprint  # noqa: F401  (moved to the listing; kept importable)

FILE_NAME = "features.sqlite3"
DEFAULT_MAX_BYTES = 2 * 1024**3  # about 160,000 images' features
EVICT_TO_FRACTION = 0.9  # past the limit, shrink to 90 % so eviction does not run on every batch
POOL3_DIMS = 2048
LOGITS_DIMS = 1008
_FLOAT32 = np.dtype("<f4")
_FLOAT64 = np.dtype("<f8")

T = TypeVar("T")

SPEC = StoreSpec(
    label="feature cache",
    version=1,
    after_reset="it is being rebuilt",
    disposable=True,
    before_schema=("PRAGMA auto_vacuum = INCREMENTAL",),  # evicted space goes back to the disk
    schema=(
        "CREATE TABLE meta (id INTEGER PRIMARY KEY CHECK (id = 1), clock REAL NOT NULL)",
        "INSERT INTO meta (id, clock) VALUES (1, 0)",
        # Small columns first, blobs last: the eviction scan never reads overflow pages.
        """CREATE TABLE features (
            id INTEGER PRIMARY KEY,
            content_sha256 TEXT NOT NULL,
            model_sha256 TEXT NOT NULL,
            mode TEXT NOT NULL,
            decode TEXT NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            notes TEXT NOT NULL,
            nbytes INTEGER NOT NULL,
            created REAL NOT NULL,
            last_used REAL NOT NULL,
            pool3 BLOB NOT NULL,
            logits_unbiased BLOB NOT NULL
        )""",
        "CREATE UNIQUE INDEX features_key ON features (content_sha256, model_sha256, mode, decode)",
        "CREATE INDEX features_lru ON features (last_used)",
        """CREATE TABLE folder_statistics (
            id INTEGER PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            model_sha256 TEXT NOT NULL,
            mode TEXT NOT NULL,
            decode TEXT NOT NULL,
            n INTEGER,
            dims INTEGER NOT NULL,
            summary TEXT NOT NULL,
            nbytes INTEGER NOT NULL,
            created REAL NOT NULL,
            last_used REAL NOT NULL,
            mu BLOB NOT NULL,
            sigma BLOB NOT NULL
        )""",
        "CREATE UNIQUE INDEX folder_statistics_key ON folder_statistics (fingerprint, model_sha256, mode, decode)",
        "CREATE INDEX folder_statistics_lru ON folder_statistics (last_used)",
    ),
)


@dataclass(frozen=True)
class FeatureKey:
    """Everything that decides an image's features: its bytes, the network, the preprocessing, the decoding."""

    content_sha256: str
    model_sha256: str
    mode: str
    decode: str


@dataclass(frozen=True, eq=False)
class CachedFeatures:
    """One image's network outputs and what the report needs to know about the picture.

    ``width`` and ``height`` are the size as opened, before EXIF rotation (``DecodedImage.original_size``);
    ``notes`` are the decoder's notes (``DecodedImage.notes``), so a cached image counts in the report
    exactly as a decoded one.
    """

    pool3: np.ndarray  # (2048,) float32
    logits_unbiased: np.ndarray  # (1008,) float32
    width: int
    height: int
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class FolderRecord:
    """Whole-folder statistics and the caller's summary of the run that made them (skips, notes, counts)."""

    statistics: FeatureStatistics
    summary: dict[str, Any] = field(default_factory=dict)


def _vector_bytes(array: np.ndarray, dims: int, name: str) -> bytes:
    array = np.asarray(array)
    if array.shape != (dims,) or array.dtype != np.float32:
        raise ValueError(f"{name} must be a float32 vector of {dims} values, not {array.dtype} {array.shape}")
    return np.ascontiguousarray(array, dtype=_FLOAT32).tobytes()


def _vector(blob: bytes, dims: int) -> np.ndarray | None:
    if len(blob) != dims * _FLOAT32.itemsize:
        return None
    return np.frombuffer(blob, dtype=_FLOAT32).astype(np.float32)


class FeatureCache(GuardedStore):
    """Per-image features and whole-folder statistics in one SQLite file; see the module docstring.

    Safe to share between threads (one lock) and between processes (WAL, short transactions). Show
    :attr:`notices` to the person after a run: it says when the cache was damaged or had to be turned off.
    """

    def __init__(self, path: Path | None = None, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> None:
        super().__init__(Path(path) if path is not None else cache_dir() / FILE_NAME, SPEC)
        self.max_bytes = max_bytes
        self._disabled = False
        with self._lock:
            try:
                self._open()
            except StoreUnavailable as error:
                self._disabled = True
                self.notices.append(f"{error} This run goes on without the feature cache.")

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
            notice = (
                f"The feature cache could not be used ({error}); this run goes on without it, so images are "
                "computed again. Nothing else is affected."
            )
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

    # -- per-image features ----------------------------------------------------------------------------------

    def get_many(self, keys: Iterable[FeatureKey]) -> dict[FeatureKey, CachedFeatures]:
        """The cached features of those keys that have them; a missing key is simply absent."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return {}

        def work(connection: sqlite3.Connection) -> dict[FeatureKey, CachedFeatures]:
            groups: dict[tuple[str, str, str], list[str]] = {}
            for key in wanted:
                groups.setdefault((key.model_sha256, key.mode, key.decode), []).append(key.content_sha256)
            found: dict[FeatureKey, CachedFeatures] = {}
            hit_ids: list[int] = []
            for (model, mode, decode), digests in groups.items():
                for part in chunks(digests):
                    marks = ",".join("?" * len(part))
                    rows = connection.execute(
                        "SELECT id, content_sha256, width, height, notes, pool3, logits_unbiased FROM features "
                        f"WHERE model_sha256 = ? AND mode = ? AND decode = ? AND content_sha256 IN ({marks})",
                        (model, mode, decode, *part),
                    ).fetchall()
                    for row_id, digest, width, height, notes, pool3_blob, logits_blob in rows:
                        pool3, logits = _vector(pool3_blob, POOL3_DIMS), _vector(logits_blob, LOGITS_DIMS)
                        if pool3 is None or logits is None:
                            continue  # a row of the wrong size is a miss; it is overwritten on the next put
                        try:
                            note_list = tuple(str(note) for note in json.loads(notes))
                        except (ValueError, TypeError):
                            continue
                        key = FeatureKey(digest, model, mode, decode)
                        found[key] = CachedFeatures(pool3, logits, int(width), int(height), note_list)
                        hit_ids.append(row_id)
            self._touch(connection, "features", hit_ids)
            return found

        return self._attempt(work, {})

    def put_many(
        self, items: Mapping[FeatureKey, CachedFeatures] | Iterable[tuple[FeatureKey, CachedFeatures]]
    ) -> int:
        """Store a batch in one transaction (replacing entries with the same key); returns rows written.

        Arrays of the wrong shape or type raise ValueError before anything is written: that is a bug in the
        caller, not damage to the cache.
        """
        pairs = list(items.items()) if isinstance(items, Mapping) else list(items)
        rows = []
        for key, features in pairs:
            pool3 = _vector_bytes(features.pool3, POOL3_DIMS, "pool3")
            logits = _vector_bytes(features.logits_unbiased, LOGITS_DIMS, "logits_unbiased")
            notes = json.dumps([str(note) for note in features.notes], ensure_ascii=False)
            nbytes = len(pool3) + len(logits) + len(notes)
            rows.append((key.content_sha256, key.model_sha256, key.mode, key.decode,
                         int(features.width), int(features.height), notes, nbytes, pool3, logits))
        if not rows:
            return 0

        def work(connection: sqlite3.Connection) -> int:
            with write_transaction(connection):
                tick = self._tick(connection)
                connection.executemany(
                    "INSERT INTO features (content_sha256, model_sha256, mode, decode, width, height, notes, "
                    "nbytes, pool3, logits_unbiased, created, last_used) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
                    "ON CONFLICT (content_sha256, model_sha256, mode, decode) DO UPDATE SET "
                    "width = excluded.width, height = excluded.height, notes = excluded.notes, "
                    "nbytes = excluded.nbytes, pool3 = excluded.pool3, logits_unbiased = excluded.logits_unbiased, "
                    "last_used = excluded.last_used",
                    [(*row, tick, tick) for row in rows],
                )
            self._evict_if_over(connection)
            return len(rows)

        return self._attempt(work, 0)

    # -- whole-folder statistics -----------------------------------------------------------------------------

    def folder_record_get(self, fingerprint: str, model_sha256: str, mode: str, decode: str) -> FolderRecord | None:
        """The statistics and summary stored for this exact listing, network, mode and decoding, if any."""

        def work(connection: sqlite3.Connection) -> FolderRecord | None:
            row = connection.execute(
                "SELECT id, n, dims, summary, mu, sigma FROM folder_statistics "
                "WHERE fingerprint = ? AND model_sha256 = ? AND mode = ? AND decode = ?",
                (fingerprint, model_sha256, mode, decode),
            ).fetchone()
            if row is None:
                return None
            row_id, n, dims, summary, mu_blob, sigma_blob = row
            if len(mu_blob) != dims * 8 or len(sigma_blob) != dims * dims * 8:
                return None
            try:
                summary_dict = json.loads(summary)
            except ValueError:
                return None
            mu = np.frombuffer(mu_blob, dtype=_FLOAT64).astype(np.float64)
            sigma = np.frombuffer(sigma_blob, dtype=_FLOAT64).astype(np.float64).reshape(dims, dims)
            self._touch(connection, "folder_statistics", [row_id])
            statistics = FeatureStatistics(mu, sigma, None if n is None else int(n), mode, model_sha256)
            return FolderRecord(statistics, summary_dict if isinstance(summary_dict, dict) else {})

        return self._attempt(work, None)

    def folder_statistics_get(
        self, fingerprint: str, model_sha256: str, mode: str, decode: str
    ) -> FeatureStatistics | None:
        record = self.folder_record_get(fingerprint, model_sha256, mode, decode)
        return None if record is None else record.statistics

    def folder_statistics_put(
        self,
        fingerprint: str,
        model_sha256: str,
        mode: str,
        decode: str,
        statistics: FeatureStatistics,
        summary: Mapping[str, Any] | None = None,
    ) -> bool:
        """Remember a folder's statistics (bit for bit, float64) and a JSON-able summary; True when stored."""
        mu = np.asarray(statistics.mu)
        sigma = np.asarray(statistics.sigma)
        if mu.ndim != 1 or sigma.shape != (mu.size, mu.size):
            raise ValueError(f"mu {mu.shape} and sigma {sigma.shape} do not fit together")
        mu_blob = np.ascontiguousarray(mu, dtype=_FLOAT64).tobytes()
        sigma_blob = np.ascontiguousarray(sigma, dtype=_FLOAT64).tobytes()
        summary_text = json.dumps(dict(summary or {}), default=str)  # ASCII: undecodable names as \udcXX escapes
        nbytes = len(mu_blob) + len(sigma_blob) + len(summary_text)

        def work(connection: sqlite3.Connection) -> bool:
            with write_transaction(connection):
                tick = self._tick(connection)
                connection.execute(
                    "INSERT INTO folder_statistics (fingerprint, model_sha256, mode, decode, n, dims, summary, "
                    "nbytes, mu, sigma, created, last_used) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
                    "ON CONFLICT (fingerprint, model_sha256, mode, decode) DO UPDATE SET n = excluded.n, "
                    "dims = excluded.dims, summary = excluded.summary, nbytes = excluded.nbytes, mu = excluded.mu, "
                    "sigma = excluded.sigma, last_used = excluded.last_used",
                    (fingerprint, model_sha256, mode, decode, statistics.n, int(mu.size), summary_text, nbytes,
                     mu_blob, sigma_blob, tick, tick),
                )
            self._evict_if_over(connection)
            return True

        return self._attempt(work, False)

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
                    " SELECT 0 AS kind, id, nbytes, last_used FROM features"
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
                for kind, table in ((0, "features"), (1, "folder_statistics")):
                    for part in chunks(chosen[kind]):
                        marks = ",".join("?" * len(part))
                        connection.execute(f"DELETE FROM {table} WHERE id IN ({marks})", tuple(part))
                used = self._used_bytes(connection)
        connection.execute("PRAGMA incremental_vacuum").fetchall()  # each step frees a page: fetch them all
        return max(0, before - self._used_bytes(connection))

    def clear(self) -> int:
        """Empty the cache and give the space back to the disk; returns the bytes freed.

        Copies of a damaged cache set aside earlier (``features.sqlite3.corrupt-*``) are deleted too: unlike a
        damaged history, a damaged cache holds nothing worth keeping.
        """

        def work(connection: sqlite3.Connection) -> int:
            before = self._used_bytes(connection)
            with write_transaction(connection):
                connection.execute("DELETE FROM features")
                connection.execute("DELETE FROM folder_statistics")
            try:
                connection.execute("VACUUM")
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.OperationalError as error:  # another process is busy with it: free pages stay free
                if is_corruption(error):
                    raise
                connection.execute("PRAGMA incremental_vacuum").fetchall()
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

    def __enter__(self) -> FeatureCache:
        return self
