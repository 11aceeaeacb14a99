"""A folder listed exactly as pytorch-fid lists it: top level only, its nine extensions, matched as ``pathlib``
matches them, so the same folder gives the same images (and the same FID) in both tools.

pytorch-fid's ``compute_statistics_of_path`` gathers ``path.glob('*.' + ext)`` for each extension of its
``IMAGE_EXTENSIONS`` and sorts the result. That means: no subfolders; no GIF; the pattern's case is literal
where ``pathlib`` is case-sensitive (``a.PNG`` is left out on Linux and macOS, read on Windows); and ``*``
matches dot names too (pathlib's glob, unlike the ``glob`` module, does not hide them). Everything it leaves
out that fidgui would have read is reported as skipped with the reason, so nobody wonders where images went.
"""

from __future__ import annotations

import os
from pathlib import Path

from fidgui.core.base.errors import FidguiError, Message, SkippedFile
from fidgui.core.images.discovery import IMAGE_EXTENSIONS, Discovery

PYTORCH_FID_EXTENSIONS = frozenset({"bmp", "jpg", "jpeg", "pgm", "png", "ppm", "tif", "tiff", "webp"})
_CASE_SENSITIVE = os.name != "nt"  # pathlib's glob follows the platform's file names


def pytorch_fid_matches(name: str) -> bool:
    """True when one of pytorch-fid's ``*.ext`` patterns matches the file name ``name``."""
    candidate = name if _CASE_SENSITIVE else name.lower()
    return any(candidate.endswith("." + extension) for extension in PYTORCH_FID_EXTENSIONS)


def discover_top_level(folder: Path) -> Discovery:
    """The folder's own files as pytorch-fid lists them, sorted as it sorts them; the rest reported as skipped."""
    root = Path(folder)
    try:
        with os.scandir(root) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except FileNotFoundError:
        raise FidguiError("folder_missing", path=str(root)) from None
    except NotADirectoryError:
        raise FidguiError("folder_is_file", path=str(root)) from None
    except OSError as error:
        raise FidguiError("folder_unreadable_drive", path=str(root), reason=error.strerror or str(error)) from None
    discovery = Discovery(files=[])
    for entry in entries:
        if pytorch_fid_matches(entry.name):
            discovery.files.append(Path(entry.path))  # as pytorch-fid: a folder named x.png is listed (and fails)
        elif _is_dir(entry):
            discovery.skipped.append(SkippedFile(entry.path, Message("top_level_subfolder_left_out")))
        elif entry.name.rpartition(".")[2].lower() in IMAGE_EXTENSIONS | PYTORCH_FID_EXTENSIONS:
            discovery.skipped.append(SkippedFile(entry.path, Message("top_level_extension_left_out",
                                                                     extension=entry.name.rpartition(".")[2])))
    discovery.files.sort()
    return discovery


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def count_in_subfolders(files: list[Path], root: Path) -> int:
    """How many of ``files`` lie below a subfolder of ``root`` (pytorch-fid would not have read them)."""
    root = Path(root)
    count = 0
    for file in files:
        try:
            count += len(Path(file).relative_to(root).parts) > 1
        except ValueError:
            continue
    return count
