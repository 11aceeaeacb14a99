"""Issue 12, items 6-8 in the window: results marked once the inputs change (and reopened with their own inputs),
image files dropped as a side, drops that cannot be used explained, and counts that agree with the run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import IMAGES
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from fidgui.core.base.comparison_types import ComparisonResult
from fidgui.gui.widgets.drop_zone import DropZone
from fidgui.gui.windows.main_window import MainWindow
from fidgui.gui.windows.result_freshness import MessageLabel
from fidgui.messages.render import render

RUN_TIMEOUT_MS = 120_000


def _drop(zone: DropZone, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    zone.dropEvent(event)


def _copy(source: Path, target: Path, count: int) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.iterdir())[:count]:
        shutil.copy(path, target / path.name)
    return target


def _checked(qtbot, *zones: DropZone) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: all(zone.summary is not None and zone.summary.check_done for zone in zones),
                    timeout=60_000)


def _run(qtbot, window: MainWindow) -> ComparisonResult:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.comparisonFinished, timeout=RUN_TIMEOUT_MS) as finished:
        window.compare()
    qtbot.waitUntil(lambda: window.job is None and not window.side_jobs.busy)  # recorded in the history
    return finished.args[0]


@pytest.fixture
def window(qtbot, installed_model: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    created = MainWindow(remember=False)
    qtbot.addWidget(created)
    created.show()
    return created


def test_dropped_image_files_are_the_side_and_the_counts_and_skipped_files_agree_with_the_run(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    chosen = sorted((IMAGES / "small_a").iterdir())[:5]
    _drop(window.real_zone, *chosen)
    mixed = _copy(IMAGES / "small_b", tmp_path / "mixed", 6)
    for broken in (IMAGES / "broken").iterdir():
        shutil.copy(broken, mixed / broken.name)
    _drop(window.generated_zone, mixed)
    _checked(qtbot, window.real_zone, window.generated_zone)
    assert window.real_zone.name.text() == f"5 chosen files in {IMAGES / 'small_a'}"
    assert window.real_zone.count.text() == "Usable images: 5 of the 5 chosen files"
    assert window.generated_zone.count.text() == "Usable images: 6"  # not 11: five files will not decode
    zone_list = window.generated_zone.skipped_list.toPlainText().splitlines()
    result = _run(qtbot, window)
    assert result.real.n_images == 5
    assert [Path(path) for path in result.per_image["real"].paths] == chosen  # exactly the dropped files
    assert result.generated.n_images == 6
    assert zone_list == [f"{Path(item.path).name}: {render(item.reason)}" for item in result.generated.skipped]
    assert len(zone_list) == 6


def test_a_side_with_too_few_usable_images_lists_every_reason(qtbot, window: MainWindow, tmp_path: Path) -> None:
    folder = _copy(IMAGES / "small_a", tmp_path / "one_good", 1)
    for broken in (IMAGES / "broken").iterdir():
        shutil.copy(broken, folder / broken.name)
    _drop(window.real_zone, folder)
    _checked(qtbot, window.real_zone)
    zone = window.real_zone
    assert zone.count.text().startswith("Only 1 usable image here: FID needs at least 2 on each side.")
    assert zone.skipped_list.isVisible()
    listed = zone.skipped_list.toPlainText()
    for name in ("empty.png", "truncated.jpg", "truncated.png", "not_an_image.jpg", "notes.txt",
                 "bomb_40000x40000.png"):
        assert f"{name}: " in listed


def test_drops_that_cannot_be_a_side_are_explained_and_change_nothing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    zone = window.real_zone
    _drop(zone, IMAGES / "small_a")
    _drop(zone, IMAGES / "small_a", IMAGES / "small_b")
    assert zone.source == IMAGES / "small_a"
    assert zone.refusal.isVisible()
    assert "2 folders were dropped on one side" in zone.refusal.text()
    assert "Run > Compare many folders" in zone.refusal.text()
    notes = tmp_path / "notes.txt"
    notes.write_text("words")
    _drop(zone, notes)
    assert zone.refusal.text().startswith("notes.txt is not an image fidgui reads.")
    assert "BMP, GIF, JPEG, PGM, PNG, PPM, TIFF, WEBP" in zone.refusal.text()
    _drop(zone, IMAGES / "small_a" / "0000.png")  # one image: taken, and said to be too few
    assert zone.selection is not None and not zone.refusal.isVisible()
    _checked(qtbot, zone)
    assert zone.count.text().startswith("Only 1 usable image here")


def test_a_result_is_marked_as_previous_when_inputs_change_and_reopened_with_its_own_inputs(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    real = _copy(IMAGES / "small_a", tmp_path / "real_a", 6)
    generated = _copy(IMAGES / "small_b", tmp_path / "gen_b", 6)
    window.set_sources(real, generated)
    _checked(qtbot, window.real_zone, window.generated_zone)  # counted: the run then keeps features for the views
    result = _run(qtbot, window)
    note = window.freshness.note
    assert not note.isVisible() and not window.freshness.dimmed
    window.show_views()
    views = window.views_window
    assert views is not None
    other = _copy(IMAGES / "small_b", tmp_path / "gen_other", 4)
    window.generated_zone.choose(other)  # a new input: the figure below is no longer about what is chosen
    assert note.isVisible()
    assert note.text().startswith("Previous comparison: real_a vs gen_b.")
    assert window.freshness.dimmed and not window.result_view.fid.isEnabled()
    views_note = views.findChild(MessageLabel, "PreviousViews")
    assert views_note is not None and views_note.isVisible() and "real_a vs gen_b" in views_note.text()
    views.close()
    window.show_views()  # opened again after the change: still said to be the previous pair's
    reopened = window.views_window
    assert reopened is not None and reopened is not views
    assert reopened.findChild(MessageLabel, "PreviousViews").isVisible()
    reopened.close()

    window.settings_panel.mode.setCurrentIndex(window.settings_panel.mode.findData("clean"))
    window.show_history()
    history = window.history_window
    assert history is not None
    qtbot.waitUntil(lambda: not history.busy and history.proxy.rowCount() == 1)
    with qtbot.waitSignal(history.resultOpened):
        history.open_entry(history.shown_entries()[0])
    assert window.real_zone.source == real and window.generated_zone.source == generated
    assert window.settings_panel.mode.currentData() == result.mode == "pytorch-fid"
    assert not note.isVisible() and not window.freshness.dimmed
    window.settings_panel.exact_reading.setChecked(not window.settings_panel.exact_reading.isChecked())
    assert note.isVisible()  # a setting that changes the figure marks it too
    history.close()
