"""The feature cache gives back exactly what went in, under the right key only, and never stops a run.

Damage (garbage, a truncated copy), a writer killed mid-transaction and two writers at once must all leave
a database that opens, passes SQLite's own checks and keeps every committed row.
"""

from __future__ import annotations

import json
import os
import shutil
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
from fidgui.core.encoders.inception import INCEPTION
from fidgui.core.stores.feature_cache import (
    FILE_NAME,
    CachedFeatures,
    FeatureCache,
    FeatureKey,
    FolderKey,
    folder_fingerprint,
)
from fidgui.core.stores.cache_schema import stored_bytes
from fidgui.core.statistics.running import FeatureStatistics, RunningStatistics
from fidgui.core.base.user_dirs import cache_dir
from fidgui.messages.render import render

MODEL = "ab" * 32
WIDTHS = INCEPTION.kept_outputs  # {"pool3": 2048, "logits_unbiased": 1008}


def _features(seed: int) -> CachedFeatures:
    rng = np.random.default_rng(seed)
    return CachedFeatures(
        {name: rng.standard_normal(width).astype(np.float32) for name, width in WIDTHS.items()},
        width=256 + seed,
        height=128,
        notes=("grayscale",) if seed % 2 else (),
    )


def _key(
    content: str, *, encoder: str = "inception", model: str = MODEL, mode: str = "pytorch-fid", decode: str = "faithful"
) -> FeatureKey:
    return FeatureKey(content, encoder, model, mode, decode)


def _folder_key(fingerprint: str, mode: str = "pytorch-fid", decode: str = "faithful") -> FolderKey:
    return FolderKey(fingerprint, "inception", "pool3", MODEL, mode, decode)


def _digest(index: int) -> str:
    return f"{index:064x}"


def _count_rows(path: Path) -> tuple[int, list[tuple[str]]]:
    connection = sqlite3.connect(path)
    try:
        count = connection.execute("SELECT COUNT(*) FROM images").fetchone()[0]
        check = connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()
    return count, check


@pytest.fixture
def cache(tmp_path: Path) -> FeatureCache:
    store = FeatureCache(tmp_path / FILE_NAME)
    yield store
    store.close()


def test_default_location_is_the_user_cache_folder() -> None:
    with FeatureCache() as store:
        assert store.path == cache_dir() / FILE_NAME and store.available and store.notices == []
    assert (cache_dir() / FILE_NAME).is_file()


def test_round_trip_is_bit_identical(cache: FeatureCache) -> None:
    special = _features(3)
    special.outputs["pool3"][:4] = [np.float32(-0.0), np.float32(1e-45), np.float32(np.inf), np.float32(3.4028235e38)]
    items = {_key(_digest(i)): (_features(i) if i != 3 else special) for i in range(40)}
    assert cache.put_many(items) == 40
    got = cache.get_many(list(items), WIDTHS)
    assert set(got) == set(items)
    for key, stored in items.items():
        assert set(got[key].outputs) == set(WIDTHS)
        for name in WIDTHS:
            assert got[key].outputs[name].dtype == np.float32
            assert np.array_equal(got[key].outputs[name].view(np.uint32), stored.outputs[name].view(np.uint32))
        assert (got[key].width, got[key].height, got[key].notes) == (stored.width, stored.height, stored.notes)
    assert got[_key(_digest(3))].outputs["pool3"].flags.writeable


def test_a_renamed_file_hits_and_a_changed_file_misses(cache: FeatureCache, tmp_path: Path) -> None:
    import hashlib

    original = tmp_path / "a" / "cat.png"
    original.parent.mkdir()
    original.write_bytes(b"\x89PNG pretend pixels")
    cache.put_many([(_key(hashlib.sha256(original.read_bytes()).hexdigest()), _features(1))])
    moved = tmp_path / "b" / "renamed.png"
    moved.parent.mkdir()
    shutil.move(original, moved)
    assert _key(hashlib.sha256(moved.read_bytes()).hexdigest()) in cache.get_many(
        [_key(hashlib.sha256(moved.read_bytes()).hexdigest())], WIDTHS
    )
    moved.write_bytes(b"\x89PNG pretend pixels, edited")
    assert cache.get_many([_key(hashlib.sha256(moved.read_bytes()).hexdigest())], WIDTHS) == {}


