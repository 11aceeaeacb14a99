"""The feature cache: per-image outputs and whole-folder statistics in one SQLite file with one size bound.

The two stores are separate modules (:mod:`fidgui.core.stores.image_features`,
:mod:`fidgui.core.stores.folder_statistics`) on one database
(:mod:`fidgui.core.stores.cache_database`, tables in :mod:`fidgui.core.stores.cache_schema`),
because eviction weighs an image's vectors against a folder's covariance by last use.
Everything is keyed by encoder and output name, so any registered encoder shares the file.
"""

from __future__ import annotations

from fidgui.core.stores.cache_database import DEFAULT_MAX_BYTES, FILE_NAME
from fidgui.core.stores.folder_statistics import FolderKey, FolderRecord, FolderStatisticsStore, folder_fingerprint
from fidgui.core.stores.image_features import CachedFeatures, FeatureKey, ImageFeatureStore

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FILE_NAME",
    "CachedFeatures",
    "FeatureCache",
    "FeatureKey",
    "FolderKey",
    "FolderRecord",
    "folder_fingerprint",
]


class FeatureCache(ImageFeatureStore, FolderStatisticsStore):
    """Both stores on one connection; safe to share between threads and processes. Show :attr:`notices` to the
    person after a run: they say when the cache was damaged, rebuilt, or had to be turned off."""

    def __enter__(self) -> FeatureCache:
        return self
