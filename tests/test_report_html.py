"""The HTML report: self-contained, escaped, complete, and written in one step."""

from __future__ import annotations

import base64
import html.parser
import io
from pathlib import Path

import numpy as np
import onnxruntime
from PIL import Image

import fidgui
from sentences import raises_sentence

from fidgui.core.base.comparison_types import ComparisonResult, Notice, SideSummary
from fidgui.core.base.errors import SkippedFile, side_word
from fidgui.core.metrics.fid_uncertainty import DEFAULT_CONFIDENCE
from fidgui.core.report.html import result_to_html, write_html


def _png(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def _result(real: str = "/data/<script>alert(1)</script>") -> ComparisonResult:
    return ComparisonResult(
        fid=12.3456,
        real=SideSummary(real, 100, skipped=[SkippedFile(f"{real}/bad.png", "The file is empty & unreadable.")]),
        generated=SideSummary("/data/gen \"quoted\"", 90, converted={"grayscale": 3}),
        mode="pytorch-fid",
        decode="faithful",
        model_sha256="ab" * 32,
        model_is_standard=False,
        device="CPU (2 threads)",
        seconds=4.2,
        warnings=[Notice("small_sample", "Few images: <b>90</b> is not enough."), Notice("skipped", "hidden")],
        kid_mean=0.0123,
        kid_std=0.001,
        precision=0.75,
        recall=0.5,
        density=1.1,
        coverage=0.8,
        fid_low=11.0,
        fid_high=14.0,
        settings={"batch_size": 16, "seed": "<2020>"},
    )


class _Collector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.images: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "img":
            self.images.append(dict(attrs)["src"] or "")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _collect(document: str) -> _Collector:
    parsed = _Collector()
    parsed.feed(document)
    return parsed


def test_a_folder_named_script_is_shown_as_text_and_never_becomes_markup() -> None:
    document = result_to_html(_result())
    parsed = _collect(document)
    assert "script" not in parsed.tags and "b" not in parsed.tags
    text = "".join(parsed.text)
    assert "/data/<script>alert(1)</script>" in text and "&lt;script&gt;" in document
    assert "Few images: <b>90</b> is not enough." in text and "hidden" not in text  # skips are listed once, below
    assert '/data/gen "quoted"' in text and "<2020>" in text


def test_the_report_carries_figures_warnings_skips_settings_and_versions() -> None:
    text = "".join(_collect(result_to_html(_result())).text)
    for expected in ("12.3456", "11.0000 – 14.0000", "KID", "0.0123", "Precision", "0.7500", "Recall", "Density",
                     "Coverage", "0.8000", "bad.png", "The file is empty & unreadable.", "grayscale 3",
                     "ab" * 32, "pytorch-fid", "faithful", "CPU (2 threads)", "Batch size", "non-standard network",
                     fidgui.__version__, np.__version__, onnxruntime.__version__):
        assert expected in text, expected
    assert "Inception Score" not in text  # not computed: left out, not shown blank


def test_views_are_embedded_so_the_file_stands_alone(tmp_path: Path) -> None:
    figures = [("Map <of> features", _png((255, 0, 0))), ("Least like", _png((0, 0, 255)))]
    target = tmp_path / "report.html"
    write_html(_result(), target, figures)
    parsed = _collect(target.read_text(encoding="utf-8"))
    assert len(parsed.images) == 2 and all(src.startswith("data:image/png;base64,") for src in parsed.images)
    decoded = Image.open(io.BytesIO(base64.b64decode(parsed.images[0].split(",", 1)[1])))
    assert decoded.size == (8, 6) and decoded.getpixel((0, 0)) == (255, 0, 0)
    assert "Map <of> features" in "".join(parsed.text)
    assert "link" not in parsed.tags and "src=\"http" not in target.read_text(encoding="utf-8")
    assert [path.name for path in tmp_path.iterdir()] == ["report.html"]  # no temporary file left behind


def test_a_picture_that_is_not_a_png_leaves_the_old_report_untouched(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    with raises_sentence("not a PNG"):
        write_html(_result(), target, [("Broken", b"GIF89a...")])
    assert target.read_text(encoding="utf-8") == "old"


def test_sentences_are_worded_by_the_front_end_and_the_language_is_declared() -> None:
    result = _result()
    result.warnings.append(Notice("duplicates", count=2, side=side_word("real")))
    document = result_to_html(result, wording=lambda message: f"[{message.code}]", language="zh_TW")
    assert '<html lang="zh-TW">' in document
    assert '<p class="warning">[legacy_text]</p>' in document and '<p class="warning">[duplicates]</p>' in document
    assert ": [legacy_text]</li>" in document  # the skipped file's reason
    english = result_to_html(result)
    assert '<html lang="en">' in english and "2 real images are exact copies of another image" in english


def test_the_interval_is_labelled_with_the_confidence_it_was_computed_at() -> None:
    text = "".join(_collect(result_to_html(_result())).text)
    assert DEFAULT_CONFIDENCE == 0.9
    assert "FID interval (bootstrap, 90 %)" in text and "95 %" not in text