def test_another_encoder_model_mode_or_decode_policy_misses(cache: FeatureCache) -> None:
    cache.put_many({_key(_digest(1)): _features(1)})
    assert cache.get_many([_key(_digest(1), encoder="dinov2")], WIDTHS) == {}
    assert cache.get_many([_key(_digest(1), model="cd" * 32)], WIDTHS) == {}
    assert cache.get_many([_key(_digest(1), mode="tensorflow")], WIDTHS) == {}
    assert cache.get_many([_key(_digest(1), decode="pil")], WIDTHS) == {}
    assert len(cache.get_many([_key(_digest(1)), _key(_digest(1), mode="clean"), _key(_digest(2))], WIDTHS)) == 1


def test_outputs_are_stored_by_name_with_their_width(cache: FeatureCache) -> None:
    """Any encoder's outputs fit; a lookup gets only what it asks for, and a width that differs is a miss."""
    vectors = {"embedding": np.arange(16, dtype=np.float32), "extra": np.ones(3, np.float32)}
    toy = _key(_digest(7), encoder="toy", mode="toy")
    cache.put_many({toy: CachedFeatures(vectors, 8, 8)})
    (hit,) = cache.get_many([toy], {"embedding": 16}).values()
    assert list(hit.outputs) == ["embedding"] and np.array_equal(hit.outputs["embedding"], vectors["embedding"])
    assert len(cache.get_many([toy], {"embedding": 16, "extra": 3})[toy].outputs) == 2
    assert cache.get_many([toy], {"embedding": 32}) == {}  # the same name at another width
    assert cache.get_many([toy], {"embedding": 16, "missing": 4}) == {}  # an output never stored
    connection = sqlite3.connect(cache.path)
    rows = connection.execute("SELECT output, dims FROM image_outputs ORDER BY output").fetchall()
    connection.close()
    assert rows == [("embedding", 16), ("extra", 3)]


def test_put_replaces_an_entry_and_rejects_wrong_arrays(cache: FeatureCache) -> None:
    cache.put_many({_key(_digest(1)): _features(1)})
    cache.put_many({_key(_digest(1)): _features(2)})
    got = cache.get_many([_key(_digest(1))], WIDTHS)[_key(_digest(1))]
    assert np.array_equal(got.outputs["pool3"], _features(2).outputs["pool3"])
    wrong = CachedFeatures({"pool3": np.zeros(2048, np.float64), "logits_unbiased": np.zeros(1008, np.float32)}, 1, 1)
    with pytest.raises(ValueError, match="float32"):
        cache.put_many({_key(_digest(5)): wrong})
    with pytest.raises(ValueError, match="float32 vector"):
        cache.put_many({_key(_digest(6)): CachedFeatures({"pool3": np.zeros((2, 4), np.float32)}, 1, 1)})
    with pytest.raises(ValueError, match="at least one output"):
        cache.put_many({_key(_digest(6)): CachedFeatures({}, 1, 1)})
    assert cache.get_many([_key(_digest(5)), _key(_digest(6))], WIDTHS) == {}
    assert cache.available and cache.notices == []


