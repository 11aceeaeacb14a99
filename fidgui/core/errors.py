"""Errors as values a person can act on.

Every message is a full sentence that says what went wrong and what to do next,
because it may be shown as is in the window or printed by the command line.
"""

from __future__ import annotations

from dataclasses import dataclass


class FidguiError(Exception):
    """A failure the user can act on; ``str(error)`` is the sentence to show."""


class WeightsError(FidguiError):
    """A weights file that cannot be turned into the FID network."""


class ModelError(FidguiError):
    """An ONNX model that is missing, broken or not the FID network."""


class DownloadError(FidguiError):
    """A download that failed, was refused, or did not match its checksum."""


class ImageSkipped(FidguiError):
    """One file that cannot be used; the run goes on without it."""


class Cancelled(FidguiError):
    """The user asked to stop. Not an error: callers report it as 'cancelled'."""

    def __init__(self, message: str = "The run was cancelled.") -> None:
        super().__init__(message)


@dataclass(frozen=True)
class SkippedFile:
    """A file left out of a run, and the sentence that says why."""

    path: str
    reason: str
