"""A CPU batch runs as concurrent single-threaded calls on one session: split, run at once, stopped together."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Callable

import numpy as np
import onnxruntime
import pytest

from fidgui.core.base.core_share import CoreShare
from fidgui.core.encoders.concurrent_calls import ConcurrentCalls, row_slices
from fidgui.core.encoders.session import InceptionSession


def _bounds(slices: list[slice]) -> list[tuple[int, int]]:
    return [(part.start, part.stop) for part in slices]


def test_a_batch_is_cut_into_slices_of_at_most_four_rows_and_no_worker_idles_needlessly() -> None:
    assert _bounds(row_slices(10, 2)) == [(0, 4), (4, 8), (8, 10)]
    assert _bounds(row_slices(8, 8)) == [(i, i + 1) for i in range(8)]  # 8 cores: 8 calls of one row
    assert _bounds(row_slices(6, 4)) == [(0, 2), (2, 4), (4, 6)]
    assert _bounds(row_slices(3, 1)) == [(0, 3)]
    assert _bounds(row_slices(16, 2, most=None)) == [(0, 16)]  # a GPU: one call
    assert _bounds(row_slices(0, 2)) == [(0, 0)]


class _Recorder:
    """Calls the real session, noting which thread ran each slice and when."""

    def __init__(self, session: onnxruntime.InferenceSession, fail_at_row: int | None = None) -> None:
        self.session = session
        self.fail_at_row = fail_at_row
        self.calls: list[tuple[str, float, float, int]] = []
        self.lock = threading.Lock()

    def __call__(self, rows: np.ndarray, options: onnxruntime.RunOptions | None) -> list[np.ndarray]:
        started = time.perf_counter()
        try:
            if self.fail_at_row is not None and rows[0, 0, 0, 0] == self.fail_at_row:
                raise ValueError("this slice fails")
            return self.session.run(None, {self.session.get_inputs()[0].name: rows}, options)
        finally:
            with self.lock:
                self.calls.append((threading.current_thread().name, started, time.perf_counter(), len(rows)))


def _single_threaded(model: Path) -> onnxruntime.InferenceSession:
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    return onnxruntime.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])


def _marked_batch(rows: int) -> np.ndarray:
    batch = np.zeros((rows, 3, 299, 299), np.float32)
    batch[:, 0, 0, 0] = np.arange(rows)  # each row says where it came from
    return batch


def test_two_workers_run_two_calls_at_once_in_their_own_threads(fixture_onnx: Path) -> None:
    recorder = _Recorder(_single_threaded(fixture_onnx))
    calls = ConcurrentCalls(2)
    try:
        parts, stopped = calls.run(recorder, _marked_batch(8), None)
    finally:
        calls.close()
    assert not stopped and len(parts) == 2
    threads = {name for name, *_ in recorder.calls}
    assert len(threads) == 2 and all(name.startswith("fidgui-network") for name in threads)
    (_, first_start, first_end, _), (_, second_start, second_end, _) = sorted(recorder.calls, key=lambda c: c[1])
    assert second_start < first_end  # the second call began before the first ended


def test_a_stop_ends_every_call_and_nothing_runs_after_the_return(fixture_onnx: Path) -> None:
    recorder = _Recorder(_single_threaded(fixture_onnx))
    calls = ConcurrentCalls(2)
    asked = time.perf_counter() + 0.3
    try:
        parts, stopped = calls.run(recorder, _marked_batch(64), lambda: time.perf_counter() > asked)
        returned = time.perf_counter()
    finally:
        calls.close()
    assert stopped and parts == []
    assert all(end <= returned for *_, end, _ in recorder.calls)
    assert len(recorder.calls) == 16  # every slice was called, the later ones ending at their first layer
    assert returned - asked < 2.0  # generous: ONNX Runtime looks at the flag between layers


def test_a_failing_call_is_raised_after_the_others_have_ended(fixture_onnx: Path) -> None:
    recorder = _Recorder(_single_threaded(fixture_onnx), fail_at_row=4)
    calls = ConcurrentCalls(2)
    try:
        with pytest.raises(ValueError, match="this slice fails"):
            calls.run(recorder, _marked_batch(12), None)
        raised = time.perf_counter()
    finally:
        calls.close()
    assert len(recorder.calls) == 3 and all(end <= raised for *_, end, _ in recorder.calls)


@pytest.mark.parametrize("threads", [1, 3])
def test_features_do_not_depend_on_how_many_calls_share_the_batch(fixture_onnx: Path, threads: int) -> None:
    pixels = np.random.default_rng(2).uniform(-1, 1, (7, 3, 299, 299)).astype(np.float32)
    with InceptionSession(fixture_onnx, device="cpu", threads=2) as two, \
            InceptionSession(fixture_onnx, device="cpu", threads=threads) as other:
        expected, found = two.run(pixels), other.run(pixels)
    for name in expected:
        np.testing.assert_array_equal(found[name], expected[name])


class _HeldCalls:
    """A stand-in network call that waits, slice by slice, until the test lets it end, noting the cores held."""

    def __init__(self, cores: CoreShare) -> None:
        self.cores = cores
        self.release = [threading.Event() for _ in range(8)]
        self.started: list[int] = []

    def __call__(self, rows: np.ndarray, options: onnxruntime.RunOptions | None) -> list[np.ndarray]:
        index = int(rows[0, 0, 0, 0]) // 4
        self.started.append(index)
        assert self.release[index].wait(5.0)
        if index == 2 and getattr(self, "fail", False):
            raise ValueError("this slice fails")
        return [rows[:, 0, 0, :1].copy()]


def _eventually(condition: Callable[[], bool]) -> bool:
    deadline = time.perf_counter() + 5.0
    while not condition() and time.perf_counter() < deadline:
        time.sleep(0.005)
    return condition()


@pytest.mark.parametrize("fail", [False, True])
def test_the_calls_hold_a_core_each_until_no_slice_is_left_then_give_each_back(fail: bool) -> None:
    cores = CoreShare(cores=2)
    held = _HeldCalls(cores)
    held.fail = fail  # type: ignore[attr-defined]
    calls = ConcurrentCalls(2, cores=cores)
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(calls.run(held, _marked_batch(12), None))  # three slices of four rows on two calls
        except ValueError as error:
            outcome.append(error)

    runner = threading.Thread(target=run)
    try:
        runner.start()
        assert _eventually(lambda: len(held.started) == 2) and cores.network == 2
        held.release[0].set()  # the third slice takes the free call: both cores still the network's
        assert _eventually(lambda: len(held.started) == 3) and cores.network == 2
        held.release[1].set()  # one slice left, running: the other core is free for decoding
        assert _eventually(lambda: cores.network == 1)
        held.release[2].set()
        runner.join(5.0)
    finally:
        for event in held.release:
            event.set()
        calls.close()
    assert cores.network == 0
    assert isinstance(outcome[0], ValueError) if fail else outcome[0][1] is False  # type: ignore[index]


@pytest.mark.parametrize("whole_batch, held_per_call", [(True, [0]), (False, [1, 1])])
def test_a_gpu_batch_holds_no_core_and_a_single_cpu_call_one(whole_batch: bool, held_per_call: list[int]) -> None:
    cores = CoreShare(cores=2)
    seen: list[int] = []

    def call(rows: np.ndarray, options: onnxruntime.RunOptions | None) -> list[np.ndarray]:
        seen.append(cores.network)
        return [rows[:, 0, 0, :1].copy()]

    ConcurrentCalls(1, whole_batch=whole_batch, cores=cores).run(call, _marked_batch(8), None)
    assert seen == held_per_call and cores.network == 0
