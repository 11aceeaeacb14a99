"""Small crafted ONNX models that declare the FID network's inputs and outputs but misbehave.

Each is a few kilobytes: the image is averaged to 3 numbers and multiplied by small
matrices, so the declared signature ([batch, 3, 299, 299] in; pool3 [batch, 2048],
logits_unbiased and logits [batch, 1008] out) holds on paper. A variant then breaks
one promise: twice the rows, no rows, another width, a Reshape that fails when run,
NaN features, a 30000 x 30000 ConstantOfShape, weights read from another file.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

WIDTHS = {"pool3": 2048, "logits_unbiased": 1008, "logits": 1008}


def _initializer(name: str, array: np.ndarray) -> onnx.TensorProto:
    return numpy_helper.from_array(np.ascontiguousarray(array), name)


def tiny_model(variant: str = "honest") -> onnx.ModelProto:
    rng = np.random.default_rng(0)
    inits = [
        _initializer("w_pool", rng.normal(size=(3, 2048)).astype(np.float32)),
        _initializer("w_fc", rng.normal(size=(2048, 1008)).astype(np.float32) * 0.01),
        _initializer("b_fc", rng.normal(size=(1008,)).astype(np.float32)),
    ]
    source = "images"
    if variant == "conv_activation_bomb":  # 4096 channels at 299 x 299: 1.5 GB per image, from 48 KB of weights
        inits.append(_initializer("w_wide", rng.normal(size=(4096, 3, 1, 1)).astype(np.float32)))
        inits[0] = _initializer("w_pool", rng.normal(size=(4096, 2048)).astype(np.float32) * 0.01)
    nodes = [helper.make_node("Conv", ["images", "w_wide"], ["wide"])] if variant == "conv_activation_bomb" else []
    source = "wide" if variant == "conv_activation_bomb" else source
    nodes += [
        helper.make_node("GlobalAveragePool", [source], ["avg"]),
        helper.make_node("Flatten", ["avg"], ["flat"], axis=1),
        helper.make_node("MatMul", ["flat", "w_pool"], ["features"]),
    ]
    pool3 = "features"
    if variant == "doubled_rows":
        nodes.append(helper.make_node("Concat", ["features", "features"], ["doubled"], axis=0))
        pool3 = "doubled"
    elif variant in ("zero_rows", "wrong_width"):
        starts, ends, axis = ([0], [0], [0]) if variant == "zero_rows" else ([0], [1024], [1])
        inits += [_initializer("s", np.array(starts, np.int64)), _initializer("e", np.array(ends, np.int64)),
                  _initializer("a", np.array(axis, np.int64))]
        nodes.append(helper.make_node("Slice", ["features", "s", "e", "a"], ["sliced"]))
        pool3 = "sliced"
    elif variant == "reshape_fails":
        inits.append(_initializer("bad_shape", np.array([7, -1, 5], np.int64)))
        nodes += [helper.make_node("Reshape", ["features", "bad_shape"], ["r"]),
                  helper.make_node("Reshape", ["r", "back"], ["reshaped"])]
        inits.append(_initializer("back", np.array([-1, 2048], np.int64)))
        pool3 = "reshaped"
    elif variant == "nan_features":
        inits.append(_initializer("nan", np.array([np.nan], np.float32)))
        nodes.append(helper.make_node("Mul", ["features", "nan"], ["nans"]))
        pool3 = "nans"
    elif variant == "constant_of_shape_bomb":
        inits.append(_initializer("huge", np.array([30000, 30000], np.int64)))
        inits.append(_initializer("axes", np.array([0, 1], np.int64)))
        nodes += [helper.make_node("ConstantOfShape", ["huge"], ["block"]),
                  helper.make_node("ReduceMean", ["block"], ["tiny"], keepdims=0),
                  helper.make_node("Add", ["features", "tiny"], ["bombed"])]
        pool3 = "bombed"
    elif variant == "loop_operator":
        inits.append(_initializer("reps", np.array([1, 1], np.int64)))
        nodes.append(helper.make_node("Tile", ["features", "reps"], ["tiled"]))
        pool3 = "tiled"
    nodes += [
        helper.make_node("Identity", [pool3], ["pool3"]),
        helper.make_node("MatMul", ["features", "w_fc"], ["logits_unbiased"]),
        helper.make_node("Add", ["logits_unbiased", "b_fc"], ["logits"]),
    ]
    graph = helper.make_graph(
        nodes, "crafted",
        [helper.make_tensor_value_info("images", TensorProto.FLOAT, ["batch", 3, 299, 299])],
        [helper.make_tensor_value_info(name, TensorProto.FLOAT, ["batch", width]) for name, width in WIDTHS.items()],
        initializer=inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    if variant == "external_data":
        tensor = model.graph.initializer[2]
        tensor.ClearField("raw_data")
        tensor.data_location = TensorProto.EXTERNAL
        for key, value in (("location", "/etc/hostname"), ("offset", "0"), ("length", "4032")):
            entry = tensor.external_data.add()
            entry.key, entry.value = key, value
    return model


def write(model: onnx.ModelProto, path: Path) -> Path:
    path.write_bytes(model.SerializeToString())
    return path


def with_metadata(source: Path, target: Path, changes: dict[str, str]) -> Path:
    """A copy of ``source`` with metadata entries set (what anyone can do with a few lines of Python)."""
    model = onnx.load(str(source))
    props = {prop.key: prop.value for prop in model.metadata_props}
    props.update(changes)
    del model.metadata_props[:]
    helper.set_model_props(model, props)
    return write(model, target)
