"""The network's rate with one core kept busy by another process, for ONNX Runtime's thread settings. Not a test.

    python benchmarks/busy_machine.py [--rounds 3] [--images 32] [--weights FILE.pth]

Each variant (intra-op thread count, spinning, dynamic block size, or, fidgui's choice, as many concurrent
single-threaded calls as cores: ``concurrent_calls``) gets its own session; rounds alternate the
variants and, inside each round, a quiet phase and a phase with a busy-loop process (one core's worth of work,
as another program would be). Printed: median images/s quiet and busy per variant, busy as a share of the best
quiet rate (target: at least half).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import onnxruntime

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))
BUSY_LOOP = "while True: pass"


def variants(cores: int) -> dict[str, dict[str, object]]:
    """Thread settings worth comparing on this machine."""
    found: dict[str, dict[str, object]] = {
        f"{cores} concurrent calls of 1 thread (fidgui)": {"threads": 1, "spin": "0", "calls": cores},
        f"{cores} threads, spinning": {"threads": cores, "spin": "1"},
        f"{cores} threads, no spinning": {"threads": cores, "spin": "0"},
        f"{cores} threads, no spinning, dynamic blocks": {"threads": cores, "spin": "0", "block": "4"},
    }
    if cores > 1:
        found[f"{cores - 1} threads, no spinning"] = {"threads": cores - 1, "spin": "0"}
    return found


def open_session(model: Path, threads: int, spin: str, block: str | None = None,
                 calls: int = 1) -> tuple[onnxruntime.InferenceSession, int]:
    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = threads
    options.add_session_config_entry("session.intra_op.allow_spinning", spin)
    if block is not None:
        options.add_session_config_entry("session.dynamic_block_base", block)
    session = onnxruntime.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])
    return session, calls


def rate(variant: tuple[onnxruntime.InferenceSession, int], batch: np.ndarray, images: int) -> float:
    """Images/s over ``images`` (batches of ``batch``), one call per batch or fidgui's concurrent calls."""
    from fidgui.core.encoders.concurrent_calls import ConcurrentCalls

    session, workers = variant
    name = session.get_inputs()[0].name
    calls = ConcurrentCalls(workers) if workers > 1 else None
    runs = max(1, images // len(batch))
    started = time.perf_counter()
    for _ in range(runs):
        if calls is None:
            session.run(None, {name: batch})
        else:
            calls.run(lambda rows, options: session.run(None, {name: rows}, options), batch, None)
    seconds = time.perf_counter() - started
    if calls is not None:
        calls.close()
    return runs * len(batch) / seconds


def main(argv: list[str] | None = None) -> None:
    from end_to_end import DEFAULT_WEIGHTS, build_model, load_line
    from fidgui.core.base.core_share import available_cores

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--weights", type=Path, default=DEFAULT_WEIGHTS)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--images", type=int, default=32, help="images per measurement (batches of 16)")
    args = parser.parse_args(argv)
    cores = available_cores()
    with tempfile.TemporaryDirectory() as temp:
        workdir = args.workdir or Path(temp)
        model = build_model(args.weights, workdir)
        sessions = {label: open_session(model, **settings) for label, settings in variants(cores).items()}
        batch = np.random.default_rng(0).uniform(-1, 1, (16, 3, 299, 299)).astype(np.float32)
        for session in sessions.values():
            rate(session, batch[:2], 2)
        print(f"{cores} cores; {load_line()}")
        quiet: dict[str, list[float]] = {label: [] for label in sessions}
        busy: dict[str, list[float]] = {label: [] for label in sessions}
        for _ in range(args.rounds):
            for label, session in sessions.items():
                quiet[label].append(rate(session, batch, args.images))
            loop = subprocess.Popen([sys.executable, "-c", BUSY_LOOP])
            try:
                time.sleep(0.3)
                for label, session in sessions.items():
                    busy[label].append(rate(session, batch, args.images))
            finally:
                loop.kill()
                loop.wait()
        best_quiet = max(statistics.median(values) for values in quiet.values())
        for label in sessions:
            q, b = statistics.median(quiet[label]), statistics.median(busy[label])
            print(f"{label:48} quiet {q:5.2f} images/s, one core busy {b:5.2f} images/s "
                  f"= {100 * b / best_quiet:.0f} % of the best quiet rate")
        print(f"fidgui makes {cores} concurrent single-threaded calls; {load_line()}")


if __name__ == "__main__":
    main()
