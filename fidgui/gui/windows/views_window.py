"""Where the FID comes from: a map of both image sets and the images that pull the figure up.

Opened from a result kept with per-image features. The map places every image by the
two directions in which the features of both sets vary most, or, when asked for, by
t-SNE, which keeps similar images together (slower, so computed only on request);
hovering a point shows its picture. Two galleries list the generated images least like any real image and
the real images no generated image comes near. The numbers are computed by the core
(``feature_map``, ``tsne``, ``nearest_images``) in the background; this window only shows them,
and saves them as PNG pictures or a self-contained HTML report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QColor, QDesktopServices, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fidgui.core.base.comparison_types import ComparisonResult, PerImageFeatures
from fidgui.core.insight.feature_map import FeatureMap, feature_map
from fidgui.core.insight.nearest_images import NearestImages, RankedImage, find_nearest_images
from fidgui.core.report.html import write_html
from fidgui.core.insight.tsne import MAX_POINTS as TSNE_MAX_POINTS
from fidgui.core.insight.tsne import METHOD as TSNE_METHOD
from fidgui.core.insight.tsne import tsne_map
from fidgui.gui.jobs.background_job import BackgroundJob
from fidgui.gui.widgets.charts import (
    GENERATED_COLOUR,
    REAL_COLOUR,
    ScatterChart,
    ScatterSeries,
    contact_sheet,
    png_bytes,
    save_png,
)
from fidgui.gui.widgets.file_saving import save_with_dialog
from fidgui.gui import language
from fidgui.gui.text import fill, say
from fidgui.gui.jobs.thumbnail_cache import ThumbnailCache
from fidgui.gui.widgets.plain_text import as_html

KEEP_FEATURES_LIMIT = 20_000  # per side; beyond it a run keeps the fast whole-folder cache instead of per-image rows
GALLERY_LIMIT = 50
ICON_PIXELS = 128
_SIDES = ("real", "generated")


def should_keep_features(image_counts: Sequence[int | None]) -> bool:
    """Keep per-image features (for this window) when every side is a folder of known size under the limit.

    Keeping them costs memory (8 KB an image) and makes a repeated run read every file to find its
    cached features, instead of recognising the unchanged folder from its listing alone; below 20,000
    images a side that is a few seconds, above it the views are rarely worth it.
    """
    return all(count is not None and 0 < count < KEEP_FEATURES_LIMIT for count in image_counts)


@dataclass(frozen=True)
class ViewsData:
    map: FeatureMap
    nearest: NearestImages


class ViewsJob(BackgroundJob):
    """The map and both ranked lists; seconds for thousands of images, so never on the GUI thread."""

    def __init__(self, per_image: dict[str, PerImageFeatures]) -> None:
        super().__init__()
        self.per_image = per_image

    def work(self) -> ViewsData:
        real, generated = self.per_image["real"], self.per_image["generated"]
        nearest = find_nearest_images(self.per_image, limit=GALLERY_LIMIT)
        return ViewsData(feature_map(real.pool3, generated.pool3), nearest)


class TsneJob(BackgroundJob):
    """The t-SNE map: a minute or two for thousands of images, so in the background with its progress."""

    progressed = Signal(int, int)  # iterations done, iterations in all

    def __init__(self, per_image: dict[str, PerImageFeatures]) -> None:
        super().__init__()
        self.per_image = per_image

    def work(self) -> FeatureMap:
        return tsne_map(
            self.per_image["real"].pool3,
            self.per_image["generated"].pool3,
            should_stop=self.should_stop,
            on_progress=self.progressed.emit,
        )


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


class ViewsWindow(QWidget):
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
        self.job: ViewsJob | TsneJob | None = None
        self.tsne: FeatureMap | None = None  # computed the first time it is asked for, then kept
        self.shown_map: FeatureMap | None = None
        self.tsne_progress: tuple[int, int] | None = None  # while the t-SNE map is being computed
        self.thumbnails = ThumbnailCache(2 * ICON_PIXELS, self)
        self.thumbnails.ready.connect(self._thumbnail_ready)
        self.hover_card = HoverCard(self)
        placeholder = QPixmap(ICON_PIXELS, ICON_PIXELS)
        placeholder.fill(QColor("#e6e6e6"))
        self.placeholder = QIcon(placeholder)
        self._build()
        self.retranslate()
        self.resize(1040, 780)
        self._start()

    # Building ---------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.map_caption, self.least_caption, self.uncovered_caption = (_caption_label() for _ in range(3))
        self.map_chart = ScatterChart()
        self.map_chart.pointHovered.connect(self._on_point_hovered)
        self.map_chart.hoverLeft.connect(self.hover_card.hide)
        self.map_choice_label = QLabel()
        self.map_choice = QComboBox()
        self.map_choice.addItems(["", ""])  # PCA, t-SNE; texts set in retranslate
        self.map_choice_label.setBuddy(self.map_choice)
        self.map_choice.currentIndexChanged.connect(self._on_map_choice)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.map_choice_label)
        choice_row.addWidget(self.map_choice)
        choice_row.addStretch(1)
        map_body = QWidget()
        map_layout = QVBoxLayout(map_body)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addLayout(choice_row)
        map_layout.addWidget(self.map_chart, 1)
        self.least_gallery, self.uncovered_gallery = Gallery(), Gallery()
        self.map_png_button, self.least_png_button, self.uncovered_png_button = (QPushButton() for _ in range(3))
        self.map_png_button.clicked.connect(lambda: self.save_map_png())
        self.least_png_button.clicked.connect(lambda: self.save_gallery_png(self.least_gallery, "least_like_real.png"))
        self.uncovered_png_button.clicked.connect(
            lambda: self.save_gallery_png(self.uncovered_gallery, "not_covered.png")
        )
        self.tabs = QTabWidget()
        for caption, body, button in (
            (self.map_caption, map_body, self.map_png_button),
            (self.least_caption, self.least_gallery, self.least_png_button),
            (self.uncovered_caption, self.uncovered_gallery, self.uncovered_png_button),
        ):
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.addWidget(caption)
            layout.addWidget(body, 1)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            layout.addLayout(row)
            self.tabs.addTab(page, "")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.status.setWordWrap(True)
        self.report_button = QPushButton()
        self.report_button.clicked.connect(lambda: self.save_report())
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
        job = ViewsJob(self.result.per_image)
        job.succeeded.connect(self._on_ready)
        job.failed.connect(self._fail)
        job.ended.connect(self._on_job_ended)
        self.job = job
        job.start()

    # What the person can do ----------------------------------------------------------------------------------

    def save_map_png(self, path: Path | None = None) -> Path | None:
        return self._save(
            path, "fid_map.png", self.tr("PNG images (*.png)"), lambda target: save_png(self.map_chart.image(), target)
        )

    def save_gallery_png(self, gallery: Gallery, default_name: str, path: Path | None = None) -> Path | None:
        return self._save(
            path, default_name, self.tr("PNG images (*.png)"), lambda target: save_png(self._sheet(gallery), target)
        )

    def save_report(self, path: Path | None = None) -> Path | None:
        def write(target: Path) -> None:
            figures = [(self.tr("Map of the features of both sets"), png_bytes(self.map_chart.image()))]
            for gallery, title in (
                (self.least_gallery, self.tr("Generated images least like the real set")),
                (self.uncovered_gallery, self.tr("Real images not covered by the generated set")),
            ):
                if gallery.count():
                    figures.append((title, png_bytes(self._sheet(gallery))))
            write_html(self.result, target, figures, wording=say, language=language.switcher().current)

        return self._save(path, "fid_report.html", self.tr("Web pages (*.html)"), write)

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
        job = TsneJob(self.result.per_image)
        job.progressed.connect(self._on_tsne_progress)
        job.succeeded.connect(self._on_tsne_ready)
        job.failed.connect(self._on_tsne_failed)
        job.ended.connect(self._on_job_ended)
        self.job = job
        self.tsne_progress = (0, 1)
        self.map_choice.setEnabled(False)
        self._show_status()
        job.start()

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
        self.job = None
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        real_name, generated_name = (Path(side.source).name for side in (self.result.real, self.result.generated))
        self.setWindowTitle(fill(self.tr("Views of the comparison: %1 and %2"), real_name, generated_name))
        self.tabs.setTabText(0, self.tr("Map"))
        self.tabs.setTabText(1, self.tr("Least like the real set"))
        self.tabs.setTabText(2, self.tr("Not covered"))
        for button in (self.map_png_button, self.least_png_button, self.uncovered_png_button):
            button.setText(self.tr("Save as PNG…"))
        self.report_button.setText(self.tr("Save HTML report…"))
        self.map_choice_label.setText(self.tr("&Map:"))
        self.map_choice.setItemText(0, self.tr("PCA"))
        self.map_choice.setItemText(1, fill(self.tr("t-SNE (slower, up to %1 images)"), f"{TSNE_MAX_POINTS:,}"))
        self.map_choice.setToolTip(
            self.tr(
                "PCA shows the two main directions of variation and is quick. t-SNE keeps similar images close "
                "together, which shows groups better, but takes up to a few minutes."
            )
        )
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
        if found.method == TSNE_METHOD:
            self._show_tsne_map(found)
            return
        first, second = (f"{100 * share:.1f}" for share in found.explained_variance_ratio)
        self.map_caption.setText(
            fill(
                self.tr(
                    "Each point is one image, placed along the two directions in which the features of both sets "
                    "vary most; they hold %1 % and %2 % of the variation, so points close on the map may still "
                    "differ. Generated points away from the real cloud look unlike the real images; parts of the "
                    "real cloud without generated points are kinds of picture the generator misses. Hover over a "
                    "point to see its image."
                ),
                first,
                second,
            )
        )
        self.map_chart.set_series(
            self._map_series(found),
            self.tr("Map of the features of both sets"),
            fill(self.tr("Direction 1 (%1 % of the variation)"), first),
            fill(self.tr("Direction 2 (%1 % of the variation)"), second),
        )

    def _show_tsne_map(self, found: FeatureMap) -> None:
        self.map_caption.setText(
            self.tr(
                "Each point is one image, placed by t-SNE so that images with similar features sit close together. "
                "Look for groups of real points with no generated points among them: kinds of picture the "
                "generator misses. The axes, the distances between groups and their sizes mean nothing. Hover over "
                "a point to see its image."
            )
        )
        self.map_chart.set_series(
            self._map_series(found),
            self.tr("Map of the features of both sets (t-SNE)"),
            self.tr("t-SNE axis 1"),
            self.tr("t-SNE axis 2"),
        )

    def _map_series(self, found: FeatureMap) -> list[ScatterSeries]:
        return [
            ScatterSeries(fill(self.tr("Real images (%1)"), f"{len(found.real):,}"), REAL_COLOUR, found.real),
            ScatterSeries(
                fill(self.tr("Generated images (%1)"), f"{len(found.generated):,}"), GENERATED_COLOUR, found.generated
            ),
        ]

    def _show_galleries(self, nearest: NearestImages) -> None:
        self.least_caption.setText(
            fill(
                self.tr(
                    "The %1 generated images farthest from every real image, farthest first. The number under each "
                    "is the distance to the closest real image as the network sees it (0: the same picture). "
                    "Double-click a picture to open it."
                ),
                len(nearest.least_like_real),
            )
        )
        closest_real = self.tr("Closest real image: %1 (distance %2)")
        self.least_gallery.set_entries(
            [
                (entry.path, self._item_caption(entry), self._item_tooltip(entry, closest_real))
                for entry in nearest.least_like_real
            ],
            self.placeholder,
        )
        if not nearest.coverage_known:
            uncovered = fill(
                self.tr("This list needs more than %1 real images; add real images and compare again."), nearest.k
            )
        elif nearest.n_not_covered == 0:
            uncovered = self.tr(
                "Every real image has a generated image among its nearest neighbours: nothing is missing by this "
                "measure."
            )
        else:
            uncovered = fill(
                self.tr(
                    "%1 of %2 real images have no generated image as close as their %3 nearest real neighbours. The "
                    "%4 farthest from any generated image come first: kinds of picture the generator misses. "
                    "Double-click a picture to open it."
                ),
                f"{nearest.n_not_covered:,}",
                f"{nearest.n_real:,}",
                nearest.k,
                len(nearest.not_covered),
            )
        self.uncovered_caption.setText(uncovered)
        closest_generated = self.tr("Closest generated image: %1 (distance %2)")
        self.uncovered_gallery.set_entries(
            [
                (entry.path, self._item_caption(entry), self._item_tooltip(entry, closest_generated))
                for entry in nearest.not_covered
            ],
            self.placeholder,
        )
        for gallery in (self.least_gallery, self.uncovered_gallery):
            for path in gallery.paths():
                if self.thumbnails.knows(path):
                    gallery.show_thumbnail(path, self.thumbnails.image(path))
        self.least_png_button.setEnabled(self.least_gallery.count() > 0)
        self.uncovered_png_button.setEnabled(self.uncovered_gallery.count() > 0)

    def _item_caption(self, entry: RankedImage) -> str:
        return f"{Path(entry.path).name}\n" + fill(self.tr("distance %1"), f"{entry.distance:.2f}")

    @staticmethod
    def _item_tooltip(entry: RankedImage, template: str) -> str:
        return f"{entry.path}\n" + fill(template, Path(entry.nearest_path).name, f"{entry.distance:.2f}")

    def _set_ready(self, ready: bool) -> None:
        for widget in (
            self.map_png_button, self.least_png_button, self.uncovered_png_button, self.report_button, self.map_choice
        ):
            widget.setEnabled(ready)

    def _sheet(self, gallery: Gallery) -> QImage:
        entries = [
            (self.thumbnails.image(gallery.item(row).data(Qt.ItemDataRole.UserRole)), gallery.item(row).text())
            for row in range(gallery.count())
        ]
        return contact_sheet(entries)

    def _save(
        self, path: Path | None, default_name: str, file_filter: str, write: Callable[[Path], None]
    ) -> Path | None:
        start = Path(self.result.generated.source).parent / default_name
        return save_with_dialog(self, path, start, file_filter, write, self.status)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let background work finish on its own; nothing it does can reach a closed window."""
        if self.job is not None:
            signals = [self.job.succeeded, self.job.failed, self.job.ended]
            if isinstance(self.job, TsneJob):
                signals.append(self.job.progressed)
            self.job.abandon(signals, wait=False)
            self.job = None
        self.thumbnails.stop()
        self.hover_card.hide()
        super().closeEvent(event)


def _caption_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
    label.setWordWrap(True)
    return label
