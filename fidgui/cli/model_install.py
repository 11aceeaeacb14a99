"""``model install`` and ``model import`` as a terminal user needs them: offline, the address and what to run
next (never the window's "Choose a file…"), and a non-standard model said at once, not after a long run."""

from __future__ import annotations

import sys
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING

from fidgui.cli.messages import say, warn
from fidgui.cli.progress import StagePrinter
from fidgui.core.base.errors import DownloadError, Message
from fidgui.core.encoders.inception.weights import STANDARD_WEIGHTS_SHA256, STANDARD_WEIGHTS_URL

if TYPE_CHECKING:
    from fidgui.core.encoders.inception.graph import ModelInfo

UNREACHABLE_CODES = frozenset({"download_unreachable", "download_stalled"})


def offline_instructions(host: str | None = None, url: str = STANDARD_WEIGHTS_URL,
                         sha256: str = STANDARD_WEIGHTS_SHA256) -> Message:
    """What to do in a terminal when ``host`` (by default the address's own) cannot be reached."""
    host = host or urllib.parse.urlsplit(url).hostname or url
    return Message("cli_install_offline", host=host, url=url, sha256=sha256)


def install_or_explain() -> "ModelInfo | None":
    """The installed model's info, or None after printing what to do in a terminal when the download failed."""
    from fidgui.core.encoders import model_store

    try:
        return model_store.install_from_internet(progress=StagePrinter(sys.stderr))
    except DownloadError as error:
        if error.message.code in UNREACHABLE_CODES:
            print(f"fidgui-cli: {say(offline_instructions(error.message.params.get('host')))}", file=sys.stderr)
        else:
            print(f"fidgui-cli: {say(error)}", file=sys.stderr)
            next_step = Message("cli_install_failed_next", url=STANDARD_WEIGHTS_URL, sha256=STANDARD_WEIGHTS_SHA256)
            print(say(next_step), file=sys.stderr)
        return None


def import_and_judge(file: Path) -> "ModelInfo":
    """Import ``file``; a model that is not the standard network is said on stderr at once."""
    from fidgui.core.encoders import model_store

    info = model_store.import_model(file, progress=StagePrinter(sys.stderr))
    if not info.is_standard:
        warn(Message("model_imported_not_standard", sha256=info.weights_sha256, standard=STANDARD_WEIGHTS_SHA256))
    return info
