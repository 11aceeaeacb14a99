"""DINOv2 ViT/14 (the network of FD_DINOv2): weights layout, position embeddings, ONNX graph, declaration.

``DINOV2`` declares what the rest of the engine reads: 224 x 224 input, one output, the class
token after the final norm (``cls``, what dgm-eval and EDM2 take as the image's representation),
no classifier. Its declared width is ViT-L/14's 1,024, the model FD_DINOv2 means; the graph built
from another size's file gives that size's width (384, 768, 1,536), read from the weights.
Modes: ``dgm-eval`` (dgm-eval, EDM2's exact reference route), ``edm2`` (EDM2's default torch
resize) and ``edm2-pil`` (EDM2's PIL resize: the same input values as ``dgm-eval``); the recipes
live in :mod:`fidgui.core.images.preprocess_dinov2`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fidgui.core.encoders.dinov2.layout import SIZES
from fidgui.core.encoders.dinov2.standard import STANDARD_WEIGHTS, VITL14
from fidgui.core.encoders.protocol import ByteProgress, Encoder, EncoderOutput, ModelFile

NAME = "dinov2"
INPUT_SIZE = 224
CLS = EncoderOutput("cls", SIZES[1024].width)
MODES = ("dgm-eval", "edm2", "edm2-pil")


def _read_weights(path: Path, progress: ByteProgress | None = None) -> Any:
    from fidgui.core.encoders.dinov2.weights import load_dinov2_weights

    return load_dinov2_weights(path, progress)


def _build_graph(weights: Any) -> Any:
    from fidgui.core.encoders.dinov2.graph import build_dinov2_onnx

    return build_dinov2_onnx(weights, INPUT_SIZE)


def _resolve_model(explicit: Path | None) -> ModelFile:
    # The model store imports the encoders' modules, so it is reached at call time, not import time.
    from fidgui.core.encoders.model_store import resolve_model_for_run

    return resolve_model_for_run(explicit, encoder=NAME)  # type: ignore[call-arg]


DINOV2 = Encoder(
    name=NAME,
    input_size=INPUT_SIZE,
    outputs=(CLS,),
    statistics_output=CLS.name,
    class_output=None,
    modes=MODES,
    read_weights=_read_weights,
    build_graph=_build_graph,
    resolve_model=_resolve_model,
    standard_weights=STANDARD_WEIGHTS,
)

__all__ = ["DINOV2", "VITL14"]
