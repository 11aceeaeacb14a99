"""Bounds an ONNX graph must respect before ONNX Runtime is allowed to load or run it.

ONNX Runtime folds constants while it loads a model, so a 300-byte graph holding
``ConstantOfShape [30000, 30000]`` takes 3.6 GB before the first image; an
initializer may point at "external data" anywhere on the disk; a loop or a random
operator hides what it will compute. The FID network needs none of that. So the
graph is read statically first: only operators an image classifier uses, no
external data or sub-graphs, every constant and every shape-made tensor small, and
all initializers together within a bound. Each refusal names the reason.
"""

from __future__ import annotations

import math

import onnx
from onnx import numpy_helper

from fidgui.core.base.errors import Message

MAX_MODEL_BYTES = 512 << 20
"""5.6x the converted FID Inception (95 MB); refused before the file is parsed."""
MAX_INITIALIZER_ELEMENTS = 64 << 20
"""All weights together, in elements (256 MB as float32); the FID Inception has 23.8 million."""
MAX_MADE_ELEMENTS = 16 << 20
"""The largest tensor a Constant, ConstantOfShape or Expand may make (64 MB as float32)."""
MAX_ACTIVATION_ELEMENTS = 16 << 20
"""The largest tensor any operator may produce for one image, as far as shape inference can tell (64 MB as
float32); the FID Inception's largest is 1.4 million (Conv2d_2b_3x3: 64 x 147 x 147)."""
MAX_NODES = 20_000
MAX_PAD = 4096

ALLOWED_OPS = frozenset({
    "Conv", "Relu", "MaxPool", "AveragePool", "GlobalAveragePool", "GlobalMaxPool", "Concat", "Flatten", "MatMul",
    "Gemm", "Add", "Sub", "Mul", "Div", "BatchNormalization", "Reshape", "Transpose", "Squeeze", "Unsqueeze",
    "Identity", "Constant", "Shape", "Gather", "Slice", "Cast", "ReduceMean", "Softmax", "Sigmoid", "Clip", "Sqrt",
    "Pad", "ConstantOfShape", "Expand", "Split", "Dropout", "LeakyRelu", "Tanh", "Pow", "Erf", "Neg", "Max", "Min",
})
"""What converters emit for an Inception-style classifier. Not here: loops and branches (sub-graphs), random
operators, Tile, Range, Resize and the like, whose output size depends on values computed at run time."""

_SHAPE_INPUT = {"ConstantOfShape": 0, "Expand": 1}


