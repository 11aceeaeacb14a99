"""An encoder defined here, and nowhere in fidgui, runs a whole comparison: the encoder protocol is the only seam.

The toy network is a random 8 x 8 -> 16 projection written with ``onnx.helper``. It goes through the
feature cache (per image and per folder), the running statistics and their ``.npz`` files, FID, the
sample-size warnings (whose rank threshold must be its 16, not Inception's width) and the history.
"""

from __future__ import annotations

import hashlib
import shutil
import tokenize
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np
import onnx
import pytest
from PIL import Image
from scipy import linalg

import fidgui
from conftest import IMAGES
from multi_toy import projection_graph
from fidgui.core.base.comparison_types import ComparisonRequest
from fidgui.core.base.errors import FidguiError, as_message
from fidgui.core.encoders.protocol import Encoder, EncoderOutput
from fidgui.core.encoders.registry import encoder_for_mode, register_encoder, unregister_encoder
from fidgui.core.images.preprocess import preprocess, register_recipe, unregister_recipe
from fidgui.core.metrics.formats import fixed
from fidgui.core.metrics.frechet import statistics_to_fid
from fidgui.core.metrics.registry import Metric, Need, Row, register, unregister
from fidgui.core.report.document import result_to_dict
from fidgui.core.run.comparison import run_comparison
from fidgui.core.stores.feature_cache import FeatureCache
from fidgui.core.stores.history import History
from fidgui.messages.render import render

SIZE, WIDTH, MODE = 8, 16, "toy-nearest"
FD_TOY = "fd_toy"  # the Fréchet distance on the toy network's statistics, as FD_DINOv2 is on DINOv2's


@dataclass(frozen=True)
class ToyModel:
    """What a run needs of a model file (the encoder protocol's ``ModelFile``)."""

    path: Path
    sha256: str
    weights_sha256: str
    is_standard: bool


def _read_weights(path: Path, progress: object = None) -> tuple[np.ndarray, str]:
    data = Path(path).read_bytes()
    with np.load(path) as arrays:
        return arrays["projection"].astype(np.float32), hashlib.sha256(data).hexdigest()


def _build_graph(weights: tuple[np.ndarray, str]) -> onnx.ModelProto:
    projection, _ = weights
    return projection_graph(projection, SIZE, WIDTH)


def _resolve_model(explicit: Path | None) -> ToyModel:
    if explicit is None:
        raise FidguiError("no_toy_model")
    weights = _read_weights(explicit)
    target = Path(explicit).with_suffix(".onnx")
    target.write_bytes(_build_graph(weights).SerializeToString())
    return ToyModel(target, hashlib.sha256(target.read_bytes()).hexdigest(), weights[1], False)


def _nearest(rgb: np.ndarray, size: int) -> np.ndarray:
    resized = np.asarray(Image.fromarray(rgb).resize((size, size), Image.Resampling.NEAREST), np.float32)
    return resized / np.float32(127.5) - np.float32(1)


TOY = Encoder(
    name="toy",
    input_size=SIZE,
    outputs=(EncoderOutput("embedding", WIDTH),),
    statistics_output="embedding",
    modes=(MODE,),
    read_weights=_read_weights,
    build_graph=_build_graph,
    resolve_model=_resolve_model,
)


FD_LABEL = as_message("FD_toy")
FD_METRIC = Metric(
    FD_TOY, (FD_TOY,), (Need("statistics", encoder="toy"),),
    lambda inputs, stop, progress: {FD_TOY: statistics_to_fid(inputs.real.statistics, inputs.generated.statistics)},
    FD_LABEL, FD_LABEL, (Row(FD_LABEL, (FD_TOY,), fixed(".6f")),),
)


@pytest.fixture
def toy() -> Iterator[Encoder]:
    register_recipe(MODE, _nearest)
    register_encoder(TOY)
    register(FD_METRIC)
    try:
        yield TOY
    finally:
        unregister(FD_TOY)
        unregister_encoder(TOY.name)
        unregister_recipe(MODE)


