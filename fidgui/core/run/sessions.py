"""One ONNX Runtime session per model and device for a front end that runs many comparisons (the window).

Loading the network takes seconds (graph optimisation, and on a GPU the CUDA set-up); a window
that compares again and again should pay that once while it lives, not once per run. A session
is kept under the model's path, its weights' hash and the device asked for, so setting up
another model, or choosing another device, loads a new one. ONNX Runtime sessions may run from
several threads at once, so a comparison and a reference computed side by side can share one.
"""

from __future__ import annotations

import threading
from pathlib import Path

from fidgui.core.encoders.session import InceptionSession


class SessionCache:
    """Sessions by (model path, weights hash, device, outputs kept); ``close()`` lets them all go."""

    def __init__(self) -> None:
        self._sessions: dict[tuple[str, str, str, tuple[str, ...]], InceptionSession] = {}
        self._lock = threading.Lock()  # two jobs asking at once get one session, not two

    def session(
        self, model_path: Path, weights_sha256: str, device: str, outputs: tuple[str, ...] = ()
    ) -> InceptionSession:
        key = (str(model_path), weights_sha256, device, outputs)
        with self._lock:
            found = self._sessions.get(key)
            if found is None:
                found = InceptionSession(model_path, device=device, outputs=outputs)
                self._sessions[key] = found
            return found

    def __len__(self) -> int:
        return len(self._sessions)

    def close(self) -> None:
        with self._lock:
            self._sessions.clear()
