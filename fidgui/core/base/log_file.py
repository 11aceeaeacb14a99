"""The log file of unexpected errors, in the per-user log folder, rotated so it never grows without bound.

A windowed build has no console: a traceback logged to a logger nobody configured is lost,
and the person can only report "something went wrong". Both front ends call
:func:`configure_log_file` at start; the sentence they show for a bug names :func:`log_file`,
so the report can carry the traceback.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from fidgui.core.base import user_dirs

LOG_FILE_NAME = "fidgui.log"
MAX_BYTES = 1_000_000  # a few hundred tracebacks; older ones move to fidgui.log.1 ... .3
BACKUPS = 3
_LOGGER = "fidgui"
_MARK = "_fidgui_log_file"


def log_file() -> Path:
    return user_dirs.log_dir() / LOG_FILE_NAME


def configure_log_file() -> Path | None:
    """Send the ``fidgui`` loggers' warnings and errors to the rotating log file; return its path.

    Calling again changes nothing while the folder is the same (the window and its smoke test
    may both call it); a folder that cannot be written returns None and the program runs on.
    """
    path = log_file()
    logger = logging.getLogger(_LOGGER)
    for handler in list(logger.handlers):
        if getattr(handler, _MARK, None) == path:
            return path
        if getattr(handler, _MARK, None) is not None:  # FIDGUI_HOME moved (tests): follow it
            logger.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    setattr(handler, _MARK, path)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.WARNING:
        logger.setLevel(logging.WARNING)
    return path