class GraphRefused(Exception):
    """A reason, as a message, why the graph may not be loaded."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason)
        self.reason = reason


def check_graph_limits(model: onnx.ModelProto) -> None:
    """Raise GraphRefused when the graph could take unbounded memory, read other files, or hide work."""
    graph = model.graph
    if any(opset.domain not in ("", "ai.onnx") for opset in model.opset_import) or len(graph.node) > MAX_NODES:
        raise GraphRefused(Message("model_problem_foreign_operators"))
    total = 0
    for tensor in graph.initializer:
        _refuse_external(tensor)
        total += _elements(tensor.dims)
    if total > MAX_INITIALIZER_ELEMENTS:
        raise GraphRefused(Message("model_problem_too_many_weights", {"count": total}))
    constants = {tensor.name: tensor for tensor in graph.initializer}
    for node in graph.node:
        if node.domain not in ("", "ai.onnx") or node.op_type not in ALLOWED_OPS:
            raise GraphRefused(Message("model_problem_operator", {"op": node.op_type[:60]}))
        if any(attribute.g.node or attribute.graphs for attribute in node.attribute):
            raise GraphRefused(Message("model_problem_operator", {"op": node.op_type[:60]}))
        if node.op_type == "Constant":
            _check_constant_node(node, constants)
        elif node.op_type in _SHAPE_INPUT:
            _check_made_shape(node, constants)
        elif node.op_type == "Pad":
            _check_pads(node, constants)


def check_activation_sizes(model: onnx.ModelProto) -> None:
    """Refuse a graph whose inferred intermediate tensors are huge (a Conv with thousands of channels at full size).

    Shape inference runs on a copy without the weights' data, so it costs milliseconds; tensors whose size it
    cannot tell are left to the probe run.
    """
    graph = model.graph
    light = onnx.helper.make_graph(
        list(graph.node), "limits",
        list(graph.input) + [onnx.helper.make_tensor_value_info(t.name, t.data_type, list(t.dims))
                             for t in graph.initializer if t.name not in {i.name for i in graph.input}],
        list(graph.output),
    )
    shell = onnx.helper.make_model(light, opset_imports=list(model.opset_import))
    shell.ir_version = model.ir_version
    try:
        inferred = onnx.shape_inference.infer_shapes(shell).graph
    except Exception:  # inference is a best effort here; the probe run checks what it cannot
        return
    for value in list(inferred.value_info) + list(inferred.output):
        dims = value.type.tensor_type.shape.dim
        if dims and all(d.HasField("dim_value") or d.HasField("dim_param") for d in dims):
            per_image = math.prod(d.dim_value for d in dims if d.HasField("dim_value"))
            if per_image > MAX_ACTIVATION_ELEMENTS:
                raise GraphRefused(Message("model_problem_huge_activation", {"name": value.name[:80]}))


def _refuse_external(tensor: onnx.TensorProto) -> None:
    if tensor.data_location == onnx.TensorProto.EXTERNAL or tensor.external_data:
        raise GraphRefused(Message("model_problem_external_data"))


def _elements(dims: object) -> int:
    values = list(dims)  # type: ignore[call-overload]
    if any(d < 0 for d in values):
        return MAX_INITIALIZER_ELEMENTS + 1
    return math.prod(values)


def _check_constant_node(node: onnx.NodeProto, constants: dict[str, onnx.TensorProto]) -> None:
    for attribute in node.attribute:
        if attribute.name == "value" and attribute.HasField("t"):
            _refuse_external(attribute.t)
            if _elements(attribute.t.dims) > MAX_MADE_ELEMENTS:
                raise GraphRefused(Message("model_problem_huge_tensor", {"op": node.op_type}))
            if node.output:
                constants[node.output[0]] = attribute.t
        elif attribute.name in ("sparse_value",):
            raise GraphRefused(Message("model_problem_operator", {"op": "Constant(sparse_value)"}))


def _constant_values(name: str, constants: dict[str, onnx.TensorProto]) -> list[int] | None:
    tensor = constants.get(name)
    if tensor is None or _elements(tensor.dims) > 64:
        return None
    try:
        return [int(value) for value in numpy_helper.to_array(tensor).ravel()]
    except (ValueError, TypeError, OverflowError):
        return None


def _check_made_shape(node: onnx.NodeProto, constants: dict[str, onnx.TensorProto]) -> None:
    """ConstantOfShape and Expand make a tensor of a shape given as data: it must be a small constant."""
    index = _SHAPE_INPUT[node.op_type]
    shape = _constant_values(node.input[index], constants) if len(node.input) > index else None
    if shape is None or any(d < 0 for d in shape) or math.prod(max(d, 1) for d in shape) > MAX_MADE_ELEMENTS:
        raise GraphRefused(Message("model_problem_huge_tensor", {"op": node.op_type}))


def _check_pads(node: onnx.NodeProto, constants: dict[str, onnx.TensorProto]) -> None:
    pads = _constant_values(node.input[1], constants) if len(node.input) > 1 else None
    for attribute in node.attribute:
        if attribute.name == "pads":
            pads = list(attribute.ints)
    if pads is None or any(abs(p) > MAX_PAD for p in pads):
        raise GraphRefused(Message("model_problem_huge_tensor", {"op": node.op_type}))
