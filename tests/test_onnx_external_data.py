"""DINOv2 and CLIP graphs beyond protobuf's 2 GB are saved with ONNX external data and give the same features.

ViT-g/14 cannot be tested at its size here, so the threshold is forced down on the fixtures'
small networks: the same code path writes the data file, and onnxruntime, opened on the path,
must find it and compute exactly what the in-memory graph computes.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import onnxruntime
import pytest

from conftest import FIXTURES
from dinov2_support import fixture_weights
from fidgui.core.encoders.clip import graph as clip_graph
from fidgui.core.encoders.clip.weights import load_clip_weights
from fidgui.core.encoders.dinov2 import graph as dinov2_graph
from fidgui.core.encoders.onnx_files import EXTERNAL_DATA_THRESHOLD, data_files

CLIP_FOLDER = FIXTURES / "encoders" / "clip_vit_l14_336_reduced"


def _session(model: bytes | str) -> onnxruntime.InferenceSession:
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 2
    return onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])


def _dinov2() -> tuple[onnx.ModelProto, int]:
    return dinov2_graph.build_dinov2_onnx(fixture_weights()), 224


def _clip() -> tuple[onnx.ModelProto, int]:
    weights = load_clip_weights(CLIP_FOLDER)
    return clip_graph.build_clip_onnx(weights), weights.config.image_size


@pytest.mark.parametrize("build, module", [(_dinov2, dinov2_graph), (_clip, clip_graph)], ids=["dinov2", "clip"])
def test_a_graph_over_the_threshold_is_saved_with_external_data_and_runs_the_same(build, module,
                                                                                  tmp_path: Path) -> None:
    model, size = build()
    images = np.random.default_rng(0).standard_normal((2, 3, size, size)).astype(np.float32)
    in_memory = _session(model.SerializeToString()).run(None, {"images": images})
    path = tmp_path / "model.onnx"
    written = module.save_model(model, path, threshold=100_000)
    assert written[0] == path and len(written) == 2 and written[1].stat().st_size > 100_000
    assert path.stat().st_size < 100_000  # the graph alone: every large weight is in the data file
    from_path = _session(str(path)).run(None, {"images": images})
    for expected, got in zip(in_memory, from_path):
        np.testing.assert_array_equal(got, expected)
    reloaded = module.load_model(path)  # onnx reads the data back: the model is whole again, metadata kept
    assert {p.key for p in reloaded.metadata_props} >= {"fidgui.weights_sha256", "fidgui.format"}
    np.testing.assert_array_equal(_session(reloaded.SerializeToString()).run(None, {"images": images})[0],
                                  in_memory[0])


def test_a_graph_under_the_threshold_is_one_file_and_a_resave_leaves_no_stale_data(tmp_path: Path) -> None:
    model, _ = _clip()
    path = tmp_path / "clip.onnx"
    clip_graph.save_model(model, path, threshold=1000)
    first = data_files(path)
    assert len(first) == 1
    clip_graph.save_model(_clip()[0], path, threshold=1000)  # a second external save replaces the first's data
    second = data_files(path)
    assert len(second) == 1 and second != first
    assert clip_graph.save_model(_clip()[0], path) == [path]  # the default threshold: one file, old data removed
    assert data_files(path) == [] and EXTERNAL_DATA_THRESHOLD < 2**31
    onnx.checker.check_model(str(path))
