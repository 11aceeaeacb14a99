"""Issue 12, the core of items 4, 7 and 8: chosen image files as a side, every file checked with the run's own
decoder before the run (so counts agree), and a non-standard model said on every result and in the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import IMAGES, RANDOM_WEIGHTS

from fidgui.cli.main import main as cli_main
from fidgui.core.base.comparison_types import ComparisonRequest
from fidgui.core.base.errors import FidguiError
from fidgui.core.base.image_selection import ImageSelection
from fidgui.core.images.discovery import discover_images, discover_listed
from fidgui.core.images.file_check import check_files
from fidgui.core.run.comparison import run_comparison
from fidgui.messages.render import render


def _mixed_folder(tmp_path: Path) -> Path:
    """Good pictures beside every kind of broken one: what the drop zone and the run must judge alike."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for path in sorted((IMAGES / "small_a").iterdir())[:6]:
        shutil.copy(path, folder / path.name)
    for path in (IMAGES / "broken").iterdir():
        shutil.copy(path, folder / path.name)
    return folder


def test_the_background_check_skips_exactly_the_files_the_run_skips(
    fixture_onnx: Path, few_images: Path, tmp_path: Path
) -> None:
    folder = _mixed_folder(tmp_path)
    listing = discover_images(folder)
    seen = []
    checked = check_files(listing.files, progress=seen.append)
    result = run_comparison(ComparisonRequest(real=few_images / "b", generated=folder, model=fixture_onnx,
                                              batch_size=24))
    before = [(Path(item.path).name, render(item.reason)) for item in listing.skipped + checked.unusable]
    after = [(Path(item.path).name, render(item.reason)) for item in result.generated.skipped]
    assert before == after and len(after) == 6  # notes.txt and five broken pictures, same order, same reasons
    assert len(checked.usable) == result.generated.n_images == 6
    assert seen[-1].done == seen[-1].total == len(listing.files)


def test_the_check_stops_when_asked(tmp_path: Path) -> None:
    from fidgui.core.base.errors import Cancelled

    with pytest.raises(Cancelled):
        check_files(discover_images(IMAGES / "small_a").files, should_stop=lambda: True)


def test_chosen_image_files_are_a_side_and_give_the_fid_of_the_same_files_in_a_folder(
    fixture_onnx: Path, few_images: Path, tmp_path: Path
) -> None:
    chosen = sorted((IMAGES / "small_a").iterdir())[:5]
    folder = tmp_path / "five"
    folder.mkdir()
    for path in chosen:
        shutil.copy(path, folder / path.name)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    selection = ImageSelection.of([*reversed(chosen), notes])  # any order, a stray file among them
    common = {"generated": few_images / "b", "model": fixture_onnx, "batch_size": 24}
    from_selection = run_comparison(ComparisonRequest(real=selection, **common))
    from_folder = run_comparison(ComparisonRequest(real=folder, **common))
    assert from_selection.real.n_images == 5
    assert from_selection.fid == pytest.approx(from_folder.fid, rel=1e-6)
    (stray,) = from_selection.real.skipped
    assert stray.path == str(notes) and render(stray.reason).startswith("This is not an image file (.txt)")
    assert "same_input_both_sides" not in [notice.code for notice in from_selection.warnings]


def test_a_selection_from_one_folder_on_each_side_is_not_the_same_input(fixture_onnx: Path) -> None:
    files = sorted((IMAGES / "small_a").iterdir())
    first, second = ImageSelection.of(files[:4]), ImageSelection.of(files[4:8])
    result = run_comparison(ComparisonRequest(real=first, generated=second, model=fixture_onnx, batch_size=24))
    assert "same_input_both_sides" not in [notice.code for notice in result.warnings]
    assert result.real.n_images == result.generated.n_images == 4


def test_a_selection_of_one_image_is_refused_before_any_work(tmp_path: Path) -> None:
    one = ImageSelection.of([IMAGES / "small_a" / "0000.png"])
    with pytest.raises(FidguiError) as refused:
        run_comparison(ComparisonRequest(real=one, generated=IMAGES / "small_b"))
    assert "1 usable image in" in render(refused.value)


def test_listed_files_that_are_gone_or_not_pictures_are_skipped_with_reasons(tmp_path: Path) -> None:
    listed = discover_listed([IMAGES / "small_a" / "0000.png", tmp_path / "gone.png", IMAGES / "broken" / "notes.txt"])
    assert listed.files == [IMAGES / "small_a" / "0000.png"]
    reasons = {Path(item.path).name: render(item.reason) for item in listed.skipped}
    assert reasons["gone.png"].startswith("This file no longer exists")
    assert reasons["notes.txt"].startswith("This is not an image file (.txt)")


def test_a_non_standard_model_is_a_warning_of_every_result_in_the_json_and_on_the_cli(
    fixture_onnx: Path, few_images: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "result.json"
    code = cli_main(["fid", str(few_images / "a"), str(few_images / "b"), "--model", str(fixture_onnx),
                     "--batch-size", "24", "--no-history", "--quiet", "--json"])
    assert code == 0
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    output.write_text(captured.out)
    assert document["model_is_standard"] is False
    assert "model_not_standard" in document["warning_codes"]
    (sentence,) = [text for text in document["warnings"] if "not the standard FID network" in text]
    assert str(fixture_onnx) in sentence and document["model_sha256"] in sentence
    # again, from the feature cache (no image is read): the warning line is still there
    code = cli_main(["fid", str(few_images / "a"), str(few_images / "b"), "--model", str(fixture_onnx),
                     "--batch-size", "24", "--no-history"])
    assert code == 0
    assert "is not the standard FID network" in capsys.readouterr().err


def test_importing_non_standard_weights_says_so_at_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["model", "import", str(RANDOM_WEIGHTS)]) == 0
    err = capsys.readouterr().err
    assert "These weights are not the standard FID weights (SHA-256 1e53caa1ee0b" in err


def test_model_install_offline_gives_terminal_instructions(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from fidgui.core.encoders import model_store
    from fidgui.core.encoders.inception.weights import STANDARD_WEIGHTS_SHA256, STANDARD_WEIGHTS_URL

    original = model_store.install_from_internet
    # Port 9 (discard) has no server on this machine: the connection is refused, as offline
    monkeypatch.setattr(model_store, "install_from_internet",
                        lambda **kwargs: original(url="http://127.0.0.1:9/weights.pth", **kwargs))
    assert cli_main(["model", "install"]) == 1
    err = capsys.readouterr().err
    assert "This computer cannot reach 127.0.0.1" in err
    assert STANDARD_WEIGHTS_URL in err and STANDARD_WEIGHTS_SHA256 in err
    assert "fidgui-cli model import FILE" in err and "Choose a file" not in err
