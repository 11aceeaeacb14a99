"""Cycles are collected in the GUI thread, never in a worker thread that happens to allocate (a crash once)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication

from fidgui.gui.garbage_collection import CHECK_INTERVAL_MS, collect_in_gui_thread


class _Cycle:
    """An object in a reference cycle that notes the thread it was freed in."""

    freed_in: list[int] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_in.append(threading.get_ident())


def test_a_cycle_dropped_in_a_worker_thread_is_freed_in_the_gui_thread(qapp: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    collector = collect_in_gui_thread()
    assert collect_in_gui_thread() is collector  # one per application
    assert not gc.isenabled()
    _Cycle.freed_in.clear()

    held: list[list[list[int]]] = []

    def worker() -> None:
        _Cycle()  # garbage at once, but only a cycle collection can free it
        held.append([[index] for index in range(50_000)])  # kept: allocations far past every generation's threshold

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    worker_id = thread.ident
    assert _Cycle.freed_in == []  # the worker's allocations did not collect it
    qtbot.waitUntil(lambda: bool(_Cycle.freed_in), timeout=CHECK_INTERVAL_MS * 10)
    assert _Cycle.freed_in == [threading.get_ident()] != [worker_id]
    held.clear()
