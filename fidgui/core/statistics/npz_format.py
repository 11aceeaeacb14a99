"""Read a statistics ``.npz`` (fidgui's, pytorch-fid's, TTUR's) as a hostile file: headers first, data last.

``np.load`` trusts the archive: a 17 KB file whose ``.npy`` header declares 8 TiB, or a 3 MB deflated zip bomb,
is allocated before any shape can be checked, and odd contents (a ``.npy`` renamed ``.npz``, ``n = inf``, ``n``
as a pair, a structured ``mu``) end in tracebacks. Here every member's ``.npy`` header is read and checked
(kind of number, shape, size) before its data, sizes are capped by the feature width fidgui supports and by the
archive's real size (deflate cannot expand more than about 1032 to 1), and the data is read in exactly the
declared number of bytes. The file is opened as a regular file only (a pipe would block forever).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np

from fidgui.core.base.errors import FidguiError
from fidgui.core.base.regular_files import NotRegularFile, open_regular_file

MAX_DIMS = 4096  # the widest feature vector of any encoder fidgui knows is 2048
MAX_TEXT_CHARS = 256
_DEFLATE_MAX_RATIO = 1100
_NPY_MAGIC = b"\x93NUMPY"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_TEXT_CONTROL_BYTES = frozenset(range(32)) - frozenset(b"\t\n\r\f")
_NUMBER_KINDS = "fiu"


@dataclass(frozen=True)
class StatisticsArrays:
    """What a statistics file holds, checked for kind and shape; ``n``, mode, hash and encoder when present
    (a file without ``encoder``, pytorch-fid's or an older fidgui's, describes Inception features)."""

    mu: np.ndarray
    sigma: np.ndarray
    n: int | None
    mode: str | None
    model_sha256: str | None
    encoder: str | None = None


def read_statistics_npz(path: Path) -> StatisticsArrays:
    """The arrays of a statistics file; FidguiError with a code for anything that is not sound statistics."""
    name = Path(path).name
    try:
        with open_regular_file(path) as file:
            archive_size = _check_magic(file, name)
            try:
                with zipfile.ZipFile(file) as archive:
                    return _read_members(archive, name, archive_size)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError) as error:
                raise FidguiError("stats_damaged", name=name, reason=str(error) or type(error).__name__) from None
    except NotRegularFile:
        raise FidguiError("stats_not_regular_file", name=name) from None
    except OSError as error:
        raise FidguiError("stats_unreadable", name=name, reason=error.strerror or str(error)) from None


def _check_magic(file: IO[bytes], name: str) -> int:
    head = file.read(1024)
    size = file.seek(0, 2)
    file.seek(0)
    if head.startswith(_ZIP_MAGICS):
        return size
    if head.startswith(_NPY_MAGIC):
        raise FidguiError("stats_npy_not_npz", name=name)
    if head and not _TEXT_CONTROL_BYTES.intersection(head):
        raise FidguiError("stats_text_file", name=name)
    raise FidguiError("stats_not_npz", name=name)


def _read_members(archive: zipfile.ZipFile, name: str, archive_size: int) -> StatisticsArrays:
    members = {info.filename.removesuffix(".npy"): info for info in archive.infolist()}
    if "mu" not in members or "sigma" not in members:
        raise FidguiError("stats_missing_arrays", name=name)
    mu_dtype, mu_shape = _header(archive, members["mu"], name, archive_size)
    if len(mu_shape) != 1 or not 1 <= mu_shape[0] <= MAX_DIMS:
        raise FidguiError("stats_array_shape", name=name, array="mu", shape=mu_shape, expected=f"(d,), d ≤ {MAX_DIMS}")
    dims = mu_shape[0]
    sigma_dtype, sigma_shape = _header(archive, members["sigma"], name, archive_size)
    if sigma_shape != (dims, dims):
        raise FidguiError("stats_shapes_mismatch", name=name, mu_shape=mu_shape, sigma_shape=sigma_shape)
    for array, dtype in (("mu", mu_dtype), ("sigma", sigma_dtype)):
        if dtype.kind not in _NUMBER_KINDS or dtype.fields is not None:
            raise FidguiError("stats_array_not_numbers", name=name, array=array, dtype=str(dtype))
    mu = _data(archive, members["mu"], name, archive_size).astype(np.float64)
    sigma = _data(archive, members["sigma"], name, archive_size).astype(np.float64)
    n = _count(archive, members.get("n"), name, archive_size)
    mode = _text(archive, members.get("mode"), name, archive_size, "mode")
    model = _text(archive, members.get("model_sha256"), name, archive_size, "model_sha256")
    encoder = _text(archive, members.get("encoder"), name, archive_size, "encoder")
    width = _count(archive, members.get("width"), name, archive_size, minimum=1)
    if width is not None and width != dims:  # the recorded width is a promise about mu and sigma: hold it
        raise FidguiError("stats_width_recorded_differs", name=name, width=width, found=dims)
    return StatisticsArrays(mu, sigma, n, mode, model, encoder)


def _header(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, archive_size: int
) -> tuple[np.dtype, tuple[int, ...]]:
    """The member's dtype and shape from its ``.npy`` header, with its declared size checked against the caps."""
    with archive.open(info) as stream:
        dtype, shape, _ = _read_header(stream, name, info)
    if dtype.hasobject:
        raise FidguiError("stats_array_not_numbers", name=name, array=_label(info), dtype=str(dtype))
    if any(side < 0 for side in shape):
        raise FidguiError("stats_damaged", name=name, reason=f"{_label(info)} has the shape {shape}")
    nbytes = int(np.prod(shape, dtype=object)) * dtype.itemsize
    ratio = 1 if info.compress_type == zipfile.ZIP_STORED else _DEFLATE_MAX_RATIO
    largest_sigma = MAX_DIMS * MAX_DIMS * 16
    if nbytes > largest_sigma or nbytes > archive_size * ratio:
        raise FidguiError(
            "stats_array_too_large", name=name, array=_label(info), gigabytes=f"{nbytes / 1e9:,.1f}",
            max_dims=MAX_DIMS, archive_megabytes=f"{archive_size / 1e6:,.2f}",
        )
    if info.file_size < nbytes:
        raise FidguiError("stats_damaged", name=name, reason=f"{_label(info)} is cut short")
    return dtype, tuple(int(side) for side in shape)


