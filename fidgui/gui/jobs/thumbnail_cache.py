"""Small pictures of images, decoded off the GUI thread and kept, for galleries and hover cards.

Hovering over a map of 20,000 points must never stall the window on a decode, and
passing over the same point twice must not decode it twice. Requests queue here; one
background job at a time decodes a short batch of them (so a hover asked for now is not
stuck behind a hundred gallery pictures), and each picture, or the fact that it could
not be read, is remembered up to a bound.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

from fidgui.core.base.errors import Cancelled, FidguiError
from fidgui.gui.jobs.background_job import BackgroundJob
from fidgui.gui.jobs.folder_scan import thumbnail_image

BATCH = 8
MAX_KEPT = 4000  # about 450 MB at most for 192-pixel pictures; usually far less


class ThumbnailJob(BackgroundJob):
    """Decodes ``paths`` one by one; ``thumbnail(path, QImage or None)`` for each, None when unreadable."""

    thumbnail = Signal(str, object)

    def __init__(self, paths: list[str], pixels: int) -> None:
        super().__init__()
        self.paths, self.pixels = paths, pixels

    def work(self) -> None:
        for path in self.paths:
            if self.should_stop():
                raise Cancelled()
            try:
                picture: QImage | None = thumbnail_image(Path(path), self.pixels)
            except (FidguiError, OSError):  # a file deleted or damaged since the run shows as a grey box
                picture = None
            self.thumbnail.emit(path, picture)


class ThumbnailCache(QObject):
    """``ready(path)`` once a requested path's picture (or its absence) is known; ``image(path)`` then answers."""

    ready = Signal(str)

    def __init__(self, pixels: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pixels = pixels
        self._kept: OrderedDict[str, QImage | None] = OrderedDict()
        self._pending: deque[str] = deque()
        self._job: ThumbnailJob | None = None
        self._stopped = False

    def knows(self, path: str) -> bool:
        return path in self._kept

    def image(self, path: str) -> QImage | None:
        if path in self._kept:
            self._kept.move_to_end(path)
        return self._kept.get(path)

    def request(self, paths: Iterable[str], urgent: bool = False) -> None:
        """Queue the unknown ones; ``urgent`` puts them first (the point under the mouse)."""
        fresh = [path for path in paths if path not in self._kept]
        if urgent:
            for path in reversed(fresh):
                if path in self._pending:
                    self._pending.remove(path)
                self._pending.appendleft(path)
        else:
            self._pending.extend(path for path in fresh if path not in self._pending)
        self._start_next()

    def is_busy(self) -> bool:
        return self._job is not None or bool(self._pending)

    def stop(self) -> None:
        """Forget the queue and stop the running job; used when the window closes."""
        self._stopped = True
        self._pending.clear()
        if self._job is not None:
            self._job.thumbnail.disconnect(self._store)
            self._job.ended.disconnect(self._job_ended)
            self._job.request_stop()
            self._job = None

    def _start_next(self) -> None:
        if self._job is not None or not self._pending or self._stopped:
            return
        batch = [self._pending.popleft() for _ in range(min(BATCH, len(self._pending)))]
        job = ThumbnailJob(batch, self.pixels)
        job.thumbnail.connect(self._store)
        job.ended.connect(self._job_ended)
        self._job = job
        job.start()

    @Slot(str, object)
    def _store(self, path: str, picture: QImage | None) -> None:
        self._kept[path] = picture
        self._kept.move_to_end(path)
        while len(self._kept) > MAX_KEPT:
            self._kept.popitem(last=False)
        self.ready.emit(path)

    @Slot()
    def _job_ended(self) -> None:
        self._job = None
        self._start_next()
