"""English sentences of the encoder registry and the encoder-neutral feature cache."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "unknown_encoder": "fidgui knows no network called '{name}'; choose one of: {known}.",
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
