"""The models of the networks beside Inception (DINOv2, CLIP, a test's toy): installed, given per run, checked.

Each encoder keeps one converted model, ``<name>.onnx``, in the user's data folder (where
``model import`` puts it), else in ``models/`` beside the application. A weights file given for
a run is converted once into the cache, keyed by the weights' SHA-256, as Inception's are. The
network comes from the encoder's own ``read_weights`` and ``build_graph``; this module adds the
weights' hash to the model's metadata, records the conversion (so this profile knows the model
was built by fidgui from those weights) and checks a model by running it on two probe images:
every output the encoder keeps must come back with its declared width and finite values.

Nothing here runs unless a chosen metric needs the network: a user who only wants FID never
reaches it, and a missing model is an error that names the network and how to set it up.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np

from fidgui.core.base.errors import Cancelled, FidguiError, Message, ModelError
from fidgui.core.base.user_dirs import data_dir
from fidgui.core.encoders import converted_models, encoder_verdicts, model_records
from fidgui.core.encoders.protocol import Encoder

META_WEIGHTS_SHA256 = "fidgui.weights_sha256"
META_ENCODER = "fidgui.encoder"
PROBE_ROWS = 2
_CHUNK = 1 << 20
StageCallback = Callable[[Message, int, "int | None"], None]
_verdicts: dict[str, encoder_verdicts.Facts] = {}  # this process's, before the profile's


@dataclass(frozen=True)
class EncoderModel:
    """A checked model of one encoder (the encoder protocol's ``ModelFile``)."""

    path: Path
    sha256: str
    weights_sha256: str
    is_standard: bool
    encoder: str
    weights_verified: bool = False


def user_model_path(encoder: str) -> Path:
    return data_dir() / "models" / f"{encoder}.onnx"


def candidate_paths(encoder: str) -> list[Path]:
    return [user_model_path(encoder), model_records.application_models_dir() / f"{encoder}.onnx"]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def check_model(path: Path, encoder: Encoder) -> EncoderModel:
    """Run the model on two probe images and check every kept output; ModelError with a code otherwise.

    Once per file version: a passed check is remembered in the profile (``encoder_verdicts``), so a second
    start of the window does not run and hash a gigabyte again; whether the model is standard is judged now."""
    key = encoder_verdicts.verdict_key(path, encoder)
    if key not in _verdicts:
        facts = encoder_verdicts.recalled(key)
        if facts is None:
            facts = _probe(path, encoder)
            encoder_verdicts.remember(key, path, facts)
        _verdicts[key] = facts
    sha256, claimed = _verdicts[key]
    verified = model_records.conversions().get(sha256) == claimed
    return EncoderModel(path, sha256, claimed, verified and encoder.is_standard(claimed), encoder.name, verified)


def _probe(path: Path, encoder: Encoder) -> encoder_verdicts.Facts:
    """The check itself: (the file's SHA-256, the weights' SHA-256 its metadata claims) once every output is right."""
    import onnxruntime

    try:
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 4
        session = onnxruntime.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])
        metadata = dict(session.get_modelmeta().custom_metadata_map)  # no second reading of a 1 GB file
        size = encoder.input_size
        batch = np.random.default_rng(0).uniform(-1, 1, (PROBE_ROWS, 3, size, size)).astype(np.float32)
        names = [output.name for output in session.get_outputs()]
        values = dict(zip(names, session.run(names, {session.get_inputs()[0].name: batch})))
    except Exception as error:  # onnx and onnxruntime raise their own untyped errors
        detail = (str(error).strip().splitlines() or [type(error).__name__])[0][:200]
        raise ModelError("encoder_model_unusable", network=encoder.name, path=str(path), detail=detail) from None
    for name, width in encoder.kept_outputs.items():
        value = np.asarray(values.get(name))
        if value.shape != (PROBE_ROWS, width) or not np.isfinite(value).all():
            raise ModelError("encoder_model_wrong_output", network=encoder.name, path=str(path), output=name,
                             shape=str(list(value.shape)), width=width)
    sha256 = file_sha256(path)
    return sha256, metadata.get(META_WEIGHTS_SHA256, sha256)


