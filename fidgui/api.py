"""fidgui for scripts, notebooks and training loops: the same engine as the window and ``fidgui-cli``.

    import fidgui
    result = fidgui.compare("real/", "generated/", metrics=["kid"])      # folders, .npz files or uint8 arrays
    result["fid"], result["kid_mean"], result["warnings"]                   # what `fidgui-cli fid --json` prints
    stats = fidgui.statistics(images_uint8)                                  # mu, sigma, n (save with stats.save(...))
    fidgui.frechet_distance(stats, other)                                    # FID of two statistics

A side given as an in-memory ``uint8`` array ``(N, H, W, 3)`` is written as lossless PNG files into a
temporary folder that is deleted afterwards, and read from there exactly as a folder is: so an array and
the same images saved as PNG give the same FID, and the per-image feature cache works for arrays too.
The model is the installed one (``fidgui-cli model install``) unless ``model=`` names a ``.pth``/``.onnx``.
"""

from __future__ import annotations

import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Callable, Sequence, Union

import numpy as np

from fidgui.core.base.comparison_types import DEFAULT_MODE, ComparisonRequest, Progress
from fidgui.core.base.errors import FidguiError
from fidgui.core.statistics.running import FeatureStatistics

Source = Union[str, Path, np.ndarray]
"""A side: a folder of images, a statistics ``.npz`` (fidgui's, pytorch-fid's, TTUR's), or uint8 images."""
ProgressFunction = Callable[[Progress], None]
"""Called once per batch with ``Progress(side, done, total, images_per_second, seconds_left, stage)``."""

__all__ = ["compare", "statistics", "frechet_distance", "FeatureStatistics", "Progress"]


def _side_path(source: Source, stack: ExitStack) -> Path:
    """A path the engine reads: the given one, or a temporary folder of PNG files for an array."""
    if not isinstance(source, np.ndarray):
        return Path(source)
    if source.dtype != np.uint8 or source.ndim != 4 or source.shape[-1] != 3 or len(source) == 0:
        raise FidguiError("api_array_shape", shape=str(tuple(source.shape)), dtype=str(source.dtype))
    from PIL import Image

    folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="fidgui-array-")))
    digits = len(str(len(source)))
    for index, image in enumerate(source):  # PNG is lossless: the pixels read back are exactly these
        Image.fromarray(np.ascontiguousarray(image), "RGB").save(folder / f"{index:0{digits}d}.png", compress_level=1)
    return folder


def _cache(use_cache: bool):  # type: ignore[no-untyped-def]
    from fidgui.core.stores.feature_cache import FeatureCache

    return FeatureCache() if use_cache else None


def compare(
    real: Source,
    generated: Source,
    *,
    mode: str = DEFAULT_MODE,
    metrics: Sequence[str] = (),
    progress: ProgressFunction | None = None,
    model: str | Path | None = None,
    use_cache: bool = True,
    **options: Any,
) -> dict[str, Any]:
    """Compare two sides and return the result document that ``fidgui-cli fid --json`` prints.

    ``metrics`` adds to FID any registered metric (``fidgui.core.metrics.registry.optional_ids()``: ``kid``,
    ``is``, ``prdc``, ``fid_interval``, ``fid_infinity``, and those of other networks such as ``fd_dinov2`` and
    ``cmmd``); each side is read once per network the metrics need. ``mode`` is FID's (Inception's) mode;
    ``encoder_modes`` names the other networks' modes, e.g. ``encoder_modes=("edm2",)`` (a mode names its
    network). ``result["metric_encoders"]`` records each metric's network, mode and weights. ``options``
    are the other settings of a comparison, by the command line's names: ``decode``, ``batch_size``, ``device``,
    ``kid_subsets``, ``kid_subset_size``, ``isc_splits``, ``nearest_k``, ``num_workers``, ``seed``, ``dims``
    (64, 192, 768 or 2048, as pytorch-fid's), ``top_level_only`` (subfolders left out, as pytorch-fid) and
    ``cluster`` (``"tcp://HOST:8786"`` of a Dask scheduler, or ``"local:N"``: the features are computed there). Raises
    ``fidgui.core.base.errors.FidguiError`` (its ``str`` is the English sentence) when the comparison cannot run.
    """
    from fidgui.core.report.document import result_to_dict
    from fidgui.core.run.comparison import run_comparison
    from fidgui.messages.render import render

    with ExitStack() as stack:
        request = ComparisonRequest(
            real=_side_path(real, stack), generated=_side_path(generated, stack), mode=mode,
            metrics=tuple(dict.fromkeys(["fid", *metrics])), model=Path(model) if model else None, **options,
        )
        cache = _cache(use_cache)
        try:
            result = run_comparison(request, on_progress=progress, cache=cache)
        finally:
            if cache is not None:
                cache.close()
    return result_to_dict(result, render)


def statistics(
    source: Source,
    *,
    mode: str = DEFAULT_MODE,
    progress: ProgressFunction | None = None,
    model: str | Path | None = None,
    use_cache: bool = True,
    encoder: str | None = None,
    **options: Any,
) -> FeatureStatistics:
    """The mean and covariance of one set's features (``.mu``, ``.sigma``, ``.n``, ``.mode``, ``.encoder``); a
    ``.npz`` is loaded as it is. ``encoder`` names the network (default: the one ``mode`` belongs to, Inception),
    read in the mode ``mode`` or ``encoder_modes`` names for it. ``stats.save("out.npz")`` writes a file
    pytorch-fid, TTUR and fidgui read, recording the network and its width."""
    if not isinstance(source, np.ndarray) and Path(source).is_file():
        return FeatureStatistics.load(Path(source))
    from fidgui.core.run.comparison import compute_statistics

    with ExitStack() as stack:
        path = _side_path(source, stack)
        request = ComparisonRequest(real=path, generated=path, mode=mode, model=Path(model) if model else None,
                                    **options)
        cache = _cache(use_cache)
        try:
            computed, _ = compute_statistics(request, on_progress=progress, cache=cache, encoder=encoder)
        finally:
            if cache is not None:
                cache.close()
    return computed


def frechet_distance(first: FeatureStatistics | Source, second: FeatureStatistics | Source, **options: Any) -> float:
    """FID of two statistics (from :func:`statistics`, or ``.npz`` paths); sides of images are described first.
    Statistics of different networks, modes or models are refused, never mixed (a file that records no
    network holds Inception's)."""
    from fidgui.core.metrics.frechet import statistics_to_fid
    from fidgui.core.run.encoder_plan import statistics_encoder

    described = [item if isinstance(item, FeatureStatistics) else statistics(item, **options)
                 for item in (first, second)]
    networks = [statistics_encoder(item) for item in described]
    if networks[0] != networks[1]:
        raise FidguiError("statistics_encoders_differ", first=networks[0], second=networks[1])
    return statistics_to_fid(*described)
