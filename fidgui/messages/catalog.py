"""Every message code with its English sentence; ``{name}`` marks where a parameter goes.

The English text is also the source text translators work from. Parameters are
inserted whole (numbers, file names, paths) and never translated.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "error": "Something went wrong.",
    "cancelled": "The run was cancelled.",

    # -- hostile and unlucky inputs: images, folders, statistics files, stores, outputs (issue 10, items 7-14) --
    "image_file_too_large": "This file is {gigabytes} GB, more than the {limit_gigabytes} GB fidgui reads; save a "
    "smaller copy of it (FID scales every image to 299 × 299 pixels anyway).",
    "image_is_folder": "This is a folder, not an image file.",
    "image_not_regular_file": "This is not a regular file but a pipe, a device or a socket, so it was not opened "
    "(reading it could wait forever).",
    "image_jpeg_hollow": "This JPEG file is cut short: its header announces {width} × {height} pixels, but its "
    "{size_bytes} bytes cannot hold them, probably after an interrupted download or copy. Copy it again, or remove it.",
    "image_over_memory_budget": "This image is {width} × {height} pixels and would need {gigabytes} GB of memory to "
    "decode, more than the {limit_gigabytes} GB fidgui allows one image; save a smaller copy of it (FID scales every "
    "image to 299 × 299 pixels anyway).",
}
