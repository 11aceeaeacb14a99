"""The converted model on the workers: sent once per worker, checked by SHA-256 before every use.

The client registers a worker plugin holding the ONNX file's bytes; Dask installs it on every worker
now and on every worker that joins later (a restarted worker included), so a shard recomputed elsewhere
finds the same network. A shard names the digest it expects; a worker whose file differs (replaced,
damaged, another run's model) is refused with a sentence instead of computing other features.
This module runs in the worker processes; its globals are per worker.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import Any

from distributed import get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from fidgui.core.base.errors import FidguiError
from fidgui.core.cluster.address import WORKER_THREADS_VARIABLE
from fidgui.core.base.core_share import available_cores
from fidgui.core.encoders.session import InceptionSession

_INSTALLED: dict[str, Path] = {}  # model digest -> its file on this worker
_DIGESTS: dict[tuple[str, int, int], str] = {}  # (path, size, mtime) -> digest: a file is hashed once per change
_SESSIONS: dict[tuple[str, str], InceptionSession] = {}  # (digest, device) -> open session
_STOPPED: set[str] = set()  # run ids the client asked to stop
_LOCK = threading.Lock()


def plugin_name(sha256: str) -> str:
    return f"fidgui-model-{sha256[:16]}"


class ModelPlugin(WorkerPlugin):
    """Carries the model file to each worker and writes it into the worker's own scratch folder."""

    def __init__(self, data: bytes, sha256: str) -> None:
        self.data, self.sha256 = data, sha256
        self.name = plugin_name(sha256)

    def setup(self, worker: Any) -> None:
        target = Path(worker.local_directory) / f"fidgui-model-{self.sha256[:16]}.onnx"
        if hashlib.sha256(self.data).hexdigest() != self.sha256:  # damaged on the way: never installed
            return
        partial = target.with_suffix(".part")
        partial.write_bytes(self.data)
        partial.replace(target)
        _INSTALLED[self.sha256] = target


def has_model(sha256: str) -> bool:
    """Run on each worker by the client: whether this worker already received the model."""
    path = _INSTALLED.get(sha256)
    return path is not None and path.is_file()


def _digest(path: Path) -> str:
    status = path.stat()
    key = (str(path), status.st_size, status.st_mtime_ns)
    if key not in _DIGESTS:
        _DIGESTS[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return _DIGESTS[key]


def worker_session(sha256: str, device: str) -> InceptionSession:
    """This worker's session for the model ``sha256``, after checking the file it would load."""
    worker = get_worker()
    with _LOCK:
        path = _INSTALLED.get(sha256)
        if path is None or not path.is_file():
            raise FidguiError("cluster_model_missing", worker=worker.address, expected=sha256[:12])
        found = _digest(path)
        if found != sha256:
            raise FidguiError("cluster_model_differs", worker=worker.address, found=found[:12], expected=sha256[:12])
        key = (sha256, device)
        if key not in _SESSIONS:
            shared = max(1, available_cores() // max(1, worker.state.nthreads))  # one worker's threads share the cores
            threads = int(os.environ.get(WORKER_THREADS_VARIABLE) or 0) or shared
            _SESSIONS[key] = InceptionSession(path, device=device, threads=threads)
        return _SESSIONS[key]


def stop_run(run_id: str) -> None:
    """Run on each worker by the client when a run is cancelled: its shards stop at their next check."""
    _STOPPED.add(run_id)


def is_stopped(run_id: str) -> bool:
    return run_id in _STOPPED
