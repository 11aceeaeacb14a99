"""zh_CN, zh_TW and ja for ``catalog_words_gui.py``: full-width full stops, no space after them."""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "gui_notice_item": "<b>{heading}。</b>{sentence}",
        "gui_history_count": "共 {count:n} 次比较",
        "gui_history_count_shown": "显示 {total:n} 次比较中的 {shown:n} 次",
    },
    "zh_TW": {
        "gui_notice_item": "<b>{heading}。</b>{sentence}",
        "gui_history_count": "共 {count:n} 次比較",
        "gui_history_count_shown": "顯示 {total:n} 次比較中的 {shown:n} 次",
    },
    "ja": {
        "gui_notice_item": "<b>{heading}。</b>{sentence}",
        "gui_history_count": "比較 {count:n} 件",
        "gui_history_count_shown": "{total:n} 件中 {shown:n} 件の比較を表示",
    },
}
