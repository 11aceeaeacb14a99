"""ONNX models are claims until checked: edited metadata, misbehaving graphs, memory bombs, and the --model cache.

Before these checks, a converted model whose metadata was edited to claim the
standard weights was reported as the standard network; a graph returning no rows,
twice the rows or another width was installed and failed (or, worse, did not) at
run time; a ConstantOfShape [30000, 30000] was installed and took 3.6 GB at the
first run; and every ``--model X.pth`` left a 91 MB conversion behind for good.
"""

from __future__ import annotations

from pathlib import Path

import onnx
import pytest
from onnx import numpy_helper

from conftest import RANDOM_WEIGHTS
from fidgui.cli import main as cli_main
from fidgui.core.base.errors import ModelError
from fidgui.core.encoders import converted_models, model_records, model_store
from fidgui.core.encoders.inception import weights as inception_weights
from fidgui.core.encoders.inception.graph import META_NETWORK_SHA256, META_STANDARD, META_WEIGHTS_SHA256, network_digest
from fidgui.messages.render import render
from hostile_runner import run_child
from hostile_onnx import tiny_model, with_metadata, write

FIXTURE_SHA = "1e53caa1ee0b04c35f5822cdf4f9420d1e884f96fe765b1e4ae48b4b00a0c655"
STANDARD = inception_weights.STANDARD_WEIGHTS_SHA256
MEMORY_BOUND = 400 << 20
"""Peak memory of a child refusing a memory-bomb graph: measured 122 MB, and 241 MB for the Conv one (a 33 MB file).
Unchecked, the ConstantOfShape bomb takes 3.6 GB, and the Conv one 2.9 GB in the probe (2 x 4096 x 299 x 299 floats)."""


def _claim_standard(source: Path, target: Path, *, forge_digest: bool) -> Path:
    changes = {META_WEIGHTS_SHA256: STANDARD, META_STANDARD: "true"}
    if forge_digest:  # the digest's recipe is public: an attacker can recompute it for the edited file
        changes[META_NETWORK_SHA256] = network_digest(onnx.load(str(source)))
    return with_metadata(source, target, changes)


@pytest.mark.parametrize("forge_digest", [False, True])
def test_a_model_edited_to_claim_the_standard_weights_is_not_called_standard(
        fixture_onnx: Path, tmp_path: Path, forge_digest: bool) -> None:
    forged = _claim_standard(fixture_onnx, tmp_path / "forged.onnx", forge_digest=forge_digest)
    info = model_store.import_model(forged)
    assert info.weights_sha256 == STANDARD and not info.weights_verified
    assert info.is_standard is False
    lines = model_store.model_status().lines(render)
    assert "These are not the standard FID weights" in lines[3]
    assert "not verified" in lines[1]


