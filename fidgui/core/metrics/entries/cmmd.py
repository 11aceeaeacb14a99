"""CMMD: an MMD with a Gaussian kernel on CLIP image embeddings, the successor to FID that needs no normal fit.

It reads every image's CLIP embedding (not Inception's features) on both sides, so a run that
asks for it also runs the CLIP network; the figure is cmmd-pytorch's, in float64.
"""

from __future__ import annotations

from fidgui.core.base.errors import Message
from fidgui.core.base.stopping import StepProgress, StopCheck
from fidgui.core.metrics.cmmd import cmmd
from fidgui.core.metrics.formats import fixed
from fidgui.core.metrics.registry import MetricInputs, Need, Row, Values, register_built_in

CMMD = "cmmd"
ENCODER = "clip"


def compute(inputs: MetricInputs, should_stop: StopCheck, progress: StepProgress) -> Values:
    # CMMD is symmetric; the reference's first argument is the reference (real) set.
    return {CMMD: cmmd(inputs.real.features, inputs.generated.features, should_stop=should_stop, progress=progress)}


METRIC = register_built_in(
    "cmmd",
    keys=(CMMD,),
    needs=(Need("features", encoder=ENCODER),),
    compute=compute,
    rows=(Row(Message("metric_cmmd"), (CMMD,), fixed(".4f"), Message("metric_cmmd_meaning")),),
)
