"""Sample counts and set properties to warnings a person can read.

Each warning says what happened, what it does to the number, and what to do;
it is reported as a code with the counts as parameters, and worded by the front end. The thresholds are the ones the
FID literature and the reference tools use: the encoder's feature width (with no
more images than that the covariance cannot be full rank; the caller passes
``Encoder.feature_width``), and 10,000 and 50,000 are the sample sizes published
FIDs are computed from.
"""

from __future__ import annotations

from fidgui.core.base.comparison_types import Notice, Side
from fidgui.core.base.errors import Message, side_word
from fidgui.core.encoders.registry import DEFAULT_ENCODER

RECOMMENDED_IMAGES = 10_000
PUBLISHED_IMAGES = 50_000
UNBALANCED_RATIO = 2.0


def rank_deficient(shortage: Message, feature_width: int, widths: tuple[int, ...] = ()) -> Notice:
    """The rank-deficiency warning; with narrower widths on offer (``Encoder.feature_widths``) its advice names them,
    as pytorch-fid's README advises ``--dims`` for fewer than 2,048 images."""
    narrower = [width for width in widths if width < feature_width]
    if not narrower:
        return Notice("rank_deficient", shortage=shortage, features=feature_width)
    return Notice("rank_deficient", Message("rank_deficient_dims", shortage=shortage, features=feature_width,
                                            narrower="|".join(str(width) for width in narrower)))


def sample_size_warnings(
    n_real: int, n_generated: int, feature_width: int, widths: tuple[int, ...] = ()
) -> list[Notice]:
    notices: list[Notice] = []
    smallest = min(n_real, n_generated)
    if smallest <= feature_width:
        notices.append(rank_deficient(_shortage(n_real, n_generated, feature_width), feature_width, widths))
    elif smallest < RECOMMENDED_IMAGES:
        notices.append(
            Notice("small_sample", count=smallest, recommended=RECOMMENDED_IMAGES, published=PUBLISHED_IMAGES)
        )
    largest = max(n_real, n_generated)
    if smallest > 0 and largest / smallest >= UNBALANCED_RATIO:
        notices.append(Notice("unbalanced", real=n_real, generated=n_generated))
    return notices


def _shortage(n_real: int, n_generated: int, feature_width: int) -> Message:
    """Which sides have too few images: the subject of the rank-deficiency sentence."""
    real_short, generated_short = n_real <= feature_width, n_generated <= feature_width
    if real_short and generated_short:
        return Message("rank_deficient_both", {"real": n_real, "generated": n_generated})
    if real_short:
        return Message("rank_deficient_real", {"count": n_real})
    return Message("rank_deficient_generated", {"count": n_generated})


def duplicate_warning(count: int, side: Side) -> Notice:
    return Notice("duplicates", count=count, side=side_word(side))


def upsampling_warning(
    count: int, side: Side, input_size: int, encoder: str = DEFAULT_ENCODER, metric: Message | None = None
) -> Notice:
    """Images smaller than the encoder's input (``Encoder.input_size``) were enlarged to fit it.

    Inception's sentence speaks of FIDs; another network's figures are not FIDs, so its sentence names its
    metric (``metric``, e.g. FD_DINOv2 or CMMD), or speaks of figures when it reads for none. It also names the
    network (``encoder``), so a front end can place it with that network's figures.
    """
    params = {"count": count, "side": side_word(side), "size": input_size}
    if encoder == DEFAULT_ENCODER:
        return Notice("upsampled", **params)
    if metric is None:
        return Notice("upsampled", Message("upsampled_network", {**params, "encoder": encoder}))
    return Notice("upsampled", Message("upsampled_metric", {**params, "encoder": encoder, "metric": metric}))
