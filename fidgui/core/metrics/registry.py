"""Every metric declared once: its result keys, what it needs, how it is computed, labelled and formatted.

A metric is a :class:`Metric` registered here (the built-in ones from ``entries/``, one
module each). Everything that lists metrics reads this registry and nothing else: the
comparison's metrics phase, the result document (JSON, CSV, its inverse), the HTML
report, the CLI's lines and ``--metrics`` choices, the window's rows and checkboxes. So
adding a metric is one declaration module and one ``register`` call, plus its sentences
in the message catalogue.

Labels are message codes, never English: the core cannot word them, the front ends do
(``fidgui.messages``). Values are plain floats under the metric's result keys; a key's
value is ``None`` when the metric was not asked for or could not be computed.

Adding a metric: its computation in a module of this package (taking ``should_stop`` and
``progress``, see ``stopping``); its declaration in ``entries/NAME.py`` (a ``register_built_in``
call, listed in ``BUILT_IN``); its sentences in ``fidgui/messages/catalog.py`` (block "# metrics") and
``translations_metrics.py``. A metric registered from elsewhere (a plug-in, a test) needs
only the ``register`` call: it gets a checkbox, a result-view row, CLI lines, JSON and CSV
keys and history figures; its labels show as codes until the catalogue knows them.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Callable, Literal, Mapping, Sequence

import numpy as np

from fidgui.core.base.comparison_types import Notice
from fidgui.core.base.errors import FidguiError, Message
from fidgui.core.metrics.kid import DEFAULT_SEED, DEFAULT_SUBSET_SIZE, DEFAULT_SUBSETS
from fidgui.core.base.stopping import StepProgress, StopCheck
from fidgui.core.statistics.running import FeatureStatistics

Side = Literal["real", "generated"]
InputKind = Literal["statistics", "features", "logits"]
BOTH: tuple[Side, ...] = ("real", "generated")
Values = Mapping[str, "float | None"]

BUILT_IN = {  # metric id: its declaration module in entries/, in display order
    "fid": "fid", "kid": "kid", "is": "inception_score", "prdc": "prdc", "fid_interval": "fid_interval",
    "fid_infinity": "fid_infinity", "fd_dinov2": "fd_dinov2", "cmmd": "cmmd",
}


DEFAULT_ENCODER = "inception"  # the network of FID and its companions; the encoders registry's default


@dataclass(frozen=True)
class Need:
    """One input a metric reads: a kind (whole-set statistics, per-image features or logits) on some sides,
    from one encoder (by its registered name). A comparison reads each side once per encoder its chosen
    metrics need, with that encoder's mode, and hands each metric the sides of its own encoder."""

    kind: InputKind
    sides: tuple[Side, ...] = BOTH
    encoder: str = DEFAULT_ENCODER


@dataclass(frozen=True)
class SideInputs:
    """What one side offers: its statistics always; per-image rows only when a metric asked for them."""

    statistics: FeatureStatistics
    features: np.ndarray | None = None
    logits: np.ndarray | None = None


@dataclass(frozen=True)
class MetricOptions:
    """The request's settings that metrics read (the same seed everywhere keeps every figure reproducible)."""

    seed: int = DEFAULT_SEED
    kid_subsets: int = DEFAULT_SUBSETS
    kid_subset_size: int = DEFAULT_SUBSET_SIZE
    isc_splits: int = 10
    nearest_k: int | None = None


@dataclass(frozen=True)
class MetricInputs:
    real: SideInputs
    generated: SideInputs
    options: MetricOptions = field(default_factory=MetricOptions)

    def side(self, side: Side) -> SideInputs:
        return self.real if side == "real" else self.generated


Compute = Callable[[MetricInputs, StopCheck, StepProgress], Values]
Explain = Callable[[MetricInputs, Values], "list[Notice]"]
Format = Callable[[Sequence[float]], str]


@dataclass(frozen=True)
class Row:
    """One displayed line of a metric: its label (a message), the keys it shows and how their values read."""

    label: Message
    keys: tuple[str, ...]
    format: Format
    meaning: Message | None = None  # what the figure says, for the window


