"""The CLIP ViT vision tower with its projection, as CMMD uses it (openai/clip-vit-large-patch14-336).

``CLIP`` is the encoder declaration: 336 x 336 input, the L2-normalised 768-value image
embedding (``embedding``, what CMMD is computed on) and the raw projection beside it.
The reader (``weights``), the configuration (``config``), the layout check (``layout``)
and the graph builder (``graph``) take every size from the model's ``config.json``, so
any CLIP ViT of this family reads and builds; the declaration, whose input size and
widths the rest of the engine reads, is the published model's. A model of another size
(e.g. ViT-L/14 at 224) is refused by this declaration's reader with a sentence rather
than fed wrongly sized images; :func:`clip_encoder` makes a declaration for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fidgui.core.encoders.clip import weights as _weights
from fidgui.core.encoders.protocol import ByteProgress, Encoder, EncoderOutput, ModelFile, StandardWeights

INPUT_SIZE = 336
EMBEDDING_WIDTH = 768
MODES = ("cmmd",)
EMBEDDING, EMBEDDING_RAW = "embedding", "embedding_raw"  # the graph's output names (graph.py imports onnx)


def _resolve_model(explicit: Path | None) -> ModelFile:
    # The model store imports the encoders, so it is reached at call time, not import time.
    from fidgui.core.encoders.model_store import resolve_model_for_run

    return resolve_model_for_run(explicit, encoder="clip")  # type: ignore[call-arg]


def _build_graph(weights: Any) -> Any:
    from fidgui.core.encoders.clip.graph import build_clip_onnx

    return build_clip_onnx(weights)


def clip_encoder(name: str = "clip", input_size: int = INPUT_SIZE, width: int = EMBEDDING_WIDTH,
                 modes: tuple[str, ...] = MODES) -> Encoder:
    """A declaration for a CLIP model of these sizes; its reader refuses a model of any other."""

    def read_weights(path: Path, progress: ByteProgress | None = None) -> Any:
        loaded = _weights.load_clip_weights(path, progress)
        _weights.check_cmmd_settings(loaded, input_size, width)
        return loaded

    return Encoder(
        name=name,
        input_size=input_size,
        outputs=(EncoderOutput(EMBEDDING, width), EncoderOutput(EMBEDDING_RAW, width)),
        statistics_output=EMBEDDING,
        modes=modes,
        read_weights=read_weights,
        build_graph=_build_graph,
        resolve_model=_resolve_model,
        standard_weights=(
            StandardWeights(_weights.STANDARD_WEIGHTS_SHA256, _weights.STANDARD_WEIGHTS_FILENAME,
                            _weights.STANDARD_WEIGHTS_URL),
            StandardWeights(_weights.STANDARD_TORCH_SHA256, _weights.STANDARD_TORCH_FILENAME,
                            _weights.STANDARD_TORCH_URL),
        ),
    )


CLIP = clip_encoder()
