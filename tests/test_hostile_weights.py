"""Crafted weights files, as a careful attacker would write them: refused in one sentence, memory bounded, nothing run.

Each file is built in a temporary folder by ``hostile_files`` (opcode by opcode) and
imported the way a user would, through ``fidgui-cli model import`` in a child
process: a crash shows as a signal, a traceback as text on stderr, and the child's
own ``getrusage`` peak as its memory. Before this reader, these files segfaulted the
process, copied heap bytes into a tensor, allocated 1.6-8 GB, or ended in
``MemoryError``, ``OverflowError``, ``TypeError``, ``AttributeError`` tracebacks.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

from conftest import RANDOM_WEIGHTS, TRUNCATED_WEIGHTS
from fidgui.core.base.errors import WeightsError
from fidgui.core.encoders import model_store
from fidgui.core.encoders.inception.weights import load_fid_weights
from fidgui.core.encoders.torch_reader import read_state_dict
from fidgui.messages.render import render
from hostile_runner import run_child
from hostile_files import ATTACKS, Crafted, Tensor, floats, metadata_build, one_tensor, zip_bomb, zip_deflate_bomb

MEMORY_BOUND = 200 << 20
"""Peak resident memory allowed to a child refusing any crafted file. Measured: 83 MB for every file here (the
CLI with numpy and onnx loaded, started from a small sh: see hostile_runner); before the fix the stride-0 files
reached 1.65 GB and 2.2 GB."""

EXPECTED = {  # attack -> (code, nested problem code or None), as the Inception import words it
    "build_rewrites_stride": ("weights_tampered", None),
    "build_reads_heap": ("weights_tampered", None),
    "build_rewrites_storage_dtype": ("weights_tampered", None),
    "build_on_rebuild_function": ("weights_tampered", None),
    "stride_zero_huge_shape": ("weights_wrong_layout", None),
    "binbytes8_2_40": ("weights_damaged", "weights_problem_beyond_file"),
    "frame_2_40": ("weights_damaged", "weights_problem_beyond_file"),
    "memo_index_2_32": ("weights_damaged", "weights_problem_beyond_file"),
    "numel_10_400": ("weights_wrong_layout", None),
    "stride_2_70": ("weights_wrong_layout", None),
    "offset_negative": ("weights_wrong_layout", None),
    "stride_negative": ("weights_wrong_layout", None),
    "bool_in_shape": ("weights_wrong_layout", None),
    "array_too_big": ("weights_wrong_layout", None),
    "storage_numel_10_400": ("weights_wrong_layout", None),
    "header_too_long": ("weights_damaged", "weights_problem_header_too_long"),
}

GENERIC = {  # the same files read with no architecture to compare against: the reader's own bounds
    "build_reads_heap": "weights_tampered",
    "stride_zero_huge_shape": "weights_problem_too_much_memory",
    "numel_10_400": "weights_problem_too_much_memory",
    "array_too_big": "weights_problem_too_much_memory",
    "offset_negative": "weights_problem_bad_record",
    "stride_negative": "weights_problem_bad_record",
    "bool_in_shape": "weights_problem_bad_record",
    "storage_numel_10_400": "weights_problem_beyond_file",
    "zip_deflate_bomb": "weights_problem_beyond_file",
}


def _crafted(tmp_path: Path, name: str) -> Path:
    if name == "zip_bomb":
        return zip_bomb(tmp_path / "zip_bomb.pth")
    if name == "zip_deflate_bomb":
        return zip_deflate_bomb(tmp_path / "zip_deflate_bomb.pth", 25 << 20)  # 100 MB inflated
    return ATTACKS[name].write_legacy(tmp_path / f"{name}.pth")


def _import_in_child(path: Path, tmp_path: Path, *, module: bool = False) -> tuple[subprocess.CompletedProcess, int]:
    return run_child(tmp_path / "rss", "model", "import", str(path), module=module)


@pytest.mark.parametrize("name", [*ATTACKS, "zip_bomb"])
def test_crafted_file_is_refused_by_the_cli_in_one_sentence_with_bounded_memory(name: str, tmp_path: Path) -> None:
    path = _crafted(tmp_path, name)
    done, peak = _import_in_child(path, tmp_path)
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])  # a signal would be negative
    errors = [line for line in done.stderr.splitlines() if not line.startswith("Reading and checking")]  # progress
    assert len(errors) == 1 and errors[0].startswith("fidgui-cli: ") and "Traceback" not in done.stderr, done.stderr
    assert path.name in errors[0]
    assert 0 < peak < MEMORY_BOUND, f"{name}: {peak / 1e6:.0f} MB"
    assert not model_store.user_model_path().exists()


def test_the_installed_command_refuses_the_segfaulting_file_too(tmp_path: Path) -> None:
    done, _ = _import_in_child(_crafted(tmp_path, "build_rewrites_stride"), tmp_path, module=True)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("fidgui-cli: ")


@pytest.mark.parametrize("name", [*ATTACKS, "zip_bomb"])
def test_crafted_file_is_refused_with_its_own_code(name: str, tmp_path: Path) -> None:
    code, problem = EXPECTED.get(name, ("weights_wrong_layout", None))
    with pytest.raises(WeightsError) as refused:
        load_fid_weights(_crafted(tmp_path, name))
    assert refused.value.code == code
    if problem:
        assert refused.value.params["problem"].code == problem
    sentence = render(refused.value)
    assert str(tmp_path) in sentence and sentence.endswith(".") and "{" not in sentence


@pytest.mark.parametrize("name", sorted(GENERIC))
def test_without_an_architecture_the_reader_still_bounds_and_checks_every_view(name: str, tmp_path: Path) -> None:
    with pytest.raises(WeightsError) as refused:
        read_state_dict(_crafted(tmp_path, name))
    error = refused.value
    assert GENERIC[name] in (error.code, getattr(error.params.get("problem"), "code", None))
    if GENERIC[name] == "weights_problem_bad_record":
        assert "fc.bias" in render(error)  # the sentence names the tensor


def test_heap_bytes_never_reach_a_tensor(tmp_path: Path) -> None:
    """Stride -1 from offset 0 once returned the three floats before the storage: now the file is refused."""
    with pytest.raises(WeightsError) as refused:
        read_state_dict(_crafted(tmp_path, "build_reads_heap"))
    assert "changes a tensor record after creating it" in render(refused.value)


def test_state_dict_metadata_is_the_one_build_allowed(tmp_path: Path) -> None:
    metadata = {"_metadata": {"": {"version": 1}}}
    good = Crafted([Tensor("fc.bias", "0", shape=(4,), stride=(1,))], {"0": floats(4)}, ordered=True,
                   before_stop=metadata_build(metadata))
    tensors = read_state_dict(good.write_legacy(tmp_path / "good.pth")).tensors
    np.testing.assert_array_equal(tensors["fc.bias"], np.arange(4, dtype=np.float32))
    for label, state in (("twice", metadata_build(metadata) * 2), ("other", metadata_build({"weight": 1}))):
        bad = Crafted(good.tensors, good.storages, ordered=True, before_stop=state)
        with pytest.raises(WeightsError) as refused:
            read_state_dict(bad.write_legacy(tmp_path / f"{label}.pth"))
        assert refused.value.code == "weights_tampered" and "the state dict" in render(refused.value)


def test_the_zip_format_dinov2_file_with_its_metadata_still_reads(fixtures_dir: Path) -> None:
    tensors = read_state_dict(fixtures_dir / "encoders" / "dinov2_vits14_random_seed0.pth").tensors
    assert tensors["pos_embed"].shape == (1, 1370, 384) and tensors["cls_token"].shape == (1, 1, 384)
    assert all(array.flags.c_contiguous and np.isfinite(array).all() for array in tensors.values())


def test_every_truncation_of_a_small_file_is_a_sentence(tmp_path: Path) -> None:
    content = one_tensor().legacy_bytes()
    path = tmp_path / "cut.pth"
    codes = set()
    for length in range(len(content)):
        path.write_bytes(content[:length])
        with pytest.raises(WeightsError) as refused:
            read_state_dict(path)
        codes.add(refused.value.code)
    assert codes == {"weights_not_torch", "weights_incomplete", "weights_incomplete_of"}
    path.write_bytes(content)
    assert read_state_dict(path).tensors["fc.bias"].shape == (4,)


def test_cuts_through_the_real_header_are_all_incomplete(tmp_path: Path) -> None:
    head = TRUNCATED_WEIGHTS.read_bytes()[:90_000]  # the header ends at byte 81,511
    path = tmp_path / "cut.pth"
    for length in range(200, 90_000, 450):
        path.write_bytes(head[:length])
        with pytest.raises(WeightsError) as refused:
            load_fid_weights(path)
        assert refused.value.code in ("weights_incomplete", "weights_incomplete_of"), length


def _with_values_changed(tmp_path: Path, name: str, change) -> Path:  # type: ignore[no-untyped-def]
    """A copy of the fixture weights with one tensor's values changed in place (found by its unique bytes)."""
    content = RANDOM_WEIGHTS.read_bytes()
    original = load_fid_weights(RANDOM_WEIGHTS).tensors[name]
    assert content.count(original.tobytes()) == 1
    changed = original.copy()
    change(changed)
    path = tmp_path / "changed.pth"
    path.write_bytes(content.replace(original.tobytes(), changed.tobytes()))
    return path


@pytest.mark.parametrize("value", [np.nan, np.inf])
def test_weights_that_are_not_finite_are_refused_naming_the_tensor(value: float, tmp_path: Path) -> None:
    path = _with_values_changed(tmp_path, "Mixed_6b.branch7x7_2.conv.weight", lambda a: a.flat.__setitem__(5, value))
    with pytest.raises(WeightsError) as refused:
        model_store.import_model(path)
    assert refused.value.code == "weights_not_finite"
    assert "Mixed_6b.branch7x7_2.conv.weight" in render(refused.value) and "1 values" in render(refused.value)
    assert not model_store.user_model_path().exists()


def test_negative_batchnorm_variances_are_refused_naming_the_tensor(tmp_path: Path) -> None:
    name = "Conv2d_4a_3x3.bn.running_var"
    path = _with_values_changed(tmp_path, name, lambda a: a.__setitem__(slice(0, 3), -a[:3]))
    with pytest.raises(WeightsError) as refused:
        model_store.import_model(path)
    assert refused.value.code == "weights_negative_variance" and refused.value.params["count"] == 3
    assert name in render(refused.value)
    assert not model_store.user_model_path().exists()
