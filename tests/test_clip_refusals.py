"""A CLIP folder that does not hold what its config.json describes is refused with a sentence naming the fault.

The folders are copies of the fixture with one thing changed: a tensor left out or reshaped, a value
made NaN, a configuration value made impossible, a file missing. The main branch of the published
repository holds ``pytorch_model.bin`` rather than ``model.safetensors``; a copy of the fixture in
that container (written opcode by opcode, without torch) must load the same tensors.
"""

from __future__ import annotations

import json
import shutil
import struct
from pathlib import Path

import numpy as np
import pytest

from conftest import FIXTURES
from hostile_files import Crafted, Tensor
from fidgui.core.base.errors import WeightsError
from fidgui.core.encoders.clip.safetensors import read_safetensors
from fidgui.core.encoders.clip.weights import load_clip_weights
from fidgui.messages.render import render

VISION_ONLY = FIXTURES / "encoders" / "clip_vit_l14_336_reduced"
WHOLE_CLIP = FIXTURES / "encoders" / "clip_vit_l14_336_reduced_clipmodel"


def _copy(tmp_path: Path, source: Path = VISION_ONLY) -> Path:
    folder = shutil.copytree(source, tmp_path / "model")
    for path in folder.iterdir():
        path.chmod(0o644)
    return folder


def _save(path: Path, tensors: dict[str, np.ndarray]) -> None:
    """Write tensors as safetensors (F32, little-endian), the way the format lays them out."""
    header, blobs, position = {}, [], 0
    for name, array in tensors.items():
        blob = np.ascontiguousarray(array, "<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(array.shape), "data_offsets": [position, position + len(blob)]}
        blobs.append(blob)
        position += len(blob)
    raw = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + b"".join(blobs))


def _tensors(folder: Path) -> dict[str, np.ndarray]:
    return read_safetensors(folder / "model.safetensors", lambda name: True).tensors


def _refused(path: Path) -> WeightsError:
    with pytest.raises(WeightsError) as caught:
        load_clip_weights(path)
    assert "{" not in render(caught.value.message)  # every parameter of the sentence is filled
    return caught.value


