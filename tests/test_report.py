"""Saved reports: the JSON is the CLI's contract, the CSV opens in a spreadsheet, neither is ever half written."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from fidgui.core.base.comparison_types import ComparisonResult, Notice, SideSummary
from fidgui.core.base.errors import SkippedFile, side_word
from fidgui.core.report.document import result_to_dict, write_csv, write_json
from fidgui.messages.render import render


@pytest.fixture
def result() -> ComparisonResult:
    return ComparisonResult(
        fid=12.5,
        real=SideSummary("/data/real", 3000, converted={"grayscale": 4}),
        generated=SideSummary("/data/gen", 2999, skipped=[SkippedFile("/data/gen/x.png", "The file is empty.")]),
        mode="pytorch-fid",
        decode="faithful",
        model_sha256="ab" * 32,
        model_is_standard=False,
        device="CPU (2 threads)",
        seconds=61.25,
        warnings=[
            Notice("small_sample", "Fewer than 10,000 images: the FID is biased upward."),
            Notice("duplicates", count=2, side=side_word("generated")),
        ],
    )


def test_json_round_trips_with_the_documented_keys(result: ComparisonResult, tmp_path: Path) -> None:
    target = tmp_path / "out" / "result.json"
    write_json(result, target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document == json.loads(json.dumps(result_to_dict(result)))
    assert document["skipped"] == [{
        "path": "/data/gen/x.png", "reason": "The file is empty.",
        "reason_message": {"code": "legacy_text", "params": {"text": "The file is empty."}},
    }]
    assert document["n_real"] == 3000 and document["warnings"][0].startswith("Fewer than")
    copies = "2 generated images are exact copies of another image in the same folder."
    assert document["warnings"][1].startswith(copies) and document["warning_codes"] == ["small_sample", "duplicates"]
    assert document["notices"][1] == {
        "code": "duplicates",
        "text": document["warnings"][1],
        "message": {"code": "duplicates", "params": {"count": 2, "side": {"code": "side_generated", "params": {}}}},
    }
    assert result_to_dict(result, render) == document


def test_csv_is_one_header_and_one_row(result: ComparisonResult, tmp_path: Path) -> None:
    target = tmp_path / "result.csv"
    write_csv(result, target)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == 1
    assert float(rows[0]["fid"]) == 12.5 and rows[0]["skipped"] == "1" and rows[0]["real"] == "/data/real"


def test_a_failed_write_leaves_the_previous_file_intact(result: ComparisonResult, tmp_path: Path) -> None:
    target = tmp_path / "result.json"
    target.write_text("previous", encoding="utf-8")
    result.fid = float("nan")
    result.settings = {"unserialisable": object()}
    with pytest.raises(TypeError):
        write_json(result, target)
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["result.json"]


def test_saved_files_follow_the_umask_like_any_other_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import stat

    from fidgui.core.base.atomic_files import write_text_atomically

    target = tmp_path / "report.txt"
    write_text_atomically(target, "shared with colleagues")
    ordinary = tmp_path / "ordinary.txt"
    ordinary.write_text("x")
    assert stat.S_IMODE(os.stat(target).st_mode) == stat.S_IMODE(os.stat(ordinary).st_mode)
