"""The feature cache gives back exactly what went in, under the right key only, and never stops a run.

Damage (garbage, a truncated copy), a writer killed mid-transaction and two writers at once must all leave
a database that opens, passes SQLite's own checks and keeps every committed row.
"""

from __future__ import annotations

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
from fidgui.core.stores.feature_cache import (
    FILE_NAME,
    CachedFeatures,
    FeatureCache,
    FeatureKey,
    folder_fingerprint,
)
from fidgui.core.statistics.running import FeatureStatistics, RunningStatistics
from fidgui.core.base.user_dirs import cache_dir

MODEL = "ab" * 32


def _features(seed: int) -> CachedFeatures:
    rng = np.random.default_rng(seed)
    return CachedFeatures(
        rng.standard_normal(2048).astype(np.float32),
        rng.standard_normal(1008).astype(np.float32),
        width=256 + seed,
        height=128,
        notes=("grayscale",) if seed % 2 else (),
    )


def _key(content: str, *, model: str = MODEL, mode: str = "pytorch-fid", decode: str = "faithful") -> FeatureKey:
    return FeatureKey(content, model, mode, decode)


def _digest(index: int) -> str:
    return f"{index:064x}"


def _count_rows(path: Path) -> tuple[int, list[tuple[str]]]:
    connection = sqlite3.connect(path)
    try:
        count = connection.execute("SELECT COUNT(*) FROM features").fetchone()[0]
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
    special.pool3[:4] = [np.float32(-0.0), np.float32(1e-45), np.float32(np.inf), np.float32(3.4028235e38)]
    items = {_key(_digest(i)): (_features(i) if i != 3 else special) for i in range(40)}
    assert cache.put_many(items) == 40
    got = cache.get_many(list(items))
    assert set(got) == set(items)
    for key, stored in items.items():
        assert got[key].pool3.dtype == np.float32 and got[key].logits_unbiased.dtype == np.float32
        assert np.array_equal(got[key].pool3.view(np.uint32), stored.pool3.view(np.uint32))
        assert np.array_equal(got[key].logits_unbiased.view(np.uint32), stored.logits_unbiased.view(np.uint32))
        assert (got[key].width, got[key].height, got[key].notes) == (stored.width, stored.height, stored.notes)
    assert got[_key(_digest(3))].pool3.flags.writeable


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
        [_key(hashlib.sha256(moved.read_bytes()).hexdigest())]
    )
    moved.write_bytes(b"\x89PNG pretend pixels, edited")
    assert cache.get_many([_key(hashlib.sha256(moved.read_bytes()).hexdigest())]) == {}


def test_another_model_mode_or_decode_policy_misses(cache: FeatureCache) -> None:
    cache.put_many({_key(_digest(1)): _features(1)})
    assert cache.get_many([_key(_digest(1), model="cd" * 32)]) == {}
    assert cache.get_many([_key(_digest(1), mode="tensorflow")]) == {}
    assert cache.get_many([_key(_digest(1), decode="pil")]) == {}
    assert len(cache.get_many([_key(_digest(1)), _key(_digest(1), mode="clean"), _key(_digest(2))])) == 1


def test_put_replaces_an_entry_and_rejects_wrong_arrays(cache: FeatureCache) -> None:
    cache.put_many({_key(_digest(1)): _features(1)})
    cache.put_many({_key(_digest(1)): _features(2)})
    assert np.array_equal(cache.get_many([_key(_digest(1))])[_key(_digest(1))].pool3, _features(2).pool3)
    wrong = CachedFeatures(np.zeros(2048, np.float64), np.zeros(1008, np.float32), 1, 1)
    with pytest.raises(ValueError, match="float32"):
        cache.put_many({_key(_digest(5)): wrong})
    assert cache.available and cache.notices == []


