"""KID: unbiased at any set size, so it is the figure to trust for small sets; needs every image's features."""

from __future__ import annotations

from fidgui.core.base.errors import Message
from fidgui.core.metrics.formats import plus_minus
from fidgui.core.metrics.kid import kernel_inception_distance
from fidgui.core.metrics.registry import MetricInputs, Need, Row, Values, register_built_in
from fidgui.core.metrics.stopping import StepProgress, StopCheck

MEAN, STD = "kid_mean", "kid_std"


def compute(inputs: MetricInputs, should_stop: StopCheck, progress: StepProgress) -> Values:
    options = inputs.options
    mean, std = kernel_inception_distance(
        inputs.real.features, inputs.generated.features, subsets=options.kid_subsets,
        subset_size=options.kid_subset_size, seed=options.seed, should_stop=should_stop, progress=progress,
    )
    return {MEAN: mean, STD: std}


METRIC = register_built_in(
    "kid",
    keys=(MEAN, STD),
    needs=(Need("features"),),
    compute=compute,
    rows=(Row(Message("metric_kid"), (MEAN, STD), plus_minus(".6g", ".3g"), Message("metric_kid_meaning")),),
)
