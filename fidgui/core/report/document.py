"""Turn a comparison result into the forms people keep: JSON for scripts, CSV for spreadsheets.

The JSON keys are the contract of ``fidgui-cli fid --json``; the window saves the
very same document, so a figure copied from either can be traced to its settings.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import fidgui
from fidgui.core.base.atomic_files import write_text_atomically
from fidgui.core.base.comparison_types import ComparisonResult, Notice, SideSummary
from fidgui.core.base.errors import SkippedFile, Wording, english, message_to_dict


def _skipped_to_dict(item: SkippedFile, wording: Wording) -> dict[str, Any]:
    """A skipped file: its path, the reason's sentence, and the reason as a code with parameters (to word it again)."""
    return {"path": item.path, "reason": wording(item.reason), "reason_message": message_to_dict(item.reason)}


def _notice_to_dict(notice: Notice, wording: Wording) -> dict[str, Any]:
    """A warning's stable machine key, its English sentence, and its message (code and parameters)."""
    return {"code": notice.code, "text": wording(notice.message), "message": message_to_dict(notice.message)}


def _side_to_dict(side: SideSummary, wording: Wording) -> dict[str, Any]:
    return {
        "source": side.source,
        "n_images": side.n_images,
        "from_statistics": side.from_statistics,
        "from_cache": side.from_cache,
        "n_duplicates": side.n_duplicates,
        "n_upsampled": side.n_upsampled,
        "converted": dict(side.converted),
        "skipped": [_skipped_to_dict(item, wording) for item in side.skipped],
    }


def result_to_dict(result: ComparisonResult, wording: Wording | None = None) -> dict[str, Any]:
    """The one flat-at-the-top document behind --json, 'Save as JSON' and the CSV row.

    Sentences in it are English (``wording`` defaults to the catalogue's English) so
    scripts can rely on them; ``notices`` and ``reason_message`` keep each message's
    code and parameters, from which a front end words a stored result in any language.
    """
    wording = wording or english
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
        "warnings": [wording(notice.message) for notice in result.warnings],
        "warning_codes": [notice.code for notice in result.warnings],
        "notices": [_notice_to_dict(notice, wording) for notice in result.warnings],
        "skipped": [_skipped_to_dict(item, wording) for item in result.real.skipped + result.generated.skipped],
        "real": _side_to_dict(result.real, wording),
        "generated": _side_to_dict(result.generated, wording),
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
    writer.writerow(row)
    return buffer.getvalue()


def write_json(result: ComparisonResult, path: Path) -> None:
    write_text_atomically(Path(path), result_to_json(result) + "\n")


def write_csv(result: ComparisonResult, path: Path) -> None:
    write_text_atomically(Path(path), result_to_csv(result))
