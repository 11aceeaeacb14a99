"""The metric registry: a metric declared once reaches every output, and every metric stops when asked."""

from __future__ import annotations

import csv
import io
import json
import re
import time
from pathlib import Path
from typing import Iterator

import numpy as np
import pytest
from conftest import IMAGES, REFERENCE

from fidgui.cli import main
from fidgui.core.base.comparison_types import ComparisonRequest, ComparisonResult, Notice, SideSummary
from fidgui.core.base.errors import Cancelled, FidguiError, Message
from fidgui.core.metrics import registry
from fidgui.core.metrics.formats import fixed
from fidgui.core.metrics.registry import Metric, MetricInputs, MetricOptions, Need, Row, SideInputs, register
from fidgui.core.report.document import result_from_document, result_to_csv, result_to_dict
from fidgui.core.report.html import result_to_html
from fidgui.core.run.metrics_phase import compute_metrics, skipped_notice
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.stores.history import History
from fidgui.messages.render import render

BUILT_IN_KEYS = (
    "fid", "kid_mean", "kid_std", "is_mean", "is_std", "is_real_mean", "is_real_std", "precision", "recall",
    "density", "coverage", "fid_low", "fid_high", "fid_infinity", "fd_dinov2", "cmmd",
)


def _mean_gap(inputs: MetricInputs, should_stop, progress) -> dict[str, float]:  # type: ignore[no-untyped-def]
    progress(0, 1)
    gap = abs(float(np.mean(inputs.real.statistics.mu)) - float(np.mean(inputs.generated.statistics.mu)))
    progress(1, 1)
    return {"mean_gap": gap}


@pytest.fixture
def mean_gap() -> Iterator[Metric]:
    """A toy metric declared here only: the mean of the real means less that of the generated ones."""
    label = Message("toy_mean_gap")  # not in the catalogue: shown as its code, which is all the test needs
    metric = register(Metric(
        id="mean_gap", keys=("mean_gap",), needs=(Need("statistics"),), compute=_mean_gap, label=label,
        choice=label, rows=(Row(label, ("mean_gap",), fixed(".6f")),),
    ))
    yield metric
    registry.unregister("mean_gap")


def test_the_built_in_metrics_keep_the_documented_keys_and_order() -> None:
    assert registry.metric_ids() == ("fid", "kid", "is", "prdc", "fid_interval", "fid_infinity", "fd_dinov2", "cmmd")
    assert registry.optional_ids() == ("kid", "is", "prdc", "fid_interval", "fid_infinity", "fd_dinov2", "cmmd")
    assert registry.result_keys() == BUILT_IN_KEYS
    for metric in registry.all_metrics():
        for message in (metric.label, metric.choice, *(row.label for row in metric.rows)):
            assert render(message) != message.code, message  # every label has its English sentence


def test_a_toy_metric_reaches_the_json_csv_html_and_history(installed_model: Path, mean_gap: Metric, capsys) -> None:
    real, generated = IMAGES / "small_a", IMAGES / "small_b"
    assert main(["fid", str(real), str(generated), "--json", "--metrics", "mean_gap"]) == 0
    document = json.loads(capsys.readouterr().out)
    reference = np.load(REFERENCE / "features.npz")
    expected = abs(reference["small_a/pytorch_fid_pool3"].mean() - reference["small_b/pytorch_fid_pool3"].mean())
    assert document["mean_gap"] == pytest.approx(expected, rel=1e-4) and document["mean_gap"] > 0
    assert document["fid"] is not None and document["kid_mean"] is None  # the JSON contract keeps its keys

    result = result_from_document(document)
    assert result.metric_value("mean_gap") == document["mean_gap"]
    (row,) = csv.DictReader(io.StringIO(result_to_csv(result)))
    assert float(row["mean_gap"]) == document["mean_gap"]
    assert f"<th>toy_mean_gap</th><td class=\"number\">{document['mean_gap']:.6f}</td>" in result_to_html(
        result
    )
    with History() as history:
        (entry,) = history.list_entries()
        assert entry.metrics["mean_gap"] == document["mean_gap"]
        assert history.get(entry.id)["mean_gap"] == document["mean_gap"]

    assert main(["fid", str(real), str(generated), "--metrics", "mean_gap", "--no-history"]) == 0
    assert f"toy_mean_gap: {document['mean_gap']:.6f}" in capsys.readouterr().out.splitlines()


