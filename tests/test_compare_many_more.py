"""Item 15: compare-many's rows carry their warnings, its results reach the history, its bar moves within the first
comparison with a time estimate, a line joins only an ordered series (else bars), and long names never overlap."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from conftest import IMAGES
from fidgui.core.base.comparison_types import Progress
from fidgui.core.report.folder_series import is_ordered_series, natural_key
from fidgui.core.stores.history import History
from fidgui.gui.widgets.charts import GENERATED_COLOUR, LineChart, LineSeries
from fidgui.gui.widgets.many_progress import JobClock
from fidgui.gui.windows.compare_many_window import CompareManyWindow

RUN_TIMEOUT_MS = 180_000


def _folder(target: Path, source: str, count: int) -> Path:
    target.mkdir(parents=True)
    for path in sorted((IMAGES / source).iterdir())[:count]:
        shutil.copy(path, target / path.name)
    return target


def test_only_folders_alike_but_for_an_increasing_number_are_a_series():
    assert is_ordered_series(["ckpt_1000", "ckpt_2000", "ckpt_10000"])
    assert is_ordered_series(["run3_epoch5", "run3_epoch10"])
    assert not is_ordered_series(["ckpt_2000", "ckpt_1000"])  # given out of order
    assert not is_ordered_series(["cats", "dogs", "ships"])
    assert not is_ordered_series(["epoch_1", "epoch_2", "final"])
    assert not is_ordered_series(["a_1", "b_2"])
    assert not is_ordered_series(["ckpt_1000"])
    assert sorted(["ckpt_10000", "ckpt_2000", "ckpt_1000"], key=natural_key) == ["ckpt_1000", "ckpt_2000", "ckpt_10000"]


def test_the_clock_counts_images_within_a_comparison_and_estimates_the_rest():
    clock = JobClock()
    assert clock.at_step(0, 2) == 0.0
    assert clock.within(Progress("real", 5, 10, 1.0, None)) == 0.125
    assert clock.within(Progress("generated", 10, 10, 1.0, None)) == 0.5
    clock.started = time.monotonic() - 10.0
    assert 29.0 < clock.seconds_left(0.25) < 31.5
    assert clock.seconds_left(0.001) is None


def test_long_names_are_slanted_rather_than_overlapping(qtbot):
    chart = LineChart()
    metrics = QFontMetricsF(QFont())
    chart.set_data(["a", "b"], [LineSeries("FID", GENERATED_COLOUR, [1.0, 2.0])], "t", "FID")
    assert not chart.slants_labels(metrics, 1000)
    names = [f"samples_with_a_long_descriptive_name_{index}" for index in range(8)]
    chart.set_data(names, [LineSeries("FID", GENERATED_COLOUR, [1.0] * 8)], "t", "FID")
    assert chart.slants_labels(metrics, 1000)
    assert chart.image().width() == 1200  # draws without error in the slanted layout


def test_a_run_shows_warnings_per_row_records_history_moves_the_bar_and_picks_line_or_bars(
    qtbot, installed_model: Path, tmp_path: Path, monkeypatch
):
    real = _folder(tmp_path / "real", "small_a", 6)
    checkpoints = [_folder(tmp_path / name, "small_b", 4) for name in ("ckpt_1000", "ckpt_2000")]
    window = CompareManyWindow(lambda: {"device": "cpu", "batch_size": 8})
    qtbot.addWidget(window)
    window.show()
    shares: list[tuple[int, float]] = []
    original = window.progress.show_share
    monkeypatch.setattr(window.progress, "show_share", lambda share: shares.append((window.progress.clock.step, share))
                        or original(share))
    window.set_real(real)
    window.add_folders(checkpoints)
    with qtbot.waitSignal(window.finished, timeout=RUN_TIMEOUT_MS) as finished:
        qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    outcomes = finished.args[0]
    assert all(outcome.result is not None for outcome in outcomes)
    assert any(step == 0 and 0.0 < share < 0.5 for step, share in shares)  # moved during the first comparison
    warnings = window.table.item(0, 6)
    assert warnings.text().startswith("⚠ ") and "Too few images for a complete covariance" in warnings.text()
    assert "not more than the 2,048 features" in warnings.toolTip()
    assert window.line_chart.bars is False  # ckpt_1000, ckpt_2000: an ordered series, joined by a line
    entries = History().list_entries()
    assert sorted(Path(entry.generated_source).name for entry in entries) == ["ckpt_1000", "ckpt_2000"]

    qtbot.waitUntil(lambda: window.start_button.isEnabled())
    window.add_folders([_folder(tmp_path / "cats", "small_a", 4)])  # ckpt_1000, ckpt_2000, cats: not a series
    with qtbot.waitSignal(window.finished, timeout=RUN_TIMEOUT_MS):
        qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    assert window.line_chart.categories == ["ckpt_1000", "ckpt_2000", "cats"]
    assert window.line_chart.bars is True  # unrelated folders: bars, no line between them
    window.close()
