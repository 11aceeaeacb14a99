"""Translations of catalog_netsetup (the setup of the DINOv2 and CLIP networks)."""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "netsetup_other_network": (
            "{path} 是 {found} 的模型，不是 {wanted} 的模型：未安装任何内容。请在这里选择 {wanted} 的文件；"
            "{found} 的模型请从“模型”菜单中它自己的项目设置。"
        ),
        "netsetup_menu_dinov2": "设置 DINOv2 模型（FD_DINOv2）…",
        "netsetup_menu_clip": "设置 CLIP 模型（CMMD）…",
        "netsetup_menu_other": "设置 {network} 模型…",
        "netsetup_title_dinov2": "设置 DINOv2 模型（FD_DINOv2）",
        "netsetup_title_clip": "设置 CLIP 模型（CMMD）",
        "netsetup_title_other": "设置 {network} 模型",
        "netsetup_explain_dinov2": (
            "FD_DINOv2 是 DINOv2 特征上的 Fréchet 距离，按 dgm-eval 和 EDM2 的计算方式定义在 Meta 的 DINOv2 "
            "ViT-L/14 网络上。fidgui 不会下载它：请从下面的地址取得官方文件 {file}（1.2 GB），核对它的 SHA-256，"
            "然后选择它。它只需转换一次，之后可离线使用。DINOv2 的其他尺寸（ViT-S/14、B/14、g/14）不是 FD_DINOv2 "
            "所指的网络，会被拒绝。"
        ),
        "netsetup_explain_clip": (
            "CMMD 是 CLIP 图像嵌入上的 MMD，定义在 Hugging Face 格式的 OpenAI CLIP ViT-L/14-336 网络上（{model}）。"
            "fidgui 不会下载它：请准备一个包含 config.json、preprocessor_config.json 和 {file}（1.7 GB，"
            "从下面的地址取得，并核对它的 SHA-256）的文件夹，然后选择该文件夹或其中的权重文件。它只需转换一次，"
            "之后可离线使用。"
        ),
        "netsetup_explain_other": "只有使用 {network} 的度量才需要它。请选择它的模型文件；它只需转换一次，之后可离线使用。",
        "netsetup_configs_clip": "两个配置文件来自同一个模型：{url}",
        "netsetup_choose_file": "选择文件(&F)…",
        "netsetup_choose_folder": "选择文件夹(&O)…",
        "netsetup_pick_dinov2": "选择 DINOv2 权重（dinov2_vitl14_pretrain.pth）",
        "netsetup_filter_dinov2": "DINOv2 权重或模型",
        "netsetup_pick_clip_file": "选择 CLIP 权重（model.safetensors）",
        "netsetup_filter_clip": "CLIP 权重或模型",
        "netsetup_pick_clip_folder": "选择 CLIP 模型文件夹",
        "netsetup_filter_all": "所有文件",
        "netsetup_next_dinov2": "请选择官方文件 {file}（它的地址和 SHA-256 见上方）。",
        "netsetup_next_clip": (
            "请选择 {model} 的文件夹（包含 config.json、preprocessor_config.json 和 model.safetensors），"
            "或旁边放着这两个 .json 文件的 model.safetensors。"
        ),
        "netsetup_next_other": "请选择 {network} 的模型文件。",
        "netsetup_done": "{network} 模型已设置；现在可以计算使用它的度量。",
        "netsetup_done_not_standard": (
            "{network} 模型已设置，但它不是标准网络（权重 SHA-256 {sha256}）：其数值只能与同一模型的其他数值比较，"
            "不能与已发表的数值比较。"
        ),
    },
    "zh_TW": {
        "netsetup_other_network": (
            "{path} 是 {found} 的模型，不是 {wanted} 的模型：未安裝任何內容。請在這裡選擇 {wanted} 的檔案；"
            "{found} 的模型請從「模型」選單中它自己的項目設定。"
        ),
        "netsetup_menu_dinov2": "設定 DINOv2 模型（FD_DINOv2）…",
        "netsetup_menu_clip": "設定 CLIP 模型（CMMD）…",
        "netsetup_menu_other": "設定 {network} 模型…",
        "netsetup_title_dinov2": "設定 DINOv2 模型（FD_DINOv2）",
        "netsetup_title_clip": "設定 CLIP 模型（CMMD）",
        "netsetup_title_other": "設定 {network} 模型",
        "netsetup_explain_dinov2": (
            "FD_DINOv2 是 DINOv2 特徵上的 Fréchet 距離，依 dgm-eval 與 EDM2 的計算方式定義於 Meta 的 DINOv2 "
            "ViT-L/14 網路。fidgui 不會下載它：請從下方的網址取得官方檔案 {file}（1.2 GB），核對它的 SHA-256，"
            "再選擇它。它只需轉換一次，之後可離線使用。DINOv2 的其他尺寸（ViT-S/14、B/14、g/14）並非 FD_DINOv2 "
            "所指的網路，會被拒絕。"
        ),
        "netsetup_explain_clip": (
            "CMMD 是 CLIP 影像嵌入上的 MMD，定義於 Hugging Face 格式的 OpenAI CLIP ViT-L/14-336 網路（{model}）。"
            "fidgui 不會下載它：請準備一個含有 config.json、preprocessor_config.json 與 {file}（1.7 GB，"
            "從下方的網址取得，並核對它的 SHA-256）的資料夾，再選擇該資料夾或其中的權重檔案。它只需轉換一次，"
            "之後可離線使用。"
        ),
        "netsetup_explain_other": "只有使用 {network} 的度量才需要它。請選擇它的模型檔案；它只需轉換一次，之後可離線使用。",
        "netsetup_configs_clip": "兩個設定檔來自同一個模型：{url}",
        "netsetup_choose_file": "選擇檔案(&F)…",
        "netsetup_choose_folder": "選擇資料夾(&O)…",
        "netsetup_pick_dinov2": "選擇 DINOv2 權重（dinov2_vitl14_pretrain.pth）",
        "netsetup_filter_dinov2": "DINOv2 權重或模型",
        "netsetup_pick_clip_file": "選擇 CLIP 權重（model.safetensors）",
        "netsetup_filter_clip": "CLIP 權重或模型",
        "netsetup_pick_clip_folder": "選擇 CLIP 模型資料夾",
        "netsetup_filter_all": "所有檔案",
        "netsetup_next_dinov2": "請選擇官方檔案 {file}（它的網址與 SHA-256 見上方）。",
        "netsetup_next_clip": (
            "請選擇 {model} 的資料夾（含有 config.json、preprocessor_config.json 與 model.safetensors），"
            "或旁邊放著這兩個 .json 檔案的 model.safetensors。"
        ),
        "netsetup_next_other": "請選擇 {network} 的模型檔案。",
        "netsetup_done": "{network} 模型已設定；現在可以計算使用它的度量。",
        "netsetup_done_not_standard": (
            "{network} 模型已設定，但它不是標準網路（權重 SHA-256 {sha256}）：其數值只能與同一模型的其他數值比較，"
            "不能與已發表的數值比較。"
        ),
    },
    "ja": {
        "netsetup_other_network": (
            "{path} は {found} のモデルで、{wanted} のモデルではありません。何もインストールしていません。ここでは "
            "{wanted} のファイルを選んでください。{found} のモデルは「モデル」メニューのそれ自身の項目から設定します。"
        ),
        "netsetup_menu_dinov2": "DINOv2 モデルを設定 (FD_DINOv2)…",
        "netsetup_menu_clip": "CLIP モデルを設定 (CMMD)…",
        "netsetup_menu_other": "{network} モデルを設定…",
        "netsetup_title_dinov2": "DINOv2 モデルの設定 (FD_DINOv2)",
        "netsetup_title_clip": "CLIP モデルの設定 (CMMD)",
        "netsetup_title_other": "{network} モデルの設定",
        "netsetup_explain_dinov2": (
            "FD_DINOv2 は DINOv2 特徴量の Fréchet 距離で、dgm-eval と EDM2 の計算どおり Meta の DINOv2 ViT-L/14 "
            "ネットワークで定義されています。fidgui はこれをダウンロードしません。下のアドレスから公式ファイル "
            "{file} (1.2 GB) を入手し、SHA-256 を確認してから選んでください。変換は一度だけで、その後はオフラインで"
            "使えます。DINOv2 のほかのサイズ (ViT-S/14、B/14、g/14) は FD_DINOv2 の定義ではないため受け付けません。"
        ),
        "netsetup_explain_clip": (
            "CMMD は CLIP 画像埋め込みの MMD で、Hugging Face 形式の OpenAI CLIP ViT-L/14-336 ネットワーク "
            "({model}) で定義されています。fidgui はこれをダウンロードしません。config.json、"
            "preprocessor_config.json と {file} (1.7 GB、下のアドレスから入手し SHA-256 を確認) を入れた"
            "フォルダーを用意し、そのフォルダーか中の重みファイルを選んでください。変換は一度だけで、その後は"
            "オフラインで使えます。"
        ),
        "netsetup_explain_other": (
            "{network} は、それを使う指標にだけ必要です。モデルファイルを選んでください。変換は一度だけで、"
            "その後はオフラインで使えます。"
        ),
        "netsetup_configs_clip": "2 つの設定ファイル (同じモデルから): {url}",
        "netsetup_choose_file": "ファイルを選択(&F)…",
        "netsetup_choose_folder": "フォルダーを選択(&O)…",
        "netsetup_pick_dinov2": "DINOv2 の重みを選択 (dinov2_vitl14_pretrain.pth)",
        "netsetup_filter_dinov2": "DINOv2 の重みまたはモデル",
        "netsetup_pick_clip_file": "CLIP の重みを選択 (model.safetensors)",
        "netsetup_filter_clip": "CLIP の重みまたはモデル",
        "netsetup_pick_clip_folder": "CLIP モデルのフォルダーを選択",
        "netsetup_filter_all": "すべてのファイル",
        "netsetup_next_dinov2": "公式ファイル {file} を選んでください (アドレスと SHA-256 は上にあります)。",
        "netsetup_next_clip": (
            "config.json、preprocessor_config.json と model.safetensors を含む {model} のフォルダーか、2 つの "
            ".json ファイルが横にある model.safetensors を選んでください。"
        ),
        "netsetup_next_other": "{network} のモデルファイルを選んでください。",
        "netsetup_done": "{network} モデルを設定しました。これを使う指標を計算できます。",
        "netsetup_done_not_standard": (
            "{network} モデルを設定しましたが、標準のネットワークではありません (重み SHA-256 {sha256})。"
            "その値は同じモデルのほかの値とだけ比較でき、公表値とは比較できません。"
        ),
    },
}
