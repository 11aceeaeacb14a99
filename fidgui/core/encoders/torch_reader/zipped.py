"""The zip ``torch.save`` container (the default since PyTorch 1.6): ``data.pkl`` and a ``data/<key>`` per storage.

A zip entry states its own sizes, and a crafted archive can lie in any of them, so
every size is compared with the file's real size before anything is read: the
pickle's entry with the pickle cap, each storage's entry with what the pickle
declared, and all storages together with the file itself (``torch.save`` stores
entries uncompressed, so they can never add up to more).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import BinaryIO

import numpy as np

from fidgui.core.encoders.torch_reader.hashing import ByteProgress, HashingReader, read_exactly
from fidgui.core.encoders.torch_reader.pickles import MAX_PICKLE_BYTES, read_pickle_bytes, unpickle
from fidgui.core.encoders.torch_reader.problems import BeyondFile, HeaderTooLong, Mismatch, NotTorch
from fidgui.core.encoders.torch_reader.records import StorageRef
from fidgui.core.encoders.torch_reader.state import RecordCheck, StateDict, state_records
from fidgui.core.encoders.torch_reader.views import check_budget, read_tensors

ZIP_SIGNATURE = b"PK\x03\x04"


def read_zip(path: Path, raw: BinaryIO, total: int, progress: ByteProgress | None,
             check: RecordCheck | None) -> StateDict:
    """Hash the file in one pass, then read ``data.pkl`` and its storages from the archive."""
    raw.seek(0)
    sha256 = HashingReader(raw, total, progress).hexdigest()
    try:
        with zipfile.ZipFile(path) as archive:
            tensors = _read_archive(archive, total, check)
    except (zipfile.BadZipFile, KeyError, EOFError) as error:
        raise Mismatch() from error
    return StateDict(tensors, sha256)


def _read_archive(archive: zipfile.ZipFile, total: int, check: RecordCheck | None) -> dict[str, np.ndarray]:
    # torch names the top folder after the file's stem (older versions: "archive"); only its name is not fixed
    entries = [info for info in archive.infolist()
               if info.filename == "data.pkl" or info.filename.endswith("/data.pkl")]
    if len(entries) != 1:
        raise NotTorch()
    prefix = entries[0].filename[: -len("data.pkl")]
    if entries[0].file_size > MAX_PICKLE_BYTES:
        raise HeaderTooLong(MAX_PICKLE_BYTES)
    if prefix + "byteorder" in archive.namelist():
        byteorder = archive.getinfo(prefix + "byteorder")
        if byteorder.file_size > 16 or archive.read(byteorder) != b"little":
            raise Mismatch()
    content = archive.read(entries[0])
    pickled = read_pickle_bytes(io.BytesIO(content), len(content), total)
    storages: dict[str, StorageRef] = {}
    records = state_records(unpickle(pickled, storages, total))
    if check is not None:
        check(records)  # names and shapes against the architecture, before any storage is read
    if sum(ref.nbytes for ref in storages.values()) > total:
        raise BeyondFile()  # stored entries can never add up to more than the file; deflated ones are refused
    check_budget(records, total)

    def fill(ref: StorageRef, buffer: memoryview) -> None:
        entry = archive.getinfo(f"{prefix}data/{ref.key}")
        if entry.file_size != ref.nbytes:  # checked before reading: a zip entry can lie about its size
            raise Mismatch()
        with archive.open(entry) as stream:  # zipfile checks the entry's CRC as its last byte is read
            if read_exactly(stream, buffer) != ref.nbytes:
                raise Mismatch()

    return read_tensors(records, list(storages), storages, fill)
