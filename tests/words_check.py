"""What counts as "left in English" in a worded text: Latin words outside the names a reader keeps as written.

Metric, tool, format and mode names stay in every language (GLOSSARY.md); file names, paths and numbers are
parameters. Everything else made of Latin letters is an English word a translation missed.
"""

from __future__ import annotations

import re

NAMES = {
    "fid", "kid", "inception", "score", "precision", "recall", "density", "coverage", "fidgui", "fidgui-cli",
    "numpy", "onnxruntime", "onnx", "runtime", "python", "pytorch-fid", "torch-fidelity", "faithful", "pil", "utc",
    "cpu", "gpu", "nvidia", "cuda", "cudnn", "sha-256", "png", "jpeg", "cmyk", "nan", "t-sne", "pca", "tiff", "gif",
    "webp", "bmp", "pgm", "ppm", "rgb", "gb", "mb", "kb", "inception-v3", "pool3", "batch_size", "device_requested",
    "encoder", "metrics", "model_path", "kid_subset_size", "seed", "decode", "mode", "ttur", "clean-fid",
    "kid_subsets", "auto", "isc_splits", "nearest_k", "num_workers",  # setting keys and values as the CLI takes them
    "encoder_modes",
    "dims", "top-level-only",  # command-line options named in advice
    "pip", "install", "libcublaslt", "so",  # a command to type and a library file name, in the GPU fallback sentence
}
_MARKED = re.compile(r"⟦[^⟦⟧]*⟧")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*[A-Za-z0-9]|[A-Za-z]")


def strip_marked(text: str) -> str:
    """The text with every marked (translated) segment removed, innermost first."""
    while True:
        stripped = _MARKED.sub(" ", text)
        if stripped == text:
            return text
        text = stripped


def english_words(text: str, parameters: tuple[str, ...] = ()) -> list[str]:
    """Latin words in ``text`` that are neither a kept name nor part of a parameter (a path, a file name)."""
    for value in sorted(parameters, key=len, reverse=True):
        text = text.replace(value, " ")
    text = re.sub(r"[0-9a-f]{12,}", " ", text)  # hashes
    text = re.sub(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?", " ", text)  # an ISO date and time: a number
    return [word for word in _WORD.findall(text) if word.lower() not in NAMES and len(word) > 1]


_PLACEHOLDERS = re.compile(r"(\{[A-Za-z_][A-Za-z0-9_]*(?::[^{}]*)?\}|%L?\d+|%n)")
_PLURAL = re.compile(r"^\{([A-Za-z_][A-Za-z0-9_]*):one:([^|{}]*)\|([^{}]*)\}$")


def mark_template(template: str) -> str:
    """A template with each stretch of its own words marked and its placeholders left outside the marks.

    So a parameter inserted later (a file name, a number, or a code someone forgot to word) stays unmarked
    and is checked on its own; the words of a plural choice (``{n:one:image|images}``) are marked inside it.
    """
    parts = []
    for part in _PLACEHOLDERS.split(template):
        plural = _PLURAL.match(part)
        if plural:
            parts.append(f"{{{plural.group(1)}:one:⟦{plural.group(2)}⟧|⟦{plural.group(3)}⟧}}")
        elif _PLACEHOLDERS.fullmatch(part) or not part.strip():
            parts.append(part)
        else:
            parts.append(f"⟦{part}⟧")
    return "".join(parts)
