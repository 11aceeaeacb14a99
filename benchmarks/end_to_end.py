"""Files to features against the network alone, in the same process, at the sizes generators write. Not a test.

    python benchmarks/end_to_end.py [--count 48] [--rounds 3] [--modes pytorch-fid ...] [--formats png512 ...]

For each mode and each folder (512x512 PNG, 1024x1024 JPEG; see ``photo_folders.py``) it alternates, round by
round, the network alone on an already preprocessed batch (model-only: fidgui's session, and ONNX Runtime with its
default settings, one call per batch) and ``extract_features`` on the files (end to end), and prints the medians
and their ratio (target >= 85 % on an idle machine), and each round's ratio with their median: on a virtual machine
whose neighbours come and go, the ratio of two rounds run back to back is steadier than the ratio of two medians
taken over minutes. Alternating rounds in one process make the ratio fair on a machine that other programs share:
both rates see the same load. It also prints the process CPU seconds per image of each, which a busy machine
changes far less than images/s, and where the end-to-end wall time went: inside the network call, or in the main
thread waiting for decoded batches. ``--stages`` adds the single-thread CPU cost of each step (read, hash, decode,
preprocess).
``--busy-loop`` instead alternates end to end on a quiet machine and with another process keeping one core busy
(target: at least half the quiet rate).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))
DEFAULT_WEIGHTS = REPO.parent / "shared" / "fixtures" / "weights" / "fid_inception_random_seed0.pth"
MODES = ("pytorch-fid", "tensorflow", "clean")
BATCH = 16


class TimedRunner:
    """Wraps a session and adds up the wall time spent inside its network calls."""

    def __init__(self, session: object) -> None:
        self.session = session
        self.seconds = 0.0

    def run(self, batch: np.ndarray, should_stop: Callable[[], bool] | None = None) -> dict[str, np.ndarray]:
        started = time.perf_counter()
        try:
            return self.session.run(batch, should_stop=should_stop)  # type: ignore[attr-defined]
        finally:
            self.seconds += time.perf_counter() - started


class PlainRuntime:
    """ONNX Runtime with its default settings, one call per batch: "what the network allows" as issue 15 put it,
    before fidgui's concurrent calls (which run the same model faster, see ``concurrent_calls``)."""

    def __init__(self, model: Path) -> None:
        import onnxruntime

        self.session = onnxruntime.InferenceSession(str(model), providers=["CPUExecutionProvider"])
        self.input = self.session.get_inputs()[0].name

    def run(self, batch: np.ndarray) -> object:
        return self.session.run(None, {self.input: batch})


def build_model(weights: Path, folder: Path) -> Path:
    """The ONNX model of ``weights`` in ``folder`` (built once; reused when already there)."""
    from fidgui.core.encoders.inception.graph import build_inception_onnx, save_model_atomically
    from fidgui.core.encoders.inception.weights import load_fid_weights

    path = folder / f"{weights.stem}.onnx"
    if not path.exists():
        save_model_atomically(build_inception_onnx(load_fid_weights(weights)), path)
    return path


def model_batch(files: list[Path], mode: str) -> np.ndarray:
    """One batch of real images, preprocessed as ``mode`` prescribes, for the model-only rate."""
    from fidgui.core.images.decoding import decode_image
    from fidgui.core.images.preprocess import preprocess

    return np.stack([preprocess(decode_image(path).rgb, mode, 299) for path in files[:BATCH]])


