"""Every message code with its English sentence; ``{name}`` marks where a parameter goes.

The English text is also the source text translators work from. Parameters are
inserted whole (numbers, file names, paths) and never translated.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "error": "Something went wrong.",
    "cancelled": "The run was cancelled.",
    # encoders
    "unknown_encoder": "fidgui knows no network called '{name}'; choose one of: {known}.",
    "unknown_mode": "Unknown compatibility mode '{mode}'; choose one of: {known}.",
    "statistics_width_mismatch": (
        "The statistics in {name} describe {width} features per image, but the {encoder} network gives {expected}; "
        "they were computed with another network or setting. Recompute them from the images."
    ),
    "feature_cache_rebuilt": (
        "The feature cache was written by an older version of fidgui (format {version}) and could not be converted, "
        "so it has been emptied and is being rebuilt: images are read through the network again once. "
        "Nothing else is affected."
    ),
}
