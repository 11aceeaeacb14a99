"""Open the small SQLite databases fidgui keeps (feature cache, history) so that they never stop a run.

Every store is opened the same way, so the feature cache and the history behave alike:

- WAL journal, ``synchronous=NORMAL`` and a busy timeout of about ten seconds: a process killed mid-write
  leaves the last committed state, readers never block the writer, and a second fidgui (the window and a
  command line at once) waits its turn instead of failing with "database is locked".
- Writes go through :func:`write_transaction` (``BEGIN IMMEDIATE``), which takes the write lock up front:
  a deferred transaction that upgrades from reading to writing can fail at once under contention, without
  waiting for the busy timeout.
- The schema carries a ``user_version``, applied or converted in one transaction (two processes opening
  a new or old file at once cannot both do it); a file from a newer fidgui is refused, never rewritten.
- A file that exists but cannot be written (a read-only profile or disk, a full disk) is opened read-only when
  the store allows it (``readable_read_only``: the history, which a person may want to read anywhere): listing
  needs no write access, and the caller gets one sentence saying nothing new is recorded.
- A damaged file ("file is not a database", "database disk image is malformed", or a failing
  ``PRAGMA quick_check``) is renamed aside, with its ``-wal`` and ``-shm``, to ``<name>.corrupt-<time>``
  and a fresh one is started; the caller gets one sentence to show. The damaged copy is kept, not deleted,
  because it may be all that is left of something the person cares about (their history).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence, TypeVar

from fidgui.core.base.errors import FidguiError, Message
from fidgui.core.stores.store_damage import damage_notice, is_corruption, set_aside  # noqa: F401  (re-exported)

T = TypeVar("T")

BUSY_TIMEOUT_SECONDS = 10.0


class StoreUnavailable(FidguiError):
    """A store that cannot be opened or used for a reason other than damage (permissions, a newer format)."""


@dataclass(frozen=True)
class StoreSpec:
    """What one database holds and how to talk about it.

    ``label`` names it in sentences ("feature cache"); ``after_reset`` says what happens once a damaged file
    has been set aside ("it is being rebuilt"). ``schema`` is applied to a new, empty file; ``upgrades`` maps
    an older ``user_version`` to the statements that bring it one step forward. ``disposable`` stores (a
    cache) are emptied and rebuilt when they are older than any known upgrade path; others are refused.
    ``before_schema`` runs on a new file before anything else (``PRAGMA auto_vacuum`` must come first).
    ``rebuilt_code``: the notice (parameter ``version``) when a disposable store is emptied, not converted.
    """

    label: str
    version: int
    schema: Sequence[str]
    after_reset: str
    disposable: bool = False
    before_schema: Sequence[str] = ()
    upgrades: Mapping[int, Sequence[str]] = field(default_factory=dict)
    rebuilt_code: str | None = None
    readable_read_only: bool = False


@dataclass
class OpenedStore:
    """A ready connection, and the notices the caller should show (empty when all went well)."""

    connection: sqlite3.Connection
    notices: list[Any]
    read_only: bool = False


class _Damaged(Exception):
    """Internal: the file failed its check; carries the reason for the log line."""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def _connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit, see :func:`write_transaction`."""
    connection = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
    )
    connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    return connection


