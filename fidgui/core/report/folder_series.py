"""Whether folders form an ordered series (checkpoints, epochs, steps), so a chart may join their figures by a line.

A line between two points says "and in between it went like this": true for ``ckpt_1000``, ``ckpt_2000``,
``ckpt_5000`` taken in that order, false for ``cats``, ``dogs``, ``ships``, whose FIDs are separate facts and
read best as bars. The names are compared in natural order (``ckpt_2000`` before ``ckpt_10000``), as a person
would sort them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_NUMBER = re.compile(r"(\d+)")


def natural_key(name: str) -> tuple[object, ...]:
    """A sort key that orders the numbers inside names by value: ``step_9`` before ``step_10``."""
    return tuple(int(part) if part.isdigit() else part.casefold() for part in _NUMBER.split(name))


def is_ordered_series(names: Sequence[str]) -> bool:
    """True when there are at least two names, all alike but for one number, given in increasing order of it."""
    if len(names) < 2:
        return False
    patterns, numbers = set(), []
    for name in names:
        parts = _NUMBER.split(name)
        found = [int(part) for part in parts[1::2]]
        if not found:
            return False
        patterns.add(tuple(part.casefold() for part in parts[0::2]) + (len(found),))
        numbers.append(tuple(found))
    if len(patterns) != 1:
        return False
    return all(first < second for first, second in zip(numbers, numbers[1:]))
