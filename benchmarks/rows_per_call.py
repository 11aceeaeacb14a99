"""What one core pays per image when a batch is shared among many cores. Not a test.

    python benchmarks/rows_per_call.py [--weights FILE.pth | --model FILE.onnx] [--rounds 9] [--batch 16]

On the CPU a batch is sliced into one call per core (``concurrent_calls``), so at the default batch of 16 a
16-core machine gives each call one row, and each call streams all 95 MB of weights for that one image. This
runs fidgui's single-threaded session on 1, 2, 4, ... rows per call, covering ``--batch`` images each time,
round by round, and prints the median milliseconds per image of each slice size. Equal figures mean the batch
need not follow the core count; a one-row slice clearly dearer would mean it should.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def slice_sizes(batch: int) -> list[int]:
    """1, 2, 4, ... up to ``batch``: the rows one call gets on ``batch``, ``batch / 2``, ... cores."""
    sizes, rows = [], 1
    while rows < batch:
        sizes.append(rows)
        rows *= 2
    return [*sizes, batch]


def milliseconds_per_image(session: object, images: np.ndarray, rows: int) -> float:
    """One pass over ``images`` in calls of ``rows`` rows (the last may be shorter), per image."""
    started = time.perf_counter()
    for first in range(0, len(images), rows):
        session.run(images[first:first + rows])  # type: ignore[attr-defined]
    return 1000 * (time.perf_counter() - started) / len(images)


def main(argv: list[str] | None = None) -> dict[int, float]:
    from end_to_end import DEFAULT_WEIGHTS, build_model
    from fidgui.core.encoders.session import InceptionSession

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weights", type=Path, default=DEFAULT_WEIGHTS)
    parser.add_argument("--model", type=Path, help="an ONNX model fidgui converted (default: convert --weights)")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--batch", type=int, default=16)
    args = parser.parse_args(argv)
    images = np.random.default_rng(0).uniform(-1, 1, (args.batch, 3, 299, 299)).astype(np.float32)
    with tempfile.TemporaryDirectory() as folder:
        session = InceptionSession(args.model or build_model(args.weights, Path(folder)), device="cpu", threads=1)
        try:
            session.run(images[:2])  # the first call allocates; not timed
            sizes = slice_sizes(args.batch)
            timings: dict[int, list[float]] = {rows: [] for rows in sizes}
            for _ in range(args.rounds):  # alternated, so a machine whose speed drifts affects every size alike
                for rows in sizes:
                    timings[rows].append(milliseconds_per_image(session, images, rows))
        finally:
            session.close()
    medians = {rows: statistics.median(values) for rows, values in timings.items()}
    for rows, values in timings.items():
        print(f"{rows:4d} rows per call: {medians[rows]:7.1f} ms per image, median of {len(values)} "
              f"({medians[rows] / medians[args.batch]:.2f}x the whole batch in one call)")
    return medians


if __name__ == "__main__":
    main()
