"""The DINOv2 backbone as an ONNX graph, built from its checked weights: what dgm-eval and EDM2 run, without torch.

``DinoVisionTransformer.forward`` in eval mode, operation for operation: the 14 x 14 patch
convolution, the class token in front, the position embeddings resized to the input's grid
(a constant here, see ``position``), pre-norm blocks (LayerNorm eps 1e-6, softmax attention in
heads of 64, LayerScale on both branches, an exact-erf GELU MLP or, for ViT-g/14, SwiGLU), the
final LayerNorm, and the class token of its output: the image's feature (``head`` is Identity).
The attention's 1/√64 = 1/8 is a power of two, so it is folded into the query weights exactly.
Images go in already resized and normalised by a preprocessing mode.

Size note: ViT-L/14's graph is 1.2 GB and saves as one ``.onnx`` file; ViT-g/14's is 4.5 GB, beyond
protobuf's 2 GB limit for one message, so it must be saved with ONNX external data: ``save_model``
(from ``encoders.onnx_files``, re-exported here) does that beyond 1.8 GB of weights; the graph
itself is built the same way.
"""

from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from fidgui.core.encoders.dinov2.layout import HEAD_WIDTH, PATCH
from fidgui.core.encoders.dinov2.position import position_embeddings
from fidgui.core.encoders.dinov2.weights import Dinov2Weights
from fidgui.core.encoders.onnx_files import EXTERNAL_DATA_THRESHOLD, load_model, save_model

__all__ = ["EXTERNAL_DATA_THRESHOLD", "INPUT_NAME", "OUTPUT_NAME", "build_dinov2_onnx", "load_model", "save_model"]

INPUT_NAME = "images"
OUTPUT_NAME = "cls"
INPUT_SIZE = 224
OPSET = 17  # LayerNormalization
IR_VERSION = 8  # what opset 17 needs; onnxruntime reads up to 13
LAYERNORM_EPS = 1e-6
FORMAT_TAG = "fidgui-dinov2-1"
META_WEIGHTS_SHA256 = "fidgui.weights_sha256"
META_STANDARD = "fidgui.standard"
META_FORMAT = "fidgui.format"
META_SIZE = "fidgui.dinov2_size"


