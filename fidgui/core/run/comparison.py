"""One comparison from request to result: the single entry point of the window and the CLI.

Each side is either a folder (read through the network) or a saved statistics file.
The network is loaded only when an image actually needs it: saved statistics, a
folder whose statistics are in the feature cache, and images whose features are
cached all cost no model time at all.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from fidgui.core.base.comparison_types import (
    ComparisonRequest,
    ComparisonResult,
    Notice,
    NoticeCallback,
    PerImageFeatures,
    Progress,
    ProgressCallback,
    Side,
    SideSummary,
    StopCheck,
)
from fidgui.core.images.decoding import describe_notes
from fidgui.core.images.discovery import discover_images, folder_fingerprint
from fidgui.core.base.errors import (
    Cancelled,
    FidguiError,
    Message,
    SkippedFile,
    as_message,
    message_from_dict,
    message_to_dict,
    side_images,
    side_word,
)
from fidgui.core.extraction.pipeline import Extraction, extract_features
from fidgui.core.stores.feature_cache import FeatureCache, FolderKey
from fidgui.core.encoders.protocol import Encoder, ModelFile
from fidgui.core.encoders.registry import encoder_for_mode
from fidgui.core.encoders.session import InceptionSession
from fidgui.core.run.metrics_phase import compute_metrics, per_image_metrics, side_inputs, wants_logits
from fidgui.core.report.sample_warnings import duplicate_warning, sample_size_warnings, upsampling_warning
from fidgui.core.statistics.running import FeatureStatistics

STATISTICS_SUFFIX = ".npz"


@dataclass
class _SideOutcome:
    summary: SideSummary
    statistics: FeatureStatistics
    extraction: Extraction | None


class _LazySession:
    """The network, loaded on the first batch that needs it, so cached runs never pay for it."""

    def __init__(
        self, model: ModelFile, device: str, warn: NoticeCallback, on_progress: ProgressCallback | None
    ) -> None:
        self._model, self._device, self._warn, self._on_progress = model, device, warn, on_progress
        self._session: InceptionSession | None = None
        self.side: Side = "real"  # the side being read and its number of files, for the "loading model" report
        self.total = 0
        self.description = "none (every image came from saved statistics or the feature cache)"  # stable key
        self.message = Message("device_none")

    def run(self, batch: np.ndarray, should_stop: StopCheck | None = None) -> dict[str, np.ndarray]:
        if self._session is None:
            if self._on_progress is not None:
                self._on_progress(Progress(self.side, 0, self.total, 0.0, None, stage="loading model"))
            self._session = InceptionSession(self._model.path, device=self._device)
            self.description = self._session.device_description
            self.message = self._session.device_message
            if self._session.fallback_reason is not None:
                self._warn(Notice("device_fallback", self._session.fallback_reason))
        return self._session.run(batch, should_stop=should_stop)

    def close(self) -> None:
        if self._session is not None:
            self._session.close()


def _check_request(request: ComparisonRequest) -> Encoder:
    """Refuse what cannot run; return the encoder the request's mode belongs to."""
    encoder = encoder_for_mode(request.mode)
    if request.batch_size < 1:
        raise FidguiError("batch_size_too_small")
    for side, path in (("real", request.real), ("generated", request.generated)):
        if not Path(path).exists():
            raise FidguiError("side_not_found", side=side_word(side), path=str(path))
    wants_per_image = per_image_metrics(request.metrics)
    uses_statistics = [p for p in (request.real, request.generated) if _is_statistics(Path(p))]
    if wants_per_image and uses_statistics:
        raise FidguiError("metrics_need_images")
    return encoder


