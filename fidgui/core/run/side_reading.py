"""Reading one checked side into statistics: saved statistics as they are, a folder from the folder cache when
it is unchanged, otherwise through the network image by image (with the per-image cache)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from fidgui.core.base.comparison_types import (
    ComparisonRequest,
    Notice,
    NoticeCallback,
    Progress,
    ProgressCallback,
    Side,
    SideSummary,
    StopCheck,
)
from fidgui.core.base.errors import FidguiError, Message, SkippedFile, as_message, message_from_dict, \
    message_to_dict, side_images
from fidgui.core.cluster.work import ClusterWork
from fidgui.core.encoders.protocol import Encoder, ModelFile
from fidgui.core.extraction.pipeline import Extraction, extract_features
from fidgui.core.images.decoding import describe_notes
from fidgui.core.images.discovery import folder_fingerprint
from fidgui.core.images.top_level import count_in_subfolders
from fidgui.core.metrics.registry import chosen
from fidgui.core.report.sample_warnings import duplicate_warning, upsampling_warning
from fidgui.core.run.inputs import CheckedSide, check_side, too_few_images
from fidgui.core.run.lazy_session import LazySession
from fidgui.core.run.sessions import SessionCache
from fidgui.core.run.metrics_phase import per_image_metrics, wants_logits
from fidgui.core.run.statistics_side import check_statistics_side, statistics_summary
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.stores.feature_cache import FeatureCache, FolderKey


@dataclass
class SideOutcome:
    summary: SideSummary
    statistics: FeatureStatistics
    extraction: Extraction | None


@dataclass(frozen=True)
class StatisticsOnlyModel:
    """What a run of two statistics files records as its model: the files' own hash, when they give one.
    No network is loaded, converted or even looked for (two ``.npz`` need no model at all)."""

    path: Path
    sha256: str
    weights_sha256: str
    is_standard: bool


def _summary_record(summary: SideSummary) -> dict[str, Any]:
    """What the folder cache keeps beside the statistics, so a cached side reports exactly as a computed one."""
    return {
        "n_images": summary.n_images,
        "skipped": [[item.path, message_to_dict(item.reason)] for item in summary.skipped],
        "converted": summary.converted,
        "n_duplicates": summary.n_duplicates,
        "n_upsampled": summary.n_upsampled,
        "n_from_subfolders": summary.n_from_subfolders,
    }


def _summary_from_record(source: Path, record: dict[str, Any]) -> SideSummary:
    return SideSummary(
        source=str(source),
        n_images=int(record["n_images"]),
        skipped=[SkippedFile(path, _stored_reason(reason)) for path, reason in record["skipped"]],
        converted={str(code): int(count) for code, count in record["converted"].items()},
        from_cache=int(record["n_images"]),
        n_duplicates=int(record["n_duplicates"]),
        n_upsampled=int(record["n_upsampled"]),
        n_from_subfolders=int(record.get("n_from_subfolders", 0)),
    )


def _stored_reason(reason: Any) -> Message:
    """A skipped file's reason as the folder cache kept it: a message, or a sentence from before codes."""
    return message_from_dict(reason) if isinstance(reason, dict) else as_message(str(reason))


@dataclass(frozen=True)
class Reading:
    """How one encoder reads the sides: its mode, its metrics (what per-image rows to keep), whether the
    views' per-image features come from it, and the comparison's warnings when another reader came first."""

    mode: str
    metric_ids: tuple[str, ...]
    keep_features: bool = False
    warnings: list[Notice] | None = None


def _naming(encoder: str, on_progress: ProgressCallback | None) -> ProgressCallback | None:
    """Progress reports that say which network runs (front ends word it; several may run in one comparison)."""
    if on_progress is None:
        return None
    return lambda progress: on_progress(
        progress if progress.encoder or progress.stage == "metrics" else replace(progress, encoder=encoder))


def _without_skipped(on_notice: NoticeCallback | None) -> NoticeCallback | None:
    """A later encoder's notices, less the skipped files the first one already reported."""
    if on_notice is None:
        return None
    return lambda notice: None if notice.code == "skipped" else on_notice(notice)


