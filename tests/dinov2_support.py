"""Shared by the DINOv2 tests: the fixture's files, the ViT-S/14 session built once per process, a forward pass
in NumPy (float64, written from the fixtures README and the official code) and a torch-free ``.pth`` writer."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import onnxruntime
from hostile_files import Crafted, Tensor, metadata_build

from fidgui.core.encoders.dinov2.graph import INPUT_NAME, build_dinov2_onnx
from fidgui.core.encoders.dinov2.layout import VitSize, expected_layout
from fidgui.core.encoders.dinov2.weights import Dinov2Weights, load_dinov2_weights

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures"
ENCODERS = FIXTURES / "encoders"
WEIGHTS = ENCODERS / "dinov2_vits14_random_seed0.pth"
WEIGHTS_SHA256 = "83b6c3462942c8a1c56fe6e02c96758932528b4518eaf3eb0e9130c2dda15fdf"
FOLDERS = {"small_a": FIXTURES / "images" / "small_a", "small_b": FIXTURES / "images" / "small_b",
           "large": ENCODERS / "images" / "large"}


@lru_cache(maxsize=1)
def reference() -> dict[str, np.ndarray]:
    with np.load(ENCODERS / "dinov2_reference.npz", allow_pickle=False) as stored:
        return {key: stored[key] for key in stored.files}


@lru_cache(maxsize=1)
def fixture_weights() -> Dinov2Weights:
    return load_dinov2_weights(WEIGHTS)


def session_for(weights: Dinov2Weights, input_size: int = 224) -> onnxruntime.InferenceSession:
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 2
    model = build_dinov2_onnx(weights, input_size).SerializeToString()
    return onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])


@lru_cache(maxsize=1)
def fixture_session() -> onnxruntime.InferenceSession:
    return session_for(fixture_weights())


def features(session: onnxruntime.InferenceSession, batch: np.ndarray) -> np.ndarray:
    return session.run(None, {INPUT_NAME: np.ascontiguousarray(batch, dtype=np.float32)})[0]


def random_weights(size: VitSize, seed: int = 0, pool: int = 1 << 16) -> Dinov2Weights:
    """Random tensors of the size's exact layout, cut from one small random pool so large sizes stay quick."""
    rng = np.random.default_rng(seed)
    values = (rng.standard_normal(pool) * 0.05).astype(np.float32)
    tensors = {}
    for index, (name, shape) in enumerate(expected_layout(size).items()):
        count = int(np.prod(shape))
        start = (index * 7919) % pool
        array = np.resize(np.roll(values, -start), count).reshape(shape)
        if name.endswith(("norm1.weight", "norm2.weight", "norm.weight")):
            array = array + np.float32(1)
        tensors[name] = array
    return Dinov2Weights(tensors, "0" * 64, False, size)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-6) * weight + bias


def numpy_forward(weights: Dinov2Weights, images: np.ndarray, position: np.ndarray) -> np.ndarray:
    """The backbone in float64 NumPy: patches, class token, ``position`` (1 + grid², D), blocks, norm, token 0."""
    from scipy.special import erf

    t = {name: array.astype(np.float64) for name, array in weights.tensors.items()}
    size, (n, _, side, _) = weights.size, images.shape
    grid, d, heads = side // 14, size.width, size.heads
    patches = images.reshape(n, 3, grid, 14, grid, 14).transpose(0, 2, 4, 1, 3, 5).reshape(n, grid * grid, -1)
    x = patches @ t["patch_embed.proj.weight"].reshape(d, -1).T + t["patch_embed.proj.bias"]
    x = np.concatenate([np.broadcast_to(t["cls_token"], (n, 1, d)), x], axis=1) + position
    for b in range(size.depth):
        p = f"blocks.{b}."
        h = _layer_norm(x, t[p + "norm1.weight"], t[p + "norm1.bias"])
        qkv = (h @ t[p + "attn.qkv.weight"].T + t[p + "attn.qkv.bias"]).reshape(n, -1, 3, heads, 64)
        q, k, v = qkv.transpose(2, 0, 3, 1, 4)
        scores = q @ k.transpose(0, 1, 3, 2) / 8.0
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        mixed = (scores / scores.sum(-1, keepdims=True)) @ v
        out = mixed.transpose(0, 2, 1, 3).reshape(n, -1, d) @ t[p + "attn.proj.weight"].T + t[p + "attn.proj.bias"]
        x = x + t[p + "ls1.gamma"] * out
        h = _layer_norm(x, t[p + "norm2.weight"], t[p + "norm2.bias"])
        if size.swiglu:
            gate, value = np.split(h @ t[p + "mlp.w12.weight"].T + t[p + "mlp.w12.bias"], 2, axis=-1)
            out = (gate / (1 + np.exp(-gate)) * value) @ t[p + "mlp.w3.weight"].T + t[p + "mlp.w3.bias"]
        else:
            z = h @ t[p + "mlp.fc1.weight"].T + t[p + "mlp.fc1.bias"]
            out = (0.5 * z * (1 + erf(z / np.sqrt(2)))) @ t[p + "mlp.fc2.weight"].T + t[p + "mlp.fc2.bias"]
        x = x + t[p + "ls2.gamma"] * out
    return _layer_norm(x, t["norm.weight"], t["norm.bias"])[:, 0]


def write_pth(path: Path, tensors: dict[str, np.ndarray], metadata: bool = True) -> Path:
    """A torch.save-style zip (folder ``archive/``, as older torch writes it) of these float32 arrays."""
    records, storages = [], {}
    for index, (name, array) in enumerate(tensors.items()):
        array = np.ascontiguousarray(array, dtype="<f4")
        stride = tuple(int(s) // 4 for s in array.strides)
        records.append(Tensor(name, str(index), shape=tuple(int(n) for n in array.shape), stride=stride))
        storages[str(index)] = array.tobytes()
    crafted = Crafted(records, storages, ordered=True)
    if metadata:
        crafted.before_stop = metadata_build({"_metadata": {"": {"version": 1}}})
    return crafted.write_zip(path)
