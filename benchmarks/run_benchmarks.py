"""Speed and memory figures with their targets, on this machine. Not a test: run it by hand.

    python benchmarks/run_benchmarks.py [--weights FILE.pth] [--images 160]

1. Whole pipeline, files to features, on the CPU, for a folder of 64x64 PNGs (target >= 11 images/s).
2. FID from two full-rank 2048-d statistics (target <= 1 s).
3. A repeated 400-image comparison with the feature cache, as a whole process (`fidgui-cli fid`), warm
   against cold (target: warm under 2 s and at least 20 times faster than cold).
4. Peak memory of the pipeline for 20,000 images against 2,000 (target: within 100 MB). Running the network
   on 20,000 images takes half an hour on two cores, so this step replaces only the network by a stand-in
   returning random features; discovery, decoding, resizing, batching and statistics are the real ones,
   and the network's own memory does not depend on the number of images.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEFAULT_WEIGHTS = REPO.parent / "shared" / "fixtures" / "weights" / "fid_inception_random_seed0.pth"


def write_pngs(folder: Path, count: int, size: int = 64, seed: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    base = rng.integers(0, 256, size=(size, size, 3), dtype=np.uint8)
    for index in range(count):
        shifted = np.roll(base, index, axis=0) ^ np.uint8(index % 251)
        Image.fromarray(shifted).save(folder / f"{index:06d}.png", compress_level=1)
    return folder


def bench_pipeline(weights: Path, images: int, workdir: Path) -> float:
    from fidgui.core.extraction.pipeline import extract_features
    from fidgui.core.encoders.inception.graph import build_inception_onnx, save_model_atomically
    from fidgui.core.encoders.inception.weights import load_fid_weights
    from fidgui.core.encoders.session import InceptionSession

    model_path = workdir / "model.onnx"
    save_model_atomically(build_inception_onnx(load_fid_weights(weights)), model_path)
    folder = write_pngs(workdir / "png64", images)
    files = sorted(folder.iterdir())
    session = InceptionSession(model_path, device="cpu")
    session.run(np.zeros((2, 3, 299, 299), np.float32))  # warm-up, as any long run amortises it
    started = time.perf_counter()
    extraction = extract_features(files, session, side="generated", mode="pytorch-fid", decode="faithful", batch_size=16)
    seconds = time.perf_counter() - started
    assert extraction.n_images == images
    return images / seconds


def bench_fid() -> float:
    from fidgui.core.metrics.frechet import frechet_distance

    rng = np.random.default_rng(0)
    dim = 2048
    covariances = []
    for _ in range(2):
        factor = rng.standard_normal((dim, dim + 512)) / np.sqrt(dim)
        covariances.append(factor @ factor.T)
    means = rng.standard_normal((2, dim))
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        frechet_distance(means[0], covariances[0], means[1], covariances[1])
        best = min(best, time.perf_counter() - started)
    return best


class _RandomFeatures:
    """Stands in for the network in the memory step only: same interface, same output sizes."""

    def __init__(self) -> None:
        self._rng = np.random.default_rng(0)

    def run(self, batch: np.ndarray, should_stop: object = None) -> dict[str, np.ndarray]:
        n = batch.shape[0]
        return {
            "pool3": self._rng.random((n, 2048), dtype=np.float32),
            "logits_unbiased": self._rng.random((n, 1008), dtype=np.float32),
            "logits": self._rng.random((n, 1008), dtype=np.float32),
        }


def bench_cache(weights: Path, workdir: Path, per_side: int = 200) -> tuple[float, float]:
    """Seconds for a cold and a warm `fidgui-cli fid` over two folders of ``per_side`` 64x64 PNGs each."""
    home = workdir / "home"
    environment = dict(os.environ, FIDGUI_HOME=str(home))
    cli = [sys.executable, "-m", "fidgui.cli"]
    subprocess.run([*cli, "model", "import", str(weights)], env=environment, cwd=REPO, check=True, capture_output=True)
    real = write_pngs(workdir / "cache_real", per_side, seed=1)
    generated = write_pngs(workdir / "cache_generated", per_side, seed=2)
    timings = []
    for _ in ("cold", "warm"):
        started = time.perf_counter()
        subprocess.run([*cli, "fid", str(real), str(generated), "--no-history", "--device", "cpu"], env=environment,
                       cwd=REPO, check=True, capture_output=True)
        timings.append(time.perf_counter() - started)
    return timings[0], timings[1]


def _memory_child(folder: str) -> None:
    from fidgui.core.images.discovery import discover_images
    from fidgui.core.extraction.pipeline import extract_features

    files = discover_images(Path(folder)).files
    extraction = extract_features(
        files, _RandomFeatures(), side="real", mode="pytorch-fid", decode="faithful", batch_size=16  # type: ignore[arg-type]
    )
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{extraction.n_images} {peak_kib}")


def bench_memory(workdir: Path, small: int, large: int) -> tuple[int, int]:
    peaks = []
    for count in (small, large):
        folder = write_pngs(workdir / f"png32_{count}", count, size=32)
        output = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(folder)], capture_output=True, text=True, check=True
        ).stdout.split()
        assert int(output[0]) == count
        peaks.append(int(output[1]) // 1024)
    return peaks[0], peaks[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--weights", type=Path, default=DEFAULT_WEIGHTS)
    parser.add_argument("--images", type=int, default=160)
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--large", type=int, default=20000)
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        _memory_child(args.memory_child)
        return
    print(f"machine: {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as temp:
        workdir = Path(temp)
        rate = bench_pipeline(args.weights, args.images, workdir)
        print(f"pipeline, 64x64 PNG, CPU, batch 16: {rate:.1f} images/s   (target >= 11)   {'OK' if rate >= 11 else 'MISSED'}")
        seconds = bench_fid()
        print(f"FID of two full-rank 2048-d statistics: {seconds:.3f} s   (target <= 1 s)   {'OK' if seconds <= 1 else 'MISSED'}")
        cold, warm = bench_cache(args.weights, workdir)
        ok = warm < 2 and cold / warm >= 20
        print(f"repeated 400-image comparison, whole process: cold {cold:.1f} s, warm {warm:.2f} s "
              f"({cold / warm:.0f}x; target warm < 2 s and >= 20x)   {'OK' if ok else 'MISSED'}")
        small_mib, large_mib = bench_memory(workdir, args.small, args.large)
        grown = large_mib - small_mib
        print(
            f"peak memory: {small_mib} MiB for {args.small} images, {large_mib} MiB for {args.large} "
            f"(+{grown} MiB; target <= 100)   {'OK' if grown <= 100 else 'MISSED'}"
        )


if __name__ == "__main__":
    main()
