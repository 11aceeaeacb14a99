"""The few charts the views need, drawn with QPainter: a scatter, a line chart, a heat map, a contact sheet.

The application ships no plotting library, and these need little: each chart draws
itself into any rectangle, so the very same drawing fills the widget on screen and a
PNG for a report. Charts are always drawn dark on white, whatever the desktop theme,
so a saved picture looks the same in an e-mail as in the window. They carry no text of
their own: titles, axis names and legends come translated from the window.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from fidgui.core.base.atomic_files import atomic_output

REAL_COLOUR = QColor("#1f6fb4")
GENERATED_COLOUR = QColor("#e4572e")
KID_COLOUR = QColor("#2a9d5c")
_INK = QColor("#222222")
_GRID = QColor("#e4e4e4")
_MUTED = QColor("#666666")
_MISSING = QColor("#dddddd")
_PNG_SIZE = QSize(1200, 800)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def save_png(image: QImage, path: Path) -> None:
    """Written atomically, like every file fidgui writes."""
    with atomic_output(Path(path)) as stream:
        stream.write(png_bytes(image))


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round values (1, 2 or 5 times a power of ten apart) spanning [low, high]."""
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return [low]
    raw = (high - low) / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(low / step - 1e-9) * step
    return [first + i * step for i in range(int((high - first) / step + 1e-9) + 1)]


def _tick_text(value: float, step: float) -> str:
    decimals = max(0, -math.floor(math.log10(step))) if step > 0 else 0
    return f"{value:.{min(decimals, 6)}f}"


def _padded(low: float, high: float) -> tuple[float, float]:
    if not (math.isfinite(low) and math.isfinite(high)):
        return 0.0, 1.0
    if high - low < 1e-12:
        margin = abs(high) * 0.1 or 1.0
        return low - margin, high + margin
    margin = (high - low) * 0.06
    return low - margin, high + margin


class Chart(QWidget):
    """A widget that draws itself with ``draw(painter, rect)``; ``image()`` is the same drawing off screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 260)

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError

    def draw_overlay(self, painter: QPainter) -> None:
        """What only the screen shows (a hover mark), never a saved picture."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        self.draw(painter, QRectF(self.rect()))
        self.draw_overlay(painter)
        painter.end()

    def image(self, size: QSize = _PNG_SIZE) -> QImage:
        picture = QImage(size, QImage.Format.Format_RGB32)
        picture.fill(Qt.GlobalColor.white)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        self.draw(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return picture


@dataclass(frozen=True)
class _Axis:
    low: float
    high: float
    start: float  # screen coordinate of ``low``
    end: float  # screen coordinate of ``high``

    def place(self, values: np.ndarray | float) -> np.ndarray | float:
        return self.start + (np.asarray(values, dtype=np.float64) - self.low) / (self.high - self.low) * (
            self.end - self.start
        )


def _draw_x_ticks(painter: QPainter, axis: _Axis, top: float, bottom: float) -> None:
    metrics = QFontMetricsF(painter.font())
    ticks = nice_ticks(axis.low, axis.high)
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    for value in ticks:
        x = float(axis.place(value))
        painter.setPen(QPen(_GRID, 1))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setPen(_MUTED)
        text = _tick_text(value, step)
        painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2, bottom + metrics.ascent() + 4), text)


def _draw_y_ticks(painter: QPainter, axis: _Axis, left: float, right: float, labels_right: bool = False) -> None:
    metrics = QFontMetricsF(painter.font())
    ticks = nice_ticks(axis.low, axis.high)
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    for value in ticks:
        y = float(axis.place(value))
        if not labels_right:
            painter.setPen(QPen(_GRID, 1))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(_MUTED)
        text = _tick_text(value, step)
        x = right + 6 if labels_right else left - 6 - metrics.horizontalAdvance(text)
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), text)


def _draw_rotated(painter: QPainter, text: str, centre: QPointF) -> None:
    metrics = QFontMetricsF(painter.font())
    painter.save()
    painter.translate(centre)
    painter.rotate(-90)
    painter.drawText(QPointF(-metrics.horizontalAdvance(text) / 2, metrics.ascent() / 2), text)
    painter.restore()


def _draw_legend(painter: QPainter, entries: Sequence[tuple[str, QColor]], right: float, top: float) -> None:
    metrics = QFontMetricsF(painter.font())
    width = max(metrics.horizontalAdvance(name) for name, _ in entries) + 34
    height = len(entries) * (metrics.height() + 4) + 8
    box = QRectF(right - width - 8, top + 8, width, height)
    painter.setPen(QPen(_GRID, 1))
    painter.setBrush(QColor(255, 255, 255, 230))
    painter.drawRoundedRect(box, 4, 4)
    for row, (name, colour) in enumerate(entries):
        y = box.top() + 6 + row * (metrics.height() + 4) + metrics.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(box.left() + 14, y), 5, 5)
        painter.setPen(_INK)
        painter.drawText(QPointF(box.left() + 26, y + metrics.ascent() / 2 - 1), name)


