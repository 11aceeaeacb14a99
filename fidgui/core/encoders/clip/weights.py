"""A CLIP model folder to checked float32 tensors: where the standard model comes from and what it must hold.

CMMD (Jayasumana et al. 2024) is defined with one network, ``openai/clip-vit-large-patch14-336``.
Its Hugging Face folder holds ``config.json``, ``preprocessor_config.json`` and the weights:
``pytorch_model.bin`` on the repository's main branch (a ``torch.save`` file, read by the
same code-free reader as the Inception weights) and ``model.safetensors`` in its safetensors
conversion; the user gives the folder or either weights file inside it (safetensors first).
The configuration decides the layout, the layout is checked against the file's header
before any tensor is read, and the values are checked once read (NaN or infinity would
make every later figure meaningless, far from the cause).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from fidgui.core.base.errors import WeightsError
from fidgui.core.encoders.clip.config import ImageSettings, VisionConfig, read_image_settings, read_vision_config
from fidgui.core.encoders.clip.layout import Declared, check_declared, expected_layout
from fidgui.core.encoders.clip.safetensors import FLOAT_TYPES, read_safetensors
from fidgui.core.encoders.torch_reader import ByteProgress, read_state_dict

STANDARD_MODEL = "openai/clip-vit-large-patch14-336"
STANDARD_WEIGHTS_FILENAME = "model.safetensors"
STANDARD_WEIGHTS_SHA256 = "f51cb7b04a2afb04828b1b8e0edc34bbf082080d098b9874f5756e7b7ba8c807"
"""Git LFS oid (= SHA-256) of the repository's ``model.safetensors``, the safetensors conversion of the published
weights, as Hugging Face lists it at https://huggingface.co/openai/clip-vit-large-patch14-336/blob/refs%2Fpr%2F8/
model.safetensors ("Git LFS Details", commit 32aef85 "Adding `safetensors` variant of this model"; 1.71 GB,
the exact byte count is not listed there)."""
STANDARD_WEIGHTS_URL = "https://huggingface.co/openai/clip-vit-large-patch14-336/resolve/refs%2Fpr%2F8/model.safetensors"
STANDARD_TORCH_FILENAME = "pytorch_model.bin"
STANDARD_TORCH_SHA256 = "c6032c2e0caae3dc2d4fba35535fa6307dbb49df59c7e182b1bc4b3329b81801"
"""Git LFS oid of the repository's main-branch ``pytorch_model.bin`` (commit a2ab452 "add model", 1.71 GB), as listed at
https://huggingface.co/openai/clip-vit-large-patch14-336/blob/main/pytorch_model.bin."""
STANDARD_TORCH_URL = "https://huggingface.co/openai/clip-vit-large-patch14-336/resolve/main/pytorch_model.bin"
STANDARD_SHA256 = (STANDARD_WEIGHTS_SHA256, STANDARD_TORCH_SHA256)
CONFIG_NAME = "config.json"
IMAGE_SETTINGS_NAME = "preprocessor_config.json"
WEIGHTS_NAME = "model.safetensors"
WEIGHTS_NAMES = (WEIGHTS_NAME, STANDARD_TORCH_FILENAME)  # looked for in a folder, in this order

# The published model's image settings; the ``cmmd`` preprocessing reproduces exactly these.
OPENAI_MEAN = (0.48145466, 0.4578275, 0.40821073)
OPENAI_STD = (0.26862954, 0.26130258, 0.27577711)


@dataclass(frozen=True)
class ClipWeights:
    """The checked vision tensors of a CLIP model and where they came from.

    ``sha256`` is that of the weights file; the published model is recognised by it.
    """

    config: VisionConfig
    image_settings: ImageSettings
    tensors: dict[str, np.ndarray]
    sha256: str
    is_standard: bool
    folder: Path


def model_files(path: Path) -> tuple[Path, Path]:
    """(folder, weights file) for a folder (model.safetensors, else pytorch_model.bin) or a weights file in one."""
    path = Path(path)
    if path.is_dir():
        present = [path / name for name in WEIGHTS_NAMES if (path / name).is_file()]
        return path, present[0] if present else path / WEIGHTS_NAME
    if path.suffix in (".safetensors", ".bin"):
        return path.parent, path
    raise WeightsError("clip_not_model_folder", path=str(path))


def _read_tensors(path: Path, layout: dict[str, tuple[int, ...]],
                  progress: ByteProgress | None) -> tuple[dict[str, np.ndarray], str]:
    """The layout's tensors as float32 and the file's SHA-256, from either container; checked before any data."""
    if path.suffix == ".bin":
        state = read_state_dict(path, progress, lambda records: check_declared(path, {
            name: Declared(tuple(record.shape), str(record.dtype), record.dtype.kind == "f")
            for name, record in records.items()}, layout), network="CLIP")
        return {name: state.tensors[name].astype(np.float32, copy=False) for name in layout}, state.sha256
    read = read_safetensors(path, lambda name: name in layout, lambda entries: check_declared(path, {
        name: Declared(entry.shape, entry.dtype, entry.dtype in FLOAT_TYPES) for name, entry in entries.items()},
        layout), progress)
    return read.tensors, read.sha256


def load_clip_weights(path: Path, progress: ByteProgress | None = None) -> ClipWeights:
    """Read a CLIP model folder (either layout) into checked float32 tensors of its vision tower and projection."""
    folder, weights_path = model_files(path)
    config = read_vision_config(folder / CONFIG_NAME)
    settings = read_image_settings(folder / IMAGE_SETTINGS_NAME)
    if not weights_path.is_file():
        raise WeightsError("clip_file_missing", path=str(folder), name=weights_path.name)
    tensors, sha256 = _read_tensors(weights_path, expected_layout(config), progress)
    for name, array in tensors.items():
        bad = int(array.size - np.count_nonzero(np.isfinite(array)))
        if bad:
            raise WeightsError("clip_not_finite", path=str(weights_path), name=name, count=bad)
    return ClipWeights(config, settings, tensors, sha256, sha256 in STANDARD_SHA256, folder)


def check_cmmd_settings(weights: ClipWeights, input_size: int, width: int) -> None:
    """Refuse a model the ``cmmd`` route cannot feed as cmmd-pytorch would: other sizes or other image settings.

    The ``cmmd`` preprocessing crops and resizes to the encoder's declared input size and
    normalises with the published model's mean and deviation, so a model trained on another
    size or other statistics would silently get the wrong input. It is refused with the reason.
    cmmd-pytorch reads only ``crop_size``, ``image_mean`` and ``image_std`` from the file (it always
    resizes with bicubic), so those are the fields compared.
    """
    config, settings, path = weights.config, weights.image_settings, str(weights.folder)
    if config.image_size != input_size or config.projection_dim != width:
        raise WeightsError("clip_other_size", path=path, size=config.image_size, width=config.projection_dim,
                           expected_size=input_size, expected_width=width)
    checks = {
        "crop_size": (settings.crop_height, settings.crop_width) == (input_size, input_size),
        "image_mean": np.array_equal(np.float32(settings.image_mean), np.float32(OPENAI_MEAN)),
        "image_std": np.array_equal(np.float32(settings.image_std), np.float32(OPENAI_STD)),
    }
    for field, agrees in checks.items():
        if not agrees:
            raise WeightsError("clip_image_settings_differ", path=str(weights.folder / IMAGE_SETTINGS_NAME),
                               field=field)
