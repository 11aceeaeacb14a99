"""Files to features: decode and resize in the background while the network runs.

On a CPU the network is the bottleneck, so decoding and resizing happen in worker
threads ahead of it (``prefetch``), in file order, with a bounded look-ahead so
memory stays flat however many images a folder holds. Features are folded into
running statistics batch by batch; per-image features are kept only when a metric
asks for them (KID, Inception Score). A stop request aborts the network call in
progress and the waits for decoding; a run stopped at any point, the last batch
included, returns nothing and stores nothing from the batch it was in.
"""

from __future__ import annotations

import functools
import hashlib
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol, Sequence

import numpy as np

from fidgui.core.base.comparison_types import Notice, NoticeCallback, Progress, ProgressCallback, Side, StopCheck
from fidgui.core.images.decoding import decode_bytes, read_image_file
from fidgui.core.base.errors import Cancelled, ImageSkipped, SkippedFile
from fidgui.core.extraction.feature_buffer import FeatureBuffer
from fidgui.core.extraction.prefetch import BatchFeeder
from fidgui.core.stores.feature_cache import CachedFeatures, FeatureCache, FeatureKey
from fidgui.core.encoders.inception.weights import NUM_CLASSES, POOL_FEATURES
from fidgui.core.images.preprocess import preprocess
from fidgui.core.statistics.running import RunningStatistics

NETWORK_SIZE = 299


class FeatureRunner(Protocol):
    """What extraction needs of the network: a batch in, named outputs back."""

    def run(self, batch: np.ndarray, should_stop: StopCheck | None = None) -> dict[str, np.ndarray]: ...


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


def _prepare(mode: str, policy: str, lookup: CacheLookup | None, path: Path) -> _Prepared:
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
    prepare = functools.partial(_prepare, mode, decode, keys.lookup if keys.enabled else None)
    feeder = BatchFeeder(files, prepare, functools.partial(_batch_full, batch_size), decode_workers())
    try:
        for batch in feeder.batches(should_stop):
            for item in batch:
                if item.skip_reason is not None:
                    extraction.skipped.append(SkippedFile(str(item.path), item.skip_reason))
                    if on_notice is not None:
                        on_notice(Notice("skipped", f"{item.path.name}: {item.skip_reason}"))
            usable = [item for item in batch if item.usable]
            if usable:
                outputs = _outputs_in_file_order(usable, session, keys, should_stop)
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
        _check(should_stop)  # a stop asked during the last batch still stops: the caller writes nothing
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


def _batch_full(batch_size: int, batch: list[_Prepared]) -> bool:
    """Cached or not, the same batches either way: only usable images count."""
    return sum(item.usable for item in batch) >= batch_size


def _check(should_stop: StopCheck | None) -> None:
    if should_stop is not None and should_stop():
        raise Cancelled()


def _outputs_in_file_order(
    usable: list[_Prepared], session: FeatureRunner, keys: _CacheKeys, should_stop: StopCheck | None
) -> dict[str, np.ndarray]:
    """The batch's pool3 and bias-free logits, network rows and cached rows interleaved as the files are."""
    fresh = [item for item in usable if item.cached is None]
    network = session.run(np.stack([item.pixels for item in fresh]), should_stop=should_stop) if fresh else {}
    _check(should_stop)  # a cancelled run caches nothing of the batch it was in
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
