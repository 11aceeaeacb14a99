"""Both inputs of a comparison checked before anything is computed.

An empty, missing or unreadable generated folder, or a text file given as statistics, used to
surface only after the whole real folder was read (an hour lost at 50,000 images). Here each side
is looked at first, at the cost of a directory listing or of reading one small ``.npz``: a folder
must list at least two image files, a statistics file must be sound statistics. What the checks
learn (the listing, the loaded statistics) is handed on, so nothing is read twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fidgui.core.base.comparison_types import ComparisonRequest, Notice, Side
from fidgui.core.base.errors import FidguiError, Message, SkippedFile, side_word
from fidgui.core.base.image_selection import ImageSelection
from fidgui.core.encoders.protocol import Encoder
from fidgui.core.encoders.registry import encoder_for_mode
from fidgui.core.images.discovery import Discovery, discover_images, discover_listed, folder_fingerprint
from fidgui.core.images.top_level import discover_top_level
from fidgui.core.statistics.running import FeatureStatistics

STATISTICS_SUFFIX = ".npz"
MIN_IMAGES = 2


@dataclass
class CheckedSide:
    """One side after its checks: a folder's listing, or a statistics file's contents (never both)."""

    side: Side
    path: Path
    discovery: Discovery | None = None
    statistics: FeatureStatistics | None = None
    selection: bool = False  # chosen files, not a whole folder: ``path`` is only the folder that holds them


def is_statistics(path: Path) -> bool:
    return Path(path).is_file() and Path(path).suffix.lower() == STATISTICS_SUFFIX


def too_few_images(side: Side, path: Path, usable: int, skipped: list[SkippedFile]) -> Message:
    """Why a side cannot be used, naming one skipped file (and its reason) when files were left out."""
    params = {"side": side_word(side), "count": usable, "path": str(path)}
    if not skipped:
        return Message("too_few_images", params)
    first = skipped[0]
    more = {"skipped": len(skipped), "name": Path(first.path).name, "reason": first.reason}
    return Message("too_few_images_skipped", {**params, **more})


def check_side(side: Side, path: Path | ImageSelection, top_level_only: bool = False) -> CheckedSide:
    """The side's listing or statistics; FidguiError with a code when it cannot be used at all."""
    if isinstance(path, ImageSelection):
        listed = discover_listed(path.files)
        if len(listed.files) < MIN_IMAGES:
            raise FidguiError(too_few_images(side, path.folder, len(listed.files), listed.skipped))
        return CheckedSide(side, path.folder, discovery=listed, selection=True)
    path = Path(path)
    if not path.exists():
        raise FidguiError("side_not_found", side=side_word(side), path=str(path))
    if is_statistics(path):
        return CheckedSide(side, path, statistics=FeatureStatistics.load(path))
    if path.is_file():
        raise FidguiError("side_is_a_file", side=side_word(side), path=str(path))
    discovery = discover_top_level(path) if top_level_only else discover_images(path)
    if len(discovery.files) < MIN_IMAGES:
        raise FidguiError(too_few_images(side, path, len(discovery.files), discovery.skipped))
    return CheckedSide(side, path, discovery=discovery)


def encoder_for_request(request: ComparisonRequest) -> Encoder:
    """The mode's encoder, its statistics taken at the width asked for (``--dims``); refuses an unknown width."""
    return encoder_for_mode(request.mode).at_width(request.dims)


def check_request(request: ComparisonRequest) -> tuple[Encoder, CheckedSide, CheckedSide]:
    """Refuse what cannot run, both sides included, before any image is decoded or any model is loaded."""
    encoder = encoder_for_request(request)
    if request.batch_size < 1:
        raise FidguiError("batch_size_too_small")
    minimums = (("kid_subsets", request.kid_subsets, 1), ("kid_subset_size", request.kid_subset_size, 2),
                ("isc_splits", request.isc_splits, 1), ("nearest_k", request.nearest_k, 1),
                ("num_workers", request.num_workers, 1))
    for option, value, minimum in minimums:
        if value is not None and value < minimum:
            raise FidguiError("option_too_small", option=option, value=value, minimum=minimum)
    real = check_side("real", _side_input(request.real), request.top_level_only)
    generated = check_side("generated", _side_input(request.generated), request.top_level_only)
    return encoder, real, generated


def _side_input(given: Path | ImageSelection) -> Path | ImageSelection:
    return given if isinstance(given, ImageSelection) else Path(given)


def same_input_notice(real: CheckedSide, generated: CheckedSide) -> Notice | None:
    """A notice when both sides are the same folder or file (same resolved path, or the same listing):
    the FID is then 0 by construction and says nothing about the images."""
    if not (real.selection or generated.selection) and real.path.resolve() == generated.path.resolve():
        return Notice("same_input_both_sides", path=str(real.path))
    if real.discovery is not None and generated.discovery is not None:
        first = folder_fingerprint(real.discovery.files, real.path)
        second = folder_fingerprint(generated.discovery.files, generated.path)
        if first == second:
            return Notice("same_input_both_sides", path=str(real.path))
    return None
