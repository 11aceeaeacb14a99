"""Where the application's own files (icons, the .desktop file) are, however it was installed.

The files live once, in the repository's top-level ``resources/``. A wheel carries
them as ``fidgui/resources`` (see pyproject.toml), a PyInstaller build unpacks them
to ``<bundle>/resources``, and a source checkout reads them in place. Nothing is
looked up through the working directory.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder holding icons and desktop files; raises FileNotFoundError when none is present."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources"] if bundle else []
    candidates += [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("fidgui's resources folder is missing; reinstall the application.")


def resource_path(name: str) -> Path:
    """One file in the resources folder, e.g. ``icons/fidgui-256.png``."""
    return resources_dir() / name