class _Builder:
    """Collects nodes and initializers; each method adds one step and returns its output's name."""

    def __init__(self, weights: Dinov2Weights) -> None:
        self.tensors = weights.tensors
        self.size = weights.size
        # Nodes and initializers go straight into the model: building a graph and then a model from it would
        # copy every weight twice (ViT-L/14: 1.2 GB a copy).
        self.model = onnx.ModelProto()
        self.graph = self.model.graph
        self._names: set[str] = set()

    def node(self, op: str, inputs: list[str], output: str, **attributes: object) -> str:
        self.graph.node.append(helper.make_node(op, inputs, [output], name=output, **attributes))
        return output

    def constant(self, name: str, array: np.ndarray, dtype: type = np.float32) -> str:
        """An initializer; shared ones (``sqrt2``, ``half``) are stored once and named again."""
        if name in self._names:
            return name
        self._names.add(name)
        # from_array writes the values in C order from any layout: a transposed view needs no copy of its own
        self.graph.initializer.append(numpy_helper.from_array(np.asarray(array, dtype=dtype), name))
        return name

    def linear(self, x: str, prefix: str, weight: np.ndarray | None = None, bias: np.ndarray | None = None) -> str:
        """x · Wᵀ + b, with W stored transposed so that MatMul reads it as is."""
        weight = self.tensors[f"{prefix}.weight"] if weight is None else weight
        bias = self.tensors[f"{prefix}.bias"] if bias is None else bias
        product = self.node("MatMul", [x, self.constant(f"{prefix}.weight_t", weight.T)], f"{prefix}.matmul")
        return self.node("Add", [product, self.constant(f"{prefix}.bias", bias)], f"{prefix}.out")

    def layer_norm(self, x: str, prefix: str) -> str:
        scale, bias = self.constant(f"{prefix}.weight", self.tensors[f"{prefix}.weight"]), \
            self.constant(f"{prefix}.bias", self.tensors[f"{prefix}.bias"])
        return self.node("LayerNormalization", [x, scale, bias], f"{prefix}.out", axis=-1, epsilon=LAYERNORM_EPS)

    def embed(self, images: str, grid: int) -> str:
        """Patch tokens, the class token in front, position embeddings added: (batch, 1 + grid², width)."""
        t, d = self.tensors, self.size.width
        conv = self.node("Conv", [images, self.constant("patch_embed.proj.weight", t["patch_embed.proj.weight"]),
                                  self.constant("patch_embed.proj.bias", t["patch_embed.proj.bias"])],
                         "patch_embed.conv", kernel_shape=[PATCH, PATCH], strides=[PATCH, PATCH])
        flat = self.node("Reshape", [conv, self.constant("patch_shape", [0, d, -1], np.int64)], "patch_embed.flat")
        patches = self.node("Transpose", [flat], "patch_embed.tokens", perm=[0, 2, 1])
        batch = self.node("Slice", [self.node("Shape", [patches], "tokens.shape"), self.constant("zero", [0], np.int64),
                                    self.constant("one", [1], np.int64)], "tokens.batch")
        cls_shape = self.node("Concat", [batch, self.constant("cls_tail", [1, d], np.int64)], "cls.shape", axis=0)
        cls = self.node("Expand", [self.constant("cls_token", t["cls_token"]), cls_shape], "cls.batch")
        tokens = self.node("Concat", [cls, patches], "tokens", axis=1)
        position = position_embeddings(t["pos_embed"], grid, grid)[None]
        return self.node("Add", [tokens, self.constant("pos_embed.resized", position)], "tokens.positioned")

    def attention(self, x: str, prefix: str) -> str:
        """Softmax attention in heads of 64; q·kᵀ/8 with the 1/8 folded (exactly) into the query weights."""
        d, heads = self.size.width, self.size.heads
        weight = self.tensors[f"{prefix}.qkv.weight"].copy()
        bias = self.tensors[f"{prefix}.qkv.bias"].copy()
        scale = np.float32(HEAD_WIDTH ** -0.5)
        weight[:d] *= scale
        bias[:d] *= scale
        qkv = self.linear(x, f"{prefix}.qkv", weight, bias)
        heads_shape = self.constant(f"{prefix}.qkv_shape", [0, 0, 3, heads, HEAD_WIDTH], np.int64)
        split = self.node("Reshape", [qkv, heads_shape], f"{prefix}.qkv.heads")
        qkv = self.node("Transpose", [split], f"{prefix}.qkv.first", perm=[2, 0, 3, 1, 4])  # 3, batch, heads, T, 64
        q, k, v = (self.node("Gather", [qkv, self.constant(f"{prefix}.{n}.index", np.array(i), np.int64)],
                             f"{prefix}.{n}", axis=0) for i, n in enumerate("qkv"))
        keys_t = self.node("Transpose", [k], f"{prefix}.k_t", perm=[0, 1, 3, 2])
        scores = self.node("MatMul", [q, keys_t], f"{prefix}.scores")
        attention = self.node("Softmax", [scores], f"{prefix}.softmax", axis=-1)
        mixed = self.node("MatMul", [attention, v], f"{prefix}.mixed")
        merged = self.node("Transpose", [mixed], f"{prefix}.merged", perm=[0, 2, 1, 3])
        flat = self.node("Reshape", [merged, self.constant(f"{prefix}.out_shape", [0, 0, d], np.int64)],
                         f"{prefix}.concat")
        return self.linear(flat, f"{prefix}.proj")

    def mlp(self, x: str, prefix: str) -> str:
        if self.size.swiglu:
            both = self.linear(x, f"{prefix}.w12")
            gate, value = f"{prefix}.gate", f"{prefix}.value"
            self.graph.node.append(helper.make_node("Split", [both], [gate, value], name=f"{prefix}.split", axis=-1))
            silu = self.node("Mul", [gate, self.node("Sigmoid", [gate], f"{prefix}.sigmoid")], f"{prefix}.silu")
            return self.linear(self.node("Mul", [silu, value], f"{prefix}.hidden"), f"{prefix}.w3")
        z = self.linear(x, f"{prefix}.fc1")
        erf = self.node("Erf", [self.node("Div", [z, self.constant("sqrt2", np.sqrt(np.float32(2)))],
                                          f"{prefix}.scaled")], f"{prefix}.erf")
        half = self.node("Mul", [self.node("Mul", [z, self.node("Add", [erf, self.constant("one_f", np.float32(1))],
                                                                  f"{prefix}.erf1")], f"{prefix}.zerf"),
                                 self.constant("half", np.float32(0.5))], f"{prefix}.gelu")
        return self.linear(half, f"{prefix}.fc2")

    def block(self, x: str, index: int) -> str:
        p = f"blocks.{index}"
        attended = self.attention(self.layer_norm(x, f"{p}.norm1"), f"{p}.attn")
        scaled = self.node("Mul", [attended, self.constant(f"{p}.ls1.gamma", self.tensors[f"{p}.ls1.gamma"])],
                           f"{p}.ls1")
        x = self.node("Add", [x, scaled], f"{p}.residual1")
        fed = self.mlp(self.layer_norm(x, f"{p}.norm2"), f"{p}.mlp")
        scaled = self.node("Mul", [fed, self.constant(f"{p}.ls2.gamma", self.tensors[f"{p}.ls2.gamma"])], f"{p}.ls2")
        return self.node("Add", [x, scaled], f"{p}.residual2")


def build_dinov2_onnx(weights: Dinov2Weights, input_size: int = INPUT_SIZE) -> onnx.ModelProto:
    """The backbone for square ``input_size`` images (a multiple of 14): [batch, 3, S, S] -> [batch, width] CLS."""
    if input_size < PATCH or input_size % PATCH:
        raise ValueError(f"the input size must be a multiple of {PATCH}, got {input_size}")
    g = _Builder(weights)
    x = g.embed(INPUT_NAME, input_size // PATCH)
    for index in range(weights.size.depth):
        x = g.block(x, index)
    normed = g.layer_norm(x, "norm")
    g.node("Gather", [normed, g.constant("cls_index", np.array(0), np.int64)], OUTPUT_NAME, axis=1)
    model, graph = g.model, g.graph
    graph.name = "dinov2_" + weights.size.name.replace("/", "").replace("-", "").lower()
    image_shape = ["batch", 3, input_size, input_size]
    graph.input.append(helper.make_tensor_value_info(INPUT_NAME, TensorProto.FLOAT, image_shape))
    graph.output.append(helper.make_tensor_value_info(OUTPUT_NAME, TensorProto.FLOAT, ["batch", weights.size.width]))
    model.producer_name = "fidgui"
    model.opset_import.append(helper.make_opsetid("", OPSET))
    model.ir_version = IR_VERSION
    helper.set_model_props(model, {
        META_WEIGHTS_SHA256: weights.sha256,
        META_STANDARD: "true" if weights.is_standard else "false",
        META_FORMAT: FORMAT_TAG,
        META_SIZE: weights.size.name,
    })
    return model
