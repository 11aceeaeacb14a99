"""Turn a comparison result into the forms people keep: JSON for scripts, CSV for spreadsheets.

The JSON keys are the contract of ``fidgui-cli fid --json``; the window saves the
very same document, so a figure copied from either can be traced to its settings.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import fidgui
from fidgui.core.base.atomic_files import write_text_atomically
from fidgui.core.base.comparison_types import ComparisonResult, SideSummary
from fidgui.core.base.csv_cells import spreadsheet_safe


def _side_to_dict(side: SideSummary) -> dict[str, Any]:
    return {
        "source": side.source,
        "n_images": side.n_images,
        "from_statistics": side.from_statistics,
        "from_cache": side.from_cache,
        "n_duplicates": side.n_duplicates,
        "n_upsampled": side.n_upsampled,
        "converted": dict(side.converted),
        "skipped": [asdict(item) for item in side.skipped],
    }


def result_to_dict(result: ComparisonResult) -> dict[str, Any]:
    """The one flat-at-the-top document behind --json, 'Save as JSON' and the CSV row."""
    return {
        "fid": result.fid,
        "kid_mean": result.kid_mean,
        "kid_std": result.kid_std,
        "is_mean": result.is_mean,
        "is_std": result.is_std,
        "is_real_mean": result.is_real_mean,
        "is_real_std": result.is_real_std,
        "precision": result.precision,
        "recall": result.recall,
        "density": result.density,
        "coverage": result.coverage,
        "fid_low": result.fid_low,
        "fid_high": result.fid_high,
        "fid_infinity": result.fid_infinity,
        "n_real": result.real.n_images,
        "n_generated": result.generated.n_images,
        "mode": result.mode,
        "decode": result.decode,
        "model_sha256": result.model_sha256,
        "model_is_standard": result.model_is_standard,
        "device": result.device,
        "seconds": round(result.seconds, 3),
        "warnings": [notice.text for notice in result.warnings],
        "warning_codes": [notice.code for notice in result.warnings],
        "skipped": [asdict(item) for item in result.real.skipped + result.generated.skipped],
        "real": _side_to_dict(result.real),
        "generated": _side_to_dict(result.generated),
        "settings": dict(result.settings),
        "fidgui_version": fidgui.__version__,
    }


def result_to_json(result: ComparisonResult) -> str:
    return json.dumps(result_to_dict(result), indent=2, ensure_ascii=False)


CSV_COLUMNS = (
    "real", "generated", "fid", "fid_low", "fid_high", "fid_infinity", "kid_mean", "kid_std", "is_mean", "is_std",
    "precision", "recall", "density", "coverage", "n_real", "n_generated",
    "mode", "decode", "model_sha256", "model_is_standard", "device", "seconds", "skipped", "warnings",
)


def result_to_csv(result: ComparisonResult) -> str:
    """One header and one row, so several saved results concatenate into one sheet."""
    document = result_to_dict(result)
    row = {key: document.get(key) for key in CSV_COLUMNS}
    row["real"] = result.real.source
    row["generated"] = result.generated.source
    row["skipped"] = len(document["skipped"])
    row["warnings"] = " | ".join(document["warnings"])
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})  # no formulas from folder names
    return buffer.getvalue()


def write_json(result: ComparisonResult, path: Path) -> None:
    write_text_atomically(Path(path), result_to_json(result) + "\n")


def write_csv(result: ComparisonResult, path: Path) -> None:
    write_text_atomically(Path(path), result_to_csv(result))
