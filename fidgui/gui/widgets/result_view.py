"""The answer, said plainly: the FID large, what it means, and what to be careful about.

Everything else a researcher needs to trust or reproduce the figure (images used,
files left out, settings, model hash, device, time) sits below it, in the same words
that go to the clipboard (``result_saving`` copies and saves it).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fidgui.core.base.comparison_types import ComparisonResult, Notice
from fidgui.core.base.errors import Message
from fidgui.core.report.notice_order import INFORMATION
from fidgui.core.metrics.fid_uncertainty import DEFAULT_CONFIDENCE
from fidgui.gui.widgets.retranslating import Retranslating
from fidgui.gui.text import fill, say
from fidgui.gui.widgets.network_results import NetworkResults
from fidgui.gui.widgets.result_saving import ResultSaving
from fidgui.gui.widgets.result_text import (
    format_fid,
    format_interval,
    metric_texts,
    metric_rows,
    notice_heading,
    summary_text,
)

_BANNER_STYLE = "QFrame#NonStandardBanner { border: 2px solid #c77700; border-radius: 6px; }"


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


class ResultView(Retranslating, QWidget):
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
        self.metric_rows = {name: MetricRow(grid, row) for row, name in enumerate(metric_rows())}
        self.network_results = NetworkResults()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.skipped = QLabel()
        self.skipped.setWordWrap(True)
        self.details_title = QLabel()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long paths wrap too
        self.details.setMinimumHeight(140)
        self.copy_button, self.json_button, self.csv_button = QPushButton(), QPushButton(), QPushButton()
        self.report_button = QPushButton()  # the HTML report, without going through the Views window
        self.saving = ResultSaving(self)
        buttons = QHBoxLayout()
        for button in (self.report_button, self.copy_button, self.json_button, self.csv_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.origin)
        layout.addLayout(fid_row)
        layout.addWidget(self.interval_help)
        layout.addWidget(self.reading)
        layout.addWidget(self.network_results)
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

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("&Copy to clipboard"))
        self.json_button.setText(self.tr("Save &JSON…"))
        self.csv_button.setText(self.tr("Save C&SV…"))
        self.report_button.setText(say(Message("save_report_button")))
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
        for name, (label, value, meaning) in metric_texts(result).items():
            self.metric_rows[name].show(label, value, meaning)
        self.metrics.setVisible(any(row.value.text() for row in self.metric_rows.values()))
        self.network_results.show_result(result)  # FID, FD_DINOv2, CMMD side by side, each with its warnings
        hidden = ("skipped", "model_not_standard")  # listed under Details / said by the banner above
        warnings = [notice for notice in result.warnings
                    if notice.code not in hidden and not self.network_results.claims(notice)]
        self.warnings.setText(self._warnings_html(warnings))
        self.warnings.setVisible(bool(warnings))
        skipped = result.real.skipped + result.generated.skipped
        self.skipped.setText(
            fill(self.tr("Skipped files: %1. Each one and the reason are listed under Details."), len(skipped))
        )
        self.skipped.setVisible(bool(skipped))
        self.details.setPlainText(summary_text(result))

    def _warnings_html(self, warnings: list[Notice]) -> str:
        """Warnings that bear on the figure under "Please read", then what only describes the run (the device, the
        subfolders) under "For information"."""
        parts = []
        for title, group in (
            (self.tr("Please read before using this figure:"), [n for n in warnings if n.code not in INFORMATION]),
            (say(Message("result_information")), [n for n in warnings if n.code in INFORMATION]),
        ):
            items = "".join(
                "<li>" + say(Message("gui_notice_item", heading=html.escape(notice_heading(notice.code)),
                                     sentence=html.escape(say(notice)))) + "</li>"
                for notice in group
            )
            if items:
                parts.append(f"<p>{html.escape(title)}</p><ul style='margin-left: 0px'>{items}</ul>")
        return "".join(parts)

    def copy_to_clipboard(self) -> None:
        self.saving.copy()

    def save_report(self, path: Path | None = None) -> Path | None:
        """Write the HTML report and say where; asks where first unless ``path`` is given. The file, or None."""
        return self.saving.report(path)

    def save_json(self) -> None:
        self.saving.json()

    def save_csv(self) -> None:
        self.saving.csv()
