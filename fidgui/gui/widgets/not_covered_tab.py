"""The views' "Not covered" tab: real images no generated image comes near, kinds of picture the generator misses."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from fidgui.core.insight.nearest_images import NearestImages
from fidgui.gui.text import fill
from fidgui.gui.widgets.gallery import GalleryPage


class NotCoveredTab(GalleryPage):
    def show_nearest(self, nearest: NearestImages, placeholder: QIcon) -> None:
        if not nearest.coverage_known:
            caption = fill(
                self.tr("This list needs more than %1 real images; add real images and compare again."), nearest.k
            )
        elif nearest.n_not_covered == 0:
            caption = self.tr(
                "Every real image has a generated image among its nearest neighbours: nothing is missing by this "
                "measure."
            )
        else:
            caption = fill(
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
        self.caption.setText(caption)
        self.set_ranked(nearest.not_covered, self.tr("Closest generated image: %1 (distance %2)"), placeholder)
