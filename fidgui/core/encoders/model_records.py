"""What this profile knows about model files: fidgui's own conversion records, and verdicts already reached.

A conversion record says "fidgui itself built the network with this digest from
weights whose SHA-256 it computed": it is what lets a model be called the standard
network (``inception.model_check``), and no edited model file can bring one along.
Verdicts remember that a file version was checked, so 95 MB is not hashed and
probed on every run; a replaced or edited file has a different key and is checked again.
Both live in the profile; a damaged or missing file only means checking again.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from fidgui.core.base.atomic_files import write_text_atomically
from fidgui.core.base.user_dirs import data_dir
from fidgui.core.encoders.inception.graph import ModelInfo, validate_onnx_model
from fidgui.core.encoders.inception.model_check import judge
from fidgui.core.encoders.verdict_file import VerdictFile, file_version, read_json_object

_validated: dict[str, tuple[str, str, str, bool]] = {}
_VERDICTS = VerdictFile("validated-models.json")
_FACT_NAMES = ("sha256", "weights_sha256", "network_sha256", "claims_standard")


CONVERSIONS_FILENAME = "conversions.json"


def conversions_path() -> Path:
    return data_dir() / "models" / CONVERSIONS_FILENAME


def application_models_dir() -> Path:
    """``models/`` beside the program: the executable's folder when frozen, the checkout otherwise."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / "models"
    return Path(__file__).resolve().parents[3] / "models"


def conversions() -> dict[str, str]:
    """Network digest -> SHA-256 of the weights fidgui converted it from: this profile's records, and those the
    installer placed beside the program (as trusted as the program itself: whoever can write there can replace it)."""
    records = {**read_json_object(application_models_dir() / CONVERSIONS_FILENAME), **read_json_object(conversions_path())}
    return {k: v for k, v in records.items() if isinstance(k, str) and isinstance(v, str)}


def record_conversion(network_sha256: str, weights_sha256: str) -> None:
    """Remember a conversion fidgui just made itself; a failure to write only costs the 'standard' label."""
    records = conversions()
    records[network_sha256] = weights_sha256
    try:
        write_text_atomically(conversions_path(), json.dumps(records, indent=1))
    except OSError:
        pass


def checked(path: Path) -> ModelInfo:
    """Validate once per file version; the verdict's facts are kept, the judgement is made again each time.

    The key is the file's path, size, modification time and inode. What is remembered is
    what the check found (hashes, digest, whether the metadata's claim held); whether it is
    the standard network is decided now, from the conversion records as they are now.
    """
    key = file_version(path)
    if key not in _validated:
        facts = _facts(_VERDICTS.recall(key))
        if facts is None:
            info = validate_onnx_model(path, conversions())
            facts = (info.sha256, info.weights_sha256, info.network_sha256, info.claims_standard)
            _VERDICTS.remember(key, path, dict(zip(_FACT_NAMES, facts)))
        _validated[key] = facts
    sha256, weights_sha256, network_sha256, claims = _validated[key]
    return judge(path, sha256, weights_sha256, network_sha256, claims, conversions())


def forget_verdicts() -> None:
    """A new process, as far as verdicts go (tests use it)."""
    _validated.clear()


def _facts(remembered: Any) -> tuple[str, str, str, bool] | None:
    if not isinstance(remembered, dict):
        return None
    values = (remembered.get("sha256"), remembered.get("weights_sha256"), remembered.get("network_sha256"))
    if not all(isinstance(value, str) for value in values) or not isinstance(remembered.get("claims_standard"), bool):
        return None
    return (*values, remembered["claims_standard"])  # type: ignore[return-value]
