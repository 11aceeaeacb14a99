"""fidgui and pytorch-fid timed as whole processes on the same two folders, alternating. Not a test.

    python benchmarks/compare_with_pytorch_fid.py REAL GENERATED --weights pt_inception-2015-12-05-6726825d.pth
        [--pairs 2] [--batch-size 16] [--device cpu] [--pytorch-fid-python PYTHON]

pytorch-fid must be importable by ``--pytorch-fid-python`` (by default this Python; keep torch and pytorch-fid in
a separate virtual environment and name its python here). pytorch-fid downloads its weights on first use; this
script never lets it: ``--weights`` is placed (linked) where torch looks for that download, in a temporary
TORCH_HOME, and the same file is imported as fidgui's model in a temporary FIDGUI_HOME. Any file with the
standard layout works, the real weights or the shared fixture's random ones; the two FIDs printed should agree
to about 1e-6 either way. fidgui runs with ``--no-cache`` so that neither side reuses earlier work.

Pairs alternate the order (fidgui first, then pytorch-fid first, ...) so that neither always runs on a warmer
disk cache. Printed per run: wall seconds, CPU seconds of the process and its children, the FID; then the median
wall and CPU ratios (pytorch-fid / fidgui: above 1 means fidgui is faster).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

REPO = Path(__file__).resolve().parents[1]
STANDARD_NAME = "pt_inception-2015-12-05-6726825d.pth"  # the file name pytorch-fid's download is saved under


@dataclass
class Tool:
    """One contender: its command line, its environment additions, and how to find the FID in its output."""

    name: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)


@dataclass
class Timing:
    name: str
    wall: float
    cpu: float
    fid: float | None


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("real", type=Path)
    parser.add_argument("generated", type=Path)
    parser.add_argument("--weights", type=Path, required=True,
                        help="the FID Inception weights (.pth) both tools use; pytorch-fid is never let download")
    parser.add_argument("--pairs", type=int, default=2, help="runs of each tool, alternating (default: 2)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--device", default="cpu", help="cpu or cuda, for both tools (default: cpu)")
    parser.add_argument("--pytorch-fid-python", default=sys.executable,
                        help="the Python that has torch and pytorch-fid installed (default: this one)")
    parser.add_argument("--fidgui-python", default=sys.executable, help="the Python that runs fidgui")
    args = parser.parse_args(argv)
    if args.pairs < 1:
        parser.error("--pairs must be at least 1")
    for folder in (args.real, args.generated):
        if not folder.is_dir():
            parser.error(f"not a folder: {folder}")
    if not args.weights.is_file():
        parser.error(f"no weights file at {args.weights}")
    return args


def stage_torch_home(weights: Path, torch_home: Path) -> Path:
    """Put ``weights`` where torch.hub looks for pytorch-fid's download, so that nothing is downloaded."""
    checkpoints = torch_home / "hub" / "checkpoints"
    checkpoints.mkdir(parents=True, exist_ok=True)
    target = checkpoints / STANDARD_NAME
    if not target.exists():
        try:
            target.symlink_to(weights.resolve())
        except OSError:  # no symbolic links here (some Windows accounts): a copy does the same
            import shutil

            shutil.copyfile(weights, target)
    return target


def tools(args: argparse.Namespace, fidgui_home: Path, torch_home: Path) -> list[Tool]:
    real, generated = str(args.real), str(args.generated)
    workers = str(max(1, min(4, (os.cpu_count() or 2) - 1)))
    fidgui = Tool("fidgui", [args.fidgui_python, "-m", "fidgui.cli", "fid", real, generated, "--no-cache",
                             "--no-history", "--json", "--quiet", "--mode", "pytorch-fid", "--device", args.device,
                             "--batch-size", str(args.batch_size)], {"FIDGUI_HOME": str(fidgui_home)})
    pytorch_fid = Tool("pytorch-fid", [args.pytorch_fid_python, "-m", "pytorch_fid", real, generated,
                                       "--device", args.device, "--batch-size", str(args.batch_size),
                                       "--num-workers", workers], {"TORCH_HOME": str(torch_home)})
    return [fidgui, pytorch_fid]


def read_fid(output: str) -> float | None:
    """The FID in either tool's output: fidgui's JSON document, or pytorch-fid's 'FID:  12.34' line."""
    text = output.strip()
    if text.startswith("{"):
        return _find_number(json.loads(text), "fid")
    for line in text.splitlines():
        if line.startswith("FID:"):
            return float(line.split(":", 1)[1])
    return None


def _find_number(document: Any, key: str) -> float | None:
    if isinstance(document, dict):
        value = document.get(key)
        if isinstance(value, (int, float)):
            return float(value)
        children = document.values()
    elif isinstance(document, list):
        children = document
    else:
        return None
    for child in children:
        if (found := _find_number(child, key)) is not None:
            return found
    return None


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_tool(tool: Tool) -> Timing:
    """One whole-process run: wall time, CPU time of the process and its children, and the FID it printed."""
    cpu_before = children_cpu_seconds()
    started = time.perf_counter()
    done = subprocess.run(tool.argv, env={**os.environ, **tool.env}, cwd=REPO, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{tool.name} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return Timing(tool.name, wall, children_cpu_seconds() - cpu_before, read_fid(done.stdout))


def alternate(contenders: list[Tool], pairs: int) -> list[Timing]:
    """Each tool ``pairs`` times; the order flips every pair (A B, B A, A B, ...)."""
    timings = []
    for pair in range(pairs):
        for tool in contenders if pair % 2 == 0 else contenders[::-1]:
            timing = time_tool(tool)
            print(f"  {timing.name:12} {timing.wall:7.1f} s wall, {timing.cpu:7.1f} s CPU, FID {timing.fid}", flush=True)
            timings.append(timing)
    return timings


def ratios(timings: list[Timing], slower: str = "pytorch-fid", faster: str = "fidgui") -> tuple[float, float]:
    """Median wall and median CPU time of ``slower`` over those of ``faster``."""
    def median(name: str, attribute: str) -> float:
        return statistics.median(getattr(timing, attribute) for timing in timings if timing.name == name)

    return median(slower, "wall") / median(faster, "wall"), median(slower, "cpu") / median(faster, "cpu")


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        fidgui_home, torch_home = Path(temp) / "fidgui", Path(temp) / "torch"
        stage_torch_home(args.weights, torch_home)
        subprocess.run([args.fidgui_python, "-m", "fidgui.cli", "model", "import", str(args.weights)], cwd=REPO,
                       env={**os.environ, "FIDGUI_HOME": str(fidgui_home)}, check=True, capture_output=True)
        load = "%.2f %.2f %.2f" % os.getloadavg() if hasattr(os, "getloadavg") else "unknown"
        print(f"{args.real} vs {args.generated}, {args.pairs} pairs, batch {args.batch_size}, {args.device}; "
              f"load average {load}")
        timings = alternate(tools(args, fidgui_home, torch_home), args.pairs)
    wall, cpu = ratios(timings)
    print(f"pytorch-fid / fidgui: wall {wall:.2f}x, CPU time {cpu:.2f}x (medians; above 1: fidgui is faster)")


if __name__ == "__main__":
    main()
