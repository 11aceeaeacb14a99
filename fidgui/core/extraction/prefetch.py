"""Work on files ahead of the network, in file order, so that no stuck file can hold up a cancel.

Decoding runs in a few threads (PIL and numpy release the GIL) with a bounded
look-ahead, and a feeder thread groups the results into batches one queue slot ahead
of the network. Every wait here has a timeout and looks at the stop request between
waits: a file that blocks on open (a FIFO, a hung network share) can delay nothing
but its own thread. The decoding threads are daemon threads, not a
ThreadPoolExecutor, whose threads the interpreter joins at exit: one of those stuck
in ``open()`` would keep the process alive after the window has closed.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections import deque
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Callable, Generic, Iterator, Sequence, TypeVar

from fidgui.core.base.comparison_types import StopCheck
from fidgui.core.base.stopping import stop_if_asked

Item = TypeVar("Item")
Result = TypeVar("Result")

POLL_SECONDS = 0.1  # the longest any wait here lasts before the stop request is looked at again
WINDOW_PER_WORKER = 4  # files decoded ahead of the network per decoding thread


class DaemonPool(Generic[Item, Result]):
    """Threads that apply ``work`` to submitted items; abandoned, not joined, when the run ends."""

    def __init__(self, work: Callable[[Item], Result], workers: int, name: str) -> None:
        self._work = work
        self._tasks: queue.SimpleQueue[tuple[Future[Result], Item] | None] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._loop, name=f"{name}-{index}", daemon=True) for index in range(workers)
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, item: Item) -> Future[Result]:
        future: Future[Result] = Future()
        self._tasks.put((future, item))
        return future

    def _loop(self) -> None:
        while (task := self._tasks.get()) is not None:
            future, item = task
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(self._work(item))
            except BaseException as error:  # handed to whoever waits on the future
                future.set_exception(error)

    def shutdown(self) -> None:
        """Let idle threads end; a thread stuck in a file ends whenever the file lets go, or with the process."""
        for _ in self._threads:
            self._tasks.put(None)


def results_in_order(
    items: Sequence[Item], work: Callable[[Item], Result], workers: int, stop: threading.Event,
) -> Iterator[Result]:
    """``work(item)`` for each item, in order, at most a bounded window ahead; ends early once ``stop`` is set."""
    pool: DaemonPool[Item, Result] = DaemonPool(work, workers, "fidgui-decode")
    window = max(4, workers * WINDOW_PER_WORKER)
    pending: deque[Future[Result]] = deque()
    upcoming = iter(items)
    try:
        for item in upcoming:
            pending.append(pool.submit(item))
            if len(pending) >= window:
                break
        while pending:
            result = _wait(pending[0], stop)
            if result is None:
                return
            pending.popleft()
            next_item = next(upcoming, None)
            if next_item is not None:
                pending.append(pool.submit(next_item))
            yield result[0]
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown()


def _wait(future: Future[Result], stop: threading.Event) -> tuple[Result] | None:
    """The future's result (in a 1-tuple), or None once ``stop`` is set; its exception is raised."""
    while not stop.is_set():
        try:
            return (future.result(timeout=POLL_SECONDS),)
        except FutureTimeout:
            continue
    return None


class BatchFeeder(Generic[Item, Result]):
    """A background thread that turns items into ready batches, a bounded queue ahead of the consumer.

    ``batch_full`` says when the batch gathered so far is complete, so callers decide what counts
    (usable images, not skipped ones). Errors in the thread reach the consumer, in its own thread.
    """

    _DONE = object()

    def __init__(
        self,
        items: Sequence[Item],
        work: Callable[[Item], Result],
        batch_full: Callable[[list[Result]], bool],
        workers: int,
    ) -> None:
        self._stop = threading.Event()
        self._queue: queue.Queue[object] = queue.Queue(maxsize=2)
        self._thread = threading.Thread(
            target=self._run, args=(items, work, batch_full, workers), name="fidgui-feeder", daemon=True
        )
        self._thread.start()

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    def _run(
        self, items: Sequence[Item], work: Callable[[Item], Result], batch_full: Callable[[list[Result]], bool],
        workers: int,
    ) -> None:
        batch: list[Result] = []
        try:
            in_order = results_in_order(items, work, workers, self._stop)
            with contextlib.closing(in_order) as results:
                for result in results:
                    batch.append(result)
                    if batch_full(batch):
                        if not self._put(batch):
                            return
                        batch = []
            if self._stop.is_set():
                return
            if batch:
                self._put(batch)
            self._put(self._DONE)
        except BaseException as error:  # handed to the consumer, which re-raises it in its own thread
            self._put(error)

    def batches(self, should_stop: StopCheck | None = None) -> Iterator[list[Result]]:
        """The batches in order; raises Cancelled within ``POLL_SECONDS`` of ``should_stop()`` turning true."""
        while True:
            stop_if_asked(should_stop)
            try:
                item = self._queue.get(timeout=POLL_SECONDS)
            except queue.Empty:
                continue
            if item is self._DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]

    def close(self) -> None:
        """Stop the feeder; it notices within ``POLL_SECONDS`` since it never waits longer."""
        self._stop.set()
        self._thread.join(timeout=1.0)
