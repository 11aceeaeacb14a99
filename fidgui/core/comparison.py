"""One comparison from request to result: the single entry point of the window and the CLI.

Each side is either a folder (read through the network) or a saved statistics file.
The network is loaded only when a folder needs it, so comparing two saved
statistics files costs no model time at all.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from fidgui.core.comparison_types import (
    MODES,
    ComparisonRequest,
    ComparisonResult,
    Notice,
    NoticeCallback,
    Progress,
    ProgressCallback,
    Side,
    SideSummary,
    StopCheck,
)
from fidgui.core.decoding import describe_notes
from fidgui.core.discovery import discover_images
from fidgui.core.errors import FidguiError, SkippedFile
from fidgui.core.extraction import Extraction, extract_features
from fidgui.core.frechet import statistics_to_fid
from fidgui.core.inception_score import inception_score
from fidgui.core.inference import InceptionSession
from fidgui.core.kid import kernel_inception_distance
from fidgui.core.model_store import resolve_model_for_run
from fidgui.core.sample_warnings import duplicate_warning, sample_size_warnings, upsampling_warning
from fidgui.core.statistics import FeatureStatistics

STATISTICS_SUFFIX = ".npz"


@dataclass
class _SideOutcome:
    summary: SideSummary
    statistics: FeatureStatistics
    extraction: Extraction | None


def _check_request(request: ComparisonRequest) -> None:
    if request.mode not in MODES:
        raise FidguiError(f"Unknown compatibility mode '{request.mode}'; choose one of: {', '.join(MODES)}.")
    if request.batch_size < 1:
        raise FidguiError("The batch size must be at least 1.")
    for side, path in (("real", request.real), ("generated", request.generated)):
        if not Path(path).exists():
            raise FidguiError(f"The {side} images were not found at {path}; check the folder and try again.")
    wants_per_image = {"kid", "is"} & set(request.metrics)
    uses_statistics = [p for p in (request.real, request.generated) if Path(p).suffix.lower() == STATISTICS_SUFFIX]
    if wants_per_image and uses_statistics:
        raise FidguiError(
            "KID and the Inception Score need the images themselves, not saved statistics; "
            "use image folders on both sides or compute only FID."
        )


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


def _load_statistics_side(path: Path, request: ComparisonRequest) -> _SideOutcome:
    statistics = FeatureStatistics.load(path)
    if statistics.mode is not None and statistics.mode != request.mode:
        raise FidguiError(
            f"The statistics in {path.name} were computed in '{statistics.mode}' mode, but this comparison uses "
            f"'{request.mode}'; FIDs from different modes cannot be mixed. Choose '{statistics.mode}' mode or "
            "recompute the statistics from the images."
        )
    summary = SideSummary(source=str(path), n_images=statistics.n or 0, from_statistics=True)
    return _SideOutcome(summary, statistics, None)


def run_comparison(
    request: ComparisonRequest,
    on_progress: ProgressCallback | None = None,
    on_notice: NoticeCallback | None = None,
    should_stop: StopCheck | None = None,
) -> ComparisonResult:
    """Compare the two sides of ``request``; raises Cancelled or FidguiError with a sentence."""
    started = time.perf_counter()
    _check_request(request)
    warnings: list[Notice] = []

    def warn(notice: Notice) -> None:
        warnings.append(notice)
        if on_notice is not None:
            on_notice(notice)

    model = resolve_model_for_run(request.model)
    model_hash = model.weights_sha256
    session: InceptionSession | None = None
    device = "none (both sides are saved statistics)"
    outcomes: dict[Side, _SideOutcome] = {}
    for side, path in (("real", Path(request.real)), ("generated", Path(request.generated))):
        if path.is_file() and path.suffix.lower() == STATISTICS_SUFFIX:
            outcomes[side] = _load_statistics_side(path, request)
            if outcomes[side].statistics.model_sha256 not in (None, model_hash):
                raise FidguiError(
                    f"The statistics in {path.name} were computed with a different model "
                    f"({outcomes[side].statistics.model_sha256[:12]}…) than this run's ({model_hash[:12]}…); "
                    "recompute them with the current model."
                )
            continue
        discovery = discover_images(path)
        if on_progress is not None:
            on_progress(Progress(side, 0, len(discovery.files), 0.0, None, stage="loading model" if session is None else "features"))
        if session is None:
            session = InceptionSession(model.path, device=request.device)
            device = session.device_description
            if session.fallback_reason:
                warn(Notice("device_fallback", session.fallback_reason))
        extraction = extract_features(
            discovery.files,
            session,
            side=side,
            mode=request.mode,
            decode=request.decode,
            batch_size=request.batch_size,
            keep_pool3="kid" in request.metrics,
            keep_logits="is" in request.metrics,
            on_progress=on_progress,
            on_notice=on_notice,
            should_stop=should_stop,
        )
        summary = SideSummary(
            source=str(path),
            n_images=extraction.n_images,
            skipped=list(discovery.skipped) + extraction.skipped,
            converted=dict(extraction.notes),
        )
        if extraction.statistics.n < 2:
            raise FidguiError(_too_few_images(side, path, extraction.statistics.n, summary.skipped))
        statistics = extraction.statistics.to_statistics(mode=request.mode, model_sha256=model_hash)
        outcomes[side] = _SideOutcome(summary, statistics, extraction)
        for text in describe_notes(dict(extraction.notes), request.decode):
            warn(Notice("conversion", f"{side.capitalize()} images: {text}"))
        if extraction.n_duplicates:
            warn(duplicate_warning(extraction.n_duplicates, side))
        if extraction.n_upsampled:
            warn(upsampling_warning(extraction.n_upsampled, side))

    real, generated = outcomes["real"], outcomes["generated"]
    for notice in sample_size_warnings(real.summary.n_images, generated.summary.n_images):
        warn(notice)
    fid = statistics_to_fid(real.statistics, generated.statistics)
    result = ComparisonResult(
        fid=fid,
        real=real.summary,
        generated=generated.summary,
        mode=request.mode,
        decode=request.decode,
        model_sha256=model_hash,
        model_is_standard=model.is_standard,
        device=device,
        seconds=0.0,
        warnings=warnings,
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
    _add_per_image_metrics(result, request, real.extraction, generated.extraction)
    if request.save_stats_prefix is not None:
        prefix = Path(request.save_stats_prefix)
        for side, outcome in outcomes.items():
            if outcome.extraction is not None:
                outcome.statistics.save(prefix.with_name(f"{prefix.name}_{side}.npz"))
    result.seconds = time.perf_counter() - started
    return result


def _add_per_image_metrics(
    result: ComparisonResult, request: ComparisonRequest, real: Extraction | None, generated: Extraction | None
) -> None:
    if real is None or generated is None:
        return
    if "kid" in request.metrics and real.pool3 is not None and generated.pool3 is not None:
        result.kid_mean, result.kid_std = kernel_inception_distance(
            real.pool3, generated.pool3, subsets=request.kid_subsets, subset_size=request.kid_subset_size,
            seed=request.seed,
        )
    if "is" in request.metrics and generated.logits_unbiased is not None:
        result.is_mean, result.is_std = inception_score(generated.logits_unbiased, seed=request.seed)
        if real.logits_unbiased is not None:
            result.is_real_mean, result.is_real_std = inception_score(real.logits_unbiased, seed=request.seed)
