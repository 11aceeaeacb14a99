"""The FID's bootstrap interval at these image counts (50 extra FIDs), labelled with its own confidence."""

from __future__ import annotations

from fidgui.core.base.errors import Message
from fidgui.core.metrics.fid_uncertainty import DEFAULT_CONFIDENCE, bootstrap_fid
from fidgui.core.metrics.formats import interval
from fidgui.core.metrics.registry import MetricInputs, Need, Row, Values, register_built_in
from fidgui.core.base.stopping import StepProgress, StopCheck

LOW, HIGH = "fid_low", "fid_high"
CONFIDENCE = DEFAULT_CONFIDENCE


def percent(confidence: float) -> str:
    """90 for 0.9, 97.5 for 0.975: the label says the confidence the interval was computed at."""
    return format(100 * confidence, ".10g")


def compute(inputs: MetricInputs, should_stop: StopCheck, progress: StepProgress) -> Values:
    bounds = bootstrap_fid(
        inputs.real.features, inputs.generated.features, seed=inputs.options.seed, confidence=CONFIDENCE,
        should_stop=should_stop, progress=progress,
    )
    return {LOW: bounds.low, HIGH: bounds.high}


METRIC = register_built_in(
    "fid_interval",
    keys=(LOW, HIGH),
    needs=(Need("features"),),
    compute=compute,
    rows=(
        Row(Message("metric_fid_interval_row", {"percent": percent(CONFIDENCE)}), (LOW, HIGH), interval(".4f"),
            Message("metric_fid_interval_meaning", {"percent": percent(CONFIDENCE)})),
    ),
)
