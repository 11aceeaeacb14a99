"""The installer's smoke test: a built app must start, compute the engine's FID, and write nothing beside itself."""


from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import fidgui
from installer import plan as installer_plan
from installer import smoke as installer_smoke
from installer.__main__ import main as build_main
from installer.plan import APP_NAME, BUNDLED_MODEL, parse_arguments


def test_smoke_images_are_deterministic_and_distinct(tmp_path: Path) -> None:
    installer_smoke.make_smoke_images(tmp_path / "a" / "real", tmp_path / "a" / "gen")
    installer_smoke.make_smoke_images(tmp_path / "b" / "real", tmp_path / "b" / "gen")
    for side in ("real", "gen"):
        files = sorted((tmp_path / "a" / side).iterdir())
        assert len(files) == installer_smoke.SMOKE_IMAGES_PER_SIDE
        for file in files:
            assert file.read_bytes() == (tmp_path / "b" / side / file.name).read_bytes()
    with Image.open(next((tmp_path / "a" / "real").iterdir())) as real, \
            Image.open(next((tmp_path / "a" / "gen").iterdir())) as generated:
        assert real.size == generated.size == (installer_smoke.SMOKE_IMAGE_SIZE,) * 2
        assert np.asarray(real).tobytes() != np.asarray(generated).tobytes()


def test_snapshot_spots_added_changed_and_removed_files(tmp_path: Path) -> None:
    (tmp_path / "kept.txt").write_text("a")
    (tmp_path / "edited.txt").write_text("a")
    (tmp_path / "gone.txt").write_text("a")
    before = installer_smoke.snapshot(tmp_path)
    assert installer_smoke.snapshot_changes(before, installer_smoke.snapshot(tmp_path)) == []
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "new.log").write_text("b")
    (tmp_path / "edited.txt").write_text("longer")
    (tmp_path / "gone.txt").unlink()
    (tmp_path / "empty").mkdir()
    changes = installer_smoke.snapshot_changes(before, installer_smoke.snapshot(tmp_path))
    assert changes == ["added empty", "added sub", f"added {Path('sub') / 'new.log'}", "removed gone.txt",
                       "changed edited.txt"]


def test_agreement_is_relative_and_tight() -> None:
    assert installer_smoke.agrees(100.00005, 100.0)
    assert not installer_smoke.agrees(100.0002, 100.0)
    assert not installer_smoke.agrees(1e-3, 2e-3)


def test_smoke_only_without_a_build_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert build_main(["--smoke-only", "--dist", str(tmp_path)]) == 1
    assert "run python -m installer without --smoke-only first" in capsys.readouterr().err


STAND_IN_APP = """#!{python}
# Stands in for the frozen app's --smoke-test mode.
import json
import os
import sys
from pathlib import Path

if sys.argv[1:] == ["--version"]:
    print("fidgui {version}")
    sys.exit(0)
flag, real, generated, model_flag, model, output_flag, output = sys.argv[1:]
assert (flag, model_flag, output_flag) == ("--smoke-test", "--model", "--smoke-output")
assert os.environ["QT_QPA_PLATFORM"] == "offscreen" and os.environ["FIDGUI_HOME"]
{body}
print("a line that is not the result")
print(json.dumps(answer))
"""
AGREEING_APP = """
answer = {"fid": 1000.0, "n_real": 20, "n_generated": 20, "device": "cpu"}
"""
MISBEHAVING_APP = """
Path("stray.log").write_text("x")
(Path(sys.argv[0]).parent / "settings.ini").write_text("x")
answer = {"fid": 1.0, "n_real": 19, "n_generated": 20, "device": "cpu"}  # 20 images were made per side
"""


def _stand_in_build(dist: Path, model: Path, body: str) -> None:
    """A dist/fidgui folder whose 'executable' is a script answering the --smoke-test interface."""
    app_dir = dist / APP_NAME
    executable = installer_plan.executable_path(app_dir)
    executable.parent.mkdir(parents=True)
    executable.write_text(STAND_IN_APP.format(python=sys.executable, body=body, version=fidgui.__version__))
    executable.chmod(0o755)
    (app_dir / BUNDLED_MODEL).parent.mkdir()
    (app_dir / BUNDLED_MODEL).write_bytes(model.read_bytes())


def test_smoke_test_passes_an_app_that_agrees_and_writes_nothing(
    tmp_path: Path, fixture_onnx: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(installer_smoke, "expected_fid", lambda *args: 1000.0005)  # within 1e-6 relative
    _stand_in_build(tmp_path / "dist", fixture_onnx, AGREEING_APP)
    assert build_main(["--smoke-only", "--dist", str(tmp_path / "dist")]) == 0
    output = capsys.readouterr().out
    assert "Smoke test passed" in output
    assert "answered --version in" in output
    assert "s from start to result" in output


def test_expected_fid_runs_the_engine_in_a_home_of_its_own(
    tmp_path: Path, fixture_onnx: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(installer_smoke, "SMOKE_IMAGES_PER_SIDE", 5)  # the network's cost, not the count, is tested
    installer_smoke.make_smoke_images(tmp_path / "real", tmp_path / "generated")
    home_before = os.environ["FIDGUI_HOME"]
    fid = installer_smoke.expected_fid(tmp_path / "real", tmp_path / "generated", fixture_onnx, tmp_path / "home")
    assert np.isfinite(fid) and fid > 0
    assert os.environ["FIDGUI_HOME"] == home_before


def test_smoke_test_fails_an_app_that_disagrees_or_writes_beside_itself(
    tmp_path: Path, fixture_onnx: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(installer_smoke, "expected_fid", lambda *args: 2.0)  # the passing test checks the real one
    _stand_in_build(tmp_path / "dist", fixture_onnx, MISBEHAVING_APP)
    assert build_main(["--smoke-only", "--dist", str(tmp_path / "dist")]) == 1
    error = capsys.readouterr().err
    assert "Smoke test FAILED" in error
    assert "the built app's FID 1.0 differs from the source's 2.0" in error
    assert "n_real is 19, not 20" in error
    assert "the working directory: added stray.log" in error
    assert "the application folder: added settings.ini" in error


def test_smoke_test_falls_back_to_the_installed_model(tmp_path: Path, installed_model: Path) -> None:
    assert installer_smoke.smoke_model(tmp_path, parse_arguments(["--no-model", "--smoke"])) == installed_model
    named = tmp_path / "named.onnx"
    assert installer_smoke.smoke_model(tmp_path, parse_arguments(["--model", str(named)])) == named
    (tmp_path / BUNDLED_MODEL).parent.mkdir()
    (tmp_path / BUNDLED_MODEL).write_bytes(installed_model.read_bytes())
    assert installer_smoke.smoke_model(tmp_path, parse_arguments(["--model", str(named)])) == tmp_path / BUNDLED_MODEL


def test_smoke_test_without_any_model_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(installer_smoke, "find_installed_model", lambda: None)  # a developer's checkout may hold models/
    with pytest.raises(installer_plan.BuildFailed, match="pass --model PATH or install one"):
        installer_smoke.smoke_model(tmp_path, parse_arguments(["--smoke-only"]))
