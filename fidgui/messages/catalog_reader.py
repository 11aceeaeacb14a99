"""English sentences of the restricted torch reader's refusals when the file was read for a named network.

``read_state_dict(..., network="DINOv2")`` turns the generic refusals of ``catalog_weights``
(which ask for the standard FID Inception file) into these ``<code>_for`` codes, which ask
for the file of the network the user meant; ``{network}`` is a network's proper name.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "weights_not_torch_for": "The file {path} is not a PyTorch weights file. Choose the official {network} weights "
                             "file.",
    "weights_runs_code_for": "The file {path} asks to run code ({name}) when opened, which a weights file never "
                             "needs, so fidgui refused to open it. Use the official {network} weights file from a "
                             "source you trust.",
    "weights_tampered_for": "The file {path} changes {what} after creating it, which a genuine weights file never "
                            "does, so fidgui refused to open it. Use the official {network} weights file from a "
                            "source you trust.",
    "weights_unsupported_writer_for": "The weights file {path} was written by a PyTorch version or on a machine that "
                                      "fidgui cannot read. Use the official {network} weights file instead.",
    "weights_not_state_dict_for": "The file {path} is a PyTorch file but not a plain set of weights (a state dict). "
                                  "Choose the official {network} weights file.",
}
