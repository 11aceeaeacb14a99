"""Where the FID network comes from, where it is kept, and which file a run uses.

One converted model, ``fid_inception.onnx``, serves every run. It is looked for in
the user's data folder (where ``model import`` and ``model install`` put it) and
then in ``models/`` beside the application (where the installer puts it). A
``.pth`` or ``.onnx`` given for a single run is checked the same way and used for
that run only; a ``.pth`` is converted once into the cache, keyed by its hash.
"""

from __future__ import annotations

import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from fidgui.core.base.atomic_files import atomic_output, write_text_atomically
from fidgui.core.encoders.download import download_file
from fidgui.core.base.errors import Cancelled, ModelError
from fidgui.core.encoders.inception.graph import ModelInfo, build_inception_onnx, save_model_atomically, validate_onnx_model
from fidgui.core.encoders.inception.weights import (
    STANDARD_WEIGHTS_FILENAME,
    STANDARD_WEIGHTS_SHA256,
    STANDARD_WEIGHTS_SIZE,
    STANDARD_WEIGHTS_URL,
    load_fid_weights,
)
from fidgui.core.base.user_dirs import cache_dir, data_dir

MODEL_FILENAME = "fid_inception.onnx"
WEIGHTS_SUFFIX = ".pth"
ONNX_SUFFIX = ".onnx"

StageCallback = Callable[[str, int, "int | None"], None]
"""Called with (a sentence naming the stage, work done, work in all or None)."""

StopCheck = Callable[[], bool]

NO_MODEL_SENTENCE = (
    "No FID model is set up yet. Run 'fidgui-cli model install' to download it (95 MB), or "
    f"'fidgui-cli model import FILE' with {STANDARD_WEIGHTS_FILENAME} or a converted .onnx file "
    "brought on a USB stick; in the window, press Compare and follow the setup dialog."
)

_validated: dict[tuple[str, int, int], ModelInfo] = {}


def user_model_path() -> Path:
    return data_dir() / "models" / MODEL_FILENAME


