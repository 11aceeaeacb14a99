"""The per-user folders where fidgui keeps what it writes: model, cache, settings, logs.

Nothing is ever written beside the program or into the working directory, so a
read-only install and a shared lab machine both work. ``FIDGUI_HOME`` moves all of
it under one folder (portable installs, and tests that must not touch a real profile).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "fidgui"
HOME_VARIABLE = "FIDGUI_HOME"


def _folder(kind: str) -> Path:
    home = os.environ.get(HOME_VARIABLE)
    if home:
        return Path(home) / kind
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return Path(
        {
            "data": dirs.user_data_dir,
            "cache": dirs.user_cache_dir,
            "config": dirs.user_config_dir,
            "logs": dirs.user_log_dir,
        }[kind]
    )


def data_dir() -> Path:
    """Where the converted model lives (kept across updates)."""
    return _folder("data")


def cache_dir() -> Path:
    """Throw-away files: downloads in progress, models converted for a single run."""
    return _folder("cache")


def config_dir() -> Path:
    """Settings (the window's remembered folders and choices)."""
    return _folder("config")


def log_dir() -> Path:
    return _folder("logs")
