"""Damage, killed writers, two writers at once, newer and older formats: the feature cache survives them all.

Each must leave a database that opens, passes SQLite's own checks and keeps every committed row, or is set
aside and rebuilt with one notice: the cache never stops a run.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from conftest import REPO
from fidgui.core.stores.feature_cache import (
    FILE_NAME,
    CachedFeatures,
    FeatureCache,
    FeatureKey,
)
from fidgui.core.stores.cache_schema import stored_bytes
from fidgui.messages.render import render

from test_feature_cache import MODEL, WIDTHS, _count_rows, _digest, _features, _folder_key, _key, cache  # noqa: F401


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_file_is_set_aside_and_the_cache_rebuilt(tmp_path: Path, damage: str) -> None:
    path = tmp_path / FILE_NAME
    with FeatureCache(path) as store:
        store.put_many({_key(_digest(i)): _features(i) for i in range(40)})
    good = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(np.random.default_rng(1).bytes(len(good)))
    else:
        path.write_bytes(good[: len(good) // 2])

    with FeatureCache(path) as store:
        assert store.available
        assert len(store.notices) == 1
        notice = store.notices[0]
        assert notice.startswith("The feature cache was damaged and has been set aside as features.sqlite3.corrupt-")
        assert "it is being rebuilt. Nothing else is affected." in notice
        assert store.get_many([_key(_digest(1))], WIDTHS) == {}
        store.put_many({_key(_digest(1)): _features(1)})
        assert _key(_digest(1)) in store.get_many([_key(_digest(1))], WIDTHS)
    aside = list(tmp_path.glob(f"{FILE_NAME}.corrupt-*"))
    assert len(aside) == 1 and aside[0].name in notice
    assert _count_rows(path) == (1, [("ok",)])

    with FeatureCache(path) as store:  # the fresh file opens cleanly; clear() also removes the copy set aside
        assert store.notices == []
        assert store.clear() >= len(good) // 2
    assert list(tmp_path.glob(f"{FILE_NAME}.corrupt-*")) == []


def test_errors_after_opening_turn_the_cache_off_with_one_notice(cache: FeatureCache) -> None:
    cache.put_many({_key(_digest(1)): _features(1)})

    class Broken:
        def execute(self, *args: object) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        def close(self) -> None:
            pass

    cache._connection = Broken()  # type: ignore[assignment]
    assert cache.get_many([_key(_digest(1))], WIDTHS) == {}
    assert cache.put_many({_key(_digest(2)): _features(2)}) == 0
    assert cache.folder_statistics_get(_folder_key("x")) is None
    assert cache.size_bytes() == 0 and cache.evict_to(0) == 0
    assert not cache.available
    assert len(cache.notices) == 1 and "disk I/O error" in render(cache.notices[0])
    assert "this run goes on without it" in render(cache.notices[0])


def test_an_unwritable_location_means_no_cache_not_a_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with FeatureCache(blocker / FILE_NAME) as store:
        assert not store.available and len(store.notices) == 1
        assert "without the feature cache" in render(store.notices[0])
        assert store.get_many([_key(_digest(1))], WIDTHS) == {}
        assert store.put_many({_key(_digest(1)): _features(1)}) == 0


_WRITER = textwrap.dedent(
    """
    import sys, time
    import numpy as np
    from fidgui.core.stores.feature_cache import CachedFeatures, FeatureCache, FeatureKey
    path, tag, count, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    rng = np.random.default_rng(abs(hash(tag)) % 1000)
    store = FeatureCache(path)
    if go != "-":
        print("ready", flush=True)  # the cache is open: the test starts both writers only once both say so
    while go != "-" and not __import__("os").path.exists(go):
        time.sleep(0.005)
    index = 0
    while count < 0 or index < count:
        batch = {}
        for _ in range(2):
            key = FeatureKey(f"{tag}-{index:06d}", "inception", "m" * 64, "pytorch-fid", "faithful")
            batch[key] = CachedFeatures({"pool3": rng.standard_normal(2048).astype(np.float32),
                                         "logits_unbiased": rng.standard_normal(1008).astype(np.float32)}, 64, 64)
            index += 1
        written = store.put_many(batch)
        print(f"committed {index} {written}", flush=True)
    print("notices", store.notices, flush=True)
    """
)


def _writer(path: Path, tag: str, count: int, go: str = "-") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), tag, str(count), go],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_a_writer_killed_mid_write_leaves_a_usable_database(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    writer = _writer(path, "killed", -1)
    committed = 0
    try:
        assert writer.stdout is not None
        deadline = time.monotonic() + 60
        while committed < 60 and time.monotonic() < deadline:
            line = writer.stdout.readline()
            assert line, writer.stderr.read() if writer.stderr else "the writer stopped"
            if line.startswith("committed"):
                committed = int(line.split()[1])
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.kill()
        writer.communicate(timeout=30)
    assert committed >= 60
    count, check = _count_rows(path)
    assert check == [("ok",)] and count >= committed
    with FeatureCache(path) as store:
        assert store.notices == []
        keys = [FeatureKey(f"killed-{i:06d}", "inception", "m" * 64, "pytorch-fid", "faithful")
                for i in range(committed)]
        assert len(store.get_many(keys, WIDTHS)) == committed


def test_two_processes_writing_at_once_keep_every_row(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    go = tmp_path / "go"
    writers = [_writer(path, tag, 200, str(go)) for tag in ("first", "second")]
    for writer in writers:  # a handshake, not a guess at how long starting Python takes: both are open and waiting
        assert writer.stdout is not None
        ready = writer.stdout.readline()
        assert ready == "ready\n", (ready, writer.stderr.read() if writer.stderr else "")
    go.write_text("go")
    outputs = [writer.communicate(timeout=120) for writer in writers]
    for writer, (stdout, stderr) in zip(writers, outputs):
        assert writer.returncode == 0, stderr
        assert stdout.splitlines()[-1] == "notices []", stdout[-500:]
        assert all(line.endswith(" 2") for line in stdout.splitlines()[:-1])  # every batch was stored
    assert _count_rows(path) == (400, [("ok",)])


def test_a_cache_from_a_newer_fidgui_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    FeatureCache(path).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    with FeatureCache(path) as store:
        assert not store.available and len(store.notices) == 1
        assert "newer version of fidgui" in render(store.notices[0]) and "without the feature cache" in render(store.notices[0])
        assert store.put_many({_key(_digest(1)): _features(1)}) == 0
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 99
    connection.close()
    assert not list(tmp_path.glob("*.corrupt-*"))


# The feature cache as fidgui wrote it before the encoder protocol (format 1): Inception's outputs as columns.
_FORMAT_1 = (
    "PRAGMA auto_vacuum = INCREMENTAL",
    "CREATE TABLE meta (id INTEGER PRIMARY KEY CHECK (id = 1), clock REAL NOT NULL)",
    "INSERT INTO meta (id, clock) VALUES (1, 5)",
    """CREATE TABLE features (id INTEGER PRIMARY KEY, content_sha256 TEXT NOT NULL, model_sha256 TEXT NOT NULL,
        mode TEXT NOT NULL, decode TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL,
        notes TEXT NOT NULL, nbytes INTEGER NOT NULL, created REAL NOT NULL, last_used REAL NOT NULL,
        pool3 BLOB NOT NULL, logits_unbiased BLOB NOT NULL)""",
    "CREATE UNIQUE INDEX features_key ON features (content_sha256, model_sha256, mode, decode)",
    "CREATE INDEX features_lru ON features (last_used)",
    """CREATE TABLE folder_statistics (id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL, model_sha256 TEXT NOT NULL,
        mode TEXT NOT NULL, decode TEXT NOT NULL, n INTEGER, dims INTEGER NOT NULL, summary TEXT NOT NULL,
        nbytes INTEGER NOT NULL, created REAL NOT NULL, last_used REAL NOT NULL, mu BLOB NOT NULL,
        sigma BLOB NOT NULL)""",
    "CREATE UNIQUE INDEX folder_statistics_key ON folder_statistics (fingerprint, model_sha256, mode, decode)",
    "CREATE INDEX folder_statistics_lru ON folder_statistics (last_used)",
)


def _write_format_1(path: Path, images: int) -> tuple[dict[str, CachedFeatures], np.ndarray, np.ndarray]:
    connection = sqlite3.connect(path, isolation_level=None)
    for statement in _FORMAT_1:
        connection.execute(statement)
    items = {_digest(i): _features(i) for i in range(images)}
    for index, (digest, features) in enumerate(items.items()):
        connection.execute(
            "INSERT INTO features (content_sha256, model_sha256, mode, decode, width, height, notes, nbytes, created, "
            "last_used, pool3, logits_unbiased) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (digest, MODEL, "pytorch-fid", "faithful", features.width, features.height,
             json.dumps(list(features.notes)), 12_224, 1.0, 1.0 + index,
             features.outputs["pool3"].tobytes(), features.outputs["logits_unbiased"].tobytes()),
        )
    rng = np.random.default_rng(9)
    mu, sigma = rng.standard_normal(4), np.eye(4) * 2.5
    connection.execute(
        "INSERT INTO folder_statistics (fingerprint, model_sha256, mode, decode, n, dims, summary, nbytes, created, "
        "last_used, mu, sigma) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        ("f" * 64, MODEL, "pytorch-fid", "faithful", 30, 4, '{"n_images": 30}', 160, 1.0, 2.0,
         mu.tobytes(), sigma.tobytes()),
    )
    connection.execute("PRAGMA user_version = 1")
    connection.close()
    return items, mu, sigma


def test_a_cache_in_the_format_before_encoders_is_converted_and_keeps_every_entry(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    items, mu, sigma = _write_format_1(path, 12)
    format_1_size = path.stat().st_size
    with FeatureCache(path) as store:
        assert store.available and store.notices == []  # converted silently: nothing was lost
        got = store.get_many([_key(digest) for digest in items], WIDTHS)
        assert len(got) == 12
        for digest, stored in items.items():
            hit = got[_key(digest)]
            for name in WIDTHS:
                assert np.array_equal(hit.outputs[name].view(np.uint32), stored.outputs[name].view(np.uint32))
            assert (hit.width, hit.height, hit.notes) == (stored.width, stored.height, stored.notes)
        record = store.folder_record_get(_folder_key("f" * 64))
        assert record is not None and record.summary == {"n_images": 30} and record.statistics.n == 30
        assert np.array_equal(record.statistics.mu, mu) and np.array_equal(record.statistics.sigma, sigma)
        store.put_many({_key(_digest(99)): _features(99)})  # and it goes on working in the new format
        assert _key(_digest(99)) in store.get_many([_key(_digest(99))], WIDTHS)
        keys = [_key(digest) for digest in items]
        store.evict_to(store.size_bytes() // 2)  # the old entries keep their last-use order
        remaining = [key for key in keys if key in store.get_many(keys, WIDTHS)]
        assert remaining and remaining == keys[len(keys) - len(remaining):]
    assert path.stat().st_size < 1.2 * format_1_size  # the old copies' pages went back to the disk
    connection = sqlite3.connect(path)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    connection.close()
    assert version == 2 and tables == {"meta", "images", "image_outputs", "folder_statistics"}
    connection = sqlite3.connect(path)
    weights = dict(connection.execute("SELECT content_sha256, nbytes FROM images WHERE content_sha256 != ?",
                                      (_digest(99),)))
    connection.close()
    for digest, features in items.items():  # weighed by the pages they take, as new entries are
        notes = json.dumps([str(note) for note in features.notes])
        assert digest not in weights or weights[digest] == sum(
            stored_bytes(vector.nbytes) for vector in features.outputs.values()
        ) + len(notes)


def test_a_cache_that_cannot_be_converted_is_rebuilt_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("CREATE TABLE features (id INTEGER PRIMARY KEY, something TEXT)")  # not what format 1 holds
    connection.execute("PRAGMA user_version = 1")
    connection.close()
    with FeatureCache(path) as store:
        assert store.available and len(store.notices) == 1
        (notice,) = store.notices
        assert notice.code == "feature_cache_rebuilt" and notice.params == {"version": 1}
        assert render(notice).startswith("The feature cache was written by an older version of fidgui (format 1)")
        store.put_many({_key(_digest(1)): _features(1)})
        assert _key(_digest(1)) in store.get_many([_key(_digest(1))], WIDTHS)
    with FeatureCache(path) as store:
        assert store.notices == []
