"""Statistics files from separate machines merged as if their images had been read together.

A file that records its image count ``n`` holds everything a running accumulator holds: the mean, and
the co-moment as ``sigma * (n - 1)``. Chan's pairwise update then merges them exactly (to float64
rounding), in the order given. Files that do not record their count (pytorch-fid's, TTUR's), or that
differ in mode, model or feature width (the encoder), are refused: such a merge would be a number
that no set of images has.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from fidgui.core.base.errors import FidguiError
from fidgui.core.statistics.running import FeatureStatistics, RunningStatistics


def _check_alike(named: Sequence[tuple[str, FeatureStatistics]]) -> None:
    first_name, first = named[0]
    for name, item in named:
        if item.n is None:
            raise FidguiError("stats_merge_no_count", name=name)
        if item.mode is None or item.model_sha256 is None:
            raise FidguiError("stats_merge_unknown_provenance", name=name)
    for name, item in named[1:]:
        if item.mu.size != first.mu.size:
            raise FidguiError("stats_merge_width_differs", name=name, width=item.mu.size, first=first_name,
                              expected=first.mu.size)
        if item.mode != first.mode:
            raise FidguiError("stats_merge_mode_differs", name=name, found=item.mode, first=first_name,
                              mode=first.mode)
        if item.model_sha256 != first.model_sha256:
            raise FidguiError("stats_merge_model_differs", name=name, found=str(item.model_sha256)[:12],
                              first=first_name, model=str(first.model_sha256)[:12])


def merge_statistics(named: Sequence[tuple[str, FeatureStatistics]]) -> FeatureStatistics:
    """One set's statistics from its parts' (``(name, statistics)`` pairs; names word the refusals)."""
    if len(named) < 2:
        raise FidguiError("stats_merge_too_few")
    _check_alike(named)
    merged = RunningStatistics()
    for _, item in named:
        count = int(item.n or 0)
        merged.merge(RunningStatistics.from_moments(count, item.mu, item.sigma * (count - 1)))
    first = named[0][1]
    # a mode names one network, so alike modes mean alike networks: the merged file records the first's network
    return merged.to_statistics(mode=first.mode, model_sha256=first.model_sha256, encoder=first.encoder)


def merge_statistics_files(paths: Sequence[Path]) -> FeatureStatistics:
    """The files read and checked as any statistics file is, then merged in the order given."""
    return merge_statistics([(Path(path).name, FeatureStatistics.load(Path(path))) for path in paths])
