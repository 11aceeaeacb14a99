"""The comparison (and a reference's statistics), run off the GUI thread, reported through Qt signals.

The core calls back from the worker thread; turning each callback into a signal
lets Qt queue it to the window, which alone touches widgets. The feature cache is
opened and closed in the worker thread too, so its SQLite file is only ever used by
the thread that runs the pipeline.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal

from fidgui.core.run.comparison import compute_statistics, run_comparison
from fidgui.core.run.sessions import SessionCache
from fidgui.core.base.comparison_types import ComparisonRequest, ComparisonResult, Notice, SideSummary
from fidgui.core.stores.feature_cache import FeatureCache
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.gui.jobs.background_job import BackgroundJob

CACHE_NOTICE = "feature_cache"


class PipelineJob(BackgroundJob):
    """Runs the core's pipeline with the feature cache (unless ``use_cache`` is False).

    ``progress`` carries a Progress, ``notice`` a Notice. The core reports the cache's own
    notices from before the run; one that arises during the run (the cache turned itself
    off) is reported here, once the run is over.
    """

    progress = Signal(object)
    notice = Signal(object)

    def __init__(
        self, request: ComparisonRequest, use_cache: bool = True, sessions: SessionCache | None = None
    ) -> None:
        """``sessions``: the owner's loaded networks, reused instead of loading one per run."""
        super().__init__()
        self.request = request
        self.use_cache = use_cache
        self.sessions = sessions
        self.late_notices: list[Notice] = []

    def work(self) -> Any:
        if not self.use_cache:
            return self.run_pipeline(None)
        cache = FeatureCache()
        try:
            reported = len(cache.notices)
            value = self.run_pipeline(cache)
            self.late_notices = [Notice(CACHE_NOTICE, text) for text in cache.notices[reported:]]
            for notice in self.late_notices:
                self.notice.emit(notice)
            return value
        finally:
            cache.close()

    def run_pipeline(self, cache: FeatureCache | None) -> Any:
        raise NotImplementedError

    def callbacks(self, cache: FeatureCache | None) -> dict[str, Any]:
        """What the core's pipeline takes besides the request: progress, notices, stopping, cache and sessions."""
        return {
            "on_progress": self.progress.emit, "on_notice": self.notice.emit, "should_stop": self.should_stop,
            "cache": cache, "sessions": self.sessions,
        }


class ComparisonWorker(PipelineJob):
    """``succeeded`` carries the ComparisonResult, with any late cache notice among its warnings."""

    def run_pipeline(self, cache: FeatureCache | None) -> ComparisonResult:
        return run_comparison(self.request, **self.callbacks(cache))

    def work(self) -> ComparisonResult:
        result: ComparisonResult = super().work()
        result.warnings.extend(self.late_notices)
        return result


class StatisticsWorker(PipelineJob):
    """The statistics of ``request.real`` alone; ``succeeded`` carries (FeatureStatistics, SideSummary)."""

    def run_pipeline(self, cache: FeatureCache | None) -> tuple[FeatureStatistics, SideSummary]:
        return compute_statistics(self.request, **self.callbacks(cache))
