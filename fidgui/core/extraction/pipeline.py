"""Files to features: decode and resize in the background while the network runs.

On a CPU the network is the bottleneck, so decoding and resizing happen in worker
threads ahead of it (``prefetch``), in file order, with a bounded look-ahead so
memory stays flat however many images a folder holds. Features are folded into
running statistics a few hundred rows at a time; per-image features are kept only when a metric
asks for them (KID, Inception Score). A stop request aborts the network call in
progress and the waits for decoding; a run stopped at any point, the last batch
included, returns nothing and stores nothing from the batch it was in. Sizes and widths come from the
encoder the mode belongs to (:mod:`fidgui.core.encoders.registry`), never from here.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol, Sequence

import numpy as np

from fidgui.core.base.comparison_types import Notice, NoticeCallback, Progress, ProgressCallback, Side, StopCheck
from fidgui.core.images.decoding import decode_bytes, read_image_file
from fidgui.core.base.errors import ImageSkipped, Message, SkippedFile
from fidgui.core.base.freed_memory import keep_freed_memory
from fidgui.core.base.stopping import stop_if_asked
from fidgui.core.extraction.feature_buffer import FeatureBuffer
from fidgui.core.extraction.cache_keys import CacheKeys
from fidgui.core.stores.feature_cache import CachedFeatures, FeatureCache
from fidgui.core.base.core_share import CPU_CORES, CoreShare, available_cores
from fidgui.core.encoders.registry import encoder_for_mode
from fidgui.core.extraction.prefetch import BatchFeeder
from fidgui.core.images.preprocess import preprocess
from fidgui.core.statistics.running import RunningStatistics


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
    features: np.ndarray | None = None  # the encoder's statistics output, one row per used image
    class_scores: np.ndarray | None = None  # its class output (Inception's bias-free logits), when kept
    buffers: list[FeatureBuffer] = field(default_factory=list, repr=False)

    def close(self) -> None:
        """Give back the per-image buffers' temporary files; rows already handed out stay readable."""
        self.features = self.class_scores = None
        for buffer in self.buffers:
            buffer.close()


@dataclass
class _Prepared:
    path: Path
    pixels: np.ndarray | None  # (3, S, S) float32 for an encoder input size S, when the network must run
    cached: CachedFeatures | None  # the outputs, when the cache already had them
    digest: str | None
    width: int = 0
    height: int = 0
    notes: tuple[str, ...] = ()
    skip_reason: Message | None = None

    @property
    def usable(self) -> bool:
        return self.skip_reason is None


CacheLookup = Callable[[str], "CachedFeatures | None"]
MAX_DECODE_WORKERS = 32  # past this, one process's GIL-bound bookkeeping gains nothing from more threads
DECODE_ON_FREE_CORES = True
"""On the CPU, a file starts decoding only on a core that the network's calls leave free (``core_share``).

Between calls that is every core; during a call none, until a core has no slice left to run, and then that one.
Decoding used to pause for the whole call, which left one core idle while the last slice of each batch ran
(README, "Speed"). False decodes beside the network on every core at the same priority, for measuring that
(``benchmarks/end_to_end.py --schedules share``). On a GPU the network holds no core, so decoding overlaps it."""


def _prepare(mode: str, policy: str, lookup: CacheLookup | None, cores: CoreShare | None, path: Path) -> _Prepared:
    """Read once; a cached content skips decoding and resizing, the costly part on a CPU, which runs on a core the
    network leaves free (when ``cores`` counts them). Reading never waits for a core (``core_share`` says why)."""
    try:
        data = read_image_file(path)
        digest = hashlib.sha256(data).hexdigest()
        if lookup is not None and (hit := lookup(digest)) is not None:
            return _Prepared(path, None, hit, digest, hit.width, hit.height, hit.notes)
        with cores.free_core() if cores is not None else contextlib.nullcontext():
            decoded = decode_bytes(data, path, policy, digest)
            pixels = preprocess(decoded.rgb, mode, encoder_for_mode(mode).input_size)
    except ImageSkipped as skipped:
        return _Prepared(path, None, None, None, skip_reason=skipped.message)
    width, height = decoded.original_size
    return _Prepared(path, pixels, None, digest, width, height, decoded.notes)


def decode_workers() -> int:
    """Decoding threads: one per core (at most ``MAX_DECODE_WORKERS``), since decoding either has the cores to
    itself between network calls (CPU) or shares them with nothing heavy (GPU); on a CPU, ``CPU_CORES`` lets a
    file start only on a core the network leaves free."""
    return max(1, min(MAX_DECODE_WORKERS, available_cores()))


