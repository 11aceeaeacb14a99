"""What a drop onto a side means: one folder, one statistics file, chosen image files, or something to explain.

Artists first try dropping the pictures themselves (a selection from a file manager, or one image);
a folder is what most tools expect. Every drop is accepted for a look, and each kind of content gets
either a side to compare or a sentence saying what to drop instead, never a silent refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData

from fidgui.core.base.errors import Message
from fidgui.core.base.image_selection import ImageSelection
from fidgui.core.images.discovery import IMAGE_EXTENSIONS
from fidgui.gui.jobs.folder_scan import is_statistics_file

SideInput = Path | ImageSelection


@dataclass(frozen=True)
class DropVerdict:
    """Either ``source`` (what the side becomes) or ``refusal`` (why not, and what to do)."""

    source: SideInput | None = None
    refusal: Message | None = None


def readable_types() -> str:
    """The image types a side reads, for sentences: "BMP, GIF, JPEG, ..." (JPG folded into JPEG, TIF into TIFF)."""
    names = {extension.upper() for extension in IMAGE_EXTENSIONS} - {"JPG", "TIF"}
    return ", ".join(sorted(names))


def is_image_file(path: Path) -> bool:
    return path.suffix[1:].lower() in IMAGE_EXTENSIONS


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders a drag carries (links to web pages and plain text carry none)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def judge_drop(paths: list[Path]) -> DropVerdict:
    """The side a drop of ``paths`` gives, or the sentence that explains why it gives none."""
    if not paths:
        return DropVerdict(refusal=Message("drop_nothing_local"))
    folders = [path for path in paths if path.is_dir()]
    if len(paths) == 1:
        only = paths[0]
        if only.is_dir() or (only.is_file() and is_statistics_file(only)):
            return DropVerdict(source=only)
        if is_image_file(only):
            return DropVerdict(source=ImageSelection.of(paths))
        return DropVerdict(refusal=Message("drop_not_image", name=only.name, types=readable_types()))
    if len(folders) > 1:
        return DropVerdict(refusal=Message("drop_several_folders", count=len(folders)))
    if folders or any(is_statistics_file(path) for path in paths):
        return DropVerdict(refusal=Message("drop_mixed"))
    if not any(is_image_file(path) for path in paths):
        return DropVerdict(refusal=Message("drop_no_images", count=len(paths), types=readable_types()))
    return DropVerdict(source=ImageSelection.of(paths))  # the other files are listed as skipped, with reasons
