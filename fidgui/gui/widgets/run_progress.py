"""A run's progress in the main window: a sentence and a bar per side, and the notes that arrive on the way.

Kept apart from the window so the window only decides *when* a run starts and ends; how its
progress reads (rates, time left, cached sides, skipped files) is this widget's one job.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from fidgui.core.base.comparison_types import Notice, Progress
from fidgui.core.encoders.registry import DEFAULT_ENCODER
from fidgui.core.base.errors import Message
from fidgui.core.report.notice_order import information_last
from fidgui.gui.text import fill, say

SIDES = ("real", "generated")


def duration(seconds: float | None) -> str:
    """Seconds as "42 s" or "3:05"; an unknown duration as an ellipsis."""
    if seconds is None:
        return "…"
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else f"{seconds} s"


class SideProgress(QWidget):
    """One side's progress: a sentence and a bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)


class RunProgress(QWidget):
    """Both sides' progress and the run's notes; ``begin()`` clears what the previous run left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side_progress = {side: SideProgress() for side in SIDES}
        self.run_notes = QLabel()
        self.run_notes.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.run_notes.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for side in SIDES:
            layout.addWidget(self.side_progress[side])
        layout.addWidget(self.run_notes)
        self._seen: dict[str, Progress] = {}
        self._notices: list[Notice] = []
        self._skipped = 0

    def begin(self) -> None:
        self._seen, self._notices, self._skipped = {}, [], 0
        self.retranslate()

    def add_progress(self, progress: Progress) -> None:
        self._seen[progress.side] = progress
        self._show_side(progress.side)

    def add_notice(self, notice: Notice) -> None:
        if notice.code == "skipped":
            self._skipped += 1
        else:
            self._notices.append(notice)
        self._show_notes()

    def retranslate(self) -> None:
        for side in SIDES:
            self._show_side(side)
        self._show_notes()

    def _show_side(self, side: str) -> None:
        widget = self.side_progress[side]
        progress = self._seen.get(side)
        name = self.tr("Real images") if side == "real" else self.tr("Generated images")
        if progress is None:
            widget.label.setText(fill(self.tr("%1: waiting"), name))
            widget.bar.setRange(0, 1)
            widget.bar.setValue(0)
            return
        if progress.encoder and progress.encoder != DEFAULT_ENCODER:  # a second network reads the side: say which
            name = f"{name} · {progress.encoder}"
        if progress.stage == "loading model":
            widget.label.setText(fill(self.tr("%1: loading the model…"), name))
            widget.bar.setRange(0, 0)
            return
        if progress.stage == "metrics":
            steps = fill(self.tr("%1: computing the metrics (%2 of %3)"), name, progress.done, progress.total)
            widget.label.setText(steps)
            widget.bar.setRange(0, max(progress.total, 1))
            widget.bar.setValue(progress.done)
            return
        if progress.stage == "from cache":
            widget.label.setText(fill(self.tr("%1: %2 images, from the feature cache"), name, f"{progress.total:,}"))
            widget.bar.setRange(0, 1)
            widget.bar.setValue(1)
            return
        widget.bar.setRange(0, max(progress.total, 1))
        widget.bar.setValue(progress.done)
        if progress.total and progress.done >= progress.total:  # read: "done", never "about 0 s left"
            widget.label.setText(say(Message("progress_side_done", side=name, total=f"{progress.total:,}")))
            return
        widget.label.setText(
            fill(
                self.tr("%1: %2 of %3 · %4 images/s · about %5 left"),
                name,
                f"{progress.done:,}",
                f"{progress.total:,}",
                f"{progress.images_per_second:.1f}",
                duration(None if progress.seconds_left is None else max(progress.seconds_left, 1.0)),  # never "0 s"
            )
        )

    def _show_notes(self) -> None:
        lines = [_while_running(notice) for notice in information_last(self._notices)]
        if self._skipped:
            sentence = self.tr("Files skipped so far: %1 (listed with reasons in the result).")
            lines.append(fill(sentence, self._skipped))
        self.run_notes.setText("\n".join(lines))
        self.run_notes.setVisible(bool(lines))


def _while_running(notice: Notice) -> str:
    """A notice as the run's note: the CPU fallback in the present tense (the run is still going)."""
    if notice.code == "device_fallback" and notice.message.code == "device_fallback_cpu":
        return say(Message("device_fallback_cpu_running", notice.message.params))
    return say(notice)
