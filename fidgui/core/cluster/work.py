"""One run's use of the cluster: connect once, send the model once, then extract each side shard by shard.

:meth:`ClusterWork.extract` takes the arguments of the local
:func:`~fidgui.core.extraction.pipeline.extract_features` and returns the same :class:`Extraction`, so the
comparison reads a side the same way wherever its features were computed. Progress is reported per
finished shard with the local run's events; a stop request cancels the submitted shards and tells the
running ones to stop at their next check (within a second or two), and a failed shard cancels the rest.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
import uuid
from collections import deque
from pathlib import Path
from typing import Any, Iterator, Sequence

from fidgui.core.base.comparison_types import Notice, NoticeCallback, Progress, ProgressCallback, Side, StopCheck
from fidgui.core.base.errors import FidguiError, Message
from fidgui.core.base.stopping import stop_if_asked
from fidgui.core.cluster.address import parse_cluster
from fidgui.core.cluster.merging import OrderedMerge
from fidgui.core.cluster.planning import lookup_cached, shard_size, split
from fidgui.core.cluster.shard_task import ShardResult, ShardSpec
from fidgui.core.encoders.protocol import ModelFile
from fidgui.core.encoders.registry import encoder_for_mode
from fidgui.core.extraction.cache_keys import CacheKeys
from fidgui.core.extraction.pipeline import Extraction
from fidgui.core.stores.feature_cache import FeatureCache

POLL_SECONDS = 0.2  # how often the client looks at the stop check while shards run
SHARDS_IN_FLIGHT_PER_WORKER = 2  # enough to keep each worker busy; bounds the shards waiting to be merged


class ClusterWork:
    """Connects on the first side that needs the network; ``close()`` disconnects (and stops ``local:N``)."""

    def __init__(self, cluster: str, model: ModelFile, device: str, warn: NoticeCallback,
                 shard_size: int | None = None) -> None:
        self.target = parse_cluster(cluster)  # a malformed address is refused before any image is read
        self.model, self.device, self.warn, self.asked_shard_size = model, device, warn, shard_size
        self.connection: Any = None
        self.model_sha256 = ""
        self.workers: list[str] = []
        self._fallbacks: set[Message] = set()
        self.description: str | None = None
        self.message: Message | None = None

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def _connect(self, on_notice: NoticeCallback | None) -> Any:
        if self.connection is None:
            from fidgui.core.cluster.connection import ClusterConnection
            from fidgui.core.cluster.worker_model import ModelPlugin, has_model, plugin_name

            connection = ClusterConnection(self.target)
            try:
                data = Path(self.model.path).read_bytes()
                self.model_sha256 = hashlib.sha256(data).hexdigest()
                client = connection.client
                answers = client.run(has_model, self.model_sha256, on_error="return").values()
                if not all(answer is True for answer in answers):  # a worker that failed to answer gets it too
                    client.register_plugin(ModelPlugin(data, self.model_sha256), name=plugin_name(self.model_sha256))
            except BaseException:
                connection.close()
                raise
            self.connection = connection
            self.workers = connection.workers
            self.description = f"cluster {self.target.text} ({len(self.workers)} workers)"
            self.message = Message("device_cluster", address=self.target.text, workers=len(self.workers))
            if on_notice is not None:  # shown while running; not a warning about the result
                on_notice(Notice("cluster_workers", address=self.target.text, workers=len(self.workers)))
        return self.connection

    def extract(
        self, files: Sequence[Path], session: object = None, *, side: Side, mode: str, decode: str, batch_size: int,
        keep_features: bool = False, keep_class_scores: bool = False, cache: FeatureCache | None = None,
        model_sha256: str | None = None, on_progress: ProgressCallback | None = None,
        on_notice: NoticeCallback | None = None, should_stop: StopCheck | None = None, workers: int | None = None,
        dims: int | None = None,
    ) -> Extraction:
        """``extract_features`` on the cluster (``session`` is unused: each worker opens its own)."""
        started = time.perf_counter()
        encoder = encoder_for_mode(mode).at_width(dims)
        keys = CacheKeys(cache, encoder, model_sha256, mode, decode)
        cached = lookup_cached(files, keys, should_stop)
        absolute = [os.path.abspath(path) for path in files]
        merge = OrderedMerge(files, absolute, encoder, cached, keep_features, keep_class_scores, batch_size)
        total, done = len(files), len(cached)
        remaining = [index for index in range(total) if index not in cached]
        try:
            if on_progress is not None and done:
                on_progress(Progress(side, done, total, 0.0, None))
            if remaining:
                connection = self._connect(on_notice)
                shards = split(remaining, shard_size(len(remaining), len(self.workers), self.asked_shard_size))
                run_id = uuid.uuid4().hex
                specs = [
                    ShardSpec(run_id, number, tuple(absolute[index] for index in shard), side, mode, decode,
                              batch_size, self.device, self.model_sha256, model_sha256 or "", keep_features,
                              keep_class_scores, keys.enabled, workers, dims)
                    for number, shard in enumerate(shards)
                ]
                for result in self._results(connection, specs, should_stop):
                    self._take(result, keys, on_notice)
                    merge.add(result, shards[result.index])
                    done += len(shards[result.index])
                    if on_progress is not None:
                        rate = done / max(time.perf_counter() - started, 1e-9)
                        on_progress(Progress(side, done, total, rate, (total - done) / rate if rate > 0 else None))
            stop_if_asked(should_stop)
        except BaseException:
            merge.close()
            raise
        return merge.finish(len(cached))

    def _take(self, result: ShardResult, keys: CacheKeys, on_notice: NoticeCallback | None) -> None:
        """What a finished shard leaves besides its statistics: cache rows, skipped files, a device fallback."""
        if keys.enabled and result.cached:
            assert keys.cache is not None
            keys.cache.put_many((keys.key(digest), features) for digest, features in result.cached)
        if on_notice is not None:
            for item in result.skipped:
                on_notice(Notice("skipped", Message("skipped_file", name=Path(item.path).name, reason=item.reason)))
        if result.fallback is not None and result.fallback not in self._fallbacks:
            self._fallbacks.add(result.fallback)
            self.warn(Notice("device_fallback", result.fallback))

    def _results(self, connection: Any, specs: list[ShardSpec], should_stop: StopCheck | None) -> Iterator[ShardResult]:
        """Shard results as they finish, with at most a few shards per worker submitted at a time."""
        from fidgui.core.cluster.shard_task import run_shard
        from fidgui.core.cluster.worker_model import stop_run

        client = connection.client
        waiting, running = deque(specs), {}
        window = max(2, SHARDS_IN_FLIGHT_PER_WORKER * len(self.workers))
        news = threading.Event()  # set by Dask's callback thread when a shard finishes or fails
        try:
            while waiting or running:
                while waiting and len(running) < window:
                    spec = waiting.popleft()
                    future = client.submit(run_shard, spec, key=f"fidgui-shard-{spec.run_id}-{spec.index}", pure=False)
                    future.add_done_callback(lambda _future: news.set())
                    running[future] = spec
                stop_if_asked(should_stop)
                news.wait(POLL_SECONDS)
                news.clear()
                finished = [future for future in running if future.done()]
                for future in sorted(finished, key=lambda item: running[item].index):
                    spec = running.pop(future)
                    yield _result(future, spec)
        except BaseException:
            try:  # stop what was submitted; a lost connection must not hide the reason the run ended
                client.cancel(list(running), force=True)
                client.run(stop_run, specs[0].run_id, on_error="ignore")
            except Exception:
                pass
            raise


def _result(future: Any, spec: ShardSpec) -> ShardResult:
    """A shard's value; a failure that is not the engine's own becomes one sentence naming the shard's size."""
    try:
        return future.result()
    except FidguiError:
        raise
    except Exception as error:  # a worker lost three times over (KilledWorker), a broken connection
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise FidguiError("cluster_shard_failed", count=len(spec.files), reason=reason) from None
