"""A dialog that runs one job at a time (installing the model, computing a reference): Cancel stops, then closes.

The model setup and the reference library both had this written out: the button stops a running
job and only closes the dialog when nothing runs, and Esc or the title bar's close button stop
the job, wait for it, and tidy up before the dialog goes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from fidgui.gui.jobs.job_owner import JobSlot


class JobDialog(QDialog):
    """Subclasses set ``stage`` (the label that says what runs) and override ``_ended`` to tidy up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run: JobSlot[Any] = JobSlot()
        self.stage = QLabel()
        self.stage.setTextFormat(Qt.TextFormat.PlainText)  # sentences name the user's files: never read as HTML
        self.closing = False  # set while the dialog goes, so ``_ended`` starts nothing new
        self._next_step: Callable[[], None] | None = None

    @property
    def job(self) -> Any:
        """The job running now, if any."""
        return self.run.job

    @Slot()
    def cancel_or_close(self) -> None:
        if self.run.request_stop():
            self.stage.setText(QCoreApplication.translate("JobDialog", "Stopping…"))
        else:
            self.reject()

    def reject(self) -> None:
        """Esc and the window's close button stop a running job first; nothing half-written remains."""
        self.closing = True
        if self.run.busy:
            self.run.abandon()
            self._ended()
        super().reject()

    def _after_job(self, step: Callable[[], None]) -> None:
        """Run ``step`` once the running job has let go (``_ended`` calls ``_take_next_step``), so that it may
        start the next job (the slot holds one job at a time) and ask its questions with the dialog idle."""
        self._next_step = step

    def _take_next_step(self) -> None:
        step, self._next_step = self._next_step, None
        if step is not None and not self.closing:
            step()

    @Slot()
    def _ended(self) -> None:
        """The job is over (or abandoned): put the dialog back to idle."""