@pytest.fixture
def weights(tmp_path: Path) -> Path:
    path = tmp_path / "toy_weights.npz"
    np.savez(path, projection=np.random.default_rng(3).standard_normal((3 * SIZE * SIZE, WIDTH)) * 0.05)
    return path


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    real, generated = tmp_path / "real", tmp_path / "generated"
    shutil.copytree(IMAGES / "small_a", real)
    shutil.copytree(IMAGES / "small_b", generated)
    return real, generated


def _expected_fid(real: Path, generated: Path, weights: Path) -> float:
    """The same network in numpy, and FID by pytorch-fid's formula with SciPy's sqrtm."""
    projection, _ = _read_weights(weights)

    def statistics(folder: Path) -> tuple[np.ndarray, np.ndarray]:
        pixels = [np.asarray(Image.open(file).convert("RGB")) for file in sorted(folder.iterdir())]
        inputs = np.stack([_nearest(rgb, SIZE).transpose(2, 0, 1).reshape(-1) for rgb in pixels])
        features = np.tanh(inputs.astype(np.float64) @ projection.astype(np.float64))
        return features.mean(axis=0), np.cov(features, rowvar=False)

    (mu1, sigma1), (mu2, sigma2) = statistics(real), statistics(generated)
    covmean = linalg.sqrtm(sigma1 @ sigma2).real
    return float(((mu1 - mu2) ** 2).sum() + np.trace(sigma1 + sigma2 - 2 * covmean))


def test_the_toy_encoder_is_found_by_its_mode_and_preprocesses_at_its_size(toy: Encoder) -> None:
    assert encoder_for_mode(MODE) is toy and toy.kept_outputs == {"embedding": WIDTH}
    rgb = np.asarray(Image.open(IMAGES / "small_a" / "0000.png").convert("RGB"))
    assert preprocess(rgb, MODE, toy.input_size).shape == (3, SIZE, SIZE)
    with pytest.raises(ValueError, match="already belong"):
        register_encoder(Encoder("other", 4, (EncoderOutput("x", 2),), "x", (MODE,), _read_weights, _build_graph,
                                 _resolve_model))


def test_a_full_comparison_runs_through_cache_statistics_fid_and_history(
    toy: Encoder, weights: Path, folders: tuple[Path, Path], tmp_path: Path, installed_model: Path
) -> None:
    """The toy network's metric beside FID: its mode and model (``mode``/``model`` name the toy network here),
    its cache, statistics file, Fréchet distance, warnings and history record."""
    real, generated = folders
    request = ComparisonRequest(real, generated, mode=MODE, model=weights, batch_size=5, metrics=("fid", FD_TOY),
                                save_stats_prefix=tmp_path / "stats" / "toy")
    with FeatureCache() as cache:
        cold = run_comparison(request, cache=cache)
        warm = run_comparison(request, cache=cache)  # whole folders from the cache: no network at all
    expected = _expected_fid(real, generated, weights)
    assert cold.metric_value(FD_TOY) == pytest.approx(expected, rel=1e-4) and cold.metric_value(FD_TOY) > 0.01
    assert warm.metric_value(FD_TOY) == cold.metric_value(FD_TOY) and warm.device.startswith("none")
    assert (cold.real.from_cache, warm.real.from_cache, warm.generated.n_images) == (0, 24, 24)
    assert cold.metric_encoders[FD_TOY]["encoder"] == "toy" and cold.metric_encoders[FD_TOY]["mode"] == MODE
    assert cold.metric_encoders["fid"]["mode"] == "pytorch-fid"  # FID stays Inception's, in its default mode
    rank = [notice for notice in cold.warnings if notice.code == "rank_deficient"]
    assert [notice.params["features"] for notice in rank] == [2048]  # 24 images exceed the toy's 16 features

    with FeatureCache() as cache:  # a changed real folder: its unchanged images come from the per-image cache
        (real / "0000.png").unlink()
        changed = run_comparison(request, cache=cache)
    assert changed.real.n_images == 23 and changed.real.from_cache == 23 and changed.generated.from_cache == 24

    saved_real = tmp_path / "stats" / "toy_toy_real.npz"  # the first network's files are toy_real.npz
    with np.load(saved_real) as saved:
        assert saved["mu"].shape == (WIDTH,) and saved["sigma"].shape == (WIDTH, WIDTH)
    from_file = run_comparison(ComparisonRequest(saved_real, generated, mode=MODE, model=weights,
                                                 metrics=("fid", FD_TOY)))
    assert from_file.metric_value(FD_TOY) == pytest.approx(changed.metric_value(FD_TOY), rel=1e-9)
    assert from_file.fid is None and from_file.settings["encoder"] == "toy"  # FID cannot come from toy statistics
    assert [notice.code for notice in from_file.warnings].count("metric_skipped") == 1

    with History() as history:
        entry_id = history.record(result_to_dict(changed))
        (entry,) = history.list_entries()
        stored = history.get(entry_id)
    assert entry.fid == pytest.approx(changed.fid, rel=1e-12)
    assert stored["metric_encoders"][FD_TOY]["mode"] == MODE and stored[FD_TOY] == changed.metric_value(FD_TOY)