def test_least_recently_used_entries_are_evicted_first(cache: FeatureCache) -> None:
    keys = [_key(_digest(i)) for i in range(8)]
    for index, key in enumerate(keys):  # one transaction each: a distinct time of last use
        cache.put_many({key: _features(index)})
    cache.get_many(keys[:2])  # the two oldest become the most recently used
    order = keys[2:] + keys[:2]  # least to most recently used
    full = cache.size_bytes()
    freed = cache.evict_to(full // 2)
    assert cache.size_bytes() <= full // 2 and freed >= full // 2 - 4096
    remaining = set(cache.get_many(keys))
    assert keys[0] in remaining and keys[1] in remaining and keys[2] not in remaining
    assert [key for key in order if key in remaining] == order[len(order) - len(remaining):]  # a suffix


def test_the_size_limit_is_kept_on_every_write(tmp_path: Path) -> None:
    with FeatureCache(tmp_path / FILE_NAME, max_bytes=200_000) as store:
        for index in range(40):
            store.put_many({_key(_digest(index)): _features(index)})
            assert store.size_bytes() <= 200_000
        assert _key(_digest(39)) in store.get_many([_key(_digest(39))])
        assert store.get_many([_key(_digest(0))]) == {}


def test_clear_reports_the_bytes_freed(cache: FeatureCache) -> None:
    cache.put_many({_key(_digest(i)): _features(i) for i in range(30)})
    before = cache.size_bytes()
    assert before >= 30 * (2048 + 1008) * 4
    freed = cache.clear()
    assert freed >= 30 * (2048 + 1008) * 4 and cache.size_bytes() == before - freed
    assert cache.get_many([_key(_digest(1))]) == {}
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
    shutil.copytree(folder, copy)  # copy2 keeps the modification times
    assert folder_fingerprint([copy / f.relative_to(folder) for f in files], copy) == fingerprint

    running = RunningStatistics()
    running.update(np.random.default_rng(0).standard_normal((50, 2048)).astype(np.float32))
    statistics = running.to_statistics(mode="pytorch-fid", model_sha256=MODEL)
    assert cache.folder_statistics_get(fingerprint, MODEL, "pytorch-fid", "faithful") is None
    assert cache.folder_statistics_put(fingerprint, MODEL, "pytorch-fid", "faithful", statistics,
                                       summary={"n_images": 50, "skipped": []})
    record = cache.folder_record_get(fingerprint, MODEL, "pytorch-fid", "faithful")
    assert record is not None and record.summary == {"n_images": 50, "skipped": []}
    loaded = record.statistics
    assert isinstance(loaded, FeatureStatistics) and loaded.n == 50 and loaded.mode == "pytorch-fid"
    assert loaded.model_sha256 == MODEL
    assert np.array_equal(loaded.mu.view(np.uint64), statistics.mu.view(np.uint64))
    assert np.array_equal(loaded.sigma.view(np.uint64), statistics.sigma.view(np.uint64))
    assert cache.folder_statistics_get(fingerprint, MODEL, "clean", "faithful") is None
    assert cache.folder_statistics_get(fingerprint, MODEL, "pytorch-fid", "pil") is None

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
        assert store.get_many([_key(_digest(1))]) == {}
        store.put_many({_key(_digest(1)): _features(1)})
        assert _key(_digest(1)) in store.get_many([_key(_digest(1))])
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
    assert cache.get_many([_key(_digest(1))]) == {}
    assert cache.put_many({_key(_digest(2)): _features(2)}) == 0
    assert cache.folder_statistics_get("x", MODEL, "pytorch-fid", "faithful") is None
    assert cache.size_bytes() == 0 and cache.evict_to(0) == 0
    assert not cache.available
    assert len(cache.notices) == 1 and "disk I/O error" in cache.notices[0]
    assert "this run goes on without it" in cache.notices[0]


def test_an_unwritable_location_means_no_cache_not_a_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with FeatureCache(blocker / FILE_NAME) as store:
        assert not store.available and len(store.notices) == 1
        assert "without the feature cache" in store.notices[0]
        assert store.get_many([_key(_digest(1))]) == {} and store.put_many({_key(_digest(1)): _features(1)}) == 0


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
            key = FeatureKey(f"{tag}-{index:06d}", "m" * 64, "pytorch-fid", "faithful")
            batch[key] = CachedFeatures(rng.standard_normal(2048).astype(np.float32),
                                        rng.standard_normal(1008).astype(np.float32), 64, 64)
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
        keys = [FeatureKey(f"killed-{i:06d}", "m" * 64, "pytorch-fid", "faithful") for i in range(committed)]
        assert len(store.get_many(keys)) == committed


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
        assert "newer version of fidgui" in store.notices[0] and "without the feature cache" in store.notices[0]
        assert store.put_many({_key(_digest(1)): _features(1)}) == 0
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 99
    connection.close()
    assert not list(tmp_path.glob("*.corrupt-*"))
