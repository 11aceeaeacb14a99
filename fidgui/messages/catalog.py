"""Every message code with its English sentence; ``{name}`` marks where a parameter goes.

The English text is also the source text translators work from. Parameters are
inserted whole (numbers, file names, paths) and never translated. ``{n:n}`` groups
a count's thousands; ``{n:one:image|images}`` picks the words that follow a count;
``{reason:clause}`` drops a nested sentence's final full stop. Each area keeps its
codes in a ``catalog_<area>.py`` module of its own (each with an ``ENGLISH`` dict),
merged here, so areas never edit the same lines.
"""

from __future__ import annotations

import importlib
import pkgutil

import fidgui.messages as _package

MODULE_PREFIX = "catalog_"


def catalogue_modules() -> list[str]:
    """The area modules, in name order (the order only matters for a duplicate code, which a test forbids)."""
    return sorted(
        f"{_package.__name__}.{info.name}" for info in pkgutil.iter_modules(_package.__path__)
        if info.name.startswith(MODULE_PREFIX)
    )


def duplicate_codes() -> list[tuple[str, list[str]]]:
    """Codes defined by more than one area module (each would hide the other's sentence)."""
    owners: dict[str, list[str]] = {}
    for name in catalogue_modules():
        for code in importlib.import_module(name).ENGLISH:
            owners.setdefault(code, []).append(name)
    return [(code, names) for code, names in sorted(owners.items()) if len(names) > 1]


ENGLISH: dict[str, str] = {
    "error": "Something went wrong.",
    "cancelled": "The run was cancelled.",
}
for _name in catalogue_modules():
    ENGLISH.update(importlib.import_module(_name).ENGLISH)
