"""Translations of the sentences of comparisons that run several networks (``catalog_multi``)."""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "statistics_encoders_differ": "这些统计量来自不同的网络（{first} 和 {second}），它们之间的距离没有意义。请用同一个网络计算两者。",
        "report_metric_network": "{metric}：网络 / 模式 / 权重 SHA-256",
        "metric_mixes_encoders": "指标 {metric} 读取多个网络（{encoders}）；一个指标的所有输入必须来自同一个网络。",
        "modes_same_encoder": "模式“{first}”和“{second}”都属于 {encoder} 网络；请只选择其中一个。",
        "statistics_other_encoder": (
            "{name} 保存的是 {found} 网络的统计量，但这个数值需要 {encoder} 网络的统计量。"
            "请从图像计算，或提供用该网络生成的统计量文件。"
        ),
        "metric_encoder_not_read": "{encoder} 网络没有读取这些图像。",
        "stats_width_recorded_differs": (
            "{name} 声明其统计量宽度为 {width:n} 个特征，实际为 {found:n} 个，文件已损坏。请从图像重新计算。"
        ),
        "rank_deficient_metric": (
            "{shortage}，不多于 {encoder} 网络描述每张图像所用的 {features:n} 个特征，因此其协方差不完整（秩亏）。"
            "{metric} 仍会计算，但会因图像不足而偏高，只能与用相同数量图像算出的数值比较。"
            "请每侧使用多于 {features:n} 张图像。"
        ),
        "encoder_model_not_set_up": (
            "{network} 网络尚未设置，而所选指标需要它（{problem:clause}）。"
            "请用“fidgui-cli model import FILE”导入其权重（fidgui 会根据文件内容识别网络），或不选它的指标。"
        ),
        "encoder_model_not_found": "没有找到模型文件。",
        "encoder_model_unusable": "{path} 不能用作 {network} 网络：{detail}",
        "encoder_model_wrong_output": (
            "{path} 不是 {network} 网络：其输出 {output} 的形状为 {shape}，而不是每张图像 {width:n} 个值。"
        ),
        "encoder_weights_unhashed": "fidgui 无法计算 {path} 处 {network} 权重的 SHA-256。",
        "model_network_not_available": "{path} 看起来是 {network} 网络的权重，但此版本的 fidgui 不包含该网络。",
        "model_folder_not_recognised": (
            "{path} 是文件夹，但不是 CLIP 模型（model.safetensors 或 pytorch_model.bin 及其旁边的 config.json 和 "
            "preprocessor_config.json）；请提供权重文件或 CLIP 模型文件夹。"
        ),
        "model_stage_checking": "正在检查模型",
        "model_stage_copying": "正在复制模型",
        "model_stage_reading": "正在读取并检查权重",
        "model_stage_building": "正在构建网络",
        "model_stage_saving": "正在保存模型",
        "model_stage_downloading": "正在下载 FID 权重",
        "model_stage_done": "完成",
        "encoder_model_not_standard": "{network} 模型 {path} 不是官方发布的模型（权重 SHA-256 {sha256}）：其数值只能与用同一模型得到的数值比较，不能与已发表的数值比较。",
        "model_stage_checking_network": "正在检查 {network} 模型",
        "model_stage_copying_network": "正在复制 {network} 模型",
        "model_stage_reading_network": "正在读取并检查 {network} 权重",
        "model_stage_building_network": "正在构建并保存 {network} 网络",
        "cli_model_network_installed": "{network}：{path}（权重 SHA-256 {sha256}；{standard:clause}）",
        "cli_model_network_missing": (
            "{network}：尚未设置；仅 {metrics} 需要它。请用“fidgui-cli model import FILE”导入其权重。"
        ),
        "model_network_standard": "已发布的权重。",
        "model_network_not_standard": "不是已发布的权重：数值只能与此模型的结果比较。",
        "cli_stats_written_network": "已将 {count:n} 张图像的 {network} 统计量（{mode}）写入 {path}",
    },
    "zh_TW": {
        "statistics_encoders_differ": "這些統計量來自不同的網路（{first} 和 {second}），它們之間的距離沒有意義。請以同一個網路計算兩者。",
        "report_metric_network": "{metric}：網路 / 模式 / 權重 SHA-256",
        "metric_mixes_encoders": "指標 {metric} 讀取多個網路（{encoders}）；一個指標的所有輸入必須來自同一個網路。",
        "modes_same_encoder": "模式「{first}」和「{second}」都屬於 {encoder} 網路；請只選擇其中一個。",
        "statistics_other_encoder": (
            "{name} 儲存的是 {found} 網路的統計量，但這個數值需要 {encoder} 網路的統計量。"
            "請從影像計算，或提供以該網路產生的統計量檔案。"
        ),
        "metric_encoder_not_read": "{encoder} 網路沒有讀取這些影像。",
        "stats_width_recorded_differs": (
            "{name} 宣告其統計量寬度為 {width:n} 個特徵，實際為 {found:n} 個，檔案已損壞。請從影像重新計算。"
        ),
        "rank_deficient_metric": (
            "{shortage}，不多於 {encoder} 網路描述每張影像所用的 {features:n} 個特徵，因此其共變異數不完整（秩不足）。"
            "{metric} 仍會計算，但會因影像不足而偏高，只能與以相同數量影像算出的數值比較。"
            "請每側使用多於 {features:n} 張影像。"
        ),
        "encoder_model_not_set_up": (
            "{network} 網路尚未設定，而所選指標需要它（{problem:clause}）。"
            "請用「fidgui-cli model import FILE」匯入其權重（fidgui 會依檔案內容辨識網路），或不選它的指標。"
        ),
        "encoder_model_not_found": "找不到模型檔案。",
        "encoder_model_unusable": "{path} 無法用作 {network} 網路：{detail}",
        "encoder_model_wrong_output": (
            "{path} 不是 {network} 網路：其輸出 {output} 的形狀為 {shape}，而不是每張影像 {width:n} 個值。"
        ),
        "encoder_weights_unhashed": "fidgui 無法計算 {path} 處 {network} 權重的 SHA-256。",
        "model_network_not_available": "{path} 看起來是 {network} 網路的權重，但此版本的 fidgui 不包含該網路。",
        "model_folder_not_recognised": (
            "{path} 是資料夾，但不是 CLIP 模型（model.safetensors 或 pytorch_model.bin 及其旁邊的 config.json 和 "
            "preprocessor_config.json）；請提供權重檔案或 CLIP 模型資料夾。"
        ),
        "model_stage_checking": "正在檢查模型",
        "model_stage_copying": "正在複製模型",
        "model_stage_reading": "正在讀取並檢查權重",
        "model_stage_building": "正在建構網路",
        "model_stage_saving": "正在儲存模型",
        "model_stage_downloading": "正在下載 FID 權重",
        "model_stage_done": "完成",
        "encoder_model_not_standard": "{network} 模型 {path} 不是官方發布的模型（權重 SHA-256 {sha256}）：其數值只能與用同一模型得到的數值比較，不能與已發表的數值比較。",
        "model_stage_checking_network": "正在檢查 {network} 模型",
        "model_stage_copying_network": "正在複製 {network} 模型",
        "model_stage_reading_network": "正在讀取並檢查 {network} 權重",
        "model_stage_building_network": "正在建構並儲存 {network} 網路",
        "cli_model_network_installed": "{network}：{path}（權重 SHA-256 {sha256}；{standard:clause}）",
        "cli_model_network_missing": (
            "{network}：尚未設定；僅 {metrics} 需要它。請用「fidgui-cli model import FILE」匯入其權重。"
        ),
        "model_network_standard": "已發布的權重。",
        "model_network_not_standard": "不是已發布的權重：數值只能與此模型的結果比較。",
        "cli_stats_written_network": "已將 {count:n} 張影像的 {network} 統計量（{mode}）寫入 {path}",
    },
    "ja": {
        "statistics_encoders_differ": "これらの統計量は異なるネットワーク（{first} と {second}）のもので、その間の距離には意味がありません。同じネットワークで両方を計算してください。",
        "report_metric_network": "{metric}: ネットワーク / モード / 重みの SHA-256",
        "metric_mixes_encoders": (
            "指標 {metric} は複数のネットワーク（{encoders}）を読み取ります。指標の入力はすべて 1 つのネットワークから"
            "でなければなりません。"
        ),
        "modes_same_encoder": "モード「{first}」と「{second}」はどちらも {encoder} ネットワークのものです。どちらか一方を選んでください。",
        "statistics_other_encoder": (
            "{name} は {found} ネットワークの統計量ですが、この値には {encoder} ネットワークの統計量が必要です。"
            "画像から計算するか、そのネットワークで作った統計量ファイルを指定してください。"
        ),
        "metric_encoder_not_read": "{encoder} ネットワークはこれらの画像を読み取っていません。",
        "stats_width_recorded_differs": (
            "{name} は統計量の幅を {width:n} 個の特徴量と記録していますが、実際は {found:n} 個で、ファイルが壊れています。"
            "画像から計算し直してください。"
        ),
        "rank_deficient_metric": (
            "{shortage}で、{encoder} ネットワークが各画像を表す {features:n} 個の特徴量以下のため、共分散が不完全です"
            "（ランク落ち）。{metric} は計算されますが、この不足のため高めに出ており、同じ枚数の画像で計算した値としか"
            "比べられません。各側に {features:n} 枚を超える画像を使ってください。"
        ),
        "encoder_model_not_set_up": (
            "{network} ネットワークが設定されていませんが、選んだ指標に必要です（{problem:clause}）。"
            "「fidgui-cli model import FILE」で重みを取り込むか（fidgui はファイルの中身からネットワークを判別します）、"
            "その指標を外してください。"
        ),
        "encoder_model_not_found": "モデルファイルが見つかりません。",
        "encoder_model_unusable": "{path} は {network} ネットワークとして使えません: {detail}",
        "encoder_model_wrong_output": (
            "{path} は {network} ネットワークではありません。出力 {output} の形が {shape} で、"
            "画像 1 枚あたり {width:n} 個の値ではありません。"
        ),
        "encoder_weights_unhashed": "fidgui は {path} の {network} の重みの SHA-256 を計算できませんでした。",
        "model_network_not_available": (
            "{path} は {network} ネットワークの重みのようですが、このバージョンの fidgui には含まれていません。"
        ),
        "model_folder_not_recognised": (
            "{path} はフォルダーですが CLIP モデル（model.safetensors または pytorch_model.bin とその隣の config.json、"
            "preprocessor_config.json）ではありません。重みファイルか CLIP モデルのフォルダーを指定してください。"
        ),
        "model_stage_checking": "モデルを確認しています",
        "model_stage_copying": "モデルをコピーしています",
        "model_stage_reading": "重みを読み込んで確認しています",
        "model_stage_building": "ネットワークを構築しています",
        "model_stage_saving": "モデルを保存しています",
        "model_stage_downloading": "FID の重みをダウンロードしています",
        "model_stage_done": "完了",
        "encoder_model_not_standard": "{network} のモデル {path} は公開されたものではありません（重みの SHA-256 {sha256}）。この値は同じモデルで計算した値とだけ比較でき、公表された値とは比較できません。",
        "model_stage_checking_network": "{network} モデルを確認しています",
        "model_stage_copying_network": "{network} モデルをコピーしています",
        "model_stage_reading_network": "{network} の重みを読み込んで確認しています",
        "model_stage_building_network": "{network} ネットワークを構築して保存しています",
        "cli_model_network_installed": "{network}: {path}（重みの SHA-256 {sha256}、{standard:clause}）",
        "cli_model_network_missing": (
            "{network}: 未設定です。{metrics} にのみ必要です。「fidgui-cli model import FILE」で重みを取り込んでください。"
        ),
        "model_network_standard": "公開されている重みです。",
        "model_network_not_standard": "公開されている重みではありません。値はこのモデルの結果とだけ比べられます。",
        "cli_stats_written_network": "{count:n} 枚の画像の {network} 統計量（{mode}）を {path} に書き込みました",
    },
}
