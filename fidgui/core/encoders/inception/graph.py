"""The FID Inception network as an ONNX graph, built from its weights, saved and checked.

ONNX Runtime runs the network on any CPU or NVIDIA GPU without PyTorch. The graph
reproduces pytorch-fid's FID Inception operation for operation: TensorFlow-style
average pools that ignore padding, a max pool in the last block's pool branch,
BatchNorm with eps 0.001 (folded into the convolutions here, in float64, rather
than left to ONNX Runtime's float32 folding), and the 1008-class fc.
Images go in already resized to 299x299 and scaled to [-1, 1]; every
preprocessing mode differs only before that point.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from fidgui.core.base.atomic_files import atomic_output
from fidgui.core.encoders.inception.weights import BATCHNORM_EPS, CONVS, NUM_CLASSES, POOL_FEATURES, FidWeights

INPUT_NAME = "images"
INPUT_SIZE = 299
OUTPUT_SHAPES = {"pool3": POOL_FEATURES, "logits_unbiased": NUM_CLASSES, "logits": NUM_CLASSES}
BLOCK_OUTPUTS = {"dims64": ("maxpool1", 64), "dims192": ("maxpool2", 192), "dims768": ("Mixed_6e", 768)}
"""pytorch-fid's blocks 0, 1 and 2 (``--dims 64/192/768``): the tensor each ends with, globally average-pooled
to 1x1 and flattened as pytorch-fid's ``get_activations`` does. Block 3 is pool3."""
OPSET = 17
IR_VERSION = 8  # what opset 17 needs; onnxruntime 1.20 and later read it
FORMAT_TAG = "fidgui-inception-1"
META_WEIGHTS_SHA256 = "fidgui.weights_sha256"
META_STANDARD = "fidgui.standard"
META_FORMAT = "fidgui.format"
META_NETWORK_SHA256 = "fidgui.network_sha256"


class _GraphBuilder:
    """Collects nodes and initializers; each method adds one layer and returns its output name."""

    def __init__(self, weights: FidWeights) -> None:
        self._tensors = weights.tensors
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[onnx.TensorProto] = []

    def _node(self, op: str, inputs: list[str], output: str, **attributes: object) -> str:
        self.nodes.append(helper.make_node(op, inputs, [output], name=output, **attributes))
        return output

    def _constant(self, name: str, array: np.ndarray) -> str:
        self.initializers.append(numpy_helper.from_array(np.ascontiguousarray(array, dtype=np.float32), name))
        return name

    def conv(self, x: str, name: str) -> str:
        """BasicConv2d: convolution with BatchNorm folded in, then ReLU."""
        spec = CONVS[name]
        t = self._tensors
        bn = {field: t[f"{name}.bn.{field}"].astype(np.float64)
              for field in ("weight", "bias", "running_mean", "running_var")}
        scale = bn["weight"] / np.sqrt(bn["running_var"] + BATCHNORM_EPS)
        weight = t[f"{name}.conv.weight"].astype(np.float64) * scale[:, None, None, None]
        bias = bn["bias"] - bn["running_mean"] * scale
        pad_h, pad_w = spec.padding
        y = self._node(
            "Conv", [x, self._constant(f"{name}.weight", weight), self._constant(f"{name}.bias", bias)], f"{name}.conv",
            kernel_shape=list(spec.kernel), strides=[spec.stride, spec.stride], pads=[pad_h, pad_w, pad_h, pad_w],
        )
        return self._node("Relu", [y], f"{name}.relu")

    def max_pool(self, x: str, name: str, stride: int, padding: int = 0) -> str:
        return self._node("MaxPool", [x], name, kernel_shape=[3, 3], strides=[stride, stride], pads=[padding] * 4)

    def avg_pool(self, x: str, name: str) -> str:
        """3x3, stride 1, padding 1, averaging only real pixels (TensorFlow's rule, count_include_pad=False)."""
        return self._node("AveragePool", [x], name, kernel_shape=[3, 3], strides=[1, 1], pads=[1, 1, 1, 1],
                          count_include_pad=0)

    def concat(self, inputs: list[str], name: str) -> str:
        return self._node("Concat", inputs, name, axis=1)

    def head(self, x: str) -> None:
        """Global average pool to pool3, then the fc layer with and without its bias."""
        pooled = self._node("GlobalAveragePool", [x], "avgpool")
        pool3 = self._node("Flatten", [pooled], "pool3", axis=1)
        weight_t = self._constant("fc.weight_t", self._tensors["fc.weight"].T)
        unbiased = self._node("MatMul", [pool3, weight_t], "logits_unbiased")
        self._node("Add", [unbiased, self._constant("fc.bias", self._tensors["fc.bias"])], "logits")


