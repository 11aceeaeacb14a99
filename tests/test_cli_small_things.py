"""Item 17 at the command line: ``history list | head`` ends quietly, and progress says "all from the feature
cache" instead of "0.0 images/s", with a time estimate while images are read."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import datetime, timezone

from fidgui.cli.progress import ProgressPrinter
from fidgui.core.base.comparison_types import ComparisonResult, Progress, SideSummary
from fidgui.core.report.document import result_to_dict
from fidgui.core.stores.history import History


def _fill_history(count: int) -> None:
    store = History()
    side = SideSummary("/data/" + "long_folder_name_" * 4, 24)
    for index in range(count):
        result = ComparisonResult(float(index), side, side, "pytorch-fid", "faithful", "0" * 64, True, "CPU", 1.0)
        store.record(result_to_dict(result), created=datetime(2026, 1, 1, tzinfo=timezone.utc))
    store.close()


def test_history_list_into_a_reader_that_leaves_early_exits_quietly():
    _fill_history(400)  # more than a pipe holds, so the writer meets the closed pipe
    process = subprocess.Popen([sys.executable, "-m", "fidgui.cli", "history", "list"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()  # the first line, as `head -1` would take it
    process.stdout.close()
    errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0
    assert errors == ""  # no BrokenPipeError traceback, no "Exception ignored" line


def test_history_list_through_head_in_a_shell_is_quiet():
    _fill_history(400)
    done = subprocess.run(f"{sys.executable} -m fidgui.cli history list | head -3", shell=True,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == ""
    assert len(done.stdout.splitlines()) == 3


def test_a_side_from_the_cache_prints_no_rate_and_reading_prints_the_time_left():
    stream = io.StringIO()
    printer = ProgressPrinter(stream)
    printer(Progress("real", 0, 50, 0.0, None, stage="loading model"))
    printer(Progress("real", 50, 50, 0.0, 0.0, stage="from cache"))
    printer(Progress("generated", 10, 50, 12.5, 3.2))
    printer(Progress("generated", 50, 50, 12.5, 0.0))
    lines = stream.getvalue().splitlines()
    assert lines == [
        "real: all 50 images from the feature cache",
        "generated: 10/50 images, 12.5 images/s, about 0:03 left",
        "generated: 50/50 images, 12.5 images/s",
    ]
    assert "0.0 images/s" not in stream.getvalue()