def test_statistics_of_another_width_are_refused_with_a_code(
    toy: Encoder, weights: Path, folders: tuple[Path, Path], tmp_path: Path
) -> None:
    wide = tmp_path / "inception_sized.npz"
    np.savez(wide, mu=np.zeros(32), sigma=np.eye(32), mode=np.array(MODE))
    with pytest.raises(FidguiError) as excinfo:
        run_comparison(ComparisonRequest(wide, folders[1], mode=MODE, model=weights, metrics=("fid", FD_TOY)))
    assert excinfo.value.code == "statistics_width_mismatch"
    assert render(excinfo.value) == (
        "The statistics in inception_sized.npz describe 32 features per image, but the toy network gives 16; they "
        "were computed with another network or setting. Recompute them from the images."
    )


def test_an_unknown_mode_names_every_registered_one(toy: Encoder, folders: tuple[Path, Path]) -> None:
    with pytest.raises(FidguiError) as excinfo:
        run_comparison(ComparisonRequest(*folders, mode="no-such-mode"))
    assert excinfo.value.code == "unknown_mode"
    assert render(excinfo.value) == (
        "Unknown compatibility mode 'no-such-mode'; choose one of: pytorch-fid, tensorflow, clean, dgm-eval, edm2, "
        "edm2-pil, cmmd, toy-nearest."
    )


def test_no_module_outside_the_inception_package_writes_its_sizes_as_numbers() -> None:
    """Widths and sizes come from the encoder declaration; a number literal 2048, 1008 or 299 elsewhere is a leak.

    Number tokens only: docstrings that quote a measurement at D = 2048 are prose, not code.
    """
    package = Path(fidgui.__file__).parent
    inception = package / "core" / "encoders" / "inception"
    allowed = {("fidgui/core/insight/feature_map.py", "BLOCK_ROWS")}  # a block of rows, not a feature width
    leaks = []
    for path in sorted(package.rglob("*.py")):
        if inception in path.parents:
            continue
        with tokenize.open(path) as source:
            tokens = list(tokenize.generate_tokens(source.readline))
        for index, token in enumerate(tokens):
            if token.type == tokenize.NUMBER and token.string.replace("_", "") in {"2048", "1008", "299"}:
                name = tokens[index - 2].string if index >= 2 else ""
                where = (path.relative_to(package.parent).as_posix(), name)
                if where not in allowed:
                    leaks.append(f"{where[0]}:{token.start[0]}")
    assert leaks == []
