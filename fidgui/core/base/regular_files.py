"""Open a file for reading only when it is a regular file, without ever blocking on a pipe or a device.

``open()`` on a FIFO waits until some other process opens its other end, which may be never: a file replaced
by a pipe after a folder was listed, or a pipe given as a statistics file, used to hang a run beyond the reach
of Cancel. Opening with ``O_NONBLOCK`` returns at once for a FIFO, and the kind of file is then checked on the
opened descriptor itself (``fstat``), so nothing can be swapped in between the check and the read.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


class NotRegularFile(OSError):
    """The path names a pipe, a socket, a device or a folder, which fidgui never reads as data."""

    def __init__(self, path: str, kind: str) -> None:
        super().__init__(f"{path} is a {kind}, not a regular file")
        self.kind = kind


def file_kind(mode: int) -> str:
    """A short English word for the kind of a non-regular file, for logs (sentences use codes)."""
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISDIR(mode):
        return "folder"
    return "special file"


def open_regular_file(path: str | os.PathLike[str]) -> BinaryIO:
    """A binary reader for ``path``; raises NotRegularFile at once (never blocks) for anything but a regular file.

    Other failures (missing, permission denied) raise the usual OSError subclasses.
    """
    descriptor = os.open(path, _FLAGS)
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(os.fspath(path), file_kind(mode))
        if _FLAGS & getattr(os, "O_NONBLOCK", 0) and hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)  # a regular file never blocks; keep reads ordinary
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
