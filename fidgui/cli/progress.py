"""Progress on stderr: a redrawn bar on a terminal, a line every 10% when stderr is a file or a pipe."""

from __future__ import annotations

import time
from typing import TextIO

from fidgui.cli.messages import say
from fidgui.core.base.comparison_types import Progress
from fidgui.core.base.errors import Message, side_word
from fidgui.core.encoders.registry import DEFAULT_ENCODER


def _clock(seconds: float) -> str:
    """Minutes and seconds (``2:05``), the same in every language."""
    return f"{int(seconds) // 60}:{int(seconds) % 60:02d}"


class ProgressPrinter:
    """A one-line progress bar on a terminal; a line every 10% when stderr is a file."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._is_tty = stream.isatty()
        self._last_decile: dict[str, int] = {}
        self._last_draw = 0.0

    def __call__(self, progress: Progress) -> None:
        if progress.total == 0:
            return
        if progress.stage == "metrics":  # steps of the metric being computed, not images: a line at its end
            if progress.done == progress.total:
                self._stream.write(say(Message("cli_metric_steps", done=progress.done, total=progress.total)) + "\n")
                self._stream.flush()
            return
        if progress.stage == "loading model":
            return  # no image read yet: a rate of 0.0 would say nothing
        if progress.stage == "from cache":  # the whole side at once, no network: no rate, no time left
            self._stream.write(say(Message("cli_progress_from_cache", side=side_word(progress.side),
                                           total=progress.total)) + "\n")
            self._stream.flush()
            return
        fraction = progress.done / progress.total
        side = say(side_word(progress.side))
        if progress.encoder and progress.encoder != DEFAULT_ENCODER:  # several networks run: say which one this is
            side = f"{progress.encoder} · {side}"
        if self._is_tty:
            now = time.monotonic()
            if progress.done < progress.total and now - self._last_draw < 0.1:
                return
            self._last_draw = now
            filled = int(fraction * 30)
            left = ""
            if progress.seconds_left is not None:
                left = "  " + say(Message("cli_progress_left", time=_clock(progress.seconds_left)))
            rate = say(Message("cli_progress_rate", rate=progress.images_per_second))
            bar = f"[{'#' * filled}{'.' * (30 - filled)}]"
            line = f"\r{side:>9} {bar} {progress.done}/{progress.total}  {rate}{left}"
            self._stream.write(line + ("\n" if progress.done >= progress.total else ""))
        else:
            decile = int(fraction * 10)
            key = f"{progress.encoder}/{progress.side}"
            if decile == self._last_decile.get(key) or progress.done == 0:
                return
            self._last_decile[key] = decile
            still_going = progress.seconds_left is not None and progress.done < progress.total
            line = Message("cli_progress_side_left" if still_going else "cli_progress_side", side=side,
                           done=progress.done, total=progress.total, rate=progress.images_per_second,
                           time=_clock(progress.seconds_left or 0.0))
            self._stream.write(say(line) + "\n")
        self._stream.flush()


class StagePrinter:
    """Model setup progress: a rewritten line on a terminal, a line per stage and per 10% otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._is_tty = stream.isatty()
        self._last: tuple[str, int] | None = None

    def __call__(self, stage: object, done: int, total: int | None) -> None:
        stage = stage if isinstance(stage, str) else say(stage)  # a stage may arrive as a message
        percent = 100 * done // total if total else None
        step = (stage, percent if self._is_tty or percent is None else percent // 10)
        if step == self._last:
            return
        self._last = step
        text = stage if percent is None else f"{stage}: {percent}%"
        if self._is_tty:
            self._stream.write(f"\r\033[K{text}")
            if percent is None or percent >= 100:
                self._stream.write("\n")
        else:
            self._stream.write(text + "\n")
        self._stream.flush()
