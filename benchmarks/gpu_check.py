"""What the GPU path really does on this machine: providers, speeds, and CUDA-against-CPU differences.

    python benchmarks/gpu_check.py [--weights FILE.pth | --model FILE.onnx] [--images 1024] [--quick]

Needs only numpy, onnx, onnxruntime(-gpu), Pillow and fidgui (scipy too for fidgui's own FID; without it a
numpy eigenvalue route computes the FID difference). It builds the network from ``--weights`` (by default the
shared fixture's random-valued weights; pass the real file for real figures), so nothing large need travel
with it. Printed:

1. onnxruntime's version and offered providers, and the providers each session really got;
2. model-only images/s at batch 16, 64 and 256 (on the CPU: batch 16 only; ``--quick``: fewer runs);
3. end to end (512x512 PNG files to features) with the default decoding threads and with one per core, and
   the decode-and-preprocess rate of those threads alone, which is what limits end to end on a fast GPU;
4. the largest per-image feature difference and the FID difference between CUDA and CPU on the fixture
   images (expected <= 1e-4 relative).
On a machine without a working GPU it says why and measures the CPU only.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import onnxruntime
from PIL import Image

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
FIXTURES = REPO.parent / "shared" / "fixtures"
DEFAULT_WEIGHTS = FIXTURES / "weights" / "fid_inception_random_seed0.pth"
PHOTOS = FIXTURES / "encoders" / "images" / "large"
PARITY_FOLDERS = (FIXTURES / "images" / "small_a", FIXTURES / "images" / "small_b")


def build_model(weights: Path, folder: Path) -> Path:
    from fidgui.core.encoders.inception.graph import build_inception_onnx, save_model_atomically
    from fidgui.core.encoders.inception.weights import load_fid_weights

    path = folder / "model.onnx"
    save_model_atomically(build_inception_onnx(load_fid_weights(weights)), path)
    return path


def open_sessions(model: Path) -> tuple[object, object | None, str]:
    """The CPU session, the CUDA one (None when it cannot start) and, then, why not in fidgui's words."""
    from fidgui.core.base.errors import FidguiError
    from fidgui.core.encoders.session import InceptionSession
    from fidgui.messages import render

    cpu = InceptionSession(model, device="cpu")
    try:
        return cpu, InceptionSession(model, device="cuda"), ""
    except FidguiError as error:
        return cpu, None, render(error.message) if hasattr(error, "message") else str(error)


def model_only(session: object, batch_size: int, runs: int) -> float:
    """Images/s of the network alone on one random batch, after one warm-up run (CUDA tunes its kernels)."""
    batch = np.random.default_rng(batch_size).uniform(-1, 1, (batch_size, 3, 299, 299)).astype(np.float32)
    session.run(batch)  # type: ignore[attr-defined]
    started = time.perf_counter()
    for _ in range(runs):
        session.run(batch)  # type: ignore[attr-defined]
    return runs * batch_size / (time.perf_counter() - started)


def write_pngs(folder: Path, count: int, unique: int = 32) -> list[Path]:
    """``count`` 512x512 PNG files: ``unique`` crops of the fixture photographs (smooth noise where absent), copied."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = [Image.open(p).convert("RGB") for p in sorted(PHOTOS.glob("*.png"))] if PHOTOS.is_dir() else []
    rng = np.random.default_rng(0)
    blobs = []
    for index in range(min(unique, count)):
        if sources:
            source = sources[index % len(sources)]
            side = int(min(source.size) * rng.uniform(0.5, 1.0))
            left, top = (int(rng.integers(0, extent - side + 1)) for extent in source.size)
            image = source.crop((left, top, left + side, top + side)).resize((512, 512), Image.Resampling.LANCZOS)
        else:
            small = rng.integers(0, 256, (16, 16, 3), dtype=np.uint8)
            image = Image.fromarray(small).resize((512, 512), Image.Resampling.BICUBIC)
        path = folder / f"u{index:03d}.png"
        image.save(path)
        blobs.append(path.read_bytes())
    files = []
    for index in range(count):
        path = folder / f"{index:05d}.png"
        path.write_bytes(blobs[index % len(blobs)])
        files.append(path)
    return files


def end_to_end(session: object, files: list[Path], batch_size: int, workers: int) -> float:
    from fidgui.core.extraction.pipeline import extract_features

    started = time.perf_counter()
    extraction = extract_features(files, session, side="generated", mode="pytorch-fid", decode="faithful",  # type: ignore[arg-type]
                                  batch_size=batch_size, workers=workers)
    assert extraction.n_images == len(files), extraction.skipped
    return len(files) / (time.perf_counter() - started)


class _NoNetwork:
    """Stands in for the network to time decoding and preprocessing alone, with the same threads."""

    def run(self, batch: np.ndarray, should_stop: object = None) -> dict[str, np.ndarray]:
        from fidgui.core.encoders.registry import encoder_for_mode

        widths = encoder_for_mode("pytorch-fid").kept_outputs
        return {name: np.zeros((len(batch), width), np.float32) for name, width in widths.items()}


def features_of(session: object, folder: Path) -> tuple[np.ndarray, object]:
    from fidgui.core.extraction.pipeline import extract_features
    from fidgui.core.images.discovery import discover_images

    files = discover_images(folder).files
    extraction = extract_features(files, session, side="real", mode="pytorch-fid", decode="pil",  # type: ignore[arg-type]
                                  batch_size=len(files), keep_features=True)
    assert extraction.features is not None
    features = np.array(extraction.features)
    extraction.close()
    return features, extraction.statistics


def fid(first: object, second: object) -> tuple[float, str]:
    """fidgui's FID when scipy is there, else trace sqrt(S1 S2) from the eigenvalues of the product (numpy only)."""
    mu1, mu2 = first.mean, second.mean  # type: ignore[attr-defined]
    s1, s2 = first.covariance, second.covariance  # type: ignore[attr-defined]
    try:
        from fidgui.core.metrics.frechet import frechet_distance
    except ImportError:
        root = np.sqrt(np.clip(np.linalg.eigvals(s1 @ s2).real, 0, None)).sum()
        return float(((mu1 - mu2) ** 2).sum() + np.trace(s1) + np.trace(s2) - 2 * root), "numpy eigenvalues"
    return float(frechet_distance(mu1, s1, mu2, s2)), "fidgui"


