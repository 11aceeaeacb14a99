"""Every encoder, registered once by name, and the lookups the run needs: by name and by preprocessing mode.

A mode belongs to one encoder (``pytorch-fid`` to Inception, later ``dgm-eval`` to DINOv2), so a
comparison asked for a mode knows which network to load. Inception is registered on import;
another encoder is one :func:`register_encoder` call (a test registers a toy one and removes it).
"""

from __future__ import annotations

from fidgui.core.base.errors import FidguiError
from fidgui.core.encoders.clip import CLIP
from fidgui.core.encoders.dinov2 import DINOV2
from fidgui.core.encoders.inception import INCEPTION
from fidgui.core.encoders.protocol import Encoder

DEFAULT_ENCODER = INCEPTION.name

_ENCODERS: dict[str, Encoder] = {}


def register_encoder(encoder: Encoder) -> Encoder:
    """Add an encoder; its name and its modes must be new (a mode names one network only)."""
    if encoder.name in _ENCODERS:
        raise ValueError(f"an encoder named {encoder.name!r} is already registered")
    taken = {mode: other.name for other in _ENCODERS.values() for mode in other.modes}
    clashes = [mode for mode in encoder.modes if mode in taken]
    if clashes:
        raise ValueError(f"modes {clashes} of {encoder.name!r} already belong to {taken[clashes[0]]!r}")
    _ENCODERS[encoder.name] = encoder
    return encoder


def unregister_encoder(name: str) -> None:
    """Remove an encoder registered by :func:`register_encoder` (tests clean up after themselves)."""
    if name == DEFAULT_ENCODER:
        raise ValueError("the default encoder cannot be removed")
    _ENCODERS.pop(name, None)


def encoders() -> tuple[Encoder, ...]:
    """The registered encoders, the default first."""
    return tuple(_ENCODERS.values())


def get_encoder(name: str = DEFAULT_ENCODER) -> Encoder:
    """The encoder of that name; an unknown name is refused with a code the front end words."""
    try:
        return _ENCODERS[name]
    except KeyError:
        raise FidguiError("unknown_encoder", name=name, known=", ".join(_ENCODERS)) from None


def all_modes() -> tuple[str, ...]:
    """Every preprocessing mode of every encoder, in registration order."""
    return tuple(mode for encoder in _ENCODERS.values() for mode in encoder.modes)


def encoder_for_mode(mode: str) -> Encoder:
    """The encoder whose preprocessing mode this is; an unknown mode is refused with the known ones."""
    for encoder in _ENCODERS.values():
        if mode in encoder.modes:
            return encoder
    raise FidguiError("unknown_mode", mode=mode, choices=", ".join(all_modes()))


register_encoder(INCEPTION)
register_encoder(DINOV2)
register_encoder(CLIP)
