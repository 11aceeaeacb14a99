"""Save a built ONNX graph as one file, or beside an external-data file when protobuf could not hold it.

Protobuf refuses a message over 2 GB, and DINOv2 ViT-g/14's graph holds 4.5 GB of weights. ONNX's
answer is external data: the ``.onnx`` file keeps the graph and, for each large initializer, the
name of a data file, an offset and a length. ``save_model`` writes a graph whose weights exceed
``EXTERNAL_DATA_THRESHOLD`` that way, and every smaller one as the usual single file.

Both files are written atomically (``atomic_output``). The data file's name carries a random
token and the ``.onnx`` is replaced last, so a crash part-way leaves the previous model whole
(plus at most an unreferenced data file), never a graph pointing into the wrong bytes; the
previous model's data file is removed once the new graph is in place.

onnxruntime finds the data through the graph's path: open the session on the file's path
(``InferenceSession(str(path))``), not on its bytes. ``load_model`` reads both back into one
``ModelProto`` (onnx refuses a location outside the model's folder).
"""

from __future__ import annotations

import contextlib
import secrets
from pathlib import Path

import onnx
from onnx.external_data_helper import set_external_data

from fidgui.core.base.atomic_files import atomic_output

EXTERNAL_DATA_THRESHOLD = 1_800_000_000
"""Weights beyond this many bytes go to a data file: 200 MB below protobuf's 2 GiB, for the graph itself
and protobuf's own framing. ViT-L/14 (1.2 GB) and CLIP ViT-L/14-336 (1.2 GB) stay single files."""

SMALLEST_EXTERNAL = 1024
"""Initializers smaller than this (shapes, indices, scalars) stay inside the graph, as onnx's own saver does."""

ALIGNMENT = 4096
"""Each tensor starts on a page boundary in the data file, so onnxruntime may map it rather than copy it."""


def weight_bytes(model: onnx.ModelProto) -> int:
    """The bytes of the graph's initializers, the part of the model that can pass protobuf's limit."""
    return sum(len(tensor.raw_data) for tensor in model.graph.initializer)


def save_model(model: onnx.ModelProto, path: Path, threshold: int = EXTERNAL_DATA_THRESHOLD) -> list[Path]:
    """Write ``model`` to ``path``; beyond ``threshold`` bytes of weights, with an external data file beside it.

    Returns the files written (the ``.onnx`` first). With external data, the weights are moved out
    of ``model`` into the data file as they are written, so no second copy of them is ever held;
    ``model`` then refers to that file and is saved, not reusable in memory (``load_model`` it).
    """
    path = Path(path)
    if weight_bytes(model) <= threshold:
        with atomic_output(path) as stream:
            stream.write(model.SerializeToString())
        _remove_data_files(path, keep=None)
        return [path]
    data_path = path.with_name(f"{path.name}.{secrets.token_hex(4)}.data")
    try:
        with atomic_output(data_path) as stream:
            _move_weights(model, stream, data_path.name)
        with atomic_output(path) as stream:
            stream.write(model.SerializeToString())
    except BaseException:
        with contextlib.suppress(OSError):
            data_path.unlink()
        raise
    _remove_data_files(path, keep=data_path)
    return [path, data_path]


def load_model(path: Path) -> onnx.ModelProto:
    """A model saved by ``save_model``, its external data (if any) read back into it."""
    return onnx.load(str(path), load_external_data=True)


def data_files(path: Path) -> list[Path]:
    """The external data files ``save_model`` may have written for ``path`` (the current one and leftovers)."""
    path = Path(path)
    return sorted(path.parent.glob(f"{path.name}.*.data"))


def _move_weights(model: onnx.ModelProto, stream: object, location: str) -> None:
    offset = 0
    for tensor in model.graph.initializer:
        size = len(tensor.raw_data)
        if size < SMALLEST_EXTERNAL:
            continue
        padding = -offset % ALIGNMENT
        stream.write(b"\0" * padding)  # type: ignore[attr-defined]
        offset += padding
        stream.write(tensor.raw_data)  # type: ignore[attr-defined]
        set_external_data(tensor, location=location, offset=offset, length=size)
        tensor.data_location = onnx.TensorProto.EXTERNAL
        tensor.ClearField("raw_data")
        offset += size


def _remove_data_files(path: Path, keep: Path | None) -> None:
    for old in data_files(path):
        if old != keep:
            with contextlib.suppress(OSError):
                old.unlink()
