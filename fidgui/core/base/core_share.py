"""The process's cores, shared between the network's CPU calls and decoding: decoding starts only on a free core.

Why: on a CPU both the network and decoding want every core. Decoding beside the network slows each call by about
what it decodes, and pausing decoding for the whole call leaves a core idle at the end of every batch, while the
last slice runs on one core and the others have no slice left (60 ms a batch on average, up to 180 ms, on 2 cores).
Counting cores instead lets decoding use exactly the cores the network is not using: none while its slices keep
every core busy, one as soon as a core has no slice left, all of them between calls.

The network never waits for a core (it is the bottleneck); decoding waits for one. A decode already running when
the next call starts finishes beside it. One count per process (``CPU_CORES``), since every session and every
run in a process shares the same cores. A GPU's calls hold no core, so decoding then runs on every core.

A core is taken for computing only, never around reading a file: a read stuck on a hung network share would
otherwise keep its core counted for as long as it hangs, and every later run of the window would decode on one
core fewer (on 2 cores, with two such files, on none).
"""

from __future__ import annotations

import contextlib
import os
import threading
from typing import Iterator


def available_cores() -> int:
    """Cores this process may use (a container or affinity mask can allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


class CoreShare:
    """How many cores the network's calls hold and how many decodes run; ``cores`` None: ``available_cores()``."""

    def __init__(self, cores: int | None = None) -> None:
        self._cores = cores
        self._network = 0
        self._decoding = 0
        self._changed = threading.Condition()

    @property
    def cores(self) -> int:
        if self._cores is None:
            self._cores = available_cores()
        return self._cores

    @property
    def network(self) -> int:
        """Cores the network's calls hold now (for tests and benchmarks)."""
        return self._network

    def network_holds(self, change: int) -> None:
        """The network takes (``change`` > 0) or gives back (< 0) cores; it never waits."""
        with self._changed:
            self._network = max(0, self._network + change)
            self._changed.notify_all()

    def start_decoding(self, timeout: float | None) -> bool:
        """Take a free core for one decode, waiting at most ``timeout`` seconds (None: until one is free); False
        when none came free. Every True must be followed by ``end_decoding()``."""
        with self._changed:
            if not self._changed.wait_for(lambda: self._network + self._decoding < self.cores, timeout):
                return False
            self._decoding += 1
            return True

    def end_decoding(self) -> None:
        with self._changed:
            self._decoding -= 1
            self._changed.notify_all()

    @contextlib.contextmanager
    def free_core(self) -> Iterator[None]:
        """Compute on a core the network leaves free, waiting for one; it is given back however the body ends.

        The wait has no end of its own: the network gives its cores back when its call ends, a stopped call
        included, so it ends too."""
        self.start_decoding(timeout=None)
        try:
            yield
        finally:
            self.end_decoding()


CPU_CORES = CoreShare()
"""The one count of this process's cores."""


class NetworkHold:
    """The cores one batch's calls hold: one per worker while slices are left to start, then one per running slice.

    ``slice_done`` is called from the worker threads as each slice ends; ``release`` gives back whatever is
    still held (after a failure or a stop too).
    """

    def __init__(self, share: CoreShare, workers: int, slices: int) -> None:
        self._share, self._workers, self._left = share, max(1, workers), slices
        self._held = min(self._workers, slices)
        self._lock = threading.Lock()
        share.network_holds(self._held)

    def slice_done(self) -> None:
        with self._lock:
            self._left -= 1
            held = max(0, min(self._workers, self._left))
            change, self._held = held - self._held, held
        if change:
            self._share.network_holds(change)

    def release(self) -> None:
        with self._lock:
            change, self._held = -self._held, 0
        if change:
            self._share.network_holds(change)
