"""A read-only stream that hashes, counts and reports every byte that passes through it.

The weights file is read once, front to back: the SHA-256 that tells the standard
weights apart is computed on the way, and the progress bar follows the same bytes.
"""

from __future__ import annotations

import hashlib
import io
from typing import BinaryIO, Callable

ByteProgress = Callable[[int, int], None]
"""Called with (bytes read so far, bytes in the file)."""

_CHUNK = 4 << 20
_PROGRESS_STEP = 1 << 20


class HashingReader(io.RawIOBase):
    """Wraps the open file; ``hexdigest`` reads whatever is left so trailing bytes count too."""

    def __init__(self, stream: BinaryIO, total: int, progress: ByteProgress | None) -> None:
        super().__init__()
        self._stream = stream
        self._hash = hashlib.sha256()
        self._progress = progress
        self._reported = 0
        self.total = total
        self.position = 0

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.position

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        count = self._stream.readinto(buffer) or 0
        if count:
            self._hash.update(memoryview(buffer)[:count])
            self.position += count
            if self._progress and (self.position - self._reported >= _PROGRESS_STEP or self.position == self.total):
                self._reported = self.position
                self._progress(self.position, self.total)
        return count

    def hexdigest(self) -> str:
        """The SHA-256 of the whole file, reading whatever is left of it first."""
        while self.read(_CHUNK):
            pass
        return self._hash.hexdigest()


def read_exactly(stream: BinaryIO, buffer: memoryview) -> int:
    """Fill ``buffer`` from ``stream`` chunk by chunk (never a second whole copy); the bytes read, short at its end."""
    done = 0
    while done < len(buffer):
        chunk = stream.read(min(_CHUNK, len(buffer) - done))
        if not chunk:
            break
        buffer[done:done + len(chunk)] = chunk
        done += len(chunk)
    return done
