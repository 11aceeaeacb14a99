"""Per-image features kept for metrics that need them, in memory or on disk beyond a limit.

KID, precision/recall and the views need every image's 2048 features; for 50,000
images that is 400 MB per side. Up to ``MEMORY_LIMIT_BYTES`` the rows live in RAM;
beyond it they go to an anonymous temporary file mapped into memory, which the
operating system pages in and out as needed and deletes when the run ends.
"""

from __future__ import annotations

import tempfile

import numpy as np

from fidgui.core.base.user_dirs import cache_dir

MEMORY_LIMIT_BYTES = 256 * 1024**2


class FeatureBuffer:
    """Rows appended in file order into storage sized once, for at most ``capacity`` images."""

    def __init__(self, capacity: int, dims: int, memory_limit: int = MEMORY_LIMIT_BYTES) -> None:
        shape = (max(capacity, 1), dims)
        self.on_disk = shape[0] * dims * 4 > memory_limit
        if self.on_disk:
            folder = cache_dir()
            folder.mkdir(parents=True, exist_ok=True)
            self._file = tempfile.TemporaryFile(prefix="fidgui-features-", dir=folder)
            self._rows: np.ndarray = np.memmap(self._file, dtype=np.float32, mode="w+", shape=shape)
        else:
            self._rows = np.empty(shape, dtype=np.float32)
        self.count = 0

    def append(self, rows: np.ndarray) -> None:
        self._rows[self.count : self.count + len(rows)] = rows
        self.count += len(rows)

    def array(self) -> np.ndarray:
        """The rows filled so far (a view: no copy, even on disk)."""
        return self._rows[: self.count]
