"""On the CPU, decoding waits while the network runs and uses the cores between its calls (README, "Speed")."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest

from conftest import IMAGES
from fidgui.core.encoders.session import InceptionSession
from fidgui.core.extraction import pipeline
from fidgui.core.extraction.prefetch import BatchFeeder


class _Counter:
    """Counts the items whose work has started, from any thread."""

    def __init__(self, seconds_each: float = 0.0) -> None:
        self.started = 0
        self._lock = threading.Lock()
        self._seconds = seconds_each

    def __call__(self, item: int) -> int:
        with self._lock:
            self.started += 1
        time.sleep(self._seconds)
        return item


def test_no_item_starts_while_the_feeder_is_paused_and_decoding_resumes_after() -> None:
    work = _Counter(seconds_each=0.02)
    workers = 2
    feeder: BatchFeeder[int, int] = BatchFeeder(list(range(40)), work, lambda batch: len(batch) >= 2, workers)
    try:
        batches = feeder.batches()
        assert next(batches) == [0, 1]
        with feeder.paused_during():
            time.sleep(0.05)  # items that had passed the gate just before it closed finish
            before = work.started
            time.sleep(0.4)  # unpaused, 20 more items would start in this time (the look-ahead allows it)
            during = work.started - before
        assert during == 0
        with feeder.paused_during(False):  # not pausing: decoding goes on
            time.sleep(0.2)
        assert work.started > before
        rest = [item for batch in batches for item in batch]
        assert rest == list(range(2, 40))  # every item, in order, once
    finally:
        feeder.close()


class _CountingRunner:
    """The real session, noting how many files began decoding while each network call ran."""

    def __init__(self, session: InceptionSession, prepared: _Counter) -> None:
        self.session, self.prepared = session, prepared
        self.device = session.device
        self.started_during_calls: list[int] = []

    def run(self, batch: np.ndarray, should_stop=None) -> dict[str, np.ndarray]:  # type: ignore[no-untyped-def]
        before = self.prepared.started
        outputs = self.session.run(batch, should_stop=should_stop)
        self.started_during_calls.append(self.prepared.started - before)
        return outputs


@pytest.mark.parametrize("between", [True, False])
def test_a_cpu_run_decodes_between_network_calls_and_gives_the_same_features(
    fixture_onnx: Path, monkeypatch: pytest.MonkeyPatch, between: bool
) -> None:
    prepared = _Counter(seconds_each=0.03)  # a decode as slow as a large photograph's
    real_prepare = pipeline._prepare

    def counted_prepare(*args):  # type: ignore[no-untyped-def]
        prepared(0)
        return real_prepare(*args)

    monkeypatch.setattr(pipeline, "_prepare", counted_prepare)
    monkeypatch.setattr(pipeline, "DECODE_BETWEEN_NETWORK_CALLS", between)
    files = sorted(IMAGES.joinpath("small_a").iterdir())[:12]
    with InceptionSession(fixture_onnx, device="cpu") as session:
        runner = _CountingRunner(session, prepared)
        extraction = pipeline.extract_features(files, runner, side="real", mode="pytorch-fid", decode="faithful",
                                               batch_size=4, keep_features=True, workers=2)
        expected = session.run(np.stack([
            pipeline.preprocess(pipeline.decode_bytes(path.read_bytes(), path, "faithful").rgb, "pytorch-fid", 299)
            for path in files
        ]))["pool3"]
    assert extraction.n_images == 12
    np.testing.assert_array_equal(extraction.features, expected)
    # A decoder that passed the gate a moment before it closed may start one file: at most one per thread.
    if between:
        assert max(runner.started_during_calls) <= 2  # the cores were the network's alone during each call
    else:
        assert max(runner.started_during_calls) >= 3  # overlapping: the look-ahead filled during the calls
    extraction.close()
