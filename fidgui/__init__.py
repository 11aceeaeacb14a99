"""fidgui: FID and its companions for two folders of images, offline.

``fidgui.compare``, ``fidgui.statistics`` and ``fidgui.frechet_distance`` are the Python API (:mod:`fidgui.api`);
they are imported on first use, so starting the window or the command line never pays for them.
"""

import importlib
from typing import Any

__version__ = "0.1.0"

_API = ("compare", "statistics", "frechet_distance")


def __getattr__(name: str) -> Any:
    if name in _API:
        # Imported by name on first use: the core reads ``fidgui.__version__`` from this module, and a static
        # import here would make every core module appear to depend on the API that stands on top of it.
        return getattr(importlib.import_module("fidgui.api"), name)
    raise AttributeError(f"module 'fidgui' has no attribute {name!r}")
