"""Pictures in the views: the hover card of a map point, and a gallery page (caption, thumbnails, Save as PNG).

The two gallery tabs (least alike, not covered) are each a GalleryPage that says its own words.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fidgui.core.insight.nearest_images import RankedImage
from fidgui.gui.text import fill
from fidgui.gui.widgets.plain_text import as_html

ICON_PIXELS = 128


def placeholder_icon() -> QIcon:
    """A light grey square shown until a picture's thumbnail is ready."""
    placeholder = QPixmap(ICON_PIXELS, ICON_PIXELS)
    placeholder.fill(QColor("#e6e6e6"))
    return QIcon(placeholder)


class HoverCard(QFrame):
    """The picture and file name of the point under the mouse, in a tooltip-like window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setFrameShape(QFrame.Shape.Box)
        self.path: str | None = None
        self.picture = QLabel()
        self.picture.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(ICON_PIXELS, ICON_PIXELS)
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.picture)
        layout.addWidget(self.name)

    def show_image(self, path: str, caption: str, picture: QImage | None, waiting_text: str, position: QPoint) -> None:
        self.path = path
        self.name.setText(caption)
        self.set_picture(picture, waiting_text)
        self.adjustSize()
        self.move(position + QPoint(16, 16))
        self.show()

    def set_picture(self, picture: QImage | None, missing_text: str) -> None:
        if picture is None or picture.isNull():
            self.picture.setPixmap(QPixmap())
            self.picture.setText(missing_text)
            return
        pixmap = QPixmap.fromImage(picture).scaled(
            QSize(2 * ICON_PIXELS, 2 * ICON_PIXELS),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.picture.setPixmap(pixmap)


class Gallery(QListWidget):
    """Thumbnails in a grid, each with its distance; double-click opens the file in the system's viewer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(ICON_PIXELS, ICON_PIXELS))
        self.setGridSize(QSize(ICON_PIXELS + 40, ICON_PIXELS + 48))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.itemDoubleClicked.connect(self._open)

    def set_entries(self, entries: Sequence[tuple[str, str, str]], placeholder: QIcon) -> None:
        """(path, caption, tooltip) per picture, in the order shown."""
        self.clear()
        for path, caption, tooltip in entries:
            item = QListWidgetItem(placeholder, caption)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(as_html(tooltip))
            self.addItem(item)

    def paths(self) -> list[str]:
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())]

    def show_thumbnail(self, path: str, picture: QImage | None) -> None:
        if picture is None or picture.isNull():
            return
        icon = QIcon(QPixmap.fromImage(picture))
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == path:
                item.setIcon(icon)

    @Slot(QListWidgetItem)
    def _open(self, item: QListWidgetItem) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole)))


class GalleryPage(QWidget):
    """A caption above a gallery, and its Save as PNG button below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.gallery = Gallery()
        self.png_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.gallery, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.png_button)
        layout.addLayout(row)

    def set_ranked(self, entries: Sequence[RankedImage], nearest_template: str, placeholder: QIcon) -> None:
        """Each image with its distance, and in its tooltip the nearest image of the other set."""
        self.gallery.set_entries(
            [(entry.path, self.item_caption(entry), _item_tooltip(entry, nearest_template)) for entry in entries],
            placeholder,
        )
        self.png_button.setEnabled(self.gallery.count() > 0)

    def item_caption(self, entry: RankedImage) -> str:
        distance = fill(QCoreApplication.translate("ViewsWindow", "distance %1"), f"{entry.distance:.2f}")
        return f"{Path(entry.path).name}\n{distance}"


def _item_tooltip(entry: RankedImage, template: str) -> str:
    return f"{entry.path}\n" + fill(template, Path(entry.nearest_path).name, f"{entry.distance:.2f}")