def test_least_recently_used_entries_are_evicted_first(cache: FeatureCache) -> None:
    keys = [_key(_digest(i)) for i in range(16)]  # enough that half the file is more than its empty tables
    for index, key in enumerate(keys):  # one transaction each: a distinct time of last use
        cache.put_many({key: _features(index)})
    cache.get_many(keys[:2], WIDTHS)  # the two oldest become the most recently used
    order = keys[2:] + keys[:2]  # least to most recently used
    full = cache.size_bytes()
    freed = cache.evict_to(full // 2)
    assert cache.size_bytes() <= full // 2 and freed >= full // 2 - 4096
    remaining = set(cache.get_many(keys, WIDTHS))
    assert keys[0] in remaining and keys[1] in remaining and keys[2] not in remaining
    assert [key for key in order if key in remaining] == order[len(order) - len(remaining):]  # a suffix


def test_the_size_limit_is_kept_on_every_write(tmp_path: Path) -> None:
    with FeatureCache(tmp_path / FILE_NAME, max_bytes=200_000) as store:
        for index in range(40):
            store.put_many({_key(_digest(index)): _features(index)})
            assert store.size_bytes() <= 200_000
        assert _key(_digest(39)) in store.get_many([_key(_digest(39))], WIDTHS)
        assert store.get_many([_key(_digest(0))], WIDTHS) == {}


def test_evicted_space_goes_back_to_the_disk(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    with FeatureCache(path) as store:
        store.put_many({_key(_digest(i)): _features(i) for i in range(40)})
    full = path.stat().st_size
    with FeatureCache(path) as store:
        store.evict_to(full // 4)
        assert 0 < len(store.get_many([_key(_digest(i)) for i in range(40)], WIDTHS)) < 40
    assert path.stat().st_size <= full // 4 + 16 * 4096  # the file shrank, not only its pages in use


def test_clear_reports_the_bytes_freed(cache: FeatureCache) -> None:
    cache.put_many({_key(_digest(i)): _features(i) for i in range(30)})
    before = cache.size_bytes()
    assert before >= 30 * (2048 + 1008) * 4
    freed = cache.clear()
    assert freed >= 30 * (2048 + 1008) * 4 and cache.size_bytes() == before - freed
    assert cache.get_many([_key(_digest(1))], WIDTHS) == {}
    assert cache.path.stat().st_size < 100_000


def test_folder_statistics_round_trip_and_fingerprint(cache: FeatureCache, tmp_path: Path) -> None:
    folder = tmp_path / "real"
    (folder / "sub").mkdir(parents=True)
    files = [folder / "a.png", folder / "sub" / "b.png", folder / "c.jpg"]
    for index, file in enumerate(files):
        file.write_bytes(bytes([index]) * (10 + index))
    fingerprint = folder_fingerprint(files, folder)
    assert folder_fingerprint(list(reversed(files)), folder) == fingerprint  # listing order does not matter
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)  # copy2 keeps the modification times, not the inodes: read again (issue 10.11)
    assert folder_fingerprint([copy / f.relative_to(folder) for f in files], copy) != fingerprint

    running = RunningStatistics()
    running.update(np.random.default_rng(0).standard_normal((50, 2048)).astype(np.float32))
    statistics = running.to_statistics(mode="pytorch-fid", model_sha256=MODEL)
    assert cache.folder_statistics_get(_folder_key(fingerprint)) is None
    assert cache.folder_statistics_put(_folder_key(fingerprint), statistics, summary={"n_images": 50, "skipped": []})
    record = cache.folder_record_get(_folder_key(fingerprint))
    assert record is not None and record.summary == {"n_images": 50, "skipped": []}
    loaded = record.statistics
    assert isinstance(loaded, FeatureStatistics) and loaded.n == 50 and loaded.mode == "pytorch-fid"
    assert loaded.model_sha256 == MODEL
    assert np.array_equal(loaded.mu.view(np.uint64), statistics.mu.view(np.uint64))
    assert np.array_equal(loaded.sigma.view(np.uint64), statistics.sigma.view(np.uint64))
    assert cache.folder_statistics_get(_folder_key(fingerprint, mode="clean")) is None
    assert cache.folder_statistics_get(_folder_key(fingerprint, decode="pil")) is None
    other_encoder = FolderKey(fingerprint, "dinov2", "pool3", MODEL, "pytorch-fid", "faithful")
    assert cache.folder_statistics_get(other_encoder) is None

    os.utime(files[1], ns=(files[1].stat().st_atime_ns, files[1].stat().st_mtime_ns + 1_000_000))
    assert folder_fingerprint(files, folder) != fingerprint  # a touched file
    assert folder_fingerprint(files[:2], folder) != fingerprint  # a removed file
    files[0].rename(folder / "renamed.png")
    assert folder_fingerprint([folder / "renamed.png", *files[1:]], folder) != fingerprint


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
