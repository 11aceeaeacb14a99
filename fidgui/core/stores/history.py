"""Every comparison, remembered: what was compared, how, and what came out, so a figure can be found again.

One row per comparison in ``data_dir()/history.sqlite3``. The columns hold what the list shows and filters
on (date, both sources, counts, mode, decoding, model, device); the metrics are one JSON object of every
numeric result, so a new metric needs no new column; and the whole result document
(:func:`fidgui.core.report.document.result_to_dict`) is kept as is, so an entry reopens exactly as it was shown.

Unlike the feature cache this is the person's own record: problems raise :class:`FidguiError` with a
sentence rather than being swallowed, and a damaged file is set aside (never deleted) before a new history
is started. Recording comes after the result is on screen, so callers show a failure as a notice and carry on.

Hostile and unlucky cases (issue 10): a history that cannot be written (read-only profile, full disk) is opened
read-only, so it can still be listed; entry numbers are never reused, even after a damaged file was set aside
or the file was deleted, because the highest number given is also kept beside it (``<file>.id-floor``) and a
fresh file continues from there; a row whose JSON is damaged is listed as damaged instead of stopping the list;
file names that are not UTF-8 are stored as escapes (:mod:`fidgui.core.base.file_names`).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Mapping, TypeVar

from fidgui.core.base.atomic_files import write_text_atomically
from fidgui.core.base.device_keys import device_message
from fidgui.core.base.errors import FidguiError, Message
from fidgui.core.base.file_names import printable_name
from fidgui.core.stores.sqlite_store import GuardedStore, StoreSpec, is_corruption, write_transaction
from fidgui.core.base.user_dirs import data_dir
from fidgui.core.stores.history_export import CSV_COLUMNS, KNOWN_METRICS, entries_to_csv, export_csv  # noqa: F401

FILE_NAME = "history.sqlite3"
ID_FLOOR_SUFFIX = ".id-floor"
_SQLITE_INTEGERS = range(-(2**63), 2**63)
NOT_METRICS = frozenset({"n_real", "n_generated", "seconds"})

T = TypeVar("T")

SPEC = StoreSpec(
    label="comparison history",
    version=1,
    readable_read_only=True,
    after_reset="a new, empty history has been started",
    schema=(
        """CREATE TABLE comparisons (
            id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused, so a number always means one comparison
            created TEXT NOT NULL,                 -- UTC, ISO 8601
            real_source TEXT NOT NULL,
            generated_source TEXT NOT NULL,
            n_real INTEGER,
            n_generated INTEGER,
            mode TEXT,
            decode TEXT,
            model_sha256 TEXT,
            model_is_standard INTEGER,
            device TEXT,
            metrics TEXT NOT NULL,                 -- JSON object: every numeric result by name
            warnings TEXT NOT NULL,                -- JSON list of sentences
            settings TEXT NOT NULL,                -- JSON object
            seconds REAL,
            fidgui_version TEXT,
            result TEXT NOT NULL                   -- JSON: the whole result_to_dict document
        )""",
    ),
)

_SUMMARY_COLUMNS = (
    "id, created, real_source, generated_source, n_real, n_generated, mode, decode, model_sha256, "
    "model_is_standard, device, metrics, warnings, settings, seconds, fidgui_version"
)


@dataclass(frozen=True)
class HistoryEntry:
    """One remembered comparison as the list shows it; :meth:`History.get` gives the full result."""

    id: int
    created: str
    real_source: str
    generated_source: str
    n_real: int | None
    n_generated: int | None
    mode: str | None
    decode: str | None
    model_sha256: str | None
    model_is_standard: bool | None
    device: str | None
    metrics: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    seconds: float | None = None
    fidgui_version: str | None = None
    damaged: bool = False  # its stored JSON could not be read: listed so it can be seen and deleted

    @property
    def fid(self) -> float | None:
        return self.metrics.get("fid")

    def described_device(self) -> Message:
        """The device as a message to word in the reader's language, from the stored key (old entries too)."""
        return device_message(self.device)

    def search_text(self) -> str:
        parts = [self.created, self.real_source, self.generated_source, self.mode, self.decode, self.device,
                 self.model_sha256, self.fidgui_version, *self.warnings]
        return "\n".join(part for part in parts if part).casefold()


def numeric_results(result: Mapping[str, Any]) -> dict[str, float]:
    """Every top-level number of a result document that is a measurement (not a count or a duration)."""
    return {
        key: value for key, value in result.items()
        if isinstance(value, (int, float)) and not isinstance(value, bool) and key not in NOT_METRICS
    }


def _source(result: Mapping[str, Any], side: str) -> str:
    summary = result.get(side)
    if isinstance(summary, Mapping) and summary.get("source") is not None:
        return str(summary["source"])
    return ""


def _optional_int(value: Any) -> int | None:
    return None if value is None or isinstance(value, bool) else int(value)


def _json_or_none(text: Any, kind: type) -> Any:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, kind) else None


def _entry(row: tuple[Any, ...]) -> HistoryEntry:
    (entry_id, created, real, generated, n_real, n_generated, mode, decode, model, standard, device,
     metrics, warnings, settings, seconds, version) = row
    parsed = (_json_or_none(metrics, dict), _json_or_none(warnings, list), _json_or_none(settings, dict))
    return HistoryEntry(
        id=int(entry_id), created=str(created), real_source=str(real), generated_source=str(generated),
        n_real=n_real, n_generated=n_generated, mode=mode, decode=decode, model_sha256=model,
        model_is_standard=None if standard is None else bool(standard), device=device,
        metrics=parsed[0] or {}, warnings=parsed[1] or [], settings=parsed[2] or {},
        seconds=seconds, fidgui_version=version, damaged=any(part is None for part in parsed),
    )


