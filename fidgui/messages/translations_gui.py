"""The GUI area's catalogue codes in the shipped languages (the lead wires this into the lookup)."""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "unexpected_error": "发生了意外错误（{error}）。请重试；如果再次出现，请将此消息和日志文件 {log} 报告给 fidgui 开发者。",
    },
    "zh_TW": {
        "unexpected_error": "發生了意外錯誤（{error}）。請再試一次；如果再次發生，請將此訊息和記錄檔 {log} 回報給 fidgui 開發者。",
    },
    "ja": {
        "unexpected_error": (
            "予期しないエラーが発生しました（{error}）。もう一度お試しください。再び起きる場合は、このメッセージと"
            "ログファイル {log} を fidgui の開発者に報告してください。"
        ),
    },
}
