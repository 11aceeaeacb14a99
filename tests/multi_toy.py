"""A toy second network for the multi-encoder tests: a random 8 x 8 -> 32 projection written with ``onnx.helper``,
with two modes, its model installed through the real model store, and two metrics that read it: a Fréchet
distance on its statistics (as FD_DINOv2 reads DINOv2's) and a figure from its per-image rows (as CMMD reads
CLIP's). Registered by the ``toy_network`` fixture and removed after each test."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import Iterator

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper
from PIL import Image

from fidgui.core.base.errors import as_message
from fidgui.core.encoders import model_store
from fidgui.core.encoders.protocol import Encoder, EncoderOutput
from fidgui.core.encoders.registry import register_encoder, unregister_encoder
from fidgui.core.images.preprocess import register_recipe, unregister_recipe
from fidgui.core.metrics.formats import fixed
from fidgui.core.metrics.frechet import statistics_to_fid
from fidgui.core.metrics.registry import Metric, Need, Row, register, unregister

SIZE, WIDTH = 8, 32
NEAREST, BILINEAR = "toy-nearest", "toy-bilinear"
FD_TOY, TOY_ROWS = "fd_toy", "toy_rows"


class ToyWeights:
    def __init__(self, projection: np.ndarray, sha256: str) -> None:
        self.projection, self.sha256 = projection, sha256


def read_weights(path: Path, progress: object = None) -> ToyWeights:
    with np.load(path) as arrays:
        projection = arrays["projection"].astype(np.float32)
    return ToyWeights(projection, hashlib.sha256(Path(path).read_bytes()).hexdigest())


def build_graph(weights: ToyWeights) -> onnx.ModelProto:
    return projection_graph(weights.projection, SIZE, WIDTH)


def projection_graph(projection: np.ndarray, size: int, width: int) -> onnx.ModelProto:
    """A toy network for the encoder tests: images flattened, projected to ``width`` values, squashed by tanh."""
    nodes = [
        helper.make_node("Flatten", ["images"], ["flat"], axis=1),
        helper.make_node("MatMul", ["flat", "projection"], ["projected"]),
        helper.make_node("Tanh", ["projected"], ["embedding"]),
    ]
    graph = helper.make_graph(
        nodes, "toy",
        inputs=[helper.make_tensor_value_info("images", TensorProto.FLOAT, ["batch", 3, size, size])],
        outputs=[helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", width])],
        initializer=[numpy_helper.from_array(projection, "projection")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8  # onnxruntime reads at most IR 13; onnx writes 14 by default
    onnx.checker.check_model(model)
    return model


def recognise(path: Path) -> bool:
    """By structure: an ``.npz`` whose only array is a (3·8·8, 32) ``projection``."""
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.namelist() == ["projection.npy"]
    except (OSError, zipfile.BadZipFile):
        return False


def nearest(rgb: np.ndarray, size: int) -> np.ndarray:
    resized = np.asarray(Image.fromarray(rgb).resize((size, size), Image.Resampling.NEAREST), np.float32)
    return resized / np.float32(127.5) - np.float32(1)


def bilinear(rgb: np.ndarray, size: int) -> np.ndarray:
    resized = np.asarray(Image.fromarray(rgb).resize((size, size), Image.Resampling.BILINEAR), np.float32)
    return resized / np.float32(127.5) - np.float32(1)


TOY = Encoder(
    name="toy", input_size=SIZE, outputs=(EncoderOutput("embedding", WIDTH),), statistics_output="embedding",
    modes=(NEAREST, BILINEAR), read_weights=read_weights, build_graph=build_graph,
    resolve_model=lambda explicit: model_store.resolve_model_for_run(explicit, encoder="toy"), recognise=recognise,
)


def _fd_toy(inputs, should_stop, progress):  # type: ignore[no-untyped-def]
    return {FD_TOY: statistics_to_fid(inputs.real.statistics, inputs.generated.statistics)}


def _toy_rows(inputs, should_stop, progress):  # type: ignore[no-untyped-def]
    """The distance of the mean per-image rows: proves the rows handed over are the toy network's."""
    real, generated = inputs.real.features, inputs.generated.features
    assert real.shape[1] == WIDTH and generated.shape[1] == WIDTH
    return {TOY_ROWS: float(np.linalg.norm(real.mean(axis=0) - generated.mean(axis=0)))}


FD_LABEL, ROWS_LABEL = as_message("FD_toy"), as_message("toy rows")
FD_METRIC = Metric(FD_TOY, (FD_TOY,), (Need("statistics", encoder="toy"),), _fd_toy, FD_LABEL, FD_LABEL,
                   (Row(FD_LABEL, (FD_TOY,), fixed(".6f")),))
ROWS_METRIC = Metric(TOY_ROWS, (TOY_ROWS,), (Need("features", encoder="toy"),), _toy_rows, ROWS_LABEL, ROWS_LABEL,
                     (Row(ROWS_LABEL, (TOY_ROWS,), fixed(".6f")),))


def write_weights(path: Path, seed: int = 3) -> Path:
    with open(path, "wb") as stream:  # a stream: np.savez would add ".npz" to any other name
        np.savez(stream, projection=np.random.default_rng(seed).standard_normal((3 * SIZE * SIZE, WIDTH)) * 0.05)
    return path


@pytest.fixture
def toy_network() -> Iterator[Encoder]:
    register_recipe(NEAREST, nearest)
    register_recipe(BILINEAR, bilinear)
    register_encoder(TOY)
    register(FD_METRIC)
    register(ROWS_METRIC)
    try:
        yield TOY
    finally:
        unregister(FD_TOY)
        unregister(TOY_ROWS)
        unregister_encoder(TOY.name)
        unregister_recipe(NEAREST)
        unregister_recipe(BILINEAR)
