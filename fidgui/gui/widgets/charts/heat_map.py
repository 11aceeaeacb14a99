"""A square matrix (FID between every two folders) as coloured cells, each with its value."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from fidgui.gui.widgets.charts.base import INK, MISSING, Chart, draw_title


class HeatMap(Chart):
    """A square matrix (FID between folders) as coloured cells with the value written in each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values = np.zeros((0, 0))
        self.title = ""

    def set_matrix(self, labels: Sequence[str], values: np.ndarray, title: str) -> None:
        self.labels, self.values, self.title = list(labels), np.asarray(values, dtype=np.float64), title
        self.update()

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        draw_title(painter, self.title, rect)
        count = len(self.labels)
        if count == 0:
            return
        metrics = QFontMetricsF(painter.font())
        label_width = min(max(metrics.horizontalAdvance(name) for name in self.labels) + 12, rect.width() * 0.3)
        area = rect.adjusted(label_width + 8, 40 + metrics.height() + 8, -16, -16)
        cell = min(area.width(), area.height()) / count
        finite = self.values[np.isfinite(self.values)]
        top = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
        for row in range(count):
            y = area.top() + row * cell
            painter.setPen(INK)
            name = metrics.elidedText(self.labels[row], Qt.TextElideMode.ElideMiddle, label_width - 8)
            name_x = area.left() - 8 - metrics.horizontalAdvance(name)
            painter.drawText(QPointF(name_x, y + cell / 2 + metrics.ascent() / 2), name)
            column_name = metrics.elidedText(self.labels[row], Qt.TextElideMode.ElideMiddle, cell - 4)
            painter.drawText(
                QPointF(area.left() + row * cell + (cell - metrics.horizontalAdvance(column_name)) / 2, area.top() - 6),
                column_name,
            )
            for column in range(count):
                value = self.values[row, column]
                box = QRectF(area.left() + column * cell, y, cell, cell)
                known = math.isfinite(value)
                share = max(0.0, min(1.0, value / top)) if known else 0.0
                colour = QColor.fromRgbF(1 - 0.85 * share, 1 - 0.6 * share, 1 - 0.25 * share) if known else MISSING
                painter.setPen(QPen(Qt.GlobalColor.white, 1))
                painter.setBrush(colour)
                painter.drawRect(box)
                painter.setPen(Qt.GlobalColor.white if share > 0.55 else INK)
                text = f"{value:.2f}" if math.isfinite(value) else "—"
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
