"""How many network threads to start: one per core that other programs leave free, at least one.

ONNX Runtime splits every layer across its threads and waits for the last one. A thread that has to share its
core with another busy program finishes each layer last, so on two cores with one of them busy the network ran
at about a third of its quiet rate with two threads (issue 15); one thread on the core left free runs at the
single-thread rate instead, which on two cores is more than half of the quiet rate. How busy the cores are is read from the kernel's counters over a short
moment, minus this process's own work, so a comparison that just ended is not mistaken for another program.
Where those counters cannot be read (not Linux, or a process limited to some of the machine's cores), every
allowed core is used, as before.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

SAMPLE_SECONDS = 0.15  # long enough for ~15 clock ticks per core, short beside loading the model (~1 s)
_PROC_STAT = Path("/proc/stat")


def available_cores() -> int:
    """Cores this process may use (a container or affinity mask can allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _busy_seconds() -> float | None:
    """Seconds of work all cores have done since boot (the first line of /proc/stat, less idle and iowait)."""
    try:
        fields = _PROC_STAT.read_text(encoding="ascii").split("\n", 1)[0].split()
        ticks = [int(value) for value in fields[1:9]]  # user nice system idle iowait irq softirq steal
    except (OSError, ValueError, IndexError):
        return None
    if fields[0] != "cpu" or len(ticks) < 8:
        return None
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


def _own_seconds() -> float:
    times = os.times()
    return times.user + times.system


def busy_cores_elsewhere(sample_seconds: float = SAMPLE_SECONDS) -> float | None:
    """Cores' worth of work that other processes did over a short sample, or None where it cannot be told."""
    if available_cores() != (os.cpu_count() or 0):  # machine-wide counters would not describe our cores
        return None
    before, own_before, started = _busy_seconds(), _own_seconds(), time.monotonic()
    if before is None:
        return None
    time.sleep(sample_seconds)
    after, own_after, elapsed = _busy_seconds(), _own_seconds(), time.monotonic() - started
    if after is None or elapsed <= 0:
        return None
    return max(0.0, (after - before - (own_after - own_before)) / elapsed)


def network_threads(cores: int | None = None, busy_elsewhere: float | None = None) -> int:
    """The intra-op thread count for a new CPU session: the allowed cores less those others keep busy."""
    cores = cores or available_cores()
    busy = busy_cores_elsewhere() if busy_elsewhere is None else busy_elsewhere
    if busy is None:
        return cores
    return max(1, min(cores, cores - int(busy + 0.5)))
