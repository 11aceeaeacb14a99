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


def _prepare_in_background(path: Path, cores: CoreShare) -> tuple[threading.Thread, list[pipeline._Prepared]]:
    done: list[pipeline._Prepared] = []
    thread = threading.Thread(
        target=lambda: done.append(pipeline._prepare("pytorch-fid", "faithful", None, cores, path)))
    thread.start()
    return thread, done


def test_a_file_is_read_at_once_but_decoded_only_on_a_core_the_network_leaves_free(
        monkeypatch: pytest.MonkeyPatch) -> None:
    cores = CoreShare(cores=2)
    cores.network_holds(2)  # a batch's calls keep both cores busy
    decoding = threading.Event()
    real_decode = pipeline.decode_bytes

    def noted_decode(*args):  # type: ignore[no-untyped-def]
        decoding.set()
        return real_decode(*args)

    monkeypatch.setattr(pipeline, "decode_bytes", noted_decode)
    path = sorted(IMAGES.joinpath("small_a").iterdir())[0]
    thread, done = _prepare_in_background(path, cores)
    assert not decoding.wait(0.3)  # read and hashed, waiting for a core
    cores.network_holds(-1)  # one call has no slice left: its core decodes
    thread.join(5.0)
    assert decoding.is_set() and done[0].usable and done[0].pixels is not None
    assert cores.start_decoding(timeout=0.0)  # the core was given back
    cores.end_decoding()


def test_a_read_that_hangs_holds_no_core(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file on a hung network share must not keep a core counted: later runs would decode on fewer cores."""
    cores = CoreShare(cores=2)
    let_go = threading.Event()
    real_read = pipeline.read_image_file

    def hung_read(path: Path) -> bytes:
        assert let_go.wait(5.0)
        return real_read(path)

    monkeypatch.setattr(pipeline, "read_image_file", hung_read)
    thread, done = _prepare_in_background(sorted(IMAGES.joinpath("small_a").iterdir())[0], cores)
    try:
        time.sleep(0.1)
        assert cores.start_decoding(timeout=0.0) and cores.start_decoding(timeout=0.0)  # both cores still free
        cores.end_decoding()
        cores.end_decoding()
    finally:
        let_go.set()
        thread.join(5.0)
    assert done[0].usable


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

    def start_decoding(self, timeout: float | None) -> bool:
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
    real_decode = pipeline.decode_bytes

    def slow_decode(*args):  # type: ignore[no-untyped-def]
        time.sleep(0.03)  # a decode as slow as a large photograph's
        return real_decode(*args)

    monkeypatch.setattr(pipeline, "decode_bytes", slow_decode)
    files = sorted(IMAGES.joinpath("small_a").iterdir())[:24]
    with InceptionSession(fixture_onnx, device="cpu", threads=2) as session:
        # Batches of 12 run as slices of 4 rows on 2 calls: the third slice runs alone, leaving a core free.
        extraction = pipeline.extract_features(files, session, side="real", mode="pytorch-fid", decode="faithful",
                                               batch_size=12, keep_features=True, workers=2)
        expected = session.run(np.stack([
            pipeline.preprocess(real_decode(path.read_bytes(), path, "faithful").rgb, "pytorch-fid", 299)
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
