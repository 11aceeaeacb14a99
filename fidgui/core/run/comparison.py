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
    MODES,
    PER_IMAGE_METRICS,
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
from fidgui.core.images.discovery import discover_images
from fidgui.core.base.errors import FidguiError, SkippedFile
from fidgui.core.extraction.pipeline import Extraction, extract_features
from fidgui.core.stores.feature_cache import FeatureCache, folder_fingerprint
from fidgui.core.metrics.fid_uncertainty import bootstrap_fid, fid_infinity
from fidgui.core.metrics.frechet import statistics_to_fid
from fidgui.core.encoders.inception.graph import ModelInfo
from fidgui.core.metrics.inception_score import inception_score
from fidgui.core.encoders.session import InceptionSession
from fidgui.core.run.sessions import SessionCache
from fidgui.core.metrics.kid import kernel_inception_distance
from fidgui.core.encoders.model_store import resolve_model_for_run
from fidgui.core.metrics.precision_recall import prdc
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

    def __init__(self, model: ModelInfo, device: str, warn: NoticeCallback, sessions: SessionCache | None) -> None:
        self._model, self._device, self._warn, self._sessions = model, device, warn, sessions
        self._session: InceptionSession | None = None
        self.description = "none (every image came from saved statistics or the feature cache)"

    def run(self, batch: np.ndarray) -> dict[str, np.ndarray]:
        if self._session is None:
            if self._sessions is not None:  # a long-lived front end keeps one session per model and device
                self._session = self._sessions.session(self._model.path, self._model.weights_sha256, self._device)
            else:
                self._session = InceptionSession(self._model.path, device=self._device)
            self.description = self._session.device_description
            if self._session.fallback_reason:
                self._warn(Notice("device_fallback", self._session.fallback_reason))
        return self._session.run(batch)


def _check_request(request: ComparisonRequest) -> None:
    if request.mode not in MODES:
        raise FidguiError(f"Unknown compatibility mode '{request.mode}'; choose one of: {', '.join(MODES)}.")
    if request.batch_size < 1:
        raise FidguiError("The batch size must be at least 1.")
    for side, path in (("real", request.real), ("generated", request.generated)):
        if not Path(path).exists():
            raise FidguiError(f"The {side} images were not found at {path}; check the folder and try again.")
    wants_per_image = PER_IMAGE_METRICS & set(request.metrics)
    uses_statistics = [p for p in (request.real, request.generated) if _is_statistics(Path(p))]
    if wants_per_image and uses_statistics:
        raise FidguiError(
            "KID, the Inception Score, precision and recall and the FID interval need the images themselves, not "
            "saved statistics; use image folders on both sides or compute only FID."
        )


