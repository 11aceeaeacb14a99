"""The feature cache gives back exactly what went in, under the right key only, and never stops a run.

Damage (garbage, a truncated copy), a writer killed mid-transaction and two writers at once must all leave
a database that opens, passes SQLite's own checks and keeps every committed row.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from fidgui.core.encoders.inception import INCEPTION
from fidgui.core.stores.feature_cache import (
    FILE_NAME,
    CachedFeatures,
    FeatureCache,
    FeatureKey,
    FolderKey,
    folder_fingerprint,
)
from fidgui.core.statistics.running import FeatureStatistics, RunningStatistics
from fidgui.core.base.user_dirs import cache_dir

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