def test_the_cli_offers_exactly_the_registered_optional_metrics(mean_gap: Metric, capsys) -> None:
    with pytest.raises(SystemExit):
        main(["fid", "a", "b", "--metrics", "no_such_metric"])
    assert "choose from 'kid', 'is', 'prdc', 'fid_interval', 'fid_infinity', 'fd_dinov2', 'cmmd', 'mean_gap'" in capsys.readouterr().err


def test_a_name_or_key_already_taken_and_an_unknown_metric_are_refused(mean_gap: Metric) -> None:
    with pytest.raises(FidguiError) as taken:
        register(Metric(id="gap_again", keys=("mean_gap",), needs=(), compute=_mean_gap, label=mean_gap.label,
                        choice=mean_gap.label, rows=()))
    assert taken.value.code == "metric_already_registered" and "gap_again" in render(taken.value)
    with pytest.raises(FidguiError) as unknown:
        registry.chosen(["fid", "nope"])
    assert render(unknown.value).startswith("Unknown metric 'nope'; choose one of: fid, kid, is,")


def _statistics(features: np.ndarray) -> FeatureStatistics:
    return FeatureStatistics(features.mean(axis=0), np.cov(features, rowvar=False), len(features))


def _inputs(n: int = 60, d: int = 8, seed: int = 0) -> MetricInputs:
    rng = np.random.default_rng(seed)
    real, generated = rng.standard_normal((n, d)), rng.standard_normal((n, d)) + 0.3
    logits = rng.standard_normal((n, 12))
    return MetricInputs(
        SideInputs(_statistics(real), real, logits), SideInputs(_statistics(generated), generated, logits * 2),
        MetricOptions(kid_subsets=10, kid_subset_size=30),
    )


@pytest.mark.parametrize("metric_id", ["fid", "kid", "is", "prdc", "fid_interval", "fid_infinity"])
def test_every_metric_reports_progress_to_the_end_and_stops_when_asked(metric_id: str) -> None:
    metric = registry.metric(metric_id)
    inputs = _inputs(n=40 if metric_id == "fid_infinity" else 60, d=4 if metric_id == "fid_infinity" else 8)
    seen: list[tuple[int, int]] = []
    values = metric.compute(inputs, lambda: False, lambda done, total: seen.append((done, total)))
    assert set(values) == set(metric.keys) and all(np.isfinite(values[key]) for key in metric.keys)
    assert seen and seen[-1][0] == seen[-1][1] and all(done <= total for done, total in seen)
    with pytest.raises(Cancelled):
        metric.compute(inputs, lambda: True, lambda done, total: None)
    if len(seen) > 1:  # a stop asked after the first step ends the metric before its last one
        steps: list[int] = []
        with pytest.raises(Cancelled):
            metric.compute(inputs, lambda: bool(steps), lambda done, total: steps.append(done))
        assert len(steps) < len(seen)


def test_cancel_during_the_bootstrap_interval_takes_effect_within_a_second() -> None:
    """50 FIDs of 2048-wide features; the stop comes while a round (a 2048 x 2048 FID) is under way."""
    rng = np.random.default_rng(7)
    real, generated = rng.standard_normal((2500, 2048)), rng.standard_normal((2500, 2048)) + 0.05
    inputs = MetricInputs(SideInputs(_statistics(real[:10, :3]), real), SideInputs(_statistics(generated[:10, :3]),
                                                                                     generated))
    asked_at: list[float] = []  # when the stop was due: a busy interpreter may start the timer thread late
    rounds: list[int] = []

    def ask_after_first_round(done: int, _total: int) -> None:
        rounds.append(done)
        if done == 1:
            asked_at.append(time.perf_counter() + 0.3)  # well inside the second round (about 1 s here)

    def should_stop() -> bool:
        return bool(asked_at) and time.perf_counter() >= asked_at[0]

    with pytest.raises(Cancelled):
        registry.metric("fid_interval").compute(inputs, should_stop, ask_after_first_round)
    latency = time.perf_counter() - asked_at[0]
    print(f"cancel latency during the bootstrap interval: {latency:.3f} s after {len(rounds)} rounds")
    assert rounds == [1]  # stopped inside the second round, not after it
    assert latency < 2.0  # under 1 s on an idle machine; generous for shared CI cores


def _result() -> ComparisonResult:
    side = SideSummary("/x", 60)
    return ComparisonResult(None, side, side, "pytorch-fid", "faithful", "0" * 64, True, "CPU", 0.0)


