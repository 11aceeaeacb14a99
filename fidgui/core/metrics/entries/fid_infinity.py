"""FID-infinity: the FID extrapolated to unlimited generated images, from the real statistics and generated rows."""

from __future__ import annotations

from fidgui.core.base.errors import Message
from fidgui.core.metrics.fid_uncertainty import fid_infinity
from fidgui.core.metrics.formats import fixed
from fidgui.core.metrics.registry import MetricInputs, Need, Row, Values, register_built_in
from fidgui.core.base.stopping import StepProgress, StopCheck

VALUE = "fid_infinity"


def compute(inputs: MetricInputs, should_stop: StopCheck, progress: StepProgress) -> Values:
    real = inputs.real.statistics
    value = fid_infinity(
        real.mu, real.sigma, inputs.generated.features, seed=inputs.options.seed, should_stop=should_stop,
        progress=progress,
    ).value
    return {VALUE: value}


METRIC = register_built_in(
    "fid_infinity",
    keys=(VALUE,),
    needs=(Need("statistics", ("real",)), Need("features", ("generated",))),
    compute=compute,
    rows=(Row(Message("metric_fid_infinity_row"), (VALUE,), fixed(".6f"), Message("metric_fid_infinity_meaning")),),
)
