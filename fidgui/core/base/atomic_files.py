"""Write files so that a crash, a cancel or a full disk never leaves half a file behind.

Everything fidgui writes for the user (models, statistics, reports) goes through
here: the bytes land in a temporary file beside the target and are renamed over
it only once complete, which is atomic on every platform we ship for.

What the target already is decides how it is written:

- a regular file, or nothing yet: the temporary-and-rename above;
- a link (``results/latest.csv`` pointing elsewhere): the file it points to is replaced the same way, and the
  link itself is kept, so exporting onto a link never turns it into a plain file;
- a device, a pipe or a terminal, and anything named under ``/dev`` or ``/proc`` (``/dev/stdout``, ``/dev/null``,
  a FIFO): written through, in place and appending (``/dev/stdout`` redirected with ``>>`` keeps what is there);
  renaming a temporary file over ``/dev/stdout`` as root would replace the device node itself;
- a folder: refused with a sentence.

A write killed before its rename (``kill -9``, a power cut) leaves a hidden ``.NAME.XXXXXXXX.tmp`` beside the
target; the next write of the same target removes those older than STALE_AFTER_SECONDS (younger ones may belong
to a write still running in another process). Failures of the write itself (a full disk, a read-only folder)
raise :class:`OutputNotWritten`, which is both a FidguiError with a code and an OSError for older callers.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import stat
import tempfile
import time
from pathlib import Path
from typing import BinaryIO, Iterator

from fidgui.core.base.errors import FidguiError

STALE_AFTER_SECONDS = 600
_TEMPORARY_NAME = r"\.{name}\.[a-z0-9_]{{8}}\.tmp"  # tempfile.mkstemp's eight random characters


class OutputNotWritten(FidguiError, OSError):
    """A file fidgui was asked to write could not be written; the message says where and why."""


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_current_umask()  # what open() would give: mkstemp's 0600 would hide reports from colleagues


def _not_written(path: Path, error: OSError) -> OutputNotWritten:
    return OutputNotWritten("output_not_written", path=str(path), reason=error.strerror or str(error))


class _GuardedFile(io.FileIO):
    """A raw file whose write errors (disk full, quota) name the target the caller meant, not the temporary."""

    target: Path

    def write(self, data: object) -> int:  # type: ignore[override]
        try:
            return super().write(data)  # type: ignore[arg-type]
        except OSError as error:
            if isinstance(error, OutputNotWritten):
                raise
            raise _not_written(self.target, error) from error


def _writer(descriptor: int, target: Path) -> BinaryIO:
    raw = _GuardedFile(descriptor, "wb", closefd=True)
    raw.target = target
    return io.BufferedWriter(raw)  # type: ignore[return-value]


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file object; on success it replaces ``path`` (see the module docstring), on error it vanishes."""
    path = Path(path)
    status = _status(path)
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise OutputNotWritten("output_is_folder", path=str(path))
    if (status is not None and not stat.S_ISREG(status.st_mode)) or _is_system_path(path):
        with _written_through(path) as stream:
            yield stream
        return
    target = _link_target(path)
    _check_parent(path, target.parent)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temporaries(target)
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise _not_written(path, error) from error
    try:
        with _writer(handle, path) as stream:
            yield stream
            stream.flush()
            try:
                os.fsync(stream.fileno())
                os.chmod(temp_name, _FILE_MODE)
            except OSError as error:
                raise _not_written(path, error) from error
        try:
            os.replace(temp_name, target)
        except OSError as error:
            raise _not_written(path, error) from error
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def _status(path: Path) -> os.stat_result | None:
    """What ``path`` is after following links (magic ones such as /dev/stdout too); None when nothing is there."""
    try:
        return os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        raise _not_written(path, error) from error


def _check_parent(path: Path, folder: Path) -> None:
    """Name the file standing where a folder is needed (mkdir would only say "File exists")."""
    for ancestor in (folder, *folder.parents):
        if ancestor.exists():
            if not ancestor.is_dir():
                raise OutputNotWritten("output_parent_not_folder", path=str(path), parent=str(ancestor))
            return


def _is_system_path(path: Path) -> bool:
    """``/dev/stdout`` and ``/proc/self/fd/1`` name the caller's output even when it is redirected to a file."""
    return os.name == "posix" and str(Path(os.path.abspath(path))).startswith(("/dev/", "/proc/"))


def _link_target(path: Path) -> Path:
    """Where the bytes go: ``path`` itself, or the file an existing link points to (the link is kept)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


@contextlib.contextmanager
def _written_through(path: Path) -> Iterator[BinaryIO]:
    """Write into a device, pipe or terminal in place; a pipe nobody reads is refused rather than waited on."""
    flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        if error.errno == getattr(errno, "ENXIO", None):
            raise OutputNotWritten("output_pipe_without_reader", path=str(path)) from error
        raise _not_written(path, error) from error
    if hasattr(os, "set_blocking"):
        os.set_blocking(descriptor, True)
    with _writer(descriptor, path) as stream:
        yield stream
        stream.flush()


def _remove_stale_temporaries(target: Path) -> None:
    """Delete this target's own leftover temporaries from killed writes, when older than STALE_AFTER_SECONDS."""
    pattern = re.compile(_TEMPORARY_NAME.format(name=re.escape(target.name)))
    limit = time.time() - STALE_AFTER_SECONDS
    with contextlib.suppress(OSError), os.scandir(target.parent) as entries:
        for entry in entries:
            if not pattern.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < limit:
                    os.unlink(entry.path)


def write_text_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in UTF-8, in one step.

    A file name that is not valid UTF-8 reaches here as lone surrogates (Python's surrogateescape); they are
    written as ``\\udcXX`` escapes, which JSON reads back as the same name and a person can still recognise.
    """
    with atomic_output(path) as stream:
        stream.write(text.encode("utf-8", "backslashreplace"))
