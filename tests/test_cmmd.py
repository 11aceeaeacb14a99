"""CMMD against cmmd-pytorch's figures on the fixtures, and the blocked sums against the formula as written.

The reference (``distance.mmd``) averages the Gaussian kernel over all pairs, the diagonal included, with
σ = 10 and a factor 1000. fidgui sums in float64, so it is compared with the fixture's float64 figure
(rtol 1e-5) and, within the reference's own float32 cancellation (±5e-5), with the figure cmmd-pytorch printed.
"""

from __future__ import annotations

import json

import numpy as np
import onnxruntime
import pytest

from conftest import FIXTURES, IMAGES
from fidgui.core.base.errors import Cancelled, FidguiError
from fidgui.core.encoders.clip.graph import EMBEDDING, build_clip_onnx
from fidgui.core.encoders.clip.weights import load_clip_weights
from fidgui.core.images.decoding import decode_image
from fidgui.core.images.preprocess import preprocess
from fidgui.core.metrics import registry
from fidgui.core.metrics.cmmd import BLOCK_ROWS, SCALE, SIGMA, cmmd, cmmd_direct
from fidgui.core.metrics.registry import MetricInputs, Need, SideInputs
from fidgui.core.statistics.running import FeatureStatistics

ENCODERS = FIXTURES / "encoders"
REFERENCE = np.load(ENCODERS / "clip_reference.npz")
METRICS = json.loads((ENCODERS / "clip_metrics.json").read_text())


def _unit_rows(seed: int, count: int, width: int = 48, spread: float = 1.0) -> np.ndarray:
    rows = np.random.default_rng(seed).normal(size=(count, width)) * spread + seed * 0.05
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def test_the_constants_are_the_reference_s() -> None:
    assert (SIGMA, SCALE) == (METRICS["sigma"], METRICS["scale"])


def test_cmmd_of_the_stored_embeddings_is_the_reference_figure() -> None:
    first, second = REFERENCE["small_a/embeds"], REFERENCE["small_b/embeds"]
    value = cmmd(first, second)
    assert value == pytest.approx(METRICS["cmmd_float64"], rel=1e-10)
    assert abs(value - METRICS["cmmd"]) < 5e-5  # cmmd-pytorch's float32 figure differs by 1.6e-5 (its cancellation)
    assert cmmd(second, first) == pytest.approx(value, rel=1e-12)
    assert cmmd(first, first) == pytest.approx(0.0, abs=1e-12)


def test_cmmd_from_our_own_embeddings_of_the_images_is_the_reference_figure() -> None:
    network = onnxruntime.InferenceSession(
        build_clip_onnx(load_clip_weights(ENCODERS / "clip_vit_l14_336_reduced")).SerializeToString(),
        providers=["CPUExecutionProvider"])

    def embeddings(folder: str) -> np.ndarray:
        pixels = np.stack([preprocess(decode_image(IMAGES / folder / name).rgb, "cmmd", 336)
                           for name in REFERENCE[f"{folder}/files"]])
        return network.run([EMBEDDING], {"images": pixels})[0]

    value = cmmd(embeddings("small_a"), embeddings("small_b"))
    assert value == pytest.approx(METRICS["cmmd_float64"], rel=1e-4)
    assert value == pytest.approx(METRICS["by_method"]["independent_numpy_float64_reimplementation_end_to_end"],
                                  rel=1e-4)


@pytest.mark.parametrize("rows", [1, 7, 64, 100, 1000, BLOCK_ROWS])
def test_blocked_sums_equal_the_whole_kernel_matrices(rows: int) -> None:
    first, second = _unit_rows(1, 300), _unit_rows(2, 221, spread=1.3)
    assert cmmd(first, second, block_rows=rows) == pytest.approx(cmmd_direct(first, second), rel=1e-9)


def test_the_direct_formula_is_the_reference_s_written_out() -> None:
    x, y = _unit_rows(3, 5, 6).astype(np.float64), _unit_rows(4, 4, 6).astype(np.float64)

    def mean_kernel(a: np.ndarray, b: np.ndarray) -> float:
        return float(np.mean([[np.exp(-np.sum((p - q) ** 2) / (2 * 10.0 ** 2)) for q in b] for p in a]))

    expected = 1000 * (mean_kernel(x, x) + mean_kernel(y, y) - 2 * mean_kernel(x, y))
    assert cmmd_direct(x, y) == pytest.approx(expected, rel=1e-9)
    assert cmmd(x, y, block_rows=2) == pytest.approx(expected, rel=1e-9)


def test_the_stop_check_is_asked_between_blocks_and_progress_counts_them() -> None:
    first, second = _unit_rows(5, 50), _unit_rows(6, 30)
    seen: list[tuple[int, int]] = []
    cmmd(first, second, block_rows=10, progress=lambda done, total: seen.append((done, total)))
    total = 15 + 6 + 15  # 5 row blocks: 15 pairs within; 3 blocks: 6 within; 5 x 3 between
    assert seen == [(done, total) for done in range(1, total + 1)]
    asked = []

    def stop_after_four() -> bool:
        asked.append(1)
        return len(asked) > 4

    with pytest.raises(Cancelled):
        cmmd(first, second, block_rows=10, should_stop=stop_after_four)
    assert len(asked) == 5


def test_sets_of_other_widths_or_none_are_refused_with_a_code() -> None:
    with pytest.raises(FidguiError) as caught:
        cmmd(_unit_rows(1, 4, 8), _unit_rows(2, 4, 9))
    assert caught.value.code == "feature_width_mismatch"
    with pytest.raises(FidguiError) as caught:
        cmmd(np.zeros((0, 8)), _unit_rows(2, 4, 8))
    assert caught.value.code == "cmmd_no_embeddings"


def _inputs(real: np.ndarray, generated: np.ndarray) -> MetricInputs:
    empty = FeatureStatistics(np.zeros(1), np.zeros((1, 1)))
    return MetricInputs(SideInputs(empty, features=real), SideInputs(empty, features=generated))


def test_the_metric_reads_clip_embeddings_and_refuses_other_features() -> None:
    declared = registry.metric("cmmd")
    assert declared.needs == (Need("features", encoder="clip"),) and declared.keys == ("cmmd",)
    values = declared.compute(_inputs(REFERENCE["small_a/embeds"], REFERENCE["small_b/embeds"]), lambda: False,
                              lambda done, total: None)
    assert values["cmmd"] == pytest.approx(METRICS["cmmd_float64"], rel=1e-10)
    pool3 = np.abs(np.random.default_rng(0).normal(size=(24, 2048))).astype(np.float32)  # Inception-like features
    with pytest.raises(FidguiError) as caught:
        declared.compute(_inputs(pool3, pool3), lambda: False, lambda done, total: None)
    assert caught.value.code == "cmmd_not_clip_embeddings"
    assert Need("features").encoder == "inception"
