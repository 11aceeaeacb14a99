"""zh_CN, zh_TW and ja sentences for ``catalog_dinov2.py``: the DINOv2 weights check and the FD_DINOv2 metric.

Placeholders are kept exactly; file names, URLs and network names (ViT-L/14, FD_DINOv2) are not translated.
"""

from __future__ import annotations

_FILE = "dinov2_vitl14_pretrain.pth"
_SRC = "dl.fbaipublicfiles.com/dinov2"

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "dinov2_not_backbone": f"文件 {{path}} 不是 DINOv2 主干网络（没有类别标记）。请选择官方 DINOv2 主干文件，例如 {_SRC} 上的 {_FILE}。",
        "dinov2_unknown_width": f"文件 {{path}} 中的网络宽度为 {{width}}，不是任何一种 DINOv2 尺寸（ViT-S/14 384、ViT-B/14 768、ViT-L/14 1,024、ViT-g/14 1,536）。请选择官方 DINOv2 主干文件，例如 {_SRC} 上的 {_FILE}。",
        "dinov2_tensor_missing": f"文件 {{path}} 不是 DINOv2 {{size}} 主干网络：缺少张量 {{name}}。请选择官方 DINOv2 主干文件，例如 {_SRC} 上的 {_FILE}。",
        "dinov2_tensor_unexpected": f"文件 {{path}} 不是 DINOv2 {{size}} 主干网络：张量 {{name}} 不属于它（带寄存器标记或分类头的文件是另外的网络）。请选择官方 DINOv2 主干文件，例如 {_SRC} 上的 {_FILE}。",
        "dinov2_tensor_shape": f"文件 {{path}} 不是 DINOv2 {{size}} 主干网络：张量 {{name}} 的形状为 {{shape}}，而网络需要 {{expected}}。请选择官方 DINOv2 主干文件，例如 {_SRC} 上的 {_FILE}。",
        "dinov2_wrong_dtype": f"{{path}} 中的张量 {{name}} 保存的是 {{dtype}} 值，而 DINOv2 主干网络需要浮点数。请选择官方 DINOv2 主干文件，例如 {_SRC} 上的 {_FILE}。",
        "dinov2_not_finite": f"权重文件 {{path}} 的张量 {{name}} 中有 {{count}} 个值不是数字或为无穷大；用它算出的任何数值都没有意义，因此未使用该文件。请选择官方 DINOv2 主干文件，例如 {_SRC} 上的 {_FILE}。",
        "metric_fd_dinov2": "FD_DINOv2",
        "metric_fd_dinov2_choice": "FD_DINOv2（基于 DINOv2 ViT-L/14 特征的 Fréchet 距离）",
        "metric_fd_dinov2_meaning": "与 FID 相同的距离，但使用 DINOv2 ViT-L/14 的特征而不是 Inception 的特征：数值越低越接近。它与人类对现代生成模型的判断更一致（Stein 等，2023）；只与相同预处理模式得到的数值比较。",
    },
    "zh_TW": {
        "dinov2_not_backbone": f"檔案 {{path}} 不是 DINOv2 主幹網路（沒有類別標記）。請選擇官方 DINOv2 主幹檔案，例如 {_SRC} 上的 {_FILE}。",
        "dinov2_unknown_width": f"檔案 {{path}} 中的網路寬度為 {{width}}，不是任何一種 DINOv2 尺寸（ViT-S/14 384、ViT-B/14 768、ViT-L/14 1,024、ViT-g/14 1,536）。請選擇官方 DINOv2 主幹檔案，例如 {_SRC} 上的 {_FILE}。",
        "dinov2_tensor_missing": f"檔案 {{path}} 不是 DINOv2 {{size}} 主幹網路：缺少張量 {{name}}。請選擇官方 DINOv2 主幹檔案，例如 {_SRC} 上的 {_FILE}。",
        "dinov2_tensor_unexpected": f"檔案 {{path}} 不是 DINOv2 {{size}} 主幹網路：張量 {{name}} 不屬於它（含暫存器標記或分類頭的檔案是其他網路）。請選擇官方 DINOv2 主幹檔案，例如 {_SRC} 上的 {_FILE}。",
        "dinov2_tensor_shape": f"檔案 {{path}} 不是 DINOv2 {{size}} 主幹網路：張量 {{name}} 的形狀為 {{shape}}，而網路需要 {{expected}}。請選擇官方 DINOv2 主幹檔案，例如 {_SRC} 上的 {_FILE}。",
        "dinov2_wrong_dtype": f"{{path}} 中的張量 {{name}} 存放的是 {{dtype}} 值，而 DINOv2 主幹網路需要浮點數。請選擇官方 DINOv2 主幹檔案，例如 {_SRC} 上的 {_FILE}。",
        "dinov2_not_finite": f"權重檔案 {{path}} 的張量 {{name}} 中有 {{count}} 個值不是數字或為無限大；用它算出的任何數值都沒有意義，因此未使用此檔案。請選擇官方 DINOv2 主幹檔案，例如 {_SRC} 上的 {_FILE}。",
        "metric_fd_dinov2": "FD_DINOv2",
        "metric_fd_dinov2_choice": "FD_DINOv2（以 DINOv2 ViT-L/14 特徵計算的 Fréchet 距離）",
        "metric_fd_dinov2_meaning": "與 FID 相同的距離，但使用 DINOv2 ViT-L/14 的特徵而非 Inception 的特徵：數值越低越接近。它與人類對現代生成模型的判斷更一致（Stein 等，2023）；只與相同前處理模式得到的數值比較。",
    },
    "ja": {
        "dinov2_not_backbone": f"ファイル {{path}} は DINOv2 のバックボーンではありません（クラストークンがありません）。公式の DINOv2 バックボーンファイル（例: {_SRC} の {_FILE}）を選んでください。",
        "dinov2_unknown_width": f"ファイル {{path}} のネットワークの幅は {{width}} で、どの DINOv2 のサイズ（ViT-S/14 384、ViT-B/14 768、ViT-L/14 1,024、ViT-g/14 1,536）にも当たりません。公式の DINOv2 バックボーンファイル（例: {_SRC} の {_FILE}）を選んでください。",
        "dinov2_tensor_missing": f"ファイル {{path}} は DINOv2 {{size}} のバックボーンではありません: テンソル {{name}} がありません。公式の DINOv2 バックボーンファイル（例: {_SRC} の {_FILE}）を選んでください。",
        "dinov2_tensor_unexpected": f"ファイル {{path}} は DINOv2 {{size}} のバックボーンではありません: テンソル {{name}} はその一部ではありません（レジスタトークンや分類ヘッドを含むファイルは別のネットワークです）。公式の DINOv2 バックボーンファイル（例: {_SRC} の {_FILE}）を選んでください。",
        "dinov2_tensor_shape": f"ファイル {{path}} は DINOv2 {{size}} のバックボーンではありません: テンソル {{name}} の形は {{shape}} ですが、ネットワークには {{expected}} が必要です。公式の DINOv2 バックボーンファイル（例: {_SRC} の {_FILE}）を選んでください。",
        "dinov2_wrong_dtype": f"{{path}} のテンソル {{name}} は {{dtype}} の値を持っていますが、DINOv2 のバックボーンには浮動小数点数が必要です。公式の DINOv2 バックボーンファイル（例: {_SRC} の {_FILE}）を選んでください。",
        "dinov2_not_finite": f"重みファイル {{path}} のテンソル {{name}} に、数値でないか無限大の値が {{count}} 個あります。これで計算した値はすべて無意味になるため、使用しませんでした。公式の DINOv2 バックボーンファイル（例: {_SRC} の {_FILE}）を選んでください。",
        "metric_fd_dinov2": "FD_DINOv2",
        "metric_fd_dinov2_choice": "FD_DINOv2（DINOv2 ViT-L/14 の特徴量による Fréchet 距離）",
        "metric_fd_dinov2_meaning": "FID と同じ距離を、Inception ではなく DINOv2 ViT-L/14 の特徴量で計算したものです。低いほど近いことを示します。最近の生成モデルについては人の判断とよく一致します（Stein ら、2023）。同じ前処理モードで得た値とだけ比較してください。",
    },
}
