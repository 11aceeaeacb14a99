"""Run a script in a fresh process and read its peak memory (the hostile-input tests state bounds).

The peak is the child's VmHWM on Linux, its ru_maxrss elsewhere. Both inherit the high-water mark of the process
the child was forked from (pytest after loading models: hundreds of MB), so the child is started through a small
intermediate Python whose own mark is about 10 MB.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PEAK_MEMORY = """
import os, re, resource
def peak_bytes():
    if os.path.exists("/proc/self/status"):
        with open("/proc/self/status") as status:
            found = re.search(r"VmHWM:\\s+(\\d+) kB", status.read())
        if found:
            return int(found.group(1)) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if os.uname().sysname == "Darwin" else 1024)
"""
_THROUGH_A_SMALL_PARENT = "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:]))"


def run_measured(script: str, *args: str, repo: Path, timeout: float = 300) -> list[str]:
    """Run ``script`` (which may call ``peak_bytes()``) with fidgui from ``repo``; its stdout, split in words."""
    env = dict(os.environ, PYTHONPATH=str(repo))
    command = [sys.executable, "-c", _THROUGH_A_SMALL_PARENT, sys.executable, "-c", PEAK_MEMORY + script, *args]
    completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return completed.stdout.split()
