"""Shard results into one :class:`Extraction`, in a fixed order whatever order the shards finish in.

Statistics are merged with Chan's pairwise update (:class:`RunningStatistics.merge`): the cached images
first, in file order, then the shards by their index, each as soon as all shards before it have been
merged, so only shards that finished early wait in memory. The report (skipped files and reasons,
conversion notes, duplicates, upsampled images, per-image rows) is put back in file order, so a
cluster run reads exactly like a local one.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Sequence

import numpy as np

from fidgui.core.base.errors import SkippedFile
from fidgui.core.cluster.planning import CachedImages
from fidgui.core.cluster.shard_task import ShardResult
from fidgui.core.encoders.protocol import Encoder
from fidgui.core.extraction.feature_buffer import FeatureBuffer
from fidgui.core.extraction.pipeline import Extraction
from fidgui.core.statistics.running import RunningStatistics

CACHED_ROWS_PER_UPDATE = 1024


class OrderedMerge:
    """Folds :class:`ShardResult` values in index order; :meth:`finish` gives the side's extraction."""

    def __init__(
        self, files: Sequence[Path], absolute: Sequence[str], encoder: Encoder, cached: CachedImages,
        keep_features: bool, keep_class_scores: bool,
    ) -> None:
        self.files, self.encoder = files, encoder
        self._index = {name: index for index, name in enumerate(absolute)}
        self.statistics = RunningStatistics()
        self._pending: dict[int, ShardResult] = {}
        self._next = 0
        self._used: list[int] = sorted(cached)
        self._skipped: list[tuple[int, SkippedFile]] = []
        self._digests = [cached[index][0] for index in self._used]
        self.notes: Counter[str] = Counter()
        self.n_upsampled = 0
        self._class = encoder.class_output if keep_class_scores else None
        self._features: dict[int, np.ndarray] | None = {} if keep_features else None
        self._scores: dict[int, np.ndarray] | None = {} if self._class else None
        self._fold_cached(cached)

    def _fold_cached(self, cached: CachedImages) -> None:
        name, size = self.encoder.statistics_output, self.encoder.input_size
        rows = [cached[index][1] for index in self._used]
        for start in range(0, len(rows), CACHED_ROWS_PER_UPDATE):
            self.statistics.update(np.stack([item.outputs[name] for item in rows[start:start + CACHED_ROWS_PER_UPDATE]]))
        for index, item in zip(self._used, rows):
            self.notes.update(item.notes)
            self.n_upsampled += item.width < size or item.height < size
            if self._features is not None:
                self._features[index] = item.outputs[name]
            if self._scores is not None and self._class:
                self._scores[index] = item.outputs[self._class]

    def add(self, result: ShardResult) -> None:
        self._pending[result.index] = result
        while self._next in self._pending:
            self._fold(self._pending.pop(self._next))
            self._next += 1

    def _fold(self, result: ShardResult) -> None:
        part = result.statistics
        if part is None:  # a small shard sent its rows: fold them as the worker would have
            part = RunningStatistics()
            if result.features is not None:
                part.update(result.features)
        self.statistics.merge(part)
        used = [self._index[path] for path in result.paths]
        self._used.extend(used)
        self._digests.extend(result.digests)
        self._skipped.extend((self._index[item.path], SkippedFile(str(self.files[self._index[item.path]]), item.reason))
                             for item in result.skipped)
        self.notes.update(result.notes)
        self.n_upsampled += result.n_upsampled
        for kept, rows in ((self._features, result.features), (self._scores, result.class_scores)):
            if kept is not None and rows is not None:
                kept.update(zip(used, rows))

    def finish(self, n_from_cache: int) -> Extraction:
        """The whole side, as :func:`extract_features` would have returned it; call after the last shard."""
        assert not self._pending, "a shard was left out of the merge"
        used = sorted(self._used)
        extraction = Extraction(
            statistics=self.statistics, n_images=len(used), skipped=[item for _, item in sorted(self._skipped,
                                                                                                 key=_first)],
            notes=self.notes, n_duplicates=len(self._digests) - len(set(self._digests)), n_upsampled=self.n_upsampled,
            n_from_cache=n_from_cache, paths=[str(self.files[index]) for index in used],
        )
        widths = self.encoder.kept_outputs
        for kept, name, attribute in ((self._features, self.encoder.statistics_output, "features"),
                                      (self._scores, self._class, "class_scores")):
            if kept is None or name is None:
                continue
            buffer = FeatureBuffer(len(used), widths[name])
            extraction.buffers.append(buffer)
            for start in range(0, len(used), CACHED_ROWS_PER_UPDATE):
                buffer.append(np.stack([kept[index] for index in used[start:start + CACHED_ROWS_PER_UPDATE]]))
            setattr(extraction, attribute, buffer.array())
        return extraction


def _first(item: tuple[int, SkippedFile]) -> int:
    return item[0]
