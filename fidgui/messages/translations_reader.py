"""zh_CN, zh_TW and ja sentences for ``catalog_reader.py``: the reader's refusals for a named network.

Placeholders are kept exactly; ``{network}`` is a proper name (DINOv2, CLIP) and is not translated.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "weights_not_torch_for": "文件 {path} 不是 PyTorch 权重文件。请选择官方 {network} 权重文件。",
        "weights_runs_code_for": "文件 {path} 在打开时要求运行代码（{name}），权重文件从不需要这样做，因此 fidgui "
                                 "拒绝打开它。请使用来自可信来源的官方 {network} 权重文件。",
        "weights_tampered_for": "文件 {path} 在创建{what}之后又修改了它，真正的权重文件从不这样做，因此 fidgui "
                                "拒绝打开它。请使用来自可信来源的官方 {network} 权重文件。",
        "weights_unsupported_writer_for": "权重文件 {path} 由 fidgui 无法读取的 PyTorch 版本或机器写入。"
                                          "请改用官方 {network} 权重文件。",
        "weights_not_state_dict_for": "文件 {path} 是 PyTorch 文件，但不是一组普通权重（state dict）。"
                                      "请选择官方 {network} 权重文件。",
    },
    "zh_TW": {
        "weights_not_torch_for": "檔案 {path} 不是 PyTorch 權重檔。請選擇官方 {network} 權重檔。",
        "weights_runs_code_for": "檔案 {path} 在開啟時要求執行程式碼（{name}），權重檔從不需要這樣做，因此 fidgui "
                                 "拒絕開啟。請使用來自可信來源的官方 {network} 權重檔。",
        "weights_tampered_for": "檔案 {path} 在建立{what}之後又修改了它，真正的權重檔從不這樣做，因此 fidgui "
                                "拒絕開啟。請使用來自可信來源的官方 {network} 權重檔。",
        "weights_unsupported_writer_for": "權重檔 {path} 由 fidgui 無法讀取的 PyTorch 版本或機器寫入。"
                                          "請改用官方 {network} 權重檔。",
        "weights_not_state_dict_for": "檔案 {path} 是 PyTorch 檔案，但不是一組一般權重（state dict）。"
                                      "請選擇官方 {network} 權重檔。",
    },
    "ja": {
        "weights_not_torch_for": "ファイル {path} は PyTorch の重みファイルではありません。公式の {network} "
                                 "重みファイルを選んでください。",
        "weights_runs_code_for": "ファイル {path} は開くときにコードの実行（{name}）を求めています。重みファイルには"
                                 "決して必要ないため、fidgui は開くのを拒否しました。信頼できる入手元の公式 {network} "
                                 "重みファイルを使ってください。",
        "weights_tampered_for": "ファイル {path} は{what}を作成した後で書き換えています。本物の重みファイルは決して"
                                "そうしないため、fidgui は開くのを拒否しました。信頼できる入手元の公式 {network} "
                                "重みファイルを使ってください。",
        "weights_unsupported_writer_for": "重みファイル {path} は fidgui が読めない PyTorch のバージョンまたはマシンで"
                                          "書かれています。代わりに公式の {network} 重みファイルを使ってください。",
        "weights_not_state_dict_for": "ファイル {path} は PyTorch ファイルですが、単純な重みの集合（state dict）では"
                                      "ありません。公式の {network} 重みファイルを選んでください。",
    },
}
