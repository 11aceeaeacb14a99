"""Where the FID network comes from, where it is kept, and which file a run uses (and, through
:mod:`encoder_models`, the same for every other network: ``resolve_model_for_run(explicit, encoder="dinov2")``).

One converted model, ``fid_inception.onnx``, serves every run. It is looked for in
the user's data folder (where ``model import`` and ``model install`` put it) and
then in ``models/`` beside the application (where the installer puts it). A
``.pth`` or ``.onnx`` given for a single run is checked the same way and used for
that run only; a ``.pth`` is converted once into the cache, keyed by its hash.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from fidgui.core.base.atomic_files import atomic_output
from fidgui.core.base.errors import Cancelled, FidguiError, Message, ModelError
from fidgui.core.base.user_dirs import cache_dir, data_dir
from fidgui.core.encoders import converted_models, encoder_models, model_records
from fidgui.core.encoders.model_kinds import recognise_network
from fidgui.core.encoders.protocol import ModelFile
from fidgui.core.encoders.download import download_file
from fidgui.core.encoders.inception.graph import (
    META_NETWORK_SHA256,
    ModelInfo,
    build_inception_onnx,
    save_model_atomically,
    validate_onnx_model,
)
from fidgui.core.encoders.inception.weights import (
    STANDARD_WEIGHTS_FILENAME,
    STANDARD_WEIGHTS_SHA256,
    STANDARD_WEIGHTS_SIZE,
    STANDARD_WEIGHTS_URL,
    FidWeights,
    load_fid_weights,
)

MODEL_FILENAME = "fid_inception.onnx"
WEIGHTS_SUFFIX = ".pth"
ONNX_SUFFIX = ".onnx"

StageCallback = Callable[[Message, int, "int | None"], None]
"""Called with (the stage as a message, ``model_stage_*``, for the front end to word; work done; work in all or None)."""

StopCheck = Callable[[], bool]

_validated = model_records._validated  # kept for callers that reset it between simulated processes


def user_model_path() -> Path:
    return data_dir() / "models" / MODEL_FILENAME


def application_model_path() -> Path:
    """``models/`` beside the program: the executable's folder when frozen, the checkout otherwise."""
    return model_records.application_models_dir() / MODEL_FILENAME


def candidate_paths() -> list[Path]:
    return [user_model_path(), application_model_path()]


def _checked(path: Path) -> ModelInfo:
    return model_records.checked(path)


@dataclass
class ModelStatus:
    """Which model a run would use, and why the others were passed over (as messages the front end words)."""

    model: ModelInfo | None
    searched: list[Path] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)

    def messages(self) -> list[Message]:
        """The status as messages (``model_status_*``) the front end words in the reader's language."""
        found: list[Message] = []
        if self.model is None:
            found.append(Message("model_none_set_up"))
        else:
            found.append(Message("model_status_file", path=str(self.model.path)))
            verified = "model_status_weights" if self.model.weights_verified else "model_status_weights_unverified"
            found.append(Message(verified, sha256=self.model.weights_sha256))
            found.append(Message("model_status_model_sha256", sha256=self.model.sha256))
            if self.model.is_standard:
                found.append(Message("model_status_standard"))
            else:
                found.append(Message("model_status_not_standard", sha256=STANDARD_WEIGHTS_SHA256[:12]))
        found.extend(self.problems)
        found.append(Message("model_status_looked_in", paths=", ".join(str(path) for path in self.searched)))
        return found

    def lines(self, word: Callable[[Message], str]) -> list[str]:
        """The status as lines; ``word`` is the front end's renderer (``render``, ``say``)."""
        return [word(message) for message in self.messages()]


def model_status() -> ModelStatus:
    status = ModelStatus(model=None, searched=candidate_paths())
    for path in status.searched:
        if not path.is_file():
            continue
        try:
            info = _checked(path)
        except FidguiError as error:
            status.problems.append(Message("model_passed_over", {"path": str(path), "problem": error.message}))
            continue
        if status.model is None:
            status.model = info
    return status


@dataclass
class NetworkStatus:
    """One network beside Inception: its installed model (None: not set up) and why candidates were passed over."""

    encoder: str
    model: encoder_models.EncoderModel | None
    problems: list[Message] = field(default_factory=list)


def network_statuses() -> list[NetworkStatus]:
    """Every registered network other than Inception, in registration order (``fidgui-cli model status``)."""
    from fidgui.core.encoders.registry import DEFAULT_ENCODER, encoders

    statuses = []
    for encoder in encoders():
        if encoder.name != DEFAULT_ENCODER:
            model, problems = encoder_models.installed(encoder)
            statuses.append(NetworkStatus(encoder.name, model, problems))
    return statuses


def find_installed_model() -> ModelInfo | None:
    return model_status().model


