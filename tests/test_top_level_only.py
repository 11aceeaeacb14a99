"""Item 9: subfolders are read by default and counted in the result; top-level-only reading lists exactly what
pytorch-fid lists (its nine extensions, matched by pathlib's glob: case as written on Linux, dot names included)."""

from __future__ import annotations

import json
import pathlib
import shutil
from pathlib import Path

import pytest

from conftest import IMAGES
from fidgui.cli.main import main
from fidgui.core.base.comparison_types import ComparisonRequest
from fidgui.core.images.top_level import discover_top_level
from fidgui.core.run.comparison import run_comparison
from fidgui.messages.render import render

PYTORCH_FID_IMAGE_EXTENSIONS = {"bmp", "jpg", "jpeg", "pgm", "png", "ppm", "tif", "tiff", "webp"}  # fid_score.py


def _pytorch_fid_listing(folder: Path) -> list[Path]:
    """pytorch-fid's own listing (compute_statistics_of_path): a pathlib glob per extension, sorted."""
    return sorted(file for ext in PYTORCH_FID_IMAGE_EXTENSIONS for file in pathlib.Path(folder).glob(f"*.{ext}"))


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Four crops at the top (two with upper-case extensions), one GIF, a dot name, and two crops in a subfolder."""
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    png = sorted((IMAGES / "small_a").glob("*.png"))
    jpg = sorted((IMAGES / "small_b").glob("*.jpg"))
    shutil.copy(png[0], folder / "a.png")
    shutil.copy(jpg[0], folder / "b.jpg")
    shutil.copy(png[1], folder / "c.PNG")
    shutil.copy(jpg[1], folder / "d.JPG")
    shutil.copy(png[2], folder / ".e.png")
    shutil.copy(png[3], folder / "f.tiff.png")
    from PIL import Image

    Image.open(png[4]).save(folder / "g.gif")
    shutil.copy(png[5], folder / "sub" / "h.png")
    shutil.copy(png[6], folder / "sub" / "i.jpeg")
    return folder


def test_the_top_level_listing_is_pytorch_fids(mixed):
    listing = discover_top_level(mixed)
    assert listing.files == _pytorch_fid_listing(mixed)
    assert [path.name for path in listing.files] == [".e.png", "a.png", "b.jpg", "f.tiff.png"]
    reasons = {Path(item.path).name: render(item.reason) for item in listing.skipped}
    assert set(reasons) == {"c.PNG", "d.JPG", "g.gif", "sub"}
    assert ".PNG" in reasons["c.PNG"] and "only the top level" in reasons["sub"]


def test_a_run_reads_subfolders_by_default_and_says_how_many_came_from_them(installed_model, mixed, few_images):
    few = few_images / "b"
    result = run_comparison(ComparisonRequest(real=mixed, generated=few, batch_size=32))
    assert result.real.n_images == 8  # a, b, c, d, f, g and the subfolder's two (the dot name is hidden)
    assert result.real.n_from_subfolders == 2 and result.generated.n_from_subfolders == 0
    notes = [render(notice.message) for notice in result.warnings if notice.code == "from_subfolders"]
    assert notes == ["Real images: 2 of the 8 images used came from subfolders. pytorch-fid reads only the folder's "
                     "top level; to read exactly what it reads, use --top-level-only (in the window: the setting "
                     "\"Top level only, as pytorch-fid\")."]
    top = run_comparison(ComparisonRequest(real=mixed, generated=few, batch_size=32, top_level_only=True))
    assert top.real.n_images == 4 and top.real.n_from_subfolders == 0
    assert not [notice for notice in top.warnings if notice.code == "from_subfolders"]
    assert {Path(item.path).name for item in top.real.skipped} == {"c.PNG", "d.JPG", "g.gif", "sub"}


def test_the_cli_option_and_the_json_count(installed_model, mixed, few_images, capsys):
    assert main(["fid", str(mixed), str(few_images / "b"), "--top-level-only", "--json", "--no-history"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["real"]["n_images"] == 4 and document["real"]["n_from_subfolders"] == 0
    assert main(["fid", str(mixed), str(few_images / "b"), "--json", "--no-history"]) == 0
    assert json.loads(capsys.readouterr().out)["real"]["n_from_subfolders"] == 2


def test_the_window_setting_is_offered_remembered_and_sent(qtbot):
    from fidgui.gui.app_settings import AppSettings
    from fidgui.gui.widgets.settings_panel import SettingsPanel

    panel = SettingsPanel()
    qtbot.addWidget(panel)
    assert panel.request_fields()["top_level_only"] is False
    assert panel.top_level_only.text() == "Top level only, as pytorch-fid"
    panel.top_level_only.setChecked(True)
    assert ComparisonRequest(real=Path("a"), generated=Path("b"), **panel.request_fields()).top_level_only
    settings = AppSettings()
    panel.save(settings)
    again = SettingsPanel()
    qtbot.addWidget(again)
    again.load(settings)
    assert again.top_level_only.isChecked()
