"""The ONNX graph: what it is made of, what it promises, and that onnxruntime runs it the same for any batch size."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import onnx
import pytest
from PIL import Image

from conftest import IMAGES, RANDOM_WEIGHTS
from fidgui.messages.render import render
from fidgui.core.base.errors import ModelError
from fidgui.core.encoders.inception.graph import (
    META_FORMAT,
    META_STANDARD,
    META_WEIGHTS_SHA256,
    build_inception_onnx,
    save_model_atomically,
    validate_onnx_model,
)
from fidgui.core.encoders.inception.weights import load_fid_weights
from fidgui.core.encoders.session import InceptionSession
from fidgui.core.encoders.inception import INCEPTION
from fidgui.core.images.preprocess import preprocess


@pytest.fixture(scope="module")
def weights():
    return load_fid_weights(RANDOM_WEIGHTS)


@pytest.fixture(scope="module")
def model(weights) -> onnx.ModelProto:
    return build_inception_onnx(weights)


@pytest.fixture(scope="module")
def model_path(model, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("model") / "fid_inception.onnx"
    save_model_atomically(model, path)
    return path


@pytest.fixture(scope="module")
def session(model_path: Path) -> InceptionSession:
    return InceptionSession(model_path, device="cpu", threads=2)


@pytest.fixture(scope="module")
def images() -> np.ndarray:
    files = sorted((IMAGES / "small_a").iterdir())[:5]
    size = INCEPTION.input_size
    return np.stack([preprocess(np.asarray(Image.open(f).convert("RGB")), "pytorch-fid", size) for f in files])


def test_graph_is_the_fid_inception_network(model: onnx.ModelProto) -> None:
    ops = Counter(node.op_type for node in model.graph.node)
    assert ops["Conv"] == 94 and ops["Relu"] == 94
    assert ops["BatchNormalization"] == 0  # folded into the convolutions
    pools = {node.name: node for node in model.graph.node if node.op_type in ("AveragePool", "MaxPool")}
    averages = [node for node in pools.values() if node.op_type == "AveragePool"]
    assert len(averages) == 3 + 4 + 1  # blocks A, C and the first E
    for node in averages:
        assert onnx.helper.get_attribute_value(next(a for a in node.attribute if a.name == "count_include_pad")) == 0
    assert pools["Mixed_7c.max_pool"].op_type == "MaxPool"
    assert "Mixed_7b.avg_pool" in pools


def test_model_declares_versions_onnxruntime_reads_and_its_weights(model: onnx.ModelProto, weights) -> None:
    assert model.ir_version <= 13
    assert model.opset_import[0].version <= 21
    metadata = {prop.key: prop.value for prop in model.metadata_props}
    assert metadata[META_WEIGHTS_SHA256] == weights.sha256
    assert metadata[META_STANDARD] == "false"
    assert metadata[META_FORMAT]
    input_dims = model.graph.input[0].type.tensor_type.shape.dim
    assert input_dims[0].dim_param and [d.dim_value for d in input_dims[1:]] == [3, 299, 299]


def test_saved_model_validates_and_leaves_no_temporary_file(model_path: Path, weights) -> None:
    info = validate_onnx_model(model_path)
    assert info.weights_sha256 == weights.sha256
    assert info.is_standard is False
    assert len(info.sha256) == 64 and info.sha256 != weights.sha256
    assert sorted(p.name for p in model_path.parent.iterdir()) == [model_path.name]


def test_foreign_model_without_our_metadata_is_identified_by_its_own_hash(model, tmp_path: Path) -> None:
    foreign = onnx.ModelProto()
    foreign.CopyFrom(model)
    del foreign.metadata_props[:]
    path = tmp_path / "foreign.onnx"
    save_model_atomically(foreign, path)
    info = validate_onnx_model(path)
    assert info.weights_sha256 == info.sha256
    assert info.is_standard is False


def test_model_with_other_outputs_is_refused(model, tmp_path: Path) -> None:
    other = onnx.ModelProto()
    other.CopyFrom(model)
    kept = [value for value in other.graph.output if value.name != "logits"]
    del other.graph.output[:]
    other.graph.output.extend(kept)  # drop 'logits'
    path = tmp_path / "other.onnx"
    save_model_atomically(other, path)
    with pytest.raises(ModelError) as refused:
        validate_onnx_model(path)
    assert "output 'logits'" in render(refused.value)


def test_file_that_is_not_onnx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.onnx"
    path.write_bytes(b"\x00garbage" * 100)
    with pytest.raises(ModelError) as refused:
        validate_onnx_model(path)
    assert "damaged or is not an ONNX model" in render(refused.value)
    with pytest.raises(ModelError) as refused:
        validate_onnx_model(tmp_path / "missing.onnx")
    assert "could not be read" in render(refused.value)


def test_session_outputs_and_batch_independence(session: InceptionSession, images: np.ndarray, weights) -> None:
    together = session.run(images)
    assert {name: (out.shape, out.dtype) for name, out in together.items()} == {
        "pool3": ((5, 2048), np.float32),
        "logits_unbiased": ((5, 1008), np.float32),
        "logits": ((5, 1008), np.float32),
    }
    for index in range(len(images)):
        alone = session.run(images[index:index + 1])
        for name, out in together.items():
            np.testing.assert_allclose(alone[name][0], out[index], rtol=0, atol=1e-5)
    np.testing.assert_allclose(together["logits"], together["logits_unbiased"] + weights.tensors["fc.bias"], atol=1e-5)


def test_cpu_session_describes_itself(session: InceptionSession) -> None:
    assert session.device == "cpu"
    assert session.device_description == "CPU (2 threads)"
    assert session.fallback_reason is None


def test_cuda_is_used_when_it_works_and_refused_plainly_when_it_does_not(model_path: Path) -> None:
    automatic = InceptionSession(model_path, device="auto")
    if automatic.device == "cuda":
        assert automatic.fallback_reason is None
        assert InceptionSession(model_path, device="cuda").device == "cuda"
    else:
        assert automatic.fallback_reason is not None and render(automatic.fallback_reason).endswith(".")
        with pytest.raises(ModelError) as refused:
            InceptionSession(model_path, device="cuda")
        assert "GPU cannot be used" in render(refused.value)
