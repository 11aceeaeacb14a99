"""Statistics files made to crash, exhaust memory, block or mislead: each is refused with a reason.

Every file is built here from its description (issue 10, item 10); nothing is read from elsewhere.
"""

from __future__ import annotations

import io
import os
import threading
import zipfile
from pathlib import Path

import numpy as np
import pytest

from conftest import REPO
from memory_peak import run_measured
from fidgui.core.base.errors import FidguiError
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.stores.reference_library import ReferenceLibrary
from fidgui.messages.render import render


def _npy_header(shape: tuple[int, ...], dtype: str = "<f8") -> bytes:
    buffer = io.BytesIO()
    np.lib.format.write_array_header_1_0(buffer, {"descr": dtype, "fortran_order": False, "shape": shape})
    return buffer.getvalue()


def _npy(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array)
    return buffer.getvalue()


def _refusal(path: Path) -> FidguiError:
    with pytest.raises(FidguiError) as refused:
        FeatureStatistics.load(path)
    text = render(refused.value)
    assert text.endswith(".") and path.name in text and "Traceback" not in text
    return refused.value


def test_a_npy_renamed_npz_is_named_for_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "mu_only.npz"
    np.save(tmp_path / "mu_only.npy", np.zeros(2048))
    os.replace(tmp_path / "mu_only.npy", path)
    assert _refusal(path).code == "stats_npy_not_npz"


def test_a_text_file_named_npz_gets_a_plain_sentence(tmp_path: Path) -> None:
    path = tmp_path / "notes.npz"
    path.write_text("mu = 0.1, 0.2\nsigma = ...\n")
    error = _refusal(path)
    assert error.code == "stats_text_file" and "pickle" not in render(error)


@pytest.mark.parametrize(
    ("n", "shown"),
    [(np.array(np.inf), "inf"), (np.array([5000, 5000]), "(2,)"), (np.array(-3), "-3"), (np.array(2.5), "2.5"),
     (np.array(True), "bool")],
    ids=["inf", "pair", "negative", "fraction", "boolean"],
)
def test_image_counts_that_are_not_counts_are_refused(tmp_path: Path, n: np.ndarray, shown: str) -> None:
    path = tmp_path / "count.npz"
    np.savez(path, mu=np.zeros(8), sigma=np.eye(8), n=n)
    error = _refusal(path)
    assert error.code == "stats_count_invalid" and shown in render(error)


def test_a_structured_mean_is_refused_before_its_data_is_read(tmp_path: Path) -> None:
    path = tmp_path / "structured.npz"
    np.savez(path, mu=np.zeros(8, dtype=[("a", "<f8"), ("b", "<i4")]), sigma=np.eye(8))
    error = _refusal(path)
    assert error.code == "stats_array_not_numbers" and "'mu'" in render(error)


