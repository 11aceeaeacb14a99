"""The checks of the networks beside Inception (DINOv2, CLIP), remembered in the profile per file version.

The window checks every installed model at each start, as a run does: it runs the model
on probe images and hashes the file. For the published DINOv2 ViT-L/14 or CLIP ViT-L/14-336
(over a gigabyte each) that is seconds of both cores at every start, for an answer that only
changes when the file does. Inception's verdicts were already kept (``model_records``); these
are kept the same way. The key is the file version (path, size, modification time, inode) and
the declaration it was checked against (name, input size, each kept output's width), so a
replaced or edited file, or another declaration of the network, is checked again. Only the
facts the check found are kept (the file's SHA-256 and the weights' SHA-256 it claims); whether
it is fidgui's own conversion, and so standard, is judged again each time. A damaged or missing
record only means checking again.
"""

from __future__ import annotations

from pathlib import Path

from fidgui.core.encoders.protocol import Encoder
from fidgui.core.encoders.verdict_file import VerdictFile, file_version

VERDICTS = VerdictFile("validated-encoder-models.json")
Facts = tuple[str, str]
"""(the model file's SHA-256, the weights' SHA-256 its metadata claims)."""


def verdict_key(path: Path, encoder: Encoder) -> str:
    """The file version and the declaration it is checked against: any change to either means a new check."""
    outputs = ",".join(f"{name}={width}" for name, width in sorted(encoder.kept_outputs.items()))
    return f"{encoder.name}|{encoder.input_size}|{outputs}|{file_version(path)}"


def recalled(key: str) -> Facts | None:
    """What an earlier check of this very file version found, or None when it has to be checked."""
    entry = VERDICTS.recall(key) or {}
    sha256, claimed = entry.get("sha256"), entry.get("weights_sha256")
    return (sha256, claimed) if isinstance(sha256, str) and isinstance(claimed, str) else None


def remember(key: str, path: Path, facts: Facts) -> None:
    """Keep a passed check; records of files that are gone are dropped. A failure to write only costs a re-check."""
    VERDICTS.remember(key, path, {"sha256": facts[0], "weights_sha256": facts[1]})
