"""Decoding threads give way to the network's: their priority is lowered, the caller's is not."""

from __future__ import annotations

import os
import threading

from fidgui.core.extraction.prefetch import DaemonPool


def _nice_of_this_thread(_: object) -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_decoding_threads_run_at_a_lower_priority_than_the_caller() -> None:
    mine = _nice_of_this_thread(None)
    lowered: DaemonPool[object, int] = DaemonPool(_nice_of_this_thread, 2, "test-decode", niceness=5)
    plain: DaemonPool[object, int] = DaemonPool(_nice_of_this_thread, 1, "test-plain")
    try:
        assert [lowered.submit(None).result(timeout=10) for _ in range(4)] == [min(mine + 5, 19)] * 4
        assert plain.submit(None).result(timeout=10) == mine
    finally:
        lowered.shutdown()
        plain.shutdown()
    assert _nice_of_this_thread(None) == mine  # only the pool's threads changed
