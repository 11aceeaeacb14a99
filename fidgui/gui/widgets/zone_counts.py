"""The sentence under a side's name: counting, checking each file, the usable count, or why the side cannot be used.

Apart from the drop zone so that the zone's module stays about drops and layout. The texts keep the
zone's translation context (``DropZone``), where the translators already have them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fidgui.core.base.errors import Message
from fidgui.gui.jobs.folder_scan import SourceSummary
from fidgui.gui.text import fill, say


def _tr(text: str) -> str:
    return QCoreApplication.translate("DropZone", text)


def too_few(summary: SourceSummary | None) -> bool:
    """The check is over and this side cannot give a FID (fewer than 2 images the run can use)."""
    return summary is not None and not summary.is_statistics and summary.check_done and summary.usable < 2


def count_text(summary: SourceSummary | None, error: str | None) -> str:
    """What the side holds, as far as the background scan knows; ``error`` when the scan failed."""
    if error is not None:
        return error
    if summary is None:
        return _tr("Counting images…")
    if summary.is_statistics:
        mode = summary.statistics_mode or _tr("unknown")
        return fill(_tr("Saved statistics of %1 images (mode: %2)."), f"{summary.n_images:,}", mode)
    if summary.n_images == 0 and not summary.skipped:
        return _tr("No images found in this folder. Choose a folder that holds PNG or JPEG files.")
    if not summary.check_done:
        return say(Message("zone_checking", done=summary.checked, total=summary.n_images))
    if too_few(summary):
        return say(Message("zone_too_few", usable=summary.usable))
    if summary.chosen is not None:
        return say(Message("zone_usable_of_chosen", usable=summary.usable, chosen=summary.chosen))
    return say(Message("zone_usable", usable=summary.usable))
