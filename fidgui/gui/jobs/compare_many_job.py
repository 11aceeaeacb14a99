"""Compare-many's comparisons as one background job, recorded in the history like every other comparison.

The comparisons and their recording both run in the job's thread: the history is a database,
and writing a dozen results from the GUI thread would freeze the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal

from fidgui.core.base.errors import FidguiError
from fidgui.gui.text import say
from fidgui.core.run.compare_many import FolderOutcome, PairwiseMatrix, compare_with_real, pairwise_fid
from fidgui.core.run.recording import record_comparisons
from fidgui.gui.jobs.background_job import BackgroundJob

AGAINST_REAL, PAIRWISE = "against_real", "pairwise"


class CompareManyJob(BackgroundJob):
    """``step(number, steps, first, second)`` as each comparison starts; ``progress`` per batch within it.

    ``history_problems`` (a list of sentences, usually empty) says, before ``succeeded``, whether the
    results could not all be recorded; the figures themselves are safe either way.
    """

    step = Signal(int, int, str, str)
    notice = Signal(object)  # the comparisons' notices as they come (the cluster's worker count among them)
    progress = Signal(object)
    history_problems = Signal(object)

    def __init__(self, mode: str, real: Path | None, folders: list[Path], request_fields: dict[str, Any]) -> None:
        super().__init__()
        self.mode, self.real, self.folders, self.request_fields = mode, real, folders, request_fields

    def _on_step(self, number: int, steps: int, first: Path, second: Path) -> None:
        self.step.emit(number, steps, str(first), str(second))

    def work(self) -> list[FolderOutcome] | PairwiseMatrix:
        callbacks: dict[str, Any] = {
            "on_progress": self.progress.emit, "should_stop": self.should_stop, "on_step": self._on_step,
            "on_notice": self.notice.emit,
        }
        if self.mode == PAIRWISE:
            value: list[FolderOutcome] | PairwiseMatrix = pairwise_fid(self.folders, self.request_fields, **callbacks)
        else:
            assert self.real is not None
            value = compare_with_real(self.real, self.folders, self.request_fields, **callbacks)
        outcomes = value.outcomes if isinstance(value, PairwiseMatrix) else value
        try:
            problems = record_comparisons(outcome.result for outcome in outcomes if outcome.result is not None)
        except FidguiError as error:
            problems = [say(error)]
        self.history_problems.emit(problems)
        return value
