"""The encoder fixtures as installed networks: DINOv2 ViT-S/14 and the reduced CLIP, under the registered names.

FD_DINOv2 and CMMD are declared on ViT-L/14 (1,024 wide) and CLIP ViT-L/14-336 (768 wide), and each reader
refuses another size. The fixtures are ViT-S/14 (384) and a 32-wide CLIP, so a test puts declarations of
the fixtures' sizes in place of the registered ones (same names, same modes: the metrics, the CLI options
and the window find them as they find the real ones) and restores the real ones afterwards. Each fixture
model is converted once per test session; ``install`` copies it into the test's data folder.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Iterator

import pytest

from conftest import FIXTURES
from fidgui.core.encoders import encoder_models
from fidgui.core.encoders.clip import clip_encoder
from fidgui.core.encoders.dinov2 import dinov2_encoder
from fidgui.core.encoders.registry import get_encoder, register_encoder, unregister_encoder

ENCODERS = FIXTURES / "encoders"
DINOV2_WEIGHTS = ENCODERS / "dinov2_vits14_random_seed0.pth"
CLIP_FOLDER = ENCODERS / "clip_vit_l14_336_reduced"
DINOV2_FD = json.loads((ENCODERS / "dinov2_metrics.json").read_text())["fd"]
CMMD_FLOAT64 = json.loads((ENCODERS / "clip_metrics.json").read_text())["cmmd_float64"]
SOURCES = {"dinov2": DINOV2_WEIGHTS, "clip": CLIP_FOLDER}


def fixture_declarations() -> dict[str, object]:
    """Declarations of the fixtures' sizes under the real names (ViT-S/14: 384; the reduced CLIP: 32 at 336)."""
    return {"dinov2": dinov2_encoder(width=384), "clip": clip_encoder(width=32)}


@pytest.fixture
def fixture_sized_networks() -> Iterator[None]:
    """The registered DINOv2 and CLIP declarations replaced by the fixtures' sizes for one test."""
    real = [get_encoder("dinov2"), get_encoder("clip")]
    for encoder in real:
        unregister_encoder(encoder.name)
    try:
        for encoder in fixture_declarations().values():
            register_encoder(encoder)  # type: ignore[arg-type]
        yield
    finally:
        for encoder in real:
            unregister_encoder(encoder.name)
        for encoder in real:
            register_encoder(encoder)
        encoder_models.forget_verdicts()


@pytest.fixture(scope="session")
def converted_networks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each fixture network converted once per session: name -> its .onnx."""
    folder = tmp_path_factory.mktemp("networks")
    built: dict[str, Path] = {}
    for name, encoder in fixture_declarations().items():
        weights = encoder.read_weights(SOURCES[name], None)  # type: ignore[attr-defined]
        built[name] = folder / f"{name}.onnx"
        encoder_models.convert(weights, SOURCES[name], encoder, built[name])  # type: ignore[arg-type]
    return built


def install(converted: dict[str, Path]) -> None:
    """Put the converted fixture networks where installed models live in this test's data folder."""
    for name, path in converted.items():
        target = encoder_models.user_model_path(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
