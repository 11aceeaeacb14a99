"""Saved references keep their statistics exactly, their names unique, and refuse to be mixed across modes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from fidgui.core.base.errors import FidguiError
from fidgui.messages.render import render
from sentences import raises_sentence
from fidgui.core.stores.reference_library import FOLDER_NAME, ReferenceLibrary, check_compatible
from fidgui.core.statistics.running import FeatureStatistics, RunningStatistics
from fidgui.core.base.user_dirs import data_dir

MODEL = "12" * 32
OTHER_MODEL = "56" * 32


def _statistics(dims: int = 8, seed: int = 0, mode: str | None = "pytorch-fid",
                model: str | None = MODEL) -> FeatureStatistics:
    running = RunningStatistics()
    running.update(np.random.default_rng(seed).standard_normal((40, dims)))
    return running.to_statistics(mode=mode, model_sha256=model)


@pytest.fixture
def library() -> ReferenceLibrary:
    return ReferenceLibrary()


def test_save_list_and_load(library: ReferenceLibrary, tmp_path: Path) -> None:
    assert library.folder == data_dir() / FOLDER_NAME and library.list_entries() == []
    stats = _statistics()
    entry = library.save("FFHQ 1024 train, pytorch-fid mode", stats, source=tmp_path / "ffhq")
    library.save("another", _statistics(seed=1, mode="clean"), source="/data/other")

    listed = library.list_entries()
    assert [item.name for item in listed] == ["another", "FFHQ 1024 train, pytorch-fid mode"]
    saved = listed[1]
    assert saved == entry
    assert (saved.n, saved.mode, saved.model_sha256, saved.origin) == (40, "pytorch-fid", MODEL, "computed")
    assert saved.source == str(tmp_path / "ffhq") and saved.created.endswith("+00:00")
    assert saved.id.startswith("ffhq-1024-train-pytorch-fid-mode-") and saved.path.suffix == ".npz"

    for key in (entry.id, "FFHQ 1024 train, pytorch-fid mode", "  ffhq 1024 TRAIN,   pytorch-fid mode "):
        loaded = library.load(key)
        assert np.array_equal(loaded.mu, stats.mu) and np.array_equal(loaded.sigma, stats.sigma)
        assert (loaded.n, loaded.mode, loaded.model_sha256) == (40, "pytorch-fid", MODEL)
    # the stored file is an ordinary statistics file, readable by pytorch-fid and TTUR
    with np.load(entry.path) as data:
        assert {"mu", "sigma"} <= set(data.files)


def test_names_are_unique_and_sensible(library: ReferenceLibrary) -> None:
    library.save("FFHQ train", _statistics())
    with raises_sentence(r"A reference called 'FFHQ train' already exists .*choose another name"):
        library.save("ffhq   TRAIN", _statistics(seed=2))
    with raises_sentence("needs a name"):
        library.save("   ", _statistics())
    with raises_sentence("at most 200"):
        library.save("x" * 201, _statistics())
    with raises_sentence("do not say which mode"):
        library.save("no mode", _statistics(mode=None))
    assert [entry.name for entry in library.list_entries()] == ["FFHQ train"]
    unicode_entry = library.save("Größe / 東京", _statistics())
    assert re.fullmatch(r"[a-z0-9-]+", unicode_entry.id) and library.load("größe / 東京").n == 40


def test_missing_reference_says_what_exists(library: ReferenceLibrary) -> None:
    with raises_sentence("the library is empty"):
        library.load("FFHQ")
    library.save("CelebA", _statistics())
    with raises_sentence(r"No saved reference is called 'FFHQ'; the library holds 'CelebA'"):
        library.load("FFHQ")


def test_delete(library: ReferenceLibrary) -> None:
    first = library.save("first", _statistics())
    library.save("second", _statistics())
    removed = library.delete("FIRST")
    assert removed.id == first.id and not first.path.exists()
    assert [entry.name for entry in library.list_entries()] == ["second"]
    with raises_sentence("No saved reference"):
        library.delete("first")
    library.save("first", _statistics())  # the name is free again


def test_import_of_a_pytorch_fid_file_records_the_stated_mode(library: ReferenceLibrary, tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    mu = rng.standard_normal(2048)
    sigma = np.eye(2048) + 0.01
    foreign = tmp_path / "fid_stats_cifar10_train.npz"
    np.savez(foreign, mu=mu, sigma=sigma)  # what pytorch-fid --save-stats and TTUR write: mu and sigma only

    with raises_sentence("does not say which mode made it"):
        library.import_npz(foreign, "CIFAR-10 train")
    with raises_sentence("not a mode fidgui knows"):
        library.import_npz(foreign, "CIFAR-10 train", mode="tf")
    entry = library.import_npz(foreign, "CIFAR-10 train", mode="tensorflow")
    assert (entry.mode, entry.model_sha256, entry.n, entry.origin) == ("tensorflow", None, None, "imported")
    assert entry.source == str(foreign.resolve())
    loaded = library.load("CIFAR-10 train")
    assert loaded.mode == "tensorflow" and loaded.model_sha256 is None
    assert np.array_equal(loaded.mu, mu) and np.array_equal(loaded.sigma, sigma)

    with_model = library.import_npz(foreign, "CIFAR-10 with model", mode="tensorflow", model_sha256=MODEL)
    assert with_model.model_sha256 == MODEL and library.load(with_model.id).model_sha256 == MODEL


def test_import_refuses_contradictions_and_foreign_shapes(library: ReferenceLibrary, tmp_path: Path) -> None:
    ours = tmp_path / "ours.npz"
    FeatureStatistics(np.zeros(2048), np.eye(2048), 100, "clean", MODEL).save(ours)
    with raises_sentence("says it was computed in 'clean' mode, not 'pytorch-fid'"):
        library.import_npz(ours, "x", mode="pytorch-fid")
    with raises_sentence("says it was computed with model 121212121212…"):
        library.import_npz(ours, "x", model_sha256=OTHER_MODEL)
    entry = library.import_npz(ours, "from fidgui")  # its own mode and model are used
    assert (entry.mode, entry.model_sha256, entry.n) == ("clean", MODEL, 100)

    small = tmp_path / "dims768.npz"
    np.savez(small, mu=np.zeros(768), sigma=np.eye(768))
    with raises_sentence("768 features.*2048"):
        library.import_npz(small, "y", mode="pytorch-fid")
    not_stats = tmp_path / "other.npz"
    np.savez(not_stats, weights=np.zeros(3))
    with pytest.raises(FidguiError) as no_statistics:
        library.import_npz(not_stats, "z", mode="pytorch-fid")
    assert "holds no FID statistics" in render(no_statistics.value)
    broken = tmp_path / "nan.npz"
    sigma = np.eye(2048)
    sigma[0, 0] = np.nan
    np.savez(broken, mu=np.zeros(2048), sigma=sigma)
    with pytest.raises(FidguiError) as not_finite:
        library.import_npz(broken, "w", mode="pytorch-fid")
    assert "not finite" in render(not_finite.value)
    assert [entry.name for entry in library.list_entries()] == ["from fidgui"]


def test_check_compatible_names_the_difference() -> None:
    stats = _statistics(mode="tensorflow", model=MODEL)
    check_compatible(stats, "tensorflow", MODEL)
    check_compatible(_statistics(model=None), "pytorch-fid", OTHER_MODEL)  # an unknown model cannot be checked
    with pytest.raises(FidguiError) as mode_error:
        check_compatible(stats, "pytorch-fid", MODEL, name="X")
    assert render(mode_error.value) == (
        "The reference 'X' was computed in 'tensorflow' mode with model 121212121212…; this comparison uses "
        "'pytorch-fid' mode with model 121212121212…; choose the same mode or recompute the reference."
    )
    with raises_sentence(r"use the same model or recompute the reference\.$"):
        check_compatible(stats, "tensorflow", OTHER_MODEL, name="X")
    with raises_sentence(r"^These statistics .*choose the same mode and model"):
        check_compatible(stats, "clean", OTHER_MODEL)


def test_an_unreadable_description_is_skipped_with_a_notice(library: ReferenceLibrary) -> None:
    good = library.save("good", _statistics())
    bad = library.save("bad", _statistics())
    (library.folder / f"{bad.id}.json").write_text("{ not json", encoding="utf-8")
    orphan_description = dict(good.to_json(), file="missing.npz", name="orphan")
    (library.folder / "orphan-000000.json").write_text(json.dumps(orphan_description), encoding="utf-8")
    assert [entry.name for entry in library.list_entries()] == ["good"]
    assert len(library.notices) == 2 and all("left out of the list" in render(notice) for notice in library.notices)
