"""What a dropped folder, image selection or statistics file holds, found out in the background.

Counting uses the core's discovery (no decoding, fast even for 50,000 files) and is
reported first. Then every file is checked with the run's own decoder (``core.images.file_check``),
so the usable count and the skipped files with their reasons agree with what the run will say;
the first good pictures become the thumbnails, decoded once.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps
from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QImage

from fidgui.core.run.comparison import STATISTICS_SUFFIX
from fidgui.core.base.image_selection import ImageSelection
from fidgui.core.images.decoding import DecodedImage, decode_image
from fidgui.core.images.discovery import discover_images, discover_listed
from fidgui.core.images.top_level import discover_top_level
from fidgui.core.images.file_check import FileCheck, check_files
from fidgui.core.base.errors import FidguiError, SkippedFile
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.run.recording import reference_name
from fidgui.gui.jobs.background_job import BackgroundJob

THUMBNAIL_COUNT = 4
BACKGROUND_NICENESS = 10  # a tenth of a normal thread's share of a busy core: slower, never starved
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
    checked: int = 0  # files the background check has decoded so far
    unusable: list[SkippedFile] = field(default_factory=list)  # listed files the run's decoder refuses
    check_done: bool = False
    chosen: int | None = None  # the number of files in a dropped selection; None for a folder

    @property
    def usable(self) -> int:
        """Images the run will use: known once the check is done (until then, the listing's count)."""
        return self.n_images - len(self.unusable)

    @property
    def all_skipped(self) -> list[SkippedFile]:
        """Every file the run will leave out, in the run's own order: the listing's, then the decoder's."""
        return self.skipped + self.unusable


def is_statistics_file(path: Path) -> bool:
    return path.suffix.lower() == STATISTICS_SUFFIX


def summarize_source(path: Path | ImageSelection, top_level_only: bool = False) -> SourceSummary:
    """Count a folder's images or read a statistics file's header; FidguiError says what is wrong.

    ``top_level_only`` lists a folder as the run will with that setting (``check_side``): its own files only, as
    pytorch-fid lists them, so the count shown is the count read. A selection is read as chosen either way."""
    if isinstance(path, ImageSelection):
        listed = discover_listed(path.files)
        return SourceSummary(path.folder, len(listed.files), skipped=list(listed.skipped), files=listed.files,
                             chosen=len(path))
    if is_statistics_file(path) and path.is_file():
        statistics = FeatureStatistics.load(path)
        return SourceSummary(
            path, statistics.n or 0, is_statistics=True, statistics_mode=statistics.mode,
            reference=reference_name(path),
        )
    discovery = discover_top_level(path) if top_level_only else discover_images(path)
    return SourceSummary(path, len(discovery.files), skipped=list(discovery.skipped), files=discovery.files)


def thumbnail_image(path: Path, pixels: int) -> QImage:
    """The picture as a person sees it (the core handles EXIF rotation, 16-bit and alpha), fitted to the box.

    Tiny images are enlarged to fill it too, so a folder of 32-pixel crops is still recognisable.
    """
    return thumbnail_of(decode_image(path), pixels)


def thumbnail_of(decoded: DecodedImage, pixels: int) -> QImage:
    """A picture already decoded, fitted to the box."""
    picture = ImageOps.contain(Image.fromarray(decoded.rgb), (pixels, pixels), Image.Resampling.BILINEAR)
    rgb = np.ascontiguousarray(np.asarray(picture))
    height, width, _ = rgb.shape
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class FolderScan(BackgroundJob):
    """``counted`` carries a SourceSummary (the listing), ``checked`` newer ones as files are decoded (the last
    with ``check_done``); ``thumbnail`` a QImage, one at a time; ``succeeded`` comes last."""

    counted = Signal(object)
    checked = Signal(object)
    thumbnail = Signal(object)

    def __init__(self, path: Path | ImageSelection, thumbnail_pixels: int = 2 * THUMBNAIL_PIXELS,
                 top_level_only: bool = False) -> None:
        super().__init__()
        self.path = path
        self.top_level_only = top_level_only
        self._pixels = thumbnail_pixels
        self._shown = 0

    def work(self) -> SourceSummary:
        summary = summarize_source(self.path, self.top_level_only)
        self.counted.emit(summary)
        if summary.is_statistics:
            return summary
        _yield_to_other_work()  # the count is out at normal priority; decoding every file is background work
        final = check_files(summary.files, should_stop=self.should_stop,
                            progress=lambda state: self.checked.emit(_with_check(summary, state)),
                            decoded=self._maybe_thumbnail)
        return _with_check(summary, final)

    def _maybe_thumbnail(self, path: Path, decoded: DecodedImage) -> None:
        if self._shown < THUMBNAIL_COUNT:
            try:
                self.thumbnail.emit(thumbnail_of(decoded, self._pixels))
            except FidguiError:  # a picture PIL cannot shrink shows no thumbnail; it is still counted
                return
            self._shown += 1


def _yield_to_other_work() -> None:
    """Check files at a low priority: a comparison started meanwhile decodes the same files, and comes first."""
    QThread.currentThread().setPriority(QThread.Priority.LowPriority)  # Windows and macOS
    if sys.platform.startswith("linux"):  # Linux ignores Qt's thread priorities; there niceness is per thread
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICENESS)
        except OSError:
            pass


def _with_check(summary: SourceSummary, state: FileCheck) -> SourceSummary:
    """A copy for the GUI thread (the check goes on changing its own lists)."""
    return replace(summary, checked=state.done, unusable=list(state.unusable), check_done=state.done == state.total)
