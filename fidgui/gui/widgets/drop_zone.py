"""One side of the comparison: a place to drop or choose a folder of images or a statistics file.

It shows what the choice holds as soon as the background scan knows: the name, the
number of usable images, a few thumbnails and the files that will be left out, with
the reason for each.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QImage, QMouseEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fidgui.gui.widgets.retranslating import Retranslating
from fidgui.gui.jobs.folder_scan import THUMBNAIL_PIXELS, FolderScan, SourceSummary, is_statistics_file
from fidgui.gui.jobs.job_owner import JobSlot
from fidgui.gui.text import fill, say
from fidgui.gui.widgets.plain_text import as_html

_FRAME_STYLE = (
    "QFrame#DropZone { border: 2px dashed palette(mid); border-radius: 10px; }"
    "QFrame#DropZone[hovering=\"true\"] { border: 2px solid palette(highlight); }"
)


def dropped_source(mime: QMimeData) -> Path | None:
    """The one folder or statistics file carried by a drag, or None when it carries anything else."""
    if not mime.hasUrls():
        return None
    local = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if len(local) != 1:
        return None
    path = local[0]
    if path.is_dir() or (path.is_file() and is_statistics_file(path)):
        return path
    return None


class DropZone(Retranslating, QFrame):
    """Emits ``sourceChosen(Path)`` when the person picks something new (by drop or by dialog).

    The real side also offers the reference library; ``referenceRequested`` asks the window to open it.
    """

    sourceChosen = Signal(object)
    referenceRequested = Signal()

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.source: Path | None = None
        self.reference: str | None = None  # the library name when the source is a saved reference
        self.summary: SourceSummary | None = None
        self.error: str | None = None
        self._scan: JobSlot[FolderScan] = JobSlot()
        self._locked = False
        self.setObjectName("DropZone")
        self.setStyleSheet(_FRAME_STYLE)
        self.setAcceptDrops(True)
        self.setMinimumWidth(320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        self.title = QLabel()
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.count.setWordWrap(True)
        self.thumbnails = QHBoxLayout()
        self.thumbnails.setSpacing(6)
        thumbnail_row = QWidget()
        thumbnail_row.setLayout(self.thumbnails)
        thumbnail_row.setMinimumHeight(THUMBNAIL_PIXELS)
        self.thumbnails.setContentsMargins(0, 0, 0, 0)
        self.thumbnails.addStretch(1)
        self.skipped_label = QLabel()
        self.skipped_label.setWordWrap(True)
        self.skipped_button = QPushButton()
        self.skipped_button.setCheckable(True)
        self.skipped_button.setFlat(True)
        self.skipped_button.toggled.connect(self._show_skipped_list)
        skipped_row = QHBoxLayout()
        skipped_row.addWidget(self.skipped_label, 1)
        skipped_row.addWidget(self.skipped_button)
        self.skipped_list = QPlainTextEdit()
        self.skipped_list.setReadOnly(True)
        self.skipped_list.setMaximumHeight(120)
        self.skipped_list.hide()
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.browse_folder)
        self.statistics_button = QPushButton()
        self.statistics_button.clicked.connect(self.browse_statistics)
        self.reference_button = QPushButton()
        self.reference_button.clicked.connect(self.referenceRequested)
        self.reference_button.setVisible(side == "real")
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.statistics_button)
        buttons.addWidget(self.reference_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.name)
        layout.addWidget(self.count)
        layout.addWidget(thumbnail_row)
        layout.addLayout(skipped_row)
        layout.addWidget(self.skipped_list)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._set_hovering(False)
        self.retranslate()

    # What the person can do -------------------------------------------------------------------------------

    @Slot()
    def browse_folder(self) -> None:
        start = str(self.source.parent if self.source else Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder of images"), start)
        if chosen:
            self.choose(Path(chosen))

    @Slot()
    def browse_statistics(self) -> None:
        start = str(self.source.parent if self.source else Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a saved statistics file"), start, self.tr("Saved statistics (*.npz)")
        )
        if chosen:
            self.choose(Path(chosen))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside and not self._locked:
            self.browse_folder()
        super().mouseReleaseEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_source(event.mimeData()) is not None:
            event.acceptProposedAction()
            self._set_hovering(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_hovering(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_hovering(False)
        path = dropped_source(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.choose(path)

    # What the window asks of it ---------------------------------------------------------------------------

    def set_source(self, path: Path | None) -> None:
        """Show ``path`` and start counting it in the background (None empties the zone)."""
        self.stop_scan()
        self.source = path
        self.reference = None  # named once the scan has read the file (the library is on disk)
        self.summary = None
        self.error = None
        self._clear_thumbnails()
        self.skipped_button.setChecked(False)
        if path is not None:
            self._scan.start(
                FolderScan(path, round(THUMBNAIL_PIXELS * self.devicePixelRatioF())),
                counted=self._counted, thumbnail=self._add_thumbnail, failed=self._failed,
            )
        self.retranslate()

    def set_locked(self, locked: bool) -> None:
        """During a run the choice cannot change, but the thumbnails stay in colour (unlike setEnabled)."""
        self._locked = locked
        self.setAcceptDrops(not locked)
        self.folder_button.setEnabled(not locked)
        self.statistics_button.setEnabled(not locked)
        self.reference_button.setEnabled(not locked)
        self.setCursor(Qt.CursorShape.ArrowCursor if locked else Qt.CursorShape.PointingHandCursor)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Real images") if self.side == "real" else self.tr("Generated images"))
        self.hint.setText(
            self.tr("Drop a folder of images here, or a saved statistics file (.npz). You can also click to choose.")
        )
        self.folder_button.setText(self.tr("Choose folder…"))
        self.statistics_button.setText(self.tr("Statistics file…"))
        self.reference_button.setText(self.tr("Reference…"))
        self.reference_button.setToolTip(self.tr("Use, save or import a reference set from the reference library"))
        if self.reference is not None:
            self.name.setText(fill(self.tr("Reference: %1"), self.reference))
        else:
            self.name.setText(self.source.name or str(self.source) if self.source else self.tr("Nothing chosen yet."))
        self.name.setToolTip(as_html(str(self.source)) if self.source else "")
        self.count.setText(self._count_text())
        skipped = self.summary.skipped if self.summary else []
        self.skipped_label.setVisible(bool(skipped))
        self.skipped_button.setVisible(bool(skipped))
        self.skipped_label.setText(fill(self.tr("Files that will be skipped: %1"), f"{len(skipped):,}"))
        self.skipped_button.setText(self.tr("Hide") if self.skipped_button.isChecked() else self.tr("Show why"))
        reasons = "\n".join(f"{Path(item.path).name}: {say(item.reason)}" for item in skipped)
        self.skipped_label.setToolTip(as_html(reasons))
        self.skipped_list.setPlainText(reasons)

    # Internals ----------------------------------------------------------------------------------------------

    def _count_text(self) -> str:
        if self.source is None:
            return ""
        if self.error is not None:
            return self.error
        if self.summary is None:
            return self.tr("Counting images…")
        if self.summary.is_statistics:
            mode = self.summary.statistics_mode or self.tr("unknown")
            return fill(self.tr("Saved statistics of %1 images (mode: %2)."), f"{self.summary.n_images:,}", mode)
        if self.summary.n_images == 0:
            return self.tr("No images found in this folder. Choose a folder that holds PNG or JPEG files.")
        return fill(self.tr("Usable images: %1"), f"{self.summary.n_images:,}")

    def choose(self, path: Path) -> None:
        """Pick ``path`` as the person's choice: shown, counted, and announced with ``sourceChosen``."""
        self.set_source(path)
        self.sourceChosen.emit(path)

    def stop_scan(self) -> None:
        self._scan.abandon(wait=False)

    @Slot(object)
    def _counted(self, summary: SourceSummary) -> None:
        self.summary = summary
        self.reference = summary.reference
        self.retranslate()

    @Slot(object)
    def _add_thumbnail(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        label = QLabel()
        label.setPixmap(pixmap)
        label.setFixedSize(THUMBNAIL_PIXELS, THUMBNAIL_PIXELS)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnails.insertWidget(self.thumbnails.count() - 1, label)

    @Slot(str)
    def _failed(self, sentence: str) -> None:
        self.error = sentence
        self.retranslate()

    def _clear_thumbnails(self) -> None:
        while self.thumbnails.count() > 1:
            item = self.thumbnails.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _show_skipped_list(self, shown: bool) -> None:
        self.skipped_list.setVisible(shown)
        self.retranslate()

    def _set_hovering(self, hovering: bool) -> None:
        self.setProperty("hovering", hovering)
        self.style().unpolish(self)
        self.style().polish(self)