def _draw_title(painter: QPainter, title: str, rect: QRectF) -> None:
    if not title:
        return
    font = QFont(painter.font())
    font.setBold(True)
    painter.save()
    painter.setFont(font)
    painter.setPen(_INK)
    painter.drawText(QRectF(rect.left(), rect.top() + 6, rect.width(), 24), Qt.AlignmentFlag.AlignHCenter, title)
    painter.restore()


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

    def _axes(self, rect: QRectF) -> tuple[_Axis, _Axis]:
        area = self._plot_area(rect)
        stacked = [s.points for s in self.series if len(s.points)]
        points = np.concatenate(stacked) if stacked else np.zeros((1, 2))
        x_low, x_high = _padded(float(points[:, 0].min()), float(points[:, 0].max()))
        y_low, y_high = _padded(float(points[:, 1].min()), float(points[:, 1].max()))
        return _Axis(x_low, x_high, area.left(), area.right()), _Axis(y_low, y_high, area.bottom(), area.top())

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
        _draw_title(painter, self.title, rect)
        _draw_x_ticks(painter, x_axis, area.top(), area.bottom())
        _draw_y_ticks(painter, y_axis, area.left(), area.right())
        painter.setPen(QPen(_MUTED, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area)
        painter.setPen(_INK)
        metrics = QFontMetricsF(painter.font())
        painter.drawText(
            QPointF(area.center().x() - metrics.horizontalAdvance(self.x_label) / 2, rect.bottom() - 10), self.x_label
        )
        _draw_rotated(painter, self.y_label, QPointF(rect.left() + 16, area.center().y()))
        for number, series in enumerate(self.series):
            colour = QColor(series.colour)
            colour.setAlpha(190)
            pen = QPen(colour, 2 * self.POINT_RADIUS)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            screen = self.screen_points(number, rect)
            painter.drawPoints(QPolygonF([QPointF(x, y) for x, y in screen]))
        if self.series:
            _draw_legend(painter, [(s.name, s.colour) for s in self.series], area.right(), area.top())

    def draw_overlay(self, painter: QPainter) -> None:
        if self._hovered is None:
            return
        number, index = self._hovered
        x, y = self.screen_points(number)[index]
        painter.setPen(QPen(_INK, 2))
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

    def _axis(self, right: bool, area: QRectF) -> _Axis | None:
        values = [v for s in self.series if s.right_axis == right for v in s.values if v is not None]
        if not values:
            return None
        if self.left_range is not None and not right:
            low, high = self.left_range
        else:
            low, high = _padded(min(0.0, min(values)), max(values))
        high += (high - low) * 0.08  # room for the value written above the highest point
        return _Axis(low, high, area.bottom(), area.top())

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        has_right = any(s.right_axis for s in self.series)
        area = rect.adjusted(80, 40, -80 if has_right else -24, -64)
        metrics = QFontMetricsF(painter.font())
        _draw_title(painter, self.title, rect)
        painter.setPen(QPen(_MUTED, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area)
        if not self.categories:
            return
        slot = area.width() / len(self.categories)
        xs = [area.left() + slot * (i + 0.5) for i in range(len(self.categories))]
        painter.setPen(_INK)
        for x, name in zip(xs, self.categories):
            text = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, slot - 6)
            below = QPointF(x - metrics.horizontalAdvance(text) / 2, area.bottom() + metrics.height() + 4)
            painter.drawText(below, text)
        for right in (False, True):
            axis = self._axis(right, area)
            if axis is None:
                continue
            _draw_y_ticks(painter, axis, area.left(), area.right(), labels_right=right)
            label = self.right_label if right else self.left_label
            painter.setPen(_INK)
            _draw_rotated(painter, label, QPointF(rect.right() - 14 if right else rect.left() + 16, area.center().y()))
            for series in (s for s in self.series if s.right_axis == right):
                self._draw_series(painter, series, axis, xs, metrics)
        _draw_legend(painter, [(s.name, s.colour) for s in self.series], area.right(), area.top())

    @staticmethod
    def _draw_series(
        painter: QPainter, series: LineSeries, axis: _Axis, xs: list[float], metrics: QFontMetricsF
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
        _draw_title(painter, self.title, rect)
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
            painter.setPen(_INK)
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
                colour = QColor.fromRgbF(1 - 0.85 * share, 1 - 0.6 * share, 1 - 0.25 * share) if known else _MISSING
                painter.setPen(QPen(Qt.GlobalColor.white, 1))
                painter.setBrush(colour)
                painter.drawRect(box)
                painter.setPen(Qt.GlobalColor.white if share > 0.55 else _INK)
                text = f"{value:.2f}" if math.isfinite(value) else "—"
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def contact_sheet(entries: Sequence[tuple[QImage | None, str]], columns: int = 5, cell: int = 200) -> QImage:
    """Pictures with a caption under each, in a grid: a gallery that fits in a report."""
    rows = max(1, math.ceil(len(entries) / columns))
    caption_height = 40
    sheet = QImage(columns * cell, rows * (cell + caption_height), QImage.Format.Format_RGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    metrics = QFontMetricsF(painter.font())
    for number, (picture, caption) in enumerate(entries):
        left, top = (number % columns) * cell, (number // columns) * (cell + caption_height)
        box = QRectF(left + 6, top + 6, cell - 12, cell - 12)
        if picture is None or picture.isNull():
            painter.fillRect(box, QColor("#eeeeee"))
        else:
            scaled = picture.size().scaled(box.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, 0, scaled.width(), scaled.height())
            target.moveCenter(box.center())
            painter.drawImage(target, picture)
        painter.setPen(_INK)
        for line_number, line in enumerate(caption.splitlines()[:2]):
            text = metrics.elidedText(line, Qt.TextElideMode.ElideMiddle, cell - 8)
            y = top + cell + line_number * metrics.height() + metrics.ascent()
            painter.drawText(QPointF(left + (cell - metrics.horizontalAdvance(text)) / 2, y), text)
    painter.end()
    return sheet
