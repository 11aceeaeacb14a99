"""One comparison of a weights file's declared tensors with the layout a network needs, for every reader.

Inception's ``.pth`` and CLIP's safetensors are both checked on their tensor records before any
data is read; the refusal lists what is missing, unexpected and misshapen in one message (the
first few names of each, shapes printed only when they are plausible numbers, since a hostile
file chooses them), under the code of the network's own sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Mapping, Protocol

from fidgui.core.base.errors import Message, WeightsError


class HasShape(Protocol):
    shape: tuple[int, ...]


def check_layout(path: Path, declared: Mapping[str, HasShape], layout: Mapping[str, tuple[int, ...]], code: str,
                 ignored: Callable[[str], bool] = lambda name: False) -> None:
    """Raise ``WeightsError(code, path, problems)`` unless ``declared`` has exactly ``layout``'s names and shapes
    (names for which ``ignored`` is true may be there too)."""
    missing = [name for name in layout if name not in declared]
    unexpected = [name for name in declared if name not in layout and not ignored(name)]
    misshapen = [
        f"{name} {_shape(declared[name].shape)} \u2260 {_shape(shape)}"
        for name, shape in layout.items() if name in declared and declared[name].shape != shape
    ]
    parts = [
        Message(part, {"count": len(names), "names": _first_few(names)})
        for part, names in (("weights_layout_missing", missing), ("weights_layout_unexpected", unexpected),
                            ("weights_layout_misshapen", misshapen))
        if names
    ]
    if parts:
        problems = parts[-1]
        for part in reversed(parts[:-1]):
            problems = Message("weights_layout_and", {"first": part, "rest": problems})
        raise WeightsError(code, path=str(path), problems=problems)


def _shape(shape: tuple) -> str:
    if not all(type(n) is int and n < 10**12 for n in shape):  # a hostile value is not worth printing in full
        return "[...]"
    return "[" + ", ".join(str(n) for n in shape) + "]"


def _first_few(items: list[str], count: int = 3) -> str:
    shown = ", ".join(item[:80] for item in items[:count])
    return shown + (", \u2026" if len(items) > count else "")
