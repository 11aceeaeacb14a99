"""Errors and notices as codes with parameters, never as sentences.

The engine says *what* happened (``Message("too_few_images", side="real", count=3)``);
each front end turns that into a sentence in the reader's language through its own
formatting module (``fidgui.messages`` holds the catalogue). A sentence built here,
in English, could never be translated, and a front end could never group or style it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Callable, Mapping

LEGACY_TEXT = "legacy_text"
"""Transitional: a sentence written in English before its code existed. Each is to become a catalogue code."""

ParamValue = Any  # str, int, float, Path-like text, or another Message (rendered in place)


@dataclass(frozen=True, init=False)
class Message:
    """What happened, as a catalogue code and the values its sentence needs.

    Parameters hold plain values (numbers, file names, paths) or nested messages;
    front ends insert them into the translated sentence and never translate them.
    ``Message("code", {"count": 3})`` and ``Message("code", count=3)`` are the same.
    """

    code: str
    params: Mapping[str, ParamValue] = field(default_factory=dict)

    def __init__(self, code: str, params: Mapping[str, ParamValue] | None = None, /, **named: ParamValue) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "params", MappingProxyType({**dict(params or {}), **named}))

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


Wording = Callable[[Message], str]
"""A front end's way of turning a message into a sentence in its reader's language; the core's reports take one."""


_english_wording: list[Wording] = []


def register_english_wording(wording: Wording) -> None:
    """Called by ``fidgui.messages`` on import: the English catalogue, which the core may not import itself."""
    _english_wording[:] = [wording]


def english(message: Message) -> str:
    """The English sentence of ``message`` for stored documents (JSON, history), whose ``text`` is always English.

    The catalogue sits above the core, so it registers itself here; without it (a
    core-only script) a legacy sentence is still shown and a coded one reads as its code.
    """
    if _english_wording:
        return _english_wording[0](message)
    return str(message.params.get("text", "")) if message.code == LEGACY_TEXT else str(message)


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


def side_word(side: str) -> Message:
    """'real' or 'generated' as a message, so the word is translated inside any sentence that names a side."""
    return Message(f"side_{side}")


def side_images(side: str) -> Message:
    """'Real images' or 'Generated images', as a heading-like subject at the start of a sentence."""
    return Message(f"side_{side}_images")


def as_message(value: Message | str) -> Message:
    """A message from either a code-bearing ``Message`` or (transitional) an English sentence."""
    return value if isinstance(value, Message) else Message(LEGACY_TEXT, {"text": str(value)})


def message_to_dict(message: Message) -> dict[str, Any]:
    """A JSON-ready form (nested messages included), so stored results can be worded again in another language."""
    params = {
        key: message_to_dict(value) if isinstance(value, Message) else _plain(value) for key, value in message.params.items()
    }
    return {"code": message.code, "params": params}


def _plain(value: ParamValue) -> ParamValue:
    """A JSON-ready parameter: NumPy scalars become Python numbers, anything else unknown becomes its text."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if hasattr(value, "item"):  # a NumPy scalar, e.g. a count taken from an array's shape
        return value.item()
    return str(value)  # a Path, for instance


def message_from_dict(document: Mapping[str, Any]) -> Message:
    """The inverse of :func:`message_to_dict`; a nested ``{"code", "params"}`` object is a nested message."""
    params = {
        key: message_from_dict(value) if _is_message_dict(value) else value
        for key, value in dict(document.get("params") or {}).items()
    }
    return Message(str(document["code"]), params)


def _is_message_dict(value: object) -> bool:
    return isinstance(value, Mapping) and set(value) == {"code", "params"} and isinstance(value.get("code"), str)


@dataclass(frozen=True)
class SkippedFile:
    """A file left out of a run, and why: ``reason`` is a message the front end words.

    A plain English sentence is still accepted while the last sites move to codes; it
    becomes a ``legacy_text`` message so every reader can rely on ``reason`` being a Message.
    """

    path: str
    reason: Message

    def __post_init__(self) -> None:
        object.__setattr__(self, "reason", as_message(self.reason))
