"""The network digest taken from a model file's bytes: the same digest as serialising the graph, without the wait.

Before, every first check of a model serialised its 95 MB graph again to hash it, holding the GIL for 0.27 s:
the window stopped painting that long (README, "Speed").
"""

from __future__ import annotations

from pathlib import Path

import onnx
import pytest
from onnx import numpy_helper

from fidgui.core.encoders.inception import file_digest
from fidgui.core.encoders.inception.file_digest import network_digest_of_file
from fidgui.core.encoders.inception.graph import META_NETWORK_SHA256, network_digest


def _recorded(model: onnx.ModelProto) -> str:
    return {prop.key: prop.value for prop in model.metadata_props}[META_NETWORK_SHA256]


def _no_slow_path(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_model: onnx.ModelProto) -> str:
        raise AssertionError("the graph was serialised again")

    monkeypatch.setattr(file_digest, "network_digest", refuse)


def test_a_converted_model_gives_its_recorded_digest_from_its_bytes(
        fixture_onnx: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = fixture_onnx.read_bytes()
    model = onnx.load_from_string(content)
    recorded = _recorded(model)
    assert network_digest(model) == recorded  # what the converter recorded is the canonical digest
    _no_slow_path(monkeypatch)
    assert network_digest_of_file(content, model, recorded) == recorded


def test_an_edited_network_is_hashed_the_canonical_way_and_no_longer_matches(fixture_onnx: Path) -> None:
    model = onnx.load(str(fixture_onnx))
    recorded = _recorded(model)
    weight = model.graph.initializer[0]
    values = numpy_helper.to_array(weight).copy()
    values.flat[0] += 1
    weight.CopyFrom(numpy_helper.from_array(values, weight.name))
    content = model.SerializeToString()
    edited = onnx.load_from_string(content)
    assert network_digest_of_file(content, edited, recorded) == network_digest(edited) != recorded


def test_a_second_graph_field_is_never_trusted(fixture_onnx: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A parser merges a repeated graph field into the first: the bytes of one field are then not the network."""
    content = fixture_onnx.read_bytes()
    recorded = _recorded(onnx.load_from_string(content))
    extra = onnx.ModelProto()
    extra.graph.name = "appended"
    doubled = content + extra.SerializeToString()
    merged = onnx.load_from_string(doubled)
    assert merged.graph.name == "appended"  # the appended field did change the parsed network
    calls: list[str] = []
    monkeypatch.setattr(file_digest, "network_digest", lambda model: calls.append("slow") or network_digest(model))
    assert network_digest_of_file(doubled, merged, recorded) != recorded
    assert calls == ["slow"]


@pytest.mark.parametrize("content", [b"", b"\x3a\xff", b"\x38" + b"\xff" * 11, b"\x3b\x00"])
def test_odd_layouts_take_the_slow_way(content: bytes, fixture_onnx: Path) -> None:
    """No graph field, a length past the end, a varint longer than ten bytes, a group: all hashed canonically."""
    model = onnx.load(str(fixture_onnx))
    assert file_digest._only_graph_field(content) is None
    assert network_digest_of_file(content, model, _recorded(model)) == network_digest(model)


def test_a_claim_without_the_matching_bytes_is_hashed_the_slow_way(fixture_onnx: Path) -> None:
    content = fixture_onnx.read_bytes()
    model = onnx.load_from_string(content)
    assert network_digest_of_file(content, model, "0" * 64) == _recorded(model)
    assert network_digest_of_file(content, model, None) == _recorded(model)