def installed(encoder: Encoder) -> tuple[EncoderModel | None, list[Message]]:
    """The installed model a run would use, and why other candidates were passed over."""
    problems: list[Message] = []
    for path in candidate_paths(encoder.name):
        if path.is_file():
            try:
                return check_model(path, encoder), problems
            except FidguiError as error:
                problems.append(Message("model_passed_over", {"path": str(path), "problem": error.message}))
    return None, problems


def resolve(explicit: Path | None, encoder: Encoder) -> EncoderModel:
    """The model a run of ``encoder`` uses: the file given for this run, else the installed one."""
    if explicit is None:
        model, problems = installed(encoder)
        if model is None:
            raise ModelError("encoder_model_not_set_up", network=encoder.name,
                             problem=problems[0] if problems else Message("encoder_model_not_found"))
        return model
    explicit = Path(explicit)
    if not explicit.exists():
        raise ModelError("model_file_missing", path=str(explicit))
    if explicit.suffix.lower() == ".onnx":
        return check_model(explicit, encoder)
    weights = encoder.read_weights(explicit, None)
    target = converted_models.converted_path(weights_sha256(weights, explicit, encoder.name))
    if not target.is_file():
        convert(weights, explicit, encoder, target)
    converted_models.mark_used(target)
    return check_model(target, encoder)


def weights_sha256(weights: Any, source: Path, network: str) -> str:
    """The weights' SHA-256: what the encoder's reader computed (``.sha256``), else the file's own (a model
    folder's ``model.safetensors``, the Hugging Face layout)."""
    known = getattr(weights, "sha256", None)
    if isinstance(known, str) and known:
        return known
    source = Path(source)
    for candidate in (source, source / "model.safetensors"):
        if candidate.is_file():
            return file_sha256(candidate)
    raise ModelError("encoder_weights_unhashed", network=network, path=str(source))


def convert(weights: Any, source: Path, encoder: Encoder, target: Path,
            stop: Callable[[], bool] = lambda: False) -> None:
    """Build the network, stamp it with the weights' hash and the encoder, save it atomically, record it."""
    from fidgui.core.encoders.inception.graph import save_model_atomically

    model = encoder.build_graph(weights)
    digest = weights_sha256(weights, source, encoder.name)
    for key, value in ((META_WEIGHTS_SHA256, digest), (META_ENCODER, encoder.name)):
        prop = model.metadata_props.add()
        prop.key, prop.value = key, value
    if stop():
        raise Cancelled()
    save_model_atomically(model, target)
    model_records.record_conversion(file_sha256(target), digest)


def import_model(path: Path, encoder: Encoder, progress: StageCallback | None = None,
                 should_stop: Callable[[], bool] | None = None) -> EncoderModel:
    """Make ``path`` (the encoder's weights, or a converted ``.onnx``) its installed model; the old one stays
    until this succeeds."""
    report = progress or (lambda stage, done, total: None)
    stop = should_stop or (lambda: False)
    target = user_model_path(encoder.name)
    network = encoder.name
    if Path(path).suffix.lower() == ".onnx":
        report(Message("model_stage_checking_network", network=network), 0, None)
        check_model(Path(path), encoder)
        report(Message("model_stage_copying_network", network=network), 0, None)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(target.name + ".part")
        with open(path, "rb") as source, open(temporary, "wb") as copy:
            while chunk := source.read(_CHUNK):
                if stop():
                    copy.close()
                    temporary.unlink(missing_ok=True)
                    raise Cancelled()
                copy.write(chunk)
        os.replace(temporary, target)
    else:
        def on_bytes(done: int, total: int) -> None:
            if stop():
                raise Cancelled()
            report(Message("model_stage_reading_network", network=network), done, total)

        weights = encoder.read_weights(Path(path), on_bytes)
        report(Message("model_stage_building_network", network=network), 0, None)
        target.parent.mkdir(parents=True, exist_ok=True)
        built = target.with_name(target.name + ".new")  # checked before it replaces the installed model
        try:
            convert(weights, Path(path), encoder, built, stop)
            check_model(built, encoder)
            os.replace(built, target)
        finally:
            built.unlink(missing_ok=True)
    info = check_model(target, encoder)
    report(Message("model_stage_done"), 1, 1)
    return info


def forget_verdicts() -> None:
    """A new process, as far as checked models go (tests use it); the profile's records stay."""
    _verdicts.clear()
