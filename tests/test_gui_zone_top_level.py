"""A drop zone counts a folder as the run will read it: with "top level only" its subfolders are not counted."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from fidgui.core.run.inputs import check_side
from fidgui.gui.widgets.drop_zone import DropZone
from fidgui.gui.windows.main_window import MainWindow


@pytest.fixture
def nested(tmp_path: Path) -> Path:
    """Three 8x8 pictures at the top and two in a subfolder."""
    folder = tmp_path / "nested"
    (folder / "sub").mkdir(parents=True)
    rng = np.random.default_rng(0)
    for name in ("a.png", "b.png", "c.png", "sub/d.png", "sub/e.png"):
        Image.fromarray(rng.integers(0, 256, (8, 8, 3), dtype=np.uint8)).save(folder / name)
    return folder


def _counted(qtbot, zone: DropZone, usable: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: zone.summary is not None and zone.summary.check_done and zone.summary.usable == usable,
                    timeout=20_000)
    assert zone.count.text() == f"Usable images: {usable}"


def test_the_zone_count_follows_the_top_level_setting_as_the_run_reads(qtbot, nested: Path) -> None:
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    zone, box = window.real_zone, window.settings_panel.top_level_only
    zone.set_source(nested)
    _counted(qtbot, zone, 5)  # subfolders are read by default
    assert len(check_side("real", nested).discovery.files) == 5

    box.setChecked(True)  # the same folder is counted again, as the run will list it
    _counted(qtbot, zone, 3)
    assert len(check_side("real", nested, top_level_only=True).discovery.files) == 3
    assert [Path(item.path).name for item in zone.summary.all_skipped] == ["sub"]
    assert "sub: a subfolder: only the top level is read" in zone.skipped_list.toPlainText()

    window.generated_zone.set_source(nested)  # a folder chosen while the setting is on is counted the same way
    _counted(qtbot, window.generated_zone, 3)

    box.setChecked(False)
    _counted(qtbot, zone, 5)
    _counted(qtbot, window.generated_zone, 5)
    window.close()
