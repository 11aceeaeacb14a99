"""The history keeps every comparison whole, finds it again, exports it, and survives a damaged file."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from fidgui.core.base.comparison_types import ComparisonResult, Notice, SideSummary
from fidgui.core.base.errors import FidguiError, SkippedFile
from fidgui.messages.render import render
from fidgui.core.stores.history import FILE_NAME, History, export_csv
from fidgui.core.report.document import result_to_dict
from fidgui.core.base.user_dirs import data_dir


def _result(fid: float = 12.5, real: str = "/data/ffhq", generated: str = "/runs/step-1000", **extra: object) -> dict:
    result = ComparisonResult(
        fid=fid,
        real=SideSummary(real, 3000, converted={"grayscale": 4}),
        generated=SideSummary(generated, 2999, skipped=[SkippedFile(f"{generated}/x.png", "The file is empty.")]),
        mode="pytorch-fid",
        decode="faithful",
        model_sha256="ab" * 32,
        model_is_standard=True,
        device="CPU (2 threads)",
        seconds=61.25,
        warnings=[Notice("small_sample", "Fewer than 10,000 images: the FID is biased upward.")],
        kid_mean=0.0123,
        kid_std=0.0004,
        settings={"batch_size": 16, "metrics": ["fid", "kid"], "model_path": "/models/fid_inception.onnx"},
    )
    document = result_to_dict(result)
    document.update(extra)
    return document


@pytest.fixture
def history() -> History:
    store = History()
    yield store
    store.close()


def test_record_then_get_gives_the_same_document(history: History) -> None:
    assert history.path == data_dir() / FILE_NAME and history.notices == []
    document = _result()
    entry_id = history.record(document)
    assert history.get(entry_id) == json.loads(json.dumps(document))

    (entry,) = history.list_entries()
    assert entry.id == entry_id and entry.fid == 12.5
    assert entry.metrics == {"fid": 12.5, "kid_mean": 0.0123, "kid_std": 0.0004}  # absent metrics are left out
    assert (entry.real_source, entry.generated_source, entry.n_real, entry.n_generated) == (
        "/data/ffhq", "/runs/step-1000", 3000, 2999)
    assert (entry.mode, entry.decode, entry.model_sha256, entry.model_is_standard, entry.device) == (
        "pytorch-fid", "faithful", "ab" * 32, True, "CPU (2 threads)")
    assert entry.warnings == ["Fewer than 10,000 images: the FID is biased upward."]
    assert entry.settings["batch_size"] == 16 and entry.seconds == 61.25
    assert entry.fidgui_version == document["fidgui_version"]
    created = datetime.fromisoformat(entry.created)
    assert created.utcoffset() == timedelta(0) and abs(datetime.now(timezone.utc) - created) < timedelta(minutes=1)


def test_a_new_metric_needs_no_schema_change(history: History) -> None:
    entry_id = history.record(_result(precision=0.71, recall=0.5, is_mean=None))
    (entry,) = history.list_entries()
    assert entry.metrics["precision"] == 0.71 and entry.metrics["recall"] == 0.5 and "is_mean" not in entry.metrics
    assert history.get(entry_id)["precision"] == 0.71


def test_newest_first_limit_and_filter(history: History) -> None:
    start = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
    ids = [
        history.record(_result(fid=float(step), generated=f"/runs/Step-{step}"), created=start + timedelta(days=step))
        for step in range(1, 6)
    ]
    history.record(_result(real="/data/CelebA", generated="/runs/celeba-gan"), created=start)
    entries = history.list_entries()
    assert [entry.id for entry in entries[:5]] == [ids[-1] + 1, *reversed(ids)][:5]
    assert [entry.id for entry in history.list_entries(limit=2)] == [ids[-1] + 1, ids[-1]]
    assert [entry.fid for entry in history.list_entries("step-")] == [5.0, 4.0, 3.0, 2.0, 1.0]
    assert [entry.fid for entry in history.list_entries("STEP-3")] == [3.0]
    assert [entry.generated_source for entry in history.list_entries("celeba gan")] == ["/runs/celeba-gan"]
    assert [entry.fid for entry in history.list_entries("step", limit=2)] == [5.0, 4.0]
    assert [entry.fid for entry in history.list_entries("2024-05-03")] == [2.0]
    assert history.list_entries("no such thing") == []
    assert history.list_entries(limit=0) == []


def test_delete_and_missing_entries(history: History) -> None:
    first = history.record(_result())
    second = history.record(_result(fid=3.0))
    assert history.delete(second) is True and history.delete(second) is False
    with pytest.raises(FidguiError) as missing:
        history.get(second)
    assert render(missing.value).startswith(f"Comparison number {second} is not in the history")
    third = history.record(_result(fid=4.0))
    assert third > second  # numbers are never reused, so a saved number never points at another comparison
    assert [entry.id for entry in history.list_entries()] == [third, first]
    assert history.clear() == 2 and history.list_entries() == []


def test_odd_values_are_kept_readable(history: History) -> None:
    entry_id = history.record(_result(fid=float("nan"), settings={"model": Path("/m/x.onnx")}))
    document = history.get(entry_id)
    assert document["fid"] != document["fid"] and document["settings"] == {"model": str(Path("/m/x.onnx"))}


def test_export_csv(history: History, tmp_path: Path) -> None:
    history.record(_result(fid=1 / 3))
    history.record(_result(fid=7.25, generated="/runs/a, with comma", precision=0.5))
    target = tmp_path / "out" / "history.csv"
    export_csv(history.list_entries(), target)
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert [row["generated"] for row in rows] == ["/runs/a, with comma", "/runs/step-1000"]
    assert float(rows[1]["fid"]) == 1 / 3  # full precision
    assert rows[0]["precision"] == "0.5" and rows[1]["precision"] == ""
    assert rows[0]["is_mean"] == "" and rows[0]["model_is_standard"] == "True"
    assert rows[0]["warnings"] == "Fewer than 10,000 images: the FID is biased upward."
    assert list(rows[0])[:6] == ["id", "date", "real", "generated", "fid", "kid_mean"]
    assert sorted(path.name for path in target.parent.iterdir()) == ["history.csv"]


def test_a_damaged_history_is_set_aside_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    with History(path) as store:
        store.record(_result())
    damaged = b"this is not a database, but someone's history may be in here" * 100
    path.write_bytes(damaged)
    with History(path) as store:
        assert len(store.notices) == 1
        assert store.notices[0].startswith("The comparison history was damaged and has been set aside as ")
        assert "a new, empty history has been started. Nothing else is affected." in store.notices[0]
        assert store.list_entries() == []
        store.record(_result())
    (aside,) = tmp_path.glob(f"{FILE_NAME}.corrupt-*")
    assert aside.read_bytes() == damaged
    with History(path) as store:
        assert store.notices == [] and len(store.list_entries()) == 1


def test_a_history_from_a_newer_fidgui_is_refused_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    History(path).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    with pytest.raises(FidguiError, match=r"newer version of fidgui \(format 99; this version reads format 1\)"):
        History(path)
    assert not list(tmp_path.glob("*.corrupt-*"))


def _comparison(fid: float, real: str, generated: str) -> ComparisonResult:
    return ComparisonResult(
        fid=fid, real=SideSummary(real, 10), generated=SideSummary(generated, 12), mode="pytorch-fid",
        decode="faithful", model_sha256="cd" * 32, model_is_standard=False, device="CPU (2 threads)", seconds=1.0,
    )


def test_recording_is_one_place_for_every_front_end(tmp_path: Path) -> None:
    from fidgui.core.run.recording import record_comparison, record_comparisons

    path = tmp_path / FILE_NAME
    assert record_comparison(_comparison(3.5, "/r", "/g1"), path) == []
    assert record_comparisons([_comparison(4.5, "/r", "/g2"), _comparison(5.5, "/r", "/g3")], path) == []
    with History(path) as store:
        entries = store.list_entries()
        assert [entry.fid for entry in entries] == [5.5, 4.5, 3.5]  # newest first
        assert store.get(entries[-1].id) == result_to_dict(_comparison(3.5, "/r", "/g1"))
    (path.parent / "blocker").write_text("")
    with pytest.raises(FidguiError):  # the caller shows why, as a note; the figure itself is safe
        record_comparison(_comparison(1.0, "/r", "/g"), path.parent / "blocker" / FILE_NAME)


def test_a_reference_is_named_from_its_path_once_for_every_front_end(tmp_path: Path) -> None:
    import numpy as np

    from fidgui.core.run.recording import ReferenceNames, reference_name
    from fidgui.core.statistics.running import FeatureStatistics
    from fidgui.core.stores.reference_library import ReferenceLibrary

    features = np.random.default_rng(3).normal(size=(8, 2048))
    npz = tmp_path / "stats.npz"
    np.savez(npz, mu=features.mean(axis=0), sigma=np.cov(features, rowvar=False))
    entry = ReferenceLibrary().import_npz(npz, "Eight random rows", mode="clean")
    assert reference_name(entry.path) == "Eight random rows"
    names = ReferenceNames()
    assert names.name(str(entry.path)) == "Eight random rows"  # the history stores sources as text
    assert names.name(npz) is None and names.name(tmp_path) is None  # the imported original is not the reference
    assert isinstance(FeatureStatistics.load(entry.path), FeatureStatistics)
