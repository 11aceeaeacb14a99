"""How far a compare-many job has come, as a share of the whole, and about how long it still needs.

The job reports which comparison is running (its steps) and, within it, each folder's images. A bar that counted
only finished comparisons stood at 0 % for the whole first one, which is most of a job of two; counting each
comparison's two folders by their images moves it from the first batch on. ``ManyProgress`` shows it: a line
and a bar under the window's Start button.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar

from fidgui.core.base.comparison_types import Notice, Progress
from fidgui.core.base.errors import Message
from fidgui.gui.text import fill, say
from fidgui.gui.widgets.plain_text import sentence_label
from fidgui.gui.widgets.run_progress import duration

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


class ManyRunStatus:
    """The lines and bar under a compare-many window's Start button: during a run which comparison runs, how far
    the job is and the time left; after it, the outcome and what went wrong.

    Kept apart from the window so the window only starts, stops and shows results. Its sentences keep the
    window's translation context, so the window's translations serve them unchanged.
    """

    def __init__(self) -> None:
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.hide()
        self.errors = sentence_label()  # user-controlled text: never read as HTML
        self.errors.setStyleSheet("color: #b03a2e;")
        self.words: tuple[Callable[[], str], Callable[[], str]] = (str, str)  # a run's outcome and problems
        self.clock = JobClock()
        self.step_text = ""

    def restart(self) -> None:
        """A new run: the clock starts again at its first step, and the last run's problems go."""
        self.clock = JobClock()
        self.errors.hide()

    def set_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        if running:
            self.label.setText(QCoreApplication.translate("CompareManyWindow", "Starting…"))

    def show_outcome(self, status: Callable[[], str], problems: Callable[[], str]) -> None:
        """How a run ended, as functions, so that ``reword`` says it again in another language."""
        self.words = (status, problems)
        self.reword()

    def show_problem(self, sentence: str) -> None:
        self.show_outcome(self.label.text, lambda: sentence)

    def reword(self) -> None:
        """The last run's outcome in the window's language, worded again when the language changes."""
        status, problems = self.words
        self.label.setText(status())
        self.errors.setText(problems())
        self.errors.setVisible(bool(self.errors.text()))

    def at_step(self, number: int, steps: int, first: str, second: str) -> None:
        self.bar.setRange(0, BAR_STEPS)
        self.show_share(self.clock.at_step(number, steps))
        sentence = QCoreApplication.translate("CompareManyWindow", "Comparison %1 of %2: %3 and %4")
        self.step_text = fill(sentence, number + 1, steps, Path(first).name, Path(second).name)
        self.label.setText(self.step_text)

    def at_notice(self, notice: Notice) -> None:
        if notice.code == "cluster_workers":  # which cluster, and how many workers, while its comparisons run
            self.step_text = f"{self.step_text} · {say(notice)}"

    def at_progress(self, progress: Progress) -> None:
        if progress.stage == "metrics":  # counts metrics, not images: the step line already says what runs
            return
        if progress.side == "real":
            side = QCoreApplication.translate("CompareManyWindow", "first folder")
        else:
            side = QCoreApplication.translate("CompareManyWindow", "second folder")
        sentence = QCoreApplication.translate("CompareManyWindow", "%1: %2 of %3 images")
        detail = fill(sentence, side, f"{progress.done:,}", f"{progress.total:,}")
        left = self.show_share(self.clock.within(progress))
        if left is not None:
            detail += " · " + say(Message("many_time_left", time=duration(left)))
        self.label.setText(f"{self.step_text} · {detail}")

    def show_share(self, share: float) -> float | None:
        """Move the bar to ``share`` of the whole job; the seconds probably left, once there is enough to go by."""
        self.bar.setValue(round(min(max(share, 0.0), 1.0) * BAR_STEPS))
        return self.clock.seconds_left(share)
