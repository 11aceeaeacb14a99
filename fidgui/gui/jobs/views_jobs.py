"""The views' computations in the background: the map and ranked lists at once, the t-SNE map on request.

Seconds for thousands of images (a minute or two for t-SNE), so never on the GUI thread; the
core computes (``feature_map``, ``nearest_images``, ``tsne``), these jobs only carry the results.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal

from fidgui.core.base.comparison_types import PerImageFeatures
from fidgui.core.insight.feature_map import FeatureMap, feature_map
from fidgui.core.insight.nearest_images import NearestImages, find_nearest_images
from fidgui.core.insight.tsne import tsne_map
from fidgui.gui.jobs.background_job import BackgroundJob

KEEP_FEATURES_LIMIT = 20_000  # per side; beyond it a run keeps the fast whole-folder cache instead of per-image rows
GALLERY_LIMIT = 50


def should_keep_features(image_counts: Sequence[int | None]) -> bool:
    """Keep per-image features (for the views) when every side is a folder of known size under the limit.

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
    """The map and both ranked lists."""

    def __init__(self, per_image: dict[str, PerImageFeatures]) -> None:
        super().__init__()
        self.per_image = per_image

    def work(self) -> ViewsData:
        real, generated = self.per_image["real"], self.per_image["generated"]
        nearest = find_nearest_images(self.per_image, limit=GALLERY_LIMIT)
        return ViewsData(feature_map(real.pool3, generated.pool3), nearest)


class TsneJob(BackgroundJob):
    """The t-SNE map, with its progress."""

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
