"""Translations of the CLIP model reader's and the CMMD metric's messages."""

from __future__ import annotations

_CN = "openai/clip-vit-large-patch14-336 的文件夹（config.json、preprocessor_config.json、model.safetensors）"
_TW = "openai/clip-vit-large-patch14-336 的資料夾（config.json、preprocessor_config.json、model.safetensors）"
_JA = "openai/clip-vit-large-patch14-336 のフォルダー（config.json、preprocessor_config.json、model.safetensors）"

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "safetensors_problem_header_json": "其张量描述无法读取",
        "safetensors_problem_duplicate": "它两次描述了张量 {name}",
        "safetensors_problem_entry": "{name} 的描述不完整或不可能成立",
        "safetensors_problem_dtype": "张量 {name} 的元素类型是 fidgui 不读取的类型（{dtype}）",
        "safetensors_problem_span": "张量 {name} 占 {span} 字节，而其形状和类型需要 {needed} 字节",
        "safetensors_problem_outside": "张量 {name} 超出了文件末尾",
        "safetensors_problem_overlap": "张量 {name} 和 {other} 占用了相同的字节",
        "safetensors_problem_gap": "张量 {name} 之前有无法解释的字节",
        "safetensors_problem_trailing": "最后一个张量之后有 {count} 个无法解释的字节",
        "clip_not_model_folder": f"{{path}} 不是 CLIP 模型。请选择{_CN}，或其中的 model.safetensors 或 pytorch_model.bin。",
        "clip_file_missing": f"CLIP 模型文件夹 {{path}} 中没有 {{name}}。请复制完整的{_CN}。",
        "clip_config_bad": f"文件 {{path}} 不是可用的 CLIP 配置：{{problem}}。请使用{_CN}中的文件。",
        "clip_config_not_json": "它不是可读取的 JSON 对象",
        "clip_config_not_vision": "它没有描述 CLIP 图像网络",
        "clip_config_value": "{field} 的值缺失或不可能成立",
        "clip_config_activation": "其激活函数 {name} 不是 fidgui 所知的函数（quick_gelu、gelu）",
        "clip_wrong_layout": f"文件 {{path}} 不包含其 config.json 所描述的 CLIP 图像网络：{{problems}}。请使用{_CN}。",
        "clip_wrong_dtype": f"{{path}} 中的张量 {{name}} 存放的是 {{dtype}} 值，而 CLIP 网络需要浮点数。请使用{_CN}。",
        "clip_not_finite": (
            "权重文件 {path} 的张量 {name} 中有 {count} 个非数值或无穷大的值；用它计算的任何数值都没有意义，"
            f"因此未使用。请使用{_CN}。"
        ),
        "clip_other_size": (
            "{path} 中的 CLIP 模型接受 {size}×{size} 的图像，每张图像给出 {width} 个值，"
            "但 CMMD 是用 openai/clip-vit-large-patch14-336 定义的（{expected_size}×{expected_size} 的图像，"
            "{expected_width} 个值）。请使用该模型。"
        ),
        "clip_image_settings_differ": (
            "{path} 中的图像设置（{field}）与 openai/clip-vit-large-patch14-336 的不同，而 CMMD 的预处理按后者进行；"
            "图像会以错误的方式送入网络。请使用该模型的文件夹。"
        ),
        "metric_cmmd": "CMMD",
        "metric_cmmd_choice": "CMMD（CLIP Maximum Mean Discrepancy）",
        "metric_cmmd_meaning": (
            "CLIP Maximum Mean Discrepancy：两组图像的 CLIP 图像嵌入之间的距离，数值越低越接近。"
            "与 FID 不同，它不假设嵌入服从正态分布，且在图像较少时就能趋于稳定。"
        ),
        "cmmd_no_embeddings": "CMMD 需要两侧各至少一张图像的 CLIP 嵌入。",
        "cmmd_not_clip_embeddings": "CMMD 基于 CLIP 图像嵌入计算，但本次运行提供的是其他特征，因此未计算。",
    },
    "zh_TW": {
        "safetensors_problem_header_json": "其張量描述無法讀取",
        "safetensors_problem_duplicate": "它兩次描述了張量 {name}",
        "safetensors_problem_entry": "{name} 的描述不完整或不可能成立",
        "safetensors_problem_dtype": "張量 {name} 的元素型別是 fidgui 不讀取的型別（{dtype}）",
        "safetensors_problem_span": "張量 {name} 佔 {span} 位元組，而其形狀與型別需要 {needed} 位元組",
        "safetensors_problem_outside": "張量 {name} 超出了檔案結尾",
        "safetensors_problem_overlap": "張量 {name} 與 {other} 佔用了相同的位元組",
        "safetensors_problem_gap": "張量 {name} 之前有無法解釋的位元組",
        "safetensors_problem_trailing": "最後一個張量之後有 {count} 個無法解釋的位元組",
        "clip_not_model_folder": f"{{path}} 不是 CLIP 模型。請選擇{_TW}，或其中的 model.safetensors 或 pytorch_model.bin。",
        "clip_file_missing": f"CLIP 模型資料夾 {{path}} 中沒有 {{name}}。請複製完整的{_TW}。",
        "clip_config_bad": f"檔案 {{path}} 不是可用的 CLIP 設定：{{problem}}。請使用{_TW}中的檔案。",
        "clip_config_not_json": "它不是可讀取的 JSON 物件",
        "clip_config_not_vision": "它沒有描述 CLIP 影像網路",
        "clip_config_value": "{field} 的值缺少或不可能成立",
        "clip_config_activation": "其激活函數 {name} 不是 fidgui 所知的函數（quick_gelu、gelu）",
        "clip_wrong_layout": f"檔案 {{path}} 不包含其 config.json 所描述的 CLIP 影像網路：{{problems}}。請使用{_TW}。",
        "clip_wrong_dtype": f"{{path}} 中的張量 {{name}} 存放的是 {{dtype}} 值，而 CLIP 網路需要浮點數。請使用{_TW}。",
        "clip_not_finite": (
            "權重檔案 {path} 的張量 {name} 中有 {count} 個非數值或無窮大的值；以它計算的任何數值都沒有意義，"
            f"因此未使用。請使用{_TW}。"
        ),
        "clip_other_size": (
            "{path} 中的 CLIP 模型接受 {size}×{size} 的影像，每張影像提供 {width} 個值，"
            "但 CMMD 是以 openai/clip-vit-large-patch14-336 定義的（{expected_size}×{expected_size} 的影像，"
            "{expected_width} 個值）。請使用該模型。"
        ),
        "clip_image_settings_differ": (
            "{path} 中的影像設定（{field}）與 openai/clip-vit-large-patch14-336 的不同，而 CMMD 的前處理依後者進行；"
            "影像會以錯誤的方式送入網路。請使用該模型的資料夾。"
        ),
        "metric_cmmd": "CMMD",
        "metric_cmmd_choice": "CMMD（CLIP Maximum Mean Discrepancy）",
        "metric_cmmd_meaning": (
            "CLIP Maximum Mean Discrepancy：兩組影像的 CLIP 影像嵌入之間的距離，數值越低越接近。"
            "與 FID 不同，它不假設嵌入服從常態分布，且在影像較少時就能趨於穩定。"
        ),
        "cmmd_no_embeddings": "CMMD 需要兩側各至少一張影像的 CLIP 嵌入。",
        "cmmd_not_clip_embeddings": "CMMD 以 CLIP 影像嵌入計算，但本次執行提供的是其他特徵，因此未計算。",
    },
    "ja": {
        "safetensors_problem_header_json": "テンソルの記述を読み取れません",
        "safetensors_problem_duplicate": "テンソル {name} が二重に記述されています",
        "safetensors_problem_entry": "{name} の記述が不完全か、ありえない値です",
        "safetensors_problem_dtype": "テンソル {name} の要素型は fidgui が読まない型です（{dtype}）",
        "safetensors_problem_span": "テンソル {name} は {span} バイトを占めますが、形状と型からは {needed} バイトのはずです",
        "safetensors_problem_outside": "テンソル {name} がファイルの末尾を越えています",
        "safetensors_problem_overlap": "テンソル {name} と {other} が同じバイトを使っています",
        "safetensors_problem_gap": "テンソル {name} の前に説明のつかないバイトがあります",
        "safetensors_problem_trailing": "最後のテンソルの後に説明のつかない {count} バイトがあります",
        "clip_not_model_folder": f"{{path}} は CLIP モデルではありません。{_JA}、またはその中の model.safetensors か pytorch_model.bin を選んでください。",
        "clip_file_missing": f"CLIP モデルのフォルダー {{path}} に {{name}} がありません。{_JA}を丸ごとコピーしてください。",
        "clip_config_bad": f"ファイル {{path}} は使える CLIP の設定ではありません: {{problem}}。{_JA}のファイルを使ってください。",
        "clip_config_not_json": "読み取れる JSON オブジェクトではありません",
        "clip_config_not_vision": "CLIP の画像ネットワークを記述していません",
        "clip_config_value": "{field} の値がないか、ありえない値です",
        "clip_config_activation": "活性化関数 {name} は fidgui が知らないものです（quick_gelu、gelu）",
        "clip_wrong_layout": f"ファイル {{path}} には config.json が記述する CLIP の画像ネットワークが入っていません: {{problems}}。{_JA}を使ってください。",
        "clip_wrong_dtype": f"{{path}} のテンソル {{name}} は {{dtype}} の値を持っていますが、CLIP ネットワークには浮動小数点数が必要です。{_JA}を使ってください。",
        "clip_not_finite": (
            "重みファイル {path} のテンソル {name} に数値でないか無限大の値が {count} 個あります。"
            f"これで計算した値はすべて無意味になるため、使いませんでした。{_JA}を使ってください。"
        ),
        "clip_other_size": (
            "{path} の CLIP モデルは {size}×{size} の画像を受け取り、画像 1 枚あたり {width} 個の値を出力しますが、"
            "CMMD は openai/clip-vit-large-patch14-336（{expected_size}×{expected_size} の画像、{expected_width} 個の値）で"
            "定義されています。そのモデルを使ってください。"
        ),
        "clip_image_settings_differ": (
            "{path} の画像設定（{field}）が openai/clip-vit-large-patch14-336 のものと異なります。CMMD の前処理は後者を再現するため、"
            "画像が誤った形でネットワークに渡されます。そのモデルのフォルダーを使ってください。"
        ),
        "metric_cmmd": "CMMD",
        "metric_cmmd_choice": "CMMD（CLIP Maximum Mean Discrepancy）",
        "metric_cmmd_meaning": (
            "CLIP Maximum Mean Discrepancy: 2 つの画像集合の CLIP 画像埋め込みの距離です。値が小さいほど近いことを表します。"
            "FID と違い埋め込みに正規分布を仮定せず、より少ない画像で値が安定します。"
        ),
        "cmmd_no_embeddings": "CMMD には両側それぞれ少なくとも 1 枚の画像の CLIP 埋め込みが必要です。",
        "cmmd_not_clip_embeddings": "CMMD は CLIP の画像埋め込みで計算しますが、この実行では別の特徴量が渡されたため、計算しませんでした。",
    },
}
