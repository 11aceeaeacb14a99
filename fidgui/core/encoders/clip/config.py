"""A CLIP model folder's two JSON files: the vision tower's sizes and the image settings it was trained with.

Hugging Face folders come in two layouts: a vision-only ``CLIPVisionConfig``
(``model_type`` ``clip_vision_model``) and the full ``CLIPConfig`` of the published
``openai/clip-vit-large-patch14-336`` (``model_type`` ``clip``, the vision values under
``vision_config``). Both are read into one :class:`VisionConfig`. A key the file leaves
out takes ``CLIPVisionConfig``'s documented default, as transformers does; every value
is checked to be a sane size, so a hostile file is refused here with a sentence rather
than later with an exception or an absurd allocation.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from fidgui.core.base.errors import Message, WeightsError

MAX_JSON_BYTES = 1 << 20
ACTIVATIONS = ("quick_gelu", "gelu")
"""transformers' ``quick_gelu`` is z·sigmoid(1.702·z) (every OpenAI CLIP); ``gelu`` is the exact erf GELU."""
VISION_DEFAULTS: dict[str, Any] = {  # CLIPVisionConfig's defaults, for keys a config.json leaves out
    "hidden_size": 768, "intermediate_size": 3072, "projection_dim": 512, "num_hidden_layers": 12,
    "num_attention_heads": 12, "num_channels": 3, "image_size": 224, "patch_size": 32,
    "hidden_act": "quick_gelu", "layer_norm_eps": 1e-5,
}
_LIMITS = {  # generous upper bounds: far above any published CLIP, far below an absurd allocation
    "hidden_size": 16384, "intermediate_size": 65536, "projection_dim": 16384, "num_hidden_layers": 256,
    "num_attention_heads": 256, "image_size": 4096, "patch_size": 1024,
}


@dataclass(frozen=True)
class VisionConfig:
    """The sizes that decide every tensor's shape and every operation of the vision tower."""

    hidden_size: int
    intermediate_size: int
    num_hidden_layers: int
    num_attention_heads: int
    patch_size: int
    image_size: int
    projection_dim: int
    layer_norm_eps: float
    hidden_act: str

    @property
    def head_dim(self) -> int:
        return self.hidden_size // self.num_attention_heads

    @property
    def grid(self) -> int:
        """Patches per side: 336 / 14 = 24 for the CMMD model."""
        return self.image_size // self.patch_size

    @property
    def positions(self) -> int:
        """The class token and one position per patch: 577 for the CMMD model."""
        return self.grid * self.grid + 1


@dataclass(frozen=True)
class ImageSettings:
    """What ``preprocessor_config.json`` says about the network's input (CLIPImageProcessor's fields)."""

    crop_height: int
    crop_width: int
    image_mean: tuple[float, float, float]
    image_std: tuple[float, float, float]
    resample: int


def read_json(path: Path) -> dict[str, Any]:
    """A small JSON object file; anything else is refused with the file named."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise WeightsError("clip_config_bad", path=str(path), problem=Message("clip_config_not_json"))
        document = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise WeightsError("clip_file_missing", path=str(path.parent), name=path.name) from None
    except OSError as error:
        raise WeightsError("weights_unreadable", path=str(path), reason=error.strerror or str(error)) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise WeightsError("clip_config_bad", path=str(path), problem=Message("clip_config_not_json")) from None
    if not isinstance(document, dict):
        raise WeightsError("clip_config_bad", path=str(path), problem=Message("clip_config_not_json"))
    return document


def _bad(path: Path, field: str) -> WeightsError:
    return WeightsError("clip_config_bad", path=str(path), problem=Message("clip_config_value", field=field))


def _size(path: Path, values: Mapping[str, Any], field: str) -> int:
    value = values.get(field, VISION_DEFAULTS[field])
    if type(value) is not int or not 1 <= value <= _LIMITS[field]:
        raise _bad(path, field)
    return value


def vision_section(path: Path, document: Mapping[str, Any]) -> tuple[dict[str, Any], Any]:
    """The vision tower's values and the projection width the top level declares (CLIPConfig), if any."""
    if document.get("model_type") == "clip" or "vision_config" in document:
        section = document.get("vision_config")
        if not isinstance(section, dict):
            raise WeightsError("clip_config_bad", path=str(path), problem=Message("clip_config_not_vision"))
        return section, document.get("projection_dim")
    if document.get("model_type") not in (None, "clip_vision_model"):
        raise WeightsError("clip_config_bad", path=str(path), problem=Message("clip_config_not_vision"))
    return dict(document), None


def read_vision_config(path: Path) -> VisionConfig:
    """The vision tower of ``config.json`` (either layout), checked to describe a buildable network."""
    path = Path(path)
    section, top_projection = vision_section(path, read_json(path))
    if "projection_dim" not in section and top_projection is not None:
        section["projection_dim"] = top_projection  # a CLIPConfig may state the width only at the top
    sizes = {field: _size(path, section, field) for field in _LIMITS}
    if section.get("num_channels", 3) != 3:
        raise _bad(path, "num_channels")
    eps = section.get("layer_norm_eps", VISION_DEFAULTS["layer_norm_eps"])
    if type(eps) not in (int, float) or not (math.isfinite(eps) and 0 < eps < 1):
        raise _bad(path, "layer_norm_eps")
    act = section.get("hidden_act", VISION_DEFAULTS["hidden_act"])
    if act not in ACTIVATIONS:
        raise WeightsError("clip_config_bad", path=str(path),
                           problem=Message("clip_config_activation", name=str(act)[:40]))
    if sizes["hidden_size"] % sizes["num_attention_heads"]:
        raise _bad(path, "num_attention_heads")
    if sizes["image_size"] % sizes["patch_size"]:
        raise _bad(path, "patch_size")
    return VisionConfig(
        sizes["hidden_size"], sizes["intermediate_size"], sizes["num_hidden_layers"], sizes["num_attention_heads"],
        sizes["patch_size"], sizes["image_size"], sizes["projection_dim"], float(eps), act,
    )


def _pair(path: Path, value: Any, field: str) -> tuple[int, int]:
    """``crop_size`` as 336 (the legacy layout) or {"height": 336, "width": 336}."""
    if isinstance(value, dict):
        value = (value.get("height"), value.get("width"))
    elif type(value) is int:
        value = (value, value)
    if not isinstance(value, tuple) or not all(type(n) is int and 1 <= n <= _LIMITS["image_size"] for n in value):
        raise _bad(path, field)
    return value


def _triple(path: Path, value: Any, field: str) -> tuple[float, float, float]:
    if not isinstance(value, list) or len(value) != 3 or not all(
            type(v) in (int, float) and math.isfinite(v) for v in value):
        raise _bad(path, field)
    return (float(value[0]), float(value[1]), float(value[2]))


def read_image_settings(path: Path) -> ImageSettings:
    """``preprocessor_config.json``: the crop, the mean and deviation per channel, the resampling filter."""
    path = Path(path)
    document = read_json(path)
    for field in ("image_mean", "image_std", "crop_size"):
        if field not in document:
            raise _bad(path, field)
    height, width = _pair(path, document["crop_size"], "crop_size")
    std = _triple(path, document["image_std"], "image_std")
    if any(v <= 0 for v in std):
        raise _bad(path, "image_std")
    resample = document.get("resample", 3)
    if type(resample) is not int:
        raise _bad(path, "resample")
    return ImageSettings(height, width, _triple(path, document["image_mean"], "image_mean"), std, resample)
