"""The legacy (pre-zip, protocol 1001) ``torch.save`` container: five pickles, then each storage's bytes.

The standard FID weights use it: a magic number, the protocol, system information,
the state dict (whose tensors name storages by persistent id) and the list of
storage keys, followed by every storage as an 8-byte element count and its raw
bytes. Everything is checked in that order, and the tensor records are handed to
the caller's layout check before a single storage byte is read.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

from fidgui.core.encoders.torch_reader.hashing import HashingReader, read_exactly
from fidgui.core.encoders.torch_reader.pickles import read_one
from fidgui.core.encoders.torch_reader.problems import (
    BeyondFile,
    Mismatch,
    NotTorch,
    ReaderProblem,
    Tampering,
    UnsafeName,
    UnsupportedWriter,
    incomplete,
)
from fidgui.core.encoders.torch_reader.records import StorageRef
from fidgui.core.encoders.torch_reader.state import RecordCheck, StateDict, state_records
from fidgui.core.encoders.torch_reader.views import check_budget, read_tensors

LEGACY_MAGIC = 0x1950A86A20F9469CFC6C
LEGACY_PROTOCOL = 1001
ABSURD_SIZE = 1 << 40


def read_legacy(path: Path, reader: HashingReader, check: RecordCheck | None) -> StateDict:
    stream = io.BufferedReader(reader, buffer_size=1 << 16)
    total = reader.total
    storages: dict[str, StorageRef] = {}

    def next_pickle() -> object:
        return read_one(stream, total - stream.tell(), total, storages)

    try:
        magic = next_pickle()
    except (UnsafeName, Tampering):
        raise
    except (ReaderProblem, Exception):  # any other garbage at the start is simply "not a torch file"
        magic = None
    if type(magic) is not int or magic != LEGACY_MAGIC:
        raise NotTorch()
    protocol = next_pickle()
    system = next_pickle()
    if (type(protocol) is not int or protocol != LEGACY_PROTOCOL or type(system) is not dict
            or system.get("little_endian") is not True):
        raise UnsupportedWriter()
    records = state_records(next_pickle())
    if check is not None:
        check(records)  # names and shapes against the architecture, before any storage is read
    keys = next_pickle()
    if type(keys) is not list or not all(type(key) is str for key in keys) or sorted(keys) != sorted(storages):
        raise Mismatch()
    expected_size = stream.tell() + sum(8 + storages[key].nbytes for key in keys)
    if expected_size > ABSURD_SIZE:
        raise BeyondFile()  # not a download cut short: no weights file was ever a terabyte
    if total < expected_size:
        raise incomplete(path, total, expected_size)
    check_budget(records, total)

    def fill(ref: StorageRef, buffer: memoryview) -> None:  # called in the order of ``keys``, the file's order
        head = stream.read(8)
        if len(head) < 8:
            raise incomplete(path, total, expected_size)
        if struct.unpack("<q", head)[0] != ref.numel:
            raise Mismatch()
        if read_exactly(stream, buffer) < ref.nbytes:
            raise incomplete(path, total, expected_size)

    tensors = read_tensors(records, keys, storages, fill)
    return StateDict(tensors, reader.hexdigest())
