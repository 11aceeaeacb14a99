"""One comparison from request to result: the single entry point of the window, the CLI and the Python API.

Each side is either a folder (read through the network) or a saved statistics file. Both sides are
checked first (:mod:`inputs`), so a bad second side never costs the reading of the first. The network
is loaded only when an image actually needs it, and two statistics files need no model at all: saved
statistics, a folder whose statistics are in the feature cache, and images whose features are cached
all cost no model time.
"""

from __future__ import annotations

import time
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
from fidgui.core.encoders.protocol import Encoder, ModelFile
from fidgui.core.report.notice_order import information_last
from fidgui.core.run.inputs import STATISTICS_SUFFIX, CheckedSide, check_request, encoder_for_request, \
    same_input_notice
from fidgui.core.run.metrics_phase import compute_metrics, side_inputs
from fidgui.core.run.sessions import SessionCache
from fidgui.core.run.side_reading import SideOutcome, SideReader, StatisticsOnlyModel
from fidgui.core.run.statistics_side import provenance_notice, side_count_warnings
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.stores.feature_cache import FeatureCache

__all__ = ["STATISTICS_SUFFIX", "compute_statistics", "run_comparison"]


def _model_for(request: ComparisonRequest, encoder: Encoder, real: CheckedSide, generated: CheckedSide) -> ModelFile:
    """The run's model; for two statistics files, only what the files say about theirs (nothing is loaded)."""
    if real.statistics is None or generated.statistics is None:
        return encoder.resolve_model(request.model)
    hashes = {s.model_sha256 for s in (real.statistics, generated.statistics)} - {None}
    if len(hashes) > 1:
        found, other = sorted(hashes)  # type: ignore[type-var]
        raise FidguiError("statistics_model_differs", name=generated.path.name, found=str(found)[:12],
                          model=str(other)[:12])
    known = str(next(iter(hashes))) if hashes else ""
    standard = {weights.sha256 for weights in encoder.standard_weights}
    return StatisticsOnlyModel(Path(""), known, known, not known or known in standard)


def run_comparison(
    request: ComparisonRequest,
    on_progress: ProgressCallback | None = None,
    on_notice: NoticeCallback | None = None,
    should_stop: StopCheck | None = None,
    cache: FeatureCache | None = None,
    sessions: SessionCache | None = None,
) -> ComparisonResult:
    """Compare the two sides of ``request``; raises Cancelled or FidguiError with a code."""
    started = time.perf_counter()
    encoder, real, generated = check_request(request)
    model = _model_for(request, encoder, real, generated)
    reader = SideReader(request, encoder, model, cache, on_progress, on_notice, should_stop, sessions)
    try:
        for notice in (same_input_notice(real, generated), provenance_notice(real), provenance_notice(generated)):
            if notice is not None:
                reader.warn(notice)
        return _compare(request, reader, real, generated, started)
    finally:
        reader.close()


def _compare(
    request: ComparisonRequest, reader: SideReader, real_input: CheckedSide, generated_input: CheckedSide,
    started: float,
) -> ComparisonResult:
    model = reader.model
    real = reader.side("real", real_input)
    generated = reader.side("generated", generated_input)
    counts = [o.summary.n_images if o.summary.count_known else None for o in (real, generated)]
    for notice in side_count_warnings(real.statistics, counts[0], generated.statistics, counts[1],
                                      reader.encoder.feature_width, reader.encoder.feature_widths):
        reader.warn(notice)
    result = ComparisonResult(
        fid=None,
        real=real.summary,
        generated=generated.summary,
        mode=request.mode,
        decode=request.decode,
        model_sha256=model.weights_sha256,
        model_is_standard=model.is_standard,
        device=reader.session.description,
        device_message=reader.session.message,
        seconds=0.0,
        warnings=reader.warnings,
        settings={
            "batch_size": request.batch_size,
            "device_requested": request.device,
            "encoder": reader.encoder.name,
            "dims": reader.encoder.feature_width,
            "top_level_only": request.top_level_only,
            "metrics": list(request.metrics),
            "model_path": str(model.path) if str(model.path) != "." else "",
            "kid_subset_size": request.kid_subset_size,
            "kid_subsets": request.kid_subsets,
            "seed": request.seed,
            "isc_splits": request.isc_splits,
            "nearest_k": request.nearest_k,
            "num_workers": request.num_workers,
        },
    )
    if request.keep_features:
        result.per_image = _per_image(real, generated)
    inputs = side_inputs(real.statistics, real.extraction), side_inputs(generated.statistics, generated.extraction)
    from_statistics = [side for side, o in (("real", real), ("generated", generated)) if o.summary.from_statistics]
    compute_metrics(request, *inputs, result, reader.warn, reader.should_stop, reader.on_progress, from_statistics)
    stop_if_asked(reader.should_stop)  # a cancel at the very end still means nothing is written
    if request.save_stats_prefix is not None:
        _save_statistics(request.save_stats_prefix, reader, real, generated)
    result.warnings = information_last(result.warnings)  # what bears on the figures first
    result.seconds = time.perf_counter() - started
    return result


def _save_statistics(prefix: Path, reader: SideReader, real: SideOutcome, generated: SideOutcome) -> None:
    prefix = Path(prefix)
    for side, outcome in (("real", real), ("generated", generated)):
        if not outcome.summary.from_statistics:
            try:  # a full disk or an unwritable folder must not cost the figures just computed
                outcome.statistics.save(prefix.with_name(f"{prefix.name}_{side}.npz"))
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
) -> tuple[FeatureStatistics, SideSummary]:
    """The statistics of ``request.real`` alone (a reference to save); the same pipeline as a comparison."""
    if not Path(request.real).is_dir():
        raise FidguiError("not_a_folder", path=str(request.real))
    encoder = encoder_for_request(request)
    reader = SideReader(request, encoder, encoder.resolve_model(request.model), cache, on_progress, on_notice,
                        should_stop, sessions)
    try:
        outcome = reader.side("real", Path(request.real))
    finally:
        reader.close()
    return outcome.statistics, outcome.summary
