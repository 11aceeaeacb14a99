"""A side given as chosen image files rather than a folder: what a person drops from a file manager.

Artists select the pictures they mean (twelve renders out of a folder of drafts) and drop them; the
comparison then reads exactly those files. The selection names its files and nothing else, so that
every front end can hand it to the run as it hands a folder's path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True)
class ImageSelection:
    """Image files chosen one by one; ``folder`` is the deepest folder that holds them all (for names and paths)."""

    files: tuple[Path, ...]

    @classmethod
    def of(cls, files: Iterable[Path | str]) -> "ImageSelection":
        """The selection of ``files`` in a fixed order, each path once."""
        unique = sorted({Path(file) for file in files}, key=lambda path: path.as_posix())
        if not unique:
            raise ValueError("an image selection needs at least one file")
        return cls(tuple(unique))

    @property
    def folder(self) -> Path:
        if len(self.files) == 1:
            return self.files[0].parent
        return Path(os.path.commonpath([str(file.parent) for file in self.files]))

    def __len__(self) -> int:
        return len(self.files)
