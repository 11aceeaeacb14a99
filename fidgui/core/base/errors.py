"""Errors and notices as codes with parameters, never as sentences.

The engine says *what* happened (``Message("too_few_images", side="real", count=3)``);
each front end turns that into a sentence in the reader's language through its own
formatting module (``fidgui.messages`` holds the catalogue). A sentence built here,
in English, could never be translated, and a front end could never group or style it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping

LEGACY_TEXT = "legacy_text"
"""Transitional: a sentence written in English before its code existed. Each is to become a catalogue code."""

ParamValue = Any  # str, int, float, Path-like text, or another Message (rendered in place)


@dataclass(frozen=True)
class Message:
    """What happened, as a catalogue code and the values its sentence needs.

    Parameters hold plain values (numbers, file names, paths) or nested messages;
    front ends insert them into the translated sentence and never translate them.
    """

    code: str
    params: Mapping[str, ParamValue] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def __str__(self) -> str:  # for logs and tracebacks only; people see the front end's sentence
        if not self.params:
            return self.code
        inner = ", ".join(f"{key}={value!s}" for key, value in self.params.items())
        return f"{self.code}({inner})"

    def __reduce__(self):  # picklable across processes (the mapping proxy is not)
        return (Message, (self.code, dict(self.params)))

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted((k, repr(v)) for k, v in self.params.items()))))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and other.code == self.code and dict(other.params) == dict(self.params)


class FidguiError(Exception):
    """A failure the user can act on: ``error.message`` is the code the front end words."""

    default_code = "error"

    def __init__(self, code: str | Message | None = None, /, **params: ParamValue) -> None:
        if isinstance(code, Message):
            message = code
        elif code is not None and not params and _is_legacy_sentence(code):
            message = Message(LEGACY_TEXT, {"text": code})  # an English sentence not yet given a code
        else:
            message = Message(code or self.default_code, params)
        super().__init__(message)
        self.message = message

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def params(self) -> Mapping[str, ParamValue]:
        return self.message.params

    def __str__(self) -> str:
        if self.message.code == LEGACY_TEXT:
            return str(self.message.params["text"])
        return str(self.message)

    def __reduce__(self):
        return (_rebuild_error, (type(self), self.message))


def _is_legacy_sentence(text: str) -> bool:
    return not text.replace("_", "").replace(".", "").isalnum() or " " in text


def _rebuild_error(kind: type[FidguiError], message: Message) -> FidguiError:
    return kind(message)


class WeightsError(FidguiError):
    """A weights file that cannot be turned into a network."""


class ModelError(FidguiError):
    """An ONNX model that is missing, broken or not the expected network."""


class DownloadError(FidguiError):
    """A download that failed, was refused, or did not match its checksum."""


class ImageSkipped(FidguiError):
    """One file that cannot be used; the run goes on without it."""


class Cancelled(FidguiError):
    """The user asked to stop. Not an error: callers report it as 'cancelled'."""

    default_code = "cancelled"


@dataclass(frozen=True)
class SkippedFile:
    """A file left out of a run, and why (a message the front end words)."""

    path: str
    reason: str  # to become a Message (code and parameters)
