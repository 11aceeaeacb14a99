"""Which networks this computer has, for a front end to show from the start: none, the standard one, or another.

FID's Inception has its own model store; the other registered encoders (DINOv2, CLIP) keep theirs in
``encoder_models``. A missing model of another network is ``not_installed`` (a quiet state: a front end
speaks up only when a chosen measure needs that network), a missing Inception model is ``none``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from fidgui.core.base.errors import Message
from fidgui.core.encoders.inception import INCEPTION
from fidgui.core.encoders.protocol import Encoder
from fidgui.core.encoders.registry import encoders

State = Literal["none", "standard", "not_standard", "not_installed"]


@dataclass(frozen=True)
class NetworkState:
    """One encoder's model on this computer. ``none``: FID's Inception has nothing usable;
    ``not_installed``: another network (DINOv2, CLIP) has no usable model (a quiet state unless a chosen measure
    reads it)."""

    encoder: str
    state: State
    path: Path | None = None
    weights_sha256: str = ""
    problems: tuple[Message, ...] = field(default_factory=tuple)


def inception_state() -> NetworkState:
    """The installed FID model, checked as a run checks it (the verdict is remembered, so this is quick after once)."""
    from fidgui.core.encoders import model_store  # checking a model imports ONNX; only when asked

    status = model_store.model_status()
    model = status.model
    if model is None:
        return NetworkState(INCEPTION.name, "none", problems=tuple(status.problems))
    state: State = "standard" if model.is_standard else "not_standard"
    return NetworkState(INCEPTION.name, state, model.path, model.weights_sha256, tuple(status.problems))


def other_state(encoder: Encoder) -> NetworkState:
    """Another network's installed model, checked as a run checks it."""
    from fidgui.core.encoders import encoder_models  # checking a model imports ONNX; only when asked

    model, problems = encoder_models.installed(encoder)
    if model is None:
        return NetworkState(encoder.name, "not_installed", problems=tuple(problems))
    state: State = "standard" if model.is_standard else "not_standard"
    return NetworkState(encoder.name, state, model.path, model.weights_sha256, tuple(problems))


def network_states() -> list[NetworkState]:
    """Every registered encoder's state, the default (Inception) first."""
    return [inception_state() if encoder.name == INCEPTION.name else other_state(encoder) for encoder in encoders()]
