"""The feature map's scatter: points per side, with the point under the mouse reported for its hover card."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from fidgui.gui.widgets.charts.base import (
    INK,
    MUTED,
    Axis,
    Chart,
    draw_legend,
    draw_rotated,
    draw_title,
    draw_x_ticks,
    draw_y_ticks,
    padded,
)


@dataclass(frozen=True)
class ScatterSeries:
    name: str
    colour: QColor
    points: np.ndarray  # (n, 2)


class ScatterChart(Chart):
    """Points in colours with a legend; ``pointHovered(series, index, global position)`` as the mouse moves."""

    pointHovered = Signal(int, int, QPoint)
    hoverLeft = Signal()

    HIT_RADIUS = 7.0
    POINT_RADIUS = 4.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[ScatterSeries] = []
        self.title = self.x_label = self.y_label = ""
        self._hovered: tuple[int, int] | None = None
        self.setMouseTracking(True)

    def set_series(self, series: Sequence[ScatterSeries], title: str, x_label: str, y_label: str) -> None:
        self.series = list(series)
        self.title, self.x_label, self.y_label = title, x_label, y_label
        self.update()

    def _plot_area(self, rect: QRectF) -> QRectF:
        return rect.adjusted(72, 40, -24, -56)

    def _axes(self, rect: QRectF) -> tuple[Axis, Axis]:
        area = self._plot_area(rect)
        stacked = [s.points for s in self.series if len(s.points)]
        points = np.concatenate(stacked) if stacked else np.zeros((1, 2))
        x_low, x_high = padded(float(points[:, 0].min()), float(points[:, 0].max()))
        y_low, y_high = padded(float(points[:, 1].min()), float(points[:, 1].max()))
        return Axis(x_low, x_high, area.left(), area.right()), Axis(y_low, y_high, area.bottom(), area.top())

    def screen_points(self, series: int, rect: QRectF | None = None) -> np.ndarray:
        """Where each point of ``series`` is drawn, in widget coordinates unless ``rect`` says otherwise."""
        x_axis, y_axis = self._axes(rect if rect is not None else QRectF(self.rect()))
        points = self.series[series].points
        return np.column_stack([x_axis.place(points[:, 0]), y_axis.place(points[:, 1])])

    def point_at(self, position: QPointF) -> tuple[int, int] | None:
        """The nearest point within the hit radius; the series drawn last (on top) wins a tie."""
        best: tuple[float, int, int] | None = None
        for number in range(len(self.series)):
            if not len(self.series[number].points):
                continue
            screen = self.screen_points(number)
            squared = (screen[:, 0] - position.x()) ** 2 + (screen[:, 1] - position.y()) ** 2
            index = int(np.argmin(squared))
            if squared[index] <= self.HIT_RADIUS**2 and (best is None or squared[index] <= best[0]):
                best = (float(squared[index]), number, index)
        return None if best is None else (best[1], best[2])

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        area = self._plot_area(rect)
        x_axis, y_axis = self._axes(rect)
        draw_title(painter, self.title, rect)
        draw_x_ticks(painter, x_axis, area.top(), area.bottom())
        draw_y_ticks(painter, y_axis, area.left(), area.right())
        painter.setPen(QPen(MUTED, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area)
        painter.setPen(INK)
        metrics = QFontMetricsF(painter.font())
        painter.drawText(
            QPointF(area.center().x() - metrics.horizontalAdvance(self.x_label) / 2, rect.bottom() - 10), self.x_label
        )
        draw_rotated(painter, self.y_label, QPointF(rect.left() + 16, area.center().y()))
        for number, series in enumerate(self.series):
            colour = QColor(series.colour)
            colour.setAlpha(190)
            pen = QPen(colour, 2 * self.POINT_RADIUS)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            screen = self.screen_points(number, rect)
            painter.drawPoints(QPolygonF([QPointF(x, y) for x, y in screen]))
        if self.series:
            draw_legend(painter, [(s.name, s.colour) for s in self.series], area.right(), area.top())

    def draw_overlay(self, painter: QPainter) -> None:
        if self._hovered is None:
            return
        number, index = self._hovered
        x, y = self.screen_points(number)[index]
        painter.setPen(QPen(INK, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(x, y), self.POINT_RADIUS + 3, self.POINT_RADIUS + 3)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.point_at(event.position())
        if hit != self._hovered:
            self._hovered = hit
            self.update()
            if hit is None:
                self.hoverLeft.emit()
        if hit is not None:
            self.pointHovered.emit(hit[0], hit[1], event.globalPosition().toPoint())
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
            self.hoverLeft.emit()
        super().leaveEvent(event)  # type: ignore[arg-type]
