"""Turn a ``Message`` into a sentence: look up its template and insert its parameters in one pass.

Templates use ``{name}`` for a value, ``{name:n}`` for a count with thousands
separators (2,048), ``{name:.2f}``-style specs for other numbers, and
``{name:one:image is|images are}`` for the words that change with a count, and
``{reason:clause}`` for a sentence set inside another (its final full stop dropped). A
language without plurals simply leaves that choice out of its template.

A parameter that names a network (``network``, ``encoder``, ...) carries the engine's
registry name ("dinov2"), which stays in the JSON output as it is; the sentence shows the
network's proper name instead, through its ``network_name_<name>`` code, so every message,
present or future, reads "the DINOv2 network" without its call site doing anything.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Mapping

from fidgui.core.base.errors import LEGACY_TEXT, FidguiError, Message
from fidgui.core.base.errors import as_message as _from_text
from fidgui.messages.catalog import ENGLISH

Translate = Callable[[str, str], str]
"""(code, English template) -> the template in the reader's language."""

Renderable = Any  # a Message, a FidguiError, or anything with a ``.message`` (a Notice) or ``.reason`` (a SkippedFile)

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::([^{}]*))?\}")

NETWORK_NAME_PREFIX = "network_name_"
"""``network_name_<registry name>``: a network's proper name as a sentence shows it."""
NETWORK_PARAMS = frozenset({"network", "encoder", "encoders", "found", "wanted"})
"""Parameters that may hold a network's registry name (``encoders``: several, joined by ", "). Only a value that
is exactly a name with a ``network_name_`` code is replaced, so a ``found`` holding a width or a mode is left as is."""


def english_template(code: str) -> str:
    """The English template of a code; an unknown code is a defect, so it is shown rather than hidden."""
    return ENGLISH.get(code, code)


def as_message(item: Renderable) -> Message:
    """The message inside an error, a notice or a skipped file; a plain sentence becomes a ``legacy_text`` one."""
    if isinstance(item, (Message, str)):
        return _from_text(item)  # a plain sentence (from before codes) is shown as written
    if isinstance(item, FidguiError):
        return item.message
    for attribute in ("message", "reason"):
        inner = getattr(item, attribute, None)
        if isinstance(inner, Message):
            return inner
    raise TypeError(f"{type(item).__name__} carries no message")


def render(message: Renderable, translate: Translate | None = None) -> str:
    """The sentence for a message, each placeholder replaced once (a value holding ``{x}`` is never re-read)."""
    message = as_message(message)
    if message.code == LEGACY_TEXT:
        return str(message.params.get("text", ""))
    template = english_template(message.code)
    if translate is not None:
        template = translate(message.code, template)
    return fill(template, message.params, translate)


def fill(template: str, params: Mapping[str, object], translate: Translate | None = None) -> str:
    """Insert parameters in a single pass; nested messages are rendered in the same language."""

    def value(match: re.Match[str]) -> str:
        name, spec = match.group(1), match.group(2)
        if name not in params:
            return match.group(0)
        item = params[name]
        if isinstance(item, Message):
            text = render(item, translate)
            return text.rstrip(".。") if spec == "clause" else text
        if name in NETWORK_PARAMS and isinstance(item, str):
            item = network_names(item, translate)
        return format_value(item, spec)

    return _PLACEHOLDER.sub(value, template)


def network_names(value: str, translate: Translate | None = None) -> str:
    """``value`` with each network registry name in it ("clip, dinov2") replaced by the network's proper name."""

    def proper(name: str) -> str:
        code = NETWORK_NAME_PREFIX + name
        return render(Message(code), translate) if code in ENGLISH else name

    return ", ".join(proper(part) for part in value.split(", "))


def format_value(item: object, spec: str | None) -> str:
    """One parameter as text: ``n`` groups thousands, ``one:A|B`` picks the singular or plural words."""
    if spec is None or spec == "":
        return str(item)
    if spec == "clause":  # a sentence used inside another: without its final full stop
        return str(item).rstrip(".。")
    if spec.startswith("one:"):
        singular, _, plural = spec[len("one:"):].partition("|")
        return singular if item == 1 else plural
    if spec == "n":
        return f"{item:,}" if isinstance(item, (int, float)) and not isinstance(item, bool) else str(item)
    try:
        return format(item, spec)
    except (TypeError, ValueError):  # a spec that does not fit the value: show the value rather than fail a sentence
        return str(item)
