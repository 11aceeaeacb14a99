"""A result in words: the FID, its interval, warning headings, the companion figures, the plain-text record.

The result view lays these out; the same sentences go to the clipboard, so they live apart
from the widgets. Texts keep the result view's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

import fidgui
from fidgui.core.base.comparison_types import ComparisonResult, SideSummary
from fidgui.core.metrics.formats import row_text
from fidgui.core.metrics.registry import BUILT_IN, Row, all_metrics
from fidgui.core.report.settings_words import converted_counts, setting_rows
from fidgui.gui.text import fill, say


def notice_heading(code: str) -> str:
    """A short translated title for each kind of warning; the core's sentence follows it in English."""
    headings = {
        "rank_deficient": QCoreApplication.translate("ResultView", "Too few images for a complete covariance"),
        "small_sample": QCoreApplication.translate("ResultView", "Few images"),
        "unbalanced": QCoreApplication.translate("ResultView", "Unequal numbers of images"),
        "duplicates": QCoreApplication.translate("ResultView", "Duplicate images"),
        "upsampled": QCoreApplication.translate("ResultView", "Small images were enlarged"),
        "conversion": QCoreApplication.translate("ResultView", "Images were converted"),
        "device_fallback": QCoreApplication.translate("ResultView", "Computed on the CPU"),
        "skipped": QCoreApplication.translate("ResultView", "Skipped file"),
        "feature_cache": QCoreApplication.translate("ResultView", "Feature cache"),
    }
    return headings.get(code, QCoreApplication.translate("ResultView", "Note"))


def format_fid(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def format_interval(result: ComparisonResult) -> str:
    """"(21.90 to 25.10)", or "" when the interval was not computed."""
    if result.fid_low is None or result.fid_high is None:
        return ""
    template = QCoreApplication.translate("ResultView", "(%1 to %2)")
    return fill(template, format_fid(result.fid_low), format_fid(result.fid_high))


def side_line(label: str, side: SideSummary) -> str:
    if side.from_statistics:
        template = QCoreApplication.translate("ResultView", "%1: %2 (saved statistics of %3 images)")
    elif side.from_cache:
        template = QCoreApplication.translate("ResultView", "%1: %2 (%3 images used, %4 from the feature cache)")
    else:
        template = QCoreApplication.translate("ResultView", "%1: %2 (%3 images used)")
    return fill(template, label, side.source, f"{side.n_images:,}", f"{side.from_cache:,}")


def summary_text(result: ComparisonResult) -> str:
    """The plain-text record of a result: for the clipboard, a lab notebook, or a bug report."""
    lines = [f"FID: {result.fid:.6f}" if result.fid is not None else "FID: —"]
    if result.fid_low is not None and result.fid_high is not None:
        interval = QCoreApplication.translate("ResultView", "FID interval at these numbers of images: %1 to %2")
        lines.append(fill(interval, f"{result.fid_low:.6f}", f"{result.fid_high:.6f}"))
    if result.fid_infinity is not None:
        lines.append(f"FID-infinity: {result.fid_infinity:.6f}")
    if result.kid_mean is not None:
        lines.append(f"KID: {result.kid_mean:.6g} ± {result.kid_std:.3g}")
    if result.is_mean is not None:
        score = f"{result.is_mean:.6g} ± {result.is_std:.3g}"
        lines.append(fill(QCoreApplication.translate("ResultView", "Inception Score (generated): %1"), score))
    if result.is_real_mean is not None:
        score = f"{result.is_real_mean:.6g} ± {result.is_real_std:.3g}"
        lines.append(fill(QCoreApplication.translate("ResultView", "Inception Score (real): %1"), score))
    if result.precision is not None:
        figures = QCoreApplication.translate("ResultView", "Precision %1, recall %2, density %3, coverage %4")
        values = (result.precision, result.recall, result.density, result.coverage)
        lines.append(fill(figures, *(f"{value:.4f}" for value in values)))
    lines.extend(f"{label}: {value}" for label, value, _ in registered_texts(result).values() if value is not None)
    sides = (
        (QCoreApplication.translate("ResultView", "Real images"), result.real),
        (QCoreApplication.translate("ResultView", "Generated images"), result.generated),
    )
    lines.extend(side_line(label, side) for label, side in sides)
    lines.append(fill(QCoreApplication.translate("ResultView", "Compatibility mode: %1"), result.mode))
    lines.append(fill(QCoreApplication.translate("ResultView", "Image reading: %1"), result.decode))
    if result.model_is_standard:
        weights = QCoreApplication.translate("ResultView", "standard FID weights")
    else:
        weights = QCoreApplication.translate("ResultView", "NOT the standard FID weights")
    model = QCoreApplication.translate("ResultView", "Model: %1, weights SHA-256 %2")
    lines.append(fill(model, weights, result.model_sha256))
    lines.append(fill(QCoreApplication.translate("ResultView", "Device: %1"), say(result.described_device())))
    lines.extend(f"{label}: {value}" for label, value in setting_rows(result.settings, say))  # as the report
    lines.append(fill(QCoreApplication.translate("ResultView", "Time: %1 s"), f"{result.seconds:.1f}"))
    lines.append(f"fidgui {fidgui.__version__}")
    for label, side in sides:
        if side.converted:
            counts = converted_counts(side.converted, say)  # "transparent 2", not "alpha 2"
            lines.append(fill(QCoreApplication.translate("ResultView", "Converted (%1): %2"), label, counts))
    warnings = [notice for notice in result.warnings if notice.code != "skipped"]
    if warnings:
        lines.append(QCoreApplication.translate("ResultView", "Warnings:"))
        lines.extend(f"- {say(notice)}" for notice in warnings)
    skipped = result.real.skipped + result.generated.skipped
    if skipped:
        lines.append(QCoreApplication.translate("ResultView", "Skipped files:"))
        lines.extend(f"- {item.path}: {say(item.reason)}" for item in skipped)
    return "\n".join(lines)


SHOWN_APART = ("fid", "fid_interval")  # the large FID and its interval beside it: not rows of the table


def metric_rows() -> dict[str, Row]:
    """Every row of every registered metric but FID's own, in display order, named ``"<metric id>/<row index>"``."""
    return {f"{item.id}/{index}": row for item in all_metrics() if item.id not in SHOWN_APART
            for index, row in enumerate(item.rows)}


def registered_rows() -> dict[str, Row]:
    """The rows of metrics registered beyond the built-in ones (the Details list the built-in figures apart)."""
    return {name: row for name, row in metric_rows().items() if name.split("/")[0] not in BUILT_IN}


def _texts(rows: dict[str, Row], result: ComparisonResult) -> dict[str, tuple[str, str | None, str]]:
    return {name: (say(row.label), row_text(row.format, [result.metric_value(key) for key in row.keys]),
                   say(row.meaning) if row.meaning else "") for name, row in rows.items()}


def registered_texts(result: ComparisonResult) -> dict[str, tuple[str, str | None, str]]:
    """(name, value, meaning) of the rows of metrics registered beyond the built-in ones."""
    return _texts(registered_rows(), result)


def metric_texts(result: ComparisonResult) -> dict[str, tuple[str, str | None, str]]:
    """Each companion figure as (name, value or None when not computed, what it says), worded from the registry:
    its label and meaning messages (the catalogue's translations) and its format, the CLI's and the report's."""
    return _texts(metric_rows(), result)
