"""The answer, said plainly: the FID large, what it means, and what to be careful about.

Everything else a researcher needs to trust or reproduce the figure (images used,
files left out, settings, model hash, device, time) sits below it, in the same words
that go to the clipboard.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import fidgui
from fidgui.core.report import document as report
from fidgui.core.base.comparison_types import ComparisonResult, Notice, SideSummary
from fidgui.core.metrics.fid_uncertainty import DEFAULT_CONFIDENCE
from fidgui.core.metrics.formats import row_text
from fidgui.core.metrics.registry import BUILT_IN, Row, all_metrics
from fidgui.gui.text import fill, say
from fidgui.gui.widgets.plain_text import as_html

_BANNER_STYLE = "QFrame#NonStandardBanner { border: 2px solid #c77700; border-radius: 6px; }"


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


def _side_line(label: str, side: SideSummary) -> str:
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
    lines.extend(f"{label}: {value}" for label, value, _ in _registered_texts(result).values() if value is not None)
    sides = (
        (QCoreApplication.translate("ResultView", "Real images"), result.real),
        (QCoreApplication.translate("ResultView", "Generated images"), result.generated),
    )
    lines.extend(_side_line(label, side) for label, side in sides)
    lines.append(fill(QCoreApplication.translate("ResultView", "Compatibility mode: %1"), result.mode))
    lines.append(fill(QCoreApplication.translate("ResultView", "Image reading: %1"), result.decode))
    if result.model_is_standard:
        weights = QCoreApplication.translate("ResultView", "standard FID weights")
    else:
        weights = QCoreApplication.translate("ResultView", "NOT the standard FID weights")
    model = QCoreApplication.translate("ResultView", "Model: %1, weights SHA-256 %2")
    lines.append(fill(model, weights, result.model_sha256))
    lines.append(fill(QCoreApplication.translate("ResultView", "Device: %1"), result.device))
    if "batch_size" in result.settings:
        lines.append(fill(QCoreApplication.translate("ResultView", "Batch size: %1"), result.settings["batch_size"]))
    lines.append(fill(QCoreApplication.translate("ResultView", "Time: %1 s"), f"{result.seconds:.1f}"))
    lines.append(f"fidgui {fidgui.__version__}")
    for label, side in sides:
        if side.converted:
            counts = ", ".join(f"{code} {count:,}" for code, count in sorted(side.converted.items()))
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


METRIC_ROWS = ("kid", "is", "is_real", "precision", "recall", "density", "coverage", "fid_infinity")


def registered_rows() -> dict[str, Row]:
    """The rows of metrics registered beyond the built-in ones (those above have hand-written texts)."""
    return {f"{item.id}/{index}": row for item in all_metrics() if item.id not in BUILT_IN
            for index, row in enumerate(item.rows)}


def _registered_texts(result: ComparisonResult) -> dict[str, tuple[str, str | None, str]]:
    return {name: (say(row.label), row_text(row.format, [result.metric_value(key) for key in row.keys]),
                   say(row.meaning) if row.meaning else "") for name, row in registered_rows().items()}


def _plus_minus(mean: float | None, spread: float | None, mean_format: str, spread_format: str) -> str | None:
    return None if mean is None or spread is None else f"{mean:{mean_format}} ± {spread:{spread_format}}"


def _plain(value: float | None) -> str | None:
    return None if value is None else f"{value:.3f}"


class MetricRow:
    """One companion figure: its name, its value, and one plain line on what it says."""

    def __init__(self, grid: QGridLayout, row: int) -> None:
        self.name = QLabel()
        self.value = QLabel()
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value_font = self.value.font()
        value_font.setBold(True)
        self.value.setFont(value_font)
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        self.meaning.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        grid.addWidget(self.name, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.value, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.meaning, row, 2, Qt.AlignmentFlag.AlignTop)

    def show(self, name: str, value: str | None, meaning: str) -> None:
        self.name.setText(name)
        self.value.setText(value or "")
        self.meaning.setText(meaning)
        for label in (self.name, self.value, self.meaning):
            label.setVisible(value is not None)


class ResultView(QWidget):
    """Shows one ComparisonResult; ``message(str)`` tells the window what a button did."""

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ComparisonResult | None = None
        self.recorded: tuple[str, str] | None = None
        self.banner = QFrame()
        self.banner.setObjectName("NonStandardBanner")
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text)
        self.fid = QLabel()
        fid_font = self.fid.font()
        fid_font.setPointSizeF(fid_font.pointSizeF() * 2.6)
        fid_font.setBold(True)
        self.fid.setFont(fid_font)
        self.fid.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.interval = QLabel()
        interval_font = self.interval.font()
        interval_font.setPointSizeF(interval_font.pointSizeF() * 1.6)
        self.interval.setFont(interval_font)
        self.interval.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fid_row = QHBoxLayout()
        fid_row.addWidget(self.fid, 0, Qt.AlignmentFlag.AlignBottom)
        fid_row.addWidget(self.interval, 0, Qt.AlignmentFlag.AlignBottom)
        fid_row.addStretch(1)
        self.interval_help = QLabel()
        self.interval_help.setWordWrap(True)
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.origin.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.metrics = QWidget()
        grid = QGridLayout(self.metrics)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setColumnStretch(2, 1)
        names = (*METRIC_ROWS, *registered_rows())
        self.metric_rows = {name: MetricRow(grid, row) for row, name in enumerate(names)}
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.skipped = QLabel()
        self.skipped.setWordWrap(True)
        self.details_title = QLabel()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(140)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.json_button = QPushButton()
        self.json_button.clicked.connect(self.save_json)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self.save_csv)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.json_button, self.csv_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.origin)
        layout.addLayout(fid_row)
        layout.addWidget(self.interval_help)
        layout.addWidget(self.reading)
        layout.addWidget(self.metrics)
        layout.addWidget(self.warnings)
        layout.addWidget(self.skipped)
        layout.addWidget(self.details_title)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def show_result(self, result: ComparisonResult | None, recorded: tuple[str, str] | None = None) -> None:
        """``recorded`` (date, fidgui version) says the result was reopened from the history."""
        self.result = result
        self.recorded = recorded
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("&Copy to clipboard"))
        self.json_button.setText(self.tr("Save &JSON…"))
        self.csv_button.setText(self.tr("Save C&SV…"))
        self.details_title.setText(self.tr("Details"))
        result = self.result
        self.setVisible(result is not None)
        if result is None:
            return
        self.banner.setVisible(not result.model_is_standard)
        self.banner_text.setText(
            self.tr(
                "⚠ Computed with a non-standard network: this FID is not comparable with published FIDs. "
                "Set up the standard model (Model menu) for figures you can compare."
            )
        )
        self.fid.setText(f"FID {format_fid(result.fid)}")
        self.interval.setText(format_interval(result))
        self.interval.setVisible(bool(self.interval.text()))
        self.interval_help.setText(
            fill(
                self.tr(
                    "The range in brackets is how much the FID would vary with another set of images of the same "
                    "size (%1% bootstrap interval); a difference between two FIDs smaller than this may be chance."
                ),
                round(100 * DEFAULT_CONFIDENCE),
            )
        )
        self.interval_help.setVisible(bool(self.interval.text()))
        if self.recorded is not None:
            self.origin.setText(
                fill(self.tr("Reopened from the history: compared on %1 with fidgui %2."), *self.recorded)
            )
        self.origin.setVisible(self.recorded is not None)
        self.reading.setText(
            self.tr(
                "FID measures how far apart the two sets of images are, as the Inception network sees them. "
                "Lower means closer; 0 means both sets have the same statistics. It is a relative measure: compare it "
                "only with FIDs computed in the same mode, with the same model and the same numbers of images."
            )
        )
        for name, (label, value, meaning) in {**self._metric_texts(result), **_registered_texts(result)}.items():
            self.metric_rows[name].show(label, value, meaning)
        self.metrics.setVisible(any(row.value.text() for row in self.metric_rows.values()))
        warnings = [notice for notice in result.warnings if notice.code != "skipped"]
        self.warnings.setText(self._warnings_html(warnings))
        self.warnings.setVisible(bool(warnings))
        skipped = result.real.skipped + result.generated.skipped
        self.skipped.setText(
            fill(self.tr("Skipped files: %1. Each one and the reason are listed under Details."), len(skipped))
        )
        self.skipped.setVisible(bool(skipped))
        self.details.setPlainText(summary_text(result))

    def _metric_texts(self, result: ComparisonResult) -> dict[str, tuple[str, str | None, str]]:
        """Each companion figure as (name, value or None when not computed, what it says)."""
        return {
            "kid": (
                self.tr("KID"),
                _plus_minus(result.kid_mean, result.kid_std, ".4g", ".2g"),
                self.tr(
                    "Kernel Inception Distance: like FID, lower is closer. It is unbiased, so unlike FID it can be "
                    "trusted with small sets of images."
                ),
            ),
            "is": (
                self.tr("Inception Score (generated)"),
                _plus_minus(result.is_mean, result.is_std, ".3f", ".3f"),
                self.tr(
                    "How clearly and how variously the network recognises the generated images; higher is better. "
                    "It does not look at the real images."
                ),
            ),
            "is_real": (
                self.tr("Inception Score (real)"),
                _plus_minus(result.is_real_mean, result.is_real_std, ".3f", ".3f"),
                self.tr("The same score for the real images, as a yardstick."),
            ),
            "precision": (
                self.tr("Precision"),
                _plain(result.precision),
                self.tr("How many generated images look like real ones (0 to 1; higher is better)."),
            ),
            "recall": (
                self.tr("Recall"),
                _plain(result.recall),
                self.tr("How much of the real images' variety the generated images cover (0 to 1; higher is better)."),
            ),
            "density": (
                self.tr("Density"),
                _plain(result.density),
                self.tr(
                    "Like precision, but less sensitive to outliers; about 1 when the sets match, and can exceed 1."
                ),
            ),
            "coverage": (
                self.tr("Coverage"),
                _plain(result.coverage),
                self.tr("Like recall, but less sensitive to outliers (0 to 1; higher is better)."),
            ),
            "fid_infinity": (
                self.tr("FID-infinity (advanced)"),
                None if result.fid_infinity is None else f"{result.fid_infinity:.2f}",
                self.tr(
                    "The FID extrapolated to unlimited generated images, so that sets of different sizes can be "
                    "compared; rough below about 20,000 generated images."
                ),
            ),
        }

    def _warnings_html(self, warnings: list[Notice]) -> str:
        items = "".join(
            f"<li><b>{html.escape(notice_heading(notice.code))}.</b> {html.escape(say(notice))}</li>"
            for notice in warnings
        )
        title = html.escape(self.tr("Please read before using this figure:"))
        return f"<p>{title}</p><ul style='margin-left: 0px'>{items}</ul>"

    @Slot()
    def copy_to_clipboard(self) -> None:
        if self.result is None:
            return
        QGuiApplication.clipboard().setText(summary_text(self.result))
        self.message.emit(self.tr("The result was copied; paste it wherever you keep your notes."))

    @Slot()
    def save_json(self) -> None:
        title, file_filter = self.tr("Save the result as JSON"), self.tr("JSON files (*.json)")
        self._save(title, "fid_result.json", file_filter, report.write_json)

    @Slot()
    def save_csv(self) -> None:
        title, file_filter = self.tr("Save the result as CSV"), self.tr("CSV files (*.csv)")
        self._save(title, "fid_result.csv", file_filter, report.write_csv)

    def _save(
        self, title: str, default_name: str, file_filter: str, write: Callable[[ComparisonResult, Path], None]
    ) -> None:
        if self.result is None:
            return
        start = Path(self.result.generated.source).parent / default_name
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(start), file_filter)
        if not chosen:
            return
        try:
            write(self.result, Path(chosen))
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                as_html(fill(  # the error can hold the file's name
                    self.tr("The file could not be saved (%1). Choose another folder and try again."),
                    error.strerror or error,
                )),
            )
            return
        self.message.emit(fill(self.tr("Saved to %1."), chosen))
