"""Each image's network outputs, remembered so a folder goes through the network once, not every time.

An entry is keyed by what determines its outputs and nothing else: the SHA-256 of the file's bytes
(a renamed or moved file still hits, an edited one misses), the encoder and its weights' hash, the
preprocessing mode and the decode policy. Its outputs are stored one row each, by the encoder's
output name with their width, so any encoder's outputs fit without a schema change; a lookup asks
for the outputs and widths it needs, and an entry lacking one of them, or of another width, is a miss.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Iterable, Mapping

import numpy as np

from fidgui.core.stores.cache_database import CacheDatabase
from fidgui.core.stores.cache_schema import stored_bytes
from fidgui.core.stores.sqlite_store import chunks, write_transaction

_FLOAT32 = np.dtype("<f4")


@dataclass(frozen=True)
class FeatureKey:
    """Everything that decides an image's outputs: its bytes, the network and its weights, the preprocessing,
    the decoding."""

    content_sha256: str
    encoder: str
    model_sha256: str
    mode: str
    decode: str


@dataclass(frozen=True, eq=False)
class CachedFeatures:
    """One image's outputs by name (float32 vectors) and what the report needs to know about the picture.

    ``width`` and ``height`` are the size as opened, before EXIF rotation (``DecodedImage.original_size``);
    ``notes`` are the decoder's notes (``DecodedImage.notes``), so a cached image counts in the report
    exactly as a decoded one.
    """

    outputs: Mapping[str, np.ndarray]
    width: int
    height: int
    notes: tuple[str, ...] = ()


def _vector_bytes(array: np.ndarray, name: str) -> bytes:
    array = np.asarray(array)
    if array.ndim != 1 or array.size == 0 or array.dtype != np.float32:
        raise ValueError(f"output {name!r} must be a non-empty float32 vector, not {array.dtype} {array.shape}")
    return np.ascontiguousarray(array, dtype=_FLOAT32).tobytes()


def _vector(blob: bytes, dims: int, expected: int) -> np.ndarray | None:
    if dims != expected or len(blob) != dims * _FLOAT32.itemsize:
        return None
    return np.frombuffer(blob, dtype=_FLOAT32).astype(np.float32)


class ImageFeatureStore(CacheDatabase):
    """Per-image outputs in the cache database; see the module docstring."""

    def get_many(self, keys: Iterable[FeatureKey], widths: Mapping[str, int]) -> dict[FeatureKey, CachedFeatures]:
        """The cached outputs (``widths``: name -> width, all required) of those keys that have them."""
        wanted, widths = list(dict.fromkeys(keys)), dict(widths)
        if not wanted or not widths:
            return {}

        def work(connection: sqlite3.Connection) -> dict[FeatureKey, CachedFeatures]:
            groups: dict[tuple[str, str, str, str], list[str]] = {}
            for key in wanted:
                groups.setdefault((key.encoder, key.model_sha256, key.mode, key.decode), []).append(key.content_sha256)
            found: dict[FeatureKey, CachedFeatures] = {}
            hit_ids: list[int] = []
            for (encoder, model, mode, decode), digests in groups.items():
                for part in chunks(digests):
                    marks = ",".join("?" * len(part))
                    rows = connection.execute(
                        "SELECT id, content_sha256, width, height, notes FROM images WHERE encoder = ? AND "
                        f"model_sha256 = ? AND mode = ? AND decode = ? AND content_sha256 IN ({marks})",
                        (encoder, model, mode, decode, *part),
                    ).fetchall()
                    vectors = self._vectors(connection, [row[0] for row in rows], widths)
                    for row_id, digest, width, height, notes in rows:
                        outputs = vectors.get(row_id, {})
                        if len(outputs) != len(widths):
                            continue  # an output missing or of the wrong width: a miss, overwritten on the next put
                        try:
                            note_list = tuple(str(note) for note in json.loads(notes))
                        except (ValueError, TypeError):
                            continue
                        key = FeatureKey(digest, encoder, model, mode, decode)
                        found[key] = CachedFeatures(outputs, int(width), int(height), note_list)
                        hit_ids.append(row_id)
            self._touch(connection, "images", hit_ids)
            return found

        return self._attempt(work, {})

    @staticmethod
    def _vectors(
        connection: sqlite3.Connection, image_ids: list[int], widths: dict[str, int]
    ) -> dict[int, dict[str, np.ndarray]]:
        names = list(widths)
        vectors: dict[int, dict[str, np.ndarray]] = {}
        for part in chunks(image_ids, 400):
            ids, outputs = ",".join("?" * len(part)), ",".join("?" * len(names))
            rows = connection.execute(
                "SELECT image_id, output, dims, vector FROM image_outputs "
                f"WHERE image_id IN ({ids}) AND output IN ({outputs})",
                (*part, *names),
            )
            for image_id, output, dims, blob in rows:
                vector = _vector(blob, int(dims), widths[output])
                if vector is not None:
                    vectors.setdefault(image_id, {})[output] = vector
        return vectors

    def put_many(
        self, items: Mapping[FeatureKey, CachedFeatures] | Iterable[tuple[FeatureKey, CachedFeatures]]
    ) -> int:
        """Store a batch in one transaction (replacing entries with the same key); returns images written.

        Arrays of the wrong shape or type raise ValueError before anything is written: that is a bug in the
        caller, not damage to the cache.
        """
        pairs = list(items.items()) if isinstance(items, Mapping) else list(items)
        rows = []
        for key, features in pairs:
            if not features.outputs:
                raise ValueError("an image's entry needs at least one output")
            blobs = {name: _vector_bytes(array, name) for name, array in features.outputs.items()}
            vectors = [(name, len(blob) // _FLOAT32.itemsize, blob) for name, blob in blobs.items()]
            notes = json.dumps([str(note) for note in features.notes], ensure_ascii=False)
            nbytes = sum(stored_bytes(len(blob)) for _, _, blob in vectors) + len(notes)
            image = (key.content_sha256, key.encoder, key.model_sha256, key.mode, key.decode,
                     int(features.width), int(features.height), notes, nbytes)
            rows.append((image, vectors))
        if not rows:
            return 0

        def work(connection: sqlite3.Connection) -> int:
            with write_transaction(connection):
                tick = self._tick(connection)
                for image, vectors in rows:
                    (image_id,) = connection.execute(
                        "INSERT INTO images (content_sha256, encoder, model_sha256, mode, decode, width, height, "
                        "notes, nbytes, created, last_used) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                        "ON CONFLICT (content_sha256, encoder, model_sha256, mode, decode) DO UPDATE SET "
                        "width = excluded.width, height = excluded.height, notes = excluded.notes, "
                        "nbytes = excluded.nbytes, last_used = excluded.last_used RETURNING id",
                        (*image, tick, tick),
                    ).fetchone()
                    connection.execute("DELETE FROM image_outputs WHERE image_id = ?", (image_id,))
                    connection.executemany(
                        "INSERT INTO image_outputs (image_id, output, dims, vector) VALUES (?,?,?,?)",
                        [(image_id, name, dims, blob) for name, dims, blob in vectors],
                    )
            self._evict_if_over(connection)
            return len(rows)

        return self._attempt(work, 0)
