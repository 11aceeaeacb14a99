"""The Inception Score of each side, from the classifier's logits (the generated side's is the figure, and the only
one needed: with the real side given as saved statistics it is still computed)."""

from __future__ import annotations

from fidgui.core.base.errors import Message
from fidgui.core.metrics.formats import plus_minus
from fidgui.core.metrics.inception_score import inception_score
from fidgui.core.metrics.registry import MetricInputs, Need, Row, Values, register_built_in
from fidgui.core.base.stopping import StepProgress, StopCheck

MEAN, STD, REAL_MEAN, REAL_STD = "is_mean", "is_std", "is_real_mean", "is_real_std"


def compute(inputs: MetricInputs, should_stop: StopCheck, progress: StepProgress) -> Values:
    seed, splits = inputs.options.seed, inputs.options.isc_splits
    generated = inception_score(
        inputs.generated.logits, seed=seed, splits=splits, should_stop=should_stop,
        progress=lambda done, total: progress(done, 2 * total),
    )
    if inputs.real.logits is None:  # real side given as saved statistics: the generated figure is the one that counts
        return {MEAN: generated[0], STD: generated[1], REAL_MEAN: None, REAL_STD: None}
    real = inception_score(
        inputs.real.logits, seed=seed, splits=splits, should_stop=should_stop,
        progress=lambda done, total: progress(total + done, 2 * total),
    )
    return {MEAN: generated[0], STD: generated[1], REAL_MEAN: real[0], REAL_STD: real[1]}


METRIC = register_built_in(
    "is",
    keys=(MEAN, STD, REAL_MEAN, REAL_STD),
    needs=(Need("logits", ("generated",)),),  # the real side's score is shown when it has images
    compute=compute,
    rows=(
        Row(Message("metric_is_generated"), (MEAN, STD), plus_minus(".6g", ".3g"), Message("metric_is_meaning")),
        Row(Message("metric_is_real"), (REAL_MEAN, REAL_STD), plus_minus(".6g", ".3g"),
            Message("metric_is_real_meaning")),
    ),
)