def test_a_missing_tensor_is_named(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    tensors = _tensors(folder)
    del tensors["vision_model.encoder.layers.1.mlp.fc2.bias"]
    _save(folder / "model.safetensors", tensors)
    error = _refused(folder)
    assert error.code == "clip_wrong_layout" and error.params["problems"].code == "weights_layout_missing"
    assert "layers.1.mlp.fc2.bias" in render(error.message)


def test_a_tensor_of_the_wrong_shape_or_an_unknown_one_is_named(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    tensors = _tensors(folder)
    tensors["visual_projection.weight"] = np.zeros((31, 64), np.float32)
    tensors["vision_model.encoder.layers.2.mlp.fc1.bias"] = np.zeros(256, np.float32)  # a third layer the config lacks
    _save(folder / "model.safetensors", tensors)
    error = _refused(folder)
    text = render(error.message)
    assert error.code == "clip_wrong_layout" and "[31, 64]" in text and "layers.2.mlp.fc1.bias" in text


def test_a_config_that_describes_another_network_refuses_the_file(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    config = json.loads((folder / "config.json").read_text())
    config["num_hidden_layers"] = 3
    (folder / "config.json").write_text(json.dumps(config))
    assert _refused(folder).params["problems"].code == "weights_layout_missing"


def test_nan_weights_are_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    tensors = _tensors(folder)
    tensors["vision_model.post_layernorm.weight"][3] = np.nan
    _save(folder / "model.safetensors", tensors)
    error = _refused(folder)
    assert error.code == "clip_not_finite" and error.params["count"] == 1


@pytest.mark.parametrize("change, problem", [
    (lambda c: c.update(hidden_act="relu"), "clip_config_activation"),
    (lambda c: c.update(num_attention_heads=5), "clip_config_value"),  # 64 is not divisible by 5
    (lambda c: c.update(patch_size=15), "clip_config_value"),  # 336 is not a whole number of patches
    (lambda c: c.update(hidden_size=10**9), "clip_config_value"),
    (lambda c: c.update(hidden_size="64"), "clip_config_value"),
    (lambda c: c.update(layer_norm_eps=float("nan")), "clip_config_value"),
    (lambda c: c.update(num_channels=4), "clip_config_value"),
    (lambda c: c.update(model_type="bert"), "clip_config_not_vision"),
])
def test_an_impossible_configuration_is_refused_before_the_weights_are_read(tmp_path: Path, change, problem) -> None:
    folder = _copy(tmp_path)
    config = json.loads((folder / "config.json").read_text())
    change(config)
    (folder / "config.json").write_text(json.dumps(config))
    error = _refused(folder)
    assert error.code == "clip_config_bad" and error.params["problem"].code == problem


def test_a_whole_clip_config_without_its_vision_part_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path, WHOLE_CLIP)
    config = json.loads((folder / "config.json").read_text())
    del config["vision_config"]
    (folder / "config.json").write_text(json.dumps(config))
    assert _refused(folder).params["problem"].code == "clip_config_not_vision"


def test_a_folder_missing_a_file_or_a_config_that_is_not_json_is_named(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "model.safetensors").unlink()
    error = _refused(folder)
    assert error.code == "clip_file_missing" and error.params["name"] == "model.safetensors"
    (folder / "preprocessor_config.json").unlink()
    assert _refused(folder).params["name"] == "preprocessor_config.json"
    (folder / "config.json").write_text("{not json")
    assert _refused(folder).params["problem"].code == "clip_config_not_json"


def test_a_file_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "weights.pth"
    other.write_bytes(b"PK")
    assert _refused(other).code == "clip_not_model_folder"


def _torch_file(path: Path, tensors: dict[str, np.ndarray]) -> Path:
    """A ``torch.save`` zip of these tensors, as transformers' ``pytorch_model.bin`` is, written without torch."""
    records, storages = [], {}
    for index, (name, array) in enumerate(tensors.items()):
        strides = tuple(int(s // array.itemsize) for s in array.strides)
        kind = "LongStorage" if array.dtype.kind == "i" else "FloatStorage"
        records.append(Tensor(name, str(index), shape=array.shape, stride=strides, storage_type=kind,
                              numel=array.size))
        storages[str(index)] = np.ascontiguousarray(array).tobytes()
    return Crafted(records, storages, ordered=True).write_zip(path)


def test_the_main_branch_s_pytorch_model_bin_reads_like_the_safetensors_file(tmp_path: Path) -> None:
    folder = _copy(tmp_path, WHOLE_CLIP)
    tensors = _tensors(folder)
    tensors["vision_model.embeddings.position_ids"] = np.arange(577, dtype="<i8")[None]  # older exports carry it
    (folder / "model.safetensors").unlink()
    _torch_file(folder / "pytorch_model.bin", tensors)
    from_torch, from_safetensors = load_clip_weights(folder), load_clip_weights(WHOLE_CLIP)
    assert set(from_torch.tensors) == set(from_safetensors.tensors)
    for name, array in from_safetensors.tensors.items():
        np.testing.assert_array_equal(from_torch.tensors[name], array)
    assert not from_torch.is_standard and from_torch.sha256 != from_safetensors.sha256


def test_a_pytorch_model_bin_with_a_misshapen_tensor_is_refused_before_its_data_is_read(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    tensors = _tensors(folder)
    tensors["vision_model.pre_layrnorm.bias"] = np.zeros(65, np.float32)
    error = _refused(_torch_file(folder / "pytorch_model.bin", tensors))
    assert error.code == "clip_wrong_layout" and "[65]" in render(error.message)


def test_every_clip_and_cmmd_message_is_translated_with_the_same_placeholders() -> None:
    import re

    from fidgui.messages.catalog_clip import ENGLISH
    from fidgui.messages.translations_clip import TRANSLATIONS

    def placeholders(text: str) -> set[str]:
        return set(re.findall(r"\{(\w+)\}", text))

    for language in ("zh_CN", "zh_TW", "ja"):
        table = TRANSLATIONS[language]
        assert set(table) == set(ENGLISH), language
        for code, english in ENGLISH.items():
            assert placeholders(table[code]) == placeholders(english), (language, code)
            assert table[code] != english or code == "metric_cmmd", (language, code)
