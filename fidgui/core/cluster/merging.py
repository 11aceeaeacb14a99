"""Shard results into one :class:`Extraction`, exactly as a local run would have folded the same features.

A local run updates its running statistics with consecutive batches of ``batch_size`` usable images in
file order. Shards of fewer than 2 D images (every automatic shard) send their rows, so the client
replays that very sequence: cached rows and shard rows are walked in file order as soon as the files
before them are in, whatever order the shards finish in, and the statistics come out bit for bit those
of a local run (a rank-deficient covariance amplifies the least rounding difference in the FID, so
merely "close" would not do). A shard large enough to send its accumulator instead (asked for
explicitly) is merged with Chan's update at its place in file order. The report (skipped files and
reasons, conversion notes, duplicates, upsampled images, per-image rows) is put back in file order.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Sequence, Union

import numpy as np

from fidgui.core.base.errors import SkippedFile
from fidgui.core.cluster.planning import CachedImages
from fidgui.core.cluster.shard_task import ShardResult
from fidgui.core.encoders.protocol import Encoder
from fidgui.core.extraction.feature_buffer import FeatureBuffer
from fidgui.core.extraction.pipeline import Extraction
from fidgui.core.statistics.running import RunningStatistics

Rows = tuple[np.ndarray, "np.ndarray | None"]  # one image's statistics row and class row
Entry = Union[Rows, RunningStatistics, None]  # None: a file that was skipped (or is inside an accumulator shard)


class OrderedMerge:
    """Folds what is known of each file in file order; :meth:`finish` gives the side's extraction."""

    def __init__(
        self, files: Sequence[Path], absolute: Sequence[str], encoder: Encoder, cached: CachedImages,
        keep_features: bool, keep_class_scores: bool, batch_size: int,
    ) -> None:
        self.files, self.encoder, self.batch_size = files, encoder, max(1, batch_size)
        self._index = {name: index for index, name in enumerate(absolute)}
        self.statistics = RunningStatistics()
        self._ready: dict[int, Entry] = {}
        self._cursor = 0
        self._batch: list[np.ndarray] = []
        self._used: list[int] = sorted(cached)
        self._skipped: list[tuple[int, SkippedFile]] = []
        self._digests = [cached[index][0] for index in self._used]
        self.notes: Counter[str] = Counter()
        self.n_upsampled = 0
        self._class = encoder.class_output if keep_class_scores else None
        widths = encoder.kept_outputs
        self._features = FeatureBuffer(len(files), widths[encoder.statistics_output]) if keep_features else None
        self._scores = FeatureBuffer(len(files), widths[self._class]) if self._class else None
        name, size = encoder.statistics_output, encoder.input_size
        for index in self._used:
            item = cached[index][1]
            self.notes.update(item.notes)
            self.n_upsampled += item.width < size or item.height < size
            self._ready[index] = (item.outputs[name], item.outputs[self._class] if self._class else None)
        self._advance()

    def add(self, result: ShardResult, indices: Sequence[int]) -> None:
        """A finished shard whose files are ``indices`` (in file order)."""
        used = [self._index[path] for path in result.paths]
        self._used.extend(used)
        self._digests.extend(result.digests)
        self._skipped.extend((self._index[item.path], SkippedFile(str(self.files[self._index[item.path]]),
                                                                   item.reason)) for item in result.skipped)
        self.notes.update(result.notes)
        self.n_upsampled += result.n_upsampled
        entries: dict[int, Entry] = dict.fromkeys(indices)
        if result.statistics is not None:  # a large shard: its accumulator stands at its first file
            entries[indices[0]] = result.statistics
        elif result.features is not None:
            scores = result.class_scores
            for row, index in enumerate(used):
                entries[index] = (result.features[row], None if scores is None else scores[row])
        self._ready.update(entries)
        self._advance()

    def _advance(self) -> None:
        """Fold every file whose turn has come: rows in batches as a local run makes them, accumulators whole."""
        while self._cursor in self._ready:
            entry = self._ready.pop(self._cursor)
            if isinstance(entry, RunningStatistics):
                self._flush()
                self.statistics.merge(entry)
            elif entry is not None:
                self._batch.append(entry[0])
                if self._features is not None:
                    self._features.append(entry[0][None])
                if self._scores is not None and entry[1] is not None:
                    self._scores.append(entry[1][None])
                if len(self._batch) == self.batch_size:
                    self._flush()
            self._cursor += 1

    def _flush(self) -> None:
        if self._batch:
            self.statistics.update(np.stack(self._batch))
            self._batch = []

    def close(self) -> None:
        for buffer in (self._features, self._scores):
            if buffer is not None:
                buffer.close()

    def finish(self, n_from_cache: int) -> Extraction:
        """The whole side, as :func:`extract_features` would have returned it; call after the last shard."""
        assert self._cursor == len(self.files), "a shard was left out of the merge"
        self._flush()
        used = sorted(self._used)
        extraction = Extraction(
            statistics=self.statistics, n_images=len(used), skipped=[item for _, item in sorted(self._skipped,
                                                                                                 key=_first)],
            notes=self.notes, n_duplicates=len(self._digests) - len(set(self._digests)), n_upsampled=self.n_upsampled,
            n_from_cache=n_from_cache, paths=[str(self.files[index]) for index in used],
        )
        extraction.buffers = [buffer for buffer in (self._features, self._scores) if buffer is not None]
        extraction.features = None if self._features is None else self._features.array()
        extraction.class_scores = None if self._scores is None else self._scores.array()
        return extraction


def _first(item: tuple[int, SkippedFile]) -> int:
    return item[0]
