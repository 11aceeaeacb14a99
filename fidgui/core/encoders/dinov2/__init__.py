"""DINOv2 ViT/14 (the network of FD_DINOv2): weights layout, position embeddings, ONNX graph, declaration.

``DINOV2`` declares what the rest of the engine reads: 224 x 224 input, one output, the class
token after the final norm (``cls``, what dgm-eval and EDM2 take as the image's representation),
no classifier. Its declared width is ViT-L/14's 1,024, the model FD_DINOv2 means, and its reader
refuses another size's file with a sentence; :func:`dinov2_encoder` declares another size.
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


def _build_graph(weights: Any) -> Any:
    from fidgui.core.encoders.dinov2.graph import build_dinov2_onnx

    return build_dinov2_onnx(weights, INPUT_SIZE)


def _resolve_model(explicit: Path | None) -> ModelFile:
    # The model store imports the encoders' modules, so it is reached at call time, not import time.
    from fidgui.core.encoders.model_store import resolve_model_for_run

    return resolve_model_for_run(explicit, encoder=NAME)  # type: ignore[call-arg]


def dinov2_encoder(name: str = NAME, width: int = CLS.width, modes: tuple[str, ...] = MODES) -> Encoder:
    """A declaration for the DINOv2 backbone of this width; its reader refuses a file of any other size.

    FD_DINOv2 is defined on ViT-L/14 (``DINOV2``), so the registered declaration takes only that
    size: the figure then means what dgm-eval's and EDM2's mean. A declaration of another width
    (a test's ViT-S/14 fixture, a study of ViT-B/14) is one call, registered under its own name
    or in place of this one.
    """

    def read_weights(path: Path, progress: ByteProgress | None = None) -> Any:
        from fidgui.core.encoders.dinov2.weights import load_dinov2_weights

        return load_dinov2_weights(path, progress, width)

    output = EncoderOutput(CLS.name, width)
    return Encoder(
        name=name,
        input_size=INPUT_SIZE,
        outputs=(output,),
        statistics_output=output.name,
        class_output=None,
        modes=modes,
        read_weights=read_weights,
        build_graph=_build_graph,
        resolve_model=_resolve_model,
        standard_weights=STANDARD_WEIGHTS,
    )


DINOV2 = dinov2_encoder()

__all__ = ["DINOV2", "VITL14", "dinov2_encoder"]
