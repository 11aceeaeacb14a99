"""Precision, recall, density and coverage: fidelity and diversity apart, from every image's features."""

from __future__ import annotations

from fidgui.core.base.errors import Message
from fidgui.core.metrics.formats import fixed
from fidgui.core.metrics.precision_recall import prdc
from fidgui.core.metrics.registry import MetricInputs, Need, Row, Values, register_built_in
from fidgui.core.base.stopping import StepProgress, StopCheck

KEYS = ("precision", "recall", "density", "coverage")


def compute(inputs: MetricInputs, should_stop: StopCheck, progress: StepProgress) -> Values:
    k = inputs.options.nearest_k  # None: each pair's own default (3 for precision/recall, 5 for density/coverage)
    neighbours = {} if k is None else {"precision_recall_k": k, "density_coverage_k": k}
    scores = prdc(inputs.real.features, inputs.generated.features, should_stop=should_stop, progress=progress,
                  **neighbours)
    return {key: getattr(scores, key) for key in KEYS}


METRIC = register_built_in(
    "prdc",
    keys=KEYS,
    needs=(Need("features"),),
    compute=compute,
    rows=tuple(
        Row(Message(f"metric_{key}"), (key,), fixed(".4f"), Message(f"metric_{key}_meaning")) for key in KEYS
    ),
)
