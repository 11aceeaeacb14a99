"""The restricted safetensors reader: real files read exactly, hostile ones refused with the code that names the fault.

Every hostile file is written by the test itself (a header and data laid out by hand), so each
refusal is tied to one broken claim of the header.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

from conftest import FIXTURES
from fidgui.core.base.errors import FidguiError, WeightsError
from fidgui.core.encoders.clip.safetensors import MAX_HEADER_BYTES, parse_header, read_safetensors
from fidgui.messages.render import render

REDUCED = FIXTURES / "encoders" / "clip_vit_l14_336_reduced" / "model.safetensors"


def _write(path: Path, header: dict, data: bytes, length: int | None = None) -> Path:
    raw = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(raw) if length is None else length) + raw + data)
    return path


def _header(tensors: dict[str, np.ndarray], dtypes: dict[str, str] | None = None) -> tuple[dict, bytes]:
    """A well-formed header and data for these arrays, in order (the test then breaks one claim)."""
    header: dict = {"__metadata__": {"format": "pt"}}
    data, position = b"", 0
    for name, array in tensors.items():
        blob = array.tobytes()
        header[name] = {"dtype": (dtypes or {}).get(name, "F32"), "shape": list(array.shape),
                        "data_offsets": [position, position + len(blob)]}
        data += blob
        position += len(blob)
    return header, data


def _refusal(path: Path) -> WeightsError:
    with pytest.raises(WeightsError) as caught:
        read_safetensors(path, lambda name: True)
    render(caught.value.message)  # every refusal words itself without a missing parameter
    return caught.value


def _problem(path: Path) -> str:
    error = _refusal(path)
    assert error.code == "weights_damaged", error.code
    return error.params["problem"].code


def test_the_fixture_file_reads_exactly_with_its_hash() -> None:
    read = read_safetensors(REDUCED, lambda name: True)
    assert len(read.tensors) == 40 and all(a.dtype == np.float32 for a in read.tensors.values())
    assert read.tensors["visual_projection.weight"].shape == (32, 64)
    assert read.sha256 == "fdf51ba3296661f0e5a78e6485f7e6bcdf9daf48bb22c8edbe7d6d03c447151e"
    # The header's own bytes, read independently, agree with what the reader returned.
    raw = REDUCED.read_bytes()
    (length,) = struct.unpack("<Q", raw[:8])
    entry = json.loads(raw[8:8 + length])["vision_model.pre_layrnorm.bias"]
    begin, end = (8 + length + offset for offset in entry["data_offsets"])
    np.testing.assert_array_equal(read.tensors["vision_model.pre_layrnorm.bias"], np.frombuffer(raw[begin:end], "<f4"))


def test_half_and_bfloat16_tensors_become_float32_and_unwanted_ones_are_skipped(tmp_path: Path) -> None:
    values = np.array([1.5, -2.25, 3.0e-3, 65504.0], np.float32)
    bf16 = (values.view(np.uint32) >> 16).astype("<u2")  # bfloat16: the float32's upper half
    header, data = _header({"half": values.astype("<f2"), "brain": bf16, "ids": np.arange(3, dtype="<i8")},
                           {"half": "F16", "brain": "BF16", "ids": "I64"})
    read = read_safetensors(_write(tmp_path / "m.safetensors", header, data), lambda name: name != "ids")
    np.testing.assert_array_equal(read.tensors["half"], values.astype(np.float16).astype(np.float32))
    np.testing.assert_array_equal(read.tensors["brain"], (bf16.astype(np.uint32) << 16).view(np.float32))
    assert set(read.tensors) == {"half", "brain"} and read.entries["ids"].dtype == "I64"


def test_a_file_shorter_than_its_length_field_is_incomplete(tmp_path: Path) -> None:
    path = tmp_path / "cut.safetensors"
    path.write_bytes(b"\x10\x00\x00")
    assert _refusal(path).code == "weights_incomplete"


def test_a_cut_off_file_is_refused_before_any_tensor_is_read(tmp_path: Path) -> None:
    cut = tmp_path / "cut.safetensors"
    cut.write_bytes(REDUCED.read_bytes()[:400_000])
    assert _problem(cut) == "safetensors_problem_outside"


def test_a_header_longer_than_the_limit_or_the_file_is_refused_unread(tmp_path: Path) -> None:
    header, data = _header({"a": np.ones(2, np.float32)})
    assert _problem(_write(tmp_path / "huge.safetensors", header, data, length=MAX_HEADER_BYTES + 1)) == \
        "weights_problem_header_too_long"
    assert _problem(_write(tmp_path / "beyond.safetensors", header, data, length=10_000)) == \
        "weights_problem_beyond_file"


def test_a_header_that_is_not_json_or_describes_a_tensor_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "text.safetensors"
    path.write_bytes(struct.pack("<Q", 5) + b"hello")
    assert _problem(path) == "safetensors_problem_header_json"
    twice = b'{"a": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}, ' \
            b'"a": {"dtype": "F32", "shape": [1], "data_offsets": [4, 8]}}'
    path.write_bytes(struct.pack("<Q", len(twice)) + twice + bytes(8))
    assert _problem(path) == "safetensors_problem_duplicate"


@pytest.mark.parametrize("change, code", [
    (lambda h: h["b"].update(data_offsets=[4, 12]), "safetensors_problem_overlap"),
    (lambda h: h["b"].update(data_offsets=[12, 20]), "safetensors_problem_outside"),
    (lambda h: h["a"].update(shape=[1], data_offsets=[0, 4]), "safetensors_problem_gap"),
    (lambda h: h["b"].update(shape=[3]), "safetensors_problem_span"),
    (lambda h: h["b"].update(dtype="F33"), "safetensors_problem_dtype"),
    (lambda h: h["b"].update(data_offsets=[8, 4]), "safetensors_problem_entry"),
    (lambda h: h["b"].update(shape=[-2]), "safetensors_problem_entry"),
    (lambda h: h["b"].update(code="print('hi')"), "safetensors_problem_entry"),
    (lambda h: h.update(__metadata__={"format": 1}), "safetensors_problem_entry"),
])
def test_each_broken_claim_of_the_header_is_refused_with_its_own_code(tmp_path: Path, change, code: str) -> None:
    header, data = _header({"a": np.ones(2, np.float32), "b": np.ones(2, np.float32)})  # a: [0, 8), b: [8, 16)
    change(header)
    assert _problem(_write(tmp_path / "bad.safetensors", header, data)) == code


def test_bytes_after_the_last_tensor_are_refused(tmp_path: Path) -> None:
    header, data = _header({"a": np.ones(2, np.float32)})
    assert _problem(_write(tmp_path / "tail.safetensors", header, data + b"\x00" * 7)) == "safetensors_problem_trailing"


def test_a_wanted_tensor_that_is_not_floating_point_is_refused(tmp_path: Path) -> None:
    header, data = _header({"ids": np.arange(2, dtype="<i4")}, {"ids": "I32"})
    assert _problem(_write(tmp_path / "ints.safetensors", header, data)) == "safetensors_problem_dtype"


def test_the_layout_check_sees_the_header_before_any_data_is_read(tmp_path: Path) -> None:
    header, data = _header({"a": np.ones(2, np.float32)})
    path = _write(tmp_path / "ok.safetensors", header, data)

    def refuse(entries) -> None:  # type: ignore[no-untyped-def]
        assert set(entries) == {"a"} and entries["a"].shape == (2,)
        raise FidguiError("cancelled")

    with pytest.raises(FidguiError) as caught:
        read_safetensors(path, lambda name: True, refuse)
    assert caught.value.code == "cancelled"


def test_parse_header_proves_the_tensors_tile_the_data_exactly() -> None:
    header = json.dumps({"x": {"dtype": "BF16", "shape": [2, 3], "data_offsets": [0, 12]},
                         "y": {"dtype": "U8", "shape": [], "data_offsets": [12, 13]}}).encode()
    entries = parse_header(header, 13)
    assert entries["x"].shape == (2, 3) and entries["y"].shape == () and entries["y"].end == 13


def test_an_unreadable_path_is_said_in_a_sentence(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "absent.safetensors").code == "weights_unreadable"
