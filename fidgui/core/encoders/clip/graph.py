"""The CLIP vision tower with its projection as an ONNX graph, built from checked weights.

It follows transformers' ``CLIPVisionModelWithProjection`` operation for operation:
patch convolution without bias, the class token in front, learned position embeddings,
``pre_layrnorm``, pre-norm encoder layers (attention with biases and the 1/sqrt(head
size) scale, an MLP with quick_gelu or GELU), ``post_layernorm`` on the class token
only, the bias-free ``visual_projection``, then division by the L2 norm, which is what
cmmd-pytorch computes CMMD on. Every size comes from the configuration, so any CLIP ViT
of this family builds; images go in already cropped, resized and normalised.
ViT-L/14-336's graph is 1.2 GB, one ``.onnx`` file; a larger CLIP (ViT-bigG/14: 7 GB) passes
protobuf's 2 GB limit and must be written by ``save_model`` (re-exported here), which puts
weights beyond 1.8 GB in an ONNX external data file.
"""

from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from fidgui.core.encoders.clip.config import VisionConfig
from fidgui.core.encoders.clip.layout import EMBEDDINGS, layer_prefix
from fidgui.core.encoders.clip.weights import ClipWeights
from fidgui.core.encoders.onnx_files import EXTERNAL_DATA_THRESHOLD, load_model, save_model

__all__ = ["EMBEDDING", "EMBEDDING_RAW", "EXTERNAL_DATA_THRESHOLD", "INPUT_NAME", "build_clip_onnx", "load_model",
           "output_widths", "save_model"]

INPUT_NAME = "images"
EMBEDDING = "embedding"  # L2-normalised image embedding: what CMMD uses
EMBEDDING_RAW = "embedding_raw"  # transformers' ``image_embeds`` before the normalisation
OPSET = 17  # LayerNormalization needs 17
IR_VERSION = 8  # what opset 17 needs; onnxruntime 1.20 and later read it
FORMAT_TAG = "fidgui-clip-1"
META_WEIGHTS_SHA256 = "fidgui.weights_sha256"
META_STANDARD = "fidgui.standard"
META_FORMAT = "fidgui.format"
QUICK_GELU_FACTOR = 1.702


class _Builder:
    """Collects nodes and initializers; each method adds one operation and returns its output name."""

    def __init__(self, weights: ClipWeights) -> None:
        self.tensors = weights.tensors
        self.config = weights.config
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[onnx.TensorProto] = []

    def node(self, op: str, inputs: list[str], output: str, **attributes: object) -> str:
        self.nodes.append(helper.make_node(op, inputs, [output], name=output, **attributes))
        return output

    def constant(self, name: str, array: np.ndarray, dtype: type = np.float32) -> str:
        self.initializers.append(numpy_helper.from_array(np.array(array, dtype=dtype, order="C"), name))
        return name

    def linear(self, x: str, name: str, bias: bool = True) -> str:
        """x · Wᵀ (+ b), W stored as (out, in) the way PyTorch keeps it."""
        weight = self.constant(f"{name}.weight_t", self.tensors[f"{name}.weight"].T)
        y = self.node("MatMul", [x, weight], f"{name}.matmul" if bias else name)
        if not bias:
            return y
        return self.node("Add", [y, self.constant(f"{name}.bias", self.tensors[f"{name}.bias"])], name)

    def layer_norm(self, x: str, name: str) -> str:
        scale = self.constant(f"{name}.weight", self.tensors[f"{name}.weight"])
        bias = self.constant(f"{name}.bias", self.tensors[f"{name}.bias"])
        return self.node("LayerNormalization", [x, scale, bias], name, axis=-1, epsilon=self.config.layer_norm_eps)

    def activation(self, x: str, name: str) -> str:
        if self.config.hidden_act == "quick_gelu":
            factor = self.constant(f"{name}.factor", np.array(QUICK_GELU_FACTOR))
            gate = self.node("Sigmoid", [self.node("Mul", [x, factor], f"{name}.scaled")], f"{name}.gate")
            return self.node("Mul", [x, gate], name)
        root_half = self.constant(f"{name}.sqrt_half", np.array(np.sqrt(0.5)))
        erf = self.node("Erf", [self.node("Mul", [x, root_half], f"{name}.scaled")], f"{name}.erf")
        one, half = self.constant(f"{name}.one", np.array(1.0)), self.constant(f"{name}.half", np.array(0.5))
        gate = self.node("Mul", [self.node("Add", [erf, one], f"{name}.plus_one"), half], f"{name}.gate")
        return self.node("Mul", [x, gate], name)


