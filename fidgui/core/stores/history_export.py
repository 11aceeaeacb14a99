"""The history as a spreadsheet: one row per comparison, the metrics as columns, every text cell formula-safe."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from fidgui.core.base.atomic_files import write_text_atomically
from fidgui.core.base.csv_cells import spreadsheet_safe

if TYPE_CHECKING:
    from fidgui.core.stores.history import HistoryEntry

KNOWN_METRICS = ("fid", "kid_mean", "kid_std", "is_mean", "is_std")

CSV_COLUMNS = (
    "id", "date", "real", "generated", "n_real", "n_generated", "mode", "decode", "model_sha256",
    "model_is_standard", "device", "seconds", "fidgui_version",
)


def entries_to_csv(entries: Iterable[HistoryEntry]) -> str:
    """One header and a row per entry; metric columns are the known ones, then any others, by name."""
    entries = list(entries)
    extra = sorted({name for entry in entries for name in entry.metrics} - set(KNOWN_METRICS))
    metric_columns = [*KNOWN_METRICS, *extra]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*CSV_COLUMNS[:4], *metric_columns, *CSV_COLUMNS[4:], "warnings"])
    for entry in entries:
        writer.writerow([spreadsheet_safe(cell) for cell in [
            entry.id, entry.created, entry.real_source, entry.generated_source,
            *[entry.metrics.get(name, "") for name in metric_columns],
            entry.n_real, entry.n_generated, entry.mode, entry.decode, entry.model_sha256,
            "" if entry.model_is_standard is None else entry.model_is_standard, entry.device, entry.seconds,
            entry.fidgui_version, " | ".join(str(text) for text in entry.warnings),
        ]])
    return buffer.getvalue()


def export_csv(entries: Iterable[HistoryEntry], path: Path) -> None:
    """Write the entries as a spreadsheet, in one step (never half a file)."""
    write_text_atomically(Path(path), entries_to_csv(entries))
