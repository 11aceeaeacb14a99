"""Models converted from a ``.pth`` given for a single run (``--model X.pth``), kept in the cache and bounded.

Converting 95 MB of weights takes seconds, so the result is kept, keyed by the
weights' SHA-256, and a second run with the same file reuses it. Each is 91 MB, so
only the few most recently used are kept: a user trying ten checkpoints would
otherwise fill a gigabyte nobody sees. Use is marked on a small ``.used`` file
beside each model, never on the model itself, so that the model's own
modification time (part of its check's key) stays put.
"""

from __future__ import annotations

import os
from pathlib import Path

from fidgui.core.base.errors import Message
from fidgui.core.base.user_dirs import cache_dir

MAX_KEPT = 3
SUFFIX = ".onnx"
_USED = ".used"


def converted_dir() -> Path:
    return cache_dir() / "converted"


def converted_path(weights_sha256: str) -> Path:
    return converted_dir() / f"{weights_sha256}{SUFFIX}"


def mark_used(model: Path) -> None:
    """Stamp ``model`` as just used, then drop the least recently used beyond ``MAX_KEPT``."""
    stamp = model.with_suffix(_USED)
    try:
        stamp.touch()
        os.utime(stamp)
    except OSError:
        return  # a read-only cache: nothing is evicted either
    _evict(keep=model)


def _models() -> list[Path]:
    folder = converted_dir()
    return sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []


def _last_used(model: Path) -> float:
    for candidate in (model.with_suffix(_USED), model):
        try:
            return candidate.stat().st_mtime
        except OSError:
            continue
    return 0.0


def _evict(keep: Path) -> None:
    others = sorted((m for m in _models() if m != keep), key=_last_used, reverse=True)
    for model in others[MAX_KEPT - 1:]:
        _remove(model)


def _remove(model: Path) -> int:
    freed = 0
    for path in (model, model.with_suffix(_USED)):
        try:
            freed += path.stat().st_size
            path.unlink()
        except OSError:
            pass
    return freed


def size_bytes() -> tuple[int, int]:
    """(how many converted models are kept, their bytes)."""
    models = _models()
    total = 0
    for model in models:
        try:
            total += model.stat().st_size
        except OSError:
            pass
    return len(models), total


def clear() -> int:
    """Delete every converted model; returns the bytes freed."""
    return sum(_remove(model) for model in _models())


def status_report() -> Message:
    """Where the converted models are and what they take, for ``cache status``."""
    count, total = size_bytes()
    return Message("cache_converted_models_status", {
        "folder": str(converted_dir()), "count": count, "size_mb": f"{total / 1e6:.1f}", "limit": MAX_KEPT,
    })


def clear_report() -> Message:
    """Delete them all, for ``cache clear``, and say how much was freed."""
    return Message("cache_converted_models_cleared", {"size_mb": f"{clear() / 1e6:.1f}"})
