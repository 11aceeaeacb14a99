"""The window with the three networks installed: FD_DINOv2's mode chosen in the settings, and FID, FD_DINOv2 and CMMD
shown side by side, each with its own sample-size warnings, equal to the reference tools' figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from conftest import IMAGES
from fidgui.gui.windows.main_window import MainWindow
from fixture_networks import CMMD_FLOAT64, DINOV2_FD, converted_networks, fixture_sized_networks, install

__all__ = ["converted_networks", "fixture_sized_networks"]


def _texts(widget, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text() for label in widget.findChildren(QLabel, name)]


def test_three_networks_side_by_side_with_their_own_warnings(
    qtbot, fixture_sized_networks: None, converted_networks: dict[str, Path],  # type: ignore[no-untyped-def]
    installed_model: Path,
) -> None:
    install(converted_networks)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    panel = window.settings_panel
    modes = panel.network_modes
    assert not modes.combos["dinov2"].isEnabled()  # nobody asked for FD_DINOv2 yet
    panel.metric_boxes["fd_dinov2"].setChecked(True)
    panel.metric_boxes["cmmd"].setChecked(True)
    assert modes.combos["dinov2"].isEnabled() and modes.labels["dinov2"].text() == "FD_DINOv2 preprocessing:"
    assert [modes.combos["dinov2"].itemData(i) for i in range(3)] == ["dgm-eval", "edm2", "edm2-pil"]
    assert modes.set_mode("edm2") and "EDM2's default" in modes.combos["dinov2"].currentText()
    window.real_zone.set_source(IMAGES / "small_a")
    window.generated_zone.set_source(IMAGES / "small_b")
    with qtbot.waitSignal(window.comparisonFinished, timeout=240_000) as finished:
        qtbot.mouseClick(window.compare_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert result.metric_value("fd_dinov2") == pytest.approx(DINOV2_FD["edm2_torch"], rel=1e-4)
    assert result.metric_value("cmmd") == pytest.approx(CMMD_FLOAT64, rel=1e-4)
    assert result.metric_encoders["fd_dinov2"]["mode"] == "edm2"

    view = window.result_view.network_results
    assert view.isVisible() and view.shown == ["inception", "dinov2", "clip"]
    assert _texts(view, "figure_fid") == [f"FID: {result.fid:.2f}"]
    assert _texts(view, "figure_fd_dinov2")[0].startswith("FD_DINOv2: 43.3")
    assert _texts(view, "figure_cmmd")[0].startswith("CMMD: ")
    inception, dinov2, clip = (_texts(view, f"warning_{name}") for name in ("inception", "dinov2", "clip"))
    assert any("2,048" in text for text in inception) and any("299" in text for text in inception)
    assert any("384 features the DINOv2 network" in text for text in dinov2)
    assert any("224" in text for text in dinov2) and not any("2,048" in text for text in dinov2)
    assert any("336" in text for text in clip) and not any("features" in text for text in clip)
    assert any("224" in text and "FD_DINOv2 values" in text for text in dinov2)  # its own metric, not FIDs
    assert any("336" in text and "CMMD values" in text for text in clip)
    assert not any("FID" in text for text in dinov2 + clip)
    assert "384 features" not in window.result_view.warnings.text()  # shown in its column, not twice
    abouts = [_texts(view, f"about_{name}")[0] for name in ("inception", "dinov2", "clip")]
    assert [text.split(", ")[0] for text in abouts] == ["FID Inception", "DINOv2 (FD_DINOv2)", "CLIP (CMMD)"]

    window.choose_language("ja")
    try:
        qtbot.waitUntil(lambda: modes.labels["dinov2"].text() == "FD_DINOv2 の前処理：")
        window.result_view.retranslate()
        assert any("枚と" in label.text() for label in view.findChildren(QLabel))
        dinov2, clip = (_texts(view, f"warning_{name}") for name in ("dinov2", "clip"))
        assert any("336" in text and "CMMD" in text for text in clip)
        assert not any("FID" in text for text in dinov2 + clip)
        # Only the new columns: the ones a language change replaced are out of the window at once.
        assert all(len(_texts(view, f"about_{name}")) == 1 for name in ("inception", "dinov2", "clip"))
        abouts = [_texts(view, f"about_{name}")[0] for name in ("inception", "dinov2", "clip")]
        assert abouts[0].startswith("FID Inception ネットワーク") and abouts[1].startswith("DINOv2 ネットワーク")
        assert abouts[2].startswith("CLIP ネットワーク（CMMD）") and not any("dinov2" in text for text in abouts)
    finally:
        window.choose_language("en")
