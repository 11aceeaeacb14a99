"""Reading FID weights without PyTorch: the right tensors, the right hash, and never running a file's code."""

from __future__ import annotations

import collections
import io
import os
import pickle
import pickletools
import struct
import sys
import types
import zipfile
from pathlib import Path

import numpy as np
import pytest

from conftest import IMAGES, RANDOM_WEIGHTS, TRUNCATED_WEIGHTS
from fidgui.core.base.errors import WeightsError
from fidgui.messages.render import render
from fidgui.core.encoders.inception.weights import (
    STANDARD_WEIGHTS_SIZE,
    expected_layout,
    load_fid_weights,
)
from fidgui.core.encoders.torch_reader import LEGACY_MAGIC, LEGACY_PROTOCOL, read_state_dict

RANDOM_WEIGHTS_SHA256 = "1e53caa1ee0b04c35f5822cdf4f9420d1e884f96fe765b1e4ae48b4b00a0c655"  # fixtures README


@pytest.fixture(scope="module")
def random_weights():
    return load_fid_weights(RANDOM_WEIGHTS)


def test_random_weights_hold_the_whole_fid_inception_layout(random_weights) -> None:
    layout = expected_layout()
    assert len(layout) == 566
    assert sum(name.endswith("num_batches_tracked") for name in layout) == 94
    assert {name: array.shape for name, array in random_weights.tensors.items()} == layout
    for name, array in random_weights.tensors.items():
        assert array.dtype == (np.int64 if name.endswith("num_batches_tracked") else np.float32), name
        assert array.flags.c_contiguous
    assert random_weights.sha256 == RANDOM_WEIGHTS_SHA256
    assert random_weights.is_standard is False


def test_progress_reports_bytes_up_to_the_file_size() -> None:
    reports: list[tuple[int, int]] = []
    read_state_dict(RANDOM_WEIGHTS, progress=lambda done, total: reports.append((done, total)))
    size = RANDOM_WEIGHTS.stat().st_size
    assert len(reports) > 10
    assert reports[-1] == (size, size)
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


def test_truncated_real_weights_are_refused_as_incomplete() -> None:
    with pytest.raises(WeightsError) as refused:
        load_fid_weights(TRUNCATED_WEIGHTS)
    assert "incomplete" in render(refused.value)
    # The header declares exactly the standard file's length; the message says how much is there and should be.
    assert f"{STANDARD_WEIGHTS_SIZE / 1e6:.1f} MB" in render(refused.value)
    assert "Download it again" in render(refused.value)


def test_file_cut_inside_its_header_is_refused_as_incomplete(tmp_path: Path) -> None:
    cut = tmp_path / "cut.pth"
    cut.write_bytes(TRUNCATED_WEIGHTS.read_bytes()[:40_000])
    with pytest.raises(WeightsError) as refused:
        load_fid_weights(cut)
    assert "incomplete" in render(refused.value)


@pytest.mark.parametrize("source", [IMAGES / "small_a" / sorted(os.listdir(IMAGES / "small_a"))[0], None])
def test_files_that_are_not_torch_files_are_refused(tmp_path: Path, source: Path | None) -> None:
    path = tmp_path / "weights.pth"
    path.write_bytes(source.read_bytes() if source else "not weights at all\n".encode())
    with pytest.raises(WeightsError) as refused:
        load_fid_weights(path)
    assert "not a PyTorch weights file" in render(refused.value)


def test_missing_file_is_reported_as_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(WeightsError) as refused:
        load_fid_weights(tmp_path / "nowhere.pth")
    assert "could not be read" in render(refused.value)


