"""Files to features: decode and resize in the background while the network runs.

On a CPU the network is the bottleneck, so decoding and resizing happen in worker
threads ahead of it (PIL and numpy release the GIL), in file order, with a bounded
look-ahead so memory stays flat however many images a folder holds. Features are
folded into running statistics batch by batch; per-image features are kept only
when a metric asks for them (KID, Inception Score).
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections import Counter, deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

from fidgui.core.comparison_types import Notice, NoticeCallback, Progress, ProgressCallback, Side, StopCheck
from fidgui.core.decoding import DecodedImage, decode_image
from fidgui.core.errors import Cancelled, ImageSkipped, SkippedFile
from fidgui.core.inference import InceptionSession
from fidgui.core.preprocess import preprocess
from fidgui.core.statistics import RunningStatistics

NETWORK_SIZE = 299


@dataclass
class Extraction:
    """What one side yielded: its statistics, and per-image outputs when asked for."""

    statistics: RunningStatistics
    n_images: int
    skipped: list[SkippedFile] = field(default_factory=list)
    notes: Counter[str] = field(default_factory=Counter)
    n_duplicates: int = 0
    n_upsampled: int = 0
    pool3: np.ndarray | None = None
    logits_unbiased: np.ndarray | None = None


@dataclass
class _Prepared:
    path: Path
    pixels: np.ndarray | None  # (3, 299, 299) float32, or None when skipped
    decoded: DecodedImage | None
    skip_reason: str | None


def _prepare(path: Path, mode: str, policy: str) -> _Prepared:
    try:
        decoded = decode_image(path, policy)
    except ImageSkipped as skipped:
        return _Prepared(path, None, None, str(skipped))
    return _Prepared(path, preprocess(decoded.rgb, mode), decoded, None)


def _prepared_in_order(
    files: Sequence[Path], mode: str, policy: str, workers: int, stop: threading.Event
) -> Iterator[_Prepared]:
    """Decode with a bounded window of futures so a 50,000-image folder never sits in memory."""
    window = max(4, workers * 4)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fidgui-decode") as pool:
        pending: deque[Future[_Prepared]] = deque()
        upcoming = iter(files)
        for path in upcoming:
            pending.append(pool.submit(_prepare, path, mode, policy))
            if len(pending) >= window:
                break
        while pending and not stop.is_set():
            result = pending.popleft().result()
            next_path = next(upcoming, None)
            if next_path is not None:
                pending.append(pool.submit(_prepare, next_path, mode, policy))
            yield result
        for future in pending:
            future.cancel()


class _BatchFeeder:
    """A background thread that turns files into ready batches, one queue slot ahead."""

    _DONE = object()

    def __init__(self, files: Sequence[Path], mode: str, policy: str, batch_size: int, workers: int) -> None:
        self._stop = threading.Event()
        self._queue: queue.Queue[object] = queue.Queue(maxsize=2)
        self._thread = threading.Thread(
            target=self._run, args=(files, mode, policy, batch_size, workers), name="fidgui-feeder", daemon=True
        )
        self._thread.start()

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self, files: Sequence[Path], mode: str, policy: str, batch_size: int, workers: int) -> None:
        batch: list[_Prepared] = []
        try:
            for prepared in _prepared_in_order(files, mode, policy, workers, self._stop):
                batch.append(prepared)
                if sum(item.pixels is not None for item in batch) >= batch_size:
                    if not self._put(batch):
                        return
                    batch = []
            if batch:
                self._put(batch)
            self._put(self._DONE)
        except BaseException as error:  # handed to the consumer, which re-raises it in its own thread
            self._put(error)

    def batches(self) -> Iterator[list[_Prepared]]:
        while True:
            item = self._queue.get()
            if item is self._DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def decode_workers() -> int:
    """One decoding thread per core beyond the first, at least one, at most four."""
    return max(1, min(4, (os.cpu_count() or 2) - 1))


def extract_features(
    files: Sequence[Path],
    session: InceptionSession,
    *,
    side: Side,
    mode: str,
    decode: str,
    batch_size: int,
    keep_pool3: bool = False,
    keep_logits: bool = False,
    on_progress: ProgressCallback | None = None,
    on_notice: NoticeCallback | None = None,
    should_stop: StopCheck | None = None,
) -> Extraction:
    """Run every file through the network; skipped files are reported, never fatal."""
    statistics = RunningStatistics()
    extraction = Extraction(statistics=statistics, n_images=0)
    pool3_parts: list[np.ndarray] = []
    logit_parts: list[np.ndarray] = []
    seen_digests: set[str] = set()
    started = time.perf_counter()
    total = len(files)
    done = 0
    feeder = _BatchFeeder(files, mode, decode, batch_size, decode_workers())
    try:
        for batch in feeder.batches():
            if should_stop is not None and should_stop():
                raise Cancelled()
            usable = [item for item in batch if item.pixels is not None]
            for item in batch:
                if item.skip_reason is not None:
                    skipped = SkippedFile(str(item.path), item.skip_reason)
                    extraction.skipped.append(skipped)
                    if on_notice is not None:
                        on_notice(Notice("skipped", f"{item.path.name}: {item.skip_reason}"))
            if usable:
                outputs = session.run(np.stack([item.pixels for item in usable]))
                statistics.update(outputs["pool3"])
                if keep_pool3:
                    pool3_parts.append(outputs["pool3"])
                if keep_logits:
                    logit_parts.append(outputs["logits_unbiased"])
            for item in usable:
                assert item.decoded is not None
                extraction.notes.update(item.decoded.notes)
                width, height = item.decoded.original_size
                if width < NETWORK_SIZE or height < NETWORK_SIZE:
                    extraction.n_upsampled += 1
                if item.decoded.digest in seen_digests:
                    extraction.n_duplicates += 1
                seen_digests.add(item.decoded.digest)
            done += len(batch)
            extraction.n_images += len(usable)
            if on_progress is not None:
                elapsed = max(time.perf_counter() - started, 1e-9)
                rate = done / elapsed
                left = (total - done) / rate if rate > 0 else None
                on_progress(Progress(side, done, total, rate, left))
    finally:
        feeder.close()
    if pool3_parts:
        extraction.pool3 = np.concatenate(pool3_parts)
    if logit_parts:
        extraction.logits_unbiased = np.concatenate(logit_parts)
    return extraction
