"""Every remembered setting once: its key in the INI file, its type and its default.

Loading, saving and resetting all walk this one table, so a key is never spelled twice and
a default never drifts from the engine's: the comparison's defaults are read from
``ComparisonRequest`` itself, not declared again here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from fidgui.core.base.comparison_types import ComparisonRequest
from fidgui.core.encoders.registry import DEFAULT_ENCODER, encoders
from fidgui.gui.app_settings import AppSettings

REQUEST_DEFAULTS: dict[str, Any] = {
    field.name: field.default
    for field in dataclasses.fields(ComparisonRequest)
    if field.default is not dataclasses.MISSING
}


@dataclass(frozen=True)
class Setting:
    """One remembered value: ``name`` is how the settings panel calls it, ``key`` where the INI file keeps it."""

    name: str
    kind: type
    default: Any

    @property
    def key(self) -> str:
        return f"settings/{self.name}"


def _from_request(name: str, kind: type) -> Setting:
    return Setting(name, kind, REQUEST_DEFAULTS[name])


SETTINGS: tuple[Setting, ...] = (
    _from_request("mode", str),
    _from_request("device", str),
    _from_request("decode", str),
    _from_request("top_level_only", bool),
    _from_request("batch_size", int),
    _from_request("metrics", list),
    Setting("feature_cache", bool, True),  # the cache changes no figure, only the time a second run takes
    Setting("save_statistics", bool, False),
    Setting("cluster", str, ""),  # a Dask scheduler's address; empty: compute on this computer
    Setting("expanded", bool, False),  # whether the settings are unfolded
    # the preprocessing mode of each network beside Inception (FD_DINOv2's, CMMD's); by default each one's first
    Setting("network_modes", list, [encoder.modes[0] for encoder in encoders() if encoder.name != DEFAULT_ENCODER]),
)


def defaults() -> dict[str, Any]:
    return {setting.name: _copy(setting.default) for setting in SETTINGS}


def load(settings: AppSettings) -> dict[str, Any]:
    """Every value from the INI file, or its default where it is missing or not of its type."""
    readers = {str: settings.text, int: settings.number, bool: settings.flag}
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        if setting.kind is list:
            stored = settings.text(setting.key, "\0")
            values[setting.name] = list(setting.default) if stored == "\0" else settings.words(setting.key)
        else:
            values[setting.name] = readers[setting.kind](setting.key, setting.default)
    return values


def save(settings: AppSettings, values: dict[str, Any]) -> None:
    writers = {str: settings.set_text, int: settings.set_number, bool: settings.set_flag, list: settings.set_words}
    for setting in SETTINGS:
        value = values[setting.name]
        writers[setting.kind](setting.key, list(value) if setting.kind is list else value)


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, (list, tuple)) else value
