"""Features match what pytorch-fid, torch-fidelity and clean-fid themselves output, image by image.

The reference arrays were produced by the anchors (torch 2.13, float32) with the
same random-valued weights. Preprocessing is bit-exact with them; what remains is
float32 rounding inside the network, where different convolution algorithms sum
in different orders. Measured on a 2-core AVX2 CPU (onnxruntime 1.31) over all
three folders: at most 9.4e-5 absolute, 7.9e-6 relative to the largest feature,
7.8e-6 relative in norm.
The torch float32 reference is itself about 3e-5 away from a float64 computation
of the same network, slightly farther than ours. The bounds sit just above what
was measured.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import IMAGES, REFERENCE
from fidgui.core.encoders.session import InceptionSession
from fidgui.core.encoders.inception import INCEPTION
from fidgui.core.images.preprocess import preprocess

# (mode, reference array suffix, network output)
CASES = [
    ("pytorch-fid", "pytorch_fid_pool3", "pool3"),
    ("tensorflow", "fidelity_pool3", "pool3"),
    ("tensorflow", "fidelity_logits_unbiased", "logits_unbiased"),
    ("tensorflow", "fidelity_logits", "logits"),
    ("clean", "clean_pool3", "pool3"),
]
MAX_ABS_ERROR = 1.5e-4
MAX_ERROR_RELATIVE_TO_LARGEST = 1.2e-5
MAX_ERROR_RELATIVE_IN_NORM = 1.2e-5
# modes/ adds every pixel mode PIL converts, a 1x1 image and a 3000x2250 one (downsampling without antialias).
FOLDERS = ("small_a", "small_b", "modes")


@pytest.fixture(scope="module")
def session(fixture_onnx: Path) -> InceptionSession:
    """The session's conversion of the fixture weights (conftest), shared with the other files of this process."""
    return InceptionSession(fixture_onnx, device="cpu")


@pytest.fixture(scope="module")
def reference() -> dict[str, np.ndarray]:
    with np.load(REFERENCE / "features.npz") as archive:
        return {key: archive[key] for key in archive.files}


@pytest.fixture(scope="module")
def outputs(session: InceptionSession, reference) -> dict[tuple[str, str], dict[str, np.ndarray]]:
    """Network outputs per (folder, mode), decoded exactly as the anchors did: PIL's convert('RGB')."""
    results = {}
    for folder in FOLDERS:
        files = [IMAGES / folder / str(name) for name in reference[f"{folder}/files"]]
        pixels = [np.asarray(Image.open(path).convert("RGB")) for path in files]
        for mode in {mode for mode, _, _ in CASES}:
            size = INCEPTION.input_size
            results[folder, mode] = session.run(np.stack([preprocess(rgb, mode, size) for rgb in pixels]))
    return results


def test_reference_files_are_the_fixture_folders_in_sorted_order(reference) -> None:
    for folder in FOLDERS:
        listed = [str(name) for name in reference[f"{folder}/files"]]
        assert listed == sorted(p.name for p in Path(IMAGES / folder).iterdir())
        assert len(listed) == (19 if folder == "modes" else 24)


@pytest.mark.parametrize("folder", FOLDERS)
@pytest.mark.parametrize(("mode", "key", "output"), CASES)
def test_features_match_the_reference_tool(outputs, reference, folder: str, mode: str, key: str, output: str) -> None:
    expected = reference[f"{folder}/{key}"]
    actual = outputs[folder, mode][output]
    assert actual.shape == expected.shape
    error = np.abs(actual.astype(np.float64) - expected)
    assert error.max() < MAX_ABS_ERROR
    assert error.max() / np.abs(expected).max() < MAX_ERROR_RELATIVE_TO_LARGEST
    assert np.linalg.norm(actual - expected) / np.linalg.norm(expected) < MAX_ERROR_RELATIVE_IN_NORM


def test_modes_differ_by_far_more_than_the_tolerance(outputs) -> None:
    pool3 = {mode: outputs["small_a", mode]["pool3"] for mode in ("pytorch-fid", "tensorflow", "clean")}
    for first, second in (("pytorch-fid", "tensorflow"), ("tensorflow", "clean"), ("pytorch-fid", "clean")):
        assert np.abs(pool3[first] - pool3[second]).max() > 100 * MAX_ABS_ERROR
