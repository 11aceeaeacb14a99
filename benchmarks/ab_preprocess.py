"""This checkout's preprocessing and statistics blocks against an earlier commit's, end to end, alternating.

    python benchmarks/ab_preprocess.py REF [--mode pytorch-fid] [--format png512] [--count 32] [--rounds 3]

REF's ``fidgui/core/images/preprocess.py`` is read with ``git show`` and put in place of this checkout's for the
"before" rounds, with the running statistics fed every batch as before; the "after" rounds use this checkout.
Both alternate in one process on one session, so a machine that others load sees both alike. Printed: images/s
and process CPU ms per image, medians, and the share each changed. The network input must be bit-identical:
checked on every image of the folder first.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import types
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def module_at(ref: str, path: str) -> types.ModuleType:
    source = subprocess.run(["git", "show", f"{ref}:{path}"], cwd=REPO, check=True, capture_output=True, text=True)
    module = types.ModuleType(f"before_{Path(path).stem}")
    exec(compile(source.stdout, f"{ref}:{path}", "exec"), module.__dict__)  # noqa: S102 (our own history)
    return module


def main(argv: list[str] | None = None) -> None:
    from end_to_end import DEFAULT_WEIGHTS, build_model, end_to_end, load_line
    from photo_folders import DEFAULT_SOURCES, load_sources, write_folder

    from fidgui.core.encoders.session import InceptionSession
    from fidgui.core.extraction import pipeline
    from fidgui.core.images.decoding import decode_image

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ref", nargs="?", default="HEAD")
    parser.add_argument("--threads", type=int, help="network threads (default: fidgui's own choice)")
    parser.add_argument("--mode", default="pytorch-fid")
    parser.add_argument("--format", default="png512")
    parser.add_argument("--count", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--weights", type=Path, default=DEFAULT_WEIGHTS)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args(argv)
    after_preprocess, block = pipeline.preprocess, pipeline.StatisticsRows.BLOCK_ROWS
    before = module_at(args.ref, "fidgui/core/images/preprocess.py")
    with tempfile.TemporaryDirectory() as temp:
        workdir = args.workdir or Path(temp)
        files = sorted(write_folder(workdir / "photos", args.format, args.count, load_sources(DEFAULT_SOURCES))
                       .iterdir())[: args.count]
        for path in files:
            rgb = decode_image(path).rgb
            assert np.array_equal(before.preprocess(rgb, args.mode, 299), after_preprocess(rgb, args.mode, 299))
        session = InceptionSession(build_model(args.weights, workdir), device="cpu", threads=args.threads)
        print(f"{args.format} {args.mode}: network input bit-identical on {len(files)} images; "
              f"{session.threads} network threads; {load_line()}")
        results: dict[str, list[tuple[float, float]]] = {"before": [], "after": []}
        for _ in range(args.rounds):
            for name in ("before", "after"):
                pipeline.preprocess = before.preprocess if name == "before" else after_preprocess
                pipeline.StatisticsRows.BLOCK_ROWS = 1 if name == "before" else block
                rate, cpu, _ = end_to_end(session, files, args.mode, "free")
                results[name].append((rate, cpu))
        pipeline.preprocess, pipeline.StatisticsRows.BLOCK_ROWS = after_preprocess, block
        medians = {name: (statistics.median(r for r, _ in values), statistics.median(c for _, c in values))
                   for name, values in results.items()}
        for name, (rate, cpu) in medians.items():
            print(f"  {name:6} {rate:5.2f} images/s, {1000 * cpu:5.0f} CPU ms/image")
        (rate_b, cpu_b), (rate_a, cpu_a) = medians["before"], medians["after"]
        print(f"  after/before: images/s {100 * rate_a / rate_b:.0f} %, CPU per image {100 * cpu_a / cpu_b:.0f} %; "
              f"{load_line()}")


if __name__ == "__main__":
    main()
