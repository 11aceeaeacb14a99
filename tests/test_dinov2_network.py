"""The DINOv2 ONNX graph: the stored network inputs give the reference features; the builder is generic.

Measured (onnxruntime CPU, float32): stored inputs → features within 3.8e-6 of the torch features (largest
feature 3.97), the float32 summation-order tolerance; the graph agrees with a float64 NumPy forward pass to 1e-5.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import onnx
import pytest
from dinov2_support import (
    features,
    fixture_session,
    fixture_weights,
    numpy_forward,
    random_weights,
    reference,
    session_for,
)

from fidgui.core.encoders.dinov2.graph import INPUT_NAME, OUTPUT_NAME, build_dinov2_onnx
from fidgui.core.encoders.dinov2.layout import SIZES, VitSize, expected_layout
from fidgui.core.encoders.dinov2.position import bicubic_taps, position_embeddings

FEATURE_TOLERANCE = 1e-5  # absolute, on features up to 3.97 in size; measured 3.8e-6


@pytest.mark.parametrize("route", ["dgm_eval", "edm2_torch"])
def test_stored_inputs_give_the_reference_features(route: str) -> None:
    ref = reference()
    keys = [("small_a", 0), ("small_b", 0), ("large", 0), ("large", 4)]
    batch = np.stack([ref[f"{folder}/{route}_input{index}"] for folder, index in keys])
    got = features(fixture_session(), batch)
    expected = np.stack([ref[f"{folder}/{route}"][index] for folder, index in keys])
    assert got.shape == (4, 384) and got.dtype == np.float32
    assert float(np.abs(got - expected).max()) < FEATURE_TOLERANCE


def test_batch_of_one_and_batch_of_many_agree() -> None:
    ref = reference()
    batch = np.stack([ref["small_a/dgm_eval_input0"], ref["large/edm2_torch_input4"], ref["small_b/dgm_eval_input0"]])
    together = features(fixture_session(), batch)
    alone = np.concatenate([features(fixture_session(), image[None]) for image in batch])
    assert float(np.abs(together - alone).max()) < 1e-5


def test_the_position_embeddings_are_resized_with_the_offset_scale_factor() -> None:
    pos = fixture_weights().tensors["pos_embed"]
    resized = position_embeddings(pos, 16, 16)
    assert resized.shape == (257, 384) and np.array_equal(resized[0], pos[0, 0])
    # the 37 x 37 grid is used as is at 518 x 518; the class position is never resized
    assert np.array_equal(position_embeddings(pos, 37, 37), pos[0])
    # scale factor (16 + 0.1) / 37, not 16 / 37: the same bicubic with the plain factor gives other values
    index, weight = bicubic_taps(37, 16, 16 / 37)
    grid = pos[0, 1:].reshape(37, 37, 384).astype(np.float64)
    rows = np.einsum("ok,okcd->ocd", weight.astype(np.float64), grid[index])
    plain = np.einsum("pk,opkd->opd", weight.astype(np.float64), rows[:, index]).reshape(256, 384)
    assert float(np.abs(resized[1:] - plain).max()) > 0.01

def test_the_graph_is_the_numpy_forward_pass_of_the_fixture() -> None:
    weights = fixture_weights()
    batch = reference()["large/dgm_eval_input4"][None]
    position = position_embeddings(weights.tensors["pos_embed"], 16, 16)
    expected = numpy_forward(weights, batch.astype(np.float64), position)
    assert float(np.abs(features(fixture_session(), batch) - expected).max()) < FEATURE_TOLERANCE


def test_the_swiglu_feed_forward_of_vit_g_is_the_official_formula() -> None:
    # ViT-g/14's block structure at a small width and depth: w12 -> silu(first half) * second half -> w3
    small = VitSize("ViT-g/14-like", 128, 2, swiglu=True)
    weights = random_weights(small, seed=3)
    assert weights.tensors["blocks.0.mlp.w12.weight"].shape == (2 * 344, 128)
    batch = np.random.default_rng(1).standard_normal((2, 3, 28, 28)).astype(np.float32)
    expected = numpy_forward(weights, batch.astype(np.float64), position_embeddings(weights.tensors["pos_embed"], 2, 2))
    assert float(np.abs(features(session_for(weights, 28), batch) - expected).max()) < 1e-5


def test_vit_g_hidden_width_follows_the_official_rounding() -> None:
    assert SIZES[1536].hidden == 4096 and SIZES[1536].heads == 24 and SIZES[1536].depth == 40


def _check_shapes(model: onnx.ModelProto, width: int) -> None:
    (graph_input,), (graph_output,) = model.graph.input, model.graph.output
    dims = [d.dim_param or d.dim_value for d in graph_input.type.tensor_type.shape.dim]
    assert graph_input.name == INPUT_NAME and dims == ["batch", 3, 224, 224]
    dims = [d.dim_param or d.dim_value for d in graph_output.type.tensor_type.shape.dim]
    assert graph_output.name == OUTPUT_NAME and dims == ["batch", width]
    assert model.ir_version <= 13


@pytest.mark.parametrize(("width", "depth", "heads"), [(768, 12, 12), (1024, 24, 16)])
def test_vit_b_and_vit_l_graphs_build_and_run(width: int, depth: int, heads: int, tmp_path) -> None:
    """Each size's own width, heads and feed-forward, in two of its blocks: the blocks are one loop, so the other
    10 or 22 repeat the same nodes (a full ViT-L of random weights took 16 s and 1.2 GB to build and run)."""
    import onnxruntime

    size = SIZES[width]
    assert (size.depth, size.heads, size.hidden) == (depth, heads, 4 * width)
    layout = expected_layout(size)  # the full size's tensors, as a real file must hold them
    assert f"blocks.{depth - 1}.mlp.fc2.weight" in layout and f"blocks.{depth}.norm1.weight" not in layout
    two_blocks = dataclasses.replace(size, depth=2)
    model = build_dinov2_onnx(random_weights(two_blocks, seed=width))
    _check_shapes(model, width)
    assert {p.key: p.value for p in model.metadata_props}["fidgui.dinov2_size"] == size.name
    path = tmp_path / "model.onnx"
    path.write_bytes(model.SerializeToString())  # through a file, as a run loads it
    del model
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 2
    session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    out = features(session, reference()["large/dgm_eval_input4"][None])
    assert out.shape == (1, width) and np.isfinite(out).all() and float(np.abs(out).max()) > 0.1


def test_the_fixture_graph_passes_the_onnx_checker() -> None:
    model = build_dinov2_onnx(fixture_weights())
    onnx.checker.check_model(model)
    _check_shapes(model, 384)
    props = {p.key: p.value for p in model.metadata_props}
    assert props["fidgui.dinov2_size"] == "ViT-S/14" and props["fidgui.standard"] == "false"
