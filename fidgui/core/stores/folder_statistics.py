"""Whole-folder statistics, remembered so an unchanged folder costs one directory listing, not a network pass.

An entry is keyed by a fingerprint of the folder's listing (relative paths, sizes, modification
times), the encoder and the output its statistics describe, the weights' hash, the mode and the
decode policy: an unchanged 10,000-image reference folder costs one listing instead of 10,000 file
reads. Its mean and covariance are kept bit for bit (float64) with their width, beside the
caller's summary of the run that made them (skips, notes, counts).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any, Mapping

import numpy as np

from fidgui.core.images.discovery import folder_fingerprint  # noqa: F401  (the listing's fingerprint; re-exported)
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.stores.cache_database import CacheDatabase
from fidgui.core.stores.sqlite_store import write_transaction

_FLOAT64 = np.dtype("<f8")


@dataclass(frozen=True)
class FolderKey:
    """Everything that decides a folder's statistics: its listing, the network output, the weights, the
    preprocessing and the decoding."""

    fingerprint: str
    encoder: str
    output: str
    model_sha256: str
    mode: str
    decode: str


@dataclass(frozen=True)
class FolderRecord:
    """Whole-folder statistics and the caller's summary of the run that made them (skips, notes, counts)."""

    statistics: FeatureStatistics
    summary: dict[str, Any] = field(default_factory=dict)


_KEY_COLUMNS = "fingerprint = ? AND encoder = ? AND output = ? AND model_sha256 = ? AND mode = ? AND decode = ?"


def _key_values(key: FolderKey) -> tuple[str, ...]:
    return (key.fingerprint, key.encoder, key.output, key.model_sha256, key.mode, key.decode)


class FolderStatisticsStore(CacheDatabase):
    """Whole-folder statistics in the cache database; see the module docstring."""

    def folder_record_get(self, key: FolderKey) -> FolderRecord | None:
        """The statistics and summary stored for this exact listing, output, weights, mode and decoding, if any."""

        def work(connection: sqlite3.Connection) -> FolderRecord | None:
            row = connection.execute(
                f"SELECT id, n, dims, summary, mu, sigma FROM folder_statistics WHERE {_KEY_COLUMNS}", _key_values(key)
            ).fetchone()
            if row is None:
                return None
            row_id, n, dims, summary, mu_blob, sigma_blob = row
            if len(mu_blob) != dims * 8 or len(sigma_blob) != dims * dims * 8:
                return None
            try:
                summary_dict = json.loads(summary)
            except ValueError:
                return None
            mu = np.frombuffer(mu_blob, dtype=_FLOAT64).astype(np.float64)
            sigma = np.frombuffer(sigma_blob, dtype=_FLOAT64).astype(np.float64).reshape(dims, dims)
            self._touch(connection, "folder_statistics", [row_id])
            statistics = FeatureStatistics(mu, sigma, None if n is None else int(n), key.mode, key.model_sha256,
                                           key.encoder)
            return FolderRecord(statistics, summary_dict if isinstance(summary_dict, dict) else {})

        return self._attempt(work, None)

    def folder_statistics_get(self, key: FolderKey) -> FeatureStatistics | None:
        record = self.folder_record_get(key)
        return None if record is None else record.statistics

    def folder_statistics_put(
        self, key: FolderKey, statistics: FeatureStatistics, summary: Mapping[str, Any] | None = None
    ) -> bool:
        """Remember a folder's statistics (bit for bit, float64) and a JSON-able summary; True when stored."""
        mu = np.asarray(statistics.mu)
        sigma = np.asarray(statistics.sigma)
        if mu.ndim != 1 or sigma.shape != (mu.size, mu.size):
            raise ValueError(f"mu {mu.shape} and sigma {sigma.shape} do not fit together")
        mu_blob = np.ascontiguousarray(mu, dtype=_FLOAT64).tobytes()
        sigma_blob = np.ascontiguousarray(sigma, dtype=_FLOAT64).tobytes()
        summary_text = json.dumps(dict(summary or {}), default=str)  # ASCII: undecodable names as \udcXX escapes
        nbytes = len(mu_blob) + len(sigma_blob) + len(summary_text)

        def work(connection: sqlite3.Connection) -> bool:
            with write_transaction(connection):
                tick = self._tick(connection)
                connection.execute(
                    "INSERT INTO folder_statistics (fingerprint, encoder, output, model_sha256, mode, decode, n, "
                    "dims, summary, nbytes, mu, sigma, created, last_used) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                    "ON CONFLICT (fingerprint, encoder, output, model_sha256, mode, decode) DO UPDATE SET "
                    "n = excluded.n, dims = excluded.dims, summary = excluded.summary, nbytes = excluded.nbytes, "
                    "mu = excluded.mu, sigma = excluded.sigma, last_used = excluded.last_used",
                    (*_key_values(key), statistics.n, int(mu.size), summary_text, nbytes, mu_blob, sigma_blob,
                     tick, tick),
                )
            self._evict_if_over(connection)
            return True

        return self._attempt(work, False)
