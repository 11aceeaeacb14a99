<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../about_dialog.py" line="34" />
            <source>About fidgui</source>
            <translation>关于 fidgui</translation>
        </message>
        <message>
            <location filename="../about_dialog.py" line="40" />
            <source>Fréchet Inception Distance between two folders of images, offline.</source>
            <translation>离线计算两个图像文件夹之间的 Fréchet Inception Distance（FID）。</translation>
        </message>
        <message>
            <location filename="../about_dialog.py" line="48" />
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>BackgroundJob</name>
        <message>
            <location filename="../background_job.py" line="25" />
            <source>Something unexpected went wrong (%1). Please try again; if it happens again, report it to the fidgui developers with this message.</source>
            <translation>发生了意外错误（%1）。请重试；如果再次出现，请将这条消息发送给 fidgui 的开发者。</translation>
        </message>
    </context>
    <context>
        <name>DropZone</name>
        <message>
            <location filename="../drop_zone.py" line="129" />
            <source>Choose the folder of images</source>
            <translation>选择图像文件夹</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="137" />
            <source>Choose a saved statistics file</source>
            <translation>选择已保存的统计文件</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="137" />
            <source>Saved statistics (*.npz)</source>
            <translation>已保存的统计 (*.npz)</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="201" />
            <source>Real images</source>
            <translation>真实图像</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="201" />
            <source>Generated images</source>
            <translation>生成图像</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="203" />
            <source>Drop a folder of images here, or a saved statistics file (.npz). You can also click to choose.</source>
            <translation>将图像文件夹或已保存的统计文件（.npz）拖放到这里，也可以点击选择。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="205" />
            <source>Choose folder…</source>
            <translation>选择文件夹…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="206" />
            <source>Statistics file…</source>
            <translation>统计文件…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="207" />
            <source>Nothing chosen yet.</source>
            <translation>尚未选择。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="213" />
            <source>Files that will be skipped: %1</source>
            <translation>将被跳过的文件：%1</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="214" />
            <source>Hide</source>
            <translation>隐藏</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="214" />
            <source>Show why</source>
            <translation>查看原因</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="227" />
            <source>Counting images…</source>
            <translation>正在统计图像…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="229" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="230" />
            <source>Saved statistics of %1 images (mode: %2).</source>
            <translation>已保存的 %1 张图像的统计（模式：%2）。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="232" />
            <source>No images found in this folder. Choose a folder that holds PNG or JPEG files.</source>
            <translation>此文件夹中没有找到图像。请选择包含 PNG 或 JPEG 文件的文件夹。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="233" />
            <source>Usable images: %1</source>
            <translation>可用图像：%1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="227" />
            <source>Choose the real images first: drop a folder on the left box, or click it.</source>
            <translation>请先选择真实图像：把文件夹拖放到左边的框里，或点击该框。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="229" />
            <source>Choose the generated images first: drop a folder on the right box, or click it.</source>
            <translation>请先选择生成图像：把文件夹拖放到右边的框里，或点击该框。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="237" />
            <source>No FID model is set up yet, so nothing was compared. Press Compare again to set it up.</source>
            <translation>尚未设置 FID 模型，因此没有进行比较。再次点击“比较”即可进行设置。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="282" />
            <source>Stopping after the current batch of images…</source>
            <translation>正在停止，当前这一批图像处理完后结束…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="288" />
            <source>The model is set up; you can compare images now.</source>
            <translation>模型已设置好，现在可以比较图像了。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="319" />
            <source>Done: FID %1 in %2.</source>
            <translation>完成：FID %1，用时 %2。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="330" />
            <source>The comparison was stopped; nothing was saved. Press Compare to start again.</source>
            <translation>比较已停止，没有保存任何内容。点击“比较”可重新开始。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="341" />
            <source>Real images</source>
            <translation>真实图像</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="341" />
            <source>Generated images</source>
            <translation>生成图像</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="343" />
            <source>%1: waiting</source>
            <translation>%1：等待中</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="348" />
            <source>%1: loading the model…</source>
            <translation>%1：正在加载模型…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="355" />
            <source>%1: %2 of %3 · %4 images/s · about %5 left</source>
            <translation>%1：%2 / %3 · 每秒 %4 张 · 约剩 %5</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="367" />
            <source>Files skipped so far: %1 (listed with reasons in the result).</source>
            <translation>目前已跳过的文件：%1（结果中会列出每个文件及原因）。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="398" />
            <source>Save the statistics as (“_real.npz” and “_generated.npz” are added)</source>
            <translation>统计保存为（会自动加上“_real.npz”和“_generated.npz”）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="417" />
            <source>fidgui: FID between two folders of images</source>
            <translation>fidgui：计算两个图像文件夹之间的 FID</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="418" />
            <location filename="../main_window.py" line="426" />
            <source>&amp;Compare</source>
            <translation>比较(&amp;C)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="419" />
            <source>Compute the FID of the two sides (Ctrl+Return)</source>
            <translation>计算两边之间的 FID（Ctrl+Return）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="420" />
            <source>Cancel (Esc)</source>
            <translation>取消（Esc）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="421" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="422" />
            <source>Choose &amp;real images…</source>
            <translation>选择真实图像(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="423" />
            <source>Choose &amp;generated images…</source>
            <translation>选择生成图像(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="424" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="425" />
            <source>&amp;Run</source>
            <translation>运行(&amp;R)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="427" />
            <source>C&amp;ancel</source>
            <translation>取消(&amp;A)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="428" />
            <source>&amp;Model</source>
            <translation>模型(&amp;M)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="429" />
            <source>&amp;Set up the FID model…</source>
            <translation>设置 FID 模型(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="430" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="431" />
            <source>Same as the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="432" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="433" />
            <source>&amp;About fidgui</source>
            <translation>关于 fidgui(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>ModelSetupDialog</name>
        <message>
            <location filename="../model_setup_dialog.py" line="105" />
            <source>Choose the FID weights or model</source>
            <translation>选择 FID 权重或模型</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="107" />
            <source>FID weights or model (*.pth *.onnx);;All files (*)</source>
            <translation>FID 权重或模型 (*.pth *.onnx);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="116" />
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="143" />
            <source>Starting…</source>
            <translation>正在开始…</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="170" />
            <source>Stopped. Nothing was installed; choose again when you are ready.</source>
            <translation>已停止，没有安装任何内容。准备好后请重新选择。</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="182" />
            <source>If this computer cannot reach the internet, download pt_inception-2015-12-05-6726825d.pth on another computer, bring it here (for example on a USB stick) and use “Choose a file…”.</source>
            <translation>如果这台电脑无法连接互联网，请在另一台电脑上下载 pt_inception-2015-12-05-6726825d.pth，拷贝到这里（例如用 U 盘），然后使用“选择文件…”。</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="187" />
            <source>Choose the original weights file pt_inception-2015-12-05-6726825d.pth, or try “Download (95 MB)”.</source>
            <translation>请选择原始权重文件 pt_inception-2015-12-05-6726825d.pth，或者试试“下载（95 MB）”。</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="194" />
            <location filename="../model_setup_dialog.py" line="214" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="194" />
            <location filename="../model_setup_dialog.py" line="214" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="202" />
            <location filename="../model_setup_dialog.py" line="203" />
            <source>Set up the FID model</source>
            <translation>设置 FID 模型</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="206" />
            <source>To compare images, fidgui needs the Inception network that FID is defined with. It is set up once and then works offline.

Download it now (95 MB, checked against its published checksum), or choose the weights file pt_inception-2015-12-05-6726825d.pth (or a model converted by fidgui) if you already have it.</source>
            <translation>要比较图像，fidgui 需要定义 FID 所用的 Inception 网络。只需设置一次，之后即可离线使用。

现在下载（95 MB，会与公开的校验和核对），或者如果你已经有权重文件 pt_inception-2015-12-05-6726825d.pth（或由 fidgui 转换的模型），请选择它。</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="212" />
            <source>&amp;Download (95 MB)</source>
            <translation>下载（95 MB）(&amp;D)</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="213" />
            <source>Choose a &amp;file…</source>
            <translation>选择文件(&amp;F)…</translation>
        </message>
    </context>
    <context>
        <name>ResultView</name>
        <message>
            <location filename="../result_view.py" line="39" />
            <source>Too few images for a complete covariance</source>
            <translation>图像太少，协方差不完整</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="40" />
            <source>Few images</source>
            <translation>图像较少</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="41" />
            <source>Unequal numbers of images</source>
            <translation>两边图像数量差距大</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="42" />
            <source>Duplicate images</source>
            <translation>重复的图像</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="43" />
            <source>Small images were enlarged</source>
            <translation>小图像被放大了</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="44" />
            <source>Images were converted</source>
            <translation>图像已被转换</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="45" />
            <source>Computed on the CPU</source>
            <translation>在 CPU 上计算</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="46" />
            <source>Skipped file</source>
            <translation>跳过的文件</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="48" />
            <source>Note</source>
            <translation>注意</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="57" />
            <source>%1: %2 (saved statistics of %3 images)</source>
            <translation>%1：%2（%3 张图像的已保存统计）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="59" />
            <source>%1: %2 (%3 images used)</source>
            <translation>%1：%2（使用了 %3 张图像）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="70" />
            <source>Inception Score (generated): %1</source>
            <translation>Inception Score（生成）：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="73" />
            <source>Inception Score (real): %1</source>
            <translation>Inception Score（真实）：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="75" />
            <source>Real images</source>
            <translation>真实图像</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="76" />
            <source>Generated images</source>
            <translation>生成图像</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="79" />
            <source>Compatibility mode: %1</source>
            <translation>兼容模式：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="80" />
            <source>Image reading: %1</source>
            <translation>图像读取方式：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="82" />
            <source>standard FID weights</source>
            <translation>标准 FID 权重</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="84" />
            <source>NOT the standard FID weights</source>
            <translation>不是标准 FID 权重</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="85" />
            <source>Model: %1, weights SHA-256 %2</source>
            <translation>模型：%1，权重 SHA-256 %2</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="87" />
            <source>Device: %1</source>
            <translation>设备：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="89" />
            <source>Batch size: %1</source>
            <translation>批大小：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="90" />
            <source>Time: %1 s</source>
            <translation>用时：%1 秒</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="95" />
            <source>Converted (%1): %2</source>
            <translation>已转换（%1）：%2</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="98" />
            <source>Warnings:</source>
            <translation>警告：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="102" />
            <source>Skipped files:</source>
            <translation>跳过的文件：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="175" />
            <source>&amp;Copy to clipboard</source>
            <translation>复制到剪贴板(&amp;C)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="176" />
            <source>Save &amp;JSON…</source>
            <translation>保存 JSON(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="177" />
            <source>Save C&amp;SV…</source>
            <translation>保存 CSV(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="178" />
            <source>Details</source>
            <translation>详细信息</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="186" />
            <source>⚠ Computed with a non-standard network: this FID is not comparable with published FIDs. Set up the standard model (Model menu) for figures you can compare.</source>
            <translation>⚠ 使用了非标准网络计算：这个 FID 不能与已发表的 FID 比较。如需可比较的数值，请设置标准模型（“模型”菜单）。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="193" />
            <source>FID measures how far apart the two sets of images are, as the Inception network sees them. Lower means closer; 0 means both sets have the same statistics. It is a relative measure: compare it only with FIDs computed in the same mode, with the same model and the same numbers of images.</source>
            <translation>FID 衡量两组图像在 Inception 网络“眼中”相差多远。数值越低越接近；0 表示两组图像的统计特征完全相同。它是一个相对指标：只应与使用相同模式、相同模型和相同图像数量计算出的 FID 比较。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="205" />
            <source>Skipped files: %1. Each one and the reason are listed under Details.</source>
            <translation>跳过的文件：%1。每个文件及原因都列在“详细信息”中。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="216" />
            <source>Inception Score (generated) %1</source>
            <translation>Inception Score（生成）%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="218" />
            <source>(real %1)</source>
            <translation>（真实 %1）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="226" />
            <source>Please read before using this figure:</source>
            <translation>使用这个数值之前请先阅读：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="234" />
            <source>The result was copied; paste it wherever you keep your notes.</source>
            <translation>结果已复制，可以粘贴到你的笔记中。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="238" />
            <source>Save the result as JSON</source>
            <translation>将结果保存为 JSON</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="238" />
            <source>JSON files (*.json)</source>
            <translation>JSON 文件 (*.json)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="243" />
            <source>Save the result as CSV</source>
            <translation>将结果保存为 CSV</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="243" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="260" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="262" />
            <source>The file could not be saved (%1). Choose another folder and try again.</source>
            <translation>文件无法保存（%1）。请选择其他文件夹后重试。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="267" />
            <source>Saved to %1.</source>
            <translation>已保存到 %1。</translation>
        </message>
    </context>
    <context>
        <name>SettingsPanel</name>
        <message>
            <location filename="../settings_panel.py" line="153" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="154" />
            <source>Compatibility &amp;mode:</source>
            <translation>兼容模式(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="155" />
            <source>&amp;Device:</source>
            <translation>设备(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="156" />
            <source>&amp;Batch size:</source>
            <translation>批大小(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="157" />
            <source>Metrics:</source>
            <translation>指标：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="159" />
            <source>pytorch-fid (recommended)</source>
            <translation>pytorch-fid（推荐）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="160" />
            <source>TensorFlow (original TTUR code)</source>
            <translation>TensorFlow（原始 TTUR 代码）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="161" />
            <source>clean-fid</source>
            <translation>clean-fid</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="164" />
            <source>Gives the numbers of pytorch-fid, used by most papers since 2020.</source>
            <translation>得到与 pytorch-fid 相同的数值，2020 年以来的大多数论文都使用它。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="166" />
            <source>Gives the numbers of the original TensorFlow code (TTUR), as torch-fidelity reproduces them.</source>
            <translation>得到原始 TensorFlow 代码（TTUR）的数值，与 torch-fidelity 的复现一致。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="168" />
            <source>Gives the numbers of clean-fid, which resizes images with antialiasing.</source>
            <translation>得到 clean-fid 的数值，它在缩放图像时使用抗锯齿。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="174" />
            <source>Read images exactly as pytorch-fid does (16-bit, rotated and transparent pictures are not fixed)</source>
            <translation>完全按照 pytorch-fid 的方式读取图像（不修正 16 位、旋转和透明的图片）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="176" />
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="176" />
            <source>GPU (NVIDIA CUDA)</source>
            <translation>GPU（NVIDIA CUDA）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="176" />
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="181" />
            <source>GPU support is installed; whether this computer's GPU works is checked when a comparison starts.</source>
            <translation>已安装 GPU 支持；这台电脑的 GPU 能否使用，会在开始比较时检查。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="184" />
            <source>This copy of fidgui has no GPU support, so it computes on the CPU.</source>
            <translation>此版本的 fidgui 不支持 GPU，因此在 CPU 上计算。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="186" />
            <source>The last comparison ran on: %1.</source>
            <translation>上一次比较使用的是：%1。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="189" />
            <source>Images read at once. Lower it if the computer runs out of memory; the result does not change.</source>
            <translation>一次读取的图像数量。如果电脑内存不足，请调低；结果不会改变。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="191" />
            <source>FID (always computed)</source>
            <translation>FID（始终计算）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="192" />
            <source>KID (Kernel Inception Distance)</source>
            <translation>KID（Kernel Inception Distance）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="193" />
            <source>Inception Score</source>
            <translation>Inception Score</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="195" />
            <source>Also save the statistics of both sides (.npz), to compare against them later without the images</source>
            <translation>同时保存两边的统计（.npz），以后无需图像也能用它们比较</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="198" />
            <source>Mode: %1 · Device: %2</source>
            <translation>模式：%1 · 设备：%2</translation>
        </message>
    </context>
</TS>
