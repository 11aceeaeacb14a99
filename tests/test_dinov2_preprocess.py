"""DINOv2 preprocessing against the inputs the reference pipelines fed the network (captured by forward pre-hooks).

Measured on the fixtures: ``dgm-eval`` (and ``edm2-pil``) reproduce dgm-eval's inputs bit for bit (Pillow does
the resize); ``edm2`` reproduces EDM2's torch antialiased-bicubic inputs bit for bit when upsampling (48 → 224)
and within 1.1e-6 in normalised units (6.1e-5 on the 0-255 scale) when shrinking (256, 384x512 → 224).
"""

from __future__ import annotations

import numpy as np
import pytest
from dinov2_support import FOLDERS, reference

from fidgui.core.encoders.registry import encoder_for_mode, get_encoder
from fidgui.core.images.decoding import decode_image
from fidgui.core.images.preprocess import preprocess

EDM2_TOLERANCE = 2e-6  # normalised units; the README's suggestion for a float32 re-implementation is 2e-4
CASES = [("small_a", 0), ("small_b", 0), ("large", 0), ("large", 4)]


def _pixels(folder: str, index: int) -> np.ndarray:
    name = str(reference()[f"{folder}/files"][index])
    return decode_image(FOLDERS[folder] / name).rgb


@pytest.mark.parametrize(("folder", "index"), CASES)
def test_dgm_eval_and_edm2_pil_inputs_are_the_reference_bit_for_bit(folder: str, index: int) -> None:
    rgb = _pixels(folder, index)
    stored = reference()[f"{folder}/dgm_eval_input{index}"]
    for mode in ("dgm-eval", "edm2-pil"):
        made = preprocess(rgb, mode, 224)
        assert made.shape == stored.shape == (3, 224, 224) and made.dtype == np.float32
        assert np.array_equal(made, stored), mode


@pytest.mark.parametrize(("folder", "index"), CASES)
def test_edm2_inputs_match_torch_antialiased_bicubic(folder: str, index: int) -> None:
    rgb = _pixels(folder, index)
    stored = reference()[f"{folder}/edm2_torch_input{index}"]
    made = preprocess(rgb, "edm2", 224)
    difference = float(np.abs(made - stored).max())
    assert difference <= EDM2_TOLERANCE
    if rgb.shape[0] < 224:  # upsampling: every weight and every sum as torch rounds it
        assert difference == 0.0
    # no rounding, no clipping: torch's bicubic overshoots [0, 255] on these crops, and so must this
    mean, std = np.array([0.485, 0.456, 0.406], np.float32), np.array([0.229, 0.224, 0.225], np.float32)
    levels = (made * std[:, None, None] + mean[:, None, None]) * 255
    if index == 0:
        assert levels.min() < -5 and levels.max() > 255

def test_the_two_routes_are_told_apart() -> None:
    rgb = _pixels("large", 4)
    assert float(np.abs(preprocess(rgb, "dgm-eval", 224) - preprocess(rgb, "edm2", 224)).max()) > 0.01


def test_the_modes_belong_to_the_dinov2_encoder() -> None:
    encoder = get_encoder("dinov2")
    assert encoder.modes == ("dgm-eval", "edm2", "edm2-pil") and encoder.input_size == 224
    assert all(encoder_for_mode(mode) is encoder for mode in encoder.modes)
    assert encoder.class_output is None and encoder.statistics_output == "cls" and encoder.feature_width == 1024
