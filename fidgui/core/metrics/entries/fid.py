"""FID, the figure fidgui is for: always computed, from the two sides' statistics alone."""

from __future__ import annotations

from typing import Callable

from fidgui.core.base.errors import Message
from fidgui.core.metrics.formats import fixed
from fidgui.core.metrics.frechet import statistics_to_fid
from fidgui.core.metrics.registry import MetricInputs, Need, Row, Values, register_built_in
from fidgui.core.base.stopping import StepProgress, StopCheck, call_stoppably

FID = "fid"


def frechet_metric(key: str) -> Callable[[MetricInputs, StopCheck, StepProgress], Values]:
    """The compute of a Fréchet distance on the two sides' statistics, stored under ``key``: FID's, and that of
    every metric that is the same formula on another network's features (FD_DINOv2)."""

    def compute(inputs: MetricInputs, should_stop: StopCheck, progress: StepProgress) -> Values:
        value = call_stoppably(lambda: statistics_to_fid(inputs.real.statistics, inputs.generated.statistics),
                               should_stop)
        progress(1, 1)
        return {key: value}

    return compute


compute = frechet_metric(FID)


METRIC = register_built_in(
    "fid",
    keys=(FID,),
    needs=(Need("statistics"),),
    compute=compute,
    rows=(Row(Message("metric_fid"), (FID,), fixed(".6f")),),
    optional=False,
    skippable=False,
)
