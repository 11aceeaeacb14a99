"""One term per concept in each language, in the window's .ts files and the message catalogue alike (GLOSSARY.md).

A reader who meets 影像 in a warning and 圖片 in the button next to it wonders whether they are two things.
The glossary chose one term for each concept; each rejected term below is what a translator reaches for by
habit (or what a Simplified-to-Traditional conversion leaves), so the test names it and where it appears.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest

from fidgui.gui.language import TRANSLATIONS_DIR
from fidgui.messages import translations

# language: (rejected pattern, the glossary's term, the concept)
REJECTED: dict[str, list[tuple[str, str, str]]] = {
    "zh_TW": [
        ("圖片|圖像", "影像", "image (real / generated images)"),
        ("統計(?!量)", "統計量", "statistics"),
        ("協方差|共變數", "共變異數", "covariance"),
        ("緩存|快取區", "快取", "feature cache"),
        ("文件夾|檔案夾", "資料夾", "folder"),
        ("文件", "檔案", "file"),
        ("網絡", "網路", "network"),
        ("模式識別|型號", "模型", "model"),
    ],
    "zh_CN": [
        ("图片", "图像", "image (real / generated images)"),
        ("(?<!正在)统计(?!量)", "统计量", "statistics"),
        ("共变异数|协变异数", "协方差", "covariance"),
        ("快取|高速缓存", "缓存", "feature cache"),
        ("型号", "模型", "model"),
    ],
    "ja": [
        ("統計(?!量)", "統計量", "statistics"),
        ("本物の画像|リアル画像|実写画像", "実画像", "real images"),
        ("特徴キャッシュ|特徴量のキャッシュ", "特徴量キャッシュ", "feature cache"),
        ("フォルダ(?!ー)", "フォルダー", "folder"),
        ("分散共分散", "共分散", "covariance"),
    ],
}


def _window_texts(language: str) -> dict[str, str]:
    root = ElementTree.parse(TRANSLATIONS_DIR / f"fidgui_{language}.ts").getroot()
    return {f"{context.findtext('name')}: {message.findtext('source')}": message.findtext("translation") or ""
            for context in root.iter("context") for message in context.iter("message")}


@pytest.mark.parametrize("language", sorted(REJECTED))
def test_the_window_and_the_messages_use_the_glossary_terms(language: str) -> None:
    texts = {**{f"catalogue {code}": text for code, text in translations.table(language).items()},
             **{f".ts {key}": text for key, text in _window_texts(language).items()}}
    assert len(texts) > 500  # both sources were read
    found = [(concept, f"{term} (not {match.group(0)})", where, text)
             for where, text in texts.items() for rejected, term, concept in REJECTED[language]
             for match in [re.search(rejected, text)] if match]
    assert found == [], "\n".join(map(repr, found[:20]))


def test_traditional_chinese_says_yingxiang_for_image_where_simplified_says_tuxiang() -> None:
    """The chosen term is really used (a test of absence alone would pass on an empty table)."""
    window, catalogue = _window_texts("zh_TW"), translations.table("zh_TW")
    assert window["DropZone: Real images"] == catalogue["side_real_images"] == "真實影像"
    assert translations.table("zh_CN")["side_real_images"] == "真实图像"
