"""The command line with a second network registered: its metrics among ``--metrics``, its mode as ``--toy-mode``,
``model import`` recognising its weights by their structure, ``model status`` listing it, ``stats --encoder``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from conftest import IMAGES
from fidgui.cli.main import main
from fidgui.cli.parser import build_parser
from multi_toy import BILINEAR, FD_TOY, WIDTH, toy_network, write_weights

__all__ = ["toy_network"]


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    real, generated = tmp_path / "real", tmp_path / "generated"
    for source, target in ((IMAGES / "small_a", real), (IMAGES / "small_b", generated)):
        target.mkdir()
        for file in sorted(source.iterdir())[:5]:
            shutil.copyfile(file, target / file.name)
    return real, generated


def test_the_toy_metric_and_mode_are_options_and_the_json_records_each_metrics_network(
    toy_network, installed_model: Path, folders: tuple[Path, Path], tmp_path: Path,  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str],
) -> None:
    fid = build_parser()._subparsers._group_actions[0].choices["fid"]  # type: ignore[union-attr]
    metrics = next(action for action in fid._actions if action.dest == "metrics")
    assert FD_TOY in metrics.choices and "kid" in metrics.choices

    assert main(["model", "status"]) == 0
    status = capsys.readouterr().out
    assert "toy: not set up; needed only for FD_toy, toy rows." in status

    weights = write_weights(tmp_path / "weights_with_any_name.bin")
    assert main(["model", "import", str(weights)]) == 0  # recognised as the toy network by its contents
    assert "toy: " in capsys.readouterr().out and Path(installed_model.parent / "toy.onnx").is_file()

    code = main(["fid", *map(str, folders), "--metrics", FD_TOY, "--toy-mode", BILINEAR, "--json", "--no-history",
                 "--quiet"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0 and document["fid"] is not None and document[FD_TOY] > 0
    assert document["metric_encoders"][FD_TOY]["encoder"] == "toy"
    assert document["metric_encoders"][FD_TOY]["mode"] == BILINEAR
    assert document["metric_encoders"]["fid"] == {
        "encoder": "inception", "mode": "pytorch-fid", "model_sha256": document["model_sha256"],
        "model_is_standard": False}
    assert document["settings"]["encoder_modes"] == [BILINEAR]

    output = tmp_path / "toy_stats.npz"
    assert main(["stats", str(folders[0]), str(output), "--encoder", "toy", "--quiet"]) == 0
    assert "Wrote the toy statistics of 5 images (toy-nearest)" in capsys.readouterr().out
    with np.load(output) as saved:
        assert (str(saved["encoder"]), int(saved["width"]), str(saved["mode"])) == ("toy", WIDTH, "toy-nearest")


def test_a_missing_toy_model_is_one_sentence_only_when_its_metric_is_asked(
    toy_network, installed_model: Path, folders: tuple[Path, Path],  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["fid", *map(str, folders), "--no-history", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert "toy" not in captured.out + captured.err
    assert main(["fid", *map(str, folders), "--metrics", FD_TOY, "--no-history", "--quiet"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("fidgui-cli: The toy network is not set up") and "fidgui-cli model import FILE" in error
