"""CMMD: an MMD with a Gaussian kernel on CLIP image embeddings, the successor to FID that needs no normal fit.

It reads every image's CLIP embedding (not Inception's features) on both sides, so a run that
asks for it also runs the CLIP network; the figure is cmmd-pytorch's, in float64.
"""

from __future__ import annotations

import numpy as np

from fidgui.core.base.errors import FidguiError, Message
from fidgui.core.base.stopping import StepProgress, StopCheck
from fidgui.core.metrics.cmmd import cmmd
from fidgui.core.metrics.formats import fixed
from fidgui.core.metrics.registry import MetricInputs, Need, Row, Values, register_built_in

CMMD = "cmmd"
ENCODER = "clip"
UNIT_TOLERANCE = 1e-3


def _embeddings(rows: np.ndarray | None) -> np.ndarray:
    """The side's rows, refused unless they are L2-normalised like CLIP's image embeddings.

    CMMD is defined on unit-length embeddings (its kernel width assumes them); features of
    another network (Inception's pool3, far from unit length) would give a meaningless figure.
    """
    if rows is None or rows.ndim != 2 or len(rows) == 0:
        raise FidguiError("cmmd_no_embeddings")
    norms = np.sqrt(np.einsum("ij,ij->i", rows, rows, dtype=np.float64))
    if not np.all(np.abs(norms - 1.0) <= UNIT_TOLERANCE):
        raise FidguiError("cmmd_not_clip_embeddings")
    return rows


def compute(inputs: MetricInputs, should_stop: StopCheck, progress: StepProgress) -> Values:
    # CMMD is symmetric; the reference's first argument is the reference (real) set.
    real, generated = _embeddings(inputs.real.features), _embeddings(inputs.generated.features)
    return {CMMD: cmmd(real, generated, should_stop=should_stop, progress=progress)}


METRIC = register_built_in(
    "cmmd",
    keys=(CMMD,),
    needs=(Need("features", encoder=ENCODER),),
    compute=compute,
    rows=(Row(Message("metric_cmmd"), (CMMD,), fixed(".4f"), Message("metric_cmmd_meaning")),),
)