def _read_header(stream: IO[bytes], name: str, info: zipfile.ZipInfo) -> tuple[np.dtype, tuple[int, ...], bool]:
    try:
        version = np.lib.format.read_magic(stream)
        reader = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = reader(stream)
        return dtype, tuple(shape), bool(fortran)
    except (ValueError, TypeError, SyntaxError, EOFError) as error:
        raise FidguiError("stats_damaged", name=name, reason=f"{_label(info)}: {error}") from None


def _data(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, archive_size: int) -> np.ndarray:
    """The member's array, read in exactly the bytes its checked header declares (never more)."""
    with archive.open(info) as stream:
        dtype, shape, fortran = _read_header(stream, name, info)
        count = int(np.prod(shape, dtype=np.int64))
        raw = stream.read(count * dtype.itemsize)
    if len(raw) != count * dtype.itemsize:
        raise FidguiError("stats_damaged", name=name, reason=f"{_label(info)} is cut short")
    array = np.frombuffer(raw, dtype=dtype, count=count)
    return array.reshape(shape[::-1]).transpose() if fortran else array.reshape(shape)


def _count(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo | None, name: str, archive_size: int, minimum: int = 2
) -> int | None:
    if info is None:
        return None
    dtype, shape = _header(archive, info, name, archive_size)
    if shape not in ((), (1,)) or dtype.kind not in _NUMBER_KINDS or dtype.fields is not None:
        raise FidguiError("stats_count_invalid", name=name, count=f"{dtype} {shape}")
    value = float(_data(archive, info, name, archive_size).reshape(()))
    if not np.isfinite(value) or value != int(value) or value < minimum:
        raise FidguiError("stats_count_invalid", name=name, count=repr(value))
    return int(value)


def _text(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo | None, name: str, archive_size: int, label: str
) -> str | None:
    if info is None:
        return None
    dtype, shape = _header(archive, info, name, archive_size)
    if shape != () or dtype.kind not in "US" or dtype.itemsize > MAX_TEXT_CHARS * 4:
        raise FidguiError("stats_text_invalid", name=name, array=label)
    value = _data(archive, info, name, archive_size).reshape(())[()]
    return value.decode("ascii", "replace") if isinstance(value, bytes) else str(value)


def _label(info: zipfile.ZipInfo) -> str:
    return info.filename.removesuffix(".npy")


def check_statistics(mu: np.ndarray, sigma: np.ndarray, name: str) -> None:
    """Refuse values that no set of images can produce: NaN or infinity, an asymmetric or indefinite covariance.

    A negative-definite covariance used to give FID 0.000000 (the square root's clamp hid it). Symmetry is
    checked to 1e-5 of the largest entry; positive semi-definiteness by a Cholesky factorisation after adding
    1e-6 of the trace to the diagonal, which absorbs the round-off of float32 files and of rank-deficient sets.
    """
    if not (np.all(np.isfinite(mu)) and np.all(np.isfinite(sigma))):
        raise FidguiError("stats_not_finite", name=name)
    scale = float(np.max(np.abs(sigma))) if sigma.size else 0.0
    asymmetry = float(np.max(np.abs(sigma - sigma.T))) if sigma.size else 0.0
    if asymmetry > 1e-5 * scale:
        raise FidguiError("stats_covariance_not_symmetric", name=name, difference=f"{asymmetry:.3g}")
    symmetric = (sigma + sigma.T) / 2
    slack = 1e-6 * float(np.sum(np.abs(np.diag(symmetric)))) + np.finfo(np.float64).tiny
    try:
        np.linalg.cholesky(symmetric + slack * np.eye(len(symmetric)))
    except np.linalg.LinAlgError:
        smallest = float(np.linalg.eigvalsh(symmetric)[0])
        raise FidguiError("stats_covariance_not_psd", name=name, eigenvalue=f"{smallest:.3g}") from None