def test_standard_needs_this_profiles_own_conversion_and_an_unedited_network(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(inception_weights, "STANDARD_WEIGHTS_SHA256", FIXTURE_SHA)  # pretend the fixture is standard
    info = model_store.import_model(RANDOM_WEIGHTS)
    assert info.is_standard and info.weights_verified
    assert "These are the standard FID weights" in model_store.model_status().lines(render)[3]
    # The same network with one weight changed and its metadata left as it was: the digest no longer matches.
    model = onnx.load(str(info.path))
    tensor = model.graph.initializer[0]
    array = numpy_helper.to_array(tensor).copy()
    array.flat[0] += 1.0
    tensor.CopyFrom(numpy_helper.from_array(array, tensor.name))
    edited = model_records.checked(write(model, tmp_path / "edited.onnx"))
    assert not edited.is_standard and not edited.weights_verified
    # The untouched file brought into another profile (no record of fidgui converting it there): not standard.
    monkeypatch.setenv("FIDGUI_HOME", str(tmp_path / "other-profile"))
    model_records.forget_verdicts()
    elsewhere = model_records.checked(info.path)
    assert elsewhere.weights_sha256 == FIXTURE_SHA and not elsewhere.is_standard and not elsewhere.weights_verified


@pytest.mark.parametrize("variant, problem", [
    ("doubled_rows", "model_problem_output_shape"),
    ("zero_rows", "model_problem_output_shape"),
    ("wrong_width", "model_problem_output_shape"),
    ("reshape_fails", "model_problem_run_failed"),
    ("nan_features", "model_problem_output_values"),
    ("constant_of_shape_bomb", "model_problem_huge_tensor"),
    ("loop_operator", "model_problem_operator"),
    ("conv_activation_bomb", "model_problem_huge_activation"),
])
def test_a_graph_that_breaks_its_promises_is_refused_at_import(variant: str, problem: str, tmp_path: Path) -> None:
    path = write(tiny_model(variant), tmp_path / f"{variant}.onnx")
    with pytest.raises(ModelError) as refused:
        model_store.import_model(path)
    assert refused.value.code == "model_refused" and refused.value.params["reason"].code == problem
    sentence = render(refused.value)
    assert path.name in sentence and "{" not in sentence and sentence.endswith(".")
    assert not model_store.user_model_path().exists()


def test_the_honest_tiny_graph_passes_so_the_refusals_are_not_blanket(tmp_path: Path) -> None:
    info = model_store.import_model(write(tiny_model(), tmp_path / "honest.onnx"))
    assert info.is_standard is False and model_store.user_model_path().is_file()


def test_a_model_reading_weights_from_another_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as refused:
        model_store.import_model(write(tiny_model("external_data"), tmp_path / "external.onnx"))
    assert refused.value.code in ("model_refused", "model_damaged")
    assert not model_store.user_model_path().exists()


@pytest.mark.parametrize("variant", ["constant_of_shape_bomb", "conv_activation_bomb"])
def test_a_memory_bomb_graph_is_refused_by_the_cli_with_bounded_memory(variant: str, tmp_path: Path) -> None:
    path = write(tiny_model(variant), tmp_path / "bomb.onnx")
    done, peak = run_child(tmp_path / "rss", "model", "import", str(path))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("fidgui-cli: The model file ")
    assert 0 < peak < MEMORY_BOUND


def _weights_variant(tmp_path: Path, index: int) -> Path:
    """The fixture weights with a trailing byte: same tensors, another SHA-256, so another conversion."""
    path = tmp_path / f"weights{index}.pth"
    path.write_bytes(RANDOM_WEIGHTS.read_bytes() + bytes([index]))
    return path


def test_models_converted_for_single_runs_are_bounded_and_shown_by_the_cache_commands(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(converted_models, "MAX_KEPT", 2)
    first, second, third = (model_store.resolve_model_for_run(_weights_variant(tmp_path, i)).path for i in range(3))
    kept = sorted(p.name for p in converted_models.converted_dir().glob("*.onnx"))
    assert kept == sorted([second.name, third.name]) and not first.exists()
    model_store.resolve_model_for_run(_weights_variant(tmp_path, 1))  # used again: now the most recent
    model_store.resolve_model_for_run(_weights_variant(tmp_path, 0))  # converted again, evicting the third
    assert second.exists() and first.exists() and not third.exists()
    size = sum(p.stat().st_size for p in converted_models.converted_dir().glob("*.onnx"))
    assert cli_main(["cache", "status"]) == 0
    out = capsys.readouterr().out
    assert str(converted_models.converted_dir()) in out and "2 kept" in out and f"{size / 1e6:.1f} MB" in out
    assert cli_main(["cache", "clear"]) == 0
    assert f"{size / 1e6:.1f} MB freed" in capsys.readouterr().out
    assert list(converted_models.converted_dir().glob("*.onnx")) == []
    assert converted_models.size_bytes() == (0, 0)


def test_every_weights_and_model_message_is_translated_with_the_same_placeholders() -> None:
    import re

    from fidgui.messages.catalog_weights import ENGLISH
    from fidgui.messages.translations_weights import TRANSLATIONS

    codes = list(ENGLISH)
    assert len(codes) > 40

    def placeholders(text: str) -> set[str]:
        return set(re.findall(r"\{(\w+)\}", text))

    for language in ("zh_CN", "zh_TW", "ja"):
        table = TRANSLATIONS[language]
        assert set(table) == set(codes), language
        for code in codes:
            assert placeholders(table[code]) == placeholders(ENGLISH[code]), (language, code)
            assert table[code] != ENGLISH[code] or code == "weights_object_state_dict", (language, code)


def test_a_damaged_conversion_in_the_cache_is_made_again() -> None:
    converted = model_store.resolve_model_for_run(RANDOM_WEIGHTS).path
    converted.write_bytes(b"junk")
    again = model_store.resolve_model_for_run(RANDOM_WEIGHTS)
    assert again.path == converted and again.weights_sha256 == FIXTURE_SHA and again.weights_verified
    assert converted.stat().st_size > 90_000_000