class History(GuardedStore):
    """The comparison history of this user (or the database at ``path``); see the module docstring.

    Opening raises :class:`FidguiError` when the file cannot be used at all; when it was damaged it is set
    aside, a new one is started, and :attr:`notices` says so.
    """

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(Path(path) if path is not None else data_dir() / FILE_NAME, SPEC)
        with self._lock:
            self._open()

    @property
    def id_floor_path(self) -> Path:
        return self.path.with_name(self.path.name + ID_FLOOR_SUFFIX)

    def _open(self) -> None:
        """Open, then make a fresh file continue after the highest number ever given (kept beside it)."""
        super()._open()
        if self.read_only or self._connection is None:
            return
        try:
            floor = int(self.id_floor_path.read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            return
        with contextlib.suppress(sqlite3.Error), write_transaction(self._connection) as connection:
            row = connection.execute("SELECT seq FROM sqlite_sequence WHERE name = 'comparisons'").fetchone()
            if row is None:
                connection.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('comparisons', ?)", (floor,))
            elif row[0] < floor:
                connection.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'comparisons'", (floor,))

    def _remember_id(self, entry_id: int) -> None:
        """Keep the highest number given beside the file, so a history started afresh never reuses it."""
        with contextlib.suppress(OSError, FidguiError):
            write_text_atomically(self.id_floor_path, f"{entry_id}\n")

    def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        with self._lock:
            if self._connection is None:
                self._open()
            assert self._connection is not None
            try:
                return work(self._connection)
            except sqlite3.Error as error:
                if is_corruption(error):
                    notice = self._set_aside_after(error)
                    if notice is not None:
                        self.notices.append(notice)
                        raise FidguiError(notice) from error
                raise FidguiError("history_unusable", path=str(self.path), reason=str(error)) from error

    def record(self, result: Mapping[str, Any], *, created: datetime | None = None) -> int:
        """Remember one result document (from ``result_to_dict``); returns its entry number."""
        when = (created or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="seconds")
        row = (
            when, printable_name(_source(result, "real")), printable_name(_source(result, "generated")),
            _optional_int(result.get("n_real")), _optional_int(result.get("n_generated")),
            result.get("mode"), result.get("decode"), result.get("model_sha256"),
            None if result.get("model_is_standard") is None else int(bool(result["model_is_standard"])),
            result.get("device"),
            json.dumps(numeric_results(result)),  # ASCII JSON below: undecodable file names become \udcXX escapes
            json.dumps([str(text) for text in result.get("warnings") or []]),
            json.dumps(result.get("settings") or {}, default=str),
            result.get("seconds"), result.get("fidgui_version"),
            json.dumps(dict(result), default=str),
        )

        def work(connection: sqlite3.Connection) -> int:
            with write_transaction(connection):
                cursor = connection.execute(
                    "INSERT INTO comparisons (created, real_source, generated_source, n_real, n_generated, mode, "
                    "decode, model_sha256, model_is_standard, device, metrics, warnings, settings, seconds, "
                    "fidgui_version, result) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    row,
                )
                return int(cursor.lastrowid)

        entry_id = self._run(work)
        self._remember_id(entry_id)
        return entry_id

    def list_entries(self, filter_text: str | None = None, limit: int | None = None) -> list[HistoryEntry]:
        """Entries newest first; ``filter_text`` keeps those whose sources, mode, device, date, model or
        warnings contain every one of its words (case ignored)."""
        words = [word.casefold() for word in (filter_text or "").split()]

        def work(connection: sqlite3.Connection) -> list[HistoryEntry]:
            query = f"SELECT {_SUMMARY_COLUMNS} FROM comparisons ORDER BY id DESC"
            if not words and limit is not None:
                query += f" LIMIT {max(0, int(limit))}"
            entries: list[HistoryEntry] = []
            for row in connection.execute(query):
                entry = _entry(row)
                if words:
                    text = entry.search_text()
                    if not all(word in text for word in words):
                        continue
                entries.append(entry)
                if limit is not None and len(entries) >= limit:
                    break
            return entries

        return self._run(work)

    def get(self, entry_id: int) -> dict[str, Any]:
        """The result document as it was recorded."""
        row = None
        if int(entry_id) in _SQLITE_INTEGERS:  # 99999999999999999999 is no entry, not an OverflowError
            row = self._run(
                lambda connection: connection.execute(
                    "SELECT result FROM comparisons WHERE id = ?", (int(entry_id),)
                ).fetchone()
            )
        if row is None:
            raise FidguiError("history_no_entry", id=entry_id)
        result = _json_or_none(row[0], dict)
        if result is None:
            raise FidguiError("history_entry_damaged", id=entry_id)
        return result

    def delete(self, entry_id: int) -> bool:
        """Forget one comparison; False when there was no such entry."""

        def work(connection: sqlite3.Connection) -> bool:
            with write_transaction(connection):
                return connection.execute("DELETE FROM comparisons WHERE id = ?", (int(entry_id),)).rowcount > 0

        return int(entry_id) in _SQLITE_INTEGERS and self._run(work)

    def clear(self) -> int:
        """Forget every comparison; returns how many there were."""

        def work(connection: sqlite3.Connection) -> int:
            with write_transaction(connection):
                return connection.execute("DELETE FROM comparisons").rowcount

        return self._run(work)

    def __enter__(self) -> History:
        return self
