"""Images per second of FD_DINOv2's network (ViT-L/14 at 224 x 224) on this CPU, next to FID's Inception.

    python benchmarks/dinov2_speed.py [--images 32] [--batch 16] [--device cpu]

Model only: preprocessed batches through ONNX Runtime (the same session class a run uses), after one
warm-up batch. ViT-L/14 gets random weights of the real layout made by this script (1.2 GB in memory,
304,368,640 values; the numbers do not depend on the values); Inception uses the fixture's random weights.
Also printed: the two DINOv2 preprocessing routes per image (decoded 512 x 384 RGB -> 224 x 224 input).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
INCEPTION_WEIGHTS = REPO.parent / "shared" / "fixtures" / "weights" / "fid_inception_random_seed0.pth"


def random_vit_l(seed: int = 0):
    """ViT-L/14's exact tensor layout with random values (cut from one random pool: quick to make)."""
    from fidgui.core.encoders.dinov2.layout import SIZES, expected_layout
    from fidgui.core.encoders.dinov2.weights import Dinov2Weights

    size = SIZES[1024]
    pool = (np.random.default_rng(seed).standard_normal(1 << 20) * 0.02).astype(np.float32)
    tensors = {}
    for name, shape in expected_layout(size).items():
        tensors[name] = np.resize(pool, int(np.prod(shape))).reshape(shape)
        if name.endswith("norm1.weight") or name.endswith("norm2.weight") or name == "norm.weight":
            tensors[name] = tensors[name] + np.float32(1)
    return Dinov2Weights(tensors, "0" * 64, False, size)


def model_rate(model_path: Path, side: int, images: int, batch: int, device: str) -> tuple[float, str]:
    from fidgui.core.encoders.session import InceptionSession

    session = InceptionSession(model_path, device=device)
    data = np.random.default_rng(1).standard_normal((batch, 3, side, side)).astype(np.float32)
    session.run(data)  # warm-up: kernels chosen, memory arenas grown
    done = 0
    started = time.perf_counter()
    while done < images:
        session.run(data)
        done += batch
    seconds = time.perf_counter() - started
    description = session.device
    session.close()
    return done / seconds, description


def preprocess_rate(mode: str, repeats: int = 20, size: int = 224) -> float:
    from fidgui.core.images.preprocess import preprocess

    rgb = np.random.default_rng(2).integers(0, 256, (384, 512, 3), dtype=np.uint8)
    preprocess(rgb, mode, size)
    started = time.perf_counter()
    for _ in range(repeats):
        preprocess(rgb, mode, size)
    return repeats / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--images", type=int, default=32)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--device", default="cpu", choices=("cpu", "cuda", "auto"))
    args = parser.parse_args()
    from fidgui.core.encoders.dinov2.graph import build_dinov2_onnx
    from fidgui.core.encoders.inception.graph import build_inception_onnx, save_model_atomically
    from fidgui.core.encoders.inception.weights import load_fid_weights

    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; device {args.device}")
    with tempfile.TemporaryDirectory() as temp:
        inception = Path(temp) / "inception.onnx"
        save_model_atomically(build_inception_onnx(load_fid_weights(INCEPTION_WEIGHTS)), inception)
        rate, device = model_rate(inception, 299, args.images, args.batch, args.device)
        print(f"FID Inception (299 x 299), model only, {device}, batch {args.batch}: {rate:.2f} images/s")
        inception.unlink()
        vit_l = Path(temp) / "dinov2_vitl14.onnx"
        started = time.perf_counter()
        save_model_atomically(build_dinov2_onnx(random_vit_l()), vit_l)
        print(f"DINOv2 ViT-L/14 graph built and saved in {time.perf_counter() - started:.1f} s "
              f"({vit_l.stat().st_size / 1e9:.2f} GB)")
        rate_l, device = model_rate(vit_l, 224, args.images, args.batch, args.device)
        print(f"FD_DINOv2 ViT-L/14 (224 x 224), model only, {device}, batch {args.batch}: {rate_l:.2f} images/s "
              f"({rate / rate_l:.1f}x slower than Inception)")
    for mode in ("dgm-eval", "edm2"):
        print(f"preprocessing '{mode}', 512 x 384 RGB -> 224: {preprocess_rate(mode):.0f} images/s (one core)")


if __name__ == "__main__":
    main()
