"""Decide whether an ONNX file may be used, and what it may be called: the FID network, and the standard one or not.

A model file's metadata is only a claim: anyone can edit it to say "built from the
standard weights". So fidgui calls a model the standard FID network only when all
three hold:

1. its metadata claims the standard weights' SHA-256 (and ``fidgui.standard``);
2. the network digest recomputed now from its operators and initializers equals
   the digest the converter recorded in it (so the network was not edited);
3. this profile's model store holds fidgui's own record of converting a network
   with exactly that digest from weights whose SHA-256 fidgui computed itself and
   found to be the standard one (``conversions``).

The first two alone prove nothing (the digest's recipe is public); the third is what
no edited file can bring along. A model converted elsewhere still works, with its
claimed weights hash shown as unverified, and never counts as standard.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Mapping

import onnx
from onnx import TensorProto

from fidgui.core.base.errors import Message, ModelError
from fidgui.core.encoders.inception.graph import (
    INPUT_SIZE,
    META_NETWORK_SHA256,
    META_STANDARD,
    META_WEIGHTS_SHA256,
    OUTPUT_SHAPES,
    ModelInfo,
)
from fidgui.core.encoders.inception.file_digest import network_digest_of_file
from fidgui.core.encoders.inception.model_limits import (
    MAX_MODEL_BYTES,
    GraphRefused,
    check_activation_sizes,
    check_graph_limits,
)
from fidgui.core.encoders.inception.model_probe import probe_outputs
from fidgui.core.encoders.inception import weights as inception_weights


def validate_onnx_model(path: Path, conversions: Mapping[str, str]) -> ModelInfo:
    """Make sure ``path`` is the FID network's shape of model, bounded and working, and say what it holds.

    ``conversions`` maps network digests to the weights SHA-256 fidgui converted them from in this profile.
    """
    content = _read(path)
    try:
        model = onnx.load_from_string(content)
        # The file's own bytes: given the parsed model, the checker serialises it again, holding the GIL for
        # 0.27 s of a 95 MB model, and the window, whose painting needs the GIL, stalls that long.
        onnx.checker.check_model(content)
    except Exception:  # protobuf and checker errors have no common base class
        raise ModelError("model_damaged", path=str(path)) from None
    try:
        check_graph_limits(model)
        _check_signature(model)
        check_activation_sizes(model)
        metadata = {prop.key: prop.value for prop in model.metadata_props}
        digest = network_digest_of_file(content, model, metadata.get(META_NETWORK_SHA256))
        probe_outputs(content, digest, INPUT_SIZE, OUTPUT_SHAPES)
    except GraphRefused as refused:
        raise ModelError("model_refused", path=str(path), reason=refused.reason) from None
    file_sha256 = hashlib.sha256(content).hexdigest()
    claimed = metadata.get(META_WEIGHTS_SHA256, file_sha256)
    claims_standard = (claimed == inception_weights.STANDARD_WEIGHTS_SHA256 and metadata.get(META_STANDARD) == "true"
                       and metadata.get(META_NETWORK_SHA256) == digest)
    return judge(path, file_sha256, claimed, digest, claims_standard, conversions)


def judge(path: Path, sha256: str, weights_sha256: str, network_sha256: str, claims_standard: bool,
          conversions: Mapping[str, str]) -> ModelInfo:
    """The verdict from checked facts and this profile's conversion records (which may change after a check)."""
    verified = conversions.get(network_sha256) == weights_sha256
    standard = claims_standard and verified and weights_sha256 == inception_weights.STANDARD_WEIGHTS_SHA256
    return ModelInfo(Path(path), sha256, weights_sha256, standard, network_sha256, verified, claims_standard)


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_MODEL_BYTES:
            raise ModelError("model_too_large", path=str(path), size_mb=f"{size / 1e6:.0f}",
                             limit_mb=f"{MAX_MODEL_BYTES / 1e6:.0f}")
        with open(path, "rb") as stream:
            return stream.read(MAX_MODEL_BYTES + 1)
    except OSError as error:
        raise ModelError("model_unreadable", path=str(path), reason=error.strerror or str(error)) from None


def _check_signature(model: onnx.ModelProto) -> None:
    initializers = {init.name for init in model.graph.initializer}
    inputs = [value for value in model.graph.input if value.name not in initializers]
    outputs = {value.name: value for value in model.graph.output}
    if len(inputs) != 1 or not _fits(inputs[0], [3, INPUT_SIZE, INPUT_SIZE]):
        raise GraphRefused(Message("model_problem_input", {"size": INPUT_SIZE}))
    for name, width in OUTPUT_SHAPES.items():
        if name not in outputs or not _fits(outputs[name], [width]):
            raise GraphRefused(Message("model_problem_output", {"name": name, "width": width}))


def _fits(value: onnx.ValueInfoProto, trailing: list[int]) -> bool:
    """A float32 tensor of the given trailing dimensions after any batch dimension (fixed or named)."""
    tensor = value.type.tensor_type
    if tensor.elem_type != TensorProto.FLOAT or not tensor.HasField("shape"):
        return False
    dims = tensor.shape.dim
    if len(dims) != len(trailing) + 1:
        return False
    return all(dim.HasField("dim_value") and dim.dim_value == size for dim, size in zip(dims[1:], trailing))