class SideReader:
    """The state of one comparison while it reads its sides through one encoder: warnings so far (shared by
    the comparison's readers), the lazy network, the cache.

    A comparison of several encoders has one reader per encoder; the first says what is true of the files
    themselves (skipped, converted, duplicated images, the cache's own notices), the others only what is
    true of their network (images enlarged to its input size, its device), so nothing is said twice.
    """

    def __init__(
        self,
        request: ComparisonRequest,
        encoder: Encoder,
        model: ModelFile,
        cache: FeatureCache | None,
        on_progress: ProgressCallback | None,
        on_notice: NoticeCallback | None,
        should_stop: StopCheck | None,
        sessions: SessionCache | None = None,
        *,
        reading: Reading | None = None,
    ) -> None:
        reading = reading or Reading(request.mode, tuple(request.metrics), request.keep_features)
        self.request, self.encoder, self.model, self.cache = request, encoder, model, cache
        self.mode, self.first = reading.mode, reading.warnings is None
        self.on_notice, self.should_stop = on_notice, should_stop
        self.on_progress = _naming(encoder.name, on_progress)
        self.warnings: list[Notice] = reading.warnings if reading.warnings is not None else []
        self.extractions: list[Extraction] = []
        self.session = LazySession(model, request.device, self.warn, self.on_progress, sessions,
                                   tuple(encoder.kept_outputs))
        self.per_image = bool(per_image_metrics(reading.metric_ids)) or reading.keep_features
        self.keep_logits = wants_logits(reading.metric_ids)
        own = [item.label for item in chosen(reading.metric_ids) if item.encoder == encoder.name]
        self.metric_label = own[0] if own else None  # what the enlargement warning names (FD_DINOv2, CMMD)
        self.cluster = None if not request.cluster else ClusterWork(
            request.cluster, model, request.device, self.warn, request.cluster_shard_size)
        for text in cache.notices if cache is not None and self.first else []:
            self.warn(Notice("feature_cache", as_message(text)))

    def close(self) -> None:
        """Give back the network session and the per-image buffers (temporary files past the memory limit)."""
        self.session.close()
        if self.cluster is not None:
            self.cluster.close()
        for extraction in self.extractions:
            extraction.close()

    def warn(self, notice: Notice) -> None:
        if not self.first and notice in self.warnings:  # e.g. the same device fallback for a second network
            return
        self.warnings.append(notice)
        if self.on_notice is not None:
            self.on_notice(notice)

    def side(self, side: Side, path: Path | CheckedSide) -> SideOutcome:
        checked = path if isinstance(path, CheckedSide) else check_side(side, Path(path), self.request.top_level_only)
        if checked.statistics is not None:
            model_hash = None if isinstance(self.model, StatisticsOnlyModel) else self.model.weights_sha256
            check_statistics_side(checked, self.encoder, self.mode, model_hash)
            return SideOutcome(statistics_summary(checked), checked.statistics, None)
        assert checked.discovery is not None
        path, discovery, request = checked.path, checked.discovery, self.request
        fingerprint = folder_fingerprint(discovery.files, path) if self.cache is not None else ""
        cached = self._cached_folder(side, path, fingerprint, len(discovery.files))
        if cached is not None:
            return cached
        self.session.side, self.session.total = side, len(discovery.files)
        extract = extract_features if self.cluster is None else self.cluster.extract
        extraction = extract(
            discovery.files, self.session, side=side, mode=self.mode, decode=request.decode,
            batch_size=request.batch_size, keep_features=self.per_image,
            keep_class_scores=self.keep_logits, cache=self.cache,
            model_sha256=self.model.weights_sha256, on_progress=self.on_progress,
            on_notice=self.on_notice if self.first else _without_skipped(self.on_notice),
            should_stop=self.should_stop, workers=request.num_workers,
            dims=request.dims,
        )
        self.extractions.append(extraction)
        if self.cluster is not None and self.cluster.message is not None:  # the result names the cluster it ran on
            self.session.description, self.session.message = str(self.cluster.description), self.cluster.message
        summary = SideSummary(
            source=str(path),
            n_images=extraction.n_images,
            skipped=list(discovery.skipped) + extraction.skipped,
            converted=dict(extraction.notes),
            from_cache=extraction.n_from_cache,
            n_duplicates=extraction.n_duplicates,
            n_upsampled=extraction.n_upsampled,
            n_from_subfolders=count_in_subfolders(discovery.files, path)
            - count_in_subfolders([Path(item.path) for item in extraction.skipped], path),
        )
        if extraction.statistics.n < 2:
            raise FidguiError(too_few_images(side, path, extraction.statistics.n, summary.skipped))
        statistics = extraction.statistics.to_statistics(mode=self.mode, model_sha256=self.model.weights_sha256,
                                                         encoder=self.encoder.name)
        if self.cache is not None:
            self.cache.folder_statistics_put(self._folder_key(fingerprint), statistics, _summary_record(summary))
        self._side_warnings(side, summary)
        return SideOutcome(summary, statistics, extraction)

    def _cached_folder(self, side: Side, path: Path, fingerprint: str, total: int) -> SideOutcome | None:
        """An unchanged folder's statistics, when only they are needed: no decoding, no network."""
        if self.cache is None or self.per_image:
            return None
        record = self.cache.folder_record_get(self._folder_key(fingerprint))
        if record is None:
            return None
        summary = _summary_from_record(path, record.summary)
        if self.on_progress is not None:
            self.on_progress(Progress(side, total, total, 0.0, 0.0, stage="from cache", encoder=self.encoder.name))
        self._side_warnings(side, summary)
        return SideOutcome(summary, record.statistics, None)

    def _folder_key(self, fingerprint: str) -> FolderKey:
        encoder, request = self.encoder, self.request
        return FolderKey(fingerprint, encoder.name, encoder.statistics_output, self.model.weights_sha256,
                         self.mode, request.decode)

    def _side_warnings(self, side: Side, summary: SideSummary) -> None:
        if self.first:  # what is true of the files, said once whatever the number of networks
            for text in describe_notes(summary.converted, self.request.decode):
                self.warn(Notice("conversion", side_images=side_images(side), note=as_message(text)))
            if summary.n_duplicates:
                self.warn(duplicate_warning(summary.n_duplicates, side))
        if summary.n_upsampled:
            self.warn(upsampling_warning(summary.n_upsampled, side, self.encoder.input_size, self.encoder.name,
                                         self.metric_label))
        if summary.n_from_subfolders:
            self.warn(Notice("from_subfolders", count=summary.n_from_subfolders, total=summary.n_images,
                             side_images=side_images(side)))
