"""zh_CN, zh_TW and ja sentences for the codes of ``catalog_guimore`` (issue 12's items 9, 15, 16, 17 and --dims).

Same placeholders as the English catalogue; option names, paths and numbers are inserted untranslated.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "statistics_width_other_dims": "{name} 中的统计量每张图像有 {width} 个特征，与 pytorch-fid 的 --dims {width} 相同，但本次比较使用 {expected} 个；请用 --dims {width} 比较（两侧都需要这个宽度）。",
        "many_column_warnings": "警告",
        "many_time_left": "全部约剩 {time}",
        "save_report_button": "保存报告(&R)…",
        "save_report_title": "将结果保存为 HTML 报告",
        "save_report_filter": "网页 (*.html)",
        "report_saved": "报告已保存为 {path}。",
        "report_not_saved": "无法保存报告（{reason}）。请选择其他文件夹后重试。",
        "setting_label_metrics": "指标",
        "setting_label_dims": "特征宽度",
        "setting_label_top_level_only": "每个文件夹只读顶层，与 pytorch-fid 相同",
        "setting_label_encoder": "网络",
        "setting_label_device_requested": "要求的设备",
        "setting_label_batch_size": "批大小",
        "setting_label_num_workers": "图像解码线程数",
        "setting_label_kid_subset_size": "KID 子集大小",
        "setting_label_kid_subsets": "KID 子集数",
        "setting_label_isc_splits": "Inception Score 分组数",
        "setting_label_nearest_k": "精确率和召回率的近邻数",
        "setting_label_seed": "随机种子",
        "setting_label_model_path": "本次运行的模型文件",
        "setting_value_device_requested_auto": "自动（GPU 可用时用 GPU，否则用 CPU）",
        "setting_value_device_requested_cpu": "CPU",
        "setting_value_device_requested_cuda": "GPU（NVIDIA CUDA）",
        "setting_value_encoder_inception": "Inception-v3（FID 的网络）",
        "progress_side_done": "{side}：{total} 张图像已全部读取",
        "device_fallback_cpu_running": "计算正在 CPU 上运行，因为{reason}。",
        "cli_progress_from_cache": "{side}：全部 {total:n} 张图像来自特征缓存",
        "cli_progress_side_left": "{side}：{done}/{total} 张图像，每秒 {rate:.1f} 张，约剩 {time}",
        "from_subfolders": "{side_images}：所用的 {total:n} 张图像中有 {count:n} 张来自子文件夹。pytorch-fid 只读取文件夹的顶层；要读取与它完全相同的图像，请使用 --top-level-only（在窗口中：设置“仅顶层，与 pytorch-fid 相同”）。",
        "top_level_subfolder_left_out": "这是子文件夹：只读取顶层（与 pytorch-fid 相同）",
        "top_level_extension_left_out": "pytorch-fid 的文件列表不包含扩展名 .{extension}（它只匹配小写的 png、jpg、jpeg、bmp、tif、tiff、webp、pgm 和 ppm）",
        "setting_top_level_only": "仅顶层，与 pytorch-fid 相同",
        "setting_top_level_only_tip": "只读取每个文件夹中直接存放的图像，完全按照 pytorch-fid 的方式列出（它的九种扩展名，区分大小写）；不读取子文件夹。关闭时也会读取子文件夹。",
        "unknown_dims": "{encoder} 网络给出的特征宽度为 {choices}，而不是 {dims}；请从中选择一个。",
        "model_lacks_block": "模型 {path} 没有输出 {output} 所需的内部层（它不是由 fidgui 转换的），因此只能给出 2048 维特征；要使用其他宽度，请导入权重文件（.pth）。",
        "rank_deficient_dims": (
            "{shortage}，不多于网络描述每张图像所用的 {features:n} 个特征，因此协方差不完整（秩亏）。"
            "FID 仍会计算，但会因图像不足而偏高，只能与用相同数量图像算出的 FID 比较。"
            "请每侧使用多于 {features:n} 张图像，最好 10,000 张以上；或者按照 pytorch-fid 对小图像集的建议，"
            "用 --dims {narrower} 改用更窄的特征（不同宽度的 FID 不能相互比较）；或参考没有这种偏差的 KID。"
        ),
    },
    "zh_TW": {
        "statistics_width_other_dims": "{name} 中的統計量每張影像有 {width} 個特徵，與 pytorch-fid 的 --dims {width} 相同，但這次比較使用 {expected} 個；請用 --dims {width} 比較（兩側都需要這個寬度）。",
        "many_column_warnings": "警告",
        "many_time_left": "全部約剩 {time}",
        "save_report_button": "儲存報告(&R)…",
        "save_report_title": "將結果儲存為 HTML 報告",
        "save_report_filter": "網頁 (*.html)",
        "report_saved": "報告已儲存為 {path}。",
        "report_not_saved": "無法儲存報告（{reason}）。請選擇其他資料夾後再試一次。",
        "setting_label_metrics": "指標",
        "setting_label_dims": "特徵寬度",
        "setting_label_top_level_only": "每個資料夾只讀最上層，與 pytorch-fid 相同",
        "setting_label_encoder": "網路",
        "setting_label_device_requested": "要求的裝置",
        "setting_label_batch_size": "批次大小",
        "setting_label_num_workers": "影像解碼執行緒數",
        "setting_label_kid_subset_size": "KID 子集大小",
        "setting_label_kid_subsets": "KID 子集數",
        "setting_label_isc_splits": "Inception Score 分組數",
        "setting_label_nearest_k": "精確率與召回率的近鄰數",
        "setting_label_seed": "亂數種子",
        "setting_label_model_path": "這次執行的模型檔案",
        "setting_value_device_requested_auto": "自動（GPU 可用時用 GPU，否則用 CPU）",
        "setting_value_device_requested_cpu": "CPU",
        "setting_value_device_requested_cuda": "GPU（NVIDIA CUDA）",
        "setting_value_encoder_inception": "Inception-v3（FID 的網路）",
        "progress_side_done": "{side}：{total} 張影像已全部讀取",
        "device_fallback_cpu_running": "計算正在 CPU 上執行，因為{reason}。",
        "cli_progress_from_cache": "{side}：全部 {total:n} 張影像來自特徵快取",
        "cli_progress_side_left": "{side}：{done}/{total} 張影像，每秒 {rate:.1f} 張，約剩 {time}",
        "from_subfolders": "{side_images}：所用的 {total:n} 張影像中有 {count:n} 張來自子資料夾。pytorch-fid 只讀取資料夾的最上層；若要讀取與它完全相同的影像，請使用 --top-level-only（在視窗中：設定「僅最上層，與 pytorch-fid 相同」）。",
        "top_level_subfolder_left_out": "這是子資料夾：只讀取最上層（與 pytorch-fid 相同）",
        "top_level_extension_left_out": "pytorch-fid 的檔案清單不包含副檔名 .{extension}（它只比對小寫的 png、jpg、jpeg、bmp、tif、tiff、webp、pgm 和 ppm）",
        "setting_top_level_only": "僅最上層，與 pytorch-fid 相同",
        "setting_top_level_only_tip": "只讀取每個資料夾中直接存放的影像，完全依照 pytorch-fid 的方式列出（它的九種副檔名，區分大小寫）；不讀取子資料夾。關閉時也會讀取子資料夾。",
        "unknown_dims": "{encoder} 網路給出的特徵寬度為 {choices}，而不是 {dims}；請從中選擇一個。",
        "model_lacks_block": "模型 {path} 沒有輸出 {output} 所需的內部層（它不是由 fidgui 轉換的），因此只能給出 2048 維特徵；若要使用其他寬度，請匯入權重檔案（.pth）。",
        "rank_deficient_dims": (
            "{shortage}，不多於網路描述每張影像所用的 {features:n} 個特徵，因此共變異數不完整（秩不足）。"
            "FID 仍會計算，但會因影像不足而偏高，只能與以相同數量影像算出的 FID 比較。"
            "請每側使用多於 {features:n} 張影像，最好 10,000 張以上；或依照 pytorch-fid 對小型影像集的建議，"
            "用 --dims {narrower} 改用較窄的特徵（不同寬度的 FID 不能互相比較）；或參考沒有這種偏差的 KID。"
        ),
    },
    "ja": {
        "statistics_width_other_dims": "{name} の統計量は画像 1 枚あたり {width} 個の特徴量で、pytorch-fid の --dims {width} と同じですが、この比較では {expected} 個を使います。--dims {width} で比較してください（両側ともその幅が必要です）。",
        "many_column_warnings": "警告",
        "many_time_left": "全体の残り約 {time}",
        "save_report_button": "レポートを保存(&R)…",
        "save_report_title": "結果を HTML レポートとして保存",
        "save_report_filter": "Web ページ (*.html)",
        "report_saved": "レポートを {path} に保存しました。",
        "report_not_saved": "レポートを保存できませんでした（{reason}）。別のフォルダーを選んでもう一度お試しください。",
        "setting_label_metrics": "指標",
        "setting_label_dims": "特徴量の幅",
        "setting_label_top_level_only": "各フォルダーの最上位のみ（pytorch-fid と同じ）",
        "setting_label_encoder": "ネットワーク",
        "setting_label_device_requested": "指定したデバイス",
        "setting_label_batch_size": "バッチサイズ",
        "setting_label_num_workers": "画像デコードのスレッド数",
        "setting_label_kid_subset_size": "KID のサブセットの大きさ",
        "setting_label_kid_subsets": "KID のサブセット数",
        "setting_label_isc_splits": "Inception Score の分割数",
        "setting_label_nearest_k": "適合率と再現率の近傍数",
        "setting_label_seed": "乱数シード",
        "setting_label_model_path": "この実行のモデルファイル",
        "setting_value_device_requested_auto": "自動（GPU が使えれば GPU、なければ CPU）",
        "setting_value_device_requested_cpu": "CPU",
        "setting_value_device_requested_cuda": "GPU（NVIDIA CUDA）",
        "setting_value_encoder_inception": "Inception-v3（FID のネットワーク）",
        "progress_side_done": "{side}：{total} 枚すべて読み込み済み",
        "device_fallback_cpu_running": "{reason}ため、計算は CPU で実行中です。",
        "cli_progress_from_cache": "{side}：{total:n} 枚すべて特徴キャッシュから",
        "cli_progress_side_left": "{side}：{done}/{total} 枚、毎秒 {rate:.1f} 枚、残り約 {time}",
        "from_subfolders": "{side_images}：使った {total:n} 枚のうち {count:n} 枚はサブフォルダーの画像です。pytorch-fid はフォルダーの最上位しか読みません。同じ画像を読むには --top-level-only を使ってください（ウィンドウでは設定「最上位のみ（pytorch-fid と同じ）」）。",
        "top_level_subfolder_left_out": "サブフォルダー：最上位だけを読みます（pytorch-fid と同じ）",
        "top_level_extension_left_out": "pytorch-fid の一覧は拡張子 .{extension} を含みません（png、jpg、jpeg、bmp、tif、tiff、webp、pgm、ppm の小文字だけに一致します）",
        "setting_top_level_only": "最上位のみ（pytorch-fid と同じ）",
        "setting_top_level_only_tip": "各フォルダーの直下にある画像だけを、pytorch-fid とまったく同じ規則（9 つの拡張子、大文字と小文字を区別）で一覧にして読みます。サブフォルダーは読みません。オフのときはサブフォルダーも読みます。",
        "unknown_dims": "{encoder} ネットワークの特徴の幅は {choices} で、{dims} ではありません。この中から選んでください。",
        "model_lacks_block": "モデル {path} には出力 {output} のための内部層がありません（fidgui が変換したものではありません）。そのため 2048 次元の特徴しか出せません。他の幅を使うには重みファイル（.pth）を取り込んでください。",
        "rank_deficient_dims": (
            "{shortage}で、ネットワークが各画像を表す {features:n} 個の特徴量以下のため、共分散が不完全です（ランク落ち）。"
            "FID は計算されますが、この不足のため高めに出ており、同じ枚数の画像で計算した FID としか比べられません。"
            "各側に {features:n} 枚を超える画像（できれば 10,000 枚以上）を使ってください。または pytorch-fid が小さな画像集合に"
            "勧めるように、--dims {narrower} でより狭い特徴量を使ってください（幅の異なる FID どうしは比較できません）。"
            "あるいは、このような偏りのない KID を参考にしてください。"
        ),
    },
}
