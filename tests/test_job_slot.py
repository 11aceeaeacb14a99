"""A job's end reaches its owner only after the job's other handlers have returned, questions included."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fidgui.gui.jobs.background_job import FunctionJob
from fidgui.gui.jobs.job_owner import JobGroup, JobSlot


def _asking(qtbot, job: FunctionJob, then=lambda: None):  # type: ignore[no-untyped-def]
    """A handler that, like a question's dialog, runs the event loop until the job's thread has ended (its end
    posted, and given every chance to be handled there), then does ``then``."""

    def handler(*args: object) -> None:
        qtbot.waitUntil(lambda: not job.is_running(), timeout=10_000)
        QCoreApplication.processEvents()
        then()

    return handler


def test_the_end_is_handled_after_a_handler_that_ran_the_event_loop(qtbot) -> None:
    slot: JobSlot[FunctionJob] = JobSlot()
    job = FunctionJob(lambda: 1)
    seen: list[tuple[str, bool]] = []
    answered = _asking(qtbot, job, lambda: seen.append(("answered", slot.busy)))
    slot.start(job, succeeded=answered, ended=lambda: seen.append(("ended", slot.busy)))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert seen == [("answered", True), ("ended", False)]  # the owner was busy until the answer, idle after


def test_a_group_s_job_ends_after_its_handler_too(qtbot) -> None:
    group = JobGroup()
    job = FunctionJob(lambda: 1)
    seen: list[tuple[str, bool]] = []
    answered = _asking(qtbot, job, lambda: seen.append(("answered", group.busy)))
    group.start(job, succeeded=answered, ended=lambda: seen.append(("ended", group.busy)))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert seen == [("answered", True), ("ended", False)]


def test_an_end_held_back_is_dropped_when_the_owner_lets_go_meanwhile(qtbot) -> None:
    slot: JobSlot[FunctionJob] = JobSlot()
    job = FunctionJob(lambda: 1)
    seen: list[str] = []
    slot.start(job, succeeded=_asking(qtbot, job, lambda: slot.abandon()), ended=lambda: seen.append("ended"))
    qtbot.waitUntil(lambda: not slot.busy, timeout=10_000)
    qtbot.wait(100)
    assert seen == [] and slot.job is None
