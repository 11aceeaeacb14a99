"""The comparison, run off the GUI thread, reported through Qt signals.

The core calls back from the worker thread; turning each callback into a signal
lets Qt queue it to the window, which alone touches widgets.
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from fidgui.core.comparison import run_comparison
from fidgui.core.comparison_types import ComparisonRequest, ComparisonResult
from fidgui.gui.background_job import BackgroundJob


class ComparisonWorker(BackgroundJob):
    """``succeeded`` carries the ComparisonResult; ``progress`` a Progress, ``notice`` a Notice."""

    progress = Signal(object)
    notice = Signal(object)

    def __init__(self, request: ComparisonRequest) -> None:
        super().__init__()
        self.request = request

    def work(self) -> ComparisonResult:
        return run_comparison(
            self.request, on_progress=self.progress.emit, on_notice=self.notice.emit, should_stop=self.should_stop
        )
