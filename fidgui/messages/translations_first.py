"""zh_CN, zh_TW and ja sentences for the codes of ``catalog_first`` (issue 12's core and command-line items).

Same placeholders as the English catalogue; file names, paths and numbers are inserted untranslated.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "side_is_a_file": "{side}一侧的输入 {path} 是一个文件，但不是保存的统计量（.npz）；请选择存放图像的文件夹，或统计量 .npz 文件。",
        "same_input_both_sides": "两侧是同一个输入（{path}），因此 FID 必然为 0，不能说明图像的任何情况；请在一侧选择真实图像，另一侧选择生成图像。",
        "stats_provenance_unknown": "{name} 中{side}一侧的统计量没有记录计算时所用的兼容模式和模型（pytorch-fid 和 TTUR 的文件只保存均值和协方差），也没有记录来自多少张图像。只有当它与另一侧以相同方式（相同的工具、模式和网络）得到时，FID 才有意义。",
        "rank_deficient_covariance": "{side}一侧的统计量没有说明来自多少张图像，但其协方差的秩为 {rank:n}，因此最多来自 {count:n} 张图像",
        "metric_needs_images": "它需要图像本身，而{side}一侧给出的是保存的统计量。",
        "kid_subset_clamped": "KID 使用了 {used:n} 张图像的子集，而不是所要求的 {asked:n} 张，因为较小的一侧只有 {smallest:n} 张图像。（torch-fidelity 会拒绝这样的运行，所以此 KID 无法与它的数值比较）。整体使用的一侧在每个子集中都相同，因此离散度的意义较小；两侧都整体使用时离散度为 0，不予显示。",
        "kid_negative": "KID 为负值（{value}）。KID 是对一个不可能为负的距离的无偏估计，低于 0 的值表示在这个图像数量下两组图像近得无法区分；请在其离散度范围内把它读作 0。",
        "option_too_small": "设置 {option} 至少应为 {minimum}，当前为 {value}。",
        "stats_written": "{mode} 模式下 {count:n} 张图像的统计量已写入 {path}。",
        "stats_output_not_npz": "输出文件 {path} 必须以 .npz 结尾，这样 pytorch-fid、TTUR 和 fidgui 才能读取它。",
        "api_array_shape": "内存中的图像必须是形状为 (N, H, W, 3) 的 uint8 数组；此数组的形状为 {shape}，类型为 {dtype}。",
        "device_fallback_cpu": "计算在 CPU 上运行，因为{reason}。",
        "gpu_unusable": "无法使用 GPU，因为{reason}。请改为选择 CPU 或“自动”设备。",
        "gpu_reason_no_gpu_build": "此 fidgui 副本没有安装 GPU 支持",
        "gpu_reason_no_gpu": "这台计算机上没有找到可用 CUDA {cuda} 和 cuDNN {cudnn} 的 NVIDIA GPU（如果 GPU 和驱动程序都在，请用 pip install \"fidgui[cuda]\" 安装这些库）",
        "gpu_reason_library_missing": "ONNX Runtime 的 GPU 版本无法加载 {library}，它是所需的 CUDA {cuda} 和 cuDNN {cudnn} 库之一；请用 pip install \"fidgui[cuda]\" 安装它们",
    },
    "zh_TW": {
        "side_is_a_file": "{side}一側的輸入 {path} 是一個檔案，但不是儲存的統計量（.npz）；請選擇存放影像的資料夾，或統計量 .npz 檔案。",
        "same_input_both_sides": "兩側是同一個輸入（{path}），因此 FID 必然為 0，無法說明影像的任何情況；請在一側選擇真實影像，另一側選擇生成影像。",
        "stats_provenance_unknown": "{name} 中{side}一側的統計量沒有記錄計算時所用的相容模式與模型（pytorch-fid 和 TTUR 的檔案只儲存平均值與共變異數），也沒有記錄來自多少張影像。只有當它與另一側以相同方式（相同的工具、模式與網路）產生時，FID 才有意義。",
        "rank_deficient_covariance": "{side}一側的統計量沒有說明來自多少張影像，但其共變異數的秩為 {rank:n}，因此最多來自 {count:n} 張影像",
        "metric_needs_images": "它需要影像本身，而{side}一側提供的是儲存的統計量。",
        "kid_subset_clamped": "KID 使用了 {used:n} 張影像的子集，而不是所要求的 {asked:n} 張，因為較小的一側只有 {smallest:n} 張影像。（torch-fidelity 會拒絕這樣的執行，所以此 KID 無法與它的數值比較）。整體使用的一側在每個子集中都相同，因此離散程度的意義較小；兩側都整體使用時離散程度為 0，不予顯示。",
        "kid_negative": "KID 為負值（{value}）。KID 是對一個不可能為負的距離的不偏估計，低於 0 的值表示在這個影像數量下兩組影像近得無法區分；請在其離散程度範圍內把它視為 0。",
        "option_too_small": "設定 {option} 至少應為 {minimum}，目前為 {value}。",
        "stats_written": "{mode} 模式下 {count:n} 張影像的統計量已寫入 {path}。",
        "stats_output_not_npz": "輸出檔案 {path} 必須以 .npz 結尾，pytorch-fid、TTUR 和 fidgui 才能讀取它。",
        "api_array_shape": "記憶體中的影像必須是形狀為 (N, H, W, 3) 的 uint8 陣列；此陣列的形狀為 {shape}，型別為 {dtype}。",
        "device_fallback_cpu": "計算在 CPU 上執行，因為{reason}。",
        "gpu_unusable": "無法使用 GPU，因為{reason}。請改為選擇 CPU 或「自動」裝置。",
        "gpu_reason_no_gpu_build": "此 fidgui 副本沒有安裝 GPU 支援",
        "gpu_reason_no_gpu": "這台電腦上找不到可用 CUDA {cuda} 與 cuDNN {cudnn} 的 NVIDIA GPU（如果 GPU 與驅動程式都在，請以 pip install \"fidgui[cuda]\" 安裝這些函式庫）",
        "gpu_reason_library_missing": "ONNX Runtime 的 GPU 版本無法載入 {library}，它是所需的 CUDA {cuda} 與 cuDNN {cudnn} 函式庫之一；請以 pip install \"fidgui[cuda]\" 安裝",
    },
    "ja": {
        "side_is_a_file": "{side}側の入力 {path} はファイルですが、保存された統計量（.npz）ではありません。画像のあるフォルダーか、統計量の .npz ファイルを選んでください。",
        "same_input_both_sides": "両側が同じ入力（{path}）なので、FID は当然 0 になり、画像について何も示しません。一方に実画像、もう一方に生成画像を選んでください。",
        "stats_provenance_unknown": "{name} の{side}側の統計量には、計算に使った互換モードとモデル（pytorch-fid と TTUR のファイルは平均と共分散だけを保存します）も、元の画像の枚数も記録されていません。FID は、もう一方と同じ方法（同じツール、モード、ネットワーク）で作られた場合にのみ意味があります。",
        "rank_deficient_covariance": "{side}側の統計量には元の画像の枚数が記録されていませんが、共分散のランクが {rank:n} なので、元の画像は多くても {count:n} 枚",
        "metric_needs_images": "画像そのものが必要ですが、{side}側は保存された統計量として指定されました。",
        "kid_subset_clamped": "小さい方の側に画像が {smallest:n} 枚しかないため、KID は指定の {asked:n} 枚ではなく {used:n} 枚の部分集合を使いました。（torch-fidelity はこのような実行を拒否するため、この KID はその値と比べられません）。全体を使った側はどの部分集合でも同じなので、ばらつきの意味は小さくなります。両側とも全体を使った場合、ばらつきは 0 となり表示しません。",
        "kid_negative": "KID が負になりました（{value}）。KID は負になりえない距離の不偏推定量なので、0 未満の値はこの枚数では 2 つの集合が近すぎて区別できないことを意味します。ばらつきの範囲内で 0 と読んでください。",
        "option_too_small": "設定 {option} は {minimum} 以上である必要がありますが、{value} になっています。",
        "stats_written": "{mode} モードで {count:n} 枚の画像の統計量を {path} に書き込みました。",
        "stats_output_not_npz": "pytorch-fid、TTUR、fidgui で読めるように、出力ファイル {path} は .npz で終わる必要があります。",
        "api_array_shape": "メモリー上の画像は形状 (N, H, W, 3) の uint8 配列である必要がありますが、この配列の形状は {shape}、型は {dtype} です。",
        "device_fallback_cpu": "{reason}ため、計算は CPU で実行されました。",
        "gpu_unusable": "{reason}ため、GPU を使えません。CPU か「自動」のデバイスを選んでください。",
        "gpu_reason_no_gpu_build": "この fidgui には GPU サポートがインストールされていない",
        "gpu_reason_no_gpu": "このコンピューターで CUDA {cuda} と cuDNN {cudnn} が動作する NVIDIA GPU が見つからなかった（GPU とドライバーがある場合は pip install \"fidgui[cuda]\" でライブラリをインストールしてください）",
        "gpu_reason_library_missing": "ONNX Runtime の GPU 版が、必要な CUDA {cuda} と cuDNN {cudnn} のライブラリの 1 つである {library} を読み込めなかった（pip install \"fidgui[cuda]\" でインストールしてください）",
    },
}
