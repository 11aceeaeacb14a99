"""Every text a person can see in a window: labels, buttons, titles, tabs, table cells and headers, menus, tooltips.

Used by the pseudo-language window test: each text is collected with where it was found, so a failure names
the widget that still speaks English. A widget hidden on purpose (a note with nothing to say, a Cancel button
while nothing runs) is not looked at; the pages of a tab widget or a stack are, since one click shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6 import QtGui
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

Found = list[tuple[str, str]]  # (where, text)
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def _shown(widget: QWidget, top: QWidget) -> bool:
    """Not hidden on purpose, nor inside something hidden on purpose (a stack's other pages count as shown)."""
    while widget is not None and widget is not top:
        parent = widget.parentWidget()
        if widget.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        widget = parent
    return True


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or hex(id(widget))})"


def _model_texts(where: str, model: QAbstractItemModel, found: Found) -> None:
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)  # a list's is private
    for orientation, count in ((Qt.Orientation.Horizontal, columns),
                               (Qt.Orientation.Vertical, 0)):
        for section in range(count):
            for role in _ROLES:
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    found.append((f"{where} header {section}", value))
    for row in range(model.rowCount(root)):
        for column in range(columns):
            for role in _ROLES:
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    found.append((f"{where} [{row},{column}]", value))


def _action_texts(where: str, actions: list[QAction], found: Found) -> None:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        found.append((f"{where} action", action.text()))
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            found.append((f"{where} action tooltip", action.toolTip()))
        if action.statusTip():
            found.append((f"{where} action status tip", action.statusTip()))
        menu = action.menu()
        if isinstance(menu, QMenu):
            found.append((f"{where} menu title", menu.title()))
            _action_texts(f"{where} > {action.text()}", menu.actions(), found)


def _widget_texts(widget: QWidget, found: Found) -> None:
    where = _name(widget)
    if widget.toolTip():
        found.append((f"{where} tooltip", widget.toolTip()))
    if widget.isWindow() and widget.windowTitle():
        found.append((f"{where} title", widget.windowTitle()))
    if isinstance(widget, QLabel):
        found.append((where, widget.text()))
    elif isinstance(widget, QAbstractButton):
        found.append((where, widget.text()))
    elif isinstance(widget, QGroupBox):
        found.append((where, widget.title()))
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        found.append((where, widget.toPlainText()))
        found.append((f"{where} placeholder", widget.placeholderText()))
    elif isinstance(widget, QLineEdit):
        found.append((f"{where} placeholder", widget.placeholderText()))
    elif isinstance(widget, QProgressBar) and widget.isTextVisible():
        found.append((where, widget.text()))
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            if widget.isTabVisible(index):
                found.append((f"{where} tab {index}", widget.tabText(index)))
                found.append((f"{where} tab {index} tooltip", widget.tabToolTip(index)))
    if isinstance(widget, QComboBox):
        _model_texts(where, widget.model(), found)
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
        _model_texts(where, widget.model(), found)
    _action_texts(where, [action for action in widget.actions() if isinstance(action, QAction)], found)
    _chart_texts(widget, found)


def _chart_texts(widget: QWidget, found: Found) -> None:
    """A painted chart's words (title, axis labels, legend): no child widget holds them, the chart keeps them."""
    for name in ("title", "left_label", "right_label", "x_label", "y_label"):
        value = getattr(widget, name, None)
        if isinstance(value, str):
            found.append((f"{_name(widget)} {name}", value))
    for series in getattr(widget, "series", None) or []:
        if isinstance(getattr(series, "name", None), str):
            found.append((f"{_name(widget)} legend", series.name))


def visible_texts(top: QWidget) -> Found:
    """Every (where, text) pair in ``top`` and its shown children, its menu bar and status bar included."""
    found: Found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is top or (widget.window() is top and _shown(widget, top)):
            _widget_texts(widget, found)
    if isinstance(top, QMainWindow):
        _action_texts("menu bar", top.menuBar().actions(), found)
        found.append(("status bar", top.statusBar().currentMessage()))
    return [(where, _plain(text)) for where, text in found if text and text.strip()]


def _plain(text: str) -> str:
    """What a rich text shows (tags and entities gone), so markup is never taken for an English word."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()
