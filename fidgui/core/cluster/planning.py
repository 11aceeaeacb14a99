"""Before anything is sent: which images the feature cache already has, and how the rest is cut into shards.

The cache is keyed by an image's content, so the client reads and hashes the files once (in threads;
hashing releases the interpreter lock) and asks the cache in chunks; without a cache nothing is read
here at all. Shards are contiguous runs of the remaining files, sized from the number of workers:
a few per worker keeps every worker busy while a slow one finishes, and each shard is large enough
that its fixed costs (a task, one D x D co-moment sent back and merged) stay small beside its images.
"""

from __future__ import annotations

import hashlib
import math
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Sequence

from fidgui.core.base.comparison_types import StopCheck
from fidgui.core.base.errors import ImageSkipped
from fidgui.core.base.stopping import stop_if_asked
from fidgui.core.extraction.cache_keys import CacheKeys
from fidgui.core.images.decoding import read_image_file
from fidgui.core.stores.feature_cache import CachedFeatures

SHARDS_PER_WORKER = 4
MIN_SHARD = 32
MAX_SHARD = 512
LOOKUP_CHUNK = 256
HASH_THREADS = 4

CachedImages = dict[int, tuple[str, CachedFeatures]]
"""file index -> (content digest, the cached outputs)"""


def shard_size(remaining: int, workers: int, asked: int | None = None) -> int:
    """``asked`` when given (tests, benchmarks), else about four shards per worker, 32 to 512 images each."""
    if asked is not None:
        return max(1, int(asked))
    per_shard = math.ceil(remaining / max(1, workers * SHARDS_PER_WORKER))
    return max(MIN_SHARD, min(MAX_SHARD, per_shard))


def split(indices: Sequence[int], size: int) -> list[list[int]]:
    return [list(indices[start:start + size]) for start in range(0, len(indices), size)]


def _digest(path: Path) -> str | None:
    """An image's content digest as the local pipeline computes it; None when it cannot be read (the worker
    that reads it will say why, exactly as a local run would)."""
    try:
        return hashlib.sha256(read_image_file(path)).hexdigest()
    except ImageSkipped:
        return None


def lookup_cached(files: Sequence[Path], keys: CacheKeys, should_stop: StopCheck | None) -> CachedImages:
    """The images whose outputs the cache holds for this encoder, model, mode and decoding."""
    if not keys.enabled or not files:
        return {}
    assert keys.cache is not None
    found: CachedImages = {}
    with ThreadPoolExecutor(HASH_THREADS) as pool:
        for start in range(0, len(files), LOOKUP_CHUNK):
            stop_if_asked(should_stop)
            chunk = range(start, min(start + LOOKUP_CHUNK, len(files)))
            digests = dict(zip(chunk, pool.map(_digest, [files[index] for index in chunk])))
            wanted = {index: keys.key(digest) for index, digest in digests.items() if digest is not None}
            hits = keys.cache.get_many(wanted.values(), keys.widths)
            for index, key in wanted.items():
                if key in hits:
                    found[index] = (key.content_sha256, hits[key])
    return found
