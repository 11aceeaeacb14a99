"""How much memory decoding one picture takes, and a budget shared by every decoder of the process.

A 762 KB PNG can hold 14000 × 14000 RGBA pixels: PIL's buffer for it is 784 MB, and the float temporaries of a
whole-image conversion took 6.2 GB; four decoders at once could ask for 24 GB. fidgui therefore converts in
strips of rows (see :func:`strip_rows`), so an image costs PIL's buffer plus the 8-bit RGB result, estimated by
:func:`decode_bytes_needed` from the header alone; an image above PER_IMAGE_BYTES is reduced or refused before
a pixel is decoded, and :data:`DECODE_MEMORY` makes concurrent decoders wait until their sum fits TOTAL_BYTES.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Iterator

PER_IMAGE_BYTES = 1_600_000_000  # every picture under MAX_PIXELS on the exact paths (about 7 bytes per pixel)
TOTAL_BYTES = 2_400_000_000  # all decoders together; one image alone may always use its full budget
STRIP_BYTES = 16 << 20  # temporaries of one strip of rows (float-free, but widened to 16 or 32 bits)

# Bytes per pixel of PIL's own buffer for each mode: 8-bit single-band modes take one byte, 16-bit modes two,
# everything else (RGB included, and LA/PA) is stored in 32-bit pixels.
_ONE_BYTE_MODES = frozenset({"1", "L", "P"})
_TWO_BYTE_MODES = frozenset({"I;16", "I;16L", "I;16B", "I;16N"})
_RGB_RESULT_BYTES = 3
_STRIP_WIDENING = 12  # the widest strip temporary per pixel: RGBA as uint16 products (alpha compositing)


def buffer_bytes_per_pixel(mode: str) -> int:
    if mode in _ONE_BYTE_MODES:
        return 1
    if mode in _TWO_BYTE_MODES:
        return 2
    return 4


def decode_bytes_needed(mode: str, width: int, height: int, *, rotated: bool = False) -> int:
    """Peak bytes to decode a picture: PIL's buffer (twice when EXIF rotation copies it) plus the RGB result."""
    pixels = width * height
    buffers = 2 if rotated else 1
    return pixels * (buffer_bytes_per_pixel(mode) * buffers + _RGB_RESULT_BYTES) + STRIP_BYTES


def strip_rows(width: int) -> int:
    """Rows per strip so that one strip's temporaries stay under STRIP_BYTES."""
    return max(1, STRIP_BYTES // max(1, width * _STRIP_WIDENING))


class DecodeMemory:
    """A counting budget in bytes: ``reserve`` waits until the request fits beside what others hold.

    A request larger than the whole budget still runs, alone, so no image waits forever.
    """

    def __init__(self, total: int) -> None:
        self.total = total
        self.in_use = 0
        self.peak = 0
        self._changed = threading.Condition()

    @contextlib.contextmanager
    def reserve(self, nbytes: int) -> Iterator[None]:
        with self._changed:
            while self.in_use > 0 and self.in_use + nbytes > self.total:
                self._changed.wait(0.5)
            self.in_use += nbytes
            self.peak = max(self.peak, self.in_use)
        try:
            yield
        finally:
            with self._changed:
                self.in_use -= nbytes
                self._changed.notify_all()


DECODE_MEMORY = DecodeMemory(TOTAL_BYTES)
