"""``fidgui --smoke-test``: the packaged build's proof that the window really computes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import IMAGES, REFERENCE, REPO

ANCHORS = json.loads((REFERENCE / "metrics_small.json").read_text(encoding="utf-8"))


def _smoke(*arguments: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "fidgui", "--smoke-test", *arguments],
        cwd=REPO, env=environment, capture_output=True, text=True, timeout=300,
    )


def test_smoke_test_prints_one_json_line_with_the_fid(fixture_onnx: Path, tmp_path: Path) -> None:
    """The interface the build relies on, with the figure torch-fidelity itself gives in that mode."""
    output = tmp_path / "smoke.json"
    completed = _smoke(
        str(IMAGES / "small_a"), str(IMAGES / "small_b"), "--model", str(fixture_onnx), "--mode", "tensorflow",
        "--smoke-output", str(output),
    )
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    assert len(lines) == 1
    line = json.loads(lines[0])
    assert set(line) == {"fid", "n_real", "n_generated", "device"}
    assert line["fid"] == pytest.approx(ANCHORS["torch_fidelity"]["frechet_inception_distance"], rel=1e-5)
    assert (line["n_real"], line["n_generated"]) == (24, 24)
    assert line["device"].startswith(("CPU", "NVIDIA GPU"))
    assert json.loads(output.read_text(encoding="utf-8")) == line  # for windowed builds, which have no stdout


def test_smoke_test_failure_exits_1_with_the_sentence(fixture_onnx: Path, tmp_path: Path) -> None:
    completed = _smoke(str(tmp_path / "missing"), str(IMAGES / "small_b"), "--model", str(fixture_onnx))
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert "were not found" in completed.stderr


def test_smoke_test_leaves_the_remembered_settings_alone(qtbot, fixture_onnx: Path, tmp_path: Path) -> None:
    from fidgui.gui.windows.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.settings_panel.batch_size.setValue(3)
    window.close()
    arguments = ("--model", str(fixture_onnx), "--mode", "clean")
    completed = _smoke(str(tmp_path / "missing"), str(IMAGES / "small_b"), *arguments)
    assert completed.returncode == 1
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.settings_panel.request_fields()["mode"] == "pytorch-fid"
    assert again.settings_panel.batch_size.value() == 3