def test_the_metrics_phase_skips_a_metric_it_cannot_feed_and_words_why() -> None:
    full = _inputs()
    no_rows = MetricInputs(SideInputs(full.real.statistics), SideInputs(full.generated.statistics))
    result, notices = _result(), []
    request = ComparisonRequest(Path("/r"), Path("/g"), metrics=("fid", "kid"))
    compute_metrics(request, no_rows.real, no_rows.generated, result, notices.append)
    assert result.fid is not None and result.kid_mean is None
    (notice,) = notices
    assert isinstance(notice, Notice) and notice.code == "metric_skipped"
    assert render(notice.message) == (
        "KID was not computed: it needs the per-image features (real), features (generated), which this run did "
        "not keep."
    )


def test_the_metrics_phase_reports_the_metrics_stage_and_stops_between_metrics() -> None:
    inputs, result, stages = _inputs(), _result(), []
    request = ComparisonRequest(Path("/r"), Path("/g"), metrics=("fid", "kid", "prdc"))
    compute_metrics(request, inputs.real, inputs.generated, result, lambda notice: None, lambda: False, stages.append)
    assert {progress.stage for progress in stages} == {"metrics"} and result.precision is not None
    assert result_to_dict(result)["kid_mean"] == result.kid_mean
    with pytest.raises(Cancelled):
        compute_metrics(request, inputs.real, inputs.generated, _result(), lambda notice: None, lambda: True)


def test_a_toy_metric_gets_a_checkbox_and_a_result_row_in_the_window(qtbot, mean_gap: Metric) -> None:
    from fidgui.gui.widgets.result_view import ResultView, summary_text
    from fidgui.gui.widgets.settings_panel import SettingsPanel

    panel = SettingsPanel()
    qtbot.addWidget(panel)
    assert list(panel.metric_boxes) == ["kid", "is", "prdc", "fid_interval", "fid_infinity", "fd_dinov2", "cmmd", "mean_gap"]
    assert panel.metric_boxes["mean_gap"].text() == "toy_mean_gap"
    panel.metric_boxes["mean_gap"].setChecked(True)
    assert panel.request_fields()["metrics"] == ("fid", "mean_gap")

    view = ResultView()
    qtbot.addWidget(view)
    result = _result()
    result.fid, result.more_metrics["mean_gap"] = 3.0, 0.25
    result.warnings.append(skipped_notice(registry.metric("kid"), FidguiError("metric_inputs_missing", inputs="x")))
    view.show()
    view.show_result(result)
    row = view.metric_rows["mean_gap/0"]
    assert row.value.isVisible() and (row.name.text(), row.value.text()) == ("toy_mean_gap", "0.250000")
    assert "toy_mean_gap: 0.250000" in summary_text(result).splitlines()
    assert "KID was not computed: it needs the per-image x, which this run did not keep." in view.warnings.text()


def test_every_metric_sentence_is_translated_into_each_shipped_language() -> None:
    from fidgui.messages.catalog_metrics import ENGLISH
    from fidgui.messages.translations_metrics import TRANSLATIONS

    codes = set(ENGLISH)
    names = {"metric_fid", "metric_kid", "metric_is_choice", "metric_fid_infinity"}  # names kept as they are
    for language in ("zh_CN", "zh_TW", "ja"):
        table = TRANSLATIONS[language]
        assert set(table) == codes, language
        for code in codes - names:
            assert table[code] != ENGLISH[code], (language, code)
            assert sorted(re.findall(r"\{\w+\}", table[code])) == sorted(re.findall(r"\{\w+\}", ENGLISH[code]))


def test_a_metric_that_reads_only_logits_is_fed_from_a_warm_cache_too(fixture_onnx: Path, few_images: Path) -> None:
    """The Inception Score needs no feature rows, only logits: a cached folder must still be read per image."""
    from fidgui.core.run.comparison import run_comparison
    from fidgui.core.stores.feature_cache import FeatureCache

    real, generated = few_images / "a", few_images / "b"  # 4 images a side: 2 splits of the Inception Score
    request = ComparisonRequest(real, generated, model=fixture_onnx, metrics=("fid", "is"), isc_splits=2)
    with FeatureCache() as cache:
        cold = run_comparison(ComparisonRequest(real, generated, model=fixture_onnx), cache=cache)
        warm = run_comparison(request, cache=cache)
    assert warm.is_mean is not None and warm.is_real_mean is not None and warm.fid == cold.fid
    assert not [notice for notice in warm.warnings if notice.code == "metric_skipped"]
