"""On the CPU, decoding starts only on cores the network's calls leave free (``core_share``; README, "Speed")."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest

from conftest import IMAGES
from fidgui.core.base import core_share
from fidgui.core.base.core_share import CoreShare
from fidgui.core.encoders.session import InceptionSession
from fidgui.core.extraction import pipeline
from fidgui.core.extraction.prefetch import BatchFeeder


class _Counter:
    """Counts the items whose work has started, and the most that ran at once, from any thread."""

    def __init__(self, seconds_each: float = 0.0) -> None:
        self.started = 0
        self.running = 0
        self.most_at_once = 0
        self._lock = threading.Lock()
        self._seconds = seconds_each

    def __call__(self, item: int) -> int:
        with self._lock:
            self.started += 1
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        time.sleep(self._seconds)
        with self._lock:
            self.running -= 1
        return item


def test_items_start_only_on_cores_the_network_leaves_free() -> None:
    cores = CoreShare(cores=2)
    work = _Counter(seconds_each=0.02)
    cores.network_holds(2)  # a batch's calls keep both cores busy
    feeder: BatchFeeder[int, int] = BatchFeeder(list(range(40)), work, lambda batch: len(batch) >= 2, 2, cores)
    try:
        time.sleep(0.4)  # with a free core, 20 items would start in this time (the look-ahead allows it)
        assert work.started == 0
        cores.network_holds(-1)  # one call has no slice left: its core decodes, one file at a time
        time.sleep(0.3)
        assert work.started > 0 and work.most_at_once == 1
        cores.network_holds(-1)  # between calls: every core decodes
        batches = feeder.batches()
        rest = [item for batch in batches for item in batch]
        assert rest == list(range(40))  # every item, in order, once
        assert work.most_at_once == 2
    finally:
        feeder.close()


def test_a_decode_waits_for_a_free_core_and_gives_it_back() -> None:
    cores = CoreShare(cores=2)
    cores.network_holds(1)
    assert cores.start_decoding(timeout=0.01)
    assert not cores.start_decoding(timeout=0.05)  # one core the network's, the other decoding
    cores.end_decoding()
    assert cores.start_decoding(timeout=0.01)
    cores.end_decoding()
    cores.network_holds(-1)
    assert cores.network == 0


class _SpyingShare(CoreShare):
    """A core count that notes, for every decode it lets start, how many cores the network held then."""

    def __init__(self, cores: int) -> None:
        super().__init__(cores)
        self.network_at_start: list[int] = []
        self.busy_at_start: list[int] = []

    def start_decoding(self, timeout: float) -> bool:
        with self._changed:  # a re-entrant lock: the figures are read in the same hold that grants the core
            granted = super().start_decoding(timeout)
            if granted:
                self.network_at_start.append(self.network)
                self.busy_at_start.append(self.network + self._decoding)
            return granted


@pytest.mark.parametrize("free_cores", [True, False])
def test_a_cpu_run_decodes_on_free_cores_and_gives_the_same_features(
    fixture_onnx: Path, monkeypatch: pytest.MonkeyPatch, free_cores: bool
) -> None:
    spy = _SpyingShare(cores=2)
    monkeypatch.setattr(core_share, "CPU_CORES", spy)
    monkeypatch.setattr(pipeline, "CPU_CORES", spy)
    monkeypatch.setattr(pipeline, "DECODE_ON_FREE_CORES", free_cores)
    prepared = _Counter(seconds_each=0.03)  # a decode as slow as a large photograph's
    real_prepare = pipeline._prepare

    def counted_prepare(*args):  # type: ignore[no-untyped-def]
        prepared(0)
        return real_prepare(*args)

    monkeypatch.setattr(pipeline, "_prepare", counted_prepare)
    files = sorted(IMAGES.joinpath("small_a").iterdir())[:24]
    with InceptionSession(fixture_onnx, device="cpu", threads=2) as session:
        # Batches of 12 run as slices of 4 rows on 2 calls: the third slice runs alone, leaving a core free.
        extraction = pipeline.extract_features(files, session, side="real", mode="pytorch-fid", decode="faithful",
                                               batch_size=12, keep_features=True, workers=2)
        expected = session.run(np.stack([
            pipeline.preprocess(pipeline.decode_bytes(path.read_bytes(), path, "faithful").rgb, "pytorch-fid", 299)
            for path in files
        ]))["pool3"]
    assert extraction.n_images == 24
    np.testing.assert_array_equal(extraction.features, expected)
    assert spy.network == 0  # every call gave its cores back
    if free_cores:
        assert len(spy.busy_at_start) == 24 and max(spy.busy_at_start) <= 2  # never more work started than cores
        assert 1 in spy.network_at_start  # a core with no slice left decoded while the last slice ran
    else:
        assert spy.busy_at_start == []  # beside the network: nothing counted
    extraction.close()
