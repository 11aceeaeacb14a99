"""Run one ``fidgui-cli`` command in this process and record its peak memory, for tests run as a subprocess.

Usage: ``python hostile_runner.py RSS_FILE ARGS...``. The address space is capped
(so a memory bomb fails here instead of swapping a shared machine), the CLI runs,
and the peak resident size in bytes is written to RSS_FILE however the command ends.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

ADDRESS_SPACE_CAP = 6 << 30


def main() -> int:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_CAP, ADDRESS_SPACE_CAP))
    rss_file = Path(sys.argv[1])
    try:
        from fidgui.cli import main as cli_main

        return cli_main(sys.argv[2:])
    finally:
        rss_file.write_text(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024))


if __name__ == "__main__":
    sys.exit(main())
