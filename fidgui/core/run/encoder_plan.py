"""Which networks a comparison runs: the encoders its chosen metrics need, each with its mode and model.

A metric names its encoder (``Need.encoder``); FID and its companions read Inception, FD_DINOv2 reads
DINOv2, CMMD reads CLIP. A comparison reads each side once per encoder, with that encoder's mode: the
request's ``mode`` and ``encoder_modes`` each name one (a mode belongs to one network), and an encoder
named by neither uses its first mode. The encoder that owns ``mode`` also takes ``model`` (the file given
for this run), so ``mode="pytorch-fid", model=X.pth`` keeps meaning what it always meant.

A side given as a statistics file holds one encoder's statistics (the file says which; an older file
without the field holds Inception's, or its mode's network's). It can feed only the metrics of that
encoder: the others are skipped with a notice that says why, or, for FID, the run is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fidgui.core.base.comparison_types import ComparisonRequest, Side
from fidgui.core.base.errors import FidguiError
from fidgui.core.encoders.protocol import Encoder
from fidgui.core.encoders.registry import DEFAULT_ENCODER, all_modes, encoder_for_mode, get_encoder
from fidgui.core.metrics.registry import Metric, encoders_needed
from fidgui.core.run.inputs import CheckedSide
from fidgui.core.statistics.running import FeatureStatistics


@dataclass(frozen=True)
class EncoderPlan:
    """One network of a comparison: its mode, the model given for this run (or None), and its chosen metrics."""

    encoder: Encoder
    mode: str
    explicit_model: Path | None
    metrics: tuple[Metric, ...]

    @property
    def name(self) -> str:
        return self.encoder.name

    def metric_ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.metrics)


def asked_modes(request: ComparisonRequest) -> dict[str, str]:
    """Encoder name -> the mode the request names for it; an unknown mode, or two for one network, is refused."""
    modes: dict[str, str] = {}
    for mode in (request.mode, *request.encoder_modes):
        encoder = encoder_for_mode(mode).name  # an unknown mode is refused with the known ones
        if modes.get(encoder, mode) != mode:
            raise FidguiError("modes_same_encoder", encoder=encoder, first=modes[encoder], second=mode)
        modes[encoder] = mode
    return modes


def mode_for(request: ComparisonRequest, encoder: Encoder) -> str:
    """The mode ``encoder`` runs in for this request: the one asked for it, else its first (default) mode."""
    return asked_modes(request).get(encoder.name, encoder.modes[0])


def plan_encoders(request: ComparisonRequest) -> list[EncoderPlan]:
    """One plan per encoder the chosen metrics read, in the order of the metrics (FID's network first)."""
    modes = asked_modes(request)
    main = encoder_for_mode(request.mode).name
    plans = []
    for name, metrics in encoders_needed(request.metrics).items():
        encoder = get_encoder(name)  # a metric of a network that is not registered is refused by name
        if name == main:
            encoder = encoder.at_width(request.dims)  # pytorch-fid's --dims: FID's statistics from another block
        plans.append(EncoderPlan(encoder, modes.get(name, encoder.modes[0]),
                                 request.model if name == main else None, metrics))
    return plans


def statistics_encoder(statistics: FeatureStatistics) -> str:
    """The encoder a statistics file describes: the one it records, else its mode's, else Inception."""
    if statistics.encoder:
        return statistics.encoder
    if statistics.mode is not None and statistics.mode in all_modes():
        return encoder_for_mode(statistics.mode).name
    return DEFAULT_ENCODER


def other_encoder_error(checked: CheckedSide, encoder: Encoder) -> FidguiError | None:
    """Why a statistics side cannot give ``encoder``'s inputs (None when it can, or when it is a folder)."""
    if checked.statistics is None:
        return None
    found = statistics_encoder(checked.statistics)
    if found == encoder.name:
        return None
    return FidguiError("statistics_other_encoder", name=checked.path.name, found=found, encoder=encoder.name)


def sides_to_read(plan: EncoderPlan, sides: dict[Side, CheckedSide]) -> tuple[list[Side], dict[str, FidguiError]]:
    """The sides this encoder must read for its metrics, and why each metric that cannot be computed cannot.

    A metric is computable when every side it needs can give this encoder's inputs; the sides read are
    those its computable metrics need. Statistics are always read from a side that is read at all.
    """
    refused: dict[str, FidguiError] = {}
    wanted: list[Side] = []
    for metric in plan.metrics:
        needed = [side for need in metric.needs for side in need.sides] or ["real", "generated"]
        errors = [error for side in dict.fromkeys(needed)
                  if (error := other_encoder_error(sides[side], plan.encoder)) is not None]
        if errors:
            refused[metric.id] = errors[0]
            continue
        wanted.extend(side for side in needed if side not in wanted)
    order: list[Side] = ["real", "generated"]
    return [side for side in order if side in wanted], refused

