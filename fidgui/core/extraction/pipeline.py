"""Files to features: decode and resize in the background while the network runs.

On a CPU the network is the bottleneck, so decoding and resizing happen in worker
threads ahead of it (PIL and numpy release the GIL), in file order, with a bounded
look-ahead so memory stays flat however many images a folder holds. Features are
folded into running statistics batch by batch; per-image features are kept only
when a metric asks for them (KID, Inception Score).
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
import time
from collections import Counter, deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Protocol, Sequence

import numpy as np

from fidgui.core.base.comparison_types import Notice, NoticeCallback, Progress, ProgressCallback, Side, StopCheck
from fidgui.core.images.decoding import decode_bytes, read_image_file
from fidgui.core.base.errors import Cancelled, ImageSkipped, SkippedFile
from fidgui.core.extraction.feature_buffer import FeatureBuffer
from fidgui.core.stores.feature_cache import CachedFeatures, FeatureCache, FeatureKey
from fidgui.core.encoders.inception.weights import NUM_CLASSES, POOL_FEATURES
from fidgui.core.images.preprocess import preprocess
from fidgui.core.statistics.running import RunningStatistics

NETWORK_SIZE = 299


class FeatureRunner(Protocol):
    """What extraction needs of the network: a batch in, named outputs back."""

    def run(self, batch: np.ndarray) -> dict[str, np.ndarray]: ...


@dataclass
class Extraction:
    """What one side yielded: its statistics, and per-image outputs when asked for."""

    statistics: RunningStatistics
    n_images: int
    skipped: list[SkippedFile] = field(default_factory=list)
    notes: Counter[str] = field(default_factory=Counter)
    n_duplicates: int = 0
    n_upsampled: int = 0
    n_from_cache: int = 0
    paths: list[str] = field(default_factory=list)  # the used images, in the order of the rows below
    pool3: np.ndarray | None = None
    logits_unbiased: np.ndarray | None = None


@dataclass
class _Prepared:
    path: Path
    pixels: np.ndarray | None  # (3, 299, 299) float32 when the network must run
    cached: CachedFeatures | None  # the outputs, when the cache already had them
    digest: str | None
    width: int = 0
    height: int = 0
    notes: tuple[str, ...] = ()
    skip_reason: str | None = None

    @property
    def usable(self) -> bool:
        return self.skip_reason is None


CacheLookup = Callable[[str], "CachedFeatures | None"]


def _prepare(path: Path, mode: str, policy: str, lookup: CacheLookup | None) -> _Prepared:
    """Read once; a cached content skips decoding and resizing, the costly part on a CPU."""
    try:
        data = read_image_file(path)
        digest = hashlib.sha256(data).hexdigest()
        if lookup is not None and (hit := lookup(digest)) is not None:
            return _Prepared(path, None, hit, digest, hit.width, hit.height, hit.notes)
        decoded = decode_bytes(data, path, policy, digest)
    except ImageSkipped as skipped:
        return _Prepared(path, None, None, None, skip_reason=str(skipped))
    width, height = decoded.original_size
    return _Prepared(path, preprocess(decoded.rgb, mode), None, digest, width, height, decoded.notes)


def _prepared_in_order(
    files: Sequence[Path], mode: str, policy: str, lookup: CacheLookup | None, workers: int, stop: threading.Event
) -> Iterator[_Prepared]:
    """Decode with a bounded window of futures so a 50,000-image folder never sits in memory."""
    window = max(4, workers * 4)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fidgui-decode") as pool:
        pending: deque[Future[_Prepared]] = deque()
        upcoming = iter(files)
        for path in upcoming:
            pending.append(pool.submit(_prepare, path, mode, policy, lookup))
            if len(pending) >= window:
                break
        while pending and not stop.is_set():
            result = pending.popleft().result()
            next_path = next(upcoming, None)
            if next_path is not None:
                pending.append(pool.submit(_prepare, next_path, mode, policy, lookup))
            yield result
        for future in pending:
            future.cancel()


class _BatchFeeder:
    """A background thread that turns files into ready batches, one queue slot ahead."""

    _DONE = object()

    def __init__(
        self, files: Sequence[Path], mode: str, policy: str, lookup: CacheLookup | None, batch_size: int, workers: int
    ) -> None:
        self._stop = threading.Event()
        self._queue: queue.Queue[object] = queue.Queue(maxsize=2)
        self._thread = threading.Thread(
            target=self._run, args=(files, mode, policy, lookup, batch_size, workers), name="fidgui-feeder",
            daemon=True,
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

    def _run(
        self, files: Sequence[Path], mode: str, policy: str, lookup: CacheLookup | None, batch_size: int, workers: int
    ) -> None:
        batch: list[_Prepared] = []
        try:
            for prepared in _prepared_in_order(files, mode, policy, lookup, workers, self._stop):
                batch.append(prepared)
                if sum(item.usable for item in batch) >= batch_size:  # cached or not: the same batches either way
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
    session: FeatureRunner,
    *,
    side: Side,
    mode: str,
    decode: str,
    batch_size: int,
    keep_pool3: bool = False,
    keep_logits: bool = False,
    cache: FeatureCache | None = None,
    model_sha256: str | None = None,
    on_progress: ProgressCallback | None = None,
    on_notice: NoticeCallback | None = None,
    should_stop: StopCheck | None = None,
) -> Extraction:
    """Run every file through the network (or take it from the cache); skipped files are reported, never fatal."""
    keys = _CacheKeys(cache, model_sha256, mode, decode)
    statistics = RunningStatistics()
    extraction = Extraction(statistics=statistics, n_images=0)
    pool3 = FeatureBuffer(len(files), POOL_FEATURES) if keep_pool3 else None
    logits = FeatureBuffer(len(files), NUM_CLASSES) if keep_logits else None
    seen_digests: set[str] = set()
    started = time.perf_counter()
    total = len(files)
    done = 0
    feeder = _BatchFeeder(files, mode, decode, keys.lookup if keys.enabled else None, batch_size, decode_workers())
    try:
        for batch in feeder.batches():
            if should_stop is not None and should_stop():
                raise Cancelled()
            for item in batch:
                if item.skip_reason is not None:
                    extraction.skipped.append(SkippedFile(str(item.path), item.skip_reason))
                    if on_notice is not None:
                        on_notice(Notice("skipped", f"{item.path.name}: {item.skip_reason}"))
            usable = [item for item in batch if item.usable]
            if usable:
                outputs = _outputs_in_file_order(usable, session, keys)
                statistics.update(outputs["pool3"])
                if pool3 is not None:
                    pool3.append(outputs["pool3"])
                if logits is not None:
                    logits.append(outputs["logits_unbiased"])
            for item in usable:
                extraction.paths.append(str(item.path))
                extraction.notes.update(item.notes)
                extraction.n_from_cache += item.cached is not None
                if item.width < NETWORK_SIZE or item.height < NETWORK_SIZE:
                    extraction.n_upsampled += 1
                if item.digest in seen_digests:
                    extraction.n_duplicates += 1
                seen_digests.add(item.digest or "")
            done += len(batch)
            extraction.n_images += len(usable)
            if on_progress is not None:
                elapsed = max(time.perf_counter() - started, 1e-9)
                rate = done / elapsed
                left = (total - done) / rate if rate > 0 else None
                on_progress(Progress(side, done, total, rate, left))
    finally:
        feeder.close()
    extraction.pool3 = None if pool3 is None else pool3.array()
    extraction.logits_unbiased = None if logits is None else logits.array()
    return extraction


class _CacheKeys:
    """The cache as this run sees it: keys for its model, mode and decoding; silent when there is no cache."""

    def __init__(self, cache: FeatureCache | None, model_sha256: str | None, mode: str, decode: str) -> None:
        self.cache = cache
        self.enabled = cache is not None and cache.available and model_sha256 is not None
        self._parts = (model_sha256 or "", mode, decode)

    def key(self, digest: str) -> FeatureKey:
        return FeatureKey(digest, *self._parts)

    def lookup(self, digest: str) -> CachedFeatures | None:
        assert self.cache is not None
        return self.cache.get_many([self.key(digest)]).get(self.key(digest))

    def store(self, items: list[_Prepared], outputs: dict[str, np.ndarray]) -> None:
        if not self.enabled or not items:
            return
        assert self.cache is not None
        self.cache.put_many(
            (self.key(item.digest or ""), CachedFeatures(
                outputs["pool3"][row], outputs["logits_unbiased"][row], item.width, item.height, item.notes
            ))
            for row, item in enumerate(items)
        )


def _outputs_in_file_order(usable: list[_Prepared], session: FeatureRunner, keys: _CacheKeys) -> dict[str, np.ndarray]:
    """The batch's pool3 and bias-free logits, network rows and cached rows interleaved as the files are."""
    fresh = [item for item in usable if item.cached is None]
    network = session.run(np.stack([item.pixels for item in fresh])) if fresh else {}
    keys.store(fresh, network)
    pool3 = np.empty((len(usable), POOL_FEATURES), np.float32)
    logits = np.empty((len(usable), NUM_CLASSES), np.float32)
    fresh_row = 0
    for row, item in enumerate(usable):
        if item.cached is not None:
            pool3[row], logits[row] = item.cached.pool3, item.cached.logits_unbiased
        else:
            pool3[row], logits[row] = network["pool3"][fresh_row], network["logits_unbiased"][fresh_row]
            fresh_row += 1
    return {"pool3": pool3, "logits_unbiased": logits}
