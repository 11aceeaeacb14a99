"""Warnings first, information last: the order every front end lists a result's notices in.

Some notices change nothing in the figures (which device computed them, where the images came from); listed
first, they pushed the warnings that do matter (too few images, converted pictures) down the list. They keep
their relative order, and so do the warnings.
"""

from __future__ import annotations

from typing import Iterable

from fidgui.core.base.comparison_types import Notice

INFORMATION = frozenset({"device_fallback", "from_subfolders", "feature_cache"})
"""Notice codes that describe the run but do not bear on what the figures mean."""


def information_last(notices: Iterable[Notice]) -> list[Notice]:
    """The notices with the information ones moved to the end, each group in its own order."""
    listed = list(notices)
    return [n for n in listed if n.code not in INFORMATION] + [n for n in listed if n.code in INFORMATION]
