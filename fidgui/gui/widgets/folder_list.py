"""The list of folders compare-many compares; folders dropped on it are added."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

class FolderList(QListWidget):
    """The folders to compare; folders dropped on it are added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def folders(self) -> list[Path]:
        return [Path(self.item(row).text()) for row in range(self.count())]

    def add_folder(self, folder: Path) -> None:
        if folder.is_dir() and folder not in self.folders():
            self.addItem(str(folder))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.add_folder(Path(url.toLocalFile()))
        event.acceptProposedAction()
