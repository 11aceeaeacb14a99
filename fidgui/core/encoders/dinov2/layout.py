"""The DINOv2 ViT/14 backbones' tensor layout: which size a file is, and every name and shape it must hold.

The official ``dinov2_vit{s,b,l,g}14_pretrain.pth`` files are plain state dicts of
``DinoVisionTransformer`` (facebookresearch/dinov2, ``hub/backbones.py``: img_size 518, patch 14,
LayerScale on, no register tokens, ``block_chunks=0`` so blocks are ``blocks.N.*``). The size is
read from the width of ``cls_token`` and everything else follows from it: depth, heads of 64
values, the MLP. ViT-g/14 alone uses the SwiGLU feed-forward (``ffn_layer="swiglufused"``:
``mlp.w12`` gives both halves, hidden ``(int(4·1536·2/3) + 7) // 8 · 8 = 4096``, ``mlp.w3``
projects back); S, B and L use ``mlp.fc1``/``mlp.fc2`` with hidden 4·width.

The check runs on the tensor records, before any tensor data is read, and names the first
tensor that is missing, misshapen or not part of the network, in the model's own order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

PATCH = 14
TRAINED_GRID = 37
"""The position embeddings' grid: 518 / 14 = 37 patches a side (1 + 37·37 = 1370 positions)."""
HEAD_WIDTH = 64
OPTIONAL = frozenset({"mask_token"})
"""Saved by every official file (``load_state_dict(strict=True)``) but never used at inference; accepted if absent."""


@dataclass(frozen=True)
class VitSize:
    """One published DINOv2 backbone size."""

    name: str
    width: int
    depth: int
    swiglu: bool = False

    @property
    def heads(self) -> int:
        return self.width // HEAD_WIDTH

    @property
    def hidden(self) -> int:
        """The feed-forward's hidden width (for SwiGLU, each of the two halves ``w12`` makes)."""
        if self.swiglu:
            return (int(4 * self.width * 2 / 3) + 7) // 8 * 8
        return 4 * self.width


SIZES = {
    384: VitSize("ViT-S/14", 384, 12),
    768: VitSize("ViT-B/14", 768, 12),
    1024: VitSize("ViT-L/14", 1024, 24),
    1536: VitSize("ViT-g/14", 1536, 40, swiglu=True),
}


def expected_layout(size: VitSize) -> dict[str, tuple[int, ...]]:
    """Every tensor of that size's state dict and its shape, in the model's own order."""
    d, h = size.width, size.hidden
    layout: dict[str, tuple[int, ...]] = {
        "cls_token": (1, 1, d),
        "pos_embed": (1, 1 + TRAINED_GRID * TRAINED_GRID, d),
        "mask_token": (1, d),
        "patch_embed.proj.weight": (d, 3, PATCH, PATCH),
        "patch_embed.proj.bias": (d,),
    }
    if size.swiglu:
        mlp = {"mlp.w12.weight": (2 * h, d), "mlp.w12.bias": (2 * h,), "mlp.w3.weight": (d, h), "mlp.w3.bias": (d,)}
    else:
        mlp = {"mlp.fc1.weight": (h, d), "mlp.fc1.bias": (h,), "mlp.fc2.weight": (d, h), "mlp.fc2.bias": (d,)}
    for block in range(size.depth):
        parts = {
            "norm1.weight": (d,), "norm1.bias": (d,),
            "attn.qkv.weight": (3 * d, d), "attn.qkv.bias": (3 * d,),
            "attn.proj.weight": (d, d), "attn.proj.bias": (d,),
            "ls1.gamma": (d,),
            "norm2.weight": (d,), "norm2.bias": (d,),
            **mlp,
            "ls2.gamma": (d,),
        }
        layout.update({f"blocks.{block}.{name}": shape for name, shape in parts.items()})
    layout.update({"norm.weight": (d,), "norm.bias": (d,)})
    return layout


@dataclass(frozen=True)
class LayoutProblem:
    """The first thing wrong with a file's tensors: ``kind`` is missing, unexpected or shape."""

    kind: str
    name: str
    shape: object = None
    expected: tuple[int, ...] | None = None


def declared_width(shapes: Mapping[str, tuple]) -> int | None:
    """The embedding width the file declares (``cls_token``'s last dimension), None when it has no usable one."""
    shape = shapes.get("cls_token")
    if type(shape) is tuple and len(shape) == 3 and all(type(n) is int for n in shape):
        return shape[2]
    return None


def first_problem(shapes: Mapping[str, tuple], size: VitSize) -> LayoutProblem | None:
    """The first tensor, in the model's order, that is missing or misshapen; then the first one not in the model."""
    layout = expected_layout(size)
    for name, shape in layout.items():
        if name not in shapes:
            if name not in OPTIONAL:
                return LayoutProblem("missing", name, expected=shape)
        elif shapes[name] != shape:
            return LayoutProblem("shape", name, shapes[name], shape)
    for name in shapes:
        if name not in layout:
            return LayoutProblem("unexpected", name)
    return None
