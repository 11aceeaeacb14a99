"""A side given as saved statistics: checked against the run's encoder, mode and model, and described honestly.

pytorch-fid's and TTUR's files hold only ``mu`` and ``sigma``: no image count, no mode, no model. Such a
side's count is reported as unknown (never as "0 images"), its rank deficiency is judged from the
covariance itself, and a notice says that the file does not record how it was made, so its FID means
something only when it was made the same way as the other side.
"""

from __future__ import annotations

import numpy as np

from fidgui.core.base.comparison_types import Notice, SideSummary
from fidgui.core.base.errors import FidguiError, Message, side_word
from fidgui.core.encoders.protocol import Encoder
from fidgui.core.encoders.registry import DEFAULT_ENCODER
from fidgui.core.report.sample_warnings import rank_deficient, sample_size_warnings
from fidgui.core.run.encoder_plan import EncoderPlan, other_encoder_error
from fidgui.core.run.inputs import CheckedSide
from fidgui.core.statistics.running import FeatureStatistics

RANK_TOLERANCE = 1e-10  # of the largest eigenvalue: what float64 round-off leaves of a missing direction


def check_statistics_side(checked: CheckedSide, encoder: Encoder, mode: str, model_sha256: str | None) -> None:
    """Refuse statistics of another network, width, mode or model (``model_sha256`` None: no model is used
    this run)."""
    statistics, name = checked.statistics, checked.path.name
    assert statistics is not None
    refused = other_encoder_error(checked, encoder)
    if refused is not None:
        raise refused
    if statistics.mu.size != encoder.feature_width and statistics.mu.size in encoder.feature_widths:
        raise FidguiError("statistics_width_other_dims", name=name, width=statistics.mu.size,
                          expected=encoder.feature_width)  # made with another --dims: say which to use
    if statistics.mu.size != encoder.feature_width:
        raise FidguiError("statistics_width_mismatch", name=name, width=statistics.mu.size,
                          expected=encoder.feature_width, encoder=encoder.name)
    if statistics.mode is not None and statistics.mode != mode:
        raise FidguiError("statistics_mode_differs", name=name, found=statistics.mode, mode=mode)
    if model_sha256 is not None and statistics.model_sha256 not in (None, model_sha256):
        raise FidguiError(
            "statistics_model_differs", name=name, found=statistics.model_sha256[:12], model=model_sha256[:12]
        )


def statistics_summary(checked: CheckedSide) -> SideSummary:
    statistics = checked.statistics
    assert statistics is not None
    return SideSummary(source=str(checked.path), n_images=statistics.n or 0, from_statistics=True,
                       count_known=statistics.n is not None)


def provenance_notice(checked: CheckedSide) -> Notice | None:
    """Says what a file without its mode or its model cannot vouch for."""
    statistics = checked.statistics
    if statistics is None or (statistics.mode is not None and statistics.model_sha256 is not None):
        return None
    return Notice("stats_provenance_unknown", name=checked.path.name, side=side_word(checked.side))


def covariance_rank(sigma: np.ndarray) -> int:
    """The number of directions the covariance really spans (n images span at most n - 1)."""
    eigenvalues = np.linalg.eigvalsh((sigma + sigma.T) / 2)
    largest = float(eigenvalues[-1]) if eigenvalues.size else 0.0
    return int(np.sum(eigenvalues > RANK_TOLERANCE * max(largest, np.finfo(np.float64).tiny)))


def side_count_warnings(
    real: FeatureStatistics, n_real: int | None, generated: FeatureStatistics, n_generated: int | None, width: int,
    widths: tuple[int, ...] = (),
) -> list[Notice]:
    """The sample-size warnings; a side of unknown count is judged by its covariance's rank instead.
    ``widths``: every width the encoder offers, named in the rank-deficiency advice."""
    if n_real is not None and n_generated is not None:
        return sample_size_warnings(n_real, n_generated, width, widths)
    notices: list[Notice] = []
    for side, statistics, count in (("real", real, n_real), ("generated", generated, n_generated)):
        if count is None:
            rank = covariance_rank(statistics.sigma)
            if rank < width:
                shortage = Message("rank_deficient_covariance", side=side_word(side), rank=rank, count=rank + 1)
                notices.append(rank_deficient(shortage, width, widths))
        elif count <= width:
            notices.append(rank_deficient(Message(f"rank_deficient_{side}", count=count), width, widths))
    return notices


def encoder_count_warnings(notices: list[Notice], plan: EncoderPlan, *, first: bool) -> list[Notice]:
    """One encoder's share of a comparison's sample-size warnings.

    The first encoder gives them all (the counts are the same for every network); after it, only the rank
    warning says something new, with this encoder's width. A rank warning is given only when one of the
    encoder's metrics reads the covariance; Inception's keeps its sentence (it names FID), another
    encoder's names its metric and network.
    """
    readers = [item for item in plan.metrics if item.needs_kind("statistics")]
    kept = []
    for notice in notices:
        if notice.code == "rank_deficient":
            if not readers:
                continue
            if plan.name != DEFAULT_ENCODER:
                notice = Notice("rank_deficient", Message("rank_deficient_metric", {
                    **dict(notice.params), "metric": readers[0].label, "encoder": plan.name}))
        elif not first:
            continue
        kept.append(notice)
    return kept