def _is_statistics(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() == STATISTICS_SUFFIX


def _too_few_images(side: Side, path: Path, usable: int, skipped: list[SkippedFile]) -> str:
    sentence = (
        f"The {side} side has {usable} usable image{'' if usable == 1 else 's'} in {path}; FID needs at least 2 "
        "images on each side (and thousands for a trustworthy figure)."
    )
    if skipped:
        first = skipped[0]
        sentence += (
            f" {len(skipped)} file{' was' if len(skipped) == 1 else 's were'} skipped, for example "
            f"{Path(first.path).name}: {first.reason.rstrip('.')}."
        )
    return sentence + " Add images or choose another folder."


def _load_statistics_side(path: Path, request: ComparisonRequest, model_hash: str) -> _SideOutcome:
    statistics = FeatureStatistics.load(path)
    if statistics.mode is not None and statistics.mode != request.mode:
        raise FidguiError(
            f"The statistics in {path.name} were computed in '{statistics.mode}' mode, but this comparison uses "
            f"'{request.mode}'; FIDs from different modes cannot be mixed. Choose '{statistics.mode}' mode or "
            "recompute the statistics from the images."
        )
    if statistics.model_sha256 not in (None, model_hash):
        raise FidguiError(
            f"The statistics in {path.name} were computed with a different model "
            f"({statistics.model_sha256[:12]}…) than this run's ({model_hash[:12]}…); "
            "recompute them with the current model."
        )
    summary = SideSummary(source=str(path), n_images=statistics.n or 0, from_statistics=True)
    return _SideOutcome(summary, statistics, None)


def _summary_record(summary: SideSummary) -> dict[str, Any]:
    """What the folder cache keeps beside the statistics, so a cached side reports exactly as a computed one."""
    return {
        "n_images": summary.n_images,
        "skipped": [[item.path, item.reason] for item in summary.skipped],
        "converted": summary.converted,
        "n_duplicates": summary.n_duplicates,
        "n_upsampled": summary.n_upsampled,
    }


def _summary_from_record(source: Path, record: dict[str, Any]) -> SideSummary:
    return SideSummary(
        source=str(source),
        n_images=int(record["n_images"]),
        skipped=[SkippedFile(path, reason) for path, reason in record["skipped"]],
        converted={str(code): int(count) for code, count in record["converted"].items()},
        from_cache=int(record["n_images"]),
        n_duplicates=int(record["n_duplicates"]),
        n_upsampled=int(record["n_upsampled"]),
    )


class _Run:
    """The state of one comparison while it runs: warnings so far, the lazy network, the cache."""

    def __init__(
        self,
        request: ComparisonRequest,
        model: ModelInfo,
        cache: FeatureCache | None,
        on_progress: ProgressCallback | None,
        on_notice: NoticeCallback | None,
        should_stop: StopCheck | None,
        sessions: SessionCache | None = None,
    ) -> None:
        self.request, self.model, self.cache = request, model, cache
        self.on_progress, self.on_notice, self.should_stop = on_progress, on_notice, should_stop
        self.warnings: list[Notice] = []
        self.session = _LazySession(model, request.device, self.warn, sessions)
        self.per_image = bool(PER_IMAGE_METRICS & set(request.metrics)) or request.keep_features
        for text in cache.notices if cache is not None else []:
            self.warn(Notice("feature_cache", text))

    def warn(self, notice: Notice) -> None:
        self.warnings.append(notice)
        if self.on_notice is not None:
            self.on_notice(notice)

    def side(self, side: Side, path: Path) -> _SideOutcome:
        if _is_statistics(path):
            return _load_statistics_side(path, self.request, self.model.weights_sha256)
        request = self.request
        discovery = discover_images(path)
        fingerprint = folder_fingerprint(discovery.files, path) if self.cache is not None else ""
        cached = self._cached_folder(side, path, fingerprint, len(discovery.files))
        if cached is not None:
            return cached
        extraction = extract_features(
            discovery.files,
            self.session,
            side=side,
            mode=request.mode,
            decode=request.decode,
            batch_size=request.batch_size,
            keep_pool3=self.per_image,
            keep_logits="is" in request.metrics,
            cache=self.cache,
            model_sha256=self.model.weights_sha256,
            on_progress=self.on_progress,
            on_notice=self.on_notice,
            should_stop=self.should_stop,
        )
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
            self.cache.folder_statistics_put(
                fingerprint, self.model.weights_sha256, request.mode, request.decode, statistics, _summary_record(summary)
            )
        self._side_warnings(side, summary)
        return _SideOutcome(summary, statistics, extraction)

    def _cached_folder(self, side: Side, path: Path, fingerprint: str, total: int) -> _SideOutcome | None:
        """An unchanged folder's statistics, when only they are needed: no decoding, no network."""
        if self.cache is None or self.per_image:
            return None
        record = self.cache.folder_record_get(fingerprint, self.model.weights_sha256, self.request.mode, self.request.decode)
        if record is None:
            return None
        summary = _summary_from_record(path, record.summary)
        if self.on_progress is not None:
            self.on_progress(Progress(side, total, total, 0.0, 0.0, stage="from cache"))
        self._side_warnings(side, summary)
        return _SideOutcome(summary, record.statistics, None)

    def _side_warnings(self, side: Side, summary: SideSummary) -> None:
        for text in describe_notes(summary.converted, self.request.decode):
            self.warn(Notice("conversion", f"{side.capitalize()} images: {text}"))
        if summary.n_duplicates:
            self.warn(duplicate_warning(summary.n_duplicates, side))
        if summary.n_upsampled:
            self.warn(upsampling_warning(summary.n_upsampled, side))


def run_comparison(
    request: ComparisonRequest,
    on_progress: ProgressCallback | None = None,
    on_notice: NoticeCallback | None = None,
    should_stop: StopCheck | None = None,
    cache: FeatureCache | None = None,
    sessions: SessionCache | None = None,
) -> ComparisonResult:
    """Compare the two sides of ``request``; raises Cancelled or FidguiError with a sentence."""
    started = time.perf_counter()
    _check_request(request)
    model = resolve_model_for_run(request.model)
    run = _Run(request, model, cache, on_progress, on_notice, should_stop, sessions)
    real = run.side("real", Path(request.real))
    generated = run.side("generated", Path(request.generated))
    for notice in sample_size_warnings(real.summary.n_images, generated.summary.n_images):
        run.warn(notice)
    result = ComparisonResult(
        fid=statistics_to_fid(real.statistics, generated.statistics),
        real=real.summary,
        generated=generated.summary,
        mode=request.mode,
        decode=request.decode,
        model_sha256=model.weights_sha256,
        model_is_standard=model.is_standard,
        device=run.session.description,
        seconds=0.0,
        warnings=run.warnings,
        settings={
            "batch_size": request.batch_size,
            "device_requested": request.device,
            "metrics": list(request.metrics),
            "model_path": str(model.path),
            "kid_subset_size": request.kid_subset_size,
            "kid_subsets": request.kid_subsets,
            "seed": request.seed,
        },
    )
    _add_per_image_metrics(result, request, real, generated, run.warn)
    if request.save_stats_prefix is not None:
        prefix = Path(request.save_stats_prefix)
        for side, outcome in (("real", real), ("generated", generated)):
            if not outcome.summary.from_statistics:
                outcome.statistics.save(prefix.with_name(f"{prefix.name}_{side}.npz"))
    result.seconds = time.perf_counter() - started
    return result


def _add_per_image_metrics(
    result: ComparisonResult,
    request: ComparisonRequest,
    real_side: _SideOutcome,
    generated_side: _SideOutcome,
    warn: NoticeCallback,
) -> None:
    """The metrics asked for beyond FID; one that cannot be computed here says why and leaves the others be."""
    real, generated = real_side.extraction, generated_side.extraction
    if real is None or generated is None or real.pool3 is None or generated.pool3 is None:
        return
    if request.keep_features:
        result.per_image = {
            "real": PerImageFeatures(real.paths, real.pool3),
            "generated": PerImageFeatures(generated.paths, generated.pool3),
        }
    metrics = set(request.metrics)
    real_pool3, generated_pool3 = real.pool3, generated.pool3

    def kid() -> None:
        result.kid_mean, result.kid_std = kernel_inception_distance(
            real_pool3, generated_pool3, subsets=request.kid_subsets, subset_size=request.kid_subset_size,
            seed=request.seed,
        )

    def score() -> None:
        if generated.logits_unbiased is not None and real.logits_unbiased is not None:
            result.is_mean, result.is_std = inception_score(generated.logits_unbiased, seed=request.seed)
            result.is_real_mean, result.is_real_std = inception_score(real.logits_unbiased, seed=request.seed)

    def precision_recall() -> None:
        scores = prdc(real_pool3, generated_pool3)
        result.precision, result.recall = scores.precision, scores.recall
        result.density, result.coverage = scores.density, scores.coverage

    def interval() -> None:
        bounds = bootstrap_fid(real_pool3, generated_pool3, seed=request.seed)
        result.fid_low, result.fid_high = bounds.low, bounds.high

    def infinity() -> None:
        statistics = real_side.statistics
        result.fid_infinity = fid_infinity(statistics.mu, statistics.sigma, generated_pool3, seed=request.seed).value

    steps = {"kid": (kid, "KID"), "is": (score, "The Inception Score"), "prdc": (precision_recall, "Precision and recall"),
             "fid_interval": (interval, "The FID interval"), "fid_infinity": (infinity, "FID-infinity")}
    for metric, (compute, name) in steps.items():
        if metric in metrics:
            try:
                compute()
            except FidguiError as error:
                warn(Notice("metric_skipped", f"{name} was not computed: {error}"))


def compute_statistics(
    request: ComparisonRequest,
    on_progress: ProgressCallback | None = None,
    on_notice: NoticeCallback | None = None,
    should_stop: StopCheck | None = None,
    cache: FeatureCache | None = None,
    sessions: SessionCache | None = None,
) -> tuple[FeatureStatistics, SideSummary]:
    """The statistics of ``request.real`` alone (a reference to save); the same pipeline as a comparison."""
    if not Path(request.real).is_dir():
        raise FidguiError(f"{request.real} is not a folder; choose the folder of images to describe.")
    model = resolve_model_for_run(request.model)
    run = _Run(request, model, cache, on_progress, on_notice, should_stop, sessions)
    outcome = run.side("real", Path(request.real))
    return outcome.statistics, outcome.summary
