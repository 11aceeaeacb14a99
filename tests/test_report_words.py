"""The HTML report in Japanese: every heading, label, row and sentence, with lang="ja" and Japanese fonts."""

from __future__ import annotations

import html.parser
import shutil
from pathlib import Path

import numpy as np
from PIL import Image

from words_check import english_words

from fidgui.core.base.comparison_types import ComparisonRequest
from fidgui.core.report.html import result_to_html
from fidgui.core.run.comparison import run_comparison
from fidgui.messages import translations
from fidgui.messages.render import render

IMAGES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "images"


class _Texts(html.parser.HTMLParser):
    """Every text node a reader sees (the style sheet is not text), and every alt text."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        self.texts += [value for name, value in attrs if name == "alt" and value]

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if data.strip() and not self._in_style:
            self.texts.append(data.strip())


def uneven_folder(root: Path) -> Path:
    """Four fixture images, a grayscale and a 16-bit PNG, an empty file and a text file named .png."""
    root.mkdir()
    for name in sorted(p.name for p in (IMAGES / "small_a").iterdir())[:4]:
        shutil.copyfile(IMAGES / "small_a" / name, root / name)
    Image.fromarray(np.arange(64 * 64, dtype=np.uint8).reshape(64, 64)).save(root / "gray.png")
    deep = Image.new("I;16", (64, 64))
    deep.frombytes((np.arange(64 * 64, dtype="<u2") * 16).tobytes())
    deep.save(root / "deep.png")
    (root / "empty.png").write_bytes(b"")
    (root / "notes.png").write_text("not a picture\n", encoding="utf-8")
    return root


def test_the_japanese_report_has_no_english_sentence_left(tmp_path: Path, fixture_onnx: Path) -> None:
    real = uneven_folder(tmp_path / "real")
    request = ComparisonRequest(real=real, generated=IMAGES / "small_b", model=fixture_onnx, batch_size=8)
    result = run_comparison(request)
    assert result.real.converted == {"grayscale": 2, "sixteen_bit": 1} and len(result.real.skipped) == 2
    japanese = translations.translator("ja")
    document = result_to_html(result, wording=lambda message: render(message, japanese), language="ja")
    assert '<html lang="ja">' in document and '"Noto Sans CJK JP"' in document and '"Hiragino Sans"' in document
    parsed = _Texts()
    parsed.feed(document)
    text = "\n".join(parsed.texts)
    for expected in ("FID レポート", "数値", "計算方法", "実画像（フォルダー）", "グレースケール 2 枚", "16 ビット 1 枚",
                     "このファイルは空（0 バイト）", "テキストが入っています", "CPU（"):
        assert expected in text, expected
    parameters = (str(real), str(IMAGES / "small_b"), str(fixture_onnx), *(p.name for p in real.iterdir()))
    left = {word for line in parsed.texts for word in english_words(line, parameters)}
    assert left == set(), left
