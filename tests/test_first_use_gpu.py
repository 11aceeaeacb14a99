"""Issue 12, item 21: the GPU fallback names the versions the installed onnxruntime-gpu needs, and the library
that is missing; ``fidgui[cuda]`` brings onnxruntime-gpu's own CUDA and cuDNN extras."""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

import onnxruntime
import pytest

from conftest import REPO
from fidgui.core.base.errors import ModelError
from fidgui.core.encoders import cuda_libraries
from fidgui.core.encoders.session import InceptionSession
from fidgui.messages.render import render


def test_the_versions_come_from_the_installed_package() -> None:
    from onnxruntime.capi import build_and_package_info

    assert cuda_libraries.cuda_version() == build_and_package_info.cuda_version
    cudnn = [r for r in importlib.metadata.requires("onnxruntime-gpu") or [] if r.startswith("nvidia-cudnn")]
    assert cudnn and f"~={cuda_libraries.cudnn_major()}." in cudnn[0]


def test_the_fallback_sentence_names_the_versions_and_the_missing_library(fixture_onnx: Path) -> None:
    automatic = InceptionSession(fixture_onnx, device="auto")
    try:
        if automatic.device == "cuda":  # a machine where CUDA works: nothing to explain
            assert automatic.fallback_reason is None
            return
        sentence = render(automatic.fallback_reason)
    finally:
        automatic.close()
    assert sentence.startswith("The computation ran on the CPU because ")
    if "CUDAExecutionProvider" in onnxruntime.get_available_providers():
        assert f"CUDA {cuda_libraries.cuda_version()} and cuDNN {cuda_libraries.cudnn_major()}" in sentence
        assert "CUDA 12" not in sentence or cuda_libraries.cuda_version().startswith("12")
        missing = cuda_libraries.missing_library()
        if missing is not None:
            assert f"could not load {missing}" in sentence and 'pip install "fidgui[cuda]"' in sentence
    with pytest.raises(ModelError) as refused:
        InceptionSession(fixture_onnx, device="cuda")
    assert render(refused.value).startswith("The GPU cannot be used because ")


def test_the_cuda_extra_brings_onnxruntime_gpus_own_cuda_and_cudnn_extras() -> None:
    text = (REPO / "pyproject.toml").read_text()  # read as text: tomllib is not in Python 3.10
    extra = re.search(r"^cuda = \[\s*\"([^\"]+)\"", text, re.MULTILINE)
    assert extra is not None and extra.group(1).startswith("onnxruntime-gpu[cuda,cudnn]>=1.31")
    declared = importlib.metadata.metadata("onnxruntime-gpu").get_all("Provides-Extra") or []
    assert {"cuda", "cudnn"} <= set(declared)
