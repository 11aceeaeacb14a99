"""Translations of catalog_e2e13 (FD_DINOv2 and CMMD end to end)."""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "dinov2_other_size": (
            "FD_DINOv2 按 dgm-eval 和 EDM2 的计算方式定义在 DINOv2 {expected}（每张图像 {expected_width} 个值）上；"
            "文件 {path} 是 DINOv2 {size}（每张图像 {width} 个值）。请使用 dinov2_vitl14_pretrain.pth。"
        ),
        "model_status_file": "模型文件：{path}",
        "model_status_weights": "权重 SHA-256：{sha256}",
        "model_status_weights_unverified": "权重 SHA-256：{sha256}（模型文件中的记录；fidgui 未在此配置中转换它，因此未经验证）",
        "model_status_model_sha256": "模型文件 SHA-256：{sha256}",
        "model_status_standard": "这是标准 FID 权重（pt_inception-2015-12-05）：结果可与 pytorch-fid 及已发表的 FID 比较。",
        "model_status_not_standard": (
            "这不是标准 FID 权重：结果只能与同一模型的其他结果比较。要得到可发表的 FID，请安装标准权重（{sha256}...）。"
        ),
        "model_status_looked_in": "查找位置：{paths}",
        "e2e13_network_modes_title": "其他网络",
        "e2e13_mode_label": "{metric} 预处理：",
        "e2e13_mode_dgm-eval": "dgm-eval（EDM2 的精确参考方式）",
        "e2e13_mode_edm2": "edm2（EDM2 默认，torch 缩放）",
        "e2e13_mode_edm2-pil": "edm2-pil（EDM2，PIL 缩放）",
        "e2e13_mode_cmmd": "cmmd（cmmd-pytorch）",
        "e2e13_results_title": "各网络的结果",
        "e2e13_result_row": "{metric}：{value}",
        "e2e13_result_network": "{network}，{mode}，{count_real} 与 {count_generated} 张图像",
        "e2e13_result_not_asked": "{metric}：未计算（请在指标中选择它）",
    },
    "zh_TW": {
        "dinov2_other_size": (
            "FD_DINOv2 依 dgm-eval 與 EDM2 的計算方式定義於 DINOv2 {expected}（每張影像 {expected_width} 個值）；"
            "檔案 {path} 是 DINOv2 {size}（每張影像 {width} 個值）。請使用 dinov2_vitl14_pretrain.pth。"
        ),
        "model_status_file": "模型檔案：{path}",
        "model_status_weights": "權重 SHA-256：{sha256}",
        "model_status_weights_unverified": "權重 SHA-256：{sha256}（模型檔案中的記錄；fidgui 未在此設定檔中轉換它，因此未經驗證）",
        "model_status_model_sha256": "模型檔案 SHA-256：{sha256}",
        "model_status_standard": "這是標準 FID 權重（pt_inception-2015-12-05）：結果可與 pytorch-fid 及已發表的 FID 比較。",
        "model_status_not_standard": (
            "這不是標準 FID 權重：結果只能與同一模型的其他結果比較。要得到可發表的 FID，請安裝標準權重（{sha256}...）。"
        ),
        "model_status_looked_in": "搜尋位置：{paths}",
        "e2e13_network_modes_title": "其他網路",
        "e2e13_mode_label": "{metric} 前處理：",
        "e2e13_mode_dgm-eval": "dgm-eval（EDM2 的精確參考方式）",
        "e2e13_mode_edm2": "edm2（EDM2 預設，torch 縮放）",
        "e2e13_mode_edm2-pil": "edm2-pil（EDM2，PIL 縮放）",
        "e2e13_mode_cmmd": "cmmd（cmmd-pytorch）",
        "e2e13_results_title": "各網路的結果",
        "e2e13_result_row": "{metric}：{value}",
        "e2e13_result_network": "{network}，{mode}，{count_real} 與 {count_generated} 張影像",
        "e2e13_result_not_asked": "{metric}：未計算（請在指標中選擇它）",
    },
    "ja": {
        "dinov2_other_size": (
            "FD_DINOv2 は dgm-eval と EDM2 の計算どおり DINOv2 {expected}（画像 1 枚あたり {expected_width} 個の値）で"
            "定義されています。ファイル {path} は DINOv2 {size}（画像 1 枚あたり {width} 個の値）です。"
            "dinov2_vitl14_pretrain.pth を使ってください。"
        ),
        "model_status_file": "モデルファイル：{path}",
        "model_status_weights": "重みの SHA-256：{sha256}",
        "model_status_weights_unverified": (
            "重みの SHA-256：{sha256}（モデルファイルの記載どおり。このプロファイルで fidgui が変換したものではないため、"
            "検証されていません）"
        ),
        "model_status_model_sha256": "モデルファイルの SHA-256：{sha256}",
        "model_status_standard": "標準の FID の重み（pt_inception-2015-12-05）です。結果は pytorch-fid や公表された FID と比較できます。",
        "model_status_not_standard": (
            "標準の FID の重みではありません。結果はこの同じモデルの他の結果とだけ比較できます。"
            "公表できる FID には標準の重み（{sha256}...）をインストールしてください。"
        ),
        "model_status_looked_in": "探した場所：{paths}",
        "e2e13_network_modes_title": "その他のネットワーク",
        "e2e13_mode_label": "{metric} の前処理：",
        "e2e13_mode_dgm-eval": "dgm-eval（EDM2 の厳密な参照手順）",
        "e2e13_mode_edm2": "edm2（EDM2 の既定、torch のリサイズ）",
        "e2e13_mode_edm2-pil": "edm2-pil（EDM2、PIL のリサイズ）",
        "e2e13_mode_cmmd": "cmmd（cmmd-pytorch）",
        "e2e13_results_title": "ネットワークごとの結果",
        "e2e13_result_row": "{metric}：{value}",
        "e2e13_result_network": "{network}、{mode}、{count_real} 枚と {count_generated} 枚の画像",
        "e2e13_result_not_asked": "{metric}：計算していません（指標で選んでください）",
    },
}
