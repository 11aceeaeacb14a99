"""The metrics phase of a comparison: every chosen metric of the registry, computed from what the sides offer.

The phase knows no metric by name. It hands each chosen metric (FID always, the others
when asked) the sides' statistics and, when the metric declared it needs them, their
per-image features or logits; it stores the figures under the metric's keys, reports
progress as ``Progress(stage="metrics")`` and checks the stop request between metrics
(each metric checks it inside too). A skippable metric that cannot be computed here
says why in a ``metric_skipped`` notice and leaves the others be; FID's failure fails
the run.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from fidgui.core.base.comparison_types import (
    ComparisonRequest,
    ComparisonResult,
    Notice,
    NoticeCallback,
    Progress,
    ProgressCallback,
    StopCheck,
)
from fidgui.core.base.errors import Cancelled, FidguiError, Message, side_word
from fidgui.core.metrics.registry import Metric, MetricInputs, MetricOptions, SideInputs, chosen, needing
from fidgui.core.base.stopping import StepProgress, never_stop, stop_if_asked
from fidgui.core.extraction.pipeline import Extraction
from fidgui.core.statistics.running import FeatureStatistics


SidePair = tuple[SideInputs, SideInputs]


def wants_logits(metric_ids: Sequence[str]) -> bool:
    """Whether extraction must keep every image's logits for the chosen metrics (the Inception Score does)."""
    return bool(needing(metric_ids, "logits"))


def per_image_metrics(metric_ids: Sequence[str]) -> tuple[Metric, ...]:
    """The chosen metrics that need the images themselves, not just saved statistics."""
    return tuple(item for item in chosen(metric_ids) if item.needs_kind("features") or item.needs_kind("logits"))


def side_inputs(statistics: FeatureStatistics, extraction: Extraction | None) -> SideInputs:
    """What a side offers the metrics: its statistics, and the per-image rows extraction kept (the seam where
    an encoder's named outputs become the metrics' "features" and "logits")."""
    if extraction is None:
        return SideInputs(statistics)
    return SideInputs(statistics, extraction.features, extraction.class_scores)


def options_of(request: ComparisonRequest) -> MetricOptions:
    return MetricOptions(seed=request.seed, kid_subsets=request.kid_subsets, kid_subset_size=request.kid_subset_size,
                         isc_splits=request.isc_splits, nearest_k=request.nearest_k)


def skipped_notice(metric: Metric, error: FidguiError) -> Notice:
    """``metric_skipped`` with the metric's label and the reason, both messages for the front end to word."""
    return Notice("metric_skipped", Message("metric_skipped", {"metric": metric.label, "reason": error.message}))


def _missing_inputs_error(missing: list[str], statistics_sides: Sequence[str]) -> FidguiError:
    """Why a metric lacks per-image inputs: a side given as saved statistics, said so; else what was not kept."""
    from_statistics = [side for side in statistics_sides if f"({side})" in " ".join(missing)]
    if from_statistics:
        return FidguiError("metric_needs_images", side=side_word(from_statistics[0]))
    return FidguiError("metric_inputs_missing", inputs=", ".join(missing))


def _progress_of(on_progress: ProgressCallback | None) -> StepProgress:
    def report(done: int, total: int) -> None:
        if on_progress is not None:
            on_progress(Progress("generated", done, total, 0.0, None, stage="metrics"))

    return report


def compute_metrics(
    request: ComparisonRequest,
    real: SideInputs | None,
    generated: SideInputs | None,
    result: ComparisonResult,
    warn: NoticeCallback,
    should_stop: StopCheck | None = None,
    on_progress: ProgressCallback | None = None,
    statistics_sides: Sequence[str] = (),
    *,
    by_encoder: Mapping[str, SidePair] | None = None,
    refused: Mapping[str, FidguiError] | None = None,
) -> None:
    """Fill ``result`` with the figures of every chosen metric; raises Cancelled when asked to stop.

    Each metric gets the sides of its own encoder: ``by_encoder[name]`` when given, else ``real`` and
    ``generated``. ``refused`` says, per metric id, why its inputs do not exist (a statistics file of
    another network); such a metric, FID included, is skipped with that reason (the comparison refuses a run
    where every chosen metric is refused).
    ``statistics_sides`` names the sides given as saved statistics, so a metric that needs their images
    says that rather than that the run did not keep them."""
    pairs = dict(by_encoder or {})
    options = options_of(request)
    stop = should_stop or never_stop
    for metric in chosen(request.metrics):
        stop_if_asked(should_stop)
        pair = pairs.get(metric.encoder) or (real, generated)
        if refused and metric.id in refused:
            warn(skipped_notice(metric, refused[metric.id]))
            continue
        try:
            if pair[0] is None or pair[1] is None:
                raise FidguiError("metric_encoder_not_read", encoder=metric.encoder)
            inputs = MetricInputs(pair[0], pair[1], options)
            missing = metric.missing_inputs(inputs)
            if missing:
                raise _missing_inputs_error(missing, statistics_sides)
            values = metric.compute(inputs, stop, _progress_of(on_progress))
        except FidguiError as error:
            if not metric.skippable or isinstance(error, Cancelled):
                raise
            warn(skipped_notice(metric, error))
            continue
        for key in metric.keys:
            value = values.get(key)
            result.set_metric_value(key, None if value is None else float(value))
        for notice in metric.explain(inputs, values) if metric.explain is not None else []:
            warn(notice)
