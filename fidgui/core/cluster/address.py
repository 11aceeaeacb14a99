"""What a ``--cluster`` value means: a running scheduler's address, or ``local:N`` worker processes here.

Parsed before anything connects or starts, so a typo costs no waiting; no Dask import here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fidgui.core.base.errors import FidguiError

_LOCAL = re.compile(r"local:(\d{1,3})")
_REMOTE = re.compile(r"(tcp|tls|ucx|ws|wss|inproc)://[^\s/]+(:\d+)?/?")
_BARE = re.compile(r"[A-Za-z0-9.\-]+:\d{1,5}")  # host:port, the form `dask scheduler` prints without its scheme
MAX_LOCAL_WORKERS = 256
WORKER_THREADS_VARIABLE = "FIDGUI_WORKER_THREADS"
"""Set for ``local:N`` worker processes: each runs the network on its share of this computer's cores, not on all of
them (N processes of all cores each would fight over them)."""


@dataclass(frozen=True)
class ClusterAddress:
    """``workers`` is the number of local worker processes to start (0 for a scheduler already running)."""

    text: str
    address: str
    workers: int = 0

    @property
    def is_local(self) -> bool:
        return self.workers > 0


def parse_cluster(text: str) -> ClusterAddress:
    """``tcp://HOST:PORT`` (or ``HOST:PORT``) of a Dask scheduler, or ``local:N``; anything else is refused."""
    value = text.strip()
    if match := _LOCAL.fullmatch(value):
        workers = int(match.group(1))
        if 1 <= workers <= MAX_LOCAL_WORKERS:
            return ClusterAddress(value, value, workers)
    elif _REMOTE.fullmatch(value):
        return ClusterAddress(value, value.rstrip("/"))
    elif _BARE.fullmatch(value):
        return ClusterAddress(value, "tcp://" + value)
    raise FidguiError("cluster_address_invalid", address=text)
