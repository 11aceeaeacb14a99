"""The proper names of the networks, as a sentence shows them where the engine passes a registry name.

``render`` replaces a network parameter ("dinov2") with ``network_name_<name>``, so the
templates around it ("the {encoder} network", "{encoder} 网络") read naturally in every
language. A new network adds its name here and every message that names it follows.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "network_name_inception": "Inception",
    "network_name_dinov2": "DINOv2",
    "network_name_clip": "CLIP",
}
