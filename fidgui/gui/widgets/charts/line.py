"""Values per folder (FID and KID, or precision and recall), each labelled with its number: as lines when the
folders form an ordered series (checkpoints), as bars otherwise, since a line between unrelated folders says
something false. Folder names that do not fit under their slot are written slanted, never on top of each other."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from fidgui.gui.widgets.charts.base import (
    INK,
    MUTED,
    Axis,
    Chart,
    draw_legend,
    draw_rotated,
    draw_title,
    draw_y_ticks,
    padded,
)


@dataclass(frozen=True)
class LineSeries:
    name: str
    colour: QColor
    values: list[float | None]  # one per category; None leaves a gap
    right_axis: bool = False


class LineChart(Chart):
    """Values per category (a folder each) as lines with their numbers written beside the points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.series: list[LineSeries] = []
        self.title = self.left_label = self.right_label = ""
        self.left_range: tuple[float, float] | None = None
        self.bars = False  # bars for unrelated folders, a line for an ordered series

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[LineSeries],
        title: str,
        left_label: str,
        right_label: str = "",
        left_range: tuple[float, float] | None = None,
        bars: bool = False,
    ) -> None:
        """``left_range`` fixes the left axis, for shares such as precision whose scale means something on its own;
        ``bars`` draws each value as a bar (unrelated folders) instead of joining them by a line."""
        self.bars = bars
        self.categories, self.series = list(categories), list(series)
        self.title, self.left_label, self.right_label = title, left_label, right_label
        self.left_range = left_range
        self.update()

    def _axis(self, right: bool, area: QRectF) -> Axis | None:
        values = [v for s in self.series if s.right_axis == right for v in s.values if v is not None]
        if not values:
            return None
        if self.left_range is not None and not right:
            low, high = self.left_range
        else:
            low, high = padded(min(0.0, min(values)), max(values))
            if self.bars:
                low = min(0.0, min(values))  # a bar's length is its value: the axis starts at 0
        high += (high - low) * 0.08  # room for the value written above the highest point
        return Axis(low, high, area.bottom(), area.top())

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        has_right = any(s.right_axis for s in self.series)
        metrics = QFontMetricsF(painter.font())
        slanted = self.slants_labels(metrics, rect.width() - 80 - (80 if has_right else 24))
        below = slanted_height(metrics) if slanted else metrics.height() + 24
        area = rect.adjusted(80, 40, -80 if has_right else -24, -(below + 16))
        draw_title(painter, self.title, rect)
        painter.setPen(QPen(MUTED, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area)
        if not self.categories:
            return
        slot = area.width() / len(self.categories)
        xs = [area.left() + slot * (i + 0.5) for i in range(len(self.categories))]
        painter.setPen(INK)
        for x, name in zip(xs, self.categories):
            if slanted:
                draw_slanted(painter, name, QPointF(x, area.bottom() + 6))
            else:
                text = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, slot - 6)
                painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2, area.bottom() + metrics.height() + 4),
                                 text)
        for right in (False, True):
            axis = self._axis(right, area)
            if axis is None:
                continue
            draw_y_ticks(painter, axis, area.left(), area.right(), labels_right=right)
            label = self.right_label if right else self.left_label
            painter.setPen(INK)
            draw_rotated(painter, label, QPointF(rect.right() - 14 if right else rect.left() + 16, area.center().y()))
            for series in (s for s in self.series if s.right_axis == right):
                if self.bars:
                    self._draw_bars(painter, series, axis, xs, slot, metrics)
                else:
                    self._draw_series(painter, series, axis, xs, metrics)
        draw_legend(painter, [(s.name, s.colour) for s in self.series], area.right(), area.top())

    def slants_labels(self, metrics: QFontMetricsF, plot_width: float) -> bool:
        """Whether a folder name is wider than its slot, so that all are written slanted rather than overlap."""
        slot = plot_width / max(len(self.categories), 1)
        return any(metrics.horizontalAdvance(name) > slot - 6 for name in self.categories)

    def _draw_bars(
        self, painter: QPainter, series: LineSeries, axis: Axis, xs: list[float], slot: float, metrics: QFontMetricsF
    ) -> None:
        """One bar per folder, side by side with the other series' bars in the folder's slot."""
        index = self.series.index(series)
        width = slot * 0.7 / len(self.series)
        zero = float(axis.place(max(axis.low, 0.0)))
        for x, value in zip(xs, series.values):
            if value is None:
                continue
            left = x - slot * 0.35 + index * width
            top = float(axis.place(value))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(series.colour)
            painter.drawRect(QRectF(left + 1, min(top, zero), width - 2, abs(zero - top)))
            painter.setPen(series.colour.darker(130))
            text = f"{value:.4g}" if abs(value) < 0.1 else f"{value:.2f}"
            painter.drawText(QPointF(left + (width - metrics.horizontalAdvance(text)) / 2, min(top, zero) - 3), text)

    @staticmethod
    def _draw_series(
        painter: QPainter, series: LineSeries, axis: Axis, xs: list[float], metrics: QFontMetricsF
    ) -> None:
        points = [
            QPointF(x, float(axis.place(value))) if value is not None else None for x, value in zip(xs, series.values)
        ]
        painter.setPen(QPen(series.colour, 2))
        for first, second in zip(points, points[1:]):
            if first is not None and second is not None:
                painter.drawLine(first, second)
        for point, value in zip(points, series.values):
            if point is None or value is None:
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(series.colour)
            painter.drawEllipse(point, 4.5, 4.5)
            painter.setPen(series.colour.darker(130))
            text = f"{value:.4g}" if abs(value) < 0.1 else f"{value:.2f}"
            painter.drawText(QPointF(point.x() + 7, point.y() - 7), text)


SLANT_DEGREES = 35.0
SLANT_MAX_WIDTH = 150.0  # longer names are shortened in the middle; the table has them whole


def slanted_height(metrics: QFontMetricsF) -> float:
    """Room a slanted label takes below the plot at most."""
    return SLANT_MAX_WIDTH * math.sin(math.radians(SLANT_DEGREES)) + metrics.height() + 8


def draw_slanted(painter: QPainter, name: str, anchor: QPointF) -> None:
    """A category name written downwards to the left, ending under its slot, so neighbours never overlap."""
    metrics = QFontMetricsF(painter.font())
    text = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, SLANT_MAX_WIDTH)
    painter.save()
    painter.translate(anchor)
    painter.rotate(-SLANT_DEGREES)
    painter.drawText(QPointF(-metrics.horizontalAdvance(text), metrics.ascent()), text)
    painter.restore()
