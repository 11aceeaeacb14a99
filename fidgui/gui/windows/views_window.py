"""Where the FID comes from: a map of both image sets and the images that pull the figure up.

Opened from a result kept with per-image features. The map places every image by the
two directions in which the features of both sets vary most, or, when asked for, by
t-SNE, which keeps similar images together (slower, so computed only on request);
hovering a point shows its picture. Two galleries list the generated images least like any real image and
the real images no generated image comes near. The numbers are computed by the core
(``feature_map``, ``tsne``, ``nearest_images``) in the background; this window only shows them,
and saves them (``views_saving``) as PNG pictures or a self-contained HTML report.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from fidgui.core.base.comparison_types import ComparisonResult
from fidgui.core.insight.feature_map import FeatureMap
from fidgui.core.insight.nearest_images import NearestImages
from fidgui.gui.widgets.retranslating import Retranslating
from fidgui.gui.jobs.job_owner import JobSlot
from fidgui.gui.jobs.thumbnail_cache import ThumbnailCache
from fidgui.gui.jobs.views_jobs import TsneJob, ViewsData, ViewsJob
from fidgui.gui.text import fill
from fidgui.gui.widgets.gallery import ICON_PIXELS, Gallery, HoverCard, placeholder_icon
from fidgui.gui.widgets.least_alike_tab import LeastAlikeTab
from fidgui.gui.widgets.map_tab import MapTab
from fidgui.gui.widgets.not_covered_tab import NotCoveredTab
from fidgui.gui.windows.views_saving import ViewsSaving

_SIDES = ("real", "generated")


class ViewsWindow(Retranslating, QWidget):
    """The views of one result; ``viewsReady`` once the map and lists are shown, ``viewsFailed(sentence)`` if not."""

    viewsReady = Signal()
    viewsFailed = Signal(str)

    @staticmethod
    def menu_text() -> str:
        """The main window's menu entry, translated with this window's other texts."""
        return QCoreApplication.translate("ViewsWindow", "&Views of the result (map, least alike images)…")

    def __init__(self, result: ComparisonResult, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.result = result
        self.data: ViewsData | None = None
        self.error: str | None = None
        self.run: JobSlot[ViewsJob | TsneJob] = JobSlot()
        self.tsne: FeatureMap | None = None  # computed the first time it is asked for, then kept
        self.shown_map: FeatureMap | None = None
        self.tsne_progress: tuple[int, int] | None = None  # while the t-SNE map is being computed
        self._tsne_waiting = False  # t-SNE asked for before the views job had ended: it starts at that end
        self.thumbnails = ThumbnailCache(2 * ICON_PIXELS, self)
        self.thumbnails.ready.connect(self._thumbnail_ready)
        self.hover_card = HoverCard(self)
        self.placeholder = placeholder_icon()
        self._build()
        self.saving = ViewsSaving(self)  # the PNG pictures and the HTML report, and the buttons that save them
        self.retranslate()
        self.resize(1040, 780)
        self._start()

    # Building ---------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.map_tab, self.least_tab, self.uncovered_tab = MapTab(), LeastAlikeTab(), NotCoveredTab()
        self.map_chart, self.map_choice = self.map_tab.chart, self.map_tab.choice
        self.map_caption = self.map_tab.caption
        self.least_gallery, self.uncovered_gallery = self.least_tab.gallery, self.uncovered_tab.gallery
        self.map_png_button, self.least_png_button, self.uncovered_png_button = (
            self.map_tab.png_button, self.least_tab.png_button, self.uncovered_tab.png_button
        )
        self.map_chart.pointHovered.connect(self._on_point_hovered)
        self.map_chart.hoverLeft.connect(self.hover_card.hide)
        self.map_choice.currentIndexChanged.connect(self._on_map_choice)
        self.tabs = QTabWidget()
        for page in (self.map_tab, self.least_tab, self.uncovered_tab):
            self.tabs.addTab(page, "")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.status.setWordWrap(True)
        self.report_button = QPushButton()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._set_ready(False)

    def _start(self) -> None:
        if not self.result.per_image:
            self._fail(
                self.tr(
                    "This result has no per-image features, so there is nothing to show here. Run the comparison "
                    "again with folders on both sides (under 20,000 images each) and open the views then."
                )
            )
            return
        self.run.start(
            ViewsJob(self.result.per_image), succeeded=self._on_ready, failed=self._fail, ended=self._on_job_ended
        )

    # What the person can do ----------------------------------------------------------------------------------

    def save_map_png(self, path: Path | None = None) -> Path | None:
        return self.saving.map_png(path)

    def save_gallery_png(self, gallery: Gallery, default_name: str, path: Path | None = None) -> Path | None:
        return self.saving.gallery_png(gallery, default_name, path)

    def save_report(self, path: Path | None = None) -> Path | None:
        return self.saving.report(path)

    def choose_map(self, tsne: bool) -> None:
        """Show the t-SNE map (computing it in the background the first time) or the PCA map."""
        self.map_choice.setCurrentIndex(1 if tsne else 0)

    @Slot(int)
    def _on_map_choice(self, index: int) -> None:
        if self.data is None:
            return
        if index == 0 or self.tsne is not None:
            self._show_map(self._chosen_map())
            return
        self.tsne_progress = (0, 1)
        self.map_choice.setEnabled(False)
        self._show_status()
        self._tsne_waiting = self.run.busy  # the job that delivered the data may still be ending: start at its end
        if not self._tsne_waiting:
            self._start_tsne()

    def _start_tsne(self) -> None:
        self.run.start(
            TsneJob(self.result.per_image), progressed=self._on_tsne_progress, succeeded=self._on_tsne_ready,
            failed=self._on_tsne_failed, ended=self._on_job_ended,
        )

    # The work, as it ends -----------------------------------------------------------------------------------

    @Slot(object)
    def _on_ready(self, data: ViewsData) -> None:
        self.data = data
        self._set_ready(True)
        self.retranslate()
        for gallery in (self.least_gallery, self.uncovered_gallery):
            self.thumbnails.request(gallery.paths())
        self.viewsReady.emit()

    @Slot(str)
    def _fail(self, sentence: str) -> None:
        self.error = sentence
        self.status.setText(sentence)
        self.viewsFailed.emit(sentence)

    @Slot()
    def _on_job_ended(self) -> None:
        if self._tsne_waiting:  # t-SNE was asked for while the views job was still ending
            self._tsne_waiting = False
            self._start_tsne()
            return
        self.tsne_progress = None
        self.map_choice.setEnabled(self.data is not None)

    @Slot(int, int)
    def _on_tsne_progress(self, done: int, total: int) -> None:
        self.tsne_progress = (done, total)
        self._show_status()

    @Slot(object)
    def _on_tsne_ready(self, found: FeatureMap) -> None:
        self.tsne = found
        self.tsne_progress = None
        self._show_status()
        self._show_map(self._chosen_map())

    @Slot(str)
    def _on_tsne_failed(self, sentence: str) -> None:
        """Back to the PCA map, which is always there, with the reason (too many images, usually) in the status."""
        self.tsne_progress = None
        self.map_choice.blockSignals(True)
        self.map_choice.setCurrentIndex(0)
        self.map_choice.blockSignals(False)
        self._show_map(self._chosen_map())
        self.status.setText(sentence)

    @Slot(int, int, QPoint)
    def _on_point_hovered(self, series: int, index: int, position: QPoint) -> None:
        side = _SIDES[series]
        path = self.result.per_image[side].paths[index]
        kind = self.tr("Real image") if side == "real" else self.tr("Generated image")
        caption = f"{Path(path).name}\n{kind}"
        self.hover_card.show_image(path, caption, self.thumbnails.image(path), self.tr("Loading…"), position)
        self.thumbnails.request([path], urgent=True)

    @Slot(str)
    def _thumbnail_ready(self, path: str) -> None:
        picture = self.thumbnails.image(path)
        self.least_gallery.show_thumbnail(path, picture)
        self.uncovered_gallery.show_thumbnail(path, picture)
        if self.hover_card.isVisible() and self.hover_card.path == path:
            self.hover_card.set_picture(picture, self.tr("No preview"))

    # Showing ------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        real_name, generated_name = (Path(side.source).name for side in (self.result.real, self.result.generated))
        self.setWindowTitle(fill(self.tr("Views of the comparison: %1 and %2"), real_name, generated_name))
        self.tabs.setTabText(0, self.tr("Map"))
        self.tabs.setTabText(1, self.tr("Least like the real set"))
        self.tabs.setTabText(2, self.tr("Not covered"))
        for button in (self.map_png_button, self.least_png_button, self.uncovered_png_button):
            button.setText(self.tr("Save as PNG…"))
        self.report_button.setText(self.tr("Save HTML report…"))
        self.map_tab.retranslate()
        if self.error is not None:
            return
        if self.data is None:
            self.status.setText(self.tr("Preparing the views…"))
            return
        self._show_status()
        self._show_map(self._chosen_map())
        self._show_galleries(self.data.nearest)

    def _show_status(self) -> None:
        if self.tsne_progress is None:
            self.status.setText(
                self.tr("Double-click a picture to open it; hover over a point of the map to see its image.")
            )
            return
        done, total = self.tsne_progress
        self.status.setText(
            fill(self.tr("Computing the t-SNE map: step %1 of %2…"), f"{done:,}", f"{total:,}")
            if done
            else self.tr("Computing the t-SNE map…")
        )

    def _chosen_map(self) -> FeatureMap:
        """The t-SNE map once it is chosen and computed; until then, and otherwise, the PCA map."""
        assert self.data is not None
        return self.tsne if self.map_choice.currentIndex() == 1 and self.tsne is not None else self.data.map

    def _show_map(self, found: FeatureMap) -> None:
        self.shown_map = found
        self.map_tab.show_map(found)

    def _show_galleries(self, nearest: NearestImages) -> None:
        self.least_tab.show_nearest(nearest, self.placeholder)
        self.uncovered_tab.show_nearest(nearest, self.placeholder)
        for gallery in (self.least_gallery, self.uncovered_gallery):
            for path in gallery.paths():
                if self.thumbnails.knows(path):
                    gallery.show_thumbnail(path, self.thumbnails.image(path))

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.map_png_button, self.least_png_button, self.uncovered_png_button, self.report_button):
            widget.setEnabled(ready)
        self.map_choice.setEnabled(ready)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let background work finish on its own; nothing it does can reach a closed window."""
        self.run.abandon(wait=False)
        self.thumbnails.stop()
        self.hover_card.hide()
        super().closeEvent(event)
