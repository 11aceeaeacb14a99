"""A stored result document back as the result it was made from: the inverse of ``document.result_to_dict``.

The history keeps each comparison as its result document; reopening one must show exactly
what was shown then, so reading lives beside writing, in the report package, rather than in
the window that happens to reopen it. Per-image features are never stored, so none come back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fidgui.core.base.comparison_types import ComparisonResult, Notice, SideSummary
from fidgui.core.base.errors import SkippedFile

OPTIONAL_NUMBERS = (
    "kid_mean", "kid_std", "is_mean", "is_std", "is_real_mean", "is_real_std", "precision", "recall", "density",
    "coverage", "fid_low", "fid_high", "fid_infinity",
)


def _side_from_document(document: Mapping[str, Any], fallback_count: Any) -> SideSummary:
    return SideSummary(
        source=str(document.get("source", "")),
        n_images=int(document.get("n_images", fallback_count) or 0),
        skipped=[SkippedFile(str(item["path"]), str(item["reason"])) for item in document.get("skipped") or []],
        converted={str(code): int(count) for code, count in (document.get("converted") or {}).items()},
        from_statistics=bool(document.get("from_statistics", False)),
        from_cache=int(document.get("from_cache") or 0),
        n_duplicates=int(document.get("n_duplicates") or 0),
        n_upsampled=int(document.get("n_upsampled") or 0),
    )


def result_from_document(document: Mapping[str, Any]) -> ComparisonResult:
    """A stored ``result_to_dict`` document back as the result it was made from (per-image features aside)."""
    texts = [str(text) for text in document.get("warnings") or []]
    codes = [str(code) for code in document.get("warning_codes") or []]
    codes += ["note"] * (len(texts) - len(codes))
    return ComparisonResult(
        fid=document.get("fid"),
        real=_side_from_document(document.get("real") or {}, document.get("n_real")),
        generated=_side_from_document(document.get("generated") or {}, document.get("n_generated")),
        mode=str(document.get("mode", "")),
        decode=str(document.get("decode", "")),
        model_sha256=str(document.get("model_sha256", "")),
        model_is_standard=bool(document.get("model_is_standard", False)),
        device=str(document.get("device", "")),
        seconds=float(document.get("seconds") or 0.0),
        warnings=[Notice(code, text) for code, text in zip(codes, texts)],
        settings=dict(document.get("settings") or {}),
        **{name: document.get(name) for name in OPTIONAL_NUMBERS},
    )
