"""The network's thread count follows the load: cores that other programs keep busy are left to them."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from fidgui.core.encoders import cpu_share


@pytest.mark.parametrize(("cores", "busy", "threads"), [
    (2, 0.0, 2), (2, 0.3, 2), (2, 0.9, 1), (2, 1.9, 1), (2, 7.5, 1), (8, 2.6, 5), (1, 1.0, 1),
])
def test_threads_are_the_cores_others_leave_free(cores: int, busy: float, threads: int) -> None:
    assert cpu_share.network_threads(cores, busy_elsewhere=busy) == threads


def test_without_load_figures_every_core_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cpu_share, "_busy_seconds", lambda: None)
    assert cpu_share.busy_cores_elsewhere(0.01) is None
    assert cpu_share.network_threads(4) == 4


def test_this_process_own_work_is_not_counted_as_another_programs(monkeypatch: pytest.MonkeyPatch) -> None:
    counters = iter([(100.0, 10.0), (100.3, 10.2)])  # machine busy seconds, this process's seconds
    current: dict[str, float] = {}

    def machine() -> float:
        current["machine"], current["own"] = next(counters)
        return current["machine"]

    monkeypatch.setattr(cpu_share, "_busy_seconds", machine)
    monkeypatch.setattr(cpu_share, "_own_seconds", lambda: current["own"])
    monkeypatch.setattr(cpu_share, "available_cores", lambda: cpu_share.os.cpu_count())
    others = cpu_share.busy_cores_elsewhere(0.2)
    assert others is not None and 0.1 / 0.5 < others < 0.1 / 0.2 + 1e-9  # 0.1 s of others' work over ~0.2 s


def test_a_busy_program_is_seen() -> None:
    loop = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.3)
        busy = cpu_share.busy_cores_elsewhere(0.3)
    finally:
        loop.kill()
        loop.wait()
    assert busy is not None and busy > 0.5  # at least most of the core the loop keeps busy
