"""One shard on one worker: the same per-image code as a local run, returning a partial accumulator.

The worker calls :func:`~fidgui.core.extraction.pipeline.extract_features` itself on its files, so
decoding, preprocessing, batching, skipped-file reasons and conversion notes are those of a local run.
What comes back is a value (count, mean, co-moment, and rows only when needed), never a side effect:
a shard that Dask recomputes after its worker died is counted once, because only the copy that
finished is ever merged. The feature cache lives on the client; here a recording stand-in collects
what a local run would have stored, for the client to write.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np

from fidgui.core.base.comparison_types import Side
from fidgui.core.base.errors import Message, SkippedFile
from fidgui.core.encoders.registry import encoder_for_mode
from fidgui.core.extraction.pipeline import extract_features
from fidgui.core.statistics.running import RunningStatistics
from fidgui.core.stores.feature_cache import CachedFeatures, FeatureKey


@dataclass(frozen=True)
class ShardSpec:
    """What a worker needs for one shard; ``files`` are absolute paths every worker can read."""

    run_id: str
    index: int
    files: tuple[str, ...]
    side: Side
    mode: str
    decode: str
    batch_size: int
    device: str
    model_sha256: str  # the ONNX file's digest, checked on the worker
    weights_sha256: str  # what the cache keys and statistics record
    keep_features: bool
    keep_class_scores: bool
    cache_rows: bool  # return every image's outputs, for the client's feature cache
    num_workers: int | None = None
    dims: int | None = None  # pytorch-fid's --dims: the statistics' width (None: the encoder's own)


@dataclass
class ShardResult:
    """A shard's partial accumulator and what the report needs; rows only when asked for."""

    index: int
    statistics: RunningStatistics | None  # None: the shard sent its rows instead (``features``), which cost less
    n_images: int
    skipped: list[SkippedFile]
    notes: Counter[str]
    n_upsampled: int
    paths: list[str]
    digests: list[str]  # of the used images, in file order: duplicates are counted across shards by the client
    features: np.ndarray | None = None
    class_scores: np.ndarray | None = None
    cached: list[tuple[str, CachedFeatures]] = field(default_factory=list)  # digest -> what to cache
    worker: str = ""
    device: str = ""
    device_message: Message | None = None
    fallback: Message | None = None
    seconds: float = 0.0


class RecordingCache:
    """A feature cache that finds nothing and remembers what would be stored (the client stores it)."""

    available = True

    def __init__(self, keep_rows: bool) -> None:
        self.keep_rows = keep_rows
        self.stored: list[tuple[str, CachedFeatures]] = []
        self.digests: list[str] = []

    def get_many(self, keys: Iterable[FeatureKey], widths: Mapping[str, int]) -> dict[FeatureKey, CachedFeatures]:
        return {}  # the client looked the shard's images up before sending them

    def put_many(self, items: Iterable[tuple[FeatureKey, CachedFeatures]]) -> int:
        count = 0
        for key, features in items:
            self.digests.append(key.content_sha256)
            if self.keep_rows:
                self.stored.append((key.content_sha256, features))
            count += 1
        return count


def sends_rows(images: int, width: int) -> bool:
    """Whether a shard's rows (float32) travel in fewer bytes than its D x D float64 co-moment: below 2 D images.
    The client then folds the rows itself, in the batches a local run makes (see :mod:`merging`)."""
    return images < 2 * width


def run_shard(spec: ShardSpec) -> ShardResult:
    """Extract one shard on this worker (Dask calls this); raises FidguiError or Cancelled as a local run does."""
    from distributed import get_worker

    from fidgui.core.cluster.worker_model import is_stopped, worker_session

    started = time.perf_counter()
    session = worker_session(spec.model_sha256, spec.device)
    recorder = RecordingCache(spec.cache_rows)
    compact = spec.keep_features or sends_rows(len(spec.files), encoder_for_mode(spec.mode).at_width(spec.dims).feature_width)
    extraction = extract_features(
        [Path(name) for name in spec.files], session, side=spec.side, mode=spec.mode, decode=spec.decode,
        batch_size=spec.batch_size, keep_features=compact,
        keep_class_scores=spec.keep_class_scores,
        cache=recorder, model_sha256=spec.weights_sha256,  # type: ignore[arg-type]
        should_stop=lambda: is_stopped(spec.run_id), workers=spec.num_workers, dims=spec.dims,
    )
    try:
        return ShardResult(
            index=spec.index, statistics=None if compact else extraction.statistics, n_images=extraction.n_images,
            skipped=extraction.skipped, notes=extraction.notes, n_upsampled=extraction.n_upsampled,
            paths=extraction.paths, digests=recorder.digests,
            features=None if extraction.features is None else np.array(extraction.features),
            class_scores=None if extraction.class_scores is None else np.array(extraction.class_scores),
            cached=recorder.stored, worker=get_worker().address, device=session.device_description,
            device_message=session.device_message, fallback=session.fallback_reason,
            seconds=time.perf_counter() - started,
        )
    finally:
        extraction.close()