def _header_claims_8_tib(path: Path) -> None:
    """17 KB on disk; sigma.npy's header declares a 2^20 × 2^20 float64 matrix (8 TiB)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("mu.npy", _npy(np.zeros(2**20 // 1024)))
        archive.writestr("sigma.npy", _npy_header((2**20, 2**20)) + bytes(8192))


def _zip_bomb(path: Path, side: int = 11_000) -> None:
    """About 1 MB deflated; ``np.load`` inflates its sigma to side² × 8 bytes (968 MB)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("mu.npy", _npy(np.zeros(side)))
        with archive.open("sigma.npy", "w", force_zip64=True) as member:
            member.write(_npy_header((side, side)))
            chunk = bytes(side * 8 * 512)
            for _ in range(side // 512):
                member.write(chunk)
            member.write(bytes(side * 8 * (side % 512)))


def test_sizes_declared_in_headers_are_capped_before_any_data_is_read(tmp_path: Path) -> None:
    claims = tmp_path / "claims_8_tib.npz"
    _header_claims_8_tib(claims)
    assert claims.stat().st_size < 20_000
    error = _refusal(claims)
    assert error.code == "stats_array_too_large" and "8,796.1 GB" in render(error)


_MEASURE = """
import sys
from fidgui.core.base.errors import FidguiError
from fidgui.core.statistics.running import FeatureStatistics
codes = []
for path in sys.argv[1:]:
    try:
        FeatureStatistics.load(path)
        codes.append("loaded")
    except FidguiError as error:
        codes.append(error.code)
print(" ".join(codes), peak_bytes())
"""


def test_header_bombs_and_zip_bombs_cost_no_memory(tmp_path: Path) -> None:
    """Bound: 150 MB peak for the whole process (interpreter and numpy take about 40 MB); np.load took 8 TiB
    (MemoryError) and about 1 GB for these two files."""
    claims, bomb = tmp_path / "claims.npz", tmp_path / "bomb.npz"
    _header_claims_8_tib(claims)
    _zip_bomb(bomb)
    assert bomb.stat().st_size < 2_000_000
    output = run_measured(_MEASURE, str(claims), str(bomb), repo=REPO)
    assert output[:2] == ["stats_array_too_large", "stats_array_shape"], output
    assert int(output[2]) < 150_000_000


def test_a_negative_definite_covariance_is_refused_not_turned_into_fid_zero(tmp_path: Path) -> None:
    path = tmp_path / "negative.npz"
    np.savez(path, mu=np.zeros(64), sigma=-np.eye(64) * 3.0)
    error = _refusal(path)
    assert error.code == "stats_covariance_not_psd" and "-3" in render(error)
    asymmetric = tmp_path / "asymmetric.npz"
    sigma = np.eye(64)
    sigma[0, 5] = 0.5
    np.savez(asymmetric, mu=np.zeros(64), sigma=sigma)
    assert _refusal(asymmetric).code == "stats_covariance_not_symmetric"


def test_real_covariances_pass_rank_deficient_and_float32_alike(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    features = rng.standard_normal((24, 2048)) * rng.uniform(0.01, 3, 2048)  # 24 images: rank 23 of 2048
    sigma = np.cov(features, rowvar=False)
    for name, dtype in (("float64.npz", np.float64), ("float32.npz", np.float32)):
        np.savez(tmp_path / name, mu=features.mean(axis=0).astype(dtype), sigma=sigma.astype(dtype))
        assert FeatureStatistics.load(tmp_path / name).sigma.shape == (2048, 2048)


def _load_within(load, seconds: float) -> object:
    outcome: list[object] = []

    def work() -> None:
        try:
            outcome.append(load())
        except BaseException as error:  # noqa: BLE001 - the test inspects whatever came out
            outcome.append(error)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(seconds)
    return outcome[0] if outcome else TimeoutError(f"still blocked after {seconds} s")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_pipe_given_as_statistics_or_imported_as_a_reference_never_blocks(tmp_path: Path) -> None:
    pipe = tmp_path / "stats.npz"
    os.mkfifo(pipe)
    try:
        loaded = _load_within(lambda: FeatureStatistics.load(pipe), 5.0)
        assert isinstance(loaded, FidguiError) and loaded.code == "stats_not_regular_file", loaded
        library = ReferenceLibrary(tmp_path / "library")
        imported = _load_within(lambda: library.import_npz(pipe, "FFHQ", mode="pytorch-fid"), 5.0)
        assert isinstance(imported, FidguiError) and imported.code == "stats_not_regular_file", imported
        assert not (tmp_path / "library").exists() or not any((tmp_path / "library").iterdir())
        from fidgui.core.images.discovery import discover_images

        as_folder = _load_within(lambda: discover_images(pipe), 5.0)  # what a comparison does with a non-file
        assert isinstance(as_folder, FidguiError) and as_folder.code == "folder_is_special_file", as_folder
    finally:
        _release_blocked_reader(pipe)


def _release_blocked_reader(pipe: Path) -> None:
    """Opening the write end lets a reader blocked in open() go on (it fails with ENXIO when there is none)."""
    try:
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass
