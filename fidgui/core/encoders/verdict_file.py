"""Checks of model files remembered in the profile, per file version: one store for every network's verdicts.

Checking a model (running it on probe images, hashing it) costs seconds for a large file, and its
answer only changes when the file does. A verdict is kept under a key that holds the file version
(path, size, modification time, inode) and whatever else the check depended on; a replaced or
edited file gets a new key and is checked again. Records of files that are gone are dropped on the
next write. These files are hints: a damaged, missing or unwritable one only means checking again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fidgui.core.base.atomic_files import write_text_atomically
from fidgui.core.base.user_dirs import cache_dir


def read_json_object(path: Path) -> dict[str, Any]:
    """A JSON object from ``path``; {} when it is missing, damaged or not an object (these files are only hints)."""
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def file_version(path: Path) -> str:
    """The part of a key that changes whenever the file is replaced or edited."""
    stat = path.stat()
    return f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{stat.st_ino}"


class VerdictFile:
    """One JSON file of verdicts in the profile's cache folder: key -> the facts a check found, and the model's path."""

    def __init__(self, filename: str) -> None:
        self.filename = filename

    def path(self) -> Path:
        return cache_dir() / self.filename

    def recall(self, key: str) -> dict[str, Any] | None:
        """What an earlier check stored under ``key``, or None."""
        entry = read_json_object(self.path()).get(key)
        return entry if isinstance(entry, dict) else None

    def remember(self, key: str, model: Path, facts: dict[str, Any]) -> None:
        """Keep a passed check of ``model``; a failure to write only costs a re-check at the next start."""
        verdicts = {k: v for k, v in read_json_object(self.path()).items()
                    if isinstance(v, dict) and Path(str(v.get("path"))).exists()}
        verdicts[key] = {"path": str(model.resolve()), **facts}
        try:
            write_text_atomically(self.path(), json.dumps(verdicts, indent=1))
        except OSError:
            pass
