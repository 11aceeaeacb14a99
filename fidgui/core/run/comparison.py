"""One comparison from request to result: the single entry point of the window, the CLI and the Python API.

Each side is either a folder (read through the network) or a saved statistics file. Both sides are
checked first (:mod:`inputs`), so a bad second side never costs the reading of the first. The network
is loaded only when an image actually needs it, and two statistics files need no model at all: saved
statistics, a folder whose statistics are in the feature cache, and images whose features are cached
all cost no model time.

The chosen metrics decide which networks run (:mod:`encoder_plan`): each side is read once per network,
in that network's mode, by one :class:`SideReader` each; the first network's reading gives the result's
side summaries, mode and model, and every metric records its own network in ``metric_encoders``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from fidgui.core.base.comparison_types import (
    ComparisonRequest,
    ComparisonResult,
    Notice,
    NoticeCallback,
    PerImageFeatures,
    ProgressCallback,
    Side,
    SideSummary,
    StopCheck,
)
from fidgui.core.base.errors import FidguiError
from fidgui.core.base.stopping import stop_if_asked
from fidgui.core.encoders.protocol import ModelFile
from fidgui.core.encoders.registry import DEFAULT_ENCODER, get_encoder
from fidgui.core.metrics.registry import SideInputs
from fidgui.core.run.encoder_plan import EncoderPlan, mode_for, plan_encoders, sides_to_read
from fidgui.core.report.notice_order import information_last
from fidgui.core.run.inputs import STATISTICS_SUFFIX, CheckedSide, check_request, encoder_for_request, \
    same_input_notice
from fidgui.core.run.metrics_phase import compute_metrics, side_inputs
from fidgui.core.run.sessions import SessionCache
from fidgui.core.run.side_reading import Reading, SideOutcome, SideReader, StatisticsOnlyModel
from fidgui.core.run.statistics_side import (
    encoder_count_warnings,
    provenance_notice,
    side_count_warnings,
    statistics_summary,
)
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.stores.feature_cache import FeatureCache

__all__ = ["STATISTICS_SUFFIX", "compute_statistics", "run_comparison"]


def _model_for(plan: EncoderPlan, sides: list[CheckedSide]) -> ModelFile:
    """The encoder's model; for statistics files only, what the files say about theirs (nothing is loaded)."""
    encoder = plan.encoder
    if any(side.statistics is None for side in sides):
        return encoder.resolve_model(plan.explicit_model)
    hashes = {s.statistics.model_sha256 for s in sides if s.statistics is not None} - {None}
    if len(hashes) > 1:
        found, other = sorted(hashes)  # type: ignore[type-var]
        raise FidguiError("statistics_model_differs", name=sides[-1].path.name, found=str(found)[:12],
                          model=str(other)[:12])
    known = str(next(iter(hashes))) if hashes else ""
    standard = {weights.sha256 for weights in encoder.standard_weights}
    return StatisticsOnlyModel(Path(""), known, known, not known or known in standard)


@dataclass
class _Step:
    """One encoder's part of a comparison: its plan, the sides it reads, its reader and what it read."""

    plan: EncoderPlan
    sides: list[Side]
    refused: dict[str, FidguiError]
    reader: SideReader | None = None
    outcomes: dict[str, SideOutcome] = field(default_factory=dict)


def _steps(request: ComparisonRequest, sides: dict[Side, CheckedSide]) -> list[_Step]:
    """Every encoder's plan and the sides it reads. A metric whose side is another network's statistics file
    is skipped with a notice (FID too, when another metric can still be computed); when no chosen metric
    can be computed at all, the run is refused at once with the reason."""
    steps = []
    for plan in plan_encoders(request):
        wanted, refused = sides_to_read(plan, sides)
        steps.append(_Step(plan, wanted, refused))
    chosen_count = sum(len(step.plan.metrics) for step in steps)
    refusals = [error for step in steps for error in step.refused.values()]
    if refusals and len(refusals) == chosen_count:
        raise refusals[0]
    return steps


