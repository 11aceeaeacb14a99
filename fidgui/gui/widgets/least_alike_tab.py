"""The views' "Least like the real set" tab: the generated images farthest from every real image."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from fidgui.core.insight.nearest_images import NearestImages
from fidgui.gui.text import fill
from fidgui.gui.widgets.gallery import GalleryPage


class LeastAlikeTab(GalleryPage):
    def show_nearest(self, nearest: NearestImages, placeholder: QIcon) -> None:
        self.caption.setText(
            fill(
                self.tr(
                    "The %1 generated images farthest from every real image, farthest first. The number under each "
                    "is the distance to the closest real image as the network sees it (0: the same picture). "
                    "Double-click a picture to open it."
                ),
                len(nearest.least_like_real),
            )
        )
        self.set_ranked(nearest.least_like_real, self.tr("Closest real image: %1 (distance %2)"), placeholder)
