"""English sentences for issue 12's items 9, 15, 16, 17 and ``--dims``: feature widths, top-level reading,
compare-many's rows, the report's settings, and the small wording fixes of the window and the command line."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    # --- --dims ---
    "unknown_dims": "The {encoder} network gives features of width {choices}, not {dims}; choose one of those.",
    "model_lacks_block": (
        "The model {path} has no inner layer for the output {output} (it was not converted by fidgui), so it can "
        "only give 2048-wide features; import the weights file (.pth) to use other widths."
    ),
    "rank_deficient_dims": (
        "{shortage} images, not more than the {features:n} features the network describes each image with, so the "
        "covariance is incomplete (rank-deficient). The FID is still computed, but it is inflated by this shortage "
        "and only comparable with FIDs computed from the same number of images. Use more than {features:n} images "
        "per side, ideally 10,000 or more; or, as pytorch-fid advises for small sets, use narrower features with "
        "--dims {narrower} (FIDs of different widths cannot be compared with each other); or look at KID, which "
        "has no such bias."
    ),
}