def _prepare(connection: sqlite3.Connection, spec: StoreSpec, path: Path) -> list[str | Message]:
    """Journal mode, integrity check and schema; raises _Damaged or sqlite3 errors; returns notices."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version == 0:
        for statement in spec.before_schema:
            connection.execute(statement).fetchall()
    connection.execute("PRAGMA journal_mode = WAL").fetchall()  # stays 'delete' where WAL is impossible
    connection.execute("PRAGMA synchronous = NORMAL")
    rows = connection.execute("PRAGMA quick_check").fetchall()
    if rows != [("ok",)]:
        raise _Damaged("; ".join(str(row[0]) for row in rows[:3]))
    if connection.execute("PRAGMA user_version").fetchone()[0] == spec.version:
        return []  # the usual case: no write lock taken just to open
    notices: list[str | Message] = []
    with write_transaction(connection):
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version == spec.version:
            return []
        if version > spec.version:
            raise StoreUnavailable(
                f"The {spec.label} at {path} was written by a newer version of fidgui (format {version}; this "
                f"version reads format {spec.version}); update fidgui to use it."
            )
        if version != 0 and not all(step in spec.upgrades for step in range(version, spec.version)):
            if not spec.disposable:
                raise StoreUnavailable(
                    f"The {spec.label} at {path} is in an old format ({version}) that this version of fidgui "
                    f"cannot convert; move the file away to start a new {spec.label}."
                )
            version = _rebuild(connection, spec, version, notices)
        try:
            for step in range(version, spec.version) if version else ():
                for statement in spec.upgrades[step]:
                    connection.execute(statement)
        except sqlite3.OperationalError as error:  # not the tables its format promises
            if not spec.disposable or is_corruption(error):
                raise
            version = _rebuild(connection, spec, version, notices)
        if version == 0:
            for statement in spec.schema:
                connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {int(spec.version)}")
    return notices


def _rebuild(connection: sqlite3.Connection, spec: StoreSpec, version: int, notices: list[str | Message]) -> int:
    """Empty a disposable store that cannot be converted and say so; it is then built as a new file (format 0)."""
    _drop_everything(connection)
    notices.extend([Message(spec.rebuilt_code, {"version": version})] if spec.rebuilt_code else [])
    return 0


def _drop_everything(connection: sqlite3.Connection) -> None:
    objects = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for kind, name in objects:
        connection.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')


def _close_quietly(connection: sqlite3.Connection | None) -> None:
    if connection is not None:
        with contextlib.suppress(sqlite3.Error):
            connection.close()


def open_store(path: Path, spec: StoreSpec) -> OpenedStore:
    """Open (creating if needed) the database at ``path``; a damaged file is set aside and replaced.

    Raises :class:`StoreUnavailable` with a sentence when the store cannot be used at all (a folder that
    cannot be written, a file from a newer fidgui, damage that could not be set aside); callers that are
    a mere cache turn that into a notice and go on without it.
    """
    path = Path(path)
    notices: list[str | Message] = []
    for attempt in range(2):
        connection: sqlite3.Connection | None = None
        identity = _identity(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = _connect(path)
            notices.extend(_prepare(connection, spec, path))
            return OpenedStore(connection, notices)
        except StoreUnavailable:
            _close_quietly(connection)
            raise
        except (_Damaged, sqlite3.DatabaseError) as error:
            _close_quietly(connection)
            if not isinstance(error, _Damaged) and not is_corruption(error):
                return _open_undamaged_failure(path, spec, error)
            if attempt == 1:
                raise StoreUnavailable(
                    f"The {spec.label} at {path} is damaged ({error}) and a fresh one could not be started; "
                    "move the file away by hand and try again."
                ) from error
            if _identity(path) != identity:
                continue  # another process set it aside and started a fresh one meanwhile: use that
            try:
                aside = set_aside(path)
            except OSError as move_error:
                raise StoreUnavailable(
                    f"The {spec.label} at {path} is damaged ({error}) and could not be set aside ({move_error}); "
                    "close other fidgui windows and try again, or delete the file by hand."
                ) from move_error
            notices.append(damage_notice(spec, aside))
        except OSError as error:
            _close_quietly(connection)
            return _open_undamaged_failure(path, spec, error)
    raise AssertionError("unreachable")  # pragma: no cover


def _open_undamaged_failure(path: Path, spec: StoreSpec, error: BaseException) -> OpenedStore:
    """Not damage (permissions, a full disk): setting it aside cannot help, so read it as it is or say what to check."""
    if spec.readable_read_only and path.is_file():
        return _open_read_only(path, spec, error)
    raise StoreUnavailable(
        f"The {spec.label} at {path} could not be opened ({error}); check that the folder exists and can "
        "be written, and that the disk is not full."
    ) from error


def _open_read_only(path: Path, spec: StoreSpec, cause: BaseException) -> OpenedStore:
    """Open an existing store for reading only; ``immutable`` when even SQLite's shared-memory file cannot be made."""
    last: BaseException = cause
    for options in ("mode=ro", "mode=ro&immutable=1"):
        connection: sqlite3.Connection | None = None
        try:
            connection = sqlite3.connect(
                f"{path.resolve().as_uri()}?{options}", uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                check_same_thread=False,
            )
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as error:
            _close_quietly(connection)
            last = error
            continue
        if version != spec.version:
            _close_quietly(connection)
            raise StoreUnavailable("store_read_only_other_format", label=spec.label, path=str(path),
                                   reason=str(cause), version=version, expected=spec.version) from cause
        notice = Message("store_read_only", {"label": spec.label, "path": str(path), "reason": str(cause)})
        return OpenedStore(connection, [notice], read_only=True)
    raise StoreUnavailable("store_unopenable", label=spec.label, path=str(path), reason=str(last)) from last


@contextlib.contextmanager
def write_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any error; short, so other processes wait little."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


class GuardedStore:
    """A connection shared across threads behind a lock, closed once; the base of the cache and the history."""

    def __init__(self, path: Path, spec: StoreSpec) -> None:
        self.path = Path(path)
        self.spec = spec
        self.notices: list[Any] = []
        self.read_only = False
        self._lock = threading.RLock()
        self._connection: sqlite3.Connection | None = None

    def _open(self) -> None:
        opened = open_store(self.path, self.spec)
        self._connection = opened.connection
        self.read_only = opened.read_only
        self.notices.extend(opened.notices)

    def _set_aside_after(self, error: BaseException) -> str | None:
        """After damage found while in use: close, set the file aside (best effort), return the sentence."""
        _close_quietly(self._connection)
        self._connection = None
        try:
            aside = set_aside(self.path)
        except OSError:
            return None  # open elsewhere (Windows): the next open finds the damage and sets it aside
        return damage_notice(self.spec, aside)

    def close(self) -> None:
        with self._lock:
            _close_quietly(self._connection)
            self._connection = None

    def __enter__(self) -> GuardedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def chunks(items: Sequence[T], size: int = 500) -> Iterator[Sequence[T]]:
    """Slices small enough for SQLite's limit on bound parameters (999 in old builds)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]