def _embeddings(g: _Builder) -> str:
    """Patch tokens after one zero slot for the class token, plus (class token | patches) position embeddings."""
    c, t = g.config, g.tensors
    kernel = g.constant(f"{EMBEDDINGS}.patch_embedding.weight", t[f"{EMBEDDINGS}.patch_embedding.weight"])
    patches = g.node("Conv", [INPUT_NAME, kernel], "patches", kernel_shape=[c.patch_size] * 2,
                     strides=[c.patch_size] * 2)
    flat = g.node("Reshape", [patches, g.constant("patches.shape", np.array([0, c.hidden_size, -1]), np.int64)],
                  "patches.flat")
    tokens = g.node("Transpose", [flat], "patches.tokens", perm=[0, 2, 1])
    pads = g.constant("class_slot.pads", np.array([0, 1, 0, 0, 0, 0]), np.int64)
    slotted = g.node("Pad", [tokens, pads], "tokens.with_class_slot")
    positions = t[f"{EMBEDDINGS}.position_embedding.weight"].copy()
    # Row 0 becomes class_embedding + its position (one float32 addition, as transformers does); 0 + that is exact.
    positions[0] = t[f"{EMBEDDINGS}.class_embedding"] + positions[0]
    added = g.node("Add", [slotted, g.constant("class_and_positions", positions[None])], "embeddings")
    return g.layer_norm(added, "vision_model.pre_layrnorm")


def _attention(g: _Builder, x: str, prefix: str) -> str:
    c = g.config
    heads = g.constant(f"{prefix}.heads.shape", np.array([0, 0, c.num_attention_heads, c.head_dim]), np.int64)
    q = g.linear(x, f"{prefix}.q_proj")
    q = g.node("Mul", [q, g.constant(f"{prefix}.scale", np.array(c.head_dim ** -0.5))], f"{prefix}.q_scaled")
    split = {name: g.node("Reshape", [value, heads], f"{prefix}.{name}.heads")
             for name, value in (("q", q), ("k", g.linear(x, f"{prefix}.k_proj")), ("v", g.linear(x, f"{prefix}.v_proj")))}
    q_h = g.node("Transpose", [split["q"]], f"{prefix}.q.bhtd", perm=[0, 2, 1, 3])
    k_t = g.node("Transpose", [split["k"]], f"{prefix}.k.bhdt", perm=[0, 2, 3, 1])
    v_h = g.node("Transpose", [split["v"]], f"{prefix}.v.bhtd", perm=[0, 2, 1, 3])
    scores = g.node("MatMul", [q_h, k_t], f"{prefix}.scores")
    weights = g.node("Softmax", [scores], f"{prefix}.weights", axis=-1)
    mixed = g.node("Transpose", [g.node("MatMul", [weights, v_h], f"{prefix}.mixed")], f"{prefix}.mixed.bthd",
                   perm=[0, 2, 1, 3])
    merged = g.node("Reshape", [mixed, g.constant(f"{prefix}.merge.shape", np.array([0, 0, c.hidden_size]), np.int64)],
                    f"{prefix}.merged")
    return g.linear(merged, f"{prefix}.out_proj")


def _layer(g: _Builder, x: str, index: int) -> str:
    prefix = layer_prefix(index)
    attended = _attention(g, g.layer_norm(x, f"{prefix}.layer_norm1"), f"{prefix}.self_attn")
    x = g.node("Add", [x, attended], f"{prefix}.after_attention")
    hidden = g.activation(g.linear(g.layer_norm(x, f"{prefix}.layer_norm2"), f"{prefix}.mlp.fc1"), f"{prefix}.mlp.act")
    return g.node("Add", [x, g.linear(hidden, f"{prefix}.mlp.fc2")], f"{prefix}.output")


def build_clip_onnx(weights: ClipWeights) -> onnx.ModelProto:
    """The vision tower and projection of ``weights``: [batch, 3, S, S] -> embedding and embedding_raw [batch, P]."""
    g = _Builder(weights)
    c = g.config
    x = _embeddings(g)
    for index in range(c.num_hidden_layers):
        x = _layer(g, x, index)
    cls = g.node("Gather", [x, g.constant("class_index", np.array(0), np.int64)], "class_token", axis=1)
    pooled = g.layer_norm(cls, "vision_model.post_layernorm")
    raw = g.linear(pooled, "visual_projection", bias=False)
    g.node("Identity", [raw], EMBEDDING_RAW)
    norm = g.node("ReduceL2", [raw], "embedding.norm", axes=[-1], keepdims=1)
    g.node("Div", [raw, norm], EMBEDDING)
    graph = helper.make_graph(
        g.nodes, "clip_vision_with_projection",
        inputs=[helper.make_tensor_value_info(INPUT_NAME, TensorProto.FLOAT, ["batch", 3, c.image_size, c.image_size])],
        outputs=[helper.make_tensor_value_info(name, TensorProto.FLOAT, ["batch", c.projection_dim])
                 for name in (EMBEDDING, EMBEDDING_RAW)],
        initializer=g.initializers,
    )
    model = helper.make_model(graph, producer_name="fidgui", opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = IR_VERSION
    helper.set_model_props(model, {
        META_WEIGHTS_SHA256: weights.sha256,
        META_STANDARD: "true" if weights.is_standard else "false",
        META_FORMAT: FORMAT_TAG,
    })
    return model


def output_widths(config: VisionConfig) -> dict[str, int]:
    return {EMBEDDING: config.projection_dim, EMBEDDING_RAW: config.projection_dim}
