"""The messages that say how the pictures of one side were read, from the notes the decoder records.

They are written for people who never heard of a PIL mode, and depend on the decoding policy where the two
policies read a kind of picture differently. Each note is a code with its count; the front end words it.
"""

from __future__ import annotations

from fidgui.core.base.comparison_types import DECODE_POLICIES
from fidgui.core.base.errors import Message

NOTE_CODES = (
    "grayscale", "bilevel", "palette", "cmyk", "sixteen_bit", "exif_rotated", "alpha", "animated", "reduced"
)
_BY_POLICY = frozenset({"sixteen_bit", "exif_rotated", "alpha"})  # the notes the two policies read differently


def note_message(code: str, count: int, policy: str) -> Message:
    """One note as a message: ``note_<code>`` or, where the policies differ, ``note_<code>_<policy>``."""
    if policy not in DECODE_POLICIES:
        raise ValueError(f"unknown decoding policy {policy!r}")
    return Message(f"note_{code}_{policy}" if code in _BY_POLICY else f"note_{code}", count=count)


def describe_notes(counts: dict[str, int], policy: str) -> list[Message]:
    """One message per note with a positive count, in a fixed order, for people who never heard of a PIL mode."""
    return [note_message(code, counts[code], policy) for code in NOTE_CODES if counts.get(code, 0) > 0]