def _pooled_block(x: str, name: str) -> list[onnx.NodeProto]:
    """The nodes that turn a block's last tensor ``x`` into the output ``name``: global average pool, flatten."""
    return [helper.make_node("GlobalAveragePool", [x], [f"{name}.avgpool"], name=f"{name}.avgpool"),
            helper.make_node("Flatten", [f"{name}.avgpool"], [name], name=name, axis=1)]


def add_block_outputs(model: onnx.ModelProto, names: list[str]) -> onnx.ModelProto:
    """A copy of a fidgui-built model that also gives the block outputs ``names`` (see ``BLOCK_OUTPUTS``).

    Models converted before the block outputs existed lack them; adding them when a run asks for another width
    leaves the model file, its hash and its standard status untouched. Raises KeyError for a name the graph
    cannot give (a network not built by fidgui, whose inner tensors have other names).
    """
    copy = onnx.ModelProto()
    copy.CopyFrom(model)
    produced = {output for node in copy.graph.node for output in node.output}
    present = {value.name for value in copy.graph.output}
    for name in names:
        if name in present:
            continue
        source, width = BLOCK_OUTPUTS[name]
        if source not in produced:
            raise KeyError(source)
        copy.graph.node.extend(_pooled_block(source, name))
        copy.graph.output.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, ["batch", width]))
    return copy


def _block_a(g: _GraphBuilder, x: str, p: str) -> str:
    b1 = g.conv(x, f"{p}.branch1x1")
    b5 = g.conv(g.conv(x, f"{p}.branch5x5_1"), f"{p}.branch5x5_2")
    b3 = g.conv(g.conv(g.conv(x, f"{p}.branch3x3dbl_1"), f"{p}.branch3x3dbl_2"), f"{p}.branch3x3dbl_3")
    bp = g.conv(g.avg_pool(x, f"{p}.avg_pool"), f"{p}.branch_pool")
    return g.concat([b1, b5, b3, bp], p)


def _block_b(g: _GraphBuilder, x: str, p: str) -> str:
    b3 = g.conv(x, f"{p}.branch3x3")
    bd = g.conv(g.conv(g.conv(x, f"{p}.branch3x3dbl_1"), f"{p}.branch3x3dbl_2"), f"{p}.branch3x3dbl_3")
    bp = g.max_pool(x, f"{p}.max_pool", stride=2)
    return g.concat([b3, bd, bp], p)


def _block_c(g: _GraphBuilder, x: str, p: str) -> str:
    b1 = g.conv(x, f"{p}.branch1x1")
    b7 = x
    for step in range(1, 4):
        b7 = g.conv(b7, f"{p}.branch7x7_{step}")
    bd = x
    for step in range(1, 6):
        bd = g.conv(bd, f"{p}.branch7x7dbl_{step}")
    bp = g.conv(g.avg_pool(x, f"{p}.avg_pool"), f"{p}.branch_pool")
    return g.concat([b1, b7, bd, bp], p)


def _block_d(g: _GraphBuilder, x: str, p: str) -> str:
    b3 = g.conv(g.conv(x, f"{p}.branch3x3_1"), f"{p}.branch3x3_2")
    b7 = x
    for step in range(1, 5):
        b7 = g.conv(b7, f"{p}.branch7x7x3_{step}")
    bp = g.max_pool(x, f"{p}.max_pool", stride=2)
    return g.concat([b3, b7, bp], p)


def _block_e(g: _GraphBuilder, x: str, p: str, max_pool_branch: bool) -> str:
    """FIDInceptionE_1 (average pool branch) or FIDInceptionE_2 (max pool branch, as in TensorFlow's graph)."""
    b1 = g.conv(x, f"{p}.branch1x1")
    b3 = g.conv(x, f"{p}.branch3x3_1")
    b3 = g.concat([g.conv(b3, f"{p}.branch3x3_2a"), g.conv(b3, f"{p}.branch3x3_2b")], f"{p}.branch3x3")
    bd = g.conv(g.conv(x, f"{p}.branch3x3dbl_1"), f"{p}.branch3x3dbl_2")
    bd = g.concat([g.conv(bd, f"{p}.branch3x3dbl_3a"), g.conv(bd, f"{p}.branch3x3dbl_3b")], f"{p}.branch3x3dbl")
    pooled = g.max_pool(x, f"{p}.max_pool", stride=1, padding=1) if max_pool_branch else g.avg_pool(x, f"{p}.avg_pool")
    bp = g.conv(pooled, f"{p}.branch_pool")
    return g.concat([b1, b3, bd, bp], p)


