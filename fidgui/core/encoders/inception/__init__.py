"""The FID Inception network (pytorch-fid's port of TensorFlow's 2015 Inception v3): weights, graph, declaration.

``INCEPTION`` is the encoder declaration the rest of the engine reads its numbers from: 299 x 299
input, pool3 features (what FID, KID and PRDC use) and bias-free logits (what the Inception
Score uses), their widths taken from the weights layout. The graph builder and the model store
are imported when first used, so declaring the encoder costs neither ONNX nor a model lookup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fidgui.core.encoders.inception import weights as _weights
from fidgui.core.encoders.protocol import ByteProgress, Encoder, EncoderOutput, ModelFile, StandardWeights

INPUT_SIZE = 299
POOL3 = EncoderOutput("pool3", _weights.POOL_FEATURES)
LOGITS_UNBIASED = EncoderOutput("logits_unbiased", _weights.NUM_CLASSES)
LOGITS = EncoderOutput("logits", _weights.NUM_CLASSES)
# pytorch-fid's other blocks (its --dims), each globally average-pooled as its get_activations does; the graph
# names and builds them (``graph.BLOCK_OUTPUTS``), the names are what the feature cache keys them by.
BLOCK_OUTPUTS = (EncoderOutput("dims64", 64), EncoderOutput("dims192", 192), EncoderOutput("dims768", 768))
MODES = ("pytorch-fid", "tensorflow", "clean")


def _read_weights(path: Path, progress: ByteProgress | None = None) -> Any:
    return _weights.load_fid_weights(path, progress)


def _build_graph(weights: Any) -> Any:
    from fidgui.core.encoders.inception.graph import build_inception_onnx

    return build_inception_onnx(weights)


def _resolve_model(explicit: Path | None) -> ModelFile:
    # The model store imports this package's modules, so it is reached at call time, not import time.
    from fidgui.core.encoders.model_store import resolve_model_for_run

    return resolve_model_for_run(explicit)


def _standard() -> StandardWeights:
    return StandardWeights(
        _weights.STANDARD_WEIGHTS_SHA256, _weights.STANDARD_WEIGHTS_FILENAME, _weights.STANDARD_WEIGHTS_URL,
        _weights.STANDARD_WEIGHTS_SIZE,
    )


INCEPTION = Encoder(
    name="inception",
    input_size=INPUT_SIZE,
    outputs=(POOL3, LOGITS_UNBIASED, LOGITS),
    statistics_output=POOL3.name,
    class_output=LOGITS_UNBIASED.name,
    modes=MODES,
    read_weights=_read_weights,
    build_graph=_build_graph,
    resolve_model=_resolve_model,
    standard_weights=(_standard(),),
    other_widths=BLOCK_OUTPUTS,
)
