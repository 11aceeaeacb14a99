"""The feature cache's tables, and the conversion of a cache written before encoders were named.

Format 2 keys every entry by encoder and output name and records each vector's width, so a
second network (DINOv2, CLIP) shares the file without a new column. Format 1 (fidgui before the
encoder protocol) had Inception's ``pool3`` and ``logits_unbiased`` as columns; it is converted in
place, inside the transaction that opens the file, so the hours of network time it holds are kept.
A file that cannot be converted is emptied and rebuilt, and the person is told (code
``feature_cache_rebuilt``), see :mod:`fidgui.core.stores.sqlite_store`.
"""

from __future__ import annotations

from fidgui.core.encoders.inception import INCEPTION, LOGITS_UNBIASED, POOL3
from fidgui.core.stores.sqlite_store import StoreSpec

FORMAT = 2
_FLOAT32_BYTES = 4
PAGE_BYTES = 4096  # SQLite's default page size; the schema keeps it
ROW_MARGIN = 100  # a row's header and cell pointer, beside its blob


def stored_bytes(length: int) -> int:
    """The pages a vector of ``length`` bytes occupies, in bytes: eviction weighs entries by this, and an
    estimate below the real cost would make one eviction pass delete far more than it needs to."""
    return (length + ROW_MARGIN + PAGE_BYTES - 1) // PAGE_BYTES * PAGE_BYTES


def _stored_bytes_sql(column: str) -> str:
    return f"((length({column}) + {ROW_MARGIN + PAGE_BYTES - 1}) / {PAGE_BYTES} * {PAGE_BYTES})"


# Small columns first, blobs last: the eviction scan never reads overflow pages.
_IMAGES = """CREATE TABLE images (
    id INTEGER PRIMARY KEY,
    content_sha256 TEXT NOT NULL,
    encoder TEXT NOT NULL,
    model_sha256 TEXT NOT NULL,
    mode TEXT NOT NULL,
    decode TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    notes TEXT NOT NULL,
    nbytes INTEGER NOT NULL,
    created REAL NOT NULL,
    last_used REAL NOT NULL
)"""
_IMAGE_OUTPUTS = """CREATE TABLE image_outputs (
    id INTEGER PRIMARY KEY,
    image_id INTEGER NOT NULL,
    output TEXT NOT NULL,
    dims INTEGER NOT NULL,
    vector BLOB NOT NULL
)"""
_FOLDER_STATISTICS = """CREATE TABLE folder_statistics (
    id INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    encoder TEXT NOT NULL,
    output TEXT NOT NULL,
    model_sha256 TEXT NOT NULL,
    mode TEXT NOT NULL,
    decode TEXT NOT NULL,
    n INTEGER,
    dims INTEGER NOT NULL,
    summary TEXT NOT NULL,
    nbytes INTEGER NOT NULL,
    created REAL NOT NULL,
    last_used REAL NOT NULL,
    mu BLOB NOT NULL,
    sigma BLOB NOT NULL
)"""
_INDEXES = (
    "CREATE UNIQUE INDEX images_key ON images (content_sha256, encoder, model_sha256, mode, decode)",
    "CREATE INDEX images_lru ON images (last_used)",
    "CREATE UNIQUE INDEX image_outputs_key ON image_outputs (image_id, output)",
    "CREATE UNIQUE INDEX folder_statistics_key "
    "ON folder_statistics (fingerprint, encoder, output, model_sha256, mode, decode)",
    "CREATE INDEX folder_statistics_lru ON folder_statistics (last_used)",
)

SCHEMA = (
    "CREATE TABLE meta (id INTEGER PRIMARY KEY CHECK (id = 1), clock REAL NOT NULL)",
    "INSERT INTO meta (id, clock) VALUES (1, 0)",
    _IMAGES,
    _IMAGE_OUTPUTS,
    _FOLDER_STATISTICS,
    *_INDEXES,
)


def _from_format_1() -> tuple[str, ...]:
    """Format 1 held only Inception outputs: each row becomes an image and its two named outputs."""
    encoder = INCEPTION.name
    copy_outputs = [
        f"INSERT INTO image_outputs (image_id, output, dims, vector) "
        f"SELECT id, '{output}', length({output}) / {_FLOAT32_BYTES}, {output} FROM features"
        for output in (POOL3.name, LOGITS_UNBIASED.name)
    ]
    return (
        "DROP INDEX features_key",
        "DROP INDEX features_lru",
        "DROP INDEX folder_statistics_key",
        "DROP INDEX folder_statistics_lru",
        "ALTER TABLE folder_statistics RENAME TO folder_statistics_format_1",
        _IMAGES,
        "INSERT INTO images (id, content_sha256, encoder, model_sha256, mode, decode, width, height, notes, nbytes, "
        f"created, last_used) SELECT id, content_sha256, '{encoder}', model_sha256, mode, decode, width, height, "
        f"notes, {_stored_bytes_sql(POOL3.name)} + {_stored_bytes_sql(LOGITS_UNBIASED.name)} + length(notes), "
        "created, last_used FROM features",
        _IMAGE_OUTPUTS,
        *copy_outputs,
        "DROP TABLE features",
        _FOLDER_STATISTICS,
        "INSERT INTO folder_statistics (id, fingerprint, encoder, output, model_sha256, mode, decode, n, dims, "
        f"summary, nbytes, created, last_used, mu, sigma) SELECT id, fingerprint, '{encoder}', '{POOL3.name}', model_sha256, "
        "mode, decode, n, dims, summary, nbytes, created, last_used, mu, sigma FROM folder_statistics_format_1",
        "DROP TABLE folder_statistics_format_1",
        *_INDEXES,
    )


SPEC = StoreSpec(
    label="feature cache",
    version=FORMAT,
    after_reset="it is being rebuilt",
    disposable=True,
    rebuilt_code="feature_cache_rebuilt",
    before_schema=("PRAGMA auto_vacuum = INCREMENTAL",),  # evicted space goes back to the disk
    schema=SCHEMA,
    upgrades={1: _from_format_1()},
)