def extract_features(
    files: Sequence[Path],
    session: FeatureRunner,
    *,
    side: Side,
    mode: str,
    decode: str,
    batch_size: int,
    keep_features: bool = False,
    keep_class_scores: bool = False,
    cache: FeatureCache | None = None,
    model_sha256: str | None = None,
    on_progress: ProgressCallback | None = None,
    on_notice: NoticeCallback | None = None,
    should_stop: StopCheck | None = None,
    workers: int | None = None,
    dims: int | None = None,
) -> Extraction:
    """Run every file through the network (or take it from the cache); skipped files are reported, never fatal.

    The network is the encoder ``mode`` belongs to, its statistics taken at width ``dims`` (None: its own). Call ``close()`` on the result once its per-image rows
    are no longer needed.
    """
    keep_freed_memory()  # each image's arrays reuse the last one's pages (freed_memory says why)
    encoder = encoder_for_mode(mode).at_width(dims)
    keys = CacheKeys(cache, encoder, model_sha256, mode, decode)
    statistics = StatisticsRows(RunningStatistics())
    extraction = Extraction(statistics=statistics.target, n_images=0)
    kept = encoder.kept_outputs
    features = FeatureBuffer(len(files), kept[encoder.statistics_output]) if keep_features else None
    class_output = encoder.class_output if keep_class_scores else None
    scores = FeatureBuffer(len(files), kept[class_output]) if class_output else None
    extraction.buffers = [buffer for buffer in (features, scores) if buffer is not None]
    seen_digests: set[str] = set()
    started = time.perf_counter()
    total = len(files)
    done = 0
    cores = CPU_CORES if DECODE_ON_FREE_CORES else None
    prepare = functools.partial(_prepare, mode, decode, keys.lookup if keys.enabled else None, cores)
    feeder = BatchFeeder(files, prepare, functools.partial(_batch_full, batch_size), workers or decode_workers())
    try:
        for batch in feeder.batches(should_stop):
            for item in batch:
                if item.skip_reason is not None:
                    extraction.skipped.append(SkippedFile(str(item.path), item.skip_reason))
                    if on_notice is not None:
                        on_notice(Notice("skipped", Message("skipped_file", name=item.path.name, reason=item.skip_reason)))
            usable = [item for item in batch if item.usable]
            if usable:
                outputs = _outputs_in_file_order(usable, session, keys, should_stop)
                statistics.add(outputs[encoder.statistics_output])
                if features is not None:
                    features.append(outputs[encoder.statistics_output])
                if scores is not None and class_output is not None:
                    scores.append(outputs[class_output])
            for item in usable:
                extraction.paths.append(str(item.path))
                extraction.notes.update(item.notes)
                extraction.n_from_cache += item.cached is not None
                if item.width < encoder.input_size or item.height < encoder.input_size:
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
        stop_if_asked(should_stop)  # a stop asked during the last batch still stops: the caller writes nothing
        statistics.flush()
    except BaseException:
        extraction.close()
        raise
    finally:
        feeder.close()
    extraction.features = None if features is None else features.array()
    extraction.class_scores = None if scores is None else scores.array()
    return extraction


class StatisticsRows:
    """Feature rows gathered into blocks before they reach the running statistics.

    Folding 16 rows into a 2048 x 2048 co-moment costs as much memory traffic as folding 256 (the matrix is
    read and written whole each time): 6 ms of CPU per image in blocks of 16, 0.5 ms in blocks of 256, with
    the same covariance to 1e-16. Memory: one block, 2 MB at 2048 features.
    """

    BLOCK_ROWS = 256

    def __init__(self, target: RunningStatistics) -> None:
        self.target = target
        self._rows: list[np.ndarray] = []
        self._count = 0

    def add(self, rows: np.ndarray) -> None:
        self._rows.append(rows)
        self._count += len(rows)
        if self._count >= self.BLOCK_ROWS:
            self.flush()

    def flush(self) -> None:
        if self._rows:
            self.target.update(np.concatenate(self._rows) if len(self._rows) > 1 else self._rows[0])
        self._rows, self._count = [], 0


def _batch_full(batch_size: int, batch: list[_Prepared]) -> bool:
    """Cached or not, the same batches either way: only usable images count."""
    return sum(item.usable for item in batch) >= batch_size


def _outputs_in_file_order(
    usable: list[_Prepared], session: FeatureRunner, keys: CacheKeys, should_stop: StopCheck | None
) -> dict[str, np.ndarray]:
    """The batch's kept outputs by name, network rows and cached rows interleaved as the files are."""
    fresh = [item for item in usable if item.cached is None]
    network = session.run(np.stack([item.pixels for item in fresh]), should_stop=should_stop) if fresh else {}
    stop_if_asked(should_stop)  # a cancelled run caches nothing of the batch it was in
    keys.store(fresh, network)
    outputs = {name: np.empty((len(usable), width), np.float32) for name, width in keys.widths.items()}
    fresh_row = 0
    for row, item in enumerate(usable):
        for name, rows in outputs.items():
            rows[row] = item.cached.outputs[name] if item.cached is not None else network[name][fresh_row]
        fresh_row += item.cached is None
    return outputs
