"""Saving what the views window shows: the map and a gallery as PNG pictures, all of it as one HTML report.

Kept apart from the window, which computes and shows the views. The pictures are drawn from what is on screen
(the map as drawn, the galleries with the thumbnails loaded so far), so a saved file looks like the window.
The sentences keep the window's translation context, so the window's translations serve them unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage

from fidgui.core.report.html import write_html
from fidgui.gui import language
from fidgui.gui.text import say
from fidgui.gui.widgets.charts import contact_sheet, png_bytes, save_png
from fidgui.gui.widgets.file_saving import save_with_dialog
from fidgui.gui.widgets.gallery import Gallery

if TYPE_CHECKING:
    from fidgui.gui.windows.views_window import ViewsWindow


class ViewsSaving:
    """The window's three kinds of file; each asks where unless given a path, and returns the file written."""

    def __init__(self, window: ViewsWindow) -> None:
        """Connects the window's save buttons, which exist by now."""
        self.window = window
        least, uncovered = window.least_gallery, window.uncovered_gallery
        window.map_png_button.clicked.connect(lambda: self.map_png())
        window.least_png_button.clicked.connect(lambda: self.gallery_png(least, "least_like_real.png"))
        window.uncovered_png_button.clicked.connect(lambda: self.gallery_png(uncovered, "not_covered.png"))
        window.report_button.clicked.connect(lambda: self.report())

    def map_png(self, path: Path | None = None) -> Path | None:
        chart = self.window.map_chart
        png_filter = QCoreApplication.translate("ViewsWindow", "PNG images (*.png)")
        return self._save(path, "fid_map.png", png_filter, lambda target: save_png(chart.image(), target))

    def gallery_png(self, gallery: Gallery, default_name: str, path: Path | None = None) -> Path | None:
        png_filter = QCoreApplication.translate("ViewsWindow", "PNG images (*.png)")
        return self._save(path, default_name, png_filter, lambda target: save_png(self.sheet(gallery), target))

    def report(self, path: Path | None = None) -> Path | None:
        window = self.window

        def write(target: Path) -> None:
            title = QCoreApplication.translate("ViewsWindow", "Map of the features of both sets")
            figures = [(title, png_bytes(window.map_chart.image()))]
            for gallery, title in (
                (window.least_gallery,
                 QCoreApplication.translate("ViewsWindow", "Generated images least like the real set")),
                (window.uncovered_gallery,
                 QCoreApplication.translate("ViewsWindow", "Real images not covered by the generated set")),
            ):
                if gallery.count():
                    figures.append((title, png_bytes(self.sheet(gallery))))
            write_html(window.result, target, figures, wording=say, language=language.switcher().current)

        html_filter = QCoreApplication.translate("ViewsWindow", "Web pages (*.html)")
        return self._save(path, "fid_report.html", html_filter, write)

    def sheet(self, gallery: Gallery) -> QImage:
        """The gallery as one picture: each thumbnail (or its placeholder) with its caption."""
        thumbnails = self.window.thumbnails
        entries = [
            (thumbnails.image(gallery.item(row).data(Qt.ItemDataRole.UserRole)), gallery.item(row).text())
            for row in range(gallery.count())
        ]
        return contact_sheet(entries)

    def _save(
        self, path: Path | None, default_name: str, file_filter: str, write: Callable[[Path], None]
    ) -> Path | None:
        window = self.window
        start = Path(window.result.generated.source).parent / default_name
        return save_with_dialog(window, path, start, file_filter, write, window.status)
