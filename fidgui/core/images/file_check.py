"""Whether each listed file will be usable, judged by the very decoder the run uses, before the run.

A folder's listing counts by extension; a run then skips the files it cannot decode. Checking every
file here with :func:`decode_image` (not a lighter header test that could judge differently) lets a
front end show, while the person is still choosing, the same skipped files and reasons the run will
give. It is a loop over files that stops when asked and reports as it goes, for a background thread.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from fidgui.core.base.comparison_types import DEFAULT_DECODE, StopCheck
from fidgui.core.base.errors import Cancelled, ImageSkipped, SkippedFile
from fidgui.core.images.decoding import DecodedImage, decode_image

REPORT_EVERY_SECONDS = 0.25


@dataclass
class FileCheck:
    """How far the check got: files looked at, those that will be used, and those the run will skip (why)."""

    total: int
    done: int = 0
    usable: list[Path] = field(default_factory=list)
    unusable: list[SkippedFile] = field(default_factory=list)


def check_files(
    files: Sequence[Path],
    policy: str = DEFAULT_DECODE,
    should_stop: StopCheck | None = None,
    progress: Callable[[FileCheck], None] | None = None,
    decoded: Callable[[Path, DecodedImage], None] | None = None,
) -> FileCheck:
    """Decode each file as the run will; ``progress`` gets the state a few times a second and at the end.

    ``decoded`` sees each good picture (a front end takes its first few as thumbnails, decoding nothing twice).
    """
    state = FileCheck(total=len(files))
    last = time.monotonic()
    for file in files:
        if should_stop is not None and should_stop():
            raise Cancelled()
        try:
            image = decode_image(file, policy)
        except ImageSkipped as skipped:
            state.unusable.append(SkippedFile(str(file), skipped.message))
        else:
            state.usable.append(Path(file))
            if decoded is not None:
                decoded(Path(file), image)
        state.done += 1
        if progress is not None and time.monotonic() - last >= REPORT_EVERY_SECONDS:
            last = time.monotonic()
            progress(state)
    if progress is not None:
        progress(state)
    return state
