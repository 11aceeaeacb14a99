"""FD_DINOv2: the Fréchet distance of FID, computed on DINOv2 ViT-L/14 class-token statistics (dgm-eval, EDM2).

Stein et al. (NeurIPS 2023) found that Inception features rank modern generators poorly against
human judgement and proposed the same distance on DINOv2 features; EDM2 reports it as
``fd_dinov2``. The formula is FID's, to the operation (``statistics_to_fid``); only the encoder
differs, so the metric declares that it reads the ``dinov2`` encoder's statistics.
"""

from __future__ import annotations

from fidgui.core.base.errors import Message
from fidgui.core.metrics.entries.fid import frechet_metric
from fidgui.core.metrics.formats import fixed
from fidgui.core.metrics.registry import Need, Row, register_built_in

FD_DINOV2 = "fd_dinov2"
ENCODER = "dinov2"


compute = frechet_metric(FD_DINOV2)


METRIC = register_built_in(
    FD_DINOV2,
    keys=(FD_DINOV2,),
    needs=(Need("statistics", encoder=ENCODER),),
    compute=compute,
    rows=(Row(Message("metric_fd_dinov2"), (FD_DINOV2,), fixed(".6f"), Message("metric_fd_dinov2_meaning")),),
)