def model_only(session: object, batch: np.ndarray, images: int) -> tuple[float, float]:
    """(images/s, CPU seconds per image) of the network alone over ``images`` images."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(max(1, images // len(batch))):
        session.run(batch)  # type: ignore[attr-defined]
    done = max(1, images // len(batch)) * len(batch)
    return done / (time.perf_counter() - wall), (time.process_time() - cpu) / done


def end_to_end(session: object, files: list[Path], mode: str, schedule: str = "free") -> tuple[float, float, float]:
    """(images/s, CPU seconds per image, share of wall time inside the network) for ``extract_features``.

    ``schedule``: "free" starts decoding only on cores the network leaves free (fidgui's choice), "share" beside
    it on every core at the same priority; see ``pipeline.DECODE_ON_FREE_CORES``.
    """
    from fidgui.core.extraction import pipeline
    from fidgui.core.extraction.pipeline import extract_features

    pipeline.DECODE_ON_FREE_CORES = schedule == "free"
    runner = TimedRunner(session)
    wall, cpu = time.perf_counter(), time.process_time()
    extraction = extract_features(files, runner, side="generated", mode=mode, decode="faithful", batch_size=BATCH)
    seconds = time.perf_counter() - wall
    assert extraction.n_images == len(files), extraction.skipped
    return len(files) / seconds, (time.process_time() - cpu) / len(files), runner.seconds / seconds


def compare(
    session: object, files: list[Path], mode: str, rounds: int, schedules: tuple[str, ...] = ("free",),
    plain: PlainRuntime | None = None,
) -> dict[str, dict[str, float]]:
    """Medians over alternating rounds, per decoding schedule; the first round is a warm-up, not counted, when
    rounds > 1."""
    batch = model_batch(files, mode)
    model_rates, model_cpu, plain_rates = [], [], []
    e2e: dict[str, list[tuple[float, float, float]]] = {schedule: [] for schedule in schedules}
    for _ in range(rounds + (rounds > 1)):
        rate, cpu = model_only(session, batch, len(files))
        model_rates.append(rate)
        model_cpu.append(cpu)
        if plain is not None:
            plain_rates.append(model_only(plain, batch, len(files))[0])
        for schedule in schedules:
            e2e[schedule].append(end_to_end(session, files, mode, schedule))
    skip = 1 if rounds > 1 else 0
    med = lambda values: statistics.median(values[skip:])  # noqa: E731
    results = {}
    for schedule, runs in e2e.items():
        rates = [run[0] for run in runs]
        results[schedule] = {
            "model": med(model_rates), "e2e": med(rates), "model_cpu": med(model_cpu),
            "e2e_cpu": med([run[1] for run in runs]), "in_network": med([run[2] for run in runs]),
            "ratios": [e / m for e, m in zip(rates[skip:], model_rates[skip:])],
            "plain": med(plain_rates) if plain_rates else 0.0,
        }
    return results


def quiet_and_busy(session: object, files: list[Path], mode: str, rounds: int,
                   schedule: str = "free") -> tuple[float, float]:
    """Median end-to-end images/s without and with a busy-loop process (one core's worth of other work)."""
    quiet, busy = [], []
    end_to_end(session, files, mode, schedule)  # warm-up
    for _ in range(rounds):
        quiet.append(end_to_end(session, files, mode, schedule)[0])
        loop = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        try:
            time.sleep(0.3)
            busy.append(end_to_end(session, files, mode, schedule)[0])
        finally:
            loop.kill()
            loop.wait()
    return statistics.median(quiet), statistics.median(busy)


def stage_costs(files: list[Path], modes: tuple[str, ...]) -> dict[str, float]:
    """Median single-thread CPU milliseconds of each step for one image of this folder."""
    from fidgui.core.images.decoding import decode_bytes, read_image_file
    from fidgui.core.images.preprocess import preprocess

    def cost(step: Callable[[int], object]) -> float:
        times = []
        for index in range(min(len(files), 12)):
            started = time.thread_time()
            step(index)
            times.append(time.thread_time() - started)
        return 1000 * statistics.median(times)

    data = [read_image_file(path) for path in files[:12]]
    rgb = [decode_bytes(data[i], files[i]).rgb for i in range(len(data))]
    costs = {"read": cost(lambda i: read_image_file(files[i])), "sha256": cost(lambda i: hashlib.sha256(data[i]).digest()),
             "decode": cost(lambda i: decode_bytes(data[i], files[i]))}
    for mode in modes:
        costs[f"preprocess {mode}"] = cost(lambda i: preprocess(rgb[i], mode, 299))
    return costs


def load_line() -> str:
    return "load average %.2f %.2f %.2f" % os.getloadavg() if hasattr(os, "getloadavg") else "load average unknown"


def main(argv: list[str] | None = None) -> None:
    from photo_folders import DEFAULT_SOURCES, FORMATS, load_sources, write_folder

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--weights", type=Path, default=DEFAULT_WEIGHTS)
    parser.add_argument("--workdir", type=Path, help="keeps the model and folders between runs (default: temporary)")
    parser.add_argument("--count", type=int, default=48, help="images per folder and per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--formats", nargs="+", choices=sorted(FORMATS), default=sorted(FORMATS, reverse=True))
    parser.add_argument("--threads", type=int, help="network threads (default: fidgui's own choice)")
    parser.add_argument("--stages", action="store_true", help="also print each step's single-thread CPU cost")
    parser.add_argument("--busy-loop", action="store_true", help="end to end quiet against one core kept busy")
    parser.add_argument("--schedules", nargs="+", choices=("free", "share"), default=["free"],
                        help="decoding on the cores the network leaves free (fidgui's choice) and/or beside it, "
                             "alternating")
    args = parser.parse_args(argv)
    from fidgui.core.encoders.session import InceptionSession

    with tempfile.TemporaryDirectory() as temp:
        workdir = args.workdir or Path(temp)
        workdir.mkdir(parents=True, exist_ok=True)
        session = InceptionSession(build_model(args.weights, workdir), device="cpu", threads=args.threads)
        session.run(np.zeros((2, 3, 299, 299), np.float32))
        plain = PlainRuntime(build_model(args.weights, workdir))
        print(f"{os.cpu_count()} cores, network threads {session.threads}, batch {BATCH}, {args.count} images "
              f"per round, {args.rounds} rounds; {load_line()}")
        sources = load_sources(DEFAULT_SOURCES)
        for name in args.formats:
            files = sorted(write_folder(workdir / "photos", name, args.count, sources).iterdir())[: args.count]
            if args.stages:
                costs = stage_costs(files, tuple(args.modes))
                print(f"{name} single-thread CPU ms per image: " + ", ".join(f"{k} {v:.1f}" for k, v in costs.items()))
            for mode in args.modes:
                if args.busy_loop:
                    for schedule in args.schedules:
                        quiet, busy = quiet_and_busy(session, files, mode, args.rounds, schedule)
                        print(f"{name:9} {mode:12} {schedule:8} end to end quiet {quiet:5.2f} images/s, one core busy "
                              f"{busy:5.2f} images/s = {100 * busy / quiet:.0f} %")
                    continue
                for schedule, r in compare(session, files, mode, args.rounds, tuple(args.schedules), plain).items():
                    ratios = ", ".join(f"{100 * x:.0f}" for x in r["ratios"])
                    print(f"{name:9} {mode:12} {schedule:8} model-only {r['model']:5.2f} images/s, end to end "
                          f"{r['e2e']:5.2f} images/s = {100 * r['e2e'] / r['model']:.0f} % (rounds: {ratios}; their median "
                          f"{100 * statistics.median(r['ratios']):.0f} %); "
                          f"CPU ms/image {1000 * r['model_cpu']:.0f} vs {1000 * r['e2e_cpu']:.0f}; "
                          f"{100 * r['in_network']:.0f} % of the wall time inside the network; ONNX Runtime with its "
                          f"defaults {r['plain']:5.2f} images/s, end to end {100 * r['e2e'] / r['plain']:.0f} % of it")
        print(load_line())


if __name__ == "__main__":
    main()