def run_comparison(
    request: ComparisonRequest,
    on_progress: ProgressCallback | None = None,
    on_notice: NoticeCallback | None = None,
    should_stop: StopCheck | None = None,
    cache: FeatureCache | None = None,
    sessions: SessionCache | None = None,
) -> ComparisonResult:
    """Compare the two sides of ``request``; raises Cancelled or FidguiError with a code.

    Each side is read once per encoder that the chosen metrics need (Inception for FID, DINOv2 for
    FD_DINOv2, ...), each in its own mode; every model is found before the first image is read."""
    started = time.perf_counter()
    _, real, generated = check_request(request)
    sides: dict[Side, CheckedSide] = {"real": real, "generated": generated}
    steps = _steps(request, sides)
    models = [_model_for(step.plan, [sides[side] for side in step.sides]) if step.sides else None for step in steps]
    shared: list[Notice] | None = None
    try:
        for step, model in zip(steps, models):
            if model is None:
                continue
            reading = Reading(step.plan.mode, step.plan.metric_ids(), request.keep_features and shared is None, shared)
            step.reader = SideReader(request, step.plan.encoder, model, cache, on_progress, on_notice, should_stop,
                                     sessions, reading=reading)
            shared = step.reader.warnings
        first = next(step.reader for step in steps if step.reader is not None)
        for step, model in zip(steps, models):  # said on every result, not only in the window's banner
            if model is None or model.is_standard:
                continue
            if step.plan.name == DEFAULT_ENCODER:
                first.warn(Notice("model_not_standard", path=str(model.path), sha256=model.weights_sha256))
            else:
                first.warn(Notice("encoder_model_not_standard", network=step.plan.name, path=str(model.path),
                                  sha256=model.weights_sha256))
        for notice in (same_input_notice(real, generated), provenance_notice(real), provenance_notice(generated)):
            if notice is not None:
                first.warn(notice)
        return _compare(request, steps, sides, started)
    finally:
        for step in steps:
            if step.reader is not None:
                step.reader.close()


def _compare(request: ComparisonRequest, steps: list[_Step], sides: dict[Side, CheckedSide],
             started: float) -> ComparisonResult:
    read = [step for step in steps if step.reader is not None]
    for step in read:
        assert step.reader is not None
        for side in step.sides:
            step.outcomes[side] = step.reader.side(side, sides[side])
    main = read[0]
    reader = main.reader
    assert reader is not None
    summaries = {side: _summary(side, read, sides[side]) for side in ("real", "generated")}
    _count_warnings(read, summaries, reader.warn)
    running = next((step.reader for step in read if step.reader is not None and step.reader.session.used), reader)
    result = ComparisonResult(
        fid=None,
        real=summaries["real"],
        generated=summaries["generated"],
        mode=main.plan.mode,
        decode=request.decode,
        model_sha256=reader.model.weights_sha256,
        model_is_standard=reader.model.is_standard,
        device=running.session.description,
        device_message=running.session.message,
        seconds=0.0,
        warnings=reader.warnings,
        settings=_settings(request, reader),
    )
    if request.keep_features and all(side in main.outcomes for side in ("real", "generated")):
        result.per_image = _per_image(main.outcomes["real"], main.outcomes["generated"])
    by_encoder, refused = {}, {}
    for step in steps:
        refused.update(step.refused)
        if step.reader is not None:
            by_encoder[step.plan.name] = tuple(_inputs(step, side, sides[side]) for side in ("real", "generated"))
            for metric in step.plan.metrics:
                if metric.id not in step.refused:
                    result.metric_encoders[metric.id] = {
                        "encoder": step.plan.name, "mode": step.plan.mode,
                        "model_sha256": step.reader.model.weights_sha256,
                        "model_is_standard": step.reader.model.is_standard,
                    }
    from_statistics = [side for side in ("real", "generated") if summaries[side].from_statistics]
    compute_metrics(request, None, None, result, reader.warn, reader.should_stop, reader.on_progress,
                    from_statistics, by_encoder=by_encoder, refused=refused)  # type: ignore[arg-type]
    stop_if_asked(reader.should_stop)  # a cancel at the very end still means nothing is written
    if request.save_stats_prefix is not None:
        for step in read:
            _save_statistics(request.save_stats_prefix, step, step is main)
    result.warnings = information_last(result.warnings)  # what bears on the figures first
    result.seconds = time.perf_counter() - started
    return result


def _settings(request: ComparisonRequest, reader: SideReader) -> dict[str, object]:
    model = reader.model
    return {
        "batch_size": request.batch_size,
        "device_requested": request.device,
        "encoder": reader.encoder.name,
        "dims": reader.encoder.feature_width,
        "top_level_only": request.top_level_only,
        "encoder_modes": list(request.encoder_modes),
        "metrics": list(request.metrics),
        "model_path": str(model.path) if str(model.path) != "." else "",
        "kid_subset_size": request.kid_subset_size,
        "kid_subsets": request.kid_subsets,
        "seed": request.seed,
        "isc_splits": request.isc_splits,
        "nearest_k": request.nearest_k,
        "num_workers": request.num_workers,
        **({"cluster": request.cluster} if request.cluster else {}),
    }


