"""Values per folder as lines (FID and KID, or precision and recall), each point labelled with its number."""

from __future__ import annotations

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

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[LineSeries],
        title: str,
        left_label: str,
        right_label: str = "",
        left_range: tuple[float, float] | None = None,
    ) -> None:
        """``left_range`` fixes the left axis, for shares such as precision whose scale means something on its own."""
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
        high += (high - low) * 0.08  # room for the value written above the highest point
        return Axis(low, high, area.bottom(), area.top())

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        has_right = any(s.right_axis for s in self.series)
        area = rect.adjusted(80, 40, -80 if has_right else -24, -64)
        metrics = QFontMetricsF(painter.font())
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
            text = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, slot - 6)
            below = QPointF(x - metrics.horizontalAdvance(text) / 2, area.bottom() + metrics.height() + 4)
            painter.drawText(below, text)
        for right in (False, True):
            axis = self._axis(right, area)
            if axis is None:
                continue
            draw_y_ticks(painter, axis, area.left(), area.right(), labels_right=right)
            label = self.right_label if right else self.left_label
            painter.setPen(INK)
            draw_rotated(painter, label, QPointF(rect.right() - 14 if right else rect.left() + 16, area.center().y()))
            for series in (s for s in self.series if s.right_axis == right):
                self._draw_series(painter, series, axis, xs, metrics)
        draw_legend(painter, [(s.name, s.colour) for s in self.series], area.right(), area.top())

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
