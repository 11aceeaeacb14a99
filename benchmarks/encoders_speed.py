"""Images per second of each metric's network on this CPU: FID's Inception, FD_DINOv2's ViT-L/14, CMMD's CLIP.

    python benchmarks/encoders_speed.py [--networks inception dinov2 clip] [--images 8] [--batch 4] [--device cpu]

Model only: preprocessed batches through ONNX Runtime (the session class a run uses), after one
warm-up batch. Inception uses the fixture's random weights; ViT-L/14 gets random weights of the
real layout made in memory (``dinov2_speed.random_vit_l``); CLIP ViT-L/14-336 gets a model folder
written by this script (config.json with the published sizes, the published preprocessor_config.json
from the fixtures, a model.safetensors of random values: 1.2 GB in a temporary folder), read by
fidgui's reader and built into a graph, both timed. The figures do not depend on the values.

Also printed: CMMD's blocked kernel sums for two sets of 4,096 embeddings of 768 values (what 4,096
images per side cost once embedded), and each preprocessing mode per image (512 x 384 RGB).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import struct
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dinov2_speed import INCEPTION_WEIGHTS, REPO, model_rate, preprocess_rate, random_vit_l  # noqa: E402

CLIP_IMAGE_SETTINGS = REPO.parent / "shared" / "fixtures" / "encoders" / "clip_vit_l14_336_reduced" \
    / "preprocessor_config.json"
CLIP_VIT_L14_336 = {  # openai/clip-vit-large-patch14-336's vision sizes
    "model_type": "clip_vision_model", "architectures": ["CLIPVisionModelWithProjection"],
    "hidden_size": 1024, "intermediate_size": 4096, "num_hidden_layers": 24, "num_attention_heads": 16,
    "patch_size": 14, "image_size": 336, "projection_dim": 768, "layer_norm_eps": 1e-5, "hidden_act": "quick_gelu",
}


def write_random_clip(folder: Path, seed: int = 0) -> Path:
    """A CLIP ViT-L/14-336 model folder with random float32 weights, the safetensors file written tensor by tensor."""
    from fidgui.core.encoders.clip.config import VisionConfig
    from fidgui.core.encoders.clip.layout import expected_layout

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(CLIP_VIT_L14_336))
    shutil.copyfile(CLIP_IMAGE_SETTINGS, folder / "preprocessor_config.json")
    sizes = {key: CLIP_VIT_L14_336[key] for key in (
        "hidden_size", "intermediate_size", "num_hidden_layers", "num_attention_heads", "patch_size", "image_size",
        "projection_dim", "layer_norm_eps", "hidden_act")}
    layout = expected_layout(VisionConfig(**sizes))
    header, position = {}, 0
    for name, shape in layout.items():
        length = 4 * int(np.prod(shape))
        header[name] = {"dtype": "F32", "shape": list(shape), "data_offsets": [position, position + length]}
        position += length
    raw = json.dumps(header).encode()
    pool = (np.random.default_rng(seed).standard_normal(1 << 20) * 0.02).astype("<f4")
    with open(folder / "model.safetensors", "wb") as stream:
        stream.write(struct.pack("<Q", len(raw)) + raw)
        for name, shape in layout.items():
            values = np.resize(pool, int(np.prod(shape)))
            if "norm" in name and name.endswith(".weight"):
                values = values + np.float32(1)
            stream.write(values.tobytes())
    return folder


def cmmd_seconds(count: int = 4096, width: int = 768) -> float:
    from fidgui.core.metrics.cmmd import cmmd

    rng = np.random.default_rng(3)
    first, second = (rng.standard_normal((count, width)) for _ in range(2))
    first /= np.linalg.norm(first, axis=1, keepdims=True)
    second /= np.linalg.norm(second, axis=1, keepdims=True)
    started = time.perf_counter()
    cmmd(first, second)
    return time.perf_counter() - started


def _inception(temp: Path, args: argparse.Namespace) -> float:
    from fidgui.core.encoders.inception.graph import build_inception_onnx, save_model_atomically
    from fidgui.core.encoders.inception.weights import load_fid_weights

    path = temp / "inception.onnx"
    save_model_atomically(build_inception_onnx(load_fid_weights(INCEPTION_WEIGHTS)), path)
    rate, device = model_rate(path, 299, args.images, args.batch, args.device)
    print(f"FID Inception (299 x 299), model only, {device}, batch {args.batch}: {rate:.2f} images/s")
    path.unlink()
    return rate


def _dinov2(temp: Path, args: argparse.Namespace) -> float:
    from fidgui.core.encoders.dinov2.graph import build_dinov2_onnx, save_model

    path = temp / "dinov2_vitl14.onnx"
    started = time.perf_counter()
    save_model(build_dinov2_onnx(random_vit_l()), path)
    print(f"DINOv2 ViT-L/14 graph built and saved in {time.perf_counter() - started:.1f} s "
          f"({path.stat().st_size / 1e9:.2f} GB)")
    rate, device = model_rate(path, 224, args.images, args.batch, args.device)
    print(f"FD_DINOv2 ViT-L/14 (224 x 224), model only, {device}, batch {args.batch}: {rate:.2f} images/s")
    path.unlink()
    return rate


def _clip(temp: Path, args: argparse.Namespace) -> float:
    from fidgui.core.encoders.clip.graph import build_clip_onnx, save_model
    from fidgui.core.encoders.clip.weights import load_clip_weights

    folder = write_random_clip(temp / "clip-vit-large-patch14-336")
    started = time.perf_counter()
    weights = load_clip_weights(folder)
    read = time.perf_counter() - started
    path = temp / "clip_vitl14_336.onnx"
    save_model(build_clip_onnx(weights), path)
    del weights
    print(f"CLIP ViT-L/14-336 weights read in {read:.1f} s, graph built and saved in "
          f"{time.perf_counter() - started - read:.1f} s ({path.stat().st_size / 1e9:.2f} GB)")
    shutil.rmtree(folder)
    rate, device = model_rate(path, 336, args.images, args.batch, args.device)
    print(f"CMMD CLIP ViT-L/14-336 (336 x 336), model only, {device}, batch {args.batch}: {rate:.2f} images/s")
    path.unlink()
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--networks", nargs="+", default=["inception", "dinov2", "clip"],
                        choices=("inception", "dinov2", "clip"))
    parser.add_argument("--images", type=int, default=8)
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--device", default="cpu", choices=("cpu", "cuda", "auto"))
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; device {args.device}")
    steps = {"inception": _inception, "dinov2": _dinov2, "clip": _clip}
    rates = {}
    with tempfile.TemporaryDirectory() as temp:
        for network in args.networks:
            rates[network] = steps[network](Path(temp), args)
    if "inception" in rates:
        for network in ("dinov2", "clip"):
            if network in rates:
                print(f"  {network}: {rates['inception'] / rates[network]:.1f}x slower than Inception")
    print(f"CMMD blocked kernel sums, 4096 x 4096 embeddings of 768: {cmmd_seconds():.2f} s")
    for mode in ("dgm-eval", "edm2", "cmmd"):
        size = 336 if mode == "cmmd" else 224
        print(f"preprocessing '{mode}', 512 x 384 RGB -> {size}: {preprocess_rate(mode, size=size):.0f} images/s "
              "(one core)")


if __name__ == "__main__":
    main()