def _summary(side: Side, read: list[_Step], checked: CheckedSide) -> SideSummary:
    """What was read on a side: as the first encoder that read it found it (files are the same for all)."""
    for step in read:
        if side in step.outcomes:
            return step.outcomes[side].summary
    return statistics_summary(checked)  # a side no encoder needed: only another network's statistics file


def _inputs(step: _Step, side: Side, checked: CheckedSide) -> SideInputs | None:
    """What the side offers this encoder's metrics; a side it did not read offers only its file's statistics,
    which no metric of this encoder reads (those that would were refused)."""
    if side in step.outcomes:
        outcome = step.outcomes[side]
        return side_inputs(outcome.statistics, outcome.extraction)
    return SideInputs(checked.statistics) if checked.statistics is not None else None


def _count_warnings(read: list[_Step], summaries: dict[str, SideSummary], warn: NoticeCallback) -> None:
    """The sample-size warnings: all of them for the first encoder, the rank warning per encoder after it
    (each with its own width, naming its metric), for encoders whose metrics read statistics."""
    counts = [summary.n_images if summary.count_known else None for summary in summaries.values()]
    for index, step in enumerate(read):
        if len(step.outcomes) < 2:
            continue
        notices = side_count_warnings(step.outcomes["real"].statistics, counts[0],
                                      step.outcomes["generated"].statistics, counts[1], step.plan.encoder.feature_width,
                                      step.plan.encoder.feature_widths)
        for notice in encoder_count_warnings(notices, step.plan, first=index == 0):
            warn(notice)


def _save_statistics(prefix: Path, step: _Step, main: bool) -> None:
    """PREFIX_real.npz and PREFIX_generated.npz for the first encoder, PREFIX_<encoder>_real.npz for the others."""
    prefix, reader = Path(prefix), step.reader
    assert reader is not None
    stem = prefix.name if main else f"{prefix.name}_{step.plan.name}"
    for side, outcome in step.outcomes.items():
        if not outcome.summary.from_statistics:
            try:  # a full disk or an unwritable folder must not cost the figures just computed
                outcome.statistics.save(prefix.with_name(f"{stem}_{side}.npz"))
            except FidguiError as error:
                reader.warn(Notice("stats_not_saved", error.message))  # front ends report it, then exit non-zero


def _per_image(real: SideOutcome, generated: SideOutcome) -> dict[Side, PerImageFeatures]:
    """Both sides' used images and feature rows for the views, or nothing when a side kept none."""
    kept = {"real": real.extraction, "generated": generated.extraction}
    if any(extraction is None or extraction.features is None for extraction in kept.values()):
        return {}
    return {side: PerImageFeatures(item.paths, item.features) for side, item in kept.items()}  # type: ignore[union-attr,misc]


def compute_statistics(
    request: ComparisonRequest,
    on_progress: ProgressCallback | None = None,
    on_notice: NoticeCallback | None = None,
    should_stop: StopCheck | None = None,
    cache: FeatureCache | None = None,
    sessions: SessionCache | None = None,
    encoder: str | None = None,
) -> tuple[FeatureStatistics, SideSummary]:
    """The statistics of ``request.real`` alone (a reference to save); the same pipeline as a comparison.

    ``encoder`` names the network (by default the one ``request.mode`` belongs to), read in the mode the
    request names for it; the file records it, so statistics of different networks are never mixed."""
    if not Path(request.real).is_dir():
        raise FidguiError("not_a_folder", path=str(request.real))
    main = encoder_for_request(request)  # at the width asked for (--dims)
    chosen = main if encoder is None else get_encoder(encoder)
    mode = mode_for(request, chosen)
    model = chosen.resolve_model(request.model if chosen is main else None)
    reading = Reading(mode, ())  # statistics only: no metric's per-image rows are kept
    reader = SideReader(request, chosen, model, cache, on_progress, on_notice, should_stop, sessions, reading=reading)
    try:
        outcome = reader.side("real", Path(request.real))
    finally:
        reader.close()
    return outcome.statistics, outcome.summary
