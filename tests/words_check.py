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
    return [word for word in _WORD.findall(text) if word.lower() not in NAMES and len(word) > 1]
