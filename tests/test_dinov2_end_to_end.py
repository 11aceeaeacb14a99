"""Files → DINOv2 features → FD_DINOv2, per route, against dgm-eval's and EDM2's own outputs on the fixtures.

Measured: features within 4e-6 of the reference on every folder and route (images decoded by fidgui, then
the mode's preprocessing, then the graph); FD within 4e-6 relative of ``dinov2_metrics.json``
(3.5e-6 of it already from the stored reference features: the Fréchet distance's own method on singular covariances).
"""

from __future__ import annotations

import json
from functools import lru_cache

import numpy as np
import pytest
from dinov2_support import ENCODERS, FOLDERS, features, fixture_session, reference

from fidgui.core.base.stopping import never_stop
from fidgui.core.images.decoding import decode_image
from fidgui.core.images.preprocess import preprocess
from fidgui.core.metrics import registry
from fidgui.core.metrics.registry import MetricInputs, Need, SideInputs
from fidgui.core.statistics.running import RunningStatistics

ROUTES = {"dgm-eval": "dgm_eval", "edm2": "edm2_torch"}
FEATURE_TOLERANCE = 1e-5


@lru_cache(maxsize=None)
def folder_features(folder: str, mode: str) -> np.ndarray:
    names = [str(name) for name in reference()[f"{folder}/files"]]
    batch = np.stack([preprocess(decode_image(FOLDERS[folder] / name).rgb, mode, 224) for name in names])
    return np.concatenate([features(fixture_session(), batch[start:start + 8]) for start in range(0, len(batch), 8)])


@pytest.mark.parametrize("folder", ["small_a", "small_b", "large"])
@pytest.mark.parametrize("mode", list(ROUTES))
def test_files_give_the_reference_features(folder: str, mode: str) -> None:
    got = folder_features(folder, mode)
    expected = reference()[f"{folder}/{ROUTES[mode]}"]
    assert got.shape == expected.shape
    assert float(np.abs(got - expected).max()) < FEATURE_TOLERANCE


def test_edm2_pil_is_dgm_eval_input_and_features() -> None:
    got = folder_features("large", "dgm-eval")
    # EDM2's PIL route fed the same inputs; its features differ only by torch's channels-last summation order
    assert float(np.abs(got - reference()["large/edm2_pil"]).max()) < FEATURE_TOLERANCE


def _statistics(rows: np.ndarray, mode: str):
    running = RunningStatistics()
    running.update(rows)
    return running.to_statistics(mode=mode)


@pytest.mark.parametrize("mode", list(ROUTES))
def test_fd_dinov2_matches_the_reference_tools(mode: str) -> None:
    expected = json.loads((ENCODERS / "dinov2_metrics.json").read_text())["fd"][ROUTES[mode]]
    metric = registry.metric("fd_dinov2")
    inputs = MetricInputs(SideInputs(_statistics(folder_features("small_a", mode), mode)),
                          SideInputs(_statistics(folder_features("small_b", mode), mode)))
    steps: list[tuple[int, int]] = []
    value = metric.compute(inputs, never_stop, lambda done, total: steps.append((done, total)))["fd_dinov2"]
    assert value == pytest.approx(expected, rel=1e-4)
    assert steps == [(1, 1)]
    # from the stored reference features: 3.5e-6 relative, the gap between fidgui's Fréchet distance and scipy's
    # sqrtm on these rank-23 covariances (N = 24 < d = 384), not a difference in the features
    ref = reference()
    stored = MetricInputs(SideInputs(_statistics(ref[f"small_a/{ROUTES[mode]}"].astype(np.float64), mode)),
                          SideInputs(_statistics(ref[f"small_b/{ROUTES[mode]}"].astype(np.float64), mode)))
    assert metric.compute(stored, never_stop, lambda *_: None)["fd_dinov2"] == pytest.approx(expected, rel=1e-5)


def test_fd_dinov2_declares_its_encoder_and_wording() -> None:
    metric = registry.metric("fd_dinov2")
    assert metric.needs == (Need("statistics", encoder="dinov2"),) and metric.optional
    assert metric.keys == ("fd_dinov2",) and Need("statistics").encoder == "inception"
    from fidgui.messages import render

    assert render(metric.label) == "FD_DINOv2"
