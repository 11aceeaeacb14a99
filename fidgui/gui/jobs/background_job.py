"""One pattern for all slow work the window starts: a QObject moved to its own QThread.

Scans, comparisons and model installs all need the same things: run off the GUI
thread, stop on request, report one of three endings through signals, and never be
destroyed while their thread still runs (Qt aborts the process when a running
QThread is deleted). Keeping that in one place means each job only says what it does.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from typing import Any, Callable, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, SignalInstance, Slot

from fidgui.core.base.errors import Cancelled, FidguiError, Message
from fidgui.core.base.log_file import log_file
from fidgui.gui.text import say

_log = logging.getLogger(__name__)


def unexpected_error_sentence(error: BaseException) -> str:
    """A bug is still told as a sentence with a next step, never as a traceback; the log file keeps that."""
    return say(Message("unexpected_error", {"error": f"{type(error).__name__}: {error}", "log": log_file()}))


class _JobThread(QThread):
    """A thread that, once stopped, lets its job go; it lives in the GUI thread, so that happens there."""

    @Slot()
    def release(self) -> None:
        self.wait()
        finished = [job for job in BackgroundJob._running if job._thread is self]
        # Let go from the event loop, not from inside this slot: letting go may delete this very thread object.
        QTimer.singleShot(0, lambda: BackgroundJob._running.difference_update(finished))


class BackgroundJob(QObject):
    """Runs ``work()`` in its own thread; subclasses add signals for what they report on the way."""

    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()  # after any of the three above, so owners can tidy up in one place

    _running: ClassVar[set["BackgroundJob"]] = set()  # keeps jobs alive until their thread has stopped

    def __init__(self) -> None:
        super().__init__()
        self._stop = threading.Event()
        self._thread = _JobThread()
        self.moveToThread(self._thread)
        self._thread.started.connect(self._run)
        self._thread.finished.connect(self._thread.release)

    def work(self) -> Any:
        """Do the job in the worker thread; raise Cancelled when ``should_stop()`` turns true."""
        raise NotImplementedError

    def start(self) -> None:
        BackgroundJob._running.add(self)
        self._thread.start()

    def request_stop(self) -> None:
        self._stop.set()

    def abandon(self, connected: Iterable[SignalInstance], wait: bool = True) -> None:
        """Cut the owner's connections, then ask the job to stop (and wait for it, unless told not to).

        For owners that are closing: nothing the job still reports can reach them, and when waiting,
        nothing it writes is left half done.
        """
        for signal in connected:
            signal.disconnect()
        self.request_stop()
        if wait:
            self.wait()

    def should_stop(self) -> bool:
        return self._stop.is_set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._thread.wait(milliseconds)

    @classmethod
    def stop_all_and_wait(cls, milliseconds: int = 30_000) -> None:
        """Ask every job to stop and wait for their threads, so the process can exit cleanly."""
        jobs = list(cls._running)
        for job in jobs:
            job.request_stop()
        for job in jobs:
            job.wait(milliseconds)

    @Slot()
    def _run(self) -> None:
        try:
            value = self.work()
        except Cancelled:
            self.cancelled.emit()
        except FidguiError as error:
            self.failed.emit(say(error))
        except Exception as error:  # a bug must reach the user as a sentence, and the log as a traceback
            _log.exception("background job failed")
            self.failed.emit(unexpected_error_sentence(error))
        else:
            self.succeeded.emit(value)
        self.ended.emit()
        # Home again before the thread ends, so the GUI thread may delete this object whenever its owner lets go.
        self.moveToThread(QCoreApplication.instance().thread())
        self._thread.quit()


class FunctionJob(BackgroundJob):
    """Runs one plain function off the GUI thread (a history read, a recording, a size check).

    ``succeeded`` carries its return value; a FidguiError it raises arrives as ``failed``.
    """

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self._function, self._args = function, args

    def work(self) -> Any:
        return self._function(*self._args)
