"""Translations of the sentences about which network a figure or a warning belongs to (``catalog_networks``)."""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "upsampled_metric": (
            "{count:n} 张{side}图像小于网络所需的 {size} x {size} 像素，已被放大。参考工具也都这样做，"
            "但小图像的 {metric} 只能与相同尺寸图像的 {metric} 比较。"
        ),
        "upsampled_network": (
            "{count:n} 张{side}图像小于网络所需的 {size} x {size} 像素，已被放大。参考工具也都这样做，"
            "但由小图像算出的数值只能与由相同尺寸图像算出的数值比较。"
        ),
    },
    "zh_TW": {
        "upsampled_metric": (
            "{count:n} 張{side}影像小於網路所需的 {size} x {size} 像素，已被放大。參考工具也都這樣做，"
            "但小影像的 {metric} 只能與相同尺寸影像的 {metric} 比較。"
        ),
        "upsampled_network": (
            "{count:n} 張{side}影像小於網路所需的 {size} x {size} 像素，已被放大。參考工具也都這樣做，"
            "但由小影像算出的數值只能與由相同尺寸影像算出的數值比較。"
        ),
    },
    "ja": {
        "upsampled_metric": (
            "{count:n} 枚の{side}画像がネットワークの {size} x {size} ピクセルより小さいため、拡大されました。"
            "参照ツールも同じ処理をしますが、小さな画像の {metric} は同じサイズの画像の {metric} としか比べられません。"
        ),
        "upsampled_network": (
            "{count:n} 枚の{side}画像がネットワークの {size} x {size} ピクセルより小さいため、拡大されました。"
            "参照ツールも同じ処理をしますが、小さな画像から求めた値は、同じサイズの画像から求めた値としか比べられません。"
        ),
    },
}
