"""Cancel takes effect within a second wherever the run is, and a cancelled run leaves nothing behind.

Every timing here is measured from the moment the stop is requested to the moment
Cancelled reaches the caller, with the real network (the fixture's random weights,
real ONNX Runtime). The goal is under 1 s; the assertions allow 2 s so that a busy
CI machine does not fail them, and the measured figures are printed (``-s``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import FEW, REPO
from fidgui.core.base.comparison_types import ComparisonRequest, Progress
from fidgui.core.base.errors import Cancelled, ModelError
from fidgui.core.encoders import concurrent_calls
from fidgui.core.encoders.session import InceptionSession
from fidgui.core.extraction.pipeline import extract_features
from fidgui.core.insight.tsne import tsne_map
from fidgui.core.run import lazy_session
from fidgui.core.run.comparison import run_comparison
from fidgui.core.stores.feature_cache import FeatureCache
from fidgui.messages.render import render

BOUND_SECONDS = 2.0  # the goal is 1 s; CI machines are shared and slow


def write_images(folder: Path, count: int, seed: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    paths = []
    for index in range(count):
        path = folder / f"{index:04d}.png"
        Image.fromarray(rng.integers(0, 256, (24, 24, 3), dtype=np.uint8)).save(path)
        paths.append(path)
    return paths


class _StopDuringTheCall:
    """The real session; the first network call asks for a stop ``delay`` seconds after it starts."""

    def __init__(self, session: InceptionSession, delay: float) -> None:
        self.session, self.delay = session, delay
        self.stop = threading.Event()
        self.requested_at: float | None = None
        self.batch_rows: list[int] = []

    def should_stop(self) -> bool:
        return self.stop.is_set()

    def _request(self) -> None:
        self.requested_at = time.perf_counter()
        self.stop.set()

    def run(self, batch: np.ndarray, should_stop=None) -> dict[str, np.ndarray]:  # type: ignore[no-untyped-def]
        self.batch_rows.append(len(batch))
        if len(self.batch_rows) == 1:
            threading.Timer(self.delay, self._request).start()
        return self.session.run(batch, should_stop=should_stop)


@pytest.mark.parametrize("batch_size", [64, 256])
def test_cancel_aborts_the_running_network_call_within_a_second(
    fixture_onnx: Path, tmp_path: Path, batch_size: int
) -> None:
    files = write_images(tmp_path / "images", batch_size + 8)
    runner = _StopDuringTheCall(InceptionSession(fixture_onnx, device="cpu"), delay=0.4)
    with pytest.raises(Cancelled) as stopped:
        extract_features(
            files, runner, side="real", mode="pytorch-fid", decode="pil", batch_size=batch_size,
            should_stop=runner.should_stop,
        )
    seconds = time.perf_counter() - (runner.requested_at or 0.0)
    print(f"\nbatch {batch_size}: cancel took {seconds:.3f} s from the stop request")
    assert runner.batch_rows == [batch_size]  # the stop came during the first network call, not between batches
    assert render(stopped.value) == "The run was cancelled."
    assert seconds < BOUND_SECONDS


def test_split_network_calls_give_the_features_of_one_call(
    fixture_onnx: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Calls of at most 3 rows split 10 images 3 + 3 + 3 + 1 and the halves 3 + 2: slices of every kind.
    monkeypatch.setattr(concurrent_calls, "ROWS_PER_CALL", 3)
    pixels = np.random.default_rng(1).uniform(-1, 1, (10, 3, 299, 299)).astype(np.float32)
    with InceptionSession(fixture_onnx, device="cpu") as session:
        whole = session.run(pixels)
        halves = [session.run(pixels[:5]), session.run(pixels[5:])]
        with_stop_check = session.run(pixels, should_stop=lambda: False)
    for name in ("pool3", "logits_unbiased"):
        assert whole[name].shape[0] == 10
        np.testing.assert_allclose(whole[name], np.concatenate([half[name] for half in halves]), rtol=0, atol=1e-5)
        np.testing.assert_array_equal(whole[name], with_stop_check[name])


def test_a_closed_session_refuses_to_run_with_a_code(fixture_onnx: Path) -> None:
    with InceptionSession(fixture_onnx, device="cpu") as session:
        session.run(np.zeros((1, 3, 299, 299), np.float32))
    with pytest.raises(ModelError) as refused:
        session.run(np.zeros((1, 3, 299, 299), np.float32))
    assert refused.value.code == "model_session_closed"
    assert "closed" in render(refused.value)


def _copy_folder(source: Path, target: Path) -> Path:
    target.mkdir()
    for path in sorted(source.iterdir()):
        (target / path.name).write_bytes(path.read_bytes())
    return target


def test_a_cancel_during_the_last_batch_writes_nothing(
    fixture_onnx: Path, few_images: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = _copy_folder(few_images / "a", tmp_path / "real")  # 4 images a side: one batch each
    generated = _copy_folder(few_images / "b", tmp_path / "generated")
    stop = threading.Event()
    calls: list[int] = []

    class StoppedDuringTheLastCall(InceptionSession):
        def run(self, batch, should_stop=None):  # type: ignore[no-untyped-def]
            calls.append(len(batch))
            if len(calls) == 2:  # the generated side's only batch: the last of the run
                threading.Timer(0.05, stop.set).start()
            return super().run(batch, should_stop=should_stop)

    monkeypatch.setattr(lazy_session, "InceptionSession", StoppedDuringTheLastCall)
    prefix = tmp_path / "saved" / "stats"
    prefix.parent.mkdir()
    request = ComparisonRequest(real, generated, model=fixture_onnx, batch_size=64, save_stats_prefix=prefix)
    with FeatureCache() as cache:
        with pytest.raises(Cancelled):
            run_comparison(request, should_stop=stop.is_set, cache=cache)
        assert calls == [FEW, FEW]
        assert list(prefix.parent.iterdir()) == []  # no statistics files
        rerun = run_comparison(ComparisonRequest(real, generated, model=fixture_onnx, batch_size=64), cache=cache)
    # The finished side was cached as usual; nothing of the cancelled side was (no images, no folder statistics).
    assert rerun.real.from_cache == FEW
    assert rerun.generated.from_cache == 0


def test_the_core_reports_the_loading_model_and_metrics_stages(fixture_onnx: Path, few_images: Path) -> None:
    reports: list[Progress] = []
    request = ComparisonRequest(
        few_images / "a", few_images / "b", model=fixture_onnx, metrics=("fid", "kid", "prdc"), kid_subset_size=FEW,
        nearest_k=2,
    )
    run_comparison(request, on_progress=reports.append)
    stages = [report.stage for report in reports]
    assert stages[0] == "loading model"
    assert (reports[0].side, reports[0].done, reports[0].total) == ("real", 0, FEW)
    assert stages.count("loading model") == 1  # the network is loaded once for both sides
    metrics = [(report.done, report.total) for report in reports if report.stage == "metrics"]
    # Each metric reports its own steps (KID its subsets, PRDC its tiles), each ending complete.
    ends = [index for index, (done, total) in enumerate(metrics) if done == total]
    assert len(ends) >= 2 and ends[-1] == len(metrics) - 1 and all(0 < done <= total for done, total in metrics)
    assert stages.index("metrics") > max(i for i, stage in enumerate(stages) if stage == "features")


def test_a_stop_between_two_metrics_cancels_the_run(fixture_onnx: Path, few_images: Path) -> None:
    stop = threading.Event()

    def progress(report: Progress) -> None:
        if report.stage == "metrics" and report.done == 1:
            stop.set()  # the first metric is done; the second must not start

    request = ComparisonRequest(
        few_images / "a", few_images / "b", model=fixture_onnx, metrics=("fid", "kid", "prdc"), kid_subset_size=FEW,
        nearest_k=2,
    )
    with pytest.raises(Cancelled):
        run_comparison(request, on_progress=progress, should_stop=stop.is_set)


def _unblock(fifo: Path) -> None:
    """Let a thread stuck opening the FIFO for reading go: open it for writing, then close it (EOF)."""
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:  # nobody is reading it (the decoder never blocked on it)
        pass


def test_a_file_that_blocks_on_open_does_not_block_cancel(fixture_onnx: Path, tmp_path: Path) -> None:
    files = write_images(tmp_path / "images", 130)
    fifo = tmp_path / "images" / "0000.png"
    fifo.unlink()
    os.mkfifo(fifo)  # a file replaced by a FIFO after the folder was listed
    stop = threading.Event()
    requested: list[float] = []

    def request_stop() -> None:
        requested.append(time.perf_counter())
        stop.set()

    outcome: list[BaseException] = []

    def extract() -> None:
        try:
            extract_features(
                files, InceptionSession(fixture_onnx, device="cpu"), side="real", mode="pytorch-fid",
                decode="pil", batch_size=64, should_stop=stop.is_set,
            )
        except BaseException as error:  # handed to the test's thread
            outcome.append(error)

    worker = threading.Thread(target=extract, daemon=True)  # so that a hang fails the test instead of the suite
    worker.start()
    threading.Timer(0.5, request_stop).start()
    try:
        worker.join(timeout=30)
        seconds = time.perf_counter() - requested[0]
    finally:
        _unblock(fifo)
    assert not worker.is_alive(), "the run was still waiting for the FIFO 30 s after the cancel"
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)
    print(f"\nFIFO in the folder: cancel took {seconds:.3f} s")
    assert seconds < BOUND_SECONDS


def test_a_process_stuck_on_a_fifo_still_exits_after_cancel(fixture_onnx: Path, tmp_path: Path) -> None:
    write_images(tmp_path / "images", 3)
    (tmp_path / "images" / "0001.png").unlink()
    os.mkfifo(tmp_path / "images" / "0001.png")
    script = textwrap.dedent(
        f"""
        import sys, threading
        from pathlib import Path
        from fidgui.core.base.errors import Cancelled
        from fidgui.core.encoders.session import InceptionSession
        from fidgui.core.extraction.pipeline import extract_features
        files = sorted(Path({str(tmp_path / "images")!r}).iterdir())
        stop = threading.Event()
        threading.Timer(0.5, stop.set).start()
        try:
            extract_features(files, InceptionSession(Path({str(fixture_onnx)!r}), device="cpu"), side="real",
                             mode="pytorch-fid", decode="pil", batch_size=2, should_stop=stop.is_set)
        except Cancelled:
            print("cancelled")
        """
    )
    environment = dict(os.environ, PYTHONPATH=str(REPO))
    try:
        finished = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=environment
        )
    finally:
        _unblock(tmp_path / "images" / "0001.png")
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.strip() in ("cancelled", "")  # a decoder that skips FIFOs may finish before the stop


@pytest.mark.parametrize("delay", [0.2, 1.5, 4.0])
def test_tsne_of_3000_images_stops_within_a_second(delay: float) -> None:
    rng = np.random.default_rng(0)
    real, generated = rng.normal(size=(1500, 2048)), rng.normal(0.1, 1.0, size=(1500, 2048))
    stop = threading.Event()
    requested: list[float] = []

    def request_stop() -> None:
        requested.append(time.perf_counter())
        stop.set()

    threading.Timer(delay, request_stop).start()
    with pytest.raises(Cancelled):
        tsne_map(real, generated, should_stop=stop.is_set)
    seconds = time.perf_counter() - requested[0]
    print(f"\nt-SNE stopped {delay} s in: cancel took {seconds:.3f} s")
    assert seconds < BOUND_SECONDS
