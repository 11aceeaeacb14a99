"""The feature cache as one extraction sees it: keys for its encoder, weights, mode and decoding.

Looking up and storing take only an image's digest, so the pipeline never spells out a key, and
the outputs stored are exactly those the encoder keeps per image, with their widths.
"""

from __future__ import annotations

from typing import Protocol, Sequence

import numpy as np

from fidgui.core.encoders.protocol import Encoder
from fidgui.core.stores.feature_cache import CachedFeatures, FeatureCache, FeatureKey


class CacheableImage(Protocol):
    """What is stored beside an image's outputs (the pipeline's prepared item has these)."""

    digest: str | None
    width: int
    height: int
    notes: tuple[str, ...]


class CacheKeys:
    """Silent (``enabled`` False) without a cache, a usable one, or a known weights hash."""

    def __init__(
        self, cache: FeatureCache | None, encoder: Encoder, model_sha256: str | None, mode: str, decode: str
    ) -> None:
        self.cache = cache
        self.enabled = cache is not None and cache.available and model_sha256 is not None
        self.widths = encoder.kept_outputs
        self._parts = (encoder.name, model_sha256 or "", mode, decode)

    def key(self, digest: str) -> FeatureKey:
        return FeatureKey(digest, *self._parts)

    def lookup(self, digest: str) -> CachedFeatures | None:
        assert self.cache is not None
        return self.cache.get_many([self.key(digest)], self.widths).get(self.key(digest))

    def store(self, items: Sequence[CacheableImage], outputs: dict[str, np.ndarray]) -> None:
        """Remember the network's rows for ``items`` (row i belongs to item i)."""
        if not self.enabled or not items:
            return
        assert self.cache is not None
        self.cache.put_many(
            (self.key(item.digest or ""), CachedFeatures(
                {name: outputs[name][row] for name in self.widths}, item.width, item.height, item.notes
            ))
            for row, item in enumerate(items)
        )
