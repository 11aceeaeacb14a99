"""The engine's messages (comparison, sample-size warnings, feature cache, command line) in 简体中文, 繁體中文 and 日本語.

The metrics' and the views' refusals are in ``translations_core_metrics.py``, to keep each module short.

Terms follow GLOSSARY.md beside this file. Placeholders are kept by name; the
``{n:one:…|…}`` plural choices of the English are left out, since none of these
languages inflects a noun for a count.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "error": "出错了。",
        "cancelled": "运行已取消。",
        "side_real": "真实",
        "side_generated": "生成",
        "side_real_images": "真实图像",
        "side_generated_images": "生成图像",
        "subject_precision_recall": "精确率和召回率",
        "subject_density_coverage": "密度和覆盖率",
        "subject_prdc": "精确率、召回率、密度和覆盖率",
        "unknown_mode": "未知的兼容模式“{mode}”；请从以下模式中选择：{choices}。",
        "batch_size_too_small": "批大小至少为 1。",
        "side_not_found": "在 {path} 找不到{side}图像；请检查文件夹后重试。",
        "too_few_images": (
            "{path} 中的{side}图像只有 {count} 张可用；FID 每侧至少需要 2 张图像（要得到可信的数值则需要数千张）。"
            "请添加图像或选择其他文件夹。"
        ),
        "too_few_images_skipped": (
            "{path} 中的{side}图像只有 {count} 张可用；FID 每侧至少需要 2 张图像（要得到可信的数值则需要数千张）。"
            "有 {skipped} 个文件被跳过，例如 {name}：{reason:clause}。请添加图像或选择其他文件夹。"
        ),
        "statistics_mode_differs": (
            "{name} 中的统计量是在“{found}”模式下计算的，而本次比较使用“{mode}”模式；不同模式的 FID 不能混用。"
            "请选择“{found}”模式，或从图像重新计算统计量。"
        ),
        "statistics_model_differs": (
            "{name} 中的统计量是用另一个模型（{found}…）计算的，与本次运行的模型（{model}…）不同；"
            "请用当前模型重新计算。"
        ),
        "not_a_folder": "{path} 不是文件夹；请选择要计算统计量的图像文件夹。",
        "conversion": "{side_images}：{note}",
        "metric_skipped": "{metric}未计算：{reason}",
        "pairwise_needs_two": "两两比较至少需要两个文件夹；请再添加一个文件夹后重新开始。",
        "folder_unreadable": "无法读取 {path}（{reason}）；请检查文件夹后重试。",
        "rank_deficient": (
            "{shortage}，不多于网络描述每张图像所用的 {features:n} 个特征，因此协方差不完整（秩亏）。"
            "FID 仍会计算，但会因图像不足而偏高，只能与用相同数量图像算出的 FID 比较。"
            "请每侧使用多于 {features:n} 张图像，最好 10,000 张以上，或参考没有这种偏差的 KID。"
        ),
        "rank_deficient_real": "真实图像只有 {count:n} 张",
        "rank_deficient_generated": "生成图像只有 {count:n} 张",
        "rank_deficient_both": "真实图像只有 {real:n} 张，生成图像只有 {generated:n} 张",
        "small_sample": (
            "图像较少时 FID 会偏高：较少的一侧只有 {count:n} 张图像，得到的数值会高于用 {recommended:n} 张"
            "或 {published:n} 张（大多数论文使用的数量）时的结果。只能与用相同数量图像算出的 FID 比较。"
        ),
        "unbalanced": (
            "两侧的图像数量相差很大（真实图像 {real:n} 张，生成图像 {generated:n} 张）。"
            "图像较少的一侧限制了 FID 的精度；请尽量让两侧数量相近。"
        ),
        "duplicates": (
            "{count:n} 张{side}图像与同一文件夹中的另一张图像完全相同。重复的图像会被计算两次，"
            "使图像集看起来比实际更单一；除非有意为之，否则请删除它们。"
        ),
        "upsampled": (
            "{count:n} 张{side}图像小于网络所需的 {size} x {size} 像素，已被放大。所有 FID 工具都会这样做，"
            "但小图像的 FID 只能与相同尺寸图像的 FID 比较。"
        ),
        "report_picture_not_png": "图表“{caption}”不是 PNG 图像，因此报告未写入；请重试。",
        "cli_history_not_recorded": "结果未加入历史记录：{reason}",
        "skipped_file": "{name}：{reason}",
        "feature_cache_off": "{reason}本次运行将不使用特征缓存。",
        "feature_cache_unusable": "无法使用特征缓存（{reason}）；本次运行将不使用它，因此会重新计算图像。其他内容不受影响。",
    },
    "zh_TW": {
        "error": "發生錯誤。",
        "cancelled": "已取消執行。",
        "side_real": "真實",
        "side_generated": "生成",
        "side_real_images": "真實影像",
        "side_generated_images": "生成影像",
        "subject_precision_recall": "精確度與召回率",
        "subject_density_coverage": "密度與覆蓋率",
        "subject_prdc": "精確度、召回率、密度與覆蓋率",
        "unknown_mode": "不明的相容模式「{mode}」；請從下列模式中選擇：{choices}。",
        "batch_size_too_small": "批次大小至少須為 1。",
        "side_not_found": "在 {path} 找不到{side}影像；請檢查資料夾後再試一次。",
        "too_few_images": (
            "{path} 中的{side}影像只有 {count} 張可用；FID 每側至少需要 2 張影像（要得到可信的數值則需要數千張）。"
            "請加入影像或選擇其他資料夾。"
        ),
        "too_few_images_skipped": (
            "{path} 中的{side}影像只有 {count} 張可用；FID 每側至少需要 2 張影像（要得到可信的數值則需要數千張）。"
            "有 {skipped} 個檔案被略過，例如 {name}：{reason:clause}。請加入影像或選擇其他資料夾。"
        ),
        "statistics_mode_differs": (
            "{name} 中的統計量是以「{found}」模式計算的，但這次比較使用「{mode}」模式；不同模式的 FID 不能混用。"
            "請選擇「{found}」模式，或從影像重新計算統計量。"
        ),
        "statistics_model_differs": (
            "{name} 中的統計量是以另一個模型（{found}…）計算的，與這次執行的模型（{model}…）不同；"
            "請以目前的模型重新計算。"
        ),
        "not_a_folder": "{path} 不是資料夾；請選擇要計算統計量的影像資料夾。",
        "conversion": "{side_images}：{note}",
        "metric_skipped": "未計算{metric}：{reason}",
        "pairwise_needs_two": "兩兩比較至少需要兩個資料夾；請再加入一個資料夾後重新開始。",
        "folder_unreadable": "無法讀取 {path}（{reason}）；請檢查資料夾後再試一次。",
        "rank_deficient": (
            "{shortage}，不多於網路描述每張影像所用的 {features:n} 個特徵，因此共變異數不完整（秩不足）。"
            "FID 仍會計算，但會因影像不足而偏高，只能與以相同數量影像算出的 FID 比較。"
            "請每側使用多於 {features:n} 張影像，最好 10,000 張以上，或參考沒有這種偏差的 KID。"
        ),
        "rank_deficient_real": "真實影像只有 {count:n} 張",
        "rank_deficient_generated": "生成影像只有 {count:n} 張",
        "rank_deficient_both": "真實影像只有 {real:n} 張，生成影像只有 {generated:n} 張",
        "small_sample": (
            "影像較少時 FID 會偏高：較少的一側只有 {count:n} 張影像，得到的數值會高於使用 {recommended:n} 張"
            "或 {published:n} 張（多數論文使用的數量）時的結果。只能與以相同數量影像算出的 FID 比較。"
        ),
        "unbalanced": (
            "兩側的影像數量差異很大（真實影像 {real:n} 張，生成影像 {generated:n} 張）。"
            "影像較少的一側限制了 FID 的精確程度；請盡量讓兩側數量相近。"
        ),
        "duplicates": (
            "{count:n} 張{side}影像與同一資料夾中的另一張影像完全相同。重複的影像會被計算兩次，"
            "讓影像集看起來比實際更單調；除非是刻意的，否則請將它們移除。"
        ),
        "upsampled": (
            "{count:n} 張{side}影像小於網路所需的 {size} x {size} 像素，已被放大。所有 FID 工具都會這樣做，"
            "但小影像的 FID 只能與相同尺寸影像的 FID 比較。"
        ),
        "report_picture_not_png": "圖「{caption}」不是 PNG 影像，因此未寫入報告；請再試一次。",
        "cli_history_not_recorded": "結果未加入歷史紀錄：{reason}",
        "skipped_file": "{name}：{reason}",
        "feature_cache_off": "{reason}這次執行將不使用特徵快取。",
        "feature_cache_unusable": "無法使用特徵快取（{reason}）；這次執行將不使用它，因此會重新計算影像。其他內容不受影響。",
    },
    "ja": {
        "error": "問題が発生しました。",
        "cancelled": "実行を取り消しました。",
        "side_real": "実",
        "side_generated": "生成",
        "side_real_images": "実画像",
        "side_generated_images": "生成画像",
        "subject_precision_recall": "Precision と Recall",
        "subject_density_coverage": "Density と Coverage",
        "subject_prdc": "Precision、Recall、Density、Coverage",
        "unknown_mode": "互換モード「{mode}」は不明です。次のいずれかを選んでください: {choices}。",
        "batch_size_too_small": "バッチサイズは 1 以上にしてください。",
        "side_not_found": "{side}画像が {path} に見つかりません。フォルダーを確認して、もう一度お試しください。",
        "too_few_images": (
            "{path} にある使用できる{side}画像は {count} 枚です。FID には各側に 2 枚以上の画像が必要です"
            "（信頼できる値には数千枚）。画像を追加するか、別のフォルダーを選んでください。"
        ),
        "too_few_images_skipped": (
            "{path} にある使用できる{side}画像は {count} 枚です。FID には各側に 2 枚以上の画像が必要です"
            "（信頼できる値には数千枚）。{skipped} 個のファイルがスキップされました（例: {name}: {reason:clause}）。"
            "画像を追加するか、別のフォルダーを選んでください。"
        ),
        "statistics_mode_differs": (
            "{name} の統計量は「{found}」モードで計算されていますが、この比較は「{mode}」モードです。"
            "モードの異なる FID は混ぜられません。「{found}」モードを選ぶか、画像から統計量を計算し直してください。"
        ),
        "statistics_model_differs": (
            "{name} の統計量は、この実行のモデル（{model}…）とは別のモデル（{found}…）で計算されています。"
            "現在のモデルで計算し直してください。"
        ),
        "not_a_folder": "{path} はフォルダーではありません。統計量を求める画像のフォルダーを選んでください。",
        "conversion": "{side_images}: {note}",
        "metric_skipped": "{metric}は計算されませんでした: {reason}",
        "pairwise_needs_two": "総当たりの比較には 2 つ以上のフォルダーが必要です。フォルダーを追加してやり直してください。",
        "folder_unreadable": "{path} を読み込めませんでした（{reason}）。フォルダーを確認して、もう一度お試しください。",
        "rank_deficient": (
            "{shortage}で、ネットワークが各画像を表す {features:n} 個の特徴量以下のため、共分散が不完全です（ランク落ち）。"
            "FID は計算されますが、この不足のため高めに出ており、同じ枚数の画像で計算した FID としか比べられません。"
            "各側に {features:n} 枚を超える画像（できれば 10,000 枚以上）を使うか、このような偏りのない KID を見てください。"
        ),
        "rank_deficient_real": "実画像が {count:n} 枚しかないの",
        "rank_deficient_generated": "生成画像が {count:n} 枚しかないの",
        "rank_deficient_both": "実画像が {real:n} 枚、生成画像が {generated:n} 枚しかないの",
        "small_sample": (
            "画像が少ないと FID は高めに出ます。少ない側が {count:n} 枚のため、{recommended:n} 枚や"
            "{published:n} 枚（多くの論文で使われる枚数）で計算した場合より高い値になります。"
            "同じ枚数の画像で計算した FID とだけ比べてください。"
        ),
        "unbalanced": (
            "両側の画像の枚数が大きく異なります（実画像 {real:n} 枚、生成画像 {generated:n} 枚）。"
            "少ない側が FID の精度を制限します。できるだけ両側を同じくらいの枚数にしてください。"
        ),
        "duplicates": (
            "{count:n} 枚の{side}画像が、同じフォルダー内の別の画像とまったく同じです。重複は二重に数えられ、"
            "画像セットが実際より多様でないように見えます。意図したものでなければ削除してください。"
        ),
        "upsampled": (
            "{count:n} 枚の{side}画像がネットワークの {size} x {size} ピクセルより小さいため、拡大されました。"
            "どの FID ツールも同じ処理をしますが、小さな画像の FID は同じサイズの画像の FID としか比べられません。"
        ),
        "report_picture_not_png": "図「{caption}」が PNG 画像ではないため、レポートは書き出されませんでした。もう一度お試しください。",
        "cli_history_not_recorded": "結果は履歴に追加されませんでした: {reason}",
        "skipped_file": "{name}: {reason}",
        "feature_cache_off": "{reason} この実行では特徴量キャッシュを使わずに続けます。",
        "feature_cache_unusable": "特徴量キャッシュを使用できませんでした（{reason}）。この実行ではキャッシュを使わずに続けるため、画像を計算し直します。ほかには影響ありません。",
    },
}
