"""One side of the comparison: a place to drop or choose a folder of images, image files, or a statistics file.

It shows what the choice holds as soon as the background scan knows: the name, the
number of usable images (checked with the run's own decoder, so the run agrees), a few
thumbnails and the files that will be left out, with the reason for each. A drop it
cannot use is explained in the zone (``dropped_items``), never silently refused.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
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
from fidgui.core.base.errors import Message
from fidgui.core.base.image_selection import ImageSelection
from fidgui.gui.jobs.folder_scan import THUMBNAIL_PIXELS, FolderScan, SourceSummary
from fidgui.gui.jobs.job_owner import JobSlot
from fidgui.gui.text import fill, say
from fidgui.gui.widgets.dropped_items import SideInput, dropped_paths, judge_drop
from fidgui.gui.widgets.layout_items import remove_items
from fidgui.gui.widgets.plain_text import as_html
from fidgui.gui.widgets.zone_counts import count_text, too_few

_FRAME_STYLE = (
    "QFrame#DropZone { border: 2px dashed palette(mid); border-radius: 10px; }"
    "QFrame#DropZone[hovering=\"true\"] { border: 2px solid palette(highlight); }"
)


class DropZone(Retranslating, QFrame):
    """Emits ``sourceChosen(Path)`` when the person picks a folder or file (by drop or by dialog), and
    ``inputChanged`` whenever what the side holds changes (image selections included).

    The real side also offers the reference library; ``referenceRequested`` asks the window to open it.
    """

    sourceChosen = Signal(object)
    inputChanged = Signal()
    referenceRequested = Signal()

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.source: Path | None = None  # a selection's folder when ``selection`` is set
        self.selection: ImageSelection | None = None  # image files dropped one by one
        self.drop_refusal: Message | None = None  # why the last drop was not taken
        self._opened_for_too_few = False
        self.reference: str | None = None  # the library name when the source is a saved reference
        self.summary: SourceSummary | None = None
        self.error: str | None = None
        self._scan: JobSlot[FolderScan] = JobSlot()
        self.top_level_only = False  # the run's "top level only" setting: a folder is counted as the run lists it
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
        self.refusal = QLabel()
        self.refusal.setTextFormat(Qt.TextFormat.PlainText)  # holds dropped file names: never read as HTML
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #c0392b;")
        self.refusal.hide()
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
        for button in (self.folder_button, self.statistics_button, self.reference_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.name)
        layout.addWidget(self.count)
        layout.addWidget(self.refusal)
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
        """Anything with files is let in, so that a drop that cannot be used is answered with a sentence."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            self._set_hovering(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_hovering(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_hovering(False)
        verdict = judge_drop(dropped_paths(event.mimeData()))
        event.acceptProposedAction()
        if verdict.source is None:
            self.drop_refusal = verdict.refusal
            self.retranslate()
            return
        self.choose(verdict.source)

    # What the window asks of it ---------------------------------------------------------------------------

    def set_source(self, path: SideInput | None) -> None:
        """Show ``path`` (folder, statistics file, image selection) and check it in the background (None: empty)."""
        self.stop_scan()
        self.selection = path if isinstance(path, ImageSelection) else None
        self.source = path.folder if isinstance(path, ImageSelection) else path
        self.drop_refusal = None
        self._opened_for_too_few = False
        self.reference = None  # named once the scan has read the file (the library is on disk)
        self.summary = None
        self.error = None
        self._clear_thumbnails()
        self.skipped_button.setChecked(False)
        if path is not None:
            self._scan.start(
                FolderScan(path, round(THUMBNAIL_PIXELS * self.devicePixelRatioF()), self.top_level_only),
                counted=self._counted, checked=self._counted, thumbnail=self._add_thumbnail, failed=self._failed,
            )
        self.retranslate()
        self.inputChanged.emit()

    def side_input(self) -> SideInput | None:
        """What the comparison reads on this side: the chosen files, or the folder or statistics file."""
        return self.selection if self.selection is not None else self.source

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
        elif self.selection is not None:
            self.name.setText(say(Message("selection_name", count=len(self.selection), folder=str(self.source))))
        else:
            self.name.setText(self.source.name or str(self.source) if self.source else self.tr("Nothing chosen yet."))
        self.name.setToolTip(as_html(str(self.source)) if self.source else "")
        self.count.setText(count_text(self.summary, self.error) if self.source else "")
        self.refusal.setText(say(self.drop_refusal) if self.drop_refusal is not None else "")
        self.refusal.setVisible(self.drop_refusal is not None)
        skipped = self.summary.all_skipped if self.summary else []
        if too_few(self.summary) and skipped and not self._opened_for_too_few:
            self._opened_for_too_few = True  # once: the person may hide the list again
            self.skipped_button.setChecked(True)  # every reason, at once, when the side cannot be used
        self.skipped_label.setVisible(bool(skipped))
        self.skipped_button.setVisible(bool(skipped))
        self.skipped_label.setText(fill(self.tr("Files that will be skipped: %1"), f"{len(skipped):,}"))
        self.skipped_button.setText(self.tr("Hide") if self.skipped_button.isChecked() else self.tr("Show why"))
        reasons = "\n".join(f"{Path(item.path).name}: {say(item.reason)}" for item in skipped)
        self.skipped_label.setToolTip(as_html(reasons))
        self.skipped_list.setPlainText(reasons)

    # Internals ----------------------------------------------------------------------------------------------

    def choose(self, path: SideInput) -> None:
        """Pick ``path``: shown, checked, and announced with ``sourceChosen`` unless it is a passing selection."""
        self.set_source(path)
        if not isinstance(path, ImageSelection):
            self.sourceChosen.emit(path)

    def stop_scan(self, wait: bool = False) -> None:
        """Stop checking files (a new choice does not wait; a closing window does, so no thread outlives it)."""
        self._scan.abandon(wait=wait)

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
        remove_items(self.thumbnails, keep_last=1)  # the stretch after the thumbnails stays

    def _show_skipped_list(self, shown: bool) -> None:
        self.skipped_list.setVisible(shown)
        self.retranslate()

    def _set_hovering(self, hovering: bool) -> None:
        self.setProperty("hovering", hovering)
        self.style().unpolish(self)
        self.style().polish(self)
