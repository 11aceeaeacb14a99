"""The views window and the compare-many window with real widgets, real threads and the fixture model."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import numpy as np
import pytest
from conftest import IMAGES
from PIL import Image
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QMouseEvent
from PySide6.QtWidgets import QApplication

from fidgui.core.run.comparison import run_comparison
from fidgui.core.base.comparison_types import ComparisonRequest, ComparisonResult, SideSummary
from fidgui.gui.widgets.charts import GENERATED_COLOUR, REAL_COLOUR
from fidgui.gui.windows.compare_many_window import PAIRWISE, CompareManyWindow
from fidgui.gui.jobs.views_jobs import should_keep_features
from fidgui.gui.windows.views_window import ViewsWindow

RUN_TIMEOUT_MS = 120_000


def _folder(target: Path, sources: list[Path], names: list[str] | None = None) -> Path:
    target.mkdir()
    for number, source in enumerate(sources):
        shutil.copy(source, target / (names[number] if names else source.name))
    return target


@pytest.fixture
def kept_result(tmp_path: Path, fixture_onnx: Path) -> ComparisonResult:
    """10 real images; 5 generated: three copies of the first real image and two other pictures."""
    real_files = sorted((IMAGES / "small_a").iterdir())[:10]
    real = _folder(tmp_path / "real", real_files)
    copies = [real_files[0]] * 3 + sorted((IMAGES / "small_b").iterdir())[:2]
    generated = _folder(tmp_path / "generated", copies, ["copy_0.png", "copy_1.png", "copy_2.png", "b0.jpg", "b1.jpg"])
    return run_comparison(ComparisonRequest(real, generated, model=fixture_onnx, keep_features=True))


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def _colours_present(path: Path) -> set[str]:
    pixels = np.asarray(Image.open(path).convert("RGB")).reshape(-1, 3)
    found = set()
    for name, colour in (("real", REAL_COLOUR), ("generated", GENERATED_COLOUR)):
        target = np.array([colour.red(), colour.green(), colour.blue()])
        if (np.abs(pixels.astype(int) - target).sum(axis=1) < 40).any():
            found.add(name)
    return found


def test_the_views_show_every_point_the_ranked_galleries_and_save_pictures(
    qtbot, kept_result: ComparisonResult, tmp_path: Path
) -> None:
    window = ViewsWindow(kept_result)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.data is not None, timeout=RUN_TIMEOUT_MS)
    assert [len(series.points) for series in window.map_chart.series] == [10, 5]
    assert window.least_gallery.count() == 5
    names = [Path(path).name for path in window.least_gallery.paths()]
    assert sorted(names[-3:]) == ["copy_0.png", "copy_1.png", "copy_2.png"]  # the copies are least unlike: last
    ranked = window.data.nearest.least_like_real
    assert [entry.distance for entry in ranked[-3:]] == [0.0, 0.0, 0.0] and ranked[0].distance > 1.0
    assert {Path(entry.nearest_path).name for entry in ranked[-3:]} == {"0000.png"}
    assert window.uncovered_gallery.count() == window.data.nearest.n_not_covered > 0

    # Hovering a point shows its name and, once decoded in the background, its picture.
    chart = window.map_chart
    x, y = chart.screen_points(1)[4]
    local = QPointF(x, y)
    move = QMouseEvent(
        QEvent.Type.MouseMove, local, chart.mapToGlobal(local), Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(chart, move)  # a move event as the mouse makes it; QTest's can be lost off screen
    assert window.hover_card.isVisible()
    hovered = window.hover_card.name.text()
    assert hovered.startswith(("copy_", "b0.jpg", "b1.jpg"))
    qtbot.waitUntil(lambda: not window.hover_card.picture.pixmap().isNull())
    qtbot.waitUntil(lambda: not window.thumbnails.is_busy(), timeout=20_000)
    assert all(window.thumbnails.image(path) is not None for path in window.least_gallery.paths())

    # Double-click opens the file with the desktop's viewer.
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        window.tabs.setCurrentIndex(1)
        gallery = window.least_gallery
        qtbot.waitUntil(lambda: gallery.visualItemRect(gallery.item(0)).isValid())
        centre = gallery.visualItemRect(gallery.item(0)).center()
        qtbot.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in catcher.urls] == [gallery.paths()[0]]

    saved = window.save_map_png(tmp_path / "map.png")
    assert saved is not None and Image.open(saved).size == (1200, 800)
    assert _colours_present(saved) == {"real", "generated"}
    sheet = window.save_gallery_png(window.least_gallery, "", tmp_path / "least.png")
    assert sheet is not None and Image.open(sheet).size[0] == 1000
    report = window.save_report(tmp_path / "report.html")
    assert report is not None
    text = report.read_text(encoding="utf-8")
    assert text.count("data:image/png;base64,") == 3 and f"{kept_result.fid:.6f}" in text
    window.close()


def test_choosing_t_sne_redraws_the_map_with_every_point_and_pca_comes_back(
    qtbot, kept_result: ComparisonResult, tmp_path: Path
) -> None:
    window = ViewsWindow(kept_result)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.data is not None, timeout=RUN_TIMEOUT_MS)
    pca_points = [series.points.copy() for series in window.map_chart.series]
    assert window.map_choice.isEnabled() and window.shown_map is window.data.map
    window.choose_map(tsne=True)
    assert "t-SNE" in window.status.text() and not window.map_choice.isEnabled()
    qtbot.waitUntil(lambda: window.shown_map is not None and window.shown_map.method == "t-SNE", timeout=60_000)
    qtbot.waitUntil(lambda: not window.run.busy)  # the job's end arrives just after its result
    assert [len(series.points) for series in window.map_chart.series] == [10, 5]
    assert not np.allclose(window.map_chart.series[0].points, pca_points[0])
    assert "t-SNE" in window.map_chart.title and "t-SNE" in window.map_caption.text()
    assert window.map_choice.isEnabled() and "step" not in window.status.text()
    saved = window.save_map_png(tmp_path / "tsne.png")
    assert saved is not None and _colours_present(saved) == {"real", "generated"}
    window.choose_map(tsne=False)
    assert window.shown_map is window.data.map
    assert np.array_equal(window.map_chart.series[0].points, pca_points[0])
    window.close()


def test_a_result_without_per_image_features_says_what_to_do(qtbot) -> None:
    side = SideSummary("/data/real.npz", 100, from_statistics=True)
    result = ComparisonResult(1.0, side, side, "pytorch-fid", "faithful", "0" * 64, True, "CPU", 0.1)
    window = ViewsWindow(result)
    qtbot.addWidget(window)
    assert "no per-image features" in window.status.text() and not window.report_button.isEnabled()


def test_features_are_kept_for_folders_of_known_size_under_the_limit() -> None:
    assert should_keep_features([10, 19_999])
    assert not should_keep_features([10, 20_000]) and not should_keep_features([None, 5])


def test_compare_many_shows_a_table_a_chart_and_a_symmetric_heat_map(
    qtbot, installed_model: Path, tmp_path: Path
) -> None:
    real = _folder(tmp_path / "real", sorted((IMAGES / "small_a").iterdir())[:6])
    first = _folder(tmp_path / "first", sorted((IMAGES / "small_b").iterdir())[:6])
    second = _folder(tmp_path / "second", sorted((IMAGES / "small_a").iterdir())[12:18])
    window = CompareManyWindow()
    qtbot.addWidget(window)
    window.show()
    window.set_real(real)
    window.add_folders([first, second])
    with qtbot.waitSignal(window.finished, timeout=RUN_TIMEOUT_MS) as finished:
        qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    outcomes = finished.args[0]
    assert [outcome.error for outcome in outcomes] == [None, None]
    assert window.table.rowCount() == 2
    assert [window.table.item(row, 0).text() for row in range(2)] == ["first", "second"]
    assert window.table.item(0, 1).text() == f"{outcomes[0].result.fid:.2f}"
    assert window.table.item(1, 3).text() == f"{outcomes[1].result.precision:.3f}"
    assert outcomes[1].result.real.from_cache == 6
    assert [series.name for series in window.line_chart.series] == ["FID", "KID"]
    rows = list(csv.DictReader(window.save_csv(tmp_path / "many.csv").open(encoding="utf-8")))
    assert [float(row["fid"]) for row in rows] == pytest.approx([o.result.fid for o in outcomes], rel=1e-12)
    assert Image.open(window.save_png(tmp_path / "line.png")).size == (1200, 800)
    quality = window.quality_chart
    assert [series.name for series in quality.series] == ["Precision", "Recall"]
    assert [series.values for series in quality.series] == [
        [o.result.precision for o in outcomes], [o.result.recall for o in outcomes]
    ]
    assert all(value is not None for series in quality.series for value in series.values)
    assert window.per_folder_tabs.isTabVisible(1) and quality.left_range == (0.0, 1.0)
    window.per_folder_tabs.setCurrentWidget(quality)
    saved = window.save_png(tmp_path / "quality.png")
    assert saved is not None and Image.open(saved).size == (1200, 800)
    assert saved.read_bytes() != (tmp_path / "line.png").read_bytes()

    qtbot.waitUntil(lambda: window.start_button.isEnabled())
    window.set_mode(PAIRWISE)
    window.add_folders([real])
    assert window.real_row.isHidden()
    with qtbot.waitSignal(window.finished, timeout=RUN_TIMEOUT_MS) as finished:
        qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    matrix = finished.args[0]
    assert window.table.rowCount() == 3 and window.charts.currentWidget() is window.heat_map
    assert np.array_equal(window.heat_map.values, window.heat_map.values.T)
    assert matrix.fid[0, 2] == pytest.approx(outcomes[0].result.fid, rel=1e-9)  # first vs real, either way round
    lines = window.save_csv(tmp_path / "matrix.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and lines[0].split(",")[1:] == [str(first), str(second), str(real)]
    window.close()


def test_the_main_window_keeps_features_for_small_folders_and_opens_both_windows(
    qtbot, installed_model: Path, tmp_path: Path
) -> None:
    from fidgui.gui.windows.main_window import MainWindow

    real = _folder(tmp_path / "real", sorted((IMAGES / "small_a").iterdir())[:4])
    generated = _folder(tmp_path / "generated", sorted((IMAGES / "small_b").iterdir())[:4])
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    window.show()
    assert not window.views_action.isEnabled()
    window.set_sources(real, generated)
    qtbot.waitUntil(lambda: window.real_zone.summary is not None and window.generated_zone.summary is not None)
    with qtbot.waitSignal(window.comparisonFinished, timeout=RUN_TIMEOUT_MS) as finished:
        window.compare()
    assert set(finished.args[0].per_image) == {"real", "generated"}
    assert window.views_action.isEnabled()
    window.views_action.trigger()
    views = window.views_window
    assert views is not None and views.isVisible()
    qtbot.waitUntil(lambda: views.data is not None, timeout=RUN_TIMEOUT_MS)
    assert [len(series.points) for series in views.map_chart.series] == [4, 4]
    window.compare_many_action.trigger()
    assert window.compare_many_window is not None and window.compare_many_window.isVisible()
    window.close()
