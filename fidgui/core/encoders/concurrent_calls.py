"""Run one batch on the CPU as several single-threaded network calls at once, each on its own slice of rows.

Why not ONNX Runtime's own threads: its intra-op pool splits every layer between the threads and waits, at every
layer, for the slowest. When another program keeps one core busy, the thread that shares that core holds all the
others up, layer after layer. Calls that each run on one thread share nothing but the weights: a thread that loses
its core slows only its own slice, and the others go on to the next slice. Measured on 2 cores, model only, with a
busy-loop process on one core (``benchmarks/busy_machine.py``, two runs): 64-72 % of the best quiet rate, against
44-60 % for two intra-op threads (spinning or not); quiet, the same rate within the machine's noise.
``InferenceSession.run`` may be called from several threads at once (ONNX Runtime documents it), and the calls
share the session's weights, so memory grows only by each call's activations.

A stop request sets every call's terminate flag: the running calls end at their next layer, and the calls not
yet started end at their first.

The cores the calls use are counted in the process's ``CoreShare``, so that decoding takes a core as soon as one
has no slice left to run (``core_share`` says why).
"""

from __future__ import annotations

import contextlib
import math
import threading
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Callable, Iterator, Sequence

import numpy as np
import onnxruntime

from fidgui.core.base import core_share
from fidgui.core.base.core_share import CoreShare, NetworkHold

ROWS_PER_CALL = 4
"""At most this many rows per call. Smaller slices even out the threads' shares at the end of a batch and keep
a stop quick (ONNX Runtime looks at its terminate flag only between layers); 4 rows ran as fast as 8 quiet and
faster busy (15.5 against 14.0 images/s), and 1 row loses the larger matrix products' efficiency."""
STOP_POLL_SECONDS = 0.05  # how often running calls look at the stop check

Call = Callable[[np.ndarray, "onnxruntime.RunOptions | None"], list[np.ndarray]]


def row_slices(rows: int, workers: int, most: int | None = ROWS_PER_CALL) -> list[slice]:
    """Slices of at most ``most`` rows (None: the whole batch in one call, as on a GPU), fewer when that leaves no
    worker idle (a batch of 8 on 8 cores runs as 8 calls of one row, not 2 of four)."""
    if rows <= 0 or most is None:
        return [slice(0, max(rows, 0))]
    size = max(1, min(most, math.ceil(rows / max(1, workers))))
    return [slice(start, min(start + size, rows)) for start in range(0, rows, size)]


class ConcurrentCalls:
    """A pool of ``workers`` threads that each make one single-threaded network call at a time (one worker: the
    calls run in the caller's thread). The calls count the CPU cores they hold in ``cores`` (None: the process's
    ``CPU_CORES``); a GPU's calls (``whole_batch``) leave the cores free and count nothing."""

    def __init__(self, workers: int, whole_batch: bool = False, cores: CoreShare | None = None) -> None:
        self.workers = max(1, workers)
        self.whole_batch = whole_batch  # a GPU takes the whole batch in one call
        self._cores = None if whole_batch else cores or core_share.CPU_CORES
        self._pool: ThreadPoolExecutor | None = (
            ThreadPoolExecutor(self.workers, thread_name_prefix="fidgui-network") if self.workers > 1 else None
        )

    def run(
        self, call: Call, batch: np.ndarray, should_stop: Callable[[], bool] | None
    ) -> tuple[list[list[np.ndarray]], bool]:
        """Each slice's outputs, in row order, and whether a stop request aborted any of the calls.

        Returns only once every call has ended, so nothing still runs on the session when the caller goes on
        (or closes it). A failure of one call is raised after the others have ended.
        """
        slices = row_slices(len(batch), self.workers, None if self.whole_batch else ROWS_PER_CALL)
        options = [onnxruntime.RunOptions() for _ in slices] if should_stop is not None else [None] * len(slices)
        serial = self._pool is None or len(slices) == 1
        hold = NetworkHold(self._cores, 1 if serial else self.workers, len(slices)) if self._cores is not None else None
        counted = _counted(call, hold)
        try:
            with _terminate_on_stop([option for option in options if option is not None], should_stop) as stopped:
                if serial or self._pool is None:
                    try:
                        return [counted(batch[part], option) for part, option in zip(slices, options)], False
                    except Exception:
                        if stopped.is_set():
                            return [], True
                        raise
                futures: Sequence[Future[list[np.ndarray]]] = [
                    self._pool.submit(counted, batch[part], option) for part, option in zip(slices, options)
                ]
                wait(futures)
        finally:
            if hold is not None:
                hold.release()
        if stopped.is_set():
            return [], True
        return [future.result() for future in futures], False

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


def _counted(call: Call, hold: NetworkHold | None) -> Call:
    """``call``, telling ``hold`` when each slice ends (so its core goes to decoding when no slice is left)."""
    if hold is None:
        return call

    def counted_call(rows: np.ndarray, options: "onnxruntime.RunOptions | None") -> list[np.ndarray]:
        try:
            return call(rows, options)
        finally:
            hold.slice_done()

    return counted_call


@contextlib.contextmanager
def _terminate_on_stop(
    options: list[onnxruntime.RunOptions], should_stop: Callable[[], bool] | None
) -> Iterator[threading.Event]:
    """While the block runs, a watcher thread sets every ``options.terminate`` as soon as ``should_stop()`` is true.

    The yielded event tells the caller that an abort was ours (and not a failure of the graph).
    """
    finished, stopped = threading.Event(), threading.Event()
    if should_stop is None or not options:
        yield stopped
        return

    def watch() -> None:
        while not finished.wait(STOP_POLL_SECONDS):
            if should_stop():
                stopped.set()
                for option in options:
                    option.terminate = True
                return

    watcher = threading.Thread(target=watch, name="fidgui-run-watch", daemon=True)
    watcher.start()
    try:
        yield stopped
    finally:
        finished.set()
        watcher.join()