class _Payload:
    """Pickles as a call to os.system: what a malicious weights file would contain."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def _legacy_file(path: Path, state: object, storages: dict[str, np.ndarray]) -> None:
    """Write ``state`` the way torch.save(..., _use_new_zipfile_serialization=False) does."""
    with open(path, "wb") as stream:
        for header in (LEGACY_MAGIC, LEGACY_PROTOCOL, {"protocol_version": 1001, "little_endian": True}):
            pickle.dump(header, stream, protocol=2)
        _StoragePickler(stream, protocol=2).dump(state)
        pickle.dump(list(storages), stream, protocol=2)
        for array in storages.values():
            stream.write(struct.pack("<q", array.size) + array.tobytes())


def test_pickle_that_would_run_code_is_refused_without_running(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    for place in ("first pickle", "state dict"):
        path = tmp_path / f"{place}.pth"
        if place == "first pickle":
            path.write_bytes(pickle.dumps(_Payload(marker), protocol=2))
        else:
            _legacy_file(path, {"fc.bias": _Payload(marker)}, {})
        with pytest.raises(WeightsError) as refused:
            load_fid_weights(path)
        assert "run code" in render(refused.value)
        assert "posix.system" in render(refused.value) or "os.system" in render(refused.value)
        assert not marker.exists()


# A stand-in for the few torch names a state dict pickle refers to, so tests can write
# weights files (with offsets and strides torch itself would produce) without torch.
@pytest.fixture()
def fake_torch(monkeypatch: pytest.MonkeyPatch) -> types.SimpleNamespace:
    torch = types.ModuleType("torch")
    utils = types.ModuleType("torch._utils")

    def _rebuild_tensor_v2(*args):
        raise AssertionError("never called while writing")

    _rebuild_tensor_v2.__module__, _rebuild_tensor_v2.__qualname__ = "torch._utils", "_rebuild_tensor_v2"
    utils._rebuild_tensor_v2 = _rebuild_tensor_v2
    storage_types = {}
    for name in ("FloatStorage", "LongStorage"):
        storage_types[name] = type(name, (), {"__module__": "torch"})
        setattr(torch, name, storage_types[name])
    torch._utils = utils
    monkeypatch.setitem(sys.modules, "torch", torch)
    monkeypatch.setitem(sys.modules, "torch._utils", utils)
    return types.SimpleNamespace(rebuild=_rebuild_tensor_v2, storage_types=storage_types)


class _Storage:
    def __init__(self, key: str, storage_type: type, array: np.ndarray) -> None:
        self.key, self.storage_type, self.array = key, storage_type, array


class _Tensor:
    def __init__(self, rebuild, storage: _Storage, offset: int, shape: tuple, stride: tuple) -> None:
        self.args = (rebuild, (storage, offset, shape, stride, False, collections.OrderedDict()))

    def __reduce__(self):
        return self.args


class _StoragePickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, _Storage):
            return ("storage", obj.storage_type, obj.key, "cpu", obj.array.size, None)
        return None


def test_offsets_and_strides_are_respected(tmp_path: Path, fake_torch) -> None:
    storage = _Storage("7", fake_torch.storage_types["FloatStorage"], np.arange(20, dtype=np.float32))
    counter = _Storage("8", fake_torch.storage_types["LongStorage"], np.array([5], dtype=np.int64))
    state = {
        "transposed": _Tensor(fake_torch.rebuild, storage, 0, (4, 5), (1, 4)),  # like the real fc.weight
        "offset": _Tensor(fake_torch.rebuild, storage, 3, (2, 2), (5, 1)),
        "scalar": _Tensor(fake_torch.rebuild, counter, 0, (), ()),
    }
    path = tmp_path / "tiny.pth"
    _legacy_file(path, state, {"7": storage.array, "8": counter.array})
    tensors = read_state_dict(path).tensors
    np.testing.assert_array_equal(tensors["transposed"], np.arange(20, dtype=np.float32).reshape(5, 4).T)
    np.testing.assert_array_equal(tensors["offset"], np.array([[3, 4], [8, 9]], dtype=np.float32))
    assert tensors["scalar"].shape == () and tensors["scalar"] == 5


def test_tensor_reaching_past_its_storage_is_refused(tmp_path: Path, fake_torch) -> None:
    storage = _Storage("1", fake_torch.storage_types["FloatStorage"], np.zeros(4, dtype=np.float32))
    path = tmp_path / "overrun.pth"
    _legacy_file(path, {"w": _Tensor(fake_torch.rebuild, storage, 2, (3,), (1,))}, {"1": storage.array})
    with pytest.raises(WeightsError) as refused:
        read_state_dict(path)
    assert "damaged" in render(refused.value)


def _legacy_sections(content: bytes) -> tuple[bytes, dict[str, bytes]]:
    """The state dict pickle and each storage's bytes of our fixture, found by parsing (never loading) its pickles."""
    stream = io.BytesIO(content)
    for _ in range(3):  # magic, protocol, system info
        for _ in pickletools.genops(stream):
            pass
    start = stream.tell()
    for _ in pickletools.genops(stream):
        pass
    state = content[start:stream.tell()]
    keys = pickle.load(stream)  # a plain list of strings in our own fixture
    storages = {}
    for key in keys:
        (count,) = struct.unpack("<q", stream.read(8))
        itemsize = 8 if count == 1 else 4  # in this layout only num_batches_tracked (int64) has one element
        storages[key] = stream.read(count * itemsize)
    assert stream.tell() == len(content)
    return state, storages


def test_zip_format_reads_the_same_tensors(tmp_path: Path, random_weights) -> None:
    state, storages = _legacy_sections(RANDOM_WEIGHTS.read_bytes())
    path = tmp_path / "zipped.pth"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("archive/data.pkl", state)
        archive.writestr("archive/byteorder", "little")
        for key, data in storages.items():
            archive.writestr(f"archive/data/{key}", data)
    loaded = load_fid_weights(path)
    assert loaded.tensors.keys() == random_weights.tensors.keys()
    for name, array in random_weights.tensors.items():
        np.testing.assert_array_equal(loaded.tensors[name], array)
    assert loaded.is_standard is False


def test_wrong_layout_is_refused_naming_the_tensors(tmp_path: Path) -> None:
    content = RANDOM_WEIGHTS.read_bytes()
    assert content.count(b"fc.bias") == 1
    renamed = tmp_path / "renamed.pth"
    renamed.write_bytes(content.replace(b"fc.bias", b"fc.bixs"))  # same length: the pickle stays valid
    with pytest.raises(WeightsError) as refused:
        load_fid_weights(renamed)
    assert "does not hold the FID Inception network" in render(refused.value)
    assert "fc.bias" in render(refused.value) and "fc.bixs" in render(refused.value)
