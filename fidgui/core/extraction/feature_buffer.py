"""Per-image features kept for metrics that need them, in memory or on disk beyond a limit.

KID, precision/recall and the views need every image's feature vector; for 50,000
Inception images that is 400 MB per side. Up to ``MEMORY_LIMIT_BYTES`` the rows live in
RAM; beyond it they go to an anonymous temporary file mapped into memory, which the
operating system pages in and out as needed. :meth:`FeatureBuffer.close` gives the file
back as soon as the run is done with it, rather than whenever the garbage collector runs;
rows already handed out stay readable (the mapping outlives the file handle).
"""

from __future__ import annotations

import tempfile
from typing import IO

import numpy as np

from fidgui.core.base.user_dirs import cache_dir

MEMORY_LIMIT_BYTES = 256 * 1024**2


class FeatureBuffer:
    """Rows appended in file order into storage sized once, for at most ``capacity`` images of ``dims`` values."""

    def __init__(self, capacity: int, dims: int, memory_limit: int | None = None) -> None:
        shape = (max(capacity, 1), dims)
        limit = MEMORY_LIMIT_BYTES if memory_limit is None else memory_limit  # read now, so it can be tuned
        self.on_disk = shape[0] * dims * 4 > limit
        self._file: IO[bytes] | None = None
        if self.on_disk:
            folder = cache_dir()
            folder.mkdir(parents=True, exist_ok=True)
            self._file = tempfile.TemporaryFile(prefix="fidgui-features-", dir=folder)
            self._rows: np.ndarray = np.memmap(self._file, dtype=np.float32, mode="w+", shape=shape)
        else:
            self._rows = np.empty(shape, dtype=np.float32)
        self.count = 0
        self.closed = False

    def append(self, rows: np.ndarray) -> None:
        if self.closed:
            raise ValueError("this feature buffer is closed")
        self._rows[self.count : self.count + len(rows)] = rows
        self.count += len(rows)

    def array(self) -> np.ndarray:
        """The rows filled so far (a view: no copy, even on disk)."""
        if self.closed:
            raise ValueError("this feature buffer is closed")
        return self._rows[: self.count]

    def close(self) -> None:
        """Close the temporary file and drop this buffer's hold on the rows; safe to call twice."""
        if self.closed:
            return
        self.closed = True
        # The mapping itself is never closed here: numpy does not pin it, so closing it under rows still in
        # use would crash. Dropping this buffer's reference lets it go with the last view of the rows.
        self._rows = np.empty((0, self._rows.shape[1]), dtype=np.float32)
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> FeatureBuffer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
