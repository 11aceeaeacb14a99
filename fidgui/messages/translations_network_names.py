"""The networks' proper names in each language (``catalog_network_names``).

They are names, kept as written in every language (GLOSSARY: the names of networks and
tools stay as they are); the templates around them add 网络 / 網路 / ネットワーク.
"""

from __future__ import annotations

_NAMES = {"network_name_inception": "Inception", "network_name_dinov2": "DINOv2", "network_name_clip": "CLIP"}

TRANSLATIONS: dict[str, dict[str, str]] = {language: dict(_NAMES) for language in ("zh_CN", "zh_TW", "ja")}