@dataclass(frozen=True)
class Metric:
    """One metric, as every part of fidgui sees it.

    ``optional`` metrics are chosen by the user (FID is always computed); a ``skippable``
    one that fails with a :class:`FidguiError` is reported as a ``metric_skipped`` notice
    and the run goes on, where FID's failure fails the run.
    """

    id: str
    keys: tuple[str, ...]
    needs: tuple[Need, ...]
    compute: Compute
    label: Message  # the metric's name, e.g. in ``metric_skipped`` and lists of metrics
    choice: Message  # the text of its checkbox / the help of its ``--metrics`` choice
    rows: tuple[Row, ...]
    optional: bool = True
    skippable: bool = True
    explain: Explain | None = None  # notices that put the figures into words (e.g. KID's clamped subsets)

    def __post_init__(self) -> None:
        if len({need.encoder for need in self.needs}) > 1:  # one metric, one network: its inputs must agree
            raise FidguiError("metric_mixes_encoders", metric=self.id,
                              encoders=", ".join(sorted({need.encoder for need in self.needs})))

    @property
    def encoder(self) -> str:
        """The name of the encoder whose outputs this metric reads (Inception when it declares no need)."""
        return self.needs[0].encoder if self.needs else DEFAULT_ENCODER

    def needs_kind(self, kind: InputKind) -> bool:
        return any(need.kind == kind for need in self.needs)

    def missing_inputs(self, inputs: MetricInputs) -> list[str]:
        """``"features (real)"``-style names of the needed inputs that this run does not have."""
        return [
            f"{need.kind} ({side})"
            for need in self.needs
            for side in need.sides
            if need.kind != "statistics" and getattr(inputs.side(side), need.kind) is None
        ]


_REGISTERED: dict[str, Metric] = {}
_LOADED = False


def _load_built_ins() -> None:
    """Import the declaration modules once, on first use (they import this module, so not at import time)."""
    global _LOADED
    if not _LOADED:
        _LOADED = True
        for module in BUILT_IN.values():
            importlib.import_module(f"fidgui.core.metrics.entries.{module}")


def register(metric: Metric) -> Metric:
    """Add a metric; its id and keys must be new, so two metrics never write the same figure."""
    taken = {key for other in _REGISTERED.values() if other.id != metric.id for key in other.keys}
    if metric.id in _REGISTERED or taken & set(metric.keys):
        raise FidguiError("metric_already_registered", metric=metric.id)
    _REGISTERED[metric.id] = metric
    return metric


def register_built_in(metric_id: str, **fields: Any) -> Metric:
    """Register a metric whose name and checkbox sentences follow the catalogue's naming.

    Every built-in metric's sentences are ``metric_<id>`` (its name) and ``metric_<id>_choice``
    (its checkbox), so its declaration names only the other :class:`Metric` fields (keys, needs,
    compute, rows, ...).
    """
    label, choice = Message(f"metric_{metric_id}"), Message(f"metric_{metric_id}_choice")
    return register(Metric(id=metric_id, label=label, choice=choice, **fields))


def unregister(metric_id: str) -> None:
    """Remove a metric (tests that register a toy metric take it out again)."""
    _REGISTERED.pop(metric_id, None)


def all_metrics() -> tuple[Metric, ...]:
    """Every registered metric, built-in ones first, in the order they are shown."""
    _load_built_ins()
    built_in = list(BUILT_IN)
    position = {name: index for index, name in enumerate(_REGISTERED)}  # later additions in registration order
    return tuple(
        sorted(_REGISTERED.values(), key=lambda item: (built_in.index(item.id), 0) if item.id in BUILT_IN
               else (len(built_in), position[item.id]))
    )


def metric(metric_id: str) -> Metric:
    _load_built_ins()
    if metric_id not in _REGISTERED:
        raise FidguiError("metric_unknown", metric=metric_id, choices=", ".join(metric_ids()))
    return _REGISTERED[metric_id]


def metric_ids() -> tuple[str, ...]:
    return tuple(item.id for item in all_metrics())


def optional_ids() -> tuple[str, ...]:
    """The metrics a user may add to FID: the ``--metrics`` choices and the window's checkboxes."""
    return tuple(item.id for item in all_metrics() if item.optional)


def result_keys() -> tuple[str, ...]:
    """Every metric figure's key, in display order: the metric part of the result document."""
    return tuple(key for item in all_metrics() for key in item.keys)


def chosen(metric_ids_asked: Sequence[str]) -> tuple[Metric, ...]:
    """The metrics a run computes, in registry order: every non-optional one and those asked for."""
    asked = set(metric_ids_asked)
    for name in asked:
        metric(name)  # an unknown id is refused with a sentence
    return tuple(item for item in all_metrics() if not item.optional or item.id in asked)


def needing(metric_ids_asked: Sequence[str], kind: InputKind, encoder: str | None = None) -> tuple[Metric, ...]:
    """The chosen metrics that read ``kind`` inputs ("features", "logits"): what extraction must keep
    (of ``encoder``'s metrics only, when named)."""
    return tuple(item for item in chosen(metric_ids_asked)
                 if item.needs_kind(kind) and (encoder is None or item.encoder == encoder))


def encoders_needed(metric_ids_asked: Sequence[str]) -> dict[str, tuple[Metric, ...]]:
    """Encoder name -> the chosen metrics that read it, in the order the metrics first name them."""
    grouped: dict[str, list[Metric]] = {}
    for item in chosen(metric_ids_asked):
        grouped.setdefault(item.encoder, []).append(item)
    return {name: tuple(items) for name, items in grouped.items()}
