"""Run one ``fidgui-cli`` command in a child process and measure its peak memory with ``getrusage``.

Usage: ``python hostile_runner.py RSS_FILE ARGS...``. The address space is capped
(so a memory bomb fails here instead of swapping a shared machine), the CLI runs,
and the peak resident size in bytes is written to RSS_FILE however the command ends.

Linux carries a process's ``ru_maxrss`` across ``exec`` from the memory it had
before: a child spawned straight from pytest would report pytest's own size. So
``run_child`` starts it from a small ``sh`` that forks it, and the figure is the
child's alone.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

ADDRESS_SPACE_CAP = 6 << 30


def main() -> int:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_CAP, ADDRESS_SPACE_CAP))
    rss_file = Path(sys.argv[1])
    try:
        from fidgui.cli import main as cli_main

        return cli_main(sys.argv[2:])
    finally:
        rss_file.write_text(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024))


def run_child(rss_file: Path, *args: str, module: bool = False) -> tuple[subprocess.CompletedProcess, int]:
    """Run ``fidgui-cli ARGS`` (through this runner, or as ``python -m fidgui.cli``); returns it and its peak RSS."""
    command = [sys.executable, "-m", "fidgui.cli"] if module else [sys.executable, __file__, str(rss_file)]
    done = subprocess.run(["/bin/sh", "-c", '"$@"; exit $?', "sh", *command, *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
    return done, int(rss_file.read_text()) if rss_file.exists() else 0


if __name__ == "__main__":
    sys.exit(main())
