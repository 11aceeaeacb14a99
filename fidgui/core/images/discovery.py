"""A folder to the list of image files a comparison reads, in a fixed order.

The folder is read recursively with ``os.scandir`` (one system call per folder on every platform, so 50,000 files
take a fraction of a second). Every entry lands in one of three lists:

- ``files``: regular files whose extension, in any case, is in IMAGE_EXTENSIONS. They are sorted by their path
  relative to the folder, compared folder name by folder name and then by file name, which is how pytorch-fid
  sorts its ``pathlib`` paths; so a flat folder is read in the order pytorch-fid reads it, on every computer
  (the comparison is case-sensitive everywhere, unlike ``pathlib`` on Windows).
- ``skipped``: files and folders a person put there that cannot be read as images, each with a sentence that
  says why. These are shown to the user.
- ``ignored``: hidden entries (a dot name, or on Windows the hidden or system attribute) and what operating
  systems leave behind (.DS_Store, Thumbs.db, desktop.ini, AppleDouble ``._*`` files). They are never pictures
  and nobody put them there on purpose, so they are not counted as skipped, which would alarm for nothing;
  they keep a reason for logs. A hidden folder is listed once and not entered.

Links are followed. A folder link that leads to a folder already read (a loop, or a second way to the same
folder) is ignored, so no folder is read twice and loops end.

:func:`folder_fingerprint` summarises the listing for the folder-level statistics cache.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from fidgui.core.base.errors import FidguiError, Message, SkippedFile

# pytorch-fid's and clean-fid's list (which includes pgm and ppm), plus GIF.
IMAGE_EXTENSIONS = frozenset({"png", "jpg", "jpeg", "webp", "bmp", "tif", "tiff", "gif", "pgm", "ppm"})
_OTHER_PICTURE_EXTENSIONS = frozenset(
    {"heic", "heif", "avif", "jxl", "psd", "psb", "kra", "xcf", "svg", "ico", "tga", "exr", "hdr",
     "raw", "dng", "cr2", "cr3", "nef", "arw", "orf", "rw2", "raf"}
)
_SYSTEM_FILE_NAMES = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r"})  # compared in lower case
_FINGERPRINT_SALT = b"fidgui folder listing v2: size, mtime, ctime, inode\n"
_WINDOWS_HIDDEN = getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 2) | getattr(stat, "FILE_ATTRIBUTE_SYSTEM", 4)
_ON_WINDOWS = os.name == "nt"


@dataclass
class Discovery:
    """The image files of one folder in reading order, and what was left out."""

    files: list[Path]
    skipped: list[SkippedFile] = field(default_factory=list)
    ignored: list[SkippedFile] = field(default_factory=list)


def folder_fingerprint(files: Sequence[Path], root: Path) -> str:
    """A hash of the sorted (relative path, size, mtime, ctime, device and inode) listing of ``files``.

    Any added, removed, renamed or rewritten file changes it, including a file edited in place with its size
    kept and its modification time set back (``touch -r``, ``os.utime``): its inode change time moves and no
    program can set that back; a file replaced by another (``mv``, an editor's save-as-new-file) has another
    inode. Still trusted, on purpose: an edit on a filesystem that keeps no change time and no stable inode
    numbers (FAT, some network shares; on Windows ``st_ctime`` is the creation time), with the size kept and
    the modification time restored, and a clock set back. A copied folder no longer matches (new inodes): it is
    read again from the per-image cache, which is keyed by content. A file that vanished while listing is
    hashed as -1: the run that follows reports it as skipped.
    """
    root = Path(root)
    entries: list[tuple[str, int, int, int, int, int]] = []
    for file in files:
        file = Path(file)
        try:
            relative = file.relative_to(root).as_posix()
        except ValueError:
            relative = file.as_posix()
        try:
            status = os.stat(file)
            entries.append((relative, status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_dev,
                            status.st_ino))
        except OSError:
            entries.append((relative, -1, -1, -1, -1, -1))
    entries.sort()
    digest = hashlib.sha256(_FINGERPRINT_SALT)
    for relative, *numbers in entries:
        digest.update(relative.encode("utf-8", "surrogatepass") + b"\0" + repr(numbers).encode("ascii") + b"\n")
    return digest.hexdigest()


def discover_listed(files: Sequence[Path]) -> Discovery:
    """The chosen ``files`` (a selection dropped from a file manager) sorted and filed as a folder's entries are.

    Each file is looked up through its folder's listing, so it is judged by exactly the rules a folder's
    files are (extension, hidden, links); a file that is gone is skipped with the reason the run would give.
    """
    by_folder: dict[str, list[Path]] = {}
    for file in files:
        by_folder.setdefault(os.path.dirname(os.path.abspath(file)), []).append(Path(file))
    discovery = Discovery(files=[])
    found: list[tuple[str, Path]] = []
    for directory, chosen in by_folder.items():
        try:
            with os.scandir(directory) as listing:
                entries = {entry.name: entry for entry in listing}
        except OSError as error:
            discovery.skipped.extend(SkippedFile(str(file), _unreadable_entry_reason(error)) for file in chosen)
            continue
        for file in chosen:
            entry = entries.get(file.name)
            reason = Message("image_gone") if entry is None else _ignore_reason(entry) or _skip_reason(entry)
            if entry is not None and entry.is_dir():
                reason = Message("entry_not_regular_file")
            if reason is None:
                found.append((file.as_posix(), file))
            else:
                discovery.skipped.append(SkippedFile(str(file), reason))
    discovery.files = [file for _, file in sorted(found)]
    return discovery


def discover_images(folder: Path) -> Discovery:
    """List the images under ``folder``; raise FidguiError only when the folder itself cannot be read."""
    root = Path(folder)
    _check_folder(root)
    return _Walk(root).run()


class _Walk:
    """One depth-first pass over a folder tree, in name order so that the same route to a folder wins every time."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.discovery = Discovery(files=[])
        self.found: list[tuple[tuple[str, ...], str]] = []  # (path relative to root, split into names; full path)
        self.visited = {_identity(str(root))}
        self.pending: list[tuple[str, tuple[str, ...]]] = [(str(root), ())]

    def run(self) -> Discovery:
        while self.pending:
            directory, relative = self.pending.pop()
            subfolders = []
            for entry in self._entries(directory, relative):
                try:
                    subfolder = self._place(entry, relative)
                except OSError as error:  # removed meanwhile, a link to itself, no permission
                    self.discovery.skipped.append(SkippedFile(entry.path, _unreadable_entry_reason(error)))
                    continue
                if subfolder is not None:
                    subfolders.append(subfolder)
            self.pending.extend(reversed(subfolders))
        self.found.sort()
        self.discovery.files = [Path(path) for _, path in self.found]
        return self.discovery

    def _entries(self, directory: str, relative: tuple[str, ...]) -> list[os.DirEntry[str]]:
        try:
            with os.scandir(directory) as listing:
                return sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            if not relative:
                raise FidguiError(_unreadable_folder_sentence(self.root, error)) from None
            self.discovery.skipped.append(SkippedFile(directory, _unreadable_subfolder_reason(error)))
            return []

    def _place(self, entry: os.DirEntry[str], relative: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
        """File the entry under files, skipped or ignored; return it when it is a folder still to read."""
        ignored_because = _ignore_reason(entry)
        if ignored_because is not None:
            self.discovery.ignored.append(SkippedFile(entry.path, ignored_because))
        elif entry.is_dir():
            identity = _identity(entry.path)
            if identity not in self.visited:
                self.visited.add(identity)
                return entry.path, relative + (entry.name,)
            self.discovery.ignored.append(SkippedFile(entry.path, _SEEN_FOLDER))
        else:
            skip_because = _skip_reason(entry)
            if skip_because is None:
                self.found.append((relative + (entry.name,), entry.path))
            else:
                self.discovery.skipped.append(SkippedFile(entry.path, skip_because))
        return None


_SEEN_FOLDER = Message("folder_link_seen")


def _check_folder(root: Path) -> None:
    if root.is_dir():
        return
    if root.is_file():
        raise FidguiError("folder_is_file", path=str(root))
    if root.exists():  # a pipe, a device or a socket: never opened (a pipe could block forever)
        raise FidguiError("folder_is_special_file", path=str(root))
    raise FidguiError("folder_missing", path=str(root))


def _unreadable_folder_sentence(root: Path, error: OSError) -> Message:
    if isinstance(error, PermissionError):
        return Message("folder_permission_denied", path=str(root))
    return Message("folder_unreadable_drive", path=str(root), reason=error.strerror or str(error))


def _unreadable_subfolder_reason(error: OSError) -> Message:
    if isinstance(error, PermissionError):
        return Message("subfolder_permission_denied")
    return Message("subfolder_unreadable", reason=error.strerror or str(error))


def _unreadable_entry_reason(error: OSError) -> Message:
    if isinstance(error, PermissionError):
        return Message("entry_permission_denied")
    return Message("entry_unreadable", reason=error.strerror or str(error))


def _identity(path: str) -> tuple[int, int]:
    """Which folder a path really is, through links and Windows junctions (DirEntry.stat has no inode there)."""
    status = os.stat(path)
    return status.st_dev, status.st_ino


def _ignore_reason(entry: os.DirEntry[str]) -> Message | None:
    name = entry.name
    if name.startswith("._"):
        return Message("ignored_apple_double")
    if name == ".DS_Store" or name.lower() in _SYSTEM_FILE_NAMES:
        return Message("ignored_system_file")
    if name.startswith("."):
        return Message("ignored_hidden")
    if _ON_WINDOWS and _has_windows_hidden_attribute(entry):
        return Message("ignored_windows_hidden")
    return None


def _has_windows_hidden_attribute(entry: os.DirEntry[str]) -> bool:
    """Free on Windows: scandir already fetched the attributes, so stat() makes no system call."""
    attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    return bool(attributes & _WINDOWS_HIDDEN)


def _skip_reason(entry: os.DirEntry[str]) -> Message | None:
    extension = entry.name.rpartition(".")[2].lower() if "." in entry.name else ""
    if extension in IMAGE_EXTENSIONS:
        if entry.is_file():
            return None
        if entry.is_symlink():
            return Message("link_to_missing_file")
        return Message("entry_not_regular_file")
    if entry.is_symlink() and not entry.is_file():
        return Message("link_to_missing_entry")
    if extension in _OTHER_PICTURE_EXTENSIONS:
        return Message("picture_format_unsupported", extension=extension)
    if not extension:
        return Message("file_without_extension")
    return Message("file_not_image", extension=extension)