def _is_statistics(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() == STATISTICS_SUFFIX


def _too_few_images(side: Side, path: Path, usable: int, skipped: list[SkippedFile]) -> Message:
    """Why a side cannot be used, naming one skipped file (and its reason) when files were left out."""
    params = {"side": side_word(side), "count": usable, "path": str(path)}
    if not skipped:
        return Message("too_few_images", params)
    first = skipped[0]
    return Message(
        "too_few_images_skipped", {**params, "skipped": len(skipped), "name": Path(first.path).name, "reason": first.reason}
    )


def _load_statistics_side(path: Path, request: ComparisonRequest, model_hash: str, encoder: Encoder) -> _SideOutcome:
    statistics = FeatureStatistics.load(path)
    if statistics.mu.size != encoder.feature_width:
        raise FidguiError("statistics_width_mismatch", name=path.name, width=statistics.mu.size,
                          expected=encoder.feature_width, encoder=encoder.name)
    if statistics.mode is not None and statistics.mode != request.mode:
        raise FidguiError("statistics_mode_differs", name=path.name, found=statistics.mode, mode=request.mode)
    if statistics.model_sha256 not in (None, model_hash):
        raise FidguiError(
            "statistics_model_differs", name=path.name, found=statistics.model_sha256[:12], model=model_hash[:12]
        )
    summary = SideSummary(source=str(path), n_images=statistics.n or 0, from_statistics=True)
    return _SideOutcome(summary, statistics, None)


def _summary_record(summary: SideSummary) -> dict[str, Any]:
    """What the folder cache keeps beside the statistics, so a cached side reports exactly as a computed one."""
    return {
        "n_images": summary.n_images,
        "skipped": [[item.path, message_to_dict(item.reason)] for item in summary.skipped],
        "converted": summary.converted,
        "n_duplicates": summary.n_duplicates,
        "n_upsampled": summary.n_upsampled,
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
    )


def _stored_reason(reason: Any) -> Message:
    """A skipped file's reason as the folder cache kept it: a message, or a sentence from before codes."""
    return message_from_dict(reason) if isinstance(reason, dict) else as_message(str(reason))


class _Run:
    """The state of one comparison while it runs: warnings so far, the lazy network, the cache."""

    def __init__(
        self,
        request: ComparisonRequest,
        encoder: Encoder,
        model: ModelFile,
        cache: FeatureCache | None,
        on_progress: ProgressCallback | None,
        on_notice: NoticeCallback | None,
        should_stop: StopCheck | None,
    ) -> None:
        self.request, self.encoder, self.model, self.cache = request, encoder, model, cache
        self.on_progress, self.on_notice, self.should_stop = on_progress, on_notice, should_stop
        self.warnings: list[Notice] = []
        self.extractions: list[Extraction] = []
        self.session = _LazySession(model, request.device, self.warn, on_progress)
        self.per_image = bool(per_image_metrics(request.metrics)) or request.keep_features
        for text in cache.notices if cache is not None else []:
            self.warn(Notice("feature_cache", as_message(text)))

    def close(self) -> None:
        """Give back the network session and the per-image buffers (temporary files past the memory limit)."""
        self.session.close()
        for extraction in self.extractions:
            extraction.close()

    def warn(self, notice: Notice) -> None:
        self.warnings.append(notice)
        if self.on_notice is not None:
            self.on_notice(notice)

    def side(self, side: Side, path: Path) -> _SideOutcome:
        if _is_statistics(path):
            return _load_statistics_side(path, self.request, self.model.weights_sha256, self.encoder)
        request = self.request
        discovery = discover_images(path)
        fingerprint = folder_fingerprint(discovery.files, path) if self.cache is not None else ""
        cached = self._cached_folder(side, path, fingerprint, len(discovery.files))
        if cached is not None:
            return cached
        self.session.side, self.session.total = side, len(discovery.files)
        extraction = extract_features(
            discovery.files,
            self.session,
            side=side,
            mode=request.mode,
            decode=request.decode,
            batch_size=request.batch_size,
            keep_features=self.per_image,
            keep_class_scores=wants_logits(request.metrics),
            cache=self.cache,
            model_sha256=self.model.weights_sha256,
            on_progress=self.on_progress,
            on_notice=self.on_notice,
            should_stop=self.should_stop,
        )
        self.extractions.append(extraction)
        summary = SideSummary(
            source=str(path),
            n_images=extraction.n_images,
            skipped=list(discovery.skipped) + extraction.skipped,
            converted=dict(extraction.notes),
            from_cache=extraction.n_from_cache,
            n_duplicates=extraction.n_duplicates,
            n_upsampled=extraction.n_upsampled,
        )
        if extraction.statistics.n < 2:
            raise FidguiError(_too_few_images(side, path, extraction.statistics.n, summary.skipped))
        statistics = extraction.statistics.to_statistics(mode=request.mode, model_sha256=self.model.weights_sha256)
        if self.cache is not None:
            self.cache.folder_statistics_put(self._folder_key(fingerprint), statistics, _summary_record(summary))
        self._side_warnings(side, summary)
        return _SideOutcome(summary, statistics, extraction)

    def _cached_folder(self, side: Side, path: Path, fingerprint: str, total: int) -> _SideOutcome | None:
        """An unchanged folder's statistics, when only they are needed: no decoding, no network."""
        if self.cache is None or self.per_image:
            return None
        record = self.cache.folder_record_get(self._folder_key(fingerprint))
        if record is None:
            return None
        summary = _summary_from_record(path, record.summary)
        if self.on_progress is not None:
            self.on_progress(Progress(side, total, total, 0.0, 0.0, stage="from cache"))
        self._side_warnings(side, summary)
        return _SideOutcome(summary, record.statistics, None)

    def _folder_key(self, fingerprint: str) -> FolderKey:
        encoder, request = self.encoder, self.request
        return FolderKey(fingerprint, encoder.name, encoder.statistics_output, self.model.weights_sha256,
                         request.mode, request.decode)

    def _side_warnings(self, side: Side, summary: SideSummary) -> None:
        for note in describe_notes(summary.converted, self.request.decode):
            self.warn(Notice("conversion", side_images=side_images(side), note=note))
        if summary.n_duplicates:
            self.warn(duplicate_warning(summary.n_duplicates, side))
        if summary.n_upsampled:
            self.warn(upsampling_warning(summary.n_upsampled, side, self.encoder.input_size))


def run_comparison(
    request: ComparisonRequest,
    on_progress: ProgressCallback | None = None,
    on_notice: NoticeCallback | None = None,
    should_stop: StopCheck | None = None,
    cache: FeatureCache | None = None,
) -> ComparisonResult:
    """Compare the two sides of ``request``; raises Cancelled or FidguiError with a sentence."""
    started = time.perf_counter()
    encoder = _check_request(request)
    model = encoder.resolve_model(request.model)
    run = _Run(request, encoder, model, cache, on_progress, on_notice, should_stop)
    try:
        return _compare(request, run, started)
    finally:
        run.close()


def _stop_here(should_stop: StopCheck | None) -> None:
    if should_stop is not None and should_stop():
        raise Cancelled()


def _compare(request: ComparisonRequest, run: _Run, started: float) -> ComparisonResult:
    model = run.model
    real = run.side("real", Path(request.real))
    generated = run.side("generated", Path(request.generated))
    for notice in sample_size_warnings(real.summary.n_images, generated.summary.n_images, run.encoder.feature_width):
        run.warn(notice)
    result = ComparisonResult(
        fid=None,
        real=real.summary,
        generated=generated.summary,
        mode=request.mode,
        decode=request.decode,
        model_sha256=model.weights_sha256,
        model_is_standard=model.is_standard,
        device=run.session.description,
        device_message=run.session.message,
        seconds=0.0,
        warnings=run.warnings,
        settings={
            "batch_size": request.batch_size,
            "device_requested": request.device,
            "encoder": run.encoder.name,
            "metrics": list(request.metrics),
            "model_path": str(model.path),
            "kid_subset_size": request.kid_subset_size,
            "kid_subsets": request.kid_subsets,
            "seed": request.seed,
        },
    )
    if request.keep_features:
        result.per_image = _per_image(real, generated)
    inputs = side_inputs(real.statistics, real.extraction), side_inputs(generated.statistics, generated.extraction)
    compute_metrics(request, *inputs, result, run.warn, run.should_stop, run.on_progress)
    _stop_here(run.should_stop)  # a cancel at the very end still means nothing is written
    if request.save_stats_prefix is not None:
        prefix = Path(request.save_stats_prefix)
        for side, outcome in (("real", real), ("generated", generated)):
            if not outcome.summary.from_statistics:
                try:  # a full disk or an unwritable folder must not cost the figures just computed
                    outcome.statistics.save(prefix.with_name(f"{prefix.name}_{side}.npz"))
                except FidguiError as error:
                    run.warn(Notice("stats_not_saved", error.message))  # front ends report it, then exit non-zero
    result.seconds = time.perf_counter() - started
    return result


def _per_image(real: _SideOutcome, generated: _SideOutcome) -> dict[Side, PerImageFeatures]:
    """Both sides' used images and feature rows for the views, or nothing when a side kept none."""
    kept = {"real": real.extraction, "generated": generated.extraction}
    if any(extraction is None or extraction.pool3 is None for extraction in kept.values()):
        return {}
    return {side: PerImageFeatures(item.paths, item.pool3) for side, item in kept.items()}  # type: ignore[union-attr,misc]


def compute_statistics(
    request: ComparisonRequest,
    on_progress: ProgressCallback | None = None,
    on_notice: NoticeCallback | None = None,
    should_stop: StopCheck | None = None,
    cache: FeatureCache | None = None,
) -> tuple[FeatureStatistics, SideSummary]:
    """The statistics of ``request.real`` alone (a reference to save); the same pipeline as a comparison."""
    if not Path(request.real).is_dir():
        raise FidguiError("not_a_folder", path=str(request.real))
    encoder = encoder_for_mode(request.mode)
    run = _Run(request, encoder, encoder.resolve_model(request.model), cache, on_progress, on_notice, should_stop)
    try:
        outcome = run.side("real", Path(request.real))
    finally:
        run.close()
    return outcome.statistics, outcome.summary
