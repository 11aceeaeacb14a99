"""What a dropped folder or statistics file holds, found out in the background.

Counting uses the core's discovery (no decoding, fast even for 50,000 files) and is
reported first; a few thumbnails follow, decoded small, so the count never waits
for pictures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps
from PySide6.QtCore import Signal
from PySide6.QtGui import QImage

from fidgui.core.run.comparison import STATISTICS_SUFFIX
from fidgui.core.images.decoding import decode_image
from fidgui.core.images.discovery import discover_images
from fidgui.core.base.errors import Cancelled, FidguiError, SkippedFile
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.run.recording import reference_name
from fidgui.gui.jobs.background_job import BackgroundJob

THUMBNAIL_COUNT = 4
THUMBNAIL_PIXELS = 96  # device-independent pixels; decoded at twice that for high-DPI screens


@dataclass
class SourceSummary:
    """What one side will contribute: images to read, or statistics saved earlier."""

    path: Path
    n_images: int
    is_statistics: bool = False
    statistics_mode: str | None = None
    skipped: list[SkippedFile] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    reference: str | None = None  # the reference library's name for this .npz, when it is one


def is_statistics_file(path: Path) -> bool:
    return path.suffix.lower() == STATISTICS_SUFFIX


def summarize_source(path: Path) -> SourceSummary:
    """Count a folder's images or read a statistics file's header; FidguiError says what is wrong."""
    if is_statistics_file(path) and path.is_file():
        statistics = FeatureStatistics.load(path)
        return SourceSummary(
            path, statistics.n or 0, is_statistics=True, statistics_mode=statistics.mode,
            reference=reference_name(path),
        )
    discovery = discover_images(path)
    return SourceSummary(path, len(discovery.files), skipped=list(discovery.skipped), files=discovery.files)


def thumbnail_image(path: Path, pixels: int) -> QImage:
    """The picture as a person sees it (the core handles EXIF rotation, 16-bit and alpha), fitted to the box.

    Tiny images are enlarged to fill it too, so a folder of 32-pixel crops is still recognisable.
    """
    decoded = decode_image(path)
    picture = ImageOps.contain(Image.fromarray(decoded.rgb), (pixels, pixels), Image.Resampling.BILINEAR)
    rgb = np.ascontiguousarray(np.asarray(picture))
    height, width, _ = rgb.shape
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class FolderScan(BackgroundJob):
    """``counted`` carries a SourceSummary; ``thumbnail`` a QImage, one at a time; ``succeeded`` comes last."""

    counted = Signal(object)
    thumbnail = Signal(object)

    def __init__(self, path: Path, thumbnail_pixels: int = 2 * THUMBNAIL_PIXELS) -> None:
        super().__init__()
        self.path = path
        self._pixels = thumbnail_pixels

    def work(self) -> SourceSummary:
        summary = summarize_source(self.path)
        self.counted.emit(summary)
        shown = 0
        for file in summary.files:
            if shown == THUMBNAIL_COUNT:
                break
            if self.should_stop():
                raise Cancelled()
            try:
                self.thumbnail.emit(thumbnail_image(file, self._pixels))
            except FidguiError:  # an unreadable file simply shows no thumbnail; the run will list it as skipped
                continue
            shown += 1
        return summary
