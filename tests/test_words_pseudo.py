"""A pseudo-language run: every string fidgui translates comes out marked ⟦…⟧; an unmarked word was forgotten.

The translator is patched in where every front end fetches it (``fidgui.messages.translations.translator``), so
the CLI and the HTML report are checked exactly as a Japanese reader would get them, minus the guesswork of
reading Japanese: any Latin word outside the marks, file names, paths, numbers and kept names is a missed
sentence. The run has skipped files, converted images (grayscale, 16-bit), the CPU notice and a model error.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_report_words import IMAGES, _Texts, uneven_folder
from words_check import english_words, mark_template, strip_marked

from fidgui.cli.main import main
from fidgui.core.base.comparison_types import ComparisonRequest
from fidgui.core.report.html import result_to_html
from fidgui.core.run.comparison import run_comparison
from fidgui.messages import translations
from fidgui.messages.render import render


def _marking(language: str):  # type: ignore[no-untyped-def]
    return lambda code, english: mark_template(english)  # parameters stay outside the marks, and are checked


@pytest.fixture
def pseudo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translations, "translator", _marking)


def _unmarked(lines: list[str], parameters: tuple[str, ...], every_line: bool) -> list[tuple[str, list[str]]]:
    """Latin words outside the marks that are not names or parameters; with ``every_line``, unmarked lines too.

    A CLI line always says something; a report's text node may be a value alone (a number, a path, a mode name).
    """
    return [
        (line, english_words(strip_marked(line), parameters))
        for line in lines
        if line.strip() and (("⟦" not in line and every_line) or english_words(strip_marked(line), parameters))
    ]


def test_every_line_the_cli_prints_is_translated(pseudo: None, tmp_path: Path, fixture_onnx: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    real = uneven_folder(tmp_path / "real")
    broken = tmp_path / "broken.onnx"
    broken.write_bytes(b"this is not an ONNX model")
    assert main(["--lang", "ja", "fid", str(real), str(IMAGES / "small_b"), "--model", str(fixture_onnx),
                 "--device", "auto", "--no-cache"]) == 0
    assert main(["--lang", "ja", "history", "list"]) == 0
    assert main(["--lang", "ja", "reference", "list"]) == 0
    assert main(["--lang", "ja", "fid", str(real), str(IMAGES / "small_b"), "--model", str(broken)]) == 1
    printed = capsys.readouterr()
    lines = printed.out.splitlines() + printed.err.splitlines()
    text = "\n".join(lines)
    assert "empty.png" in text and "notes.png" in text  # both skipped files are listed
    assert "1 ⟦image was⟧⟦ 16-bit and scaled to 8 bits." in text  # a conversion note
    assert "⟦The computation ran on the CPU because ⟧" in text or "⟦NVIDIA GPU via CUDA⟧" in text
    assert str(broken) in lines[-1]  # the model error, last
    parameters = (str(real), str(IMAGES / "small_b"), str(fixture_onnx), str(broken), str(tmp_path),
                  *(path.name for path in real.iterdir()), "fidgui-cli")
    assert _unmarked(lines, parameters, every_line=True) == []


def test_every_text_of_the_html_report_is_translated(pseudo: None, tmp_path: Path, fixture_onnx: Path) -> None:
    real = uneven_folder(tmp_path / "real")
    result = run_comparison(ComparisonRequest(real=real, generated=IMAGES / "small_b", model=fixture_onnx))
    assert "conversion" in {notice.code for notice in result.warnings} and result.real.skipped
    marking = translations.translator("pseudo")
    parsed = _Texts()
    parsed.feed(result_to_html(result, wording=lambda message: render(message, marking), language="ja"))
    parameters = (str(real), str(IMAGES / "small_b"), str(fixture_onnx), *(path.name for path in real.iterdir()))
    assert _unmarked(parsed.texts, parameters, every_line=False) == []
