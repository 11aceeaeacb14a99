"""The CLIP vision encoder against cmmd-pytorch's own outputs on the fixtures, at each level separately.

Preprocessing (the ``cmmd`` route) must equal the stored network inputs bit for bit; the graph fed
those stored inputs must give the stored embeddings; and the whole chain (decoding, preprocessing,
ONNX Runtime session, extraction pipeline) must give every stored row of every folder. The
fixture network is a reduced ViT-L/14-336 (width 64, 2 layers, 32-value projection, random values);
the graph builder is also run on configurations of other sizes written here.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import onnxruntime
import pytest
from PIL import Image

from conftest import FIXTURES, IMAGES
from fidgui.core.base.errors import WeightsError
from fidgui.core.encoders.clip import CLIP, clip_encoder
from fidgui.core.encoders.clip.config import VisionConfig
from fidgui.core.encoders.clip.graph import EMBEDDING, EMBEDDING_RAW, IR_VERSION, build_clip_onnx
from fidgui.core.encoders.clip.layout import expected_layout
from fidgui.core.encoders.clip.weights import OPENAI_MEAN, OPENAI_STD, ClipWeights, load_clip_weights
from fidgui.core.encoders.inception.graph import save_model_atomically
from fidgui.core.encoders.registry import encoder_for_mode, get_encoder, register_encoder, unregister_encoder
from fidgui.core.encoders.session import InceptionSession
from fidgui.core.extraction.pipeline import extract_features
from fidgui.core.images.preprocess import preprocess, register_recipe, unregister_recipe
from fidgui.core.images.preprocess_clip import OPENAI_CLIP_MEAN, OPENAI_CLIP_STD, cmmd_route
from fidgui.messages.render import render

ENCODERS = FIXTURES / "encoders"
VISION_ONLY = ENCODERS / "clip_vit_l14_336_reduced"
WHOLE_CLIP = ENCODERS / "clip_vit_l14_336_reduced_clipmodel"
REFERENCE = np.load(ENCODERS / "clip_reference.npz")
FOLDERS = {"small_a": IMAGES / "small_a", "small_b": IMAGES / "small_b", "large": ENCODERS / "images" / "large"}
STORED_INPUTS = [("small_a", 0), ("small_b", 0), ("large", 0), ("large", 4)]
NETWORK_ATOL = 2e-6
"""float32 summation order: onnxruntime's kernels against torch's on the same input; measured at most 9.2e-7 on the raw
projection and 1.9e-7 on the normalised embedding (the reference's own batch-1 vs batch-24 gap is 7.2e-7)."""


@pytest.fixture(scope="module")
def weights() -> ClipWeights:
    return load_clip_weights(VISION_ONLY)


@pytest.fixture(scope="module")
def network(weights: ClipWeights) -> onnxruntime.InferenceSession:
    return onnxruntime.InferenceSession(build_clip_onnx(weights).SerializeToString(),
                                        providers=["CPUExecutionProvider"])


def _image(folder: str, index: int) -> np.ndarray:
    name = str(REFERENCE[f"{folder}/files"][index])
    return np.asarray(Image.open(FOLDERS[folder] / name).convert("RGB"))


def test_both_fixture_layouts_load_the_same_vision_tower_from_their_config() -> None:
    alone, whole = load_clip_weights(VISION_ONLY), load_clip_weights(WHOLE_CLIP / "model.safetensors")
    assert alone.config == whole.config == VisionConfig(64, 256, 2, 4, 14, 336, 32, 1e-5, "quick_gelu")
    assert set(alone.tensors) == set(whole.tensors) == set(expected_layout(alone.config))
    assert len(alone.tensors) == 40 and not any(name.startswith("text_") for name in whole.tensors)
    for name, array in alone.tensors.items():
        np.testing.assert_array_equal(array, whole.tensors[name])
    assert alone.sha256 == "fdf51ba3296661f0e5a78e6485f7e6bcdf9daf48bb22c8edbe7d6d03c447151e"
    assert not alone.is_standard and alone.image_settings.crop_height == 336


@pytest.mark.parametrize("folder, index", STORED_INPUTS)
def test_the_cmmd_route_gives_the_stored_network_inputs_bit_for_bit(folder: str, index: int) -> None:
    ours = preprocess(_image(folder, index), "cmmd", CLIP.input_size)
    stored = REFERENCE[f"{folder}/input{index}"]
    assert ours.shape == stored.shape == (3, 336, 336) and ours.dtype == np.float32
    assert float(np.abs(ours - stored).max()) == 0.0


def test_the_route_and_the_reader_agree_on_the_published_image_statistics() -> None:
    np.testing.assert_array_equal(OPENAI_CLIP_MEAN, np.float32(OPENAI_MEAN))
    np.testing.assert_array_equal(OPENAI_CLIP_STD, np.float32(OPENAI_STD))
    settings = load_clip_weights(VISION_ONLY).image_settings  # the real model's preprocessor_config.json
    np.testing.assert_array_equal(np.float32(settings.image_mean), OPENAI_CLIP_MEAN)
    # A portrait image keeps its centred square: rows 64 .. 447 of 512.
    tall = np.arange(512 * 384 * 3, dtype=np.uint64).reshape(512, 384, 3).astype(np.uint8)
    np.testing.assert_array_equal(cmmd_route(tall, 384), (tall[64:448] / np.float32(255) - OPENAI_CLIP_MEAN)
                                  / OPENAI_CLIP_STD)


@pytest.mark.parametrize("folder, index", STORED_INPUTS)
def test_the_graph_on_the_stored_inputs_gives_the_stored_embeddings(
        network: onnxruntime.InferenceSession, folder: str, index: int) -> None:
    embedding, raw = network.run([EMBEDDING, EMBEDDING_RAW], {"images": REFERENCE[f"{folder}/input{index}"][None]})
    assert embedding.shape == raw.shape == (1, 32)
    np.testing.assert_allclose(raw[0], REFERENCE[f"{folder}/image_embeds_raw"][index], rtol=0, atol=NETWORK_ATOL)
    np.testing.assert_allclose(embedding[0], REFERENCE[f"{folder}/embeds"][index], rtol=0, atol=NETWORK_ATOL)
    assert abs(float(np.linalg.norm(embedding[0])) - 1) < 1e-6


def test_the_graph_is_readable_by_the_runtime_fidgui_ships(weights: ClipWeights) -> None:
    model = build_clip_onnx(weights)
    assert model.ir_version == IR_VERSION <= 13
    assert {p.key: p.value for p in model.metadata_props}["fidgui.weights_sha256"] == weights.sha256


@pytest.fixture()
def reduced_encoder():
    """A declaration of the fixture's sizes (336 input, 32 values) under its own name and mode, removed afterwards."""
    encoder = register_encoder(clip_encoder("clip-reduced", width=32, modes=("cmmd-reduced",)))
    register_recipe("cmmd-reduced", cmmd_route)
    yield encoder
    unregister_recipe("cmmd-reduced")
    unregister_encoder("clip-reduced")


def test_every_folder_end_to_end_gives_the_stored_embeddings(reduced_encoder, tmp_path: Path) -> None:
    model = tmp_path / "clip.onnx"
    save_model_atomically(reduced_encoder.build_graph(reduced_encoder.read_weights(WHOLE_CLIP, None)), model)
    session = InceptionSession(model, device="cpu", threads=2)
    for folder, path in FOLDERS.items():
        files = sorted(p for p in path.iterdir() if p.suffix in (".png", ".jpg"))
        assert [p.name for p in files] == list(REFERENCE[f"{folder}/files"])
        extraction = extract_features(files, session, side="real", mode="cmmd-reduced", decode="faithful",
                                      batch_size=10, keep_features=True, workers=1)
        assert extraction.features is not None and extraction.paths == [str(p) for p in files]
        np.testing.assert_allclose(extraction.features, REFERENCE[f"{folder}/embeds"], rtol=0, atol=NETWORK_ATOL)
        extraction.close()


def test_clip_is_registered_with_the_published_model_s_sizes_and_hash() -> None:
    assert get_encoder("clip") is CLIP and encoder_for_mode("cmmd") is CLIP
    assert CLIP.input_size == 336 and CLIP.kept_outputs == {EMBEDDING: 768}
    assert CLIP.is_standard("f51cb7b04a2afb04828b1b8e0edc34bbf082080d098b9874f5756e7b7ba8c807")  # model.safetensors
    assert CLIP.is_standard("c6032c2e0caae3dc2d4fba35535fa6307dbb49df59c7e182b1bc4b3329b81801")  # pytorch_model.bin
    assert not CLIP.is_standard(load_clip_weights(VISION_ONLY).sha256)


def test_the_cmmd_declaration_refuses_a_model_of_other_sizes_with_a_sentence() -> None:
    with pytest.raises(WeightsError) as caught:
        CLIP.read_weights(VISION_ONLY, None)  # the fixture's projection is 32 wide, the published one's 768
    assert caught.value.code == "clip_other_size" and caught.value.params["width"] == 32
    assert "336\u00d7336" in render(caught.value.message)


def test_the_cmmd_declaration_refuses_other_image_statistics(tmp_path: Path) -> None:
    folder = shutil.copytree(VISION_ONLY, tmp_path / "model")
    settings = json.loads((folder / "preprocessor_config.json").read_text())
    settings["image_mean"] = [0.5, 0.5, 0.5]
    (folder / "preprocessor_config.json").chmod(0o644)
    (folder / "preprocessor_config.json").write_text(json.dumps(settings))
    with pytest.raises(WeightsError) as caught:
        clip_encoder("other", width=32).read_weights(folder, None)
    assert caught.value.code == "clip_image_settings_differ" and caught.value.params["field"] == "image_mean"


def _random_weights(config: VisionConfig) -> ClipWeights:
    rng = np.random.default_rng(1)
    tensors = {name: rng.standard_normal(shape, dtype=np.float32) * np.float32(0.05)
               for name, shape in expected_layout(config).items()}
    settings = load_clip_weights(VISION_ONLY).image_settings
    return ClipWeights(config, settings, tensors, "0" * 64, False, VISION_ONLY)


@pytest.mark.parametrize("config", [
    VisionConfig(32, 64, 1, 2, 14, 224, 16, 1e-5, "quick_gelu"),  # ViT-L/14's 224 layout, reduced width
    VisionConfig(48, 96, 2, 3, 32, 64, 8, 1e-6, "gelu"),  # ViT-B/32's patch size, exact GELU
    VisionConfig(1024, 4096, 1, 16, 14, 336, 768, 1e-5, "quick_gelu"),  # the published model's widths, one layer
])
def test_the_builder_takes_every_size_from_the_configuration(config: VisionConfig) -> None:
    model = build_clip_onnx(_random_weights(config))
    session = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    (declared,) = session.get_inputs()
    assert declared.shape[1:] == [3, config.image_size, config.image_size]
    batch = np.random.default_rng(2).standard_normal((2, 3, config.image_size, config.image_size)).astype(np.float32)
    embedding, raw = session.run([EMBEDDING, EMBEDDING_RAW], {"images": batch})
    assert embedding.shape == raw.shape == (2, config.projection_dim)
    np.testing.assert_allclose(embedding, raw / np.linalg.norm(raw, axis=1, keepdims=True), rtol=1e-6, atol=1e-7)
    alone = session.run([EMBEDDING], {"images": batch[1:2]})[0]
    np.testing.assert_allclose(alone[0], embedding[1], rtol=0, atol=1e-6)  # rows do not leak into each other
