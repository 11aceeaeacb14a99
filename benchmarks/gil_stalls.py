"""How long each step of a model's first check keeps Python's lock, which the window needs to paint. Not a test.

    python benchmarks/gil_stalls.py [--weights FILE.pth | --model FILE.onnx]

A thread that asks to wake every 2 ms notes the longest it waited beyond that while each step ran: a step that
holds the lock inside C++ (parsing, ONNX's checker, ONNX Runtime copying bytes) shows as a stall of about its
own length, one that releases it (hashing, running the network) as a few milliseconds. The window's input stays
under 100 ms only if every step's stall does (README, "Speed").
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, TypeVar

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))
Value = TypeVar("Value")


class StallClock:
    """A daemon thread that notes the longest delay of its 2 ms sleeps; ``step`` starts each count afresh."""

    TICK = 0.002

    def __init__(self) -> None:
        self.longest = 0.0
        threading.Thread(target=self._tick, daemon=True).start()

    def _tick(self) -> None:
        last = time.perf_counter()
        while True:
            time.sleep(self.TICK)
            now = time.perf_counter()
            self.longest = max(self.longest, now - last - self.TICK)
            last = now

    def step(self, name: str, work: Callable[[], Value]) -> Value:
        time.sleep(0.02)
        self.longest = 0.0
        started = time.perf_counter()
        value = work()
        wall = time.perf_counter() - started
        time.sleep(0.02)  # a stall at the very end is seen only once the clock's thread runs again
        print(f"{name:44s} {1000 * wall:7.0f} ms, longest stall {1000 * self.longest:5.0f} ms")
        return value


def main(argv: list[str] | None = None) -> None:
    import numpy as np
    import onnx

    from end_to_end import DEFAULT_WEIGHTS, build_model
    from fidgui.core.encoders.inception import model_probe
    from fidgui.core.encoders.inception.file_digest import network_digest_of_file
    from fidgui.core.encoders.inception.graph import META_NETWORK_SHA256, network_digest
    from fidgui.core.encoders.session import InceptionSession

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weights", type=Path, default=DEFAULT_WEIGHTS)
    parser.add_argument("--model", type=Path, help="an ONNX model fidgui converted (default: convert --weights)")
    args = parser.parse_args(argv)
    clock = StallClock()
    with tempfile.TemporaryDirectory() as folder:
        path = args.model or build_model(args.weights, Path(folder))
        content = clock.step("read the file", path.read_bytes)
        model = clock.step("onnx.load_from_string", lambda: onnx.load_from_string(content))
        clock.step("ONNX checker on the bytes", lambda: onnx.checker.check_model(content))
        recorded = {prop.key: prop.value for prop in model.metadata_props}.get(META_NETWORK_SHA256)
        clock.step("digest: serialising the graph again (before)", lambda: network_digest(model))
        clock.step("digest: the file's own graph bytes (now)", lambda: network_digest_of_file(content, model, recorded))
        clock.step("probe session from the bytes", lambda: model_probe._session(content))
        session = clock.step("run session from the path", lambda: InceptionSession(path, device="cpu"))
        clock.step("first network call, 2 rows", lambda: session.run(np.zeros((2, 3, 299, 299), np.float32)))
        session.close()


if __name__ == "__main__":
    main()
