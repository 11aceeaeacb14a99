"""Sample counts and set properties to warnings a person can read.

Each warning says what happened, what it does to the number, and what to do;
``code`` lets the window group or translate them. The thresholds are the ones the
FID literature and the reference tools use: the encoder's feature width (with no
more images than that the covariance cannot be full rank; the caller passes
``Encoder.feature_width``), and 10,000 and 50,000 are the sample sizes published
FIDs are computed from.
"""

from __future__ import annotations

from fidgui.core.base.comparison_types import Notice, Side

RECOMMENDED_IMAGES = 10_000
PUBLISHED_IMAGES = 50_000
UNBALANCED_RATIO = 2.0


def _count(n: int) -> str:
    return f"{n:,}"


def sample_size_warnings(n_real: int, n_generated: int, feature_width: int) -> list[Notice]:
    notices: list[Notice] = []
    smallest = min(n_real, n_generated)
    if smallest <= feature_width:
        short = [f"the {name} side has only {_count(n)}" for name, n in (("real", n_real), ("generated", n_generated))
                 if n <= feature_width]
        notices.append(
            Notice(
                "rank_deficient",
                f"{' and '.join(short).capitalize()} images, not more than the {feature_width:,} features the "
                "network describes each image with, so the covariance is incomplete (rank-deficient). The FID is still "
                "computed, but it is inflated by this shortage and only comparable with FIDs computed from the same "
                f"number of images. Use more than {feature_width:,} images per side, ideally 10,000 or more, or look at "
                "KID, "
                "which has no such bias.",
            )
        )
    elif smallest < RECOMMENDED_IMAGES:
        notices.append(
            Notice(
                "small_sample",
                f"FID is biased upward with few images: with {_count(smallest)} images on the smaller side the "
                f"figure comes out higher than it would with {RECOMMENDED_IMAGES:,} or {PUBLISHED_IMAGES:,} "
                "(the number most papers use). Compare it only with FIDs computed from the same number of images.",
            )
        )
    largest = max(n_real, n_generated)
    if smallest > 0 and largest / smallest >= UNBALANCED_RATIO:
        notices.append(
            Notice(
                "unbalanced",
                f"The two sides have very different numbers of images ({_count(n_real)} real, "
                f"{_count(n_generated)} generated). The smaller side limits how precise the FID is; "
                "use similar numbers on both sides when you can.",
            )
        )
    return notices


def duplicate_warning(count: int, side: Side) -> Notice:
    return Notice(
        "duplicates",
        f"{_count(count)} {side} image{'s are exact copies' if count != 1 else ' is an exact copy'} of another image "
        "in the same folder. Copies count twice and make the set look less varied than it is; remove them unless "
        "that is intended.",
    )


def upsampling_warning(count: int, side: Side) -> Notice:
    return Notice(
        "upsampled",
        f"{_count(count)} {side} image{'s are' if count != 1 else ' is'} smaller than the network's 299 x 299 pixels "
        "and were enlarged to fit it. That is what every FID tool does, but FIDs of small images are only comparable "
        "with FIDs of images of the same size.",
    )