def cuda_against_cpu(cpu: object, cuda: object) -> None:
    """Largest feature and FID differences between the two devices on the fixture images."""
    results = {}
    for name, session in (("cpu", cpu), ("cuda", cuda)):
        results[name] = [features_of(session, folder) for folder in PARITY_FOLDERS]
    worst = max(float(np.abs(c[0] - g[0]).max()) for c, g in zip(results["cpu"], results["cuda"]))
    scale = max(float(np.abs(c[0]).max()) for c in results["cpu"])
    fid_cpu, how = fid(results["cpu"][0][1], results["cpu"][1][1])
    fid_cuda, _ = fid(results["cuda"][0][1], results["cuda"][1][1])
    print(f"CUDA vs CPU on {', '.join(f.name for f in PARITY_FOLDERS)}: largest feature difference {worst:.3g} "
          f"({worst / scale:.3g} of the largest feature); FID {fid_cpu:.6f} vs {fid_cuda:.6f} "
          f"({abs(fid_cuda - fid_cpu) / max(abs(fid_cpu), 1e-12):.3g} relative; {how}); expected <= 1e-4 relative")


def main(argv: list[str] | None = None) -> None:
    from fidgui.core.base.core_share import available_cores
    from fidgui.core.extraction.pipeline import decode_workers

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--weights", type=Path, default=DEFAULT_WEIGHTS)
    parser.add_argument("--model", type=Path, help="an ONNX model already built by fidgui (skips the build)")
    parser.add_argument("--images", type=int, default=1024, help="PNG files end to end (default: 1024 on a GPU)")
    parser.add_argument("--quick", action="store_true", help="few runs and images: checks the script, not speed")
    args = parser.parse_args(argv)
    print(f"onnxruntime {onnxruntime.__version__}, providers offered: {', '.join(onnxruntime.get_available_providers())}; "
          f"{available_cores()} cores")
    with tempfile.TemporaryDirectory() as temp:
        model = args.model or build_model(args.weights, Path(temp))
        cpu, cuda, why_not = open_sessions(model)
        print(f"CPU session providers: {cpu.providers}")  # type: ignore[attr-defined]
        if cuda is None:
            print(f"no GPU: {why_not}")
        else:
            print(f"CUDA session providers: {cuda.providers}")  # type: ignore[attr-defined]
        fast = cuda or cpu
        batches, runs = ((16, 64, 256), 2 if args.quick else 8) if cuda else ((16,), 1 if args.quick else 3)
        for batch_size in batches:
            print(f"model-only, {fast.device}, batch {batch_size}: "  # type: ignore[attr-defined]
                  f"{model_only(fast, batch_size, runs):.1f} images/s")
        count = min(args.images, 32) if args.quick or cuda is None else args.images
        files = write_pngs(Path(temp) / "png512", count)
        batch = 64 if cuda else 16
        for workers in dict.fromkeys((decode_workers(), available_cores())):
            alone = end_to_end(_NoNetwork(), files, batch, workers)
            rate = end_to_end(fast, files, batch, workers)
            print(f"end to end, {count} 512x512 PNG, batch {batch}, {workers} decoding threads: {rate:.1f} images/s "
                  f"(decoding and preprocessing alone: {alone:.1f} images/s)")
        if cuda is not None:
            cuda_against_cpu(cpu, cuda)


if __name__ == "__main__":
    main()
