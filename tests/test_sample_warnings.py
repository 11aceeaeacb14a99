"""Warnings about sample sizes say what the numbers mean, at the thresholds the literature uses."""

from __future__ import annotations

import pytest

from fidgui.core.base.errors import Message
from fidgui.core.encoders.inception import INCEPTION
from fidgui.core.metrics.registry import all_metrics
from fidgui.core.report.sample_warnings import duplicate_warning, sample_size_warnings, upsampling_warning
from fidgui.messages.render import render
from fidgui.messages.translations import translator

WIDTH = INCEPTION.feature_width


def codes(n_real: int, n_generated: int) -> list[str]:
    return [notice.code for notice in sample_size_warnings(n_real, n_generated, WIDTH)]


def test_thresholds() -> None:
    assert codes(2048, 50_000) == ["rank_deficient", "unbalanced"]
    assert codes(2049, 2049) == ["small_sample"]
    assert codes(9_999, 12_000) == ["small_sample"]
    assert codes(10_000, 10_000) == []
    assert codes(50_000, 20_000) == ["unbalanced"]


def test_sentences_name_the_side_and_the_count() -> None:
    (rank,) = [n for n in sample_size_warnings(24, 5000, WIDTH) if n.code == "rank_deficient"]
    assert render(rank).startswith("The real side has only 24 images, not more than") and "KID" in render(rank)
    both = render(sample_size_warnings(100, 200, WIDTH)[0])
    assert both.startswith("The real side has only 100 and the generated side has only 200 images")
    assert "3 generated images are exact copies" in render(duplicate_warning(3, "generated"))
    assert "1 real image is smaller" in render(upsampling_warning(1, "real", INCEPTION.input_size))
    assert "and was enlarged" in render(upsampling_warning(1, "real", INCEPTION.input_size))
    assert "and were enlarged" in render(upsampling_warning(2, "real", INCEPTION.input_size))


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW", "ja"])
def test_the_enlargement_warning_of_another_network_names_its_metric_not_fid(language: str) -> None:
    """DINOv2's and CLIP's figures are not FIDs: their warnings name FD_DINOv2 and CMMD, or speak of figures."""
    words = None if language == "en" else translator(language)
    fid = render(upsampling_warning(3, "generated", 299), words)
    assert "FID" in fid  # Inception's sentence still speaks of FIDs
    for encoder, metric in (("dinov2", "FD_DINOv2"), ("clip", "CMMD")):
        notice = upsampling_warning(3, "generated", 224, encoder, metric_label(encoder))
        sentence = render(notice, words)
        assert notice.code == "upsampled" and notice.params["encoder"] == encoder
        assert "FID" not in sentence and sentence.count(metric) == 2 and "224 x 224" in sentence
        neutral = render(upsampling_warning(3, "generated", 224, encoder), words)  # read for no metric
        assert "FID" not in neutral and metric not in neutral and "224 x 224" in neutral


def metric_label(encoder: str) -> Message:
    """The label of the registered metric that reads ``encoder``, as the core passes it."""
    (label,) = [item.label for item in all_metrics() if item.encoder == encoder and item.id in ("fd_dinov2", "cmmd")]
    return label


def test_the_rank_threshold_is_the_encoders_feature_width() -> None:
    assert [n.code for n in sample_size_warnings(16, 16, 16)] == ["rank_deficient"]
    assert [n.code for n in sample_size_warnings(17, 17, 16)] == ["small_sample"]
    (rank,) = sample_size_warnings(10, 17, 16)
    assert "not more than the 16 features" in render(rank) and "Use more than 16 images per side" in render(rank)
