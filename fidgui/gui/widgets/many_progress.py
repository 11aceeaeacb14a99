"""How far a compare-many job has come, as a share of the whole, and about how long it still needs.

The job reports which comparison is running (its steps) and, within it, each folder's images. A bar that counted
only finished comparisons stood at 0 % for the whole first one, which is most of a job of two; counting each
comparison's two folders by their images moves it from the first batch on.
"""

from __future__ import annotations

import time

from fidgui.core.base.comparison_types import Progress

BAR_STEPS = 1000  # a bar counts thousandths of the job, so it moves within the first comparison too


class JobClock:
    """The share done (0 to 1) and the seconds probably left, from steps and per-folder progress."""

    def __init__(self) -> None:
        self.started: float | None = None
        self.step, self.steps = 0, 1

    def at_step(self, number: int, steps: int) -> float:
        """A comparison starts; the share done before it."""
        if self.started is None:
            self.started = time.monotonic()
        self.step, self.steps = number, max(steps, 1)
        return number / self.steps

    def within(self, progress: Progress) -> float:
        """The share done, with the running comparison's first folder as its first half and its second as the
        other."""
        if not progress.total:
            return self.step / self.steps
        part = ((0 if progress.side == "real" else 1) + progress.done / progress.total) / 2
        return min((self.step + part) / self.steps, 1.0)

    def seconds_left(self, share: float) -> float | None:
        """Elapsed time scaled by what is left; None until a second has passed and 1 % is done."""
        if self.started is None or share < 0.01:
            return None
        elapsed = time.monotonic() - self.started
        return elapsed * (1 - share) / share if elapsed >= 1.0 else None
