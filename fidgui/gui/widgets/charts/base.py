"""What every chart shares: colours, ticks, axes, legends, titles, and drawing into a widget or a PNG.

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
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from fidgui.core.base.atomic_files import atomic_output


REAL_COLOUR = QColor("#1f6fb4")
GENERATED_COLOUR = QColor("#e4572e")
KID_COLOUR = QColor("#2a9d5c")
INK = QColor("#222222")
GRID = QColor("#e4e4e4")
MUTED = QColor("#666666")
MISSING = QColor("#dddddd")
PNG_SIZE = QSize(1200, 800)


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


def tick_text(value: float, step: float) -> str:
    decimals = max(0, -math.floor(math.log10(step))) if step > 0 else 0
    return f"{value:.{min(decimals, 6)}f}"


def padded(low: float, high: float) -> tuple[float, float]:
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

    def image(self, size: QSize = PNG_SIZE) -> QImage:
        picture = QImage(size, QImage.Format.Format_RGB32)
        picture.fill(Qt.GlobalColor.white)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        self.draw(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return picture


@dataclass(frozen=True)
class Axis:
    low: float
    high: float
    start: float  # screen coordinate of ``low``
    end: float  # screen coordinate of ``high``

    def place(self, values: np.ndarray | float) -> np.ndarray | float:
        return self.start + (np.asarray(values, dtype=np.float64) - self.low) / (self.high - self.low) * (
            self.end - self.start
        )


def draw_x_ticks(painter: QPainter, axis: Axis, top: float, bottom: float) -> None:
    metrics = QFontMetricsF(painter.font())
    ticks = nice_ticks(axis.low, axis.high)
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    for value in ticks:
        x = float(axis.place(value))
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setPen(MUTED)
        text = tick_text(value, step)
        painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2, bottom + metrics.ascent() + 4), text)


def draw_y_ticks(painter: QPainter, axis: Axis, left: float, right: float, labels_right: bool = False) -> None:
    metrics = QFontMetricsF(painter.font())
    ticks = nice_ticks(axis.low, axis.high)
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    for value in ticks:
        y = float(axis.place(value))
        if not labels_right:
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(MUTED)
        text = tick_text(value, step)
        x = right + 6 if labels_right else left - 6 - metrics.horizontalAdvance(text)
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), text)


def draw_rotated(painter: QPainter, text: str, centre: QPointF) -> None:
    metrics = QFontMetricsF(painter.font())
    painter.save()
    painter.translate(centre)
    painter.rotate(-90)
    painter.drawText(QPointF(-metrics.horizontalAdvance(text) / 2, metrics.ascent() / 2), text)
    painter.restore()


def draw_legend(painter: QPainter, entries: Sequence[tuple[str, QColor]], right: float, top: float) -> None:
    metrics = QFontMetricsF(painter.font())
    width = max(metrics.horizontalAdvance(name) for name, _ in entries) + 34
    height = len(entries) * (metrics.height() + 4) + 8
    box = QRectF(right - width - 8, top + 8, width, height)
    painter.setPen(QPen(GRID, 1))
    painter.setBrush(QColor(255, 255, 255, 230))
    painter.drawRoundedRect(box, 4, 4)
    for row, (name, colour) in enumerate(entries):
        y = box.top() + 6 + row * (metrics.height() + 4) + metrics.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(box.left() + 14, y), 5, 5)
        painter.setPen(INK)
        painter.drawText(QPointF(box.left() + 26, y + metrics.ascent() / 2 - 1), name)


def draw_title(painter: QPainter, title: str, rect: QRectF) -> None:
    if not title:
        return
    font = QFont(painter.font())
    font.setBold(True)
    painter.save()
    painter.setFont(font)
    painter.setPen(INK)
    painter.drawText(QRectF(rect.left(), rect.top() + 6, rect.width(), 24), Qt.AlignmentFlag.AlignHCenter, title)
    painter.restore()
