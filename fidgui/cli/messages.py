"""The command line's one formatting module: which language it speaks, and engine messages worded in it.

The language comes from ``--lang``, else from the usual locale variables in the
order gettext reads them (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), so a
terminal set to Japanese gets Japanese without any option. Every message from the
engine goes through :func:`say`; nothing here builds a sentence of its own.
"""

from __future__ import annotations

import os
import sys
from typing import Mapping

from fidgui.core.base.errors import Message, as_message
from fidgui.messages import translations
from fidgui.messages.render import Renderable, render
from fidgui.messages.render import as_message as message_of

ENGLISH = "en"
LANGUAGE_CHOICES = (ENGLISH, *translations.LANGUAGES)
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_TRADITIONAL = ("zh_tw", "zh_hk", "zh_mo", "zh_hant")

_language = ENGLISH


def language_for_locale(value: str) -> str | None:
    """fidgui's language for one locale name (``ja_JP.UTF-8``, ``zh_HK``, ``C``); None when fidgui has none for it."""
    name = value.split(".")[0].split("@")[0].replace("-", "_").lower()
    if not name:
        return None
    if name in ("c", "posix") or name.startswith("en"):
        return ENGLISH
    if name.startswith(_TRADITIONAL):
        return "zh_TW"
    if name == "zh" or name.startswith("zh_"):
        return "zh_CN"
    if name == "ja" or name.startswith("ja_"):
        return "ja"
    return None


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the locale variables ask for; ``LANGUAGE`` may list several, the first one fidgui has wins."""
    environ = os.environ if environ is None else environ
    for variable in _LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if not value:
            continue
        candidates = value.split(":") if variable == "LANGUAGE" else [value]
        for candidate in candidates:
            language = language_for_locale(candidate)
            if language is not None:
                return language
        if variable != "LANGUAGE":  # the first locale that is set decides, even when fidgui lacks its language
            return ENGLISH
    return ENGLISH


def choose_language(option: str | None, environ: Mapping[str, str] | None = None) -> str:
    """``--lang`` when given, else the locale; remembered for every later :func:`say`."""
    global _language
    _language = option if option in LANGUAGE_CHOICES else language_from_environment(environ)
    return _language


def current_language() -> str:
    return _language


def say(item: Renderable | str, language: str | None = None) -> str:
    """An engine message (error, notice, skipped file's reason) as a sentence in the chosen language."""
    message = as_message(item) if isinstance(item, (Message, str)) else item
    chosen = language or _language
    return render(message, None if chosen == ENGLISH else translations.translator(chosen))


def english(item: Renderable) -> str:
    """The English sentence, for the JSON document's stable ``text`` fields."""
    return render(item)


def warn(item: Renderable | str) -> None:
    """A warning on stderr, so stdout stays a clean result."""
    print(say(Message("cli_warning", message=message_of(item))), file=sys.stderr)
