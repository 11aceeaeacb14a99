"""The history window's reads and writes, as plain functions that run in background jobs.

Listing a long history, naming the references among its sources, reopening a stored result
and deleting entries all touch the SQLite file or the reference library on disk; none of it
runs on the GUI thread. The history is opened and closed for each call, so a command line
recording at the same time is never locked out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fidgui.core.base.comparison_types import ComparisonResult
from fidgui.core.report.document import result_from_document
from fidgui.core.run.recording import ReferenceNames
from fidgui.core.stores.history import History, HistoryEntry, export_csv


@dataclass(frozen=True)
class HistoryListing:
    """What the table shows: the entries, the history's own notices, and each saved reference's name by source."""

    entries: list[HistoryEntry]
    notices: list[str] = field(default_factory=list)
    reference_names: dict[str, str] = field(default_factory=dict)


def read_history() -> HistoryListing:
    with History() as history:
        entries = history.list_entries()
        notices = list(history.notices)
    names = ReferenceNames()
    sources = {entry.real_source for entry in entries} | {entry.generated_source for entry in entries}
    found = {source: names.name(source) for source in sources}
    return HistoryListing(entries, notices, {source: name for source, name in found.items() if name is not None})


def read_result(entry_id: int) -> ComparisonResult:
    """A stored comparison as it was shown (FidguiError when it cannot be read)."""
    with History() as history:
        return result_from_document(history.get(entry_id))


def delete_entries(entry_ids: Sequence[int]) -> None:
    with History() as history:
        for entry_id in entry_ids:
            history.delete(entry_id)


def export_entries(entries: Sequence[HistoryEntry], path: Path) -> str | None:
    """Write the entries as CSV; the disk's refusal comes back as its reason, for the window's sentence."""
    try:
        export_csv(list(entries), path)
    except OSError as error:
        return error.strerror or str(error)
    return None
