"""What the installed onnxruntime-gpu needs from CUDA, and which of its libraries is missing on this computer.

The versions are read from the installed package, never written down here: onnxruntime-gpu 1.31 is built for
CUDA 13 (``build_and_package_info.cuda_version``) and declares cuDNN 9 in its ``cudnn`` extra
(``nvidia-cudnn-cu13~=9.0``), where older releases wanted CUDA 12. The missing library is the one the dynamic
loader names when the CUDA provider library is opened the way ONNX Runtime opens it.
"""

from __future__ import annotations

import ctypes
import importlib.metadata
import re
from pathlib import Path

import onnxruntime

_DISTRIBUTIONS = ("onnxruntime-gpu", "onnxruntime")
_CUDNN_REQUIREMENT = re.compile(r"nvidia-cudnn[\w-]*\s*[~=>]=\s*(\d+)")
_MISSING = re.compile(r"^(\S+?\.(?:so[.\d]*|dll|dylib)): cannot open shared object file")


def cuda_version() -> str:
    """The CUDA major.minor the installed ONNX Runtime was built with, e.g. ``13.0``."""
    try:
        from onnxruntime.capi import build_and_package_info

        return str(getattr(build_and_package_info, "cuda_version", "") or "")
    except ImportError:
        return ""


def cudnn_major() -> str:
    """The cuDNN major version the installed package's ``cudnn`` extra asks for, e.g. ``9``."""
    for name in _DISTRIBUTIONS:
        try:
            requirements = importlib.metadata.requires(name) or []
        except importlib.metadata.PackageNotFoundError:
            continue
        for requirement in requirements:
            found = _CUDNN_REQUIREMENT.search(requirement)
            if found:
                return found.group(1)
    return ""


def missing_library() -> str | None:
    """The first library the CUDA provider cannot load (``libcublasLt.so.13``), or None when it loads or the
    system does not say (Windows' loader names no file)."""
    provider = Path(onnxruntime.__file__).parent / "capi" / "libonnxruntime_providers_cuda.so"
    if not provider.is_file():
        return None
    try:
        ctypes.CDLL(str(provider))
    except OSError as error:
        found = _MISSING.match(str(error).strip())
        return found.group(1) if found else None
    return None
