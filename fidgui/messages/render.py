"""Turn a ``Message`` into a sentence: look up its template and insert its parameters in one pass."""

from __future__ import annotations

import re
from typing import Callable, Mapping

from fidgui.core.base.errors import LEGACY_TEXT, FidguiError, Message
from fidgui.messages.catalog import ENGLISH

Translate = Callable[[str, str], str]
"""(code, English template) -> the template in the reader's language."""

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def english_template(code: str) -> str:
    """The English template of a code; an unknown code is a defect, so it is shown rather than hidden."""
    return ENGLISH.get(code, code)


def render(message: Message | FidguiError, translate: Translate | None = None) -> str:
    """The sentence for a message, each ``{name}`` replaced once (a value holding ``{x}`` is never re-read)."""
    if isinstance(message, FidguiError):
        message = message.message
    if message.code == LEGACY_TEXT:
        return str(message.params.get("text", ""))
    template = english_template(message.code)
    if translate is not None:
        template = translate(message.code, template)
    return fill(template, message.params, translate)


def fill(template: str, params: Mapping[str, object], translate: Translate | None = None) -> str:
    """Insert parameters in a single pass; nested messages are rendered in the same language."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in params:
            return match.group(0)
        item = params[name]
        return render(item, translate) if isinstance(item, Message) else str(item)

    return _PLACEHOLDER.sub(value, template)
