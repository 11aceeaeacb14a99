"""One owner's wiring of its background jobs: connect what it listens to, forget a job that ended, abandon on close.

Every window and dialog that starts work used to spell out the same list of signals twice:
once to connect them, once more to cut them when closing (and a forgotten entry in the
second list let a closed window receive a late signal). Here the owner names its handlers
once, by signal, and the slot remembers which it connected.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, SignalInstance
from PySide6.QtWidgets import QAbstractButton

from fidgui.gui.jobs.background_job import BackgroundJob

J = TypeVar("J", bound=BackgroundJob)


def stopping_sentence() -> str:
    """What a run's status says between Cancel and the job's actual stop (the same for every run)."""
    return QCoreApplication.translate("JobOwner", "Stopping after the current batch of images…")


_RETIRED: deque[QObject] = deque(maxlen=256)
"""Relays of jobs that ended, kept a while: one may still be delivering the call that let its owner go, and
deleting a QObject inside its own event is unsafe. Eight relays a job at most, so this spans many jobs."""


class _Relay(QObject):
    """Calls one handler in the thread that made the relay (the GUI thread), whatever the handler is.

    Qt runs a signal's plain function or lambda in the emitting thread, the job's worker thread,
    where touching a widget is a crash waiting to happen; a QObject's method is queued to the
    thread of its object instead. The relay turns every handler into such a method, and after
    the owner let go it drops what was still queued.
    """

    def __init__(self, handler: Callable[..., Any]) -> None:
        super().__init__()
        self._handler: Callable[..., Any] | None = handler

    def call(self, *args: Any) -> None:
        if self._handler is not None:
            self._handler(*args)

    def drop(self) -> None:
        self._handler = None


class _HeldEnd:
    """A job's end, held back while one of the job's own handlers still runs.

    A handler may ask a question. The question's dialog runs its own event loop, which delivers what the job
    posted after the signal being handled, its ``ended`` among them; handled there, the owner went idle (and
    ran its ``ended`` handler) before the handler had answered what comes next. An import from a pytorch-fid
    file then did nothing after its questions, and the cache's menu entry came back on while it was cleared.
    """

    def __init__(self, end: Callable[[], None]) -> None:
        self._end: Callable[[], None] | None = end
        self._running = 0  # the job's handlers on the stack: more than one when a question's loop runs another
        self._due = False

    def around(self, handler: Callable[..., Any]) -> Callable[..., None]:
        def call(*args: Any) -> None:
            self._running += 1
            try:
                handler(*args)
            finally:
                self._running -= 1
                if self._due and not self._running:
                    self._due = False
                    self.end()

        return call

    def end(self) -> None:
        if self._running:
            self._due = True
        elif self._end is not None:
            self._end()

    def drop(self) -> None:
        """The owner let go (``abandon``): an end still held back is never run."""
        self._end = None


class JobSlot(Generic[J]):
    """Holds the one job an owner runs at a time; ``job`` is None when nothing runs.

    ``start(job, progress=..., succeeded=..., ended=...)`` connects each named signal of the job
    to its handler; the slot lets go of the job before the owner's ``ended`` handler runs, so
    that handler already sees the owner as idle. Both happen in one call: with two receivers of
    ``ended``, the GUI thread could run the first while the job's thread was still posting the
    second, and see the owner idle before it was put back to idle (a button still disabled).
    The end also waits for the job's other handlers to return (``_HeldEnd``), questions they ask included.
    """

    def __init__(self) -> None:
        self.job: J | None = None
        self._connected: dict[str, SignalInstance] = {}
        self._relays: list[_Relay] = []
        self._held_end: _HeldEnd | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, job: J, **handlers: Callable[..., Any]) -> J:
        """Connect ``handlers`` (signal name → callable) and start the job."""
        if self.job is not None:
            raise RuntimeError("this owner already runs a job; stop it or wait for its end first")
        _RETIRED.extend(self._relays)
        self._connected, self._relays = {}, []
        owner_ended = handlers.pop("ended", None)

        def ended() -> None:  # one relay, not two: the job's thread must not be seen between the let-go and this
            self._release(job)
            if owner_ended is not None:
                owner_ended()

        self._held_end = _HeldEnd(ended)
        self._connect(job, "ended", self._held_end.end)
        for name, handler in handlers.items():
            self._connect(job, name, self._held_end.around(handler))
        self.job = job
        job.start()
        return job

    def start_run(
        self,
        job: J,
        finished: Callable[[Any], None],
        failed: Callable[[str], None],
        cancelled: Callable[[], None],
        set_running: Callable[[bool], None],
        **signals: Callable[..., Any],
    ) -> J:
        """A run a window shows as running until it ends (a comparison, compare-many): the three endings and
        the running state wired the same way for every such window, plus the job's own ``signals``."""
        set_running(True)
        return self.start(
            job, succeeded=finished, failed=failed, cancelled=cancelled, ended=lambda: set_running(False), **signals
        )

    def stop(self, button: QAbstractButton, say: Callable[[str], None]) -> None:
        """Cancel pressed: ask the job to stop, disable the button, and say it stops after the current batch."""
        if self.request_stop():
            button.setEnabled(False)
            say(stopping_sentence())

    def request_stop(self) -> bool:
        """Ask the running job to stop (it ends by itself, cancelled); False when nothing runs."""
        if self.job is None:
            return False
        self.job.request_stop()
        return True

    def abandon(self, wait: bool = True) -> None:
        """For an owner that closes: cut every connection, stop the job, and wait for it unless told not to."""
        job, self.job = self.job, None
        for relay in self._relays:
            relay.drop()
        if self._held_end is not None:
            self._held_end.drop()
        if job is not None:
            job.abandon(self._connected.values(), wait=wait)
        self._connected = {}
        _RETIRED.extend(self._relays)
        self._relays = []

    def _connect(self, job: J, name: str, handler: Callable[..., Any]) -> None:
        signal: SignalInstance = getattr(job, name)
        relay = _Relay(handler)
        signal.connect(relay.call)
        self._connected[name] = signal
        self._relays.append(relay)

    def _release(self, job: J) -> None:
        if self.job is job:
            self.job = None
            self._connected = {}
            _RETIRED.extend(self._relays)  # the owner's own handlers are still to be called through them
            self._relays = []


class JobGroup:
    """Several short jobs an owner may run side by side (history reads, a recording): abandoned together."""

    def __init__(self) -> None:
        self._slots: list[JobSlot[Any]] = []

    def start(self, job: J, **handlers: Callable[..., Any]) -> J:
        slot: JobSlot[J] = JobSlot()
        self._slots.append(slot)
        handlers_ended = handlers.pop("ended", None)

        def ended() -> None:
            if slot in self._slots:
                self._slots.remove(slot)
            if handlers_ended is not None:
                handlers_ended()

        return slot.start(job, ended=ended, **handlers)

    @property
    def busy(self) -> bool:
        return any(slot.busy for slot in self._slots)

    def abandon(self, wait: bool = True) -> None:
        for slot in self._slots:
            slot.abandon(wait=wait)
        self._slots = []
