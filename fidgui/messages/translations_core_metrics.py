"""The metrics' and the views' refusals (too few images, mismatched features) in 简体中文, 繁體中文 and 日本語.

Terms follow GLOSSARY.md beside this file. Placeholders are kept by name; the
``{n:one:…|…}`` plural choices of the English are left out, since none of these
languages inflects a noun for a count.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "statistics_size_mismatch": (
            "两组统计量的大小不同（分别为 {first} 和 {second} 个特征）；它们来自不同的网络或网络层，无法比较。"
        ),
        "statistics_not_finite": "统计量中含有无效值（NaN 或无穷大），无法计算 FID；请从图像重新计算统计量。",
        "statistics_mode_mismatch": (
            "一侧在“{first}”模式下计算，另一侧在“{second}”模式下计算；不同模式的 FID 本来就不同。"
            "请用相同模式计算两侧。"
        ),
        "statistics_model_mismatch": "两侧是用不同的网络计算的（权重不同）；请用同一个模型重新计算两侧。",
        "features_not_table": "{side}图像的特征应当是每张图像一行的表格，但其形状为 {shape}。请从图像重新计算。",
        "covariance_too_few_images": "协方差至少需要 {needed} 张图像，而{side}图像只有 {count} 张；请添加图像。",
        "features_not_finite": "{side}图像的特征中含有无效值（NaN 或无穷大）；请从图像重新计算。",
        "feature_width_mismatch": (
            "两侧的特征大小不同（{first} 和 {second}）；它们来自不同的网络或网络层，无法比较。"
        ),
        "bootstrap_too_few_rounds": "自助法区间至少需要 2 轮，而请求的是 {rounds} 轮。",
        "confidence_out_of_range": "区间的置信度必须在 0 到 1 之间（例如 0.9），而请求的是 {confidence}。",
        "fid_infinity_too_few_points": "FID∞ 需要拟合一条直线，因此至少需要 2 种子集大小，而请求的是 {points} 种。",
        "fid_infinity_too_few_images": (
            "FID∞ 至少需要 {needed} 张生成图像（{dims} 个特征的两倍，使每个子集的图像数多于特征数），"
            "而这组只有 {count} 张。请添加图像，或只报告普通 FID。"
        ),
        "fid_infinity_min_size": "FID∞ 的最小子集必须包含 {dims}（特征数）到 {largest} 张图像，而请求的是 {asked}。",
        "kid_too_few_images": "KID 每侧至少需要 2 张图像；请向图像较少的文件夹添加图像。",
        "inception_score_too_few_images": "Inception Score 至少需要 {splits} 张图像（每个分组一张），而这组只有 {count} 张。",
        "neighbours_bad_arguments": "{metric}需要至少为 1 的近邻数和分块大小，而请求的是 {k} 和 {block}。",
        "neighbours_too_few_images": (
            "{metric}每侧需要多于 {k} 张图像，因为每张图像的邻域由同一组中与它最近的 {k} 张图像决定；"
            "而{side}图像只有 {count} 张。请添加图像。"
        ),
        "features_not_finite_for_metric": "{side}图像的特征中含有无效值（NaN 或无穷大），无法计算{metric}；请从图像重新计算。",
        "real_generated_width_mismatch": (
            "真实图像与生成图像的特征大小不同（{first} 和 {second}）；它们来自不同的网络或网络层，无法比较。"
        ),
        "map_features_mismatch": (
            "特征图需要每张图像一行特征，且两侧宽度相同；实际为 {real_shape} 和 {generated_shape}。请重新运行比较。"
        ),
        "map_too_few_images": "特征图总共至少需要两张图像；请添加图像后重新运行比较。",
        "nearest_features_mismatch": (
            "查找最近的图像需要两侧特征宽度相同，且至少有一张可比较的图像；实际为 {first_shape} 和 {second_shape}。"
            "请重新运行比较。"
        ),
        "features_invalid": "特征中含有无效值（NaN 或无穷大）；请重新运行比较。",
        "no_per_image_features": "此结果没有逐图像的特征，因此无法对其图像排序；请保留逐图像特征后重新运行比较。",
        "tsne_too_many_images": (
            "t-SNE 图最多只能显示共 {limit:n} 张图像，而这些结果有 {count:n} 张；耗时和内存都会过多。"
            "请改用 PCA 图，或比较较小的文件夹。"
        ),
    },
    "zh_TW": {
        "statistics_size_mismatch": (
            "兩組統計量的大小不同（分別為 {first} 與 {second} 個特徵）；它們來自不同的網路或網路層，無法比較。"
        ),
        "statistics_not_finite": "統計量中含有無效值（NaN 或無限大），無法計算 FID；請從影像重新計算統計量。",
        "statistics_mode_mismatch": (
            "一側以「{first}」模式計算，另一側以「{second}」模式計算；不同模式的 FID 本來就不同。"
            "請以相同模式計算兩側。"
        ),
        "statistics_model_mismatch": "兩側是以不同的網路計算的（權重不同）；請以同一個模型重新計算兩側。",
        "features_not_table": "{side}影像的特徵應為每張影像一列的表格，但其形狀為 {shape}。請從影像重新計算。",
        "covariance_too_few_images": "共變異數至少需要 {needed} 張影像，而{side}影像只有 {count} 張；請加入影像。",
        "features_not_finite": "{side}影像的特徵中含有無效值（NaN 或無限大）；請從影像重新計算。",
        "feature_width_mismatch": "兩側的特徵大小不同（{first} 與 {second}）；它們來自不同的網路或網路層，無法比較。",
        "bootstrap_too_few_rounds": "拔靴法區間至少需要 2 輪，但要求的是 {rounds} 輪。",
        "confidence_out_of_range": "區間的信賴水準必須介於 0 與 1 之間（例如 0.9），但要求的是 {confidence}。",
        "fid_infinity_too_few_points": "FID∞ 需要擬合一條直線，因此至少需要 2 種子集大小，但要求的是 {points} 種。",
        "fid_infinity_too_few_images": (
            "FID∞ 至少需要 {needed} 張生成影像（{dims} 個特徵的兩倍，讓每個子集的影像數多於特徵數），"
            "但這組只有 {count} 張。請加入影像，或只回報一般的 FID。"
        ),
        "fid_infinity_min_size": "FID∞ 的最小子集必須包含 {dims}（特徵數）到 {largest} 張影像，但要求的是 {asked}。",
        "kid_too_few_images": "KID 每側至少需要 2 張影像；請在影像較少的資料夾中加入影像。",
        "inception_score_too_few_images": "Inception Score 至少需要 {splits} 張影像（每個分組一張），但這組只有 {count} 張。",
        "neighbours_bad_arguments": "{metric}需要至少為 1 的鄰居數與區塊大小，但要求的是 {k} 與 {block}。",
        "neighbours_too_few_images": (
            "{metric}每側需要多於 {k} 張影像，因為每張影像的鄰域由同一組中與它最近的 {k} 張影像決定；"
            "但{side}影像只有 {count} 張。請加入影像。"
        ),
        "features_not_finite_for_metric": "{side}影像的特徵中含有無效值（NaN 或無限大），無法計算{metric}；請從影像重新計算。",
        "real_generated_width_mismatch": (
            "真實影像與生成影像的特徵大小不同（{first} 與 {second}）；它們來自不同的網路或網路層，無法比較。"
        ),
        "map_features_mismatch": (
            "分布圖需要每張影像一列特徵，且兩側寬度相同；實際為 {real_shape} 與 {generated_shape}。請重新執行比較。"
        ),
        "map_too_few_images": "分布圖總共至少需要兩張影像；請加入影像後重新執行比較。",
        "nearest_features_mismatch": (
            "尋找最接近的影像需要兩側特徵寬度相同，且至少有一張可比較的影像；實際為 {first_shape} 與 {second_shape}。"
            "請重新執行比較。"
        ),
        "features_invalid": "特徵中含有無效值（NaN 或無限大）；請重新執行比較。",
        "no_per_image_features": "這個結果沒有逐張影像的特徵，因此無法為其影像排序；請保留逐張影像特徵後重新執行比較。",
        "tsne_too_many_images": (
            "t-SNE 分布圖最多只能顯示共 {limit:n} 張影像，但這些結果有 {count:n} 張；會耗費過多時間與記憶體。"
            "請改用 PCA 分布圖，或比較較小的資料夾。"
        ),
    },
    "ja": {
        "statistics_size_mismatch": (
            "2 組の統計量のサイズが異なります（特徴量 {first} 個と {second} 個）。別のネットワークまたは層で作られたもので、"
            "比較できません。"
        ),
        "statistics_not_finite": "統計量に無効な値（NaN または無限大）が含まれるため、FID を計算できません。画像から計算し直してください。",
        "statistics_mode_mismatch": (
            "一方は「{first}」モード、もう一方は「{second}」モードで計算されています。モードが違えば FID も異なります。"
            "両側を同じモードで計算してください。"
        ),
        "statistics_model_mismatch": "両側は異なるネットワーク（重みが異なる）で計算されています。同じモデルで両側を計算し直してください。",
        "features_not_table": "{side}画像の特徴量は画像 1 枚につき 1 行の表である必要がありますが、形状が {shape} です。画像から計算し直してください。",
        "covariance_too_few_images": "共分散には {needed} 枚以上の画像が必要ですが、{side}画像は {count} 枚です。画像を追加してください。",
        "features_not_finite": "{side}画像の特徴量に無効な値（NaN または無限大）が含まれています。画像から計算し直してください。",
        "feature_width_mismatch": (
            "両側の特徴量のサイズが異なります（{first} と {second}）。別のネットワークまたは層で作られたもので、比較できません。"
        ),
        "bootstrap_too_few_rounds": "ブートストラップ区間には 2 回以上の反復が必要ですが、{rounds} 回が指定されました。",
        "confidence_out_of_range": "区間の信頼度は 0 と 1 の間（0.9 など）にしてください。{confidence} が指定されました。",
        "fid_infinity_too_few_points": "FID∞ は直線を当てはめるため、2 種類以上の部分集合のサイズが必要ですが、{points} 種類が指定されました。",
        "fid_infinity_too_few_images": (
            "FID∞ には {needed} 枚以上の生成画像が必要です（特徴量 {dims} 個の 2 倍。どの部分集合でも画像数が特徴量の数を"
            "上回るように）。このセットは {count} 枚です。画像を追加するか、通常の FID を報告してください。"
        ),
        "fid_infinity_min_size": "FID∞ の最小の部分集合は {dims} 枚（特徴量の数）から {largest} 枚の間にしてください。{asked} が指定されました。",
        "kid_too_few_images": "KID の計算には両側に 2 枚以上の画像が必要です。少ない方のフォルダーに画像を追加してください。",
        "inception_score_too_few_images": "Inception Score には {splits} 枚以上の画像（分割ごとに 1 枚）が必要ですが、このセットは {count} 枚です。",
        "neighbours_bad_arguments": "{metric}には 1 以上の近傍数とブロックサイズが必要ですが、{k} と {block} が指定されました。",
        "neighbours_too_few_images": (
            "{metric}には各側に {k} 枚を超える画像が必要です。各画像の近傍は同じセット内で最も近い {k} 枚で決まるためです。"
            "{side}画像は {count} 枚です。画像を追加してください。"
        ),
        "features_not_finite_for_metric": "{side}画像の特徴量に無効な値（NaN または無限大）が含まれるため、{metric}を計算できません。画像から計算し直してください。",
        "real_generated_width_mismatch": (
            "実画像と生成画像の特徴量のサイズが異なります（{first} と {second}）。別のネットワークまたは層で作られたもので、"
            "比較できません。"
        ),
        "map_features_mismatch": (
            "マップには画像 1 枚につき 1 行の、両側で同じ幅の特徴量が必要ですが、{real_shape} と {generated_shape} でした。"
            "比較をもう一度実行してください。"
        ),
        "map_too_few_images": "マップには合計 2 枚以上の画像が必要です。画像を追加して、比較をもう一度実行してください。",
        "nearest_features_mismatch": (
            "最も近い画像を探すには、両側で同じ幅の特徴量と、比べる相手の画像が 1 枚以上必要ですが、"
            "{first_shape} と {second_shape} でした。比較をもう一度実行してください。"
        ),
        "features_invalid": "特徴量に無効な値（NaN または無限大）が含まれています。比較をもう一度実行してください。",
        "no_per_image_features": "この結果には画像ごとの特徴量がないため、画像を順位付けできません。画像ごとの特徴量を残して比較をもう一度実行してください。",
        "tsne_too_many_images": (
            "t-SNE マップに表示できるのは合計 {limit:n} 枚までですが、この結果には {count:n} 枚あります。"
            "時間とメモリがかかりすぎるため、PCA マップを使うか、より小さなフォルダーを比較してください。"
        ),
    },
}
