"""Pictures with captions in a grid: a gallery that fits in a report."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from fidgui.gui.widgets.charts.base import INK


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
        painter.setPen(INK)
        for line_number, line in enumerate(caption.splitlines()[:2]):
            text = metrics.elidedText(line, Qt.TextElideMode.ElideMiddle, cell - 8)
            y = top + cell + line_number * metrics.height() + metrics.ascent()
            painter.drawText(QPointF(left + (cell - metrics.horizontalAdvance(text)) / 2, y), text)
    painter.end()
    return sheet
