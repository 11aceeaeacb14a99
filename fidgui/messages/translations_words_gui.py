"""zh_CN, zh_TW and ja for ``catalog_words_gui.py``: full-width full stops, no space after them."""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "gui_notice_item": "<b>{heading}。</b>{sentence}",
    },
    "zh_TW": {
        "gui_notice_item": "<b>{heading}。</b>{sentence}",
    },
    "ja": {
        "gui_notice_item": "<b>{heading}。</b>{sentence}",
    },
}
