"""Saving a reference from the window, in a job's thread: the one failure the dialog answers with a question.

A reference's covariance is 32 MB at 2048 features, and the library may sit on a slow or network disk,
so the dialog writes it off the GUI thread. A name taken since the person typed it (another window, the
CLI) is not a dead end there: it comes back as a value, and the dialog asks for another name.
"""

from __future__ import annotations

from pathlib import Path

from fidgui.core.base.errors import FidguiError
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.stores.reference_library import ReferenceEntry, ReferenceLibrary


def save_unless_taken(
    library: ReferenceLibrary, name: str, statistics: FeatureStatistics, folder: Path
) -> ReferenceEntry | FidguiError:
    """The saved entry, or the refusal when ``name`` is taken; any other failure is raised as usual."""
    try:
        return library.save(name, statistics, source=folder)
    except FidguiError as error:
        if error.message.code != "reference_name_taken":
            raise
        return error
