"""Emptying the feature cache from the window: say how large it is, ask, clear in the background.

Clearing gives the space back to the disk (SQLite's VACUUM), which takes a while for a
cache of gigabytes, so it runs off the GUI thread like every other slow job.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fidgui.core.base.errors import as_message
from fidgui.core.stores.feature_cache import FeatureCache
from fidgui.gui.jobs.background_job import BackgroundJob
from fidgui.gui.text import fill, say

BYTES_PER_MB = 1e6  # as the command line counts them


def megabytes(size: int) -> str:
    return f"{size / BYTES_PER_MB:,.1f}"


class CacheClearJob(BackgroundJob):
    """``succeeded`` carries the sentence to show: the megabytes freed, and any problem the cache reported."""

    def work(self) -> str:
        with FeatureCache() as cache:
            freed = cache.clear()
            notices = list(cache.notices)
        sentence = QCoreApplication.translate("CacheClearing", "The feature cache was cleared; %1 MB freed.")
        return " ".join([fill(sentence, megabytes(freed)), *(say(as_message(notice)) for notice in notices)])


def cache_size() -> int:
    """The cache's size in bytes; opening it checks it (``quick_check``), so this runs in a background job."""
    with FeatureCache() as cache:
        return cache.size_bytes()


def ask_to_clear(parent: QWidget, size: int) -> bool:
    """Show the cache's size (measured beforehand, off the GUI thread) and ask whether to clear it."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CacheClearing", "Clear the feature cache"),
        fill(
            QCoreApplication.translate(
                "CacheClearing",
                "The feature cache holds %1 MB. It only makes comparing the same images again faster; clearing it "
                "changes no result, and the next comparison of each folder takes the usual time. Clear it?"
            ),
            megabytes(size),
        ),
    )
    return answer == QMessageBox.StandardButton.Yes
