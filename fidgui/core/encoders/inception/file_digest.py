"""The network digest read from a model file's own bytes, without serialising the parsed graph again.

Why: ``graph.network_digest`` serialises the parsed graph (95 MB) to hash it, holding the GIL for 0.2-0.3 s, and
the window, which needs the GIL to paint, stops answering input that long on a model's first use. The graph
fidgui's converter writes is those same bytes, so hashing the graph field as it lies in the file gives the same
digest, and ``hashlib`` releases the GIL while it hashes.

Safe because it is only a shortcut to a digest the file already claims: the bytes' digest is used only when
it equals the digest the converter recorded in the metadata (and the file holds exactly one graph field, since
a parser merges repeated ones). Equal digests mean the graph bytes are the very bytes fidgui hashed when it
converted the network, so they parse to that network. Anything else (a model written by another tool, an
edited one, an unusual layout) takes the slow, canonical way, as before.
"""

from __future__ import annotations

import hashlib

import onnx

from fidgui.core.encoders.inception.graph import network_digest

_GRAPH_FIELD = 7  # ModelProto.graph in onnx.proto
_VARINT, _FIXED64, _LENGTH_DELIMITED, _FIXED32 = 0, 1, 2, 5


def network_digest_of_file(content: bytes, model: onnx.ModelProto, recorded: str | None) -> str:
    """``network_digest(model)`` of ``model``, parsed from ``content``: hashed from the file's own graph bytes when
    that reproduces the ``recorded`` digest, otherwise serialised again."""
    graph = _only_graph_field(content)
    if recorded and graph is not None:
        digest = hashlib.sha256()
        for opset in model.opset_import:
            digest.update(f"{opset.domain}:{opset.version};".encode())
        digest.update(graph)
        if digest.hexdigest() == recorded:
            return recorded
    return network_digest(model)


def _only_graph_field(content: bytes) -> memoryview | None:
    """The bytes of the one top-level graph field, or None when there are none, several, or the layout is odd."""
    view = memoryview(content)
    position, found = 0, None
    while position < len(view):
        tag, position = _varint(view, position)
        if tag is None:
            return None
        field, wire = tag >> 3, tag & 7
        if wire == _VARINT:
            value, position = _varint(view, position)
            if value is None:
                return None
        elif wire == _FIXED64:
            position += 8
        elif wire == _FIXED32:
            position += 4
        elif wire == _LENGTH_DELIMITED:
            length, position = _varint(view, position)
            if length is None or position + length > len(view):
                return None
            if field == _GRAPH_FIELD:
                if found is not None:
                    return None
                found = view[position : position + length]
            position += length
        else:  # groups: never written by ONNX
            return None
    return found if position == len(view) else None


def _varint(view: memoryview, position: int) -> tuple[int | None, int]:
    """A base-128 varint at ``position`` and the position after it; None when it runs past the end or 10 bytes."""
    value = shift = 0
    for offset in range(10):
        if position + offset >= len(view):
            return None, position
        byte = view[position + offset]
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, position + offset + 1
        shift += 7
    return None, position
