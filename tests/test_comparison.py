"""The whole engine, folders to figures, against what pytorch-fid and torch-fidelity printed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from conftest import IMAGES, REFERENCE
from sentences import raises_sentence

from fidgui.messages.render import render
from fidgui.core.run.comparison import run_comparison
from fidgui.core.base.comparison_types import ComparisonRequest
from fidgui.core.base.errors import Cancelled

REFERENCE_METRICS = json.loads((REFERENCE / "metrics_small.json").read_text())


def _request(model: Path, **overrides: object) -> ComparisonRequest:
    settings: dict[str, object] = dict(real=IMAGES / "small_a", generated=IMAGES / "small_b", model=model, batch_size=24)
    settings.update(overrides)
    return ComparisonRequest(**settings)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def saved_stats_prefix(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("stats") / "run"


@pytest.fixture(scope="module")
def pytorch_fid_result(fixture_onnx: Path, saved_stats_prefix: Path):
    return run_comparison(_request(fixture_onnx, mode="pytorch-fid", decode="pil", save_stats_prefix=saved_stats_prefix))


@pytest.fixture(scope="module")
def few_real(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four images are enough where a test checks behaviour rather than a reference figure."""
    folder = tmp_path_factory.mktemp("few_real")
    for source in sorted((IMAGES / "small_a").iterdir())[:4]:
        shutil.copy(source, folder / source.name)
    return folder


@pytest.fixture(scope="module")
def tensorflow_result(fixture_onnx: Path):
    return run_comparison(
        _request(fixture_onnx, mode="tensorflow", decode="pil", metrics=("fid", "kid", "is"), kid_subset_size=24)
    )


def test_fid_matches_pytorch_fid(pytorch_fid_result) -> None:
    assert pytorch_fid_result.fid == pytest.approx(REFERENCE_METRICS["pytorch_fid"], rel=1e-5)
    assert pytorch_fid_result.real.n_images == 24 and pytorch_fid_result.generated.n_images == 24


def test_tensorflow_mode_matches_torch_fidelity(tensorflow_result) -> None:
    reference = REFERENCE_METRICS["torch_fidelity"]
    assert tensorflow_result.fid == pytest.approx(reference["frechet_inception_distance"], rel=1e-5)
    assert tensorflow_result.kid_mean == pytest.approx(reference["kernel_inception_distance_mean"], rel=1e-5)
    # torch-fidelity's Inception Score is of its first input; ours is reported for both sides.
    assert tensorflow_result.is_real_mean == pytest.approx(reference["inception_score_mean"], rel=1e-5)
    assert tensorflow_result.is_real_std == pytest.approx(reference["inception_score_std"], rel=1e-4)


def test_small_samples_are_warned_about_in_words(pytorch_fid_result) -> None:
    texts = " ".join(render(notice) for notice in pytorch_fid_result.warnings)
    assert "2048" in texts or "2,048" in texts
    assert all(render(notice).endswith((".", "!")) for notice in pytorch_fid_result.warnings)


def test_batch_size_does_not_change_the_figure(fixture_onnx: Path, pytorch_fid_result) -> None:
    single = run_comparison(_request(fixture_onnx, mode="pytorch-fid", decode="pil", batch_size=5))
    assert single.fid == pytest.approx(pytorch_fid_result.fid, rel=1e-6)


def test_a_folder_against_itself_is_zero(fixture_onnx: Path, few_real: Path) -> None:
    result = run_comparison(_request(fixture_onnx, real=few_real, generated=few_real))
    assert result.fid == pytest.approx(0.0, abs=1e-6)
    assert result.fid >= 0.0


def test_saved_statistics_give_the_same_fid_and_load_like_pytorch_fid(
    fixture_onnx: Path, saved_stats_prefix: Path, pytorch_fid_result
) -> None:
    real_stats = saved_stats_prefix.with_name("run_real.npz")
    generated_stats = saved_stats_prefix.with_name("run_generated.npz")
    with np.load(real_stats) as saved:  # what pytorch-fid's loader reads
        assert saved["mu"].shape == (2048,) and saved["sigma"].shape == (2048, 2048)
    from_files = run_comparison(_request(fixture_onnx, real=real_stats, generated=generated_stats, mode="pytorch-fid"))
    assert from_files.fid == pytest.approx(pytorch_fid_result.fid, rel=1e-9)
    assert from_files.real.from_statistics


def test_statistics_of_another_mode_are_refused(fixture_onnx: Path, tmp_path: Path, few_real: Path) -> None:
    prefix = tmp_path / "run"
    run_comparison(_request(fixture_onnx, real=few_real, generated=few_real, mode="clean", save_stats_prefix=prefix))
    with raises_sentence("mode"):
        run_comparison(_request(fixture_onnx, real=tmp_path / "run_real.npz", mode="pytorch-fid"))


def test_every_pixel_mode_runs_and_is_reported(fixture_onnx: Path, few_real: Path) -> None:
    result = run_comparison(_request(fixture_onnx, real=few_real, generated=IMAGES / "modes", batch_size=8))
    assert result.generated.n_images == len(list((IMAGES / "modes").iterdir()))
    assert result.generated.converted.get("grayscale", 0) == 3  # L, LA and the 16-bit grayscale PNG
    assert np.isfinite(result.fid) and result.fid > 0


def test_broken_files_are_skipped_with_reasons_and_the_run_goes_on(
    fixture_onnx: Path, tmp_path: Path, few_real: Path
) -> None:
    mixed = tmp_path / "mixed"
    shutil.copytree(few_real, mixed)
    for broken in (IMAGES / "broken").iterdir():
        shutil.copy(broken, mixed / broken.name)
    result = run_comparison(_request(fixture_onnx, real=few_real, generated=mixed))
    assert result.generated.n_images == 4
    reasons = {Path(item.path).name: render(item.reason) for item in result.generated.skipped}
    for name in ("empty.png", "truncated.jpg", "truncated.png", "not_an_image.jpg", "bomb_40000x40000.png"):
        assert name in reasons and len(reasons[name]) > 20


def test_a_side_without_usable_images_is_a_sentence_not_a_crash(fixture_onnx: Path) -> None:
    with raises_sentence(r"has 0 usable images.*at least 2.*6 files were skipped, for example .*Add images"):
        run_comparison(_request(fixture_onnx, generated=IMAGES / "broken"))


def test_cancel_stops_and_writes_nothing(fixture_onnx: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "cancelled"
    with pytest.raises(Cancelled):
        run_comparison(
            _request(fixture_onnx, batch_size=4, save_stats_prefix=prefix),
            on_progress=lambda progress: None,
            should_stop=lambda: True,
        )
    assert list(tmp_path.iterdir()) == []


def test_a_metric_that_needs_more_images_is_skipped_with_its_reason_not_the_whole_run(
    fixture_onnx: Path, few_real: Path
) -> None:
    result = run_comparison(_request(fixture_onnx, real=few_real, generated=few_real, metrics=("fid", "prdc", "kid")))
    assert result.fid == pytest.approx(0.0, abs=1e-6) and result.kid_mean is not None
    assert result.precision is None
    (skipped,) = [notice for notice in result.warnings if notice.code == "metric_skipped"]
    assert render(skipped).startswith("Precision and recall was not computed:")
    assert skipped.message.params["reason"].code == "neighbours_too_few_images"
    assert render(skipped).startswith("Precision and recall was not computed: Precision, recall, density")
