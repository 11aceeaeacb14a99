"""Turn a comparison result into the forms people keep, and back: JSON for scripts, CSV for spreadsheets.

The JSON keys are the contract of ``fidgui-cli fid --json``; the window saves the
very same document, and the history keeps it, so a figure copied from either can be
traced to its settings. The metric figures are the result keys of every registered
metric (``fidgui.core.metrics.registry``), each ``null`` when it was not computed, so
a new metric appears here, in the CSV and in the history without a change to this
module. ``result_from_document`` is the inverse, used to reopen a stored result.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Mapping

import fidgui
from fidgui.core.base.atomic_files import write_text_atomically
from fidgui.core.base.comparison_types import ComparisonResult, Notice, SideSummary
from fidgui.core.base.csv_cells import spreadsheet_safe
from fidgui.core.base.errors import SkippedFile, Wording, english, message_from_dict, message_to_dict
from fidgui.core.metrics.registry import result_keys


def _skipped_to_dict(item: SkippedFile, wording: Wording) -> dict[str, Any]:
    """A skipped file: its path, the reason's sentence, and the reason as a code with parameters (to word it again)."""
    return {"path": item.path, "reason": wording(item.reason), "reason_message": message_to_dict(item.reason)}


def _notice_to_dict(notice: Notice, wording: Wording) -> dict[str, Any]:
    """A warning's stable machine key, its English sentence, and its message (code and parameters)."""
    return {"code": notice.code, "text": wording(notice.message), "message": message_to_dict(notice.message)}


def _side_to_dict(side: SideSummary, wording: Wording) -> dict[str, Any]:
    return {
        "source": side.source,
        "n_images": side.n_images if side.count_known else None,  # None: a pytorch-fid/TTUR file, count unknown
        "from_statistics": side.from_statistics,
        "from_cache": side.from_cache,
        "n_duplicates": side.n_duplicates,
        "n_upsampled": side.n_upsampled,
        "n_from_subfolders": side.n_from_subfolders,
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
        **{key: result.metric_value(key) for key in result_keys()},
        "n_real": result.real.n_images if result.real.count_known else None,
        "n_generated": result.generated.n_images if result.generated.count_known else None,
        "mode": result.mode,
        "decode": result.decode,
        "model_sha256": result.model_sha256,
        "model_is_standard": result.model_is_standard,
        "device": result.device,
        "device_message": message_to_dict(result.described_device()),
        "device_text": wording(result.described_device()),
        "seconds": round(result.seconds, 3),
        "warnings": [wording(notice.message) for notice in result.warnings],
        "warning_codes": [notice.code for notice in result.warnings],
        "notices": [_notice_to_dict(notice, wording) for notice in result.warnings],
        "skipped": [_skipped_to_dict(item, wording) for item in result.real.skipped + result.generated.skipped],
        "real": _side_to_dict(result.real, wording),
        "generated": _side_to_dict(result.generated, wording),
        "settings": dict(result.settings),
        "metric_encoders": {metric: dict(record) for metric, record in result.metric_encoders.items()},
        "fidgui_version": fidgui.__version__,
    }


def result_to_json(result: ComparisonResult) -> str:
    return json.dumps(result_to_dict(result), indent=2, ensure_ascii=False)


def _skipped_from_dict(item: Mapping[str, Any]) -> SkippedFile:
    """The reason as a message when the document kept one (to word it in today's language), else its sentence."""
    stored = item.get("reason_message")
    return SkippedFile(str(item["path"]), message_from_dict(stored) if stored else str(item["reason"]))


def _notices_from_document(document: Mapping[str, Any]) -> list[Notice]:
    """Warnings as messages when the document kept them (``notices``), else the English sentences of older entries."""
    if document.get("notices"):
        return [Notice(str(item["code"]), message_from_dict(item["message"])) for item in document["notices"]]
    texts = [str(text) for text in document.get("warnings") or []]
    codes = [str(code) for code in document.get("warning_codes") or []]
    codes += ["note"] * (len(texts) - len(codes))
    return [Notice(code, text) for code, text in zip(codes, texts)]


def _side_from_dict(document: Mapping[str, Any], fallback_count: Any) -> SideSummary:
    return SideSummary(
        source=str(document.get("source", "")),
        n_images=int(document.get("n_images", fallback_count) or 0),
        skipped=[_skipped_from_dict(item) for item in document.get("skipped") or []],
        converted={str(code): int(count) for code, count in (document.get("converted") or {}).items()},
        from_statistics=bool(document.get("from_statistics", False)),
        count_known=document.get("n_images", fallback_count) is not None,
        from_cache=int(document.get("from_cache") or 0),
        n_duplicates=int(document.get("n_duplicates") or 0),
        n_upsampled=int(document.get("n_upsampled") or 0),
        n_from_subfolders=int(document.get("n_from_subfolders") or 0),
    )


def result_from_document(document: Mapping[str, Any]) -> ComparisonResult:
    """A stored ``result_to_dict`` document back as the result it was made from (per-image features aside)."""
    result = ComparisonResult(
        fid=None,
        real=_side_from_dict(document.get("real") or {}, document.get("n_real")),
        generated=_side_from_dict(document.get("generated") or {}, document.get("n_generated")),
        mode=str(document.get("mode", "")),
        decode=str(document.get("decode", "")),
        model_sha256=str(document.get("model_sha256", "")),
        model_is_standard=bool(document.get("model_is_standard", False)),
        device=str(document.get("device", "")),
        device_message=message_from_dict(document["device_message"]) if document.get("device_message") else None,
        seconds=float(document.get("seconds") or 0.0),
        warnings=_notices_from_document(document),
        settings=dict(document.get("settings") or {}),
        metric_encoders={str(metric): dict(record) for metric, record in (document.get("metric_encoders") or {}).items()
                         if isinstance(record, Mapping)},
    )
    for key in result_keys():
        value = document.get(key)
        result.set_metric_value(key, None if value is None else float(value))
    return result


def csv_columns() -> tuple[str, ...]:
    """The CSV header: both sources, every metric key, then counts and settings."""
    return (
        "real", "generated", *result_keys(), "n_real", "n_generated",
        "mode", "decode", "model_sha256", "model_is_standard", "encoders", "device", "seconds", "skipped", "warnings",
    )


def encoders_cell(result: ComparisonResult) -> str:
    """Each metric's network in one cell: ``fid=inception/pytorch-fid/<weights sha-256>; fd_dinov2=...``."""
    return "; ".join(f"{metric}={record.get('encoder')}/{record.get('mode')}/{record.get('model_sha256')}"
                     for metric, record in result.metric_encoders.items())


def result_to_csv(result: ComparisonResult) -> str:
    """One header and one row, so several saved results concatenate into one sheet."""
    document = result_to_dict(result)
    columns = csv_columns()
    row = {key: document.get(key) for key in columns}
    row["real"] = result.real.source
    row["generated"] = result.generated.source
    row["encoders"] = encoders_cell(result)
    row["skipped"] = len(document["skipped"])
    row["warnings"] = " | ".join(document["warnings"])
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})  # no formulas from folder names
    return buffer.getvalue()


def write_json(result: ComparisonResult, path: Path) -> None:
    write_text_atomically(Path(path), result_to_json(result) + "\n")


def write_csv(result: ComparisonResult, path: Path) -> None:
    write_text_atomically(Path(path), result_to_csv(result))
