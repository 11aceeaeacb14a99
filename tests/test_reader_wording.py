"""The reader's generic refusals ask for the file of the network it was reading for, in every language.

A DINOv2 or CLIP user whose file is not a torch file, or asks to run code, must be asked for
that network's file, not the FID Inception's; the Inception's own sentences stay as they were.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES
from hostile_files import Crafted, Tensor, floats, global_name, one_tensor
from fidgui.core.base.errors import WeightsError
from fidgui.core.encoders.clip.weights import load_clip_weights
from fidgui.core.encoders.dinov2.weights import load_dinov2_weights
from fidgui.core.encoders.inception.weights import load_fid_weights
from fidgui.messages.catalog_weights import ENGLISH as WEIGHTS_ENGLISH
from fidgui.messages.render import render
from fidgui.messages.translations import translator

INCEPTION_FILE = "pt_inception-2015-12-05-6726825d.pth"
LANGUAGES = ("zh_CN", "zh_TW", "ja")


def _not_torch(tmp_path: Path) -> Path:
    path = tmp_path / "notes.pth"
    path.write_bytes(b"these are my notes, not weights\n" * 40)
    return path


def _runs_code(tmp_path: Path) -> Path:
    """A zip-format file whose pickle names os.system as its storage type: it asks to run code."""
    crafted = Crafted([Tensor("fc.bias", "0", shape=(4,), stride=(1,), storage_type_opcodes=global_name(
        "os", "system"))], {"0": floats(4)})
    return crafted.write_zip(tmp_path / "evil.pth")


def _not_state_dict(tmp_path: Path) -> Path:
    crafted = one_tensor()
    crafted.before_stop = b"0N"  # drop the dict and leave None: a torch file that is not a state dict
    return crafted.write_zip(tmp_path / "none.pth")


def _clip_folder(tmp_path: Path, weights: Path) -> Path:
    folder = tmp_path / "clip"
    folder.mkdir()
    for name in ("config.json", "preprocessor_config.json"):
        shutil.copyfile(FIXTURES / "encoders" / "clip_vit_l14_336_reduced" / name, folder / name)
    shutil.copyfile(weights, folder / "pytorch_model.bin")
    return folder / "pytorch_model.bin"


def _refusal(load, path: Path) -> WeightsError:  # type: ignore[no-untyped-def]
    with pytest.raises(WeightsError) as caught:
        load(path)
    return caught.value


@pytest.mark.parametrize("make, code", [(_not_torch, "weights_not_torch"), (_runs_code, "weights_runs_code"),
                                        (_not_state_dict, "weights_not_state_dict")])
def test_a_dinov2_file_is_asked_for_as_a_dinov2_file_in_every_language(make, code: str, tmp_path: Path) -> None:
    error = _refusal(load_dinov2_weights, make(tmp_path))
    assert error.code == f"{code}_for" and error.params["network"] == "DINOv2"
    sentences = [render(error.message)] + [render(error.message, translator(lang)) for lang in LANGUAGES]
    for sentence in sentences:
        assert "DINOv2" in sentence and INCEPTION_FILE not in sentence and "{" not in sentence, sentence
    assert len(set(sentences)) == 4  # each language has its own sentence, not the English one


def test_a_clip_pytorch_model_bin_is_asked_for_as_a_clip_file(tmp_path: Path) -> None:
    error = _refusal(load_clip_weights, _clip_folder(tmp_path, _not_torch(tmp_path)))
    assert error.code == "weights_not_torch_for" and error.params["network"] == "CLIP"
    assert "CLIP" in render(error.message) and INCEPTION_FILE not in render(error.message)


@pytest.mark.parametrize("make, code", [(_not_torch, "weights_not_torch"), (_runs_code, "weights_runs_code"),
                                        (_not_state_dict, "weights_not_state_dict")])
def test_the_inception_sentences_still_name_the_standard_fid_file(make, code: str, tmp_path: Path) -> None:
    path = make(tmp_path)
    error = _refusal(load_fid_weights, path)
    assert error.code == code and "network" not in error.params
    assert render(error.message) == WEIGHTS_ENGLISH[code].format(**error.params)
    for language in LANGUAGES:
        assert INCEPTION_FILE in render(error.message, translator(language))
