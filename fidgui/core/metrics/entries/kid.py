"""KID: unbiased at any set size, so it is the figure to trust for small sets; needs every image's features.

Subsets are drawn from the generated images first, as torch-fidelity's usual call does (``input1`` = generated,
``input2`` = real), so fidgui and torch-fidelity give the same figure for the same folders and seed.
"""

from __future__ import annotations

from typing import Sequence

from fidgui.core.base.comparison_types import Notice
from fidgui.core.base.errors import Message
from fidgui.core.metrics.kid import kernel_inception_distance
from fidgui.core.metrics.registry import MetricInputs, Need, Row, Values, register_built_in
from fidgui.core.base.stopping import StepProgress, StopCheck

MEAN, STD = "kid_mean", "kid_std"


def compute(inputs: MetricInputs, should_stop: StopCheck, progress: StepProgress) -> Values:
    options = inputs.options
    mean, std = kernel_inception_distance(
        inputs.generated.features, inputs.real.features, subsets=options.kid_subsets,
        subset_size=options.kid_subset_size, seed=options.seed, should_stop=should_stop, progress=progress,
    )
    return {MEAN: mean, STD: std}


def explain(inputs: MetricInputs, values: Values) -> list[Notice]:
    """Say when the subset size was clamped to the smaller side, and what a negative KID means."""
    notices = []
    smallest = min(len(inputs.real.features), len(inputs.generated.features))  # type: ignore[arg-type]
    asked = inputs.options.kid_subset_size
    if asked > smallest:
        notices.append(Notice("kid_subset_clamped", used=smallest, asked=asked, smallest=smallest))
    mean = values.get(MEAN)
    if mean is not None and mean < 0:
        notices.append(Notice("kid_negative", value=f"{mean:.4g}"))
    return notices


def _mean_and_spread(values: Sequence[float]) -> str:
    """``mean ± spread``; the mean alone when the spread is exactly 0 (every subset was the whole set)."""
    return f"{values[0]:.6g}" if values[1] == 0 else f"{values[0]:.6g} ± {values[1]:.3g}"


METRIC = register_built_in(
    "kid",
    keys=(MEAN, STD),
    needs=(Need("features"),),
    compute=compute,
    rows=(Row(Message("metric_kid"), (MEAN, STD), _mean_and_spread, Message("metric_kid_meaning")),),
    explain=explain,
)
