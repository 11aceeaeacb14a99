"""Translations of the encoder protocol's and the feature cache's messages (the "# encoders" block of the catalogue)."""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "unknown_encoder": "fidgui 没有名为“{name}”的网络；请从以下选择：{known}。",
        "statistics_width_mismatch": (
            "{name} 中的统计量每张图像有 {width} 个特征，但 {encoder} 网络给出 {expected} 个；"
            "它们是用其他网络或设置计算的。请从图像重新计算。"
        ),
        "feature_cache_rebuilt": (
            "特征缓存由旧版 fidgui 写入（格式 {version}），无法转换，因此已清空并正在重建："
            "图像会再通过网络计算一次。其他内容不受影响。"
        ),
    },
    "zh_TW": {
        "unknown_encoder": "fidgui 沒有名為「{name}」的網路；請從以下選擇：{known}。",
        "statistics_width_mismatch": (
            "{name} 中的統計量每張影像有 {width} 個特徵，但 {encoder} 網路提供 {expected} 個；"
            "它們是以其他網路或設定計算的。請從影像重新計算。"
        ),
        "feature_cache_rebuilt": (
            "特徵快取由舊版 fidgui 寫入（格式 {version}），無法轉換，因此已清空並正在重建："
            "影像會再經過網路計算一次。其他內容不受影響。"
        ),
    },
    "ja": {
        "unknown_encoder": "fidgui には「{name}」というネットワークはありません。次から選んでください: {known}。",
        "statistics_width_mismatch": (
            "{name} の統計量は画像 1 枚あたり {width} 個の特徴量を表しますが、{encoder} ネットワークは {expected} 個を出力します。"
            "別のネットワークまたは設定で計算されたものです。画像から計算し直してください。"
        ),
        "feature_cache_rebuilt": (
            "特徴量キャッシュは古いバージョンの fidgui（形式 {version}）で書かれており変換できなかったため、"
            "空にして作り直しています。画像はもう一度だけネットワークで計算されます。ほかには影響ありません。"
        ),
    },
}
