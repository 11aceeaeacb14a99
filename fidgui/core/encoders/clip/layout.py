"""Which tensors a CLIP vision tower with its projection must hold, derived from its configuration.

The names are Hugging Face's (``vision_model.pre_layrnorm`` is spelled so there); the
shapes follow from :class:`VisionConfig`, so a file is checked against what the network
needs rather than against a list copied from somewhere. The published repository is a
whole ``CLIPModel``: its text tower, ``text_projection`` and ``logit_scale`` are skipped,
as is the ``position_ids`` buffer older exports carry. Anything else is a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from fidgui.core.base.errors import WeightsError
from fidgui.core.encoders.layout_check import check_layout
from fidgui.core.encoders.clip.config import VisionConfig

SKIPPED_PREFIXES = ("text_model.", "text_projection.")
SKIPPED_NAMES = ("logit_scale", "vision_model.embeddings.position_ids")
EMBEDDINGS = "vision_model.embeddings"
ENCODER = "vision_model.encoder.layers"


@dataclass(frozen=True)
class Declared:
    """A tensor as a file's header declares it, whatever the container (safetensors or torch.save)."""

    shape: tuple[int, ...]
    dtype: str
    is_float: bool


def layer_prefix(index: int) -> str:
    return f"{ENCODER}.{index}"


def expected_layout(config: VisionConfig) -> dict[str, tuple[int, ...]]:
    """Every vision tensor's name and shape, in the network's order."""
    d, inner, p = config.hidden_size, config.intermediate_size, config.patch_size
    layout: dict[str, tuple[int, ...]] = {
        f"{EMBEDDINGS}.class_embedding": (d,),
        f"{EMBEDDINGS}.patch_embedding.weight": (d, 3, p, p),
        f"{EMBEDDINGS}.position_embedding.weight": (config.positions, d),
        "vision_model.pre_layrnorm.weight": (d,),
        "vision_model.pre_layrnorm.bias": (d,),
    }
    for index in range(config.num_hidden_layers):
        prefix = layer_prefix(index)
        for projection in ("q_proj", "k_proj", "v_proj", "out_proj"):
            layout[f"{prefix}.self_attn.{projection}.weight"] = (d, d)
            layout[f"{prefix}.self_attn.{projection}.bias"] = (d,)
        for norm in ("layer_norm1", "layer_norm2"):
            layout[f"{prefix}.{norm}.weight"] = (d,)
            layout[f"{prefix}.{norm}.bias"] = (d,)
        layout[f"{prefix}.mlp.fc1.weight"] = (inner, d)
        layout[f"{prefix}.mlp.fc1.bias"] = (inner,)
        layout[f"{prefix}.mlp.fc2.weight"] = (d, inner)
        layout[f"{prefix}.mlp.fc2.bias"] = (d,)
    layout["vision_model.post_layernorm.weight"] = (d,)
    layout["vision_model.post_layernorm.bias"] = (d,)
    layout["visual_projection.weight"] = (config.projection_dim, d)
    return layout


def is_skipped(name: str) -> bool:
    """The parts of a CLIPModel file the image embedding never uses."""
    return name in SKIPPED_NAMES or name.startswith(SKIPPED_PREFIXES)


def check_declared(path: Path, entries: Mapping[str, Declared], layout: Mapping[str, tuple[int, ...]]) -> None:
    """Refuse a file whose vision tensors are not exactly the layout (names, shapes, float types); nothing is read yet."""
    check_layout(path, entries, layout, "clip_wrong_layout", ignored=is_skipped)
    for name in layout:
        if not entries[name].is_float:
            raise WeightsError("clip_wrong_dtype", path=str(path), name=name, dtype=entries[name].dtype)

