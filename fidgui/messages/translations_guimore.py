"""zh_CN, zh_TW and ja sentences for the codes of ``catalog_guimore`` (issue 12's items 9, 15, 16, 17 and --dims).

Same placeholders as the English catalogue; option names, paths and numbers are inserted untranslated.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
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
