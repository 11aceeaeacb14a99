"""The network, loaded on the first batch that needs it, so cached runs and saved statistics never pay for it."""

from __future__ import annotations

import numpy as np

from fidgui.core.base.comparison_types import Notice, NoticeCallback, Progress, ProgressCallback, Side, StopCheck
from fidgui.core.base.device_keys import NONE_KEY
from fidgui.core.base.errors import Message, as_message
from fidgui.core.encoders.protocol import ModelFile
from fidgui.core.encoders.session import InceptionSession
from fidgui.core.run.sessions import SessionCache


class LazySession:
    """Opens the ONNX session on the first ``run``; reports "loading model" and a device fallback when it does."""

    def __init__(
        self, model: ModelFile, device: str, warn: NoticeCallback, on_progress: ProgressCallback | None,
        sessions: SessionCache | None = None, outputs: tuple[str, ...] = (),
    ) -> None:
        self._outputs = outputs  # the encoder's kept outputs; a narrower width's output is added when missing
        self._model, self._device, self._warn, self._on_progress = model, device, warn, on_progress
        self._sessions = sessions  # a long-lived front end's sessions, one per model and device, lent not owned
        self._session: InceptionSession | None = None
        self.side: Side = "real"  # the side being read and its number of files, for the "loading model" report
        self.total = 0
        self.description = NONE_KEY  # the stable key
        self.message = Message("device_none")  # the same, for front ends to word

    def run(self, batch: np.ndarray, should_stop: StopCheck | None = None) -> dict[str, np.ndarray]:
        if self._session is None:
            if self._on_progress is not None:
                self._on_progress(Progress(self.side, 0, self.total, 0.0, None, stage="loading model"))
            if self._sessions is not None:
                self._session = self._sessions.session(
                    self._model.path, self._model.weights_sha256, self._device, self._outputs)
            else:
                self._session = InceptionSession(self._model.path, device=self._device, outputs=self._outputs)
            self.description = self._session.device_description
            self.message = self._session.device_message
            if self._session.fallback_reason:
                self._warn(Notice("device_fallback", as_message(self._session.fallback_reason)))
        return self._session.run(batch, should_stop=should_stop)

    @property
    def device(self) -> str:
        """Where the network runs once loaded; before, what was asked ("auto" stays "auto": not known yet)."""
        return self._session.device if self._session is not None else self._device

    @property
    def used(self) -> bool:
        """Whether the network was loaded (some image was not in the cache)."""
        return self._session is not None

    def close(self) -> None:
        """Release a session this run made; one lent by the front end's cache stays open for the next run."""
        if self._session is not None and self._sessions is None:
            self._session.close()
