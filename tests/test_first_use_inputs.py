"""Issue 12, items 5, 10-13: inputs checked before any work, statistics files that need no model, honest
descriptions of pytorch-fid's and TTUR's files, and extra metrics beside saved statistics."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from conftest import IMAGES, REFERENCE
from sentences import raises_sentence

from fidgui.core.base.comparison_types import ComparisonRequest, ComparisonResult, Progress
from fidgui.core.run.comparison import compute_statistics, run_comparison
from fidgui.messages.render import render

REFERENCE_METRICS = json.loads((REFERENCE / "metrics_small.json").read_text())


def _pytorch_fid_npz(folder: str, path: Path) -> Path:
    """Statistics written exactly as pytorch-fid's ``--save-stats`` does: only ``mu`` and ``sigma``."""
    with np.load(REFERENCE / "features.npz") as features:
        pool3 = features[f"{folder}/pytorch_fid_pool3"]
    np.savez(path, mu=np.mean(pool3, axis=0), sigma=np.cov(pool3, rowvar=False))  # as pytorch-fid computes them
    return path


def _spy() -> tuple[list[Progress], object]:
    seen: list[Progress] = []
    return seen, seen.append


@pytest.mark.parametrize("bad", ["missing", "empty", "text_npz", "text_file"])
def test_a_bad_generated_side_fails_before_any_real_image_is_read(tmp_path: Path, bad: str) -> None:
    generated = {"missing": tmp_path / "nowhere", "empty": tmp_path / "empty", "text_npz": tmp_path / "stats.npz",
                 "text_file": tmp_path / "notes.txt"}[bad]
    if bad == "empty":
        generated.mkdir()
    elif bad != "missing":
        generated.write_text("mu = 1\nsigma = 2\n")
    seen, spy = _spy()
    request = ComparisonRequest(real=IMAGES / "small_a", generated=generated, model=tmp_path / "no-model.onnx")
    pattern = {"missing": "generated images were not found", "empty": "generated side has 0 usable images",
               "text_npz": "holds text, not saved statistics", "text_file": "is a file, but not saved statistics"}
    with raises_sentence(pattern[bad]) as caught:
        run_comparison(request, on_progress=spy)  # type: ignore[arg-type]
    assert seen == []  # not a single real image decoded, and the (missing) model never looked for
    assert "allow_pickle" not in render(caught.value)


@pytest.fixture(scope="module")
def two_pytorch_fid_files(tmp_path_factory: pytest.TempPathFactory) -> ComparisonResult:
    """One comparison of two pytorch-fid files (2,048-wide linear algebra, seconds), shared by the two tests below."""
    folder = tmp_path_factory.mktemp("pytorch_fid_files")
    real = _pytorch_fid_npz("small_a", folder / "a.npz")
    generated = _pytorch_fid_npz("small_b", folder / "b.npz")
    # FIDGUI_HOME is a fresh folder: no model is installed, and none may be converted or downloaded.
    with pytest.MonkeyPatch.context() as patch:  # a module fixture runs before the autouse per-test FIDGUI_HOME
        patch.setenv("FIDGUI_HOME", str(tmp_path_factory.mktemp("userhome")))
        return run_comparison(ComparisonRequest(real=real, generated=generated))


def test_two_pytorch_fid_files_need_no_model_and_give_pytorch_fids_figure(
    two_pytorch_fid_files: ComparisonResult,
) -> None:
    result = two_pytorch_fid_files
    assert result.fid == pytest.approx(REFERENCE_METRICS["pytorch_fid"], rel=1e-5)  # as test_comparison
    assert not result.real.count_known and not result.generated.count_known
    codes = [notice.code for notice in result.warnings]
    assert codes.count("stats_provenance_unknown") == 2
    provenance = render(next(n for n in result.warnings if n.code == "stats_provenance_unknown"))
    assert "a.npz" in provenance and "only meaningful if they were made the same way" in provenance


def test_rank_deficiency_of_a_file_without_a_count_is_judged_from_its_covariance(
    two_pytorch_fid_files: ComparisonResult,
) -> None:
    result = two_pytorch_fid_files
    real_rank, generated_rank = [render(n) for n in result.warnings if n.code == "rank_deficient"]
    for sentence, side in ((real_rank, "real"), (generated_rank, "generated")):  # 24 images span 23 directions
        assert sentence.startswith(f"The {side} statistics do not say how many images"), sentence
        assert "covariance has rank 23" in sentence and "at most 24 images" in sentence, sentence
    assert "0 images" not in " ".join(render(notice) for notice in result.warnings)


def test_a_full_rank_file_without_a_count_gets_no_rank_warning(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    for name in ("a", "b"):
        features = rng.normal(size=(3000, 2048))
        np.savez(tmp_path / f"{name}.npz", mu=features.mean(0), sigma=np.cov(features, rowvar=False))
    result = run_comparison(ComparisonRequest(real=tmp_path / "a.npz", generated=tmp_path / "b.npz"))
    assert "rank_deficient" not in [notice.code for notice in result.warnings]


def test_statistics_on_one_side_still_give_the_inception_score_and_skip_kid_in_words(
    fixture_onnx: Path, tmp_path: Path
) -> None:
    request = ComparisonRequest(real=IMAGES / "small_b", generated=IMAGES / "small_b", mode="tensorflow",
                                decode="pil", model=fixture_onnx, batch_size=24)
    statistics, _ = compute_statistics(request)
    statistics.save(tmp_path / "b.npz")
    result = run_comparison(ComparisonRequest(
        real=tmp_path / "b.npz", generated=IMAGES / "small_a", mode="tensorflow", decode="pil", model=fixture_onnx,
        batch_size=24, metrics=("fid", "is", "kid"),
    ))
    reference = REFERENCE_METRICS["torch_fidelity"]  # torch-fidelity's IS is of its input1, small_a
    assert result.is_mean == pytest.approx(reference["inception_score_mean"], rel=1e-5)
    assert result.is_real_mean is None and result.kid_mean is None
    # FID of small_b's statistics against small_a: torch-fidelity's figure (FID is symmetric)
    assert result.fid == pytest.approx(reference["frechet_inception_distance"], rel=1e-5)
    (skipped,) = [notice for notice in result.warnings if notice.code == "metric_skipped"]
    assert render(skipped) == ("KID was not computed: it needs the images themselves, and the real side was given "
                               "as saved statistics.")


def test_the_same_folder_on_both_sides_is_said_in_words(fixture_onnx: Path, few_images: Path, tmp_path: Path) -> None:
    link = tmp_path / "link_to_a"
    link.symlink_to(few_images / "a", target_is_directory=True)
    for generated in (few_images / "a", link):
        result = run_comparison(ComparisonRequest(real=few_images / "a", generated=generated, model=fixture_onnx,
                                                  batch_size=24))
        (same,) = [notice for notice in result.warnings if notice.code == "same_input_both_sides"]
        assert "FID is 0 by construction" in render(same)
        assert result.fid == pytest.approx(0.0, abs=1e-6)


def test_different_folders_get_no_same_input_notice(fixture_onnx: Path, few_images: Path) -> None:
    result = run_comparison(ComparisonRequest(real=few_images / "a", generated=few_images / "b",
                                              model=fixture_onnx, batch_size=24))
    assert result.fid is not None and result.fid > 0
    assert "same_input_both_sides" not in [notice.code for notice in result.warnings]
