"""Many comparisons as one job, with the real ONNX model on small real folders."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import numpy as np
import pytest
from conftest import IMAGES

from fidgui.messages.render import render
from fidgui.core.run.compare_many import (
    FolderOutcome,
    PairwiseMatrix,
    compare_with_real,
    matrix_to_csv,
    outcomes_to_csv,
    pairwise_fid,
)
from fidgui.core.run.comparison import run_comparison
from fidgui.core.base.comparison_types import ComparisonRequest
from fidgui.core.base.errors import Cancelled, Message


def _folder(target: Path, source: str, start: int, count: int) -> Path:
    target.mkdir()
    for path in sorted((IMAGES / source).iterdir())[start : start + count]:
        shutil.copy(path, target / path.name)
    return target


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    return {
        "real": _folder(tmp_path / "real", "small_a", 0, 5),
        "a": _folder(tmp_path / "gen_a", "small_b", 0, 4),
        "b": _folder(tmp_path / "gen_b", "small_a", 10, 4),
        "c": _folder(tmp_path / "gen_c", "small_b", 12, 4),
    }


def test_one_real_folder_against_several_gives_the_separate_fids_and_reads_the_real_side_once(
    installed_model: Path, folders: dict[str, Path], tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    generated = [folders["a"], empty, folders["b"], folders["c"]]
    steps: list[tuple[int, int, str]] = []
    outcomes = compare_with_real(
        folders["real"], generated, {"metrics": ("fid", "kid")},
        on_step=lambda step, total, real, other: steps.append((step, total, other.name)),
    )
    assert steps == [(0, 4, "gen_a"), (1, 4, "empty"), (2, 4, "gen_b"), (3, 4, "gen_c")]
    assert [outcome.generated for outcome in outcomes] == generated
    failed = outcomes[1]
    assert failed.result is None and "generated side has 0 usable images" in render(failed.error)
    assert failed.error.code == "too_few_images"
    results = [outcome.result for outcome in outcomes if outcome.result is not None]
    assert [result.generated.n_images for result in results] == [4, 4, 4]
    assert results[0].real.from_cache == 0
    assert [result.real.from_cache for result in results[1:]] == [5, 5]  # the real side was computed once
    assert len({result.fid for result in results}) == 3
    # The same figures as a separate comparison without any cache (the last one: its real side came from the cache).
    alone = run_comparison(ComparisonRequest(folders["real"], folders["c"], metrics=("fid", "kid")))
    assert results[-1].fid == pytest.approx(alone.fid, rel=1e-9)
    assert results[-1].kid_mean == pytest.approx(alone.kid_mean, rel=1e-9)


def test_the_pairwise_matrix_is_symmetric_with_a_zero_diagonal_and_each_pair_computed_once(
    installed_model: Path, folders: dict[str, Path]
) -> None:
    chosen = [folders["real"], folders["a"], folders["b"]]
    steps: list[tuple[str, str]] = []
    matrix = pairwise_fid(chosen, on_step=lambda step, total, first, second: steps.append((first.name, second.name)))
    assert steps == [("real", "gen_a"), ("real", "gen_b"), ("gen_a", "gen_b")]
    assert np.array_equal(matrix.fid, matrix.fid.T) and np.all(np.diag(matrix.fid) == 0)
    assert np.all(matrix.fid[~np.eye(3, dtype=bool)] > 0) and matrix.errors == []
    alone = run_comparison(ComparisonRequest(folders["a"], folders["b"]))
    assert matrix.fid[1, 2] == pytest.approx(alone.fid, rel=1e-9)


def test_cancel_stops_the_whole_job(installed_model: Path, folders: dict[str, Path]) -> None:
    with pytest.raises(Cancelled):
        compare_with_real(folders["real"], [folders["a"], folders["b"]], should_stop=lambda: True)
    with pytest.raises(Cancelled):
        pairwise_fid([folders["a"], folders["b"]], should_stop=lambda: True)


def test_a_misspelt_keyword_is_refused_before_any_comparison(folders: dict[str, Path]) -> None:
    steps: list[int] = []
    with pytest.raises(TypeError, match="on_stpe"):
        compare_with_real(folders["real"], [folders["a"]], on_stpe=lambda *_: steps.append(1))  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="shoud_stop"):
        pairwise_fid([folders["a"], folders["b"]], shoud_stop=lambda: True)  # type: ignore[call-arg]
    assert steps == []


def test_csv_rows_keep_failures_and_the_matrix_leaves_failed_pairs_empty(tmp_path: Path) -> None:
    sentence = "The generated side has 0 usable images."
    failed = FolderOutcome(tmp_path / "real", tmp_path / 'gen, "odd"', None, sentence)
    rows = list(csv.DictReader(io.StringIO(outcomes_to_csv([failed]))))
    assert rows == [dict.fromkeys(rows[0], "") | {
        "real": str(tmp_path / "real"), "generated": str(tmp_path / 'gen, "odd"'),
        "error": sentence, "error_code": "legacy_text",
    }]
    coded = FolderOutcome(tmp_path / "real", tmp_path / "gen", None, Message("kid_too_few_images"))
    (row,) = csv.DictReader(io.StringIO(outcomes_to_csv([coded], lambda message: f"<{message.code}>")))
    assert (row["error"], row["error_code"]) == ("<kid_too_few_images>", "kid_too_few_images")
    matrix = PairwiseMatrix([Path("a"), Path("b")], np.array([[0.0, np.nan], [np.nan, 0.0]]))
    assert list(csv.reader(io.StringIO(matrix_to_csv(matrix)))) == [["", "a", "b"], ["a", "0.0", ""], ["b", "", "0.0"]]
