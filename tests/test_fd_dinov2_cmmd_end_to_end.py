"""FD_DINOv2 and CMMD end to end through the real command line and the Python API, on the encoder fixtures.

The fixture networks are installed with ``model import`` (DINOv2 ViT-S/14 from its ``.pth``, the reduced CLIP
from its folder) under declarations of their sizes (``fixture_networks``); one ``fid`` run then gives FID,
FD_DINOv2 and CMMD equal to pytorch-fid's, dgm-eval's / EDM2's and cmmd-pytorch's figures. Measured here:
FD within 3.4e-6 relative (dgm-eval) of ``dinov2_metrics.json``, CMMD within 1.5e-6 of ``cmmd_float64``, FID
within 2.7e-6 of pytorch-fid's.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

import fidgui
from conftest import IMAGES, RANDOM_WEIGHTS, REFERENCE
from fidgui.cli.main import main
from fidgui.core.encoders import encoder_models
from fixture_networks import CLIP_FOLDER, CMMD_FLOAT64, DINOV2_FD, DINOV2_WEIGHTS, converted_networks, \
    fixture_sized_networks, install

__all__ = ["converted_networks", "fixture_sized_networks"]
PYTORCH_FID = json.loads((REFERENCE / "metrics_small.json").read_text())["pytorch_fid"]
SMALL_A, SMALL_B = str(IMAGES / "small_a"), str(IMAGES / "small_b")
ROUTES = {"dgm-eval": "dgm_eval", "edm2": "edm2_torch", "edm2-pil": "edm2_pil"}


def _fid_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["fid", *args, "--json", "--no-history", "--quiet", "--batch-size", "24"]) == 0
    return json.loads(capsys.readouterr().out)


def test_imported_fixture_networks_give_the_reference_figures_through_the_cli(
    fixture_sized_networks: None, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    for source in (RANDOM_WEIGHTS, DINOV2_WEIGHTS, CLIP_FOLDER):  # each recognised by its structure
        assert main(["model", "import", str(source)]) == 0
    capsys.readouterr()
    assert main(["model", "status"]) == 0
    status = capsys.readouterr().out
    assert "Model file: " in status and "fid_inception.onnx" in status
    for network, shown in (("dinov2", "DINOv2"), ("clip", "CLIP")):  # sentences name a network by its proper name
        assert f"{shown}: {encoder_models.user_model_path(network)} (weights SHA-256" in status

    document = _fid_json(capsys, SMALL_A, SMALL_B, "--metrics", "fd_dinov2", "cmmd")
    assert document["fid"] == pytest.approx(PYTORCH_FID, rel=1e-5)
    assert document["fd_dinov2"] == pytest.approx(DINOV2_FD["dgm_eval"], rel=1e-4)
    assert document["cmmd"] == pytest.approx(CMMD_FLOAT64, rel=1e-4)
    encoders = document["metric_encoders"]
    assert (encoders["fd_dinov2"]["encoder"], encoders["fd_dinov2"]["mode"]) == ("dinov2", "dgm-eval")
    assert (encoders["cmmd"]["encoder"], encoders["cmmd"]["mode"]) == ("clip", "cmmd")
    assert not encoders["fd_dinov2"]["model_is_standard"] and not encoders["cmmd"]["model_is_standard"]
    # the rank warning of each network with its own width: 2,048 for Inception, 384 for this DINOv2
    ranks = [item for item in document["notices"] if item["code"] == "rank_deficient"]
    assert sorted(item["message"]["params"]["features"] for item in ranks) == [384, 2048]

    edm2 = _fid_json(capsys, SMALL_A, SMALL_B, "--metrics", "fd_dinov2", "--dinov2-mode", "edm2")
    assert edm2["fd_dinov2"] == pytest.approx(DINOV2_FD["edm2_torch"], rel=1e-4)
    assert edm2["fid"] == pytest.approx(PYTORCH_FID, rel=1e-5) and edm2["cmmd"] is None
    assert edm2["metric_encoders"]["fd_dinov2"]["mode"] == "edm2"

    saved = tmp_path / "small_a_dinov2.npz"
    assert main(["stats", SMALL_A, str(saved), "--encoder", "dinov2", "--quiet"]) == 0
    with np.load(saved) as arrays:
        assert (str(arrays["encoder"]), int(arrays["width"]), str(arrays["mode"])) == ("dinov2", 384, "dgm-eval")
    capsys.readouterr()
    from_file = _fid_json(capsys, str(saved), SMALL_B, "--metrics", "fd_dinov2")
    assert from_file["fd_dinov2"] == pytest.approx(DINOV2_FD["dgm_eval"], rel=1e-4)
    assert from_file["fid"] is None  # a DINOv2 statistics file holds no Inception features: FID is skipped

    # the reference library takes it in its own mode (every registered mode is offered to reference import)
    assert main(["reference", "import", str(saved), "dino_a", "--mode", "dgm-eval"]) == 0
    capsys.readouterr()
    from_library = _fid_json(capsys, "ref:dino_a", SMALL_B, "--metrics", "fd_dinov2")
    assert from_library["fd_dinov2"] == pytest.approx(DINOV2_FD["dgm_eval"], rel=1e-4)


def test_the_python_api_gives_the_same_figures(
    fixture_sized_networks: None, converted_networks: dict[str, Path], fixture_onnx: Path,
) -> None:
    install(converted_networks)
    result = fidgui.compare(IMAGES / "small_a", IMAGES / "small_b", metrics=["fd_dinov2", "cmmd"],
                            encoder_modes=("edm2-pil",), model=fixture_onnx, batch_size=24)
    assert result["fid"] == pytest.approx(PYTORCH_FID, rel=1e-5)
    assert result["fd_dinov2"] == pytest.approx(DINOV2_FD["edm2_pil"], rel=1e-4)
    assert result["cmmd"] == pytest.approx(CMMD_FLOAT64, rel=1e-4)
    assert result["metric_encoders"]["fd_dinov2"]["mode"] == "edm2-pil"


def test_fd_dinov2_takes_only_vit_l14_and_a_refused_file_leaves_the_installed_model(
    converted_networks: dict[str, Path], capsys: pytest.CaptureFixture[str],
) -> None:
    target = encoder_models.user_model_path("dinov2")
    target.parent.mkdir(parents=True)
    shutil.copyfile(converted_networks["dinov2"], target)  # a model installed earlier (here: the fixture's)
    before = target.read_bytes()
    assert main(["model", "import", str(DINOV2_WEIGHTS)]) == 1  # the registered declaration: ViT-L/14
    error = capsys.readouterr().err
    assert "FD_DINOv2 is defined on DINOv2 ViT-L/14 (1024 values per image)" in error
    assert "is DINOv2 ViT-S/14 (384 values per image)" in error
    assert target.read_bytes() == before and [path.name for path in target.parent.iterdir()] == ["dinov2.onnx"]
    assert main(["--lang", "ja", "model", "import", str(DINOV2_WEIGHTS)]) == 1
    assert "dinov2_vitl14_pretrain.pth を使ってください" in capsys.readouterr().err