def build_inception_onnx(weights: FidWeights) -> onnx.ModelProto:
    """The FID Inception network with ``weights``, tagged with their SHA-256."""
    g = _GraphBuilder(weights)
    x = INPUT_NAME
    for name in ("Conv2d_1a_3x3", "Conv2d_2a_3x3", "Conv2d_2b_3x3"):
        x = g.conv(x, name)
    x = g.max_pool(x, "maxpool1", stride=2)
    x = g.max_pool(g.conv(g.conv(x, "Conv2d_3b_1x1"), "Conv2d_4a_3x3"), "maxpool2", stride=2)
    for block in ("Mixed_5b", "Mixed_5c", "Mixed_5d"):
        x = _block_a(g, x, block)
    x = _block_b(g, x, "Mixed_6a")
    for block in ("Mixed_6b", "Mixed_6c", "Mixed_6d", "Mixed_6e"):
        x = _block_c(g, x, block)
    x = _block_d(g, x, "Mixed_7a")
    x = _block_e(g, x, "Mixed_7b", max_pool_branch=False)
    x = _block_e(g, x, "Mixed_7c", max_pool_branch=True)
    g.head(x)
    for name, (source, _width) in BLOCK_OUTPUTS.items():
        g.nodes.extend(_pooled_block(source, name))

    graph = helper.make_graph(
        g.nodes, "fid_inception_v3",
        inputs=[helper.make_tensor_value_info(INPUT_NAME, TensorProto.FLOAT, ["batch", 3, INPUT_SIZE, INPUT_SIZE])],
        outputs=[helper.make_tensor_value_info(name, TensorProto.FLOAT, ["batch", width])
                 for name, width in OUTPUT_SHAPES.items()]
        + [helper.make_tensor_value_info(name, TensorProto.FLOAT, ["batch", width])
           for name, (_source, width) in BLOCK_OUTPUTS.items()],
        initializer=g.initializers,
    )
    model = helper.make_model(graph, producer_name="fidgui", opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = IR_VERSION
    helper.set_model_props(model, {
        META_NETWORK_SHA256: network_digest(model),
        META_WEIGHTS_SHA256: weights.sha256,
        META_STANDARD: "true" if weights.is_standard else "false",
        META_FORMAT: FORMAT_TAG,
    })
    return model


def save_model_atomically(model: onnx.ModelProto, path: Path) -> None:
    """Write the model so that an interrupted save never leaves a half model where a whole one is expected."""
    with atomic_output(Path(path)) as stream:
        stream.write(model.SerializeToString())


def network_digest(model: onnx.ModelProto) -> str:
    """SHA-256 of what computes the features (opsets, nodes, initializers, inputs, outputs), metadata left out.

    The converter records it, and every check recomputes it: editing the metadata
    cannot change it, and editing the network changes it.
    """
    digest = hashlib.sha256()
    for opset in model.opset_import:
        digest.update(f"{opset.domain}:{opset.version};".encode())
    digest.update(model.graph.SerializeToString(deterministic=True))
    return digest.hexdigest()


@dataclass(frozen=True)
class ModelInfo:
    """A checked model file: its own hash, and the weights it was built from.

    ``weights_verified`` is true only when this profile's model store holds fidgui's
    own record of converting exactly this network from those weights; otherwise
    ``weights_sha256`` is only what the model file says. ``is_standard`` is never
    taken from the file alone (see ``model_check``).
    """

    path: Path
    sha256: str
    weights_sha256: str
    is_standard: bool
    network_sha256: str = ""
    weights_verified: bool = False
    claims_standard: bool = False  # the file's metadata says standard, and its network digest matches its record


def validate_onnx_model(path: Path, conversions: Mapping[str, str] | None = None) -> ModelInfo:
    """Check an ONNX file before it is trusted with a run; see ``model_check.validate_onnx_model``."""
    from fidgui.core.encoders.inception.model_check import validate_onnx_model as validate

    return validate(Path(path), conversions or {})
