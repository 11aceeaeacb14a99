"""Set up one named network's model from a file the person chose, refusing a file of another network.

A setup dialog for one network (DINOv2 for FD_DINOv2, CLIP for CMMD, Inception for FID) fixes the
network it installs. Handing any file to that network's reader would refuse a file of another network
with a sentence about a missing tensor, which does not say what went wrong; recognising the file
(``model_import`` would do so) would install it silently as the other network. Here the file is judged
by its structure first (``model_kinds``) and a file of another network is refused with a sentence
naming both networks; nothing is installed and the installed model stays.
"""

from __future__ import annotations

from pathlib import Path

from fidgui.core.base.errors import Message, ModelError
from fidgui.core.encoders import model_store
from fidgui.core.encoders.model_kinds import network_by_structure
from fidgui.core.encoders.protocol import ModelFile


def network_of(path: Path, network: str) -> str:
    """The network ``path`` is by its structure; a folder that is no model at all is left to ``network``'s
    own reader, which says which of its files is missing."""
    try:
        return network_by_structure(path)
    except ModelError:
        return network


def import_for_network(path: Path, network: str, progress: model_store.StageCallback | None = None,
                       should_stop: model_store.StopCheck | None = None) -> ModelFile:
    """Install ``path`` as ``network``'s model; ModelError ``netsetup_other_network`` for another network's file."""
    path = Path(path)
    if not path.exists():
        raise ModelError("model_file_missing", path=str(path))
    found = network_of(path, network)
    if found != network:
        raise ModelError("netsetup_other_network", path=str(path), wanted=Message(f"network_{network}"),
                         found=Message(f"network_{found}"))
    return model_store.import_model(path, progress, should_stop, encoder=network)
