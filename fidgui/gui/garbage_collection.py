"""Python's cycle collector runs in the GUI thread only, on a timer, never in a worker thread.

The cycle collector runs in whichever thread happens to allocate when a generation's count passes its
threshold: a decoding thread, a folder scan's QThread. If the garbage it finds holds a Qt object made in
the GUI thread (a closed dialog kept in a cycle by a lambda connected to its own signal), that object is
destroyed from the wrong thread, and Qt crashes the process. A test run showed exactly that: a segmentation
fault "Garbage-collecting" inside a folder scan while the window was closing. So automatic collection is
switched off once a QApplication exists, and the GUI thread collects on a timer, by the same generation
thresholds the interpreter would have used. Reference counting still frees everything not in a cycle at
once, as before.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

CHECK_INTERVAL_MS = 500
"""Often enough that garbage never piles up between checks; a check with nothing due costs microseconds."""


def collect_due_generations() -> int:
    """Collect the oldest generation whose count is past its threshold (what automatic collection would do).

    Call it from the GUI thread only. Returns the number of unreachable objects found (0 when nothing was due).
    """
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    due = [generation for generation in range(3) if thresholds[generation] and counts[generation] > thresholds[generation]]
    if not due:
        return 0
    return gc.collect(max(due))


class GuiThreadCollector(QObject):
    """Owns the timer; made once per QApplication by :func:`collect_in_gui_thread`."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(collect_due_generations)
        gc.disable()
        self._timer.start()
        parent.destroyed.connect(lambda *_: gc.enable())  # without the application nothing can collect any more: back to normal


_collector: GuiThreadCollector | None = None


def collect_in_gui_thread() -> GuiThreadCollector:
    """Switch automatic collection off for the process and collect from the GUI thread's timer instead.

    Idempotent; call it from the GUI thread once the QApplication exists.
    """
    global _collector
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("make the QApplication first: the collector's timer runs in its event loop")
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("the collector must be installed from the GUI thread")
    if _collector is None or _collector.parent() is not app:
        _collector = GuiThreadCollector(app)
    return _collector
