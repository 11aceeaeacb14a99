"""Reading DINOv2 backbone files: the fixture (the official files' exact format), and files that must be refused.

Every refusal is a ``WeightsError`` with a code; the layout ones name the first wrong tensor. The small files here
are ViT-S/14-shaped state dicts written by the tests' own zip writer (no torch), under ``archive/`` as older
torch versions name the folder, with and without ``_metadata``.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from dinov2_support import WEIGHTS, WEIGHTS_SHA256, fixture_weights, random_weights, write_pth

from fidgui.core.base.errors import WeightsError
from fidgui.core.encoders.dinov2 import DINOV2, dinov2_encoder
from fidgui.core.encoders.dinov2.layout import SIZES
from fidgui.core.encoders.dinov2.standard import STANDARD_WEIGHTS, VITL14
from fidgui.core.encoders.dinov2.weights import load_dinov2_weights
from fidgui.messages import render


def test_the_fixture_is_read_as_vit_s_with_every_tensor() -> None:
    weights = fixture_weights()
    assert weights.size is SIZES[384] and weights.sha256 == WEIGHTS_SHA256 and not weights.is_standard
    assert len(weights.tensors) == 175 and "mask_token" in weights.tensors
    assert sum(array.size for array in weights.tensors.values()) == 22_056_576
    assert weights.tensors["pos_embed"].shape == (1, 1370, 384)
    assert all(array.dtype == np.float32 for array in weights.tensors.values())


def test_the_encoder_reads_through_its_declaration() -> None:
    progress: list[tuple[int, int]] = []
    weights = dinov2_encoder(width=384).read_weights(WEIGHTS, lambda done, total: progress.append((done, total)))
    assert weights.sha256 == WEIGHTS_SHA256 and progress[-1] == (88_290_128, 88_290_128)
    assert not DINOV2.is_standard(WEIGHTS_SHA256) and DINOV2.is_standard(VITL14.sha256)


def test_the_fd_dinov2_declaration_refuses_another_size_from_its_records() -> None:
    with pytest.raises(WeightsError) as refused:
        DINOV2.read_weights(WEIGHTS, None)
    assert refused.value.code == "dinov2_other_size"
    assert (refused.value.params["size"], refused.value.params["expected"]) == ("ViT-S/14", "ViT-L/14")
    assert "ViT-L/14 (1024 values per image)" in render(refused.value)


def test_the_standard_files_are_the_four_published_backbones() -> None:
    assert [item.filename for item in STANDARD_WEIGHTS] == [
        "dinov2_vitl14_pretrain.pth", "dinov2_vits14_pretrain.pth", "dinov2_vitb14_pretrain.pth",
        "dinov2_vitg14_pretrain.pth"]
    for item in STANDARD_WEIGHTS:
        arch = item.filename.split("_")[1]
        assert re.fullmatch(r"[0-9a-f]{64}", item.sha256) and item.size
        assert item.url == f"https://dl.fbaipublicfiles.com/dinov2/dinov2_{arch}/dinov2_{arch}_pretrain.pth"


def _small_state() -> dict[str, np.ndarray]:
    return dict(random_weights(SIZES[384], seed=1).tensors)


@pytest.fixture(scope="module")
def good_state() -> dict[str, np.ndarray]:
    return _small_state()


def _refusal(path: Path) -> WeightsError:
    with pytest.raises(WeightsError) as excinfo:
        load_dinov2_weights(path)
    assert render(excinfo.value) != excinfo.value.code  # worded in English
    return excinfo.value


def test_an_archive_folder_without_metadata_or_mask_token_is_read(tmp_path: Path, good_state) -> None:
    state = {name: array for name, array in good_state.items() if name != "mask_token"}
    weights = load_dinov2_weights(write_pth(tmp_path / "plain.pth", state, metadata=False))
    assert weights.size is SIZES[384] and len(weights.tensors) == 174
    assert np.array_equal(weights.tensors["blocks.11.mlp.fc2.weight"], state["blocks.11.mlp.fc2.weight"])


def test_a_truncated_file_is_refused(tmp_path: Path) -> None:
    cut = tmp_path / "cut.pth"
    with open(WEIGHTS, "rb") as source:
        cut.write_bytes(source.read(40_000_000))
    assert _refusal(cut).code.startswith("weights_")


def test_a_missing_tensor_is_named(tmp_path: Path, good_state) -> None:
    state = {name: array for name, array in good_state.items() if name != "blocks.7.ls2.gamma"}
    error = _refusal(write_pth(tmp_path / "missing.pth", state))
    assert error.code == "dinov2_tensor_missing" and error.params["name"] == "blocks.7.ls2.gamma"
    assert error.params["size"] == "ViT-S/14"


def test_a_misshapen_tensor_is_named(tmp_path: Path, good_state) -> None:
    state = dict(good_state)
    state["blocks.3.attn.qkv.weight"] = np.zeros((1152, 383), np.float32)
    error = _refusal(write_pth(tmp_path / "shape.pth", state))
    assert error.code == "dinov2_tensor_shape" and error.params["name"] == "blocks.3.attn.qkv.weight"
    assert error.params["shape"] == "[1152, 383]" and error.params["expected"] == "[1152, 384]"


@pytest.mark.parametrize("extra", ["register_tokens", "blocks.12.norm1.weight", "head.weight"])
def test_an_extra_tensor_is_named(tmp_path: Path, good_state, extra: str) -> None:
    state = {**good_state, extra: np.zeros((384,), np.float32)}
    error = _refusal(write_pth(tmp_path / "extra.pth", state))
    assert error.code == "dinov2_tensor_unexpected" and error.params["name"] == extra


def test_a_width_no_dinov2_has_is_refused(tmp_path: Path) -> None:
    error = _refusal(write_pth(tmp_path / "wide.pth", {"cls_token": np.zeros((1, 1, 500), np.float32)}))
    assert error.code == "dinov2_unknown_width" and error.params["width"] == 500


def test_a_file_without_class_token_is_not_a_backbone(tmp_path: Path) -> None:
    error = _refusal(write_pth(tmp_path / "other.pth", {"fc.weight": np.zeros((4, 4), np.float32)}))
    assert error.code == "dinov2_not_backbone"


def test_non_finite_values_are_refused(tmp_path: Path, good_state) -> None:
    state = dict(good_state)
    state["norm.bias"] = state["norm.bias"].copy()
    state["norm.bias"][5] = np.nan
    error = _refusal(write_pth(tmp_path / "nan.pth", state))
    assert error.code == "dinov2_not_finite" and error.params["name"] == "norm.bias" and error.params["count"] == 1


def test_a_pickle_that_asks_to_run_code_is_refused(tmp_path: Path) -> None:
    from hostile_files import Crafted, global_name

    crafted = Crafted([], {}, prefix=global_name("os", "system") + b"0")
    error = _refusal(crafted.write_zip(tmp_path / "code.pth"))
    assert error.code == "weights_runs_code_for" and error.params["network"] == "DINOv2"
