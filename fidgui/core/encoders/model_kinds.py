"""Which network a model file is, judged by its structure, never by its name (``fidgui-cli model import FILE``).

A registered encoder may say so itself (``Encoder.recognise``). Otherwise these rules apply:

- a folder holding ``model.safetensors`` (or ``pytorch_model.bin``), ``config.json`` and
  ``preprocessor_config.json``, or such a weights file with the two configurations beside it, is a Hugging Face
  CLIP model (``clip``);
- a PyTorch zip (``.pth``) whose pickle names the tensor ``blocks.0.attn.qkv.weight`` is a DINOv2 ViT
  (``dinov2``): Inception's weights have no transformer blocks;
- an ``.onnx`` fidgui converted records its encoder in its metadata; one without it, and any other
  ``.pth``, is taken for Inception, whose own checks then refuse what is not the FID network.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from fidgui.core.base.errors import ModelError

DINOV2_KEY = b"blocks.0.attn.qkv.weight"
CLIP_CONFIGS = ("config.json", "preprocessor_config.json")
CLIP_WEIGHTS = ("model.safetensors", "pytorch_model.bin")  # looked for in a folder, in this order
_PICKLE_LIMIT = 64 << 20  # a state dict's pickle (names and offsets) is a few hundred kB


def clip_files(path: Path) -> list[Path] | None:
    """The three files of a Hugging Face CLIP model at ``path`` (a folder or its weights file), or None."""
    folder = path if path.is_dir() else path.parent
    if path.is_dir():
        weights = next((folder / name for name in CLIP_WEIGHTS if (folder / name).is_file()), folder / CLIP_WEIGHTS[0])
    else:
        weights = path
    if weights.suffix.lower() not in (".safetensors", ".bin") or not weights.is_file():
        return None
    configs = [folder / name for name in CLIP_CONFIGS]
    return [weights, *configs] if all(item.is_file() for item in configs) else None


def _zip_pickle_names(path: Path) -> bytes:
    """The pickle of a PyTorch zip checkpoint (where tensor names live), or b"" for any other file."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.filename.endswith("data.pkl") and info.file_size <= _PICKLE_LIMIT:
                    return archive.read(info)
    except (OSError, zipfile.BadZipFile, ValueError):
        return b""
    return b""


def _onnx_encoder(path: Path) -> str | None:
    try:
        import onnx

        model = onnx.load(str(path), load_external_data=False)
    except Exception:  # onnx raises its own untyped errors; the Inception checks word them
        return None
    for prop in model.metadata_props:
        if prop.key == "fidgui.encoder":
            return prop.value
    return None


def recognise_network(path: Path) -> str:
    """The registered encoder name ``path`` belongs to; ModelError when no registered network fits it."""
    from fidgui.core.encoders.registry import encoders

    path = Path(path)
    for encoder in encoders():
        if encoder.recognise is not None and encoder.recognise(path):
            return encoder.name
    names = {encoder.name for encoder in encoders()}
    found = network_by_structure(path)
    if found not in names:
        raise ModelError("model_network_not_available", path=str(path), network=found)
    return found


def network_by_structure(path: Path) -> str:
    """The network a file or folder is by the rules above (a name, registered or not)."""
    if clip_files(path) is not None:
        return "clip"
    if path.is_dir():
        raise ModelError("model_folder_not_recognised", path=str(path))
    suffix = path.suffix.lower()
    if suffix == ".onnx":
        return _onnx_encoder(path) or "inception"
    if suffix == ".pth" and DINOV2_KEY in _zip_pickle_names(path):
        return "dinov2"
    return "inception"
