"""Reaching the cluster: connect to a scheduler with a short timeout, or start ``local:N`` worker processes.

Dask is imported here, and only when a run asks for a cluster; without it the person is told how to
install the extra. An unreachable scheduler is one sentence naming the address, never a stack of
connection retries, and a scheduler without workers is refused rather than waited on forever.
"""

from __future__ import annotations

import logging
from typing import Any

from fidgui.core.base.errors import FidguiError
from fidgui.core.cluster.address import WORKER_THREADS_VARIABLE, ClusterAddress
from fidgui.core.base.core_share import available_cores

CONNECT_SECONDS = 5.0  # a scheduler on the lab network answers in milliseconds; five seconds means it is not there
WORKERS_SECONDS = 10.0  # how long a reachable scheduler may take to have its first worker


def import_distributed() -> Any:
    """``dask.distributed``, or a FidguiError saying how to install the ``cluster`` extra."""
    try:
        import distributed
    except ImportError:
        raise FidguiError("cluster_needs_dask") from None
    return distributed


class ClusterConnection:
    """A client of one scheduler (and the local cluster it started, for ``local:N``); ``close()`` lets both go."""

    def __init__(self, target: ClusterAddress, connect_seconds: float | None = None) -> None:
        distributed = import_distributed()
        self.target = target
        self._local: Any = None
        seconds = CONNECT_SECONDS if connect_seconds is None else connect_seconds
        if target.is_local:
            self._local = distributed.LocalCluster(
                n_workers=target.workers, threads_per_worker=1, processes=True, dashboard_address=None,
                silence_logs=logging.ERROR,
                env={WORKER_THREADS_VARIABLE: str(max(1, available_cores() // target.workers))},
            )
            address = self._local.scheduler_address
        else:
            address = target.address
        try:
            self.client = distributed.Client(address, timeout=seconds, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as error:
            self._close_local()
            raise FidguiError("cluster_unreachable", address=target.text, seconds=f"{seconds:g}",
                              reason=str(error).splitlines()[0] if str(error) else type(error).__name__) from None
        self.address = address
        try:
            self.client.wait_for_workers(1, timeout=WORKERS_SECONDS)
        except (OSError, TimeoutError):
            self.close()
            raise FidguiError("cluster_no_workers", address=target.text) from None

    @property
    def workers(self) -> list[str]:
        """The workers' addresses now (a worker may leave or join during a run)."""
        return sorted(self.client.nthreads())

    def close(self) -> None:
        try:
            self.client.close()
        finally:
            self._close_local()

    def _close_local(self) -> None:
        if self._local is not None:
            self._local.close()
            self._local = None
