"""Recording a finished comparison in the history, and naming saved references, once for every front end.

The command line, the window and compare-many all finish comparisons; if each wrote its own
history code, the copies drift (one recorded, one did not; one named references, one printed
paths). Both duties live here, are plain functions without Qt, and do file and database work,
so the window calls them from a background job, never from its GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from fidgui.core.base.comparison_types import ComparisonResult
from fidgui.core.report.document import result_to_dict
from fidgui.core.stores.history import History
from fidgui.core.stores.reference_library import ReferenceLibrary


def record_comparison(result: ComparisonResult, history_path: Path | None = None) -> list[str]:
    """Add ``result`` to the history; return what the history had to report (a damaged file set aside).

    Raises FidguiError when the result could not be recorded; the figure is already shown by then,
    so callers tell that as a note and carry on.
    """
    with History(history_path) as history:
        history.record(result_to_dict(result))
        return list(history.notices)


def record_comparisons(results: Iterable[ComparisonResult], history_path: Path | None = None) -> list[str]:
    """Several results in one opening of the history (compare-many's folders); same promises as above."""
    notices: list[str] = []
    with History(history_path) as history:
        for result in results:
            history.record(result_to_dict(result))
        notices.extend(history.notices)
    return notices


class ReferenceNames:
    """Which sources are saved references, and their names: the library is listed once, then asked many times.

    A history of a thousand rows would otherwise list the library a thousand times.
    """

    def __init__(self, library: ReferenceLibrary | None = None) -> None:
        library = library if library is not None else ReferenceLibrary()
        self._names = {entry.path: entry.name for entry in library.list_entries()}

    def name(self, source: str | Path) -> str | None:
        """The library name of a reference's ``.npz``, or None for any other file or folder."""
        return self._names.get(Path(source))


def reference_name(source: str | Path) -> str | None:
    """One source's reference name (or None); for many sources, keep one :class:`ReferenceNames`."""
    return ReferenceNames().name(source)
