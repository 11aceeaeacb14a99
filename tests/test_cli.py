"""``fidgui-cli`` as a script sees it: a real process, real folders, JSON on stdout, reasons on stderr."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import IMAGES, RANDOM_WEIGHTS, REFERENCE, REPO, TRUNCATED_WEIGHTS

ANCHORS = json.loads((REFERENCE / "metrics_small.json").read_text(encoding="utf-8"))
REQUIRED_KEYS = {"fid", "n_real", "n_generated", "mode", "model_sha256", "warnings", "skipped", "seconds"}


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fidgui.cli", *args],
        cwd=REPO, capture_output=True, text=True, timeout=300, env=dict(os.environ),
    )


def test_fid_json_has_the_documented_keys(fixture_onnx: Path) -> None:
    completed = _cli("fid", str(IMAGES / "small_a"), str(IMAGES / "small_b"), "--model", str(fixture_onnx), "--json")
    assert completed.returncode == 0, completed.stderr
    document = json.loads(completed.stdout)
    assert REQUIRED_KEYS <= document.keys()
    assert document["n_real"] == 24 and document["n_generated"] == 24
    assert document["mode"] == "pytorch-fid"
    assert document["fid"] == pytest.approx(ANCHORS["pytorch_fid"], rel=1e-5)  # what pytorch-fid itself says
    assert any("2048" in text or "2,048" in text for text in document["warnings"])
    assert "images/s" in completed.stderr


def test_a_missing_folder_exits_non_zero_with_one_line(fixture_onnx: Path, tmp_path: Path) -> None:
    completed = _cli("fid", str(tmp_path / "nowhere"), str(IMAGES / "small_b"), "--model", str(fixture_onnx))
    assert completed.returncode != 0
    assert completed.stdout == ""
    lines = completed.stderr.strip().splitlines()
    assert len(lines) == 1 and "nowhere" in lines[0]


def test_model_status_without_a_model_says_how_to_get_one() -> None:
    completed = _cli("model", "status")
    assert completed.returncode != 0
    assert "model install" in completed.stdout + completed.stderr


def test_model_import_then_status_reports_the_hash_and_that_it_is_not_standard() -> None:
    completed = _cli("model", "import", str(RANDOM_WEIGHTS))
    assert completed.returncode == 0, completed.stderr
    status = _cli("model", "status")
    assert status.returncode == 0
    assert "1e53caa1ee0b04c35f5822cdf4f9420d1e884f96fe765b1e4ae48b4b00a0c655" in status.stdout
    assert "not the standard" in status.stdout.lower()


def test_importing_a_truncated_file_is_refused_in_a_sentence() -> None:
    completed = _cli("model", "import", str(TRUNCATED_WEIGHTS))
    assert completed.returncode != 0
    assert "fidgui-cli:" in completed.stderr and "Traceback" not in completed.stderr


def test_history_reference_and_cache_commands_work_together(installed_model: Path, tmp_path: Path, capsys) -> None:
    from fidgui.cli import main

    few = tmp_path / "few"
    few.mkdir()
    for source in sorted((IMAGES / "small_a").iterdir())[:4]:
        shutil.copy(source, few / source.name)
    assert main(["reference", "save", "Four crops", str(few)]) == 0
    assert "use it as ref:Four crops" in capsys.readouterr().out
    assert main(["fid", "ref:Four crops", str(few), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["fid"] == pytest.approx(0.0, abs=1e-6) and document["generated"]["from_cache"] == 4
    assert main(["history", "list"]) == 0
    assert "ref:Four crops vs " + str(few) in capsys.readouterr().out  # named as the window names it
    assert main(["history", "export", str(tmp_path / "history.csv")]) == 0
    assert (tmp_path / "history.csv").read_text(encoding="utf-8").startswith("id,")
    assert main(["cache", "clear"]) == 0
    assert "MB freed" in capsys.readouterr().out
    assert main(["reference", "import", str(tmp_path / "missing.npz"), "x", "--mode", "clean"]) == 1


def test_a_bug_is_one_sentence_naming_the_log_file_that_holds_the_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from fidgui import cli
    from fidgui.cli import commands
    from fidgui.core.base.log_file import log_file

    def broken(args: object) -> int:
        raise KeyError("a bug in the history command")

    monkeypatch.setattr(commands, "command_history", broken)
    assert cli.main(["history", "list"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("fidgui-cli: Something unexpected went wrong (KeyError: 'a bug in the history command').")
    assert f"with this message and the log file {log_file()}." in error and "Traceback" not in error
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "a bug in the history command" in logged
