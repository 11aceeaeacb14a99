"""The main window with real widgets, the real worker thread and the fixture model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import IMAGES
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from fidgui.core.run.comparison import run_comparison
from fidgui.core.base.comparison_types import ComparisonRequest, ComparisonResult
from fidgui.gui.windows.main_window import MainWindow
from fidgui.messages.render import render
from fidgui.gui.widgets.result_text import summary_text

RUN_TIMEOUT_MS = 120_000


@pytest.fixture
def window(qtbot, installed_model: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    created = MainWindow()
    qtbot.addWidget(created)
    created.show()
    return created


def _url_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def _drop(zone, path: Path) -> None:  # type: ignore[no-untyped-def]
    mime = _url_mime(path)
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    zone.dropEvent(event)


def _copy_images(source: Path, target: Path, count: int) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.iterdir())[:count]:
        shutil.copy(path, target / path.name)
    return target


def _run(qtbot, window: MainWindow) -> ComparisonResult:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.comparisonFinished, timeout=RUN_TIMEOUT_MS) as finished:
        qtbot.mouseClick(window.compare_button, Qt.MouseButton.LeftButton)
    return finished.args[0]


def test_drag_enter_lets_files_in_and_refuses_plain_text(window: MainWindow, tmp_path: Path) -> None:
    """Anything carrying files is let in, so a drop that cannot be used is answered (test_gui_first_drops.py)."""
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a folder")
    plain = QMimeData()
    plain.setText("some words")
    for mime, accepted in ((_url_mime(IMAGES / "small_a"), True), (_url_mime(text_file), True),
                           (_url_mime(IMAGES / "small_a", IMAGES / "small_b"), True), (plain, False)):
        event = QDragEnterEvent(
            QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        window.real_zone.dragEnterEvent(event)
        assert event.isAccepted() is accepted


def test_dropped_folders_are_counted_with_thumbnails_and_skipped_files(qtbot, window: MainWindow) -> None:
    _drop(window.real_zone, IMAGES / "small_a")
    _drop(window.generated_zone, IMAGES / "broken")
    assert window.real_zone.source == IMAGES / "small_a"
    checked = (window.real_zone, window.generated_zone)
    qtbot.waitUntil(lambda: all(zone.summary is not None and zone.summary.check_done for zone in checked))
    assert window.real_zone.count.text() == "Usable images: 24"
    assert window.real_zone.name.text() == "small_a"
    qtbot.waitUntil(lambda: window.real_zone.thumbnails.count() - 1 == 4)
    skipped = window.generated_zone
    assert not skipped.skipped_button.isHidden()
    # notes.txt by its name, the 5 broken pictures by the decoder; .DS_Store is ignored
    assert skipped.skipped_label.text() == "Files that will be skipped: 6"
    assert "notes.txt: This is not an image file (.txt)" in skipped.skipped_list.toPlainText()
    assert skipped.skipped_list.isVisible()  # opened by itself: no image there is usable
    qtbot.mouseClick(skipped.skipped_button, Qt.MouseButton.LeftButton)
    assert not skipped.skipped_list.isVisible()


def test_a_run_in_the_window_equals_the_core_keeps_painting_and_saves(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 8 images a side: a run of a few seconds still, with progress, warnings and files to save (24 cost 3 times more)
    real = _copy_images(IMAGES / "small_a", tmp_path / "a", 8)
    generated = _copy_images(IMAGES / "small_b", tmp_path / "b", 8)
    _drop(window.real_zone, real)
    _drop(window.generated_zone, generated)
    window.settings_panel.batch_size.setValue(4)  # two batches a side: the progress line has a rate to show
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    progress_texts: list[str] = []
    window.side_progress["generated"].bar.valueChanged.connect(
        lambda _: progress_texts.append(window.side_progress["generated"].label.text())
    )
    ticks_at_start = len(ticks)
    result = _run(qtbot, window)
    timer.stop()
    assert len(ticks) - ticks_at_start >= 10, "the GUI thread stopped processing events during the run"
    assert any("of 8" in text and "images/s" in text for text in progress_texts)

    expected = run_comparison(ComparisonRequest(real, generated, batch_size=4))
    assert result.fid == pytest.approx(expected.fid, rel=1e-9)
    assert window.result_view.fid.text() == f"FID {expected.fid:.2f}"
    assert window.result_view.isVisible()
    assert window.result_view.banner.isVisible()  # the fixture weights are not the standard ones
    assert "Lower means closer" in window.result_view.reading.text()
    assert "Too few images for a complete covariance" in window.result_view.warnings.text()
    assert "CPU" in window.settings_panel.device_help.text()
    qtbot.waitUntil(lambda: window.job is None)
    assert window.compare_button.isEnabled() and window.cancel_button.isHidden()

    target = tmp_path / "saved" / "result.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(window.result_view.json_button, Qt.MouseButton.LeftButton)
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["fid"] == result.fid and saved["n_real"] == 8
    csv_target = tmp_path / "saved" / "result.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(csv_target), ""))
    qtbot.mouseClick(window.result_view.csv_button, Qt.MouseButton.LeftButton)
    assert csv_target.read_text(encoding="utf-8").splitlines()[0].startswith("real,generated,fid")
    qtbot.mouseClick(window.result_view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == summary_text(result)
    assert f"FID: {result.fid:.6f}" in QGuiApplication.clipboard().text()


def test_cancel_stops_the_run_within_a_batch_and_writes_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    many = tmp_path / "many"
    many.mkdir()
    for index in range(200):
        Image.new("RGB", (32, 32), (index, 255 - index, 7 * index % 256)).save(many / f"{index:03d}.png")
    window.set_sources(many, many)
    window.settings_panel.batch_size.setValue(4)
    prefix = tmp_path / "stats"
    seen = []
    job = window.start_comparison(save_stats_prefix=prefix)
    job.progress.connect(lambda progress: seen.append(progress) if progress.done > 0 else None)
    finished = []
    window.comparisonFinished.connect(finished.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=RUN_TIMEOUT_MS)
    with qtbot.waitSignal(window.comparisonCancelled, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.job is None)
    assert not finished and window.last_result is None
    assert not list(tmp_path.glob("stats*"))
    assert window.compare_button.isEnabled()


def test_closing_the_window_during_a_run_stops_and_waits_for_the_worker(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    many = _copy_images(IMAGES / "small_a", tmp_path / "many", 24)
    window.set_sources(many, many)
    window.settings_panel.batch_size.setValue(4)
    job = window.start_comparison(save_stats_prefix=tmp_path / "stats")
    started = []
    job.progress.connect(lambda progress: started.append(progress) if progress.done > 0 else None)
    qtbot.waitUntil(lambda: bool(started), timeout=RUN_TIMEOUT_MS)
    window.close()
    assert not job.is_running()
    assert window.job is None and window.last_result is None
    assert not list(tmp_path.glob("stats*"))


def test_one_image_gives_a_sentence_not_a_crash(qtbot, window: MainWindow, tmp_path: Path) -> None:
    one = _copy_images(IMAGES / "small_a", tmp_path / "one", 1)
    window.set_sources(one, IMAGES / "small_b")
    with qtbot.waitSignal(window.comparisonFailed, timeout=RUN_TIMEOUT_MS) as failed:
        window.start_comparison()
    assert "at least 2" in failed.args[0]
    assert window.problem.isVisible() and window.problem_text.text() == failed.args[0]
    qtbot.waitUntil(lambda: window.job is None and window.compare_button.isEnabled())  # the job's end comes after


def test_broken_files_are_listed_with_reasons_in_the_result(qtbot, window: MainWindow, tmp_path: Path) -> None:
    mixed = tmp_path / "mixed"
    shutil.copytree(IMAGES / "broken", mixed)
    _copy_images(IMAGES / "small_a", mixed, 3)
    window.set_sources(mixed, _copy_images(IMAGES / "small_b", tmp_path / "b", 3))
    result = _run(qtbot, window)
    reasons = {Path(item.path).name: render(item.reason) for item in result.real.skipped}
    broken = {"empty.png", "truncated.jpg", "truncated.png", "not_an_image.jpg", "notes.txt", "bomb_40000x40000.png"}
    assert broken <= set(reasons)
    details = window.result_view.details.toPlainText()
    for name, reason in reasons.items():
        assert f"{name}: {reason}" in details
    assert "Skipped files: 6" in window.result_view.skipped.text()


def test_settings_and_folders_are_remembered_by_the_next_window(qtbot, installed_model: Path) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    _drop(first.real_zone, IMAGES / "small_a")
    _drop(first.generated_zone, IMAGES / "small_b")
    first.settings_panel.mode.setCurrentIndex(first.settings_panel.mode.findData("clean"))
    first.settings_panel.batch_size.setValue(7)
    first.settings_panel.kid.setChecked(True)
    first.settings_panel.set_expanded(True)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.real_zone.source == IMAGES / "small_a"
    assert second.generated_zone.source == IMAGES / "small_b"
    fields = second.settings_panel.request_fields()
    assert (fields["mode"], fields["batch_size"], fields["metrics"]) == ("clean", 7, ("fid", "kid"))
    assert second.settings_panel.body.isVisibleTo(second)


def test_language_switch_translates_the_visible_labels(qtbot, window: MainWindow) -> None:
    assert window.compare_button.text() == "&Compare"
    window.choose_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.real_zone.title.text() == "真实图像")
        assert window.compare_button.text() == "比较(&C)"
        assert window.settings_panel.toggle.text() == "设置(&S)"
        assert window.language_actions["zh_CN"].isChecked()
        window.choose_language("ja")
        qtbot.waitUntil(lambda: window.real_zone.title.text() == "実画像")
    finally:
        window.choose_language("en")
    qtbot.waitUntil(lambda: window.real_zone.title.text() == "Real images")
    assert window.settings.text("language") == "en"


def test_compare_without_folders_says_what_to_choose(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.problem.isVisible()
    assert "Choose the real images first" in window.problem_text.text()
    assert window.job is None


def test_about_box_names_the_versions_and_the_model(qtbot, installed_model: Path) -> None:
    import fidgui
    from fidgui.gui.windows.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.model_check.busy)  # the model is checked in the background
    assert f"fidgui {fidgui.__version__}" in dialog.text
    assert "PySide6" in dialog.text and "ONNX Runtime" in dialog.text and "NumPy" in dialog.text
    assert str(installed_model) in dialog.text
