"""FID, FD_DINOv2 and CMMD side by side: one column per network that ran, each with its own sample-size warnings.

The networks see the images at different sizes and describe them with different widths, so a warning about
too few images (the rank warning: fewer images than the network's width) or about enlarged images belongs to
one network. A warning of another network than Inception names it (``encoder``); Inception's enlargement warning
names the size the images were enlarged to, which is its input size. Each column names its network as the model
row does ("DINOv2 (FD_DINOv2)"), in the reader's language, never by its registry name. Shown only when a result holds
figures of more than one network; the main warnings list then keeps the warnings no column claims.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fidgui.core.base.comparison_types import ComparisonResult, Notice
from fidgui.core.base.errors import Message
from fidgui.core.encoders.registry import DEFAULT_ENCODER, encoders
from fidgui.core.metrics.formats import row_text
from fidgui.core.metrics.registry import all_metrics
from fidgui.gui.text import say
from fidgui.gui.widgets.layout_items import remove_items
from fidgui.gui.widgets.model_state import network_name
from fidgui.gui.widgets.network_modes import mode_name
from fidgui.gui.widgets.result_text import format_fid

_PER_NETWORK = ("rank_deficient", "upsampled")


def networks_of(result: ComparisonResult) -> dict[str, list[str]]:
    """Network -> the metrics of the result computed with it that have a first row to show, FID's first."""
    found: dict[str, list[str]] = {}
    for item in all_metrics():
        recorded = result.metric_encoders.get(item.id)
        if recorded is None or not item.rows or result.metric_value(item.rows[0].keys[0]) is None:
            continue
        found.setdefault(str(recorded["encoder"]), []).append(item.id)
    return found


def notice_network(notice: Notice) -> str | None:
    """The network a sample-size warning is about, or None for a warning about the whole comparison."""
    if notice.code not in _PER_NETWORK:
        return None
    params = notice.message.params
    if notice.code == "rank_deficient" or "encoder" in params:  # a network beside Inception names itself
        return str(params.get("encoder", DEFAULT_ENCODER))
    sized = [encoder.name for encoder in encoders() if encoder.input_size == params.get("size")]
    return sized[0] if len(sized) == 1 else None


class NetworkResults(QWidget):
    """The side-by-side columns; ``show_result`` rebuilds them in the current language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = QHBoxLayout(self)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.shown: list[str] = []

    def claims(self, notice: Notice) -> bool:
        """Whether a column shows this warning (the main list then leaves it out)."""
        return notice_network(notice) in self.shown

    def show_result(self, result: ComparisonResult | None) -> None:
        remove_items(self.columns)
        networks = networks_of(result) if result is not None else {}
        self.shown = list(networks) if len(networks) > 1 else []
        self.setVisible(bool(self.shown))
        if result is None or not self.shown:
            return
        for network, metric_ids in networks.items():
            self.columns.addWidget(self._column(result, network, metric_ids), 1)

    def _column(self, result: ComparisonResult, network: str, metric_ids: list[str]) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setObjectName(f"network_{network}")
        layout = QVBoxLayout(frame)
        metrics = {item.id: item for item in all_metrics()}
        for metric_id in metric_ids:
            row = metrics[metric_id].rows[0]
            value = row_text(row.format, [result.metric_value(key) for key in row.keys]) or "-"
            if metric_id == "fid":
                value = format_fid(result.fid)  # as the large FID above reads
            figure = _label(say(Message("e2e13_result_row", metric=say(metrics[metric_id].label), value=value)))
            font = figure.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            figure.setFont(font)
            figure.setObjectName(f"figure_{metric_id}")
            layout.addWidget(figure)
        recorded = result.metric_encoders[metric_ids[0]]
        about = _label(say(Message("e2e13_result_network", network=network_name(network),
                                   mode=mode_name(str(recorded["mode"])),
                                   count_real=result.real.n_images, count_generated=result.generated.n_images)))
        about.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        about.setObjectName(f"about_{network}")
        layout.addWidget(about)
        for notice in result.warnings:
            if notice_network(notice) == network:
                warning = _label("⚠ " + say(notice))
                warning.setObjectName(f"warning_{network}")
                layout.addWidget(warning)
        layout.addStretch(1)
        return frame


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
