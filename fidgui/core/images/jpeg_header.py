"""Tell a JPEG that holds its pixels from one that only claims them.

A 2 KB file whose header claims 14000 × 14000 pixels and whose data ends with an end-of-image marker is
"decoded" by libjpeg as a grey picture with a warning PIL does not pass on, and it would count as a valid image.
Huffman-coded JPEG spends at least two bits on every 8 × 8 block of every component (a DC code and an
end-of-block code, each at least one bit), so a file smaller than one bit per luminance block cannot hold the
picture its header announces. The bound is half the true minimum, so a real file never trips it. Arithmetic
coding (rare) can go below it and is not checked.
"""

from __future__ import annotations

_ARITHMETIC_SOF = frozenset({0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
_HUFFMAN_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7})
_HEADER_SCAN_LIMIT = 1 << 20


def _frame_marker(data: bytes) -> int | None:
    """The start-of-frame marker byte (0xC0 ... 0xCF), walking the segments from the start of the file."""
    position = 2
    end = min(len(data), _HEADER_SCAN_LIMIT)
    while position + 4 <= end:
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in _HUFFMAN_SOF or marker in _ARITHMETIC_SOF:
            return marker
        if marker == 0xDA or marker == 0xD9:  # scan or end before any frame header
            return None
        position += 2 + int.from_bytes(data[position + 2 : position + 4], "big")
    return None


def holds_too_few_bytes(data: bytes, width: int, height: int) -> bool:
    """True when a Huffman-coded JPEG is too small to hold ``width`` × ``height`` pixels (so it is cut short)."""
    if _frame_marker(data) not in _HUFFMAN_SOF:
        return False
    blocks = -(-width // 8) * -(-height // 8)
    return len(data) * 8 < blocks
