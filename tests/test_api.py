"""Issue 12, item 20: the Python API, with real images, a real model and the reference tools' figures."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import IMAGES, REFERENCE
from sentences import raises_sentence

import fidgui

SMALL = json.loads((REFERENCE / "metrics_small.json").read_text())


def _pixels(folder: str) -> np.ndarray:
    """A folder's images as one uint8 array (N, H, W, 3), in file-name order."""
    return np.stack([np.asarray(Image.open(path).convert("RGB")) for path in sorted((IMAGES / folder).iterdir())])


def test_arrays_give_the_same_fid_as_the_same_images_read_from_folders(fixture_onnx: Path) -> None:
    seen = []
    from_arrays = fidgui.compare(_pixels("small_a"), _pixels("small_b"), model=fixture_onnx, batch_size=24,
                                 progress=seen.append, use_cache=False)
    from_folders = fidgui.compare(IMAGES / "small_a", IMAGES / "small_b", model=fixture_onnx, batch_size=24,
                                  use_cache=False)
    assert from_arrays["fid"] == pytest.approx(from_folders["fid"], rel=1e-9)
    assert from_arrays["fid"] == pytest.approx(SMALL["pytorch_fid"], rel=1e-5)
    assert from_arrays["n_real"] == 24 and from_arrays["n_generated"] == 24
    assert {item.side for item in seen} == {"real", "generated"}


def test_compare_returns_what_the_cli_prints_with_extra_metrics(fixture_onnx: Path) -> None:
    result = fidgui.compare(IMAGES / "small_a", IMAGES / "small_b", mode="tensorflow", metrics=["kid", "is"],
                            model=fixture_onnx, decode="pil", kid_subset_size=24, batch_size=24)
    reference = SMALL["torch_fidelity"]
    assert result["fid"] == pytest.approx(reference["frechet_inception_distance"], rel=1e-5)
    assert result["kid_mean"] == pytest.approx(reference["kernel_inception_distance_mean"], rel=1e-5)
    assert {"fid", "n_real", "n_generated", "mode", "model_sha256", "warnings", "notices"} <= result.keys()
    assert result["mode"] == "tensorflow"


def test_statistics_and_frechet_distance(fixture_onnx: Path, tmp_path: Path) -> None:
    first = fidgui.statistics(_pixels("small_a"), model=fixture_onnx, use_cache=False)
    second = fidgui.statistics(IMAGES / "small_b", model=fixture_onnx, use_cache=False)
    assert first.n == 24 and first.mu.shape == (2048,) and first.mode == "pytorch-fid"
    assert fidgui.frechet_distance(first, second) == pytest.approx(SMALL["pytorch_fid"], rel=1e-5)
    first.save(tmp_path / "a.npz")
    second.save(tmp_path / "b.npz")
    assert fidgui.frechet_distance(tmp_path / "a.npz", tmp_path / "b.npz") == pytest.approx(
        SMALL["pytorch_fid"], rel=1e-5)


def test_an_array_of_the_wrong_shape_is_a_sentence() -> None:
    with raises_sentence(r"uint8 array of shape \(N, H, W, 3\); this one has the shape \(2, 8, 8\)"):
        fidgui.compare(np.zeros((2, 8, 8), np.uint8), IMAGES / "small_b")
    with raises_sentence(r"the type float32"):
        fidgui.statistics(np.zeros((2, 8, 8, 3), np.float32))
