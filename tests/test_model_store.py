"""Setting the model up: import, install over HTTP, status, and which file a run uses."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from conftest import RANDOM_WEIGHTS, TRUNCATED_WEIGHTS
from fidgui.core.encoders import model_records, model_store
from fidgui.core.base.errors import Cancelled, DownloadError, ModelError, WeightsError
from fidgui.messages.render import render
from http_server import ServerScript, serve

FIXTURE_SHA = "1e53caa1ee0b04c35f5822cdf4f9420d1e884f96fe765b1e4ae48b4b00a0c655"


def test_without_a_model_the_status_and_a_run_say_how_to_get_one() -> None:
    status = model_store.model_status()
    assert status.model is None
    assert "fidgui-cli model install" in status.lines(render)[0]
    with pytest.raises(ModelError) as refused:
        model_store.resolve_model_for_run(None)
    assert "No FID model is set up yet" in render(refused.value)


def test_importing_weights_converts_them_and_reports_every_stage() -> None:
    stages: list[str] = []
    info = model_store.import_model(RANDOM_WEIGHTS, progress=lambda stage, done, total: stages.append(render(stage)))
    assert info.path == model_store.user_model_path() and info.weights_sha256 == FIXTURE_SHA
    assert not info.is_standard
    assert stages[0] == "Reading and checking the weights" and stages[-1] == "Done"
    lines = model_store.model_status().lines(render)
    assert str(info.path) in lines[0] and FIXTURE_SHA in lines[1] and "not the standard FID weights" in lines[3]


def test_importing_a_converted_model_keeps_its_weights_hash(fixture_onnx: Path) -> None:
    info = model_store.import_model(fixture_onnx)
    assert info.weights_sha256 == FIXTURE_SHA
    assert model_store.user_model_path().read_bytes() == fixture_onnx.read_bytes()


def test_truncated_or_foreign_files_are_refused_and_the_installed_model_survives(fixture_onnx: Path, tmp_path: Path) -> None:
    model_store.import_model(fixture_onnx)
    before = model_store.user_model_path().read_bytes()
    with pytest.raises(WeightsError) as refused:
        model_store.import_model(TRUNCATED_WEIGHTS)
    assert re.search("truncated|incomplete|cut off", render(refused.value))
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(ModelError) as refused:
        model_store.import_model(text)
    assert "neither a weights file" in render(refused.value)
    fake = tmp_path / "fake.onnx"
    fake.write_bytes(b"\x00" * 100)
    with pytest.raises(ModelError) as refused:
        model_store.import_model(fake)
    assert "damaged or is not an ONNX model" in render(refused.value)
    assert model_store.user_model_path().read_bytes() == before


def test_cancel_during_import_leaves_no_model() -> None:
    with pytest.raises(Cancelled):
        model_store.import_model(RANDOM_WEIGHTS, should_stop=lambda: True)
    assert not model_store.user_model_path().exists()
    assert list(model_store.user_model_path().parent.glob("*")) == []


def test_install_from_the_internet_downloads_verifies_and_converts() -> None:
    content = RANDOM_WEIGHTS.read_bytes()
    stages: set[str] = set()
    with serve(ServerScript(content, cut_after=10_000_000)) as url:
        with pytest.raises(DownloadError) as cut:  # the server hangs up part-way; the next try resumes
            model_store.install_from_internet(url=url, expected_sha256=FIXTURE_SHA)
        assert "closed after 10,000,000 of 95,632,620 bytes" in render(cut.value)
        info = model_store.install_from_internet(
            lambda stage, done, total: stages.add(render(stage)), url=url, expected_sha256=FIXTURE_SHA
        )
    assert info.weights_sha256 == hashlib.sha256(content).hexdigest()
    assert {"Downloading the FID weights", "Reading and checking the weights", "Done"} <= stages
    assert list((model_store.cache_dir() / "downloads").iterdir()) == []  # the 95 MB weights are not kept twice


def test_the_installer_placed_model_beside_the_application_is_found(fixture_onnx: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    beside = tmp_path / "app" / "models" / model_store.MODEL_FILENAME
    beside.parent.mkdir(parents=True)
    shutil.copyfile(fixture_onnx, beside)
    monkeypatch.setattr(model_store, "application_model_path", lambda: beside)
    assert model_store.find_installed_model().path == beside
    model_store.import_model(fixture_onnx)  # the user's own choice comes first
    assert model_store.find_installed_model().path == model_store.user_model_path()


def test_a_damaged_installed_model_is_reported_not_used(tmp_path: Path) -> None:
    target = model_store.user_model_path()
    target.parent.mkdir(parents=True)
    target.write_bytes(b"junk")
    status = model_store.model_status()
    assert status.model is None
    assert any("Passed over" in line and "damaged" in line for line in status.lines(render))


def test_a_run_may_use_weights_or_a_model_given_for_it_alone(fixture_onnx: Path, tmp_path: Path) -> None:
    from_weights = model_store.resolve_model_for_run(RANDOM_WEIGHTS)
    assert from_weights.weights_sha256 == FIXTURE_SHA
    assert model_store.resolve_model_for_run(RANDOM_WEIGHTS).path == from_weights.path  # converted once
    assert model_store.resolve_model_for_run(fixture_onnx).path == fixture_onnx
    assert not model_store.user_model_path().exists()  # nothing was installed by it
    with pytest.raises(ModelError) as refused:
        model_store.resolve_model_for_run(tmp_path / "missing.onnx")
    assert "not found" in render(refused.value)


def test_a_checked_model_is_not_hashed_again_until_it_changes(fixture_onnx: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model_store.import_model(fixture_onnx)
    target = model_store.user_model_path()
    model_store._validated.clear()  # a new process: only the remembered verdict is left
    checks: list[Path] = []
    real_validate = model_records.validate_onnx_model
    monkeypatch.setattr(model_records, "validate_onnx_model",
                        lambda path, conversions: checks.append(path) or real_validate(path, conversions))
    assert model_store.resolve_model_for_run(None).weights_sha256 == FIXTURE_SHA
    assert checks == []
    target.write_bytes(b"junk")  # replaced by something else: checked again, and refused
    model_store._validated.clear()
    with pytest.raises(ModelError):
        model_store.resolve_model_for_run(None)
    assert checks == [target]