def application_model_path() -> Path:
    """``models/`` beside the program: the executable's folder when frozen, the checkout otherwise."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / "models" / MODEL_FILENAME
    return Path(__file__).resolve().parents[3] / "models" / MODEL_FILENAME


def candidate_paths() -> list[Path]:
    return [user_model_path(), application_model_path()]


def _checked(path: Path) -> ModelInfo:
    """Validate once per file version; hashing and checking 95 MB on every run would cost half a second.

    The verdict is remembered in memory and in the cache folder, keyed by the file's path, size,
    modification time and inode: a replaced or edited model has a different key and is checked again.
    """
    stat = path.stat()
    key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{stat.st_ino}"
    if key not in _validated:
        remembered = _remembered_verdicts().get(key)
        if remembered is not None:
            _validated[key] = ModelInfo(path, remembered["sha256"], remembered["weights_sha256"], remembered["is_standard"])
        else:
            _validated[key] = validate_onnx_model(path)
            _remember_verdict(key, _validated[key])
    return _validated[key]


def _verdicts_path() -> Path:
    return cache_dir() / "validated-models.json"


def _remembered_verdicts() -> dict[str, dict[str, Any]]:
    try:
        verdicts = json.loads(_verdicts_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return verdicts if isinstance(verdicts, dict) else {}


def _remember_verdict(key: str, info: ModelInfo) -> None:
    verdicts = {k: v for k, v in _remembered_verdicts().items() if Path(k.split("|")[0]).exists()}
    verdicts[key] = {"sha256": info.sha256, "weights_sha256": info.weights_sha256, "is_standard": info.is_standard}
    try:
        write_text_atomically(_verdicts_path(), json.dumps(verdicts, indent=1))
    except OSError:
        pass  # only a speed-up: the next run checks the model again


@dataclass
class ModelStatus:
    """Which model a run would use, and why the others were passed over."""

    model: ModelInfo | None
    searched: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        lines: list[str] = []
        if self.model is None:
            lines.append(NO_MODEL_SENTENCE)
        else:
            lines.append(f"Model file: {self.model.path}")
            lines.append(f"Weights SHA-256: {self.model.weights_sha256}")
            lines.append(f"Model file SHA-256: {self.model.sha256}")
            if self.model.is_standard:
                lines.append("These are the standard FID weights (pt_inception-2015-12-05): results are comparable "
                             "with pytorch-fid and published FIDs.")
            else:
                lines.append(
                    "These are not the standard FID weights: results are only comparable with other results of this "
                    f"same model. Install the standard weights ({STANDARD_WEIGHTS_SHA256[:12]}...) for publishable FIDs."
                )
        lines.extend(self.problems)
        lines.append("Looked in: " + ", ".join(str(path) for path in self.searched))
        return lines


def model_status() -> ModelStatus:
    status = ModelStatus(model=None, searched=candidate_paths())
    for path in status.searched:
        if not path.is_file():
            continue
        try:
            info = _checked(path)
        except ModelError as error:
            status.problems.append(f"Passed over {path}: {error}")
            continue
        if status.model is None:
            status.model = info
    return status


def find_installed_model() -> ModelInfo | None:
    return model_status().model


def resolve_model_for_run(explicit: Path | None = None) -> ModelInfo:
    """The model a run uses: the one given for this run, else the installed one; raises ModelError."""
    if explicit is None:
        status = model_status()
        if status.model is None:
            raise ModelError(" ".join([NO_MODEL_SENTENCE, *status.problems]))
        return status.model
    explicit = Path(explicit)
    if not explicit.is_file():
        raise ModelError(f"The model file {explicit} was not found; check the path.")
    if explicit.suffix.lower() == ONNX_SUFFIX:
        return _checked(explicit)
    if explicit.suffix.lower() == WEIGHTS_SUFFIX:
        weights = load_fid_weights(explicit)
        converted = cache_dir() / "converted" / f"{weights.sha256}{ONNX_SUFFIX}"
        if not converted.is_file():
            save_model_atomically(build_inception_onnx(weights), converted)
        return _checked(converted)
    raise ModelError(_unknown_kind(explicit))


def _unknown_kind(path: Path) -> str:
    return (
        f"{path.name} is neither a weights file (.pth) nor an ONNX model (.onnx). Choose "
        f"{STANDARD_WEIGHTS_FILENAME} or a model converted by fidgui."
    )


def import_model(path: Path, progress: StageCallback | None = None, should_stop: StopCheck | None = None) -> ModelInfo:
    """Make ``path`` (weights or a converted model) the installed model; the old one stays until this succeeds."""
    path = Path(path)
    report = progress or (lambda stage, done, total: None)
    stop = should_stop or (lambda: False)
    target = user_model_path()
    if not path.is_file():
        raise ModelError(f"The file {path} was not found; check the path and try again.")
    if path.suffix.lower() == ONNX_SUFFIX:
        report("Checking the model", 0, None)
        info = validate_onnx_model(path)
        if stop():
            raise Cancelled()
        report("Copying the model", 0, None)
        with open(path, "rb") as source, atomic_output(target) as stream:
            shutil.copyfileobj(source, stream)
    elif path.suffix.lower() == WEIGHTS_SUFFIX:
        reading = "Reading and checking the weights"

        def on_bytes(done: int, total: int) -> None:
            if stop():
                raise Cancelled()
            report(reading, done, total)

        weights = load_fid_weights(path, progress=on_bytes)
        report("Building the network", 0, None)
        model = build_inception_onnx(weights)
        if stop():
            raise Cancelled()
        report("Saving the model", 0, None)
        save_model_atomically(model, target)
    else:
        raise ModelError(_unknown_kind(path))
    info = _checked(target)
    report("Done", 1, 1)
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
        progress=lambda done, total: report("Downloading the FID weights", done, total),
        should_stop=should_stop,
    )
    try:
        return import_model(weights, progress, should_stop)
    finally:
        weights.unlink(missing_ok=True)
