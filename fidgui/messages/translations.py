"""The translated templates of every language, merged from each area's ``translations_<area>.py``.

Each area of the engine keeps its translations in a module of its own, so work on
one area never collides with another's. Modules are found by name with
``pkgutil.iter_modules``: adding ``translations_foo.py`` is all a new area does.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from types import ModuleType
from typing import Callable, Mapping

import fidgui.messages as package

LANGUAGES = ("zh_CN", "zh_TW", "ja")
"""The languages besides English; English is the catalogue itself."""

MODULE_PREFIX = "translations_"
Table = Mapping[str, str]


def translation_modules() -> list[str]:
    """The names of every ``translations_*`` module in this package, in a fixed order."""
    return sorted(
        f"{package.__name__}.{info.name}"
        for info in pkgutil.iter_modules(package.__path__)
        if info.name.startswith(MODULE_PREFIX)
    )


def module_tables(module: ModuleType) -> list[Mapping[str, Table]]:
    """The ``{language: {code: text}}`` dictionaries a module declares (``TRANSLATIONS`` or any such module-level dict)."""
    declared = getattr(module, "TRANSLATIONS", None)
    if isinstance(declared, Mapping):
        return [declared]
    return [
        value
        for name, value in vars(module).items()
        if not name.startswith("_") and isinstance(value, Mapping) and value and set(value) <= set(LANGUAGES)
    ]


@lru_cache(maxsize=1)
def _merged() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {language: {} for language in LANGUAGES}
    for name in translation_modules():
        for table in module_tables(importlib.import_module(name)):
            for language, entries in table.items():
                merged[language].update(entries)
    return merged


def table(language: str) -> dict[str, str]:
    """Every translated template of ``language`` (empty for English or a language fidgui does not have)."""
    return dict(_merged().get(language, {}))


def lookup(language: str, code: str) -> str | None:
    """The template of ``code`` in ``language``, or None when it has none."""
    return _merged().get(language, {}).get(code)


def translator(language: str) -> Callable[[str, str], str]:
    """A ``Translate`` for :func:`fidgui.messages.render.render`: the language's template, else the English one."""
    entries = _merged().get(language, {})

    def translate(code: str, english: str) -> str:
        return entries.get(code) or english

    return translate


def conflicts() -> list[tuple[str, str, list[str]]]:
    """(language, code, modules) for every code that two modules translate differently: a merge mistake."""
    seen: dict[tuple[str, str], dict[str, str]] = {}
    for name in translation_modules():
        for table_ in module_tables(importlib.import_module(name)):
            for language, entries in table_.items():
                for code, text in entries.items():
                    seen.setdefault((language, code), {})[name] = text
    return [
        (language, code, sorted(by_module))
        for (language, code), by_module in sorted(seen.items())
        if len(set(by_module.values())) > 1
    ]
