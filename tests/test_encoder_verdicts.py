"""A DINOv2 or CLIP model is checked once per file version, not at every start: the verdict is kept in the profile,
and a changed file (or another declaration of the network) is checked again."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import onnxruntime
import pytest

from fidgui.core.encoders import encoder_models, model_records
from fidgui.core.encoders.network_states import other_state
from fidgui.core.encoders.protocol import EncoderOutput
from multi_toy import read_weights, toy_network, write_weights

__all__ = ["toy_network"]  # the fixture, imported for pytest


def _no_runtime(*args: object, **kwargs: object) -> None:
    raise RuntimeError("the model was run")


def test_a_second_start_trusts_the_kept_verdict_and_a_changed_file_is_checked_again(  # type: ignore[no-untyped-def]
    toy_network, tmp_path: Path
) -> None:
    weights = write_weights(tmp_path / "toy.npz")
    installed = encoder_models.user_model_path("toy")
    installed.parent.mkdir(parents=True, exist_ok=True)
    encoder_models.convert(read_weights(weights), weights, toy_network, installed)  # fidgui's own conversion
    first = other_state(toy_network)  # the first start: the model is run and hashed
    assert (first.state, first.path, first.problems) == ("not_standard", installed, ())  # no standard toy exists
    with pytest.MonkeyPatch.context() as runtime:
        _later_starts(toy_network, installed, weights, first, runtime, tmp_path)
    assert other_state(toy_network).weights_sha256 == first.weights_sha256  # checked again, and kept again


def _later_starts(toy_network, installed: Path, weights: Path, first, runtime: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                  tmp_path: Path) -> None:
    """With the runtime refusing to run anything: what is trusted, and what is checked again."""
    encoder_models.forget_verdicts()  # a new process; the runtime would say so if it were asked
    runtime.setattr(onnxruntime, "InferenceSession", _no_runtime)
    again = other_state(toy_network)
    assert again == first
    model = encoder_models.check_model(installed, toy_network)
    assert model.weights_verified and model.weights_sha256 == read_weights(weights).sha256

    (model_records.conversions_path()).unlink()  # the conversion record is judged now, not remembered
    assert not encoder_models.check_model(installed, toy_network).weights_verified

    wider = dataclasses.replace(toy_network, outputs=(EncoderOutput("embedding", 64),))  # another declaration
    with pytest.raises(encoder_models.ModelError, match="the model was run"):
        encoder_models.check_model(installed, wider)

    stat = installed.stat()  # the same bytes with a new modification time: checked again
    os.utime(installed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    changed = other_state(toy_network)
    assert changed.state == "not_installed" and changed.problems[0].params["problem"].code == "encoder_model_unusable"

    copy = tmp_path / "elsewhere.onnx"  # a file never checked in this profile is checked too
    shutil.copyfile(installed, copy)
    with pytest.raises(encoder_models.ModelError):
        encoder_models.check_model(copy, toy_network)
