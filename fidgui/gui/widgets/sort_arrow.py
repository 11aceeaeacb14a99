"""Header sort arrows that point the way the rows run: down when the largest (or newest) is on top.

Qt's header hands the style ``SortUp`` for a descending sort and ``SortDown`` for an ascending one, an old
convention most styles draw literally, so the history sorted newest first showed an arrow pointing up. This
proxy style swaps the two for the header it is set on, and only there.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionHeader, QWidget

_SWAPPED = {
    QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
}


class SortArrowStyle(QProxyStyle):
    """The application's style, with a header's sort arrow pointing down for a descending sort."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader):
            swapped = QStyleOptionHeader(option)
            swapped.sortIndicator = _SWAPPED.get(option.sortIndicator, option.sortIndicator)
            option = swapped
        super().drawPrimitive(element, option, painter, widget)


def point_arrows_the_way_rows_run(header: QWidget) -> None:
    """Give ``header`` its own proxy of the current style, kept alive by the header."""
    style = SortArrowStyle()
    style.setParent(header)
    header.setStyle(style)
