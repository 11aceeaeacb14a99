"""Issue 12, item 14: KID drawn in the order of torch-fidelity's usual call, and its figures put into words."""

from __future__ import annotations

import json

import numpy as np
import pytest

from conftest import REFERENCE

from fidgui.core.metrics.kid import kernel_inception_distance
from fidgui.core.metrics.registry import MetricInputs, MetricOptions, SideInputs, metric
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.messages.render import render

BOTH_ORDERS = json.loads((REFERENCE / "kid_subset10_both_orders.json").read_text())
SMALL = json.loads((REFERENCE / "metrics_small.json").read_text())["torch_fidelity"]


def _inputs(subset_size: int) -> MetricInputs:
    """small_a as the real images and small_b as the generated ones, with torch-fidelity's own features."""
    with np.load(REFERENCE / "features.npz") as features:
        real, generated = features["small_a/fidelity_pool3"], features["small_b/fidelity_pool3"]
    sides = [SideInputs(FeatureStatistics(f.mean(0), np.cov(f, rowvar=False)), f) for f in (real, generated)]
    return MetricInputs(*sides, MetricOptions(kid_subset_size=subset_size))


def _kid():  # type: ignore[no-untyped-def]
    return metric("kid")


def test_kid_draws_its_subsets_as_torch_fidelitys_usual_call_does() -> None:
    values = _kid().compute(_inputs(10), lambda: False, lambda done, total: None)
    usual = BOTH_ORDERS["input1_generated_small_b__input2_real_small_a"]
    assert values["kid_mean"] == pytest.approx(usual["kernel_inception_distance_mean"], rel=1e-5)
    assert values["kid_std"] == pytest.approx(usual["kernel_inception_distance_std"], rel=1e-5)


def test_the_other_order_gives_torch_fidelitys_other_figure() -> None:
    inputs = _inputs(10)
    mean, std = kernel_inception_distance(inputs.real.features, inputs.generated.features, subset_size=10)
    other = BOTH_ORDERS["input1_real_small_a__input2_generated_small_b"]
    assert mean == pytest.approx(other["kernel_inception_distance_mean"], rel=1e-5)
    assert std == pytest.approx(other["kernel_inception_distance_std"], rel=1e-5)


def test_a_clamped_subset_size_is_said_and_its_meaningless_spread_not_shown() -> None:
    inputs = _inputs(1000)
    kid = _kid()
    values = kid.compute(inputs, lambda: False, lambda done, total: None)
    assert values["kid_mean"] == pytest.approx(SMALL["kernel_inception_distance_mean"], rel=1e-5)
    assert values["kid_std"] == 0.0  # every subset is the whole set: exactly no spread, not 4e-6 of round-off
    assert kid.rows[0].format([values["kid_mean"], values["kid_std"]]) == f"{values['kid_mean']:.6g}"
    notices = {notice.code: render(notice) for notice in kid.explain(inputs, values)}
    assert notices["kid_subset_clamped"].startswith(
        "KID used subsets of 24 images instead of the 1,000 asked for, because the smaller side has only 24 images")
    assert "came out negative" in notices["kid_negative"] and "read it as 0" in notices["kid_negative"]


def test_a_subset_size_that_fits_is_not_commented_and_shows_its_spread() -> None:
    inputs = _inputs(10)
    kid = _kid()
    values = {"kid_mean": 0.25, "kid_std": 0.125}
    assert kid.explain(inputs, values) == []
    assert kid.rows[0].format([0.25, 0.125]) == "0.25 ± 0.125"