def resolve_model_for_run(explicit: Path | None = None, encoder: str = "inception") -> ModelFile:
    """The model a run of ``encoder`` uses: the one given for this run, else the installed one; raises ModelError
    (for another network than Inception, one that names that network and how to set it up)."""
    if encoder != "inception":
        from fidgui.core.encoders.registry import get_encoder

        return encoder_models.resolve(explicit, get_encoder(encoder))
    if explicit is None:
        status = model_status()
        if status.model is None:
            if status.problems:
                raise ModelError("model_none_usable", problem=status.problems[0])
            raise ModelError("model_none_set_up")
        return status.model
    explicit = Path(explicit)
    if not explicit.is_file():
        raise ModelError("model_file_missing", path=str(explicit))
    if explicit.suffix.lower() == ONNX_SUFFIX:
        return _checked(explicit)
    if explicit.suffix.lower() == WEIGHTS_SUFFIX:
        weights = load_fid_weights(explicit)
        converted = converted_models.converted_path(weights.sha256)
        if converted.is_file():
            try:
                converted_models.mark_used(converted)
                return _checked(converted)
            except ModelError:
                pass  # a damaged conversion in the cache is made again, not reported forever
        _save_converted(weights, converted)
        converted_models.mark_used(converted)
        return _checked(converted)
    raise ModelError("model_unknown_kind", name=explicit.name)


def _save_converted(weights: FidWeights, target: Path) -> None:
    """Build, record (fidgui made this network from weights it hashed itself) and save the model."""
    model = build_inception_onnx(weights)
    save_model_atomically(model, target)
    metadata = {prop.key: prop.value for prop in model.metadata_props}
    model_records.record_conversion(metadata[META_NETWORK_SHA256], weights.sha256)


def import_model(
    path: Path, progress: StageCallback | None = None, should_stop: StopCheck | None = None, encoder: str | None = None
) -> ModelFile:
    """Make ``path`` (weights or a converted model) the installed model of its network (recognised by the file's
    structure unless ``encoder`` names it); the old one stays until this succeeds."""
    path = Path(path)
    report = progress or (lambda stage, done, total: None)
    stop = should_stop or (lambda: False)
    if not path.exists():
        raise ModelError("model_file_missing", path=str(path))
    network = encoder or recognise_network(path)
    if network != "inception":
        from fidgui.core.encoders.registry import get_encoder

        return encoder_models.import_model(path, get_encoder(network), progress, should_stop)
    target = user_model_path()
    if not path.is_file():
        raise ModelError("model_file_missing", path=str(path))
    if path.suffix.lower() == ONNX_SUFFIX:
        report(Message("model_stage_checking"), 0, None)
        validate_onnx_model(path, model_records.conversions())  # refused here leaves the installed model alone
        if stop():
            raise Cancelled()
        report(Message("model_stage_copying"), 0, None)
        with open(path, "rb") as source, atomic_output(target) as stream:
            shutil.copyfileobj(source, stream)
    elif path.suffix.lower() == WEIGHTS_SUFFIX:
        reading = Message("model_stage_reading")

        def on_bytes(done: int, total: int) -> None:
            if stop():
                raise Cancelled()
            report(reading, done, total)

        weights = load_fid_weights(path, progress=on_bytes)
        report(Message("model_stage_building"), 0, None)
        model = build_inception_onnx(weights)
        if stop():
            raise Cancelled()
        report(Message("model_stage_saving"), 0, None)
        save_model_atomically(model, target)
        metadata = {prop.key: prop.value for prop in model.metadata_props}
        model_records.record_conversion(metadata[META_NETWORK_SHA256], weights.sha256)
    else:
        raise ModelError("model_unknown_kind", name=path.name)
    info = _checked(target)
    report(Message("model_stage_done"), 1, 1)
    return info


def install_from_internet(
    progress: StageCallback | None = None,
    should_stop: StopCheck | None = None,
    *,
    url: str = STANDARD_WEIGHTS_URL,
    expected_sha256: str = STANDARD_WEIGHTS_SHA256,
) -> ModelInfo:
    """Download the standard weights (resuming a broken transfer), verify them, and install the model."""
    report = progress or (lambda stage, done, total: None)
    downloads = cache_dir() / "downloads"
    weights = download_file(
        url,
        downloads / STANDARD_WEIGHTS_FILENAME,
        expected_sha256=expected_sha256,
        expected_size=STANDARD_WEIGHTS_SIZE if expected_sha256 == STANDARD_WEIGHTS_SHA256 else None,  # caps the body
        progress=lambda done, total: report(Message("model_stage_downloading"), done, total),
        should_stop=should_stop,
    )
    try:
        return import_model(weights, progress, should_stop)
    finally:
        weights.unlink(missing_ok=True)
