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
        <message>
            <source>Checking the model…</source>
            <translation>正在检查模型…</translation>
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
        <name>CacheClearing</name>
        <message>
            <location filename="../cache_clearing.py" line="30" />
            <source>The feature cache was cleared; %1 MB freed.</source>
            <translation>特征缓存已清空，释放了 %1 MB。</translation>
        </message>
        <message>
            <location filename="../cache_clearing.py" line="40" />
            <source>Clear the feature cache</source>
            <translation>清空特征缓存</translation>
        </message>
        <message>
            <location filename="../cache_clearing.py" line="42" />
            <source>The feature cache holds %1 MB. It only makes comparing the same images again faster; clearing it changes no result, and the next comparison of each folder takes the usual time. Clear it?</source>
            <translation>特征缓存占用 %1 MB。它只是让再次比较相同的图像更快；清空它不会改变任何结果，只是之后每个文件夹的第一次比较会花费平常的时间。要清空吗？</translation>
        </message>
    </context>
    <context>
        <name>DropZone</name>
        <message>
            <location filename="../drop_zone.py" line="139" />
            <source>Choose the folder of images</source>
            <translation>选择图像文件夹</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="147" />
            <source>Choose a saved statistics file</source>
            <translation>选择已保存的统计量文件</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="147" />
            <source>Saved statistics (*.npz)</source>
            <translation>已保存的统计量 (*.npz)</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="213" />
            <source>Real images</source>
            <translation>真实图像</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="213" />
            <source>Generated images</source>
            <translation>生成图像</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="215" />
            <source>Drop a folder of images here, or a saved statistics file (.npz). You can also click to choose.</source>
            <translation>将图像文件夹或已保存的统计量文件（.npz）拖放到这里，也可以点击选择。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="217" />
            <source>Choose folder…</source>
            <translation>选择文件夹…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="218" />
            <source>Statistics file…</source>
            <translation>统计量文件…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="219" />
            <source>Reference…</source>
            <translation>参考集…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="220" />
            <source>Use, save or import a reference set from the reference library</source>
            <translation>使用、保存或导入参考集库中的参考集</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="222" />
            <source>Reference: %1</source>
            <translation>参考集：%1</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="224" />
            <source>Nothing chosen yet.</source>
            <translation>尚未选择。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="230" />
            <source>Files that will be skipped: %1</source>
            <translation>将被跳过的文件：%1</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="231" />
            <source>Hide</source>
            <translation>隐藏</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="231" />
            <source>Show why</source>
            <translation>查看原因</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="244" />
            <source>Counting images…</source>
            <translation>正在统计图像…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="246" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="247" />
            <source>Saved statistics of %1 images (mode: %2).</source>
            <translation>已保存的 %1 张图像的统计量（模式：%2）。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="249" />
            <source>No images found in this folder. Choose a folder that holds PNG or JPEG files.</source>
            <translation>此文件夹中没有找到图像。请选择包含 PNG 或 JPEG 文件的文件夹。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="250" />
            <source>Usable images: %1</source>
            <translation>可用图像：%1</translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <location filename="../history_window.py" line="61" />
            <source>Reference: %1</source>
            <translation>参考集：%1</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="234" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="234" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="269" />
            <source>No comparisons are shown, so there is nothing to export; clear the filter.</source>
            <translation>当前没有显示任何比较，因此没有可导出的内容；请清除筛选条件。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="272" />
            <source>Export the shown comparisons as CSV</source>
            <translation>将显示的比较导出为 CSV</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="273" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="282" />
            <source>The file could not be saved (%1). Choose another folder and try again.</source>
            <translation>文件无法保存（%1）。请选择其他文件夹后重试。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="286" />
            <source>%1 comparisons exported to %2.</source>
            <translation>已将 %1 次比较导出到 %2。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="295" />
            <source>Delete from the history</source>
            <translation>从历史记录中删除</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="297" />
            <source>Delete %1 comparisons from the history? Their results cannot be reopened afterwards.</source>
            <translation>要从历史记录中删除 %1 次比较吗？删除后将无法再打开它们的结果。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="323" />
            <source>No comparisons recorded yet.</source>
            <translation>还没有比较记录。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="325" />
            <source>%1 comparisons</source>
            <translation>共 %1 次比较</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="327" />
            <source>%1 of %2 comparisons shown</source>
            <translation>显示 %2 次比较中的 %1 次</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="347" />
            <source>Comparison history</source>
            <translation>比较历史记录</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="348" />
            <source>&amp;Filter:</source>
            <translation>筛选(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="349" />
            <source>Words from a folder, the mode, the device or the date</source>
            <translation>输入文件夹、模式、设备或日期中的文字</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="351" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="352" />
            <source>FID</source>
            <translation>FID</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="353" />
            <source>Real images</source>
            <translation>真实图像</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="354" />
            <source>Generated images</source>
            <translation>生成图像</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="355" />
            <source>Images (real / generated)</source>
            <translation>图像数（真实 / 生成）</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="356" />
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="357" />
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="358" />
            <source>Standard model</source>
            <translation>标准模型</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="361" />
            <source>Double-click a comparison, or press Enter, to show it in the main window.</source>
            <translation>双击某次比较或按 Enter 键，即可在主窗口中显示它。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="362" />
            <source>&amp;Open in the window</source>
            <translation>在主窗口中打开(&amp;O)</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="363" />
            <source>&amp;Export CSV…</source>
            <translation>导出 CSV(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="364" />
            <location filename="../history_window.py" line="365" />
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="366" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="259" />
            <source>Choose the real images first: drop a folder on the left box, or click it.</source>
            <translation>请先选择真实图像：把文件夹拖放到左边的框里，或点击该框。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="261" />
            <source>Choose the generated images first: drop a folder on the right box, or click it.</source>
            <translation>请先选择生成图像：把文件夹拖放到右边的框里，或点击该框。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="269" />
            <source>No FID model is set up yet, so nothing was compared. Press Compare again to set it up.</source>
            <translation>尚未设置 FID 模型，因此没有进行比较。再次点击“比较”即可进行设置。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="318" />
            <source>Stopping after the current batch of images…</source>
            <translation>正在停止，当前这一批图像处理完后结束…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="324" />
            <source>The model is set up; you can compare images now.</source>
            <translation>模型已设置好，现在可以比较图像了。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="366" />
            <source>The compatibility mode is now %1, the mode of this reference.</source>
            <translation>兼容模式已切换为 %1，即这个参考集的模式。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="408" />
            <source>Done: FID %1 in %2.</source>
            <translation>完成：FID %1，用时 %2。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="412" />
            <source>%1 of the %2 images came from the feature cache.</source>
            <translation>%2 张图像中有 %1 张来自特征缓存。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="424" />
            <source>This result was not added to the history: %1</source>
            <translation>这个结果没有加入历史记录：%1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="435" />
            <source>Showing the comparison of %1 from the history.</source>
            <translation>正在显示历史记录中 %1 的比较。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="445" />
            <source>The comparison was stopped; nothing was saved. Press Compare to start again.</source>
            <translation>比较已停止，没有保存任何内容。点击“比较”可重新开始。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="456" />
            <source>Real images</source>
            <translation>真实图像</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="456" />
            <source>Generated images</source>
            <translation>生成图像</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="458" />
            <source>%1: waiting</source>
            <translation>%1：等待中</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="463" />
            <source>%1: loading the model…</source>
            <translation>%1：正在加载模型…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="466" />
            <source>%1: computing the metrics (%2 of %3)</source>
            <translation>%1：正在计算指标（%2 / %3）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="467" />
            <source>%1: %2 images, from the feature cache</source>
            <translation>%1：%2 张图像，来自特征缓存</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="475" />
            <source>%1: %2 of %3 · %4 images/s · about %5 left</source>
            <translation>%1：%2 / %3 · 每秒 %4 张 · 约剩 %5</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="487" />
            <source>Files skipped so far: %1 (listed with reasons in the result).</source>
            <translation>目前已跳过的文件：%1（结果中会列出每个文件及原因）。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="520" />
            <source>Save the statistics as (“_real.npz” and “_generated.npz” are added)</source>
            <translation>统计量保存为（会自动加上“_real.npz”和“_generated.npz”）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="540" />
            <source>fidgui: FID between two folders of images</source>
            <translation>fidgui：计算两个图像文件夹之间的 FID</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="541" />
            <location filename="../main_window.py" line="550" />
            <source>&amp;Compare</source>
            <translation>比较(&amp;C)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="542" />
            <source>Compute the FID of the two sides (Ctrl+Return)</source>
            <translation>计算两边之间的 FID（Ctrl+Return）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="543" />
            <source>Cancel (Esc)</source>
            <translation>取消（Esc）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="544" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="545" />
            <source>Choose &amp;real images…</source>
            <translation>选择真实图像(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="546" />
            <source>Choose &amp;generated images…</source>
            <translation>选择生成图像(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="547" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="548" />
            <source>Comparison &amp;history…</source>
            <translation>比较历史记录(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="549" />
            <source>&amp;Run</source>
            <translation>运行(&amp;R)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="551" />
            <source>C&amp;ancel</source>
            <translation>取消(&amp;A)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="554" />
            <source>&amp;Model</source>
            <translation>模型(&amp;M)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="555" />
            <source>&amp;Set up the FID model…</source>
            <translation>设置 FID 模型(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="556" />
            <source>&amp;Clear the feature cache…</source>
            <translation>清空特征缓存(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="557" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="558" />
            <source>Same as the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="559" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="560" />
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
        <name>ReferenceDialog</name>
        <message>
            <location filename="../reference_dialog.py" line="196" />
            <source>Choose the folder of real images</source>
            <translation>选择真实图像文件夹</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="201" />
            <source>%1, %2 mode</source>
            <translation>%1，%2 模式</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="202" />
            <source>Name of the new reference:</source>
            <translation>新参考集的名称：</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="210" />
            <source>Stopped; no reference was saved.</source>
            <translation>已停止，没有保存参考集。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="216" />
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="225" />
            <source>Choose a statistics file to import</source>
            <translation>选择要导入的统计量文件</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="225" />
            <source>Saved statistics (*.npz)</source>
            <translation>已保存的统计量 (*.npz)</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="239" />
            <source>Name of the imported reference:</source>
            <translation>导入的参考集的名称：</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="248" />
            <source>Imported “%1” (%2 mode).</source>
            <translation>已导入“%1”（%2 模式）。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="257" />
            <source>Delete the reference</source>
            <translation>删除参考集</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="258" />
            <source>Delete the reference “%1”? Its statistics file is removed too.</source>
            <translation>要删除参考集“%1”吗？它的统计量文件也会一并删除。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="268" />
            <source>Deleted “%1”.</source>
            <translation>已删除“%1”。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="274" />
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="294" />
            <source>Loading the model…</source>
            <translation>正在加载模型…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="299" />
            <source>%1 of %2 images</source>
            <translation>%1 / %2 张图像</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="311" />
            <source>%1

Type another name:</source>
            <translation>%1

请输入其他名称：</translation>
        </message>
        <message>
            <source>Saving “%1”…</source>
            <translation>正在保存“%1”…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="313" />
            <source>The reference was not saved.</source>
            <translation>参考集没有保存。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="317" />
            <source>Saved “%1”: %2 images, %3 mode.</source>
            <translation>已保存“%1”：%2 张图像，%3 模式。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="332" />
            <source>Reference name</source>
            <translation>参考集名称</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="340" />
            <source>Which program made %1? Files from pytorch-fid and TTUR do not say, and FIDs from different modes cannot be compared.</source>
            <translation>%1 是由哪个程序生成的？pytorch-fid 和 TTUR 的文件不会记录这一点，而不同模式得到的 FID 无法互相比较。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="346" />
            <source>Mode of the statistics</source>
            <translation>统计量的模式</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="354" />
            <source>pytorch-fid (files made by pytorch-fid)</source>
            <translation>pytorch-fid（由 pytorch-fid 生成的文件）</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="355" />
            <source>TensorFlow (files made by the original TTUR code)</source>
            <translation>TensorFlow（由原始 TTUR 代码生成的文件）</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="356" />
            <source>clean-fid (files made by clean-fid)</source>
            <translation>clean-fid（由 clean-fid 生成的文件）</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="375" />
            <location filename="../reference_dialog.py" line="408" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="375" />
            <location filename="../reference_dialog.py" line="408" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="383" />
            <source>Reference library</source>
            <translation>参考集库</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="387" />
            <source>A reference keeps the statistics of a set of real images, so they are read only once. New references are computed with the current settings (%1 mode).</source>
            <translation>参考集保存一组真实图像的统计量，这样这些图像只需读取一次。新的参考集会使用当前设置（%1 模式）计算。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="394" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="395" />
            <source>Images</source>
            <translation>图像数</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="396" />
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="397" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="398" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="401" />
            <source>&amp;Use this reference</source>
            <translation>使用这个参考集(&amp;U)</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="403" />
            <source>&amp;Save “%1” as a reference…</source>
            <translation>将“%1”保存为参考集(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="405" />
            <source>&amp;Save a folder as a reference…</source>
            <translation>将文件夹保存为参考集(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="406" />
            <source>&amp;Import .npz…</source>
            <translation>导入 .npz(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="407" />
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>ResultView</name>
        <message>
            <location filename="../result_view.py" line="42" />
            <source>Too few images for a complete covariance</source>
            <translation>图像太少，协方差不完整</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="43" />
            <source>Few images</source>
            <translation>图像较少</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="44" />
            <source>Unequal numbers of images</source>
            <translation>两边图像数量差距大</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="45" />
            <source>Duplicate images</source>
            <translation>重复的图像</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="46" />
            <source>Small images were enlarged</source>
            <translation>小图像被放大了</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="47" />
            <source>Images were converted</source>
            <translation>图像已被转换</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="48" />
            <source>Computed on the CPU</source>
            <translation>在 CPU 上计算</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="49" />
            <source>Skipped file</source>
            <translation>跳过的文件</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="50" />
            <source>Feature cache</source>
            <translation>特征缓存</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="52" />
            <source>Note</source>
            <translation>注意</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="63" />
            <source>(%1 to %2)</source>
            <translation>（%1 至 %2）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="69" />
            <source>%1: %2 (saved statistics of %3 images)</source>
            <translation>%1：%2（%3 张图像的已保存统计量）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="71" />
            <source>%1: %2 (%3 images used, %4 from the feature cache)</source>
            <translation>%1：%2（使用了 %3 张图像，其中 %4 张来自特征缓存）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="73" />
            <source>%1: %2 (%3 images used)</source>
            <translation>%1：%2（使用了 %3 张图像）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="81" />
            <source>FID interval at these numbers of images: %1 to %2</source>
            <translation>此图像数量下的 FID 区间：%1 至 %2</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="89" />
            <source>Inception Score (generated): %1</source>
            <translation>Inception Score（生成）：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="92" />
            <source>Inception Score (real): %1</source>
            <translation>Inception Score（真实）：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="94" />
            <source>Precision %1, recall %2, density %3, coverage %4</source>
            <translation>精确率 %1，召回率 %2，密度 %3，覆盖率 %4</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="98" />
            <source>Real images</source>
            <translation>真实图像</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="99" />
            <source>Generated images</source>
            <translation>生成图像</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="102" />
            <source>Compatibility mode: %1</source>
            <translation>兼容模式：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="103" />
            <source>Image reading: %1</source>
            <translation>图像读取方式：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="105" />
            <source>standard FID weights</source>
            <translation>标准 FID 权重</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="107" />
            <source>NOT the standard FID weights</source>
            <translation>不是标准 FID 权重</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="108" />
            <source>Model: %1, weights SHA-256 %2</source>
            <translation>模型：%1，权重 SHA-256 %2</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="110" />
            <source>Device: %1</source>
            <translation>设备：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="112" />
            <source>Batch size: %1</source>
            <translation>批大小：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="113" />
            <source>Time: %1 s</source>
            <translation>用时：%1 秒</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="118" />
            <source>Converted (%1): %2</source>
            <translation>已转换（%1）：%2</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="121" />
            <source>Warnings:</source>
            <translation>警告：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="125" />
            <source>Skipped files:</source>
            <translation>跳过的文件：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="257" />
            <source>&amp;Copy to clipboard</source>
            <translation>复制到剪贴板(&amp;C)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="258" />
            <source>Save &amp;JSON…</source>
            <translation>保存 JSON(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="259" />
            <source>Save C&amp;SV…</source>
            <translation>保存 CSV(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="260" />
            <source>Details</source>
            <translation>详细信息</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="268" />
            <source>⚠ Computed with a non-standard network: this FID is not comparable with published FIDs. Set up the standard model (Model menu) for figures you can compare.</source>
            <translation>⚠ 使用了非标准网络计算：这个 FID 不能与已发表的 FID 比较。如需可比较的数值，请设置标准模型（“模型”菜单）。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="278" />
            <source>The range in brackets is how much the FID would vary with another set of images of the same size (%1% bootstrap interval); a difference between two FIDs smaller than this may be chance.</source>
            <translation>括号中的范围表示：换成另一组相同数量的图像时，FID 可能的变动幅度（%1% 自助法区间）。两个 FID 之差如果小于这个范围，可能只是偶然。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="287" />
            <source>Reopened from the history: compared on %1 with fidgui %2.</source>
            <translation>从历史记录中重新打开：于 %1 使用 fidgui %2 比较。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="292" />
            <source>FID measures how far apart the two sets of images are, as the Inception network sees them. Lower means closer; 0 means both sets have the same statistics. It is a relative measure: compare it only with FIDs computed in the same mode, with the same model and the same numbers of images.</source>
            <translation>FID 衡量两组图像在 Inception 网络“眼中”相差多远。数值越低越接近；0 表示两组图像的统计量完全相同。它是一个相对指标：只应与使用相同模式、相同模型和相同图像数量计算出的 FID 比较。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="305" />
            <source>Skipped files: %1. Each one and the reason are listed under Details.</source>
            <translation>跳过的文件：%1。每个文件及原因都列在“详细信息”中。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="314" />
            <source>KID</source>
            <translation>KID</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="317" />
            <source>Kernel Inception Distance: like FID, lower is closer. It is unbiased, so unlike FID it can be trusted with small sets of images.</source>
            <translation>Kernel Inception Distance：与 FID 一样，数值越低越接近。它是无偏的，因此与 FID 不同，图像较少时也可信。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="322" />
            <source>Inception Score (generated)</source>
            <translation>Inception Score（生成）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="325" />
            <source>How clearly and how variously the network recognises the generated images; higher is better. It does not look at the real images.</source>
            <translation>网络对生成图像的识别有多清晰、多样；越高越好。它不考虑真实图像。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="330" />
            <source>Inception Score (real)</source>
            <translation>Inception Score（真实）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="332" />
            <source>The same score for the real images, as a yardstick.</source>
            <translation>真实图像的同一分数，作为参照。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="335" />
            <source>Precision</source>
            <translation>精确率</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="337" />
            <source>How many generated images look like real ones (0 to 1; higher is better).</source>
            <translation>有多少生成图像看起来像真实图像（0 到 1，越高越好）。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="340" />
            <source>Recall</source>
            <translation>召回率</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="342" />
            <source>How much of the real images' variety the generated images cover (0 to 1; higher is better).</source>
            <translation>生成图像覆盖了真实图像多样性的多少（0 到 1，越高越好）。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="345" />
            <source>Density</source>
            <translation>密度</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="348" />
            <source>Like precision, but less sensitive to outliers; about 1 when the sets match, and can exceed 1.</source>
            <translation>与精确率类似，但不易受离群值影响；两组图像一致时约为 1，也可能超过 1。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="352" />
            <source>Coverage</source>
            <translation>覆盖率</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="354" />
            <source>Like recall, but less sensitive to outliers (0 to 1; higher is better).</source>
            <translation>与召回率类似，但不易受离群值影响（0 到 1，越高越好）。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="357" />
            <source>FID-infinity (advanced)</source>
            <translation>FID-infinity（进阶）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="360" />
            <source>The FID extrapolated to unlimited generated images, so that sets of different sizes can be compared; rough below about 20,000 generated images.</source>
            <translation>把 FID 外推到生成图像无限多时的值，因此不同数量的图像集也能互相比较；生成图像少于约 20,000 张时只是粗略估计。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="371" />
            <source>Please read before using this figure:</source>
            <translation>使用这个数值之前请先阅读：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="379" />
            <source>The result was copied; paste it wherever you keep your notes.</source>
            <translation>结果已复制，可以粘贴到你的笔记中。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="383" />
            <source>Save the result as JSON</source>
            <translation>将结果保存为 JSON</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="383" />
            <source>JSON files (*.json)</source>
            <translation>JSON 文件 (*.json)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="388" />
            <source>Save the result as CSV</source>
            <translation>将结果保存为 CSV</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="388" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="405" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="407" />
            <source>The file could not be saved (%1). Choose another folder and try again.</source>
            <translation>文件无法保存（%1）。请选择其他文件夹后重试。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="412" />
            <source>Saved to %1.</source>
            <translation>已保存到 %1。</translation>
        </message>
    </context>
    <context>
        <name>SettingsPanel</name>
        <message>
            <location filename="../settings_panel.py" line="176" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="177" />
            <source>Compatibility &amp;mode:</source>
            <translation>兼容模式(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="178" />
            <source>&amp;Device:</source>
            <translation>设备(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="179" />
            <source>&amp;Batch size:</source>
            <translation>批大小(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="180" />
            <source>Metrics:</source>
            <translation>指标：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="182" />
            <source>pytorch-fid (recommended)</source>
            <translation>pytorch-fid（推荐）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="183" />
            <source>TensorFlow (original TTUR code)</source>
            <translation>TensorFlow（原始 TTUR 代码）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="184" />
            <source>clean-fid</source>
            <translation>clean-fid</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="187" />
            <source>Gives the numbers of pytorch-fid, used by most papers since 2020.</source>
            <translation>得到与 pytorch-fid 相同的数值，2020 年以来的大多数论文都使用它。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="189" />
            <source>Gives the numbers of the original TensorFlow code (TTUR), as torch-fidelity reproduces them.</source>
            <translation>得到原始 TensorFlow 代码（TTUR）的数值，与 torch-fidelity 的复现一致。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="191" />
            <source>Gives the numbers of clean-fid, which resizes images with antialiasing.</source>
            <translation>得到 clean-fid 的数值，它在缩放图像时使用抗锯齿。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="197" />
            <source>Read images exactly as pytorch-fid does (16-bit, rotated and transparent pictures are not fixed)</source>
            <translation>完全按照 pytorch-fid 的方式读取图像（不修正 16 位、旋转和透明的图像）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="199" />
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="199" />
            <source>GPU (NVIDIA CUDA)</source>
            <translation>GPU（NVIDIA CUDA）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="199" />
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="204" />
            <source>GPU support is installed; whether this computer's GPU works is checked when a comparison starts.</source>
            <translation>已安装 GPU 支持；这台电脑的 GPU 能否使用，会在开始比较时检查。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="207" />
            <source>This copy of fidgui has no GPU support, so it computes on the CPU.</source>
            <translation>此版本的 fidgui 不支持 GPU，因此在 CPU 上计算。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="209" />
            <source>The last comparison ran on: %1.</source>
            <translation>上一次比较使用的是：%1。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="212" />
            <source>Images read at once. Lower it if the computer runs out of memory; the result does not change.</source>
            <translation>一次读取的图像数量。如果电脑内存不足，请调低；结果不会改变。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="214" />
            <source>FID (always computed)</source>
            <translation>FID（始终计算）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="215" />
            <source>KID (Kernel Inception Distance)</source>
            <translation>KID（Kernel Inception Distance）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="216" />
            <source>Inception Score</source>
            <translation>Inception Score</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="217" />
            <source>Precision and recall</source>
            <translation>精确率和召回率</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="218" />
            <source>Also density and coverage; needs at least 6 images on each side.</source>
            <translation>同时计算密度和覆盖率；每边至少需要 6 张图像。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="219" />
            <source>FID interval (slower: 50 extra FIDs)</source>
            <translation>FID 区间（较慢：额外计算 50 次 FID）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="220" />
            <source>FID-infinity (needs 4,096+ generated images)</source>
            <translation>FID-infinity（需要 4,096 张以上生成图像）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="221" />
            <source>Use the feature cache</source>
            <translation>使用特征缓存</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="224" />
            <source>Remembers what the network saw in each image, so comparing the same images again takes seconds. The figures do not change.</source>
            <translation>记住网络从每张图像中提取的特征，这样再次比较相同的图像只需几秒。数值不会改变。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="229" />
            <source>Also save the statistics of both sides (.npz), to compare against them later without the images</source>
            <translation>同时保存两边的统计量（.npz），以后无需图像也能用它们比较</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="232" />
            <source>Mode: %1 · Device: %2</source>
            <translation>模式：%1 · 设备：%2</translation>
        </message>
    </context>
    <context>
        <name>CompareManyWindow</name>
        <message>
            <location filename="../compare_many_window.py" line="122" />
            <source>Compare &amp;many folders…</source>
            <translation>比较多个文件夹(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="257" />
            <source>Choose the folder of real images</source>
            <translation>选择真实图像文件夹</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="263" />
            <source>Add a folder of images</source>
            <translation>添加图像文件夹</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="280" />
            <source>Choose the folder of real images first.</source>
            <translation>请先选择真实图像文件夹。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="283" />
            <source>Add at least one folder of generated images: click “Add folder…” or drop folders on the list.</source>
            <translation>请至少添加一个生成图像文件夹：点击“添加文件夹…”，或把文件夹拖到列表中。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="286" />
            <source>Add at least two folders to compare with each other.</source>
            <translation>请至少添加两个文件夹以便相互比较。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="316" />
            <source>Stopping after the current batch of images…</source>
            <translation>当前这批图像处理完后停止…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="326" />
            <source>PNG images (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="336" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="345" />
            <source>Comparison %1 of %2: %3 and %4</source>
            <translation>第 %1 / %2 次比较：%3 与 %4</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="351" />
            <source>first folder</source>
            <translation>第一个文件夹</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="351" />
            <source>second folder</source>
            <translation>第二个文件夹</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="352" />
            <source>%1: %2 of %3 images</source>
            <translation>%1：%2 / %3 张图像</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="366" />
            <source>Some comparisons could not be made:</source>
            <translation>部分比较未能完成：</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="368" />
            <source>Done.</source>
            <translation>完成。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="378" />
            <source>Stopped; nothing was saved. Press Start to begin again.</source>
            <translation>已停止，没有保存任何内容。按“开始”可重新开始。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="400" />
            <source>Starting…</source>
            <translation>正在开始…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="415" />
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="415" />
            <location filename="../compare_many_window.py" line="463" />
            <source>Precision</source>
            <translation>精确率</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="415" />
            <location filename="../compare_many_window.py" line="464" />
            <source>Recall</source>
            <translation>召回率</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="415" />
            <source>Images</source>
            <translation>图像数</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="435" />
            <source>%1 real, %2 generated</source>
            <translation>真实 %1，生成 %2</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="447" />
            <source>FID per folder (lower is closer to the real images)</source>
            <translation>各文件夹的 FID（越低越接近真实图像）</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="468" />
            <source>Precision and recall per folder (higher is better)</source>
            <translation>各文件夹的精确率和召回率（越高越好）</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="469" />
            <source>Share of images (0 to 1)</source>
            <translation>图像占比（0 到 1）</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="477" />
            <location filename="../compare_many_window.py" line="480" />
            <source>%1 and %2</source>
            <translation>%1 与 %2</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="483" />
            <source>FID between every two folders</source>
            <translation>每两个文件夹之间的 FID</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="523" />
            <source>Compare many folders</source>
            <translation>比较多个文件夹</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="524" />
            <source>One real folder against several generated folders</source>
            <translation>一个真实图像文件夹对比多个生成图像文件夹</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="525" />
            <source>Every pair of several folders</source>
            <translation>多个文件夹两两比较</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="526" />
            <source>Real images:</source>
            <translation>真实图像：</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="527" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="529" />
            <source>Generated folders (drop folders here or add them):</source>
            <translation>生成图像文件夹（拖放到此处或点击添加）：</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="531" />
            <source>Folders to compare with each other (drop folders here or add them):</source>
            <translation>要相互比较的文件夹（拖放到此处或点击添加）：</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="533" />
            <source>Add folder…</source>
            <translation>添加文件夹…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="534" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="535" />
            <source>KID (Kernel Inception Distance)</source>
            <translation>KID（核 Inception 距离）</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="536" />
            <source>Precision and recall (needs more than 5 images a folder)</source>
            <translation>精确率和召回率（每个文件夹需要 5 张以上图像）</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="537" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="538" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="539" />
            <source>Save PNG…</source>
            <translation>保存 PNG…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="541" />
            <source>Saves the chart shown now as a PNG picture; to save the other chart, open its tab first.</source>
            <translation>将当前显示的图表保存为 PNG 图像；如要保存另一个图表，请先切换到它的标签页。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="543" />
            <source>FID and KID</source>
            <translation>FID 和 KID</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="544" />
            <source>Precision and recall</source>
            <translation>精确率和召回率</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="545" />
            <source>Save CSV…</source>
            <translation>保存 CSV…</translation>
        </message>
        <message>
            <source>These results were not added to the history: %1</source>
            <translation>这些结果未加入历史记录：%1</translation>
        </message>
    </context>
    <context>
        <name>ViewsWindow</name>
        <message>
            <location filename="../views_window.py" line="198" />
            <source>&amp;Views of the result (map, least alike images)…</source>
            <translation>查看结果的可视化(&amp;V)（分布图、最不相似的图像）…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="279" />
            <source>This result has no per-image features, so there is nothing to show here. Run the comparison again with folders on both sides (under 20,000 images each) and open the views then.</source>
            <translation>此结果没有保存每张图像的特征，因此这里没有可显示的内容。请在两侧都使用文件夹（每侧少于 20,000 张图像）重新比较，然后再打开此视图。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="295" />
            <location filename="../views_window.py" line="300" />
            <source>PNG images (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="305" />
            <location filename="../views_window.py" line="473" />
            <source>Map of the features of both sets</source>
            <translation>两组图像的特征分布图</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="307" />
            <source>Generated images least like the real set</source>
            <translation>与真实图像最不相似的生成图像</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="308" />
            <source>Real images not covered by the generated set</source>
            <translation>未被生成图像覆盖的真实图像</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="314" />
            <source>Web pages (*.html)</source>
            <translation>网页 (*.html)</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="387" />
            <source>Real image</source>
            <translation>真实图像</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="387" />
            <source>Generated image</source>
            <translation>生成图像</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="389" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="398" />
            <source>No preview</source>
            <translation>无法预览</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="409" />
            <source>Views of the comparison: %1 and %2</source>
            <translation>比较结果的可视化：%1 与 %2</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="410" />
            <source>Map</source>
            <translation>分布图</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="411" />
            <source>Least like the real set</source>
            <translation>最不像真实图像</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="412" />
            <source>Not covered</source>
            <translation>未覆盖</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="414" />
            <source>Save as PNG…</source>
            <translation>保存为 PNG…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="415" />
            <source>Save HTML report…</source>
            <translation>保存 HTML 报告…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="416" />
            <source>&amp;Map:</source>
            <translation>分布图(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="417" />
            <source>PCA</source>
            <translation>PCA</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="418" />
            <source>t-SNE (slower, up to %1 images)</source>
            <translation>t-SNE（较慢，最多 %1 张图像）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="421" />
            <source>PCA shows the two main directions of variation and is quick. t-SNE keeps similar images close together, which shows groups better, but takes up to a few minutes.</source>
            <translation>PCA 显示变化最大的两个方向，计算很快。t-SNE 让相似的图像彼此靠近，更容易看出图像的分组，但可能需要几分钟。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="428" />
            <source>Preparing the views…</source>
            <translation>正在准备可视化…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="437" />
            <source>Double-click a picture to open it; hover over a point of the map to see its image.</source>
            <translation>双击图像即可打开；将鼠标停在分布图的点上可查看对应图像。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="442" />
            <source>Computing the t-SNE map: step %1 of %2…</source>
            <translation>正在计算 t-SNE 分布图：第 %1 步，共 %2 步…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="444" />
            <source>Computing the t-SNE map…</source>
            <translation>正在计算 t-SNE 分布图…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="461" />
            <source>Each point is one image, placed along the two directions in which the features of both sets vary most; they hold %1 % and %2 % of the variation, so points close on the map may still differ. Generated points away from the real cloud look unlike the real images; parts of the real cloud without generated points are kinds of picture the generator misses. Hover over a point to see its image.</source>
            <translation>每个点代表一张图像，按两组图像特征变化最大的两个方向排布；这两个方向分别占全部变化的 %1 % 和 %2 %，因此在图上相近的点实际上仍可能不同。远离真实图像点群的生成点，看起来与真实图像不像；真实点群中没有生成点的区域，是生成器没有生成出来的图像类型。将鼠标停在点上可查看对应图像。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="481" />
            <source>Each point is one image, placed by t-SNE so that images with similar features sit close together. Look for groups of real points with no generated points among them: kinds of picture the generator misses. The axes, the distances between groups and their sizes mean nothing. Hover over a point to see its image.</source>
            <translation>每个点代表一张图像，由 t-SNE 排布，特征相似的图像会靠在一起。请留意没有生成图像混在其中的真实图像群组：那是生成器没有画出的图像类型。坐标轴、群组之间的距离以及群组的大小都没有意义。将鼠标悬停在点上可查看对应的图像。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="489" />
            <source>Map of the features of both sets (t-SNE)</source>
            <translation>两组图像的特征分布图（t-SNE）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="490" />
            <source>t-SNE axis 1</source>
            <translation>t-SNE 轴 1</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="491" />
            <source>t-SNE axis 2</source>
            <translation>t-SNE 轴 2</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="496" />
            <source>Real images (%1)</source>
            <translation>真实图像（%1）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="498" />
            <source>Generated images (%1)</source>
            <translation>生成图像（%1）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="474" />
            <source>Direction 1 (%1 % of the variation)</source>
            <translation>方向 1（占变化的 %1 %）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="475" />
            <source>Direction 2 (%1 % of the variation)</source>
            <translation>方向 2（占变化的 %1 %）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="506" />
            <source>The %1 generated images farthest from every real image, farthest first. The number under each is the distance to the closest real image as the network sees it (0: the same picture). Double-click a picture to open it.</source>
            <translation>离所有真实图像最远的 %1 张生成图像，按距离从远到近排列。每张图下方的数字是网络看来与最接近的真实图像之间的距离（0 表示是同一张图）。双击图像即可打开。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="513" />
            <source>Closest real image: %1 (distance %2)</source>
            <translation>最接近的真实图像：%1（距离 %2）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="523" />
            <source>This list needs more than %1 real images; add real images and compare again.</source>
            <translation>此列表需要多于 %1 张真实图像；请添加真实图像后重新比较。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="527" />
            <source>Every real image has a generated image among its nearest neighbours: nothing is missing by this measure.</source>
            <translation>每张真实图像的近邻中都有生成图像：按这一标准，没有缺失的内容。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="533" />
            <source>%1 of %2 real images have no generated image as close as their %3 nearest real neighbours. The %4 farthest from any generated image come first: kinds of picture the generator misses. Double-click a picture to open it.</source>
            <translation>%2 张真实图像中有 %1 张，没有任何生成图像比它的 %3 个最近的真实近邻更接近。下面先列出离所有生成图像最远的 %4 张：它们是生成器没有生成出来的图像类型。双击图像即可打开。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="543" />
            <source>Closest generated image: %1 (distance %2)</source>
            <translation>最接近的生成图像：%1（距离 %2）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="559" />
            <source>distance %1</source>
            <translation>距离 %1</translation>
        </message>
    </context>
    <context>
        <name>FileSaving</name>
        <message>
            <location filename="../file_saving.py" line="1" />
            <source>Save as</source>
            <translation>另存为</translation>
        </message>
        <message>
            <location filename="../file_saving.py" line="1" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <location filename="../file_saving.py" line="1" />
            <source>The file could not be saved (%1). Choose another folder and try again.</source>
            <translation>无法保存文件（%1）。请选择其他文件夹后重试。</translation>
        </message>
        <message>
            <location filename="../file_saving.py" line="1" />
            <source>Saved to %1.</source>
            <translation>已保存到 %1。</translation>
        </message>
    </context>
    <context>
        <name>JobOwner</name>
        <message>
            <source>Stopping after the current batch of images…</source>
            <translation>正在停止，当前这一批图像处理完后结束…</translation>
        </message>
    </context>
    <context>
        <name>CompareManyResults</name>
        <message>
            <source>FID and KID</source>
            <translation>FID 和 KID</translation>
        </message>
        <message>
            <source>Precision and recall</source>
            <translation>精确率和召回率</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>精确率</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>召回率</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>图像数</translation>
        </message>
        <message>
            <source>%1 real, %2 generated</source>
            <translation>真实 %1，生成 %2</translation>
        </message>
        <message>
            <source>FID per folder (lower is closer to the real images)</source>
            <translation>各文件夹的 FID（越低越接近真实图像）</translation>
        </message>
        <message>
            <source>Precision and recall per folder (higher is better)</source>
            <translation>各文件夹的精确率和召回率（越高越好）</translation>
        </message>
        <message>
            <source>Share of images (0 to 1)</source>
            <translation>图像占比（0 到 1）</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 与 %2</translation>
        </message>
        <message>
            <source>FID between every two folders</source>
            <translation>每两个文件夹之间的 FID</translation>
        </message>
    </context>
    <context>
        <name>JobDialog</name>
        <message>
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
    </context>
    <context>
        <name>ManyFoldersChoice</name>
        <message>
            <source>Choose the folder of real images</source>
            <translation>选择真实图像文件夹</translation>
        </message>
        <message>
            <source>Add a folder of images</source>
            <translation>添加图像文件夹</translation>
        </message>
        <message>
            <source>One real folder against several generated folders</source>
            <translation>一个真实图像文件夹对比多个生成图像文件夹</translation>
        </message>
        <message>
            <source>Every pair of several folders</source>
            <translation>多个文件夹两两比较</translation>
        </message>
        <message>
            <source>Real images:</source>
            <translation>真实图像：</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Generated folders (drop folders here or add them):</source>
            <translation>生成图像文件夹（拖放到此处或点击添加）：</translation>
        </message>
        <message>
            <source>Folders to compare with each other (drop folders here or add them):</source>
            <translation>要相互比较的文件夹（拖放到此处或点击添加）：</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>添加文件夹…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>KID (Kernel Inception Distance)</source>
            <translation>KID（Kernel Inception Distance）</translation>
        </message>
        <message>
            <source>Precision and recall (needs more than 5 images a folder)</source>
            <translation>精确率和召回率（每个文件夹需要 5 张以上图像）</translation>
        </message>
    </context>
    <context>
        <name>RunProgress</name>
        <message>
            <source>%1: computing the metrics (%2 of %3)</source>
            <translation>%1：正在计算指标（%2 / %3）</translation>
        </message>
        <message>
            <source>Real images</source>
            <translation>真实图像</translation>
        </message>
        <message>
            <source>Generated images</source>
            <translation>生成图像</translation>
        </message>
        <message>
            <source>%1: waiting</source>
            <translation>%1：等待中</translation>
        </message>
        <message>
            <source>%1: loading the model…</source>
            <translation>%1：正在加载模型…</translation>
        </message>
        <message>
            <source>%1: %2 images, from the feature cache</source>
            <translation>%1：%2 张图像，来自特征缓存</translation>
        </message>
        <message>
            <source>%1: %2 of %3 · %4 images/s · about %5 left</source>
            <translation>%1：%2 / %3 · 每秒 %4 张 · 约剩 %5</translation>
        </message>
        <message>
            <source>Files skipped so far: %1 (listed with reasons in the result).</source>
            <translation>目前已跳过的文件：%1（结果中会列出每个文件及原因）。</translation>
        </message>
    </context>
    <context>
        <name>LeastAlikeTab</name>
        <message>
            <source>The %1 generated images farthest from every real image, farthest first. The number under each is the distance to the closest real image as the network sees it (0: the same picture). Double-click a picture to open it.</source>
            <translation>离所有真实图像最远的 %1 张生成图像，按距离从远到近排列。每张图下方的数字是网络看来与最接近的真实图像之间的距离（0 表示是同一张图）。双击图像即可打开。</translation>
        </message>
        <message>
            <source>Closest real image: %1 (distance %2)</source>
            <translation>最接近的真实图像：%1（距离 %2）</translation>
        </message>
    </context>
    <context>
        <name>MapTab</name>
        <message>
            <source>&amp;Map:</source>
            <translation>分布图(&amp;M)：</translation>
        </message>
        <message>
            <source>PCA</source>
            <translation>PCA</translation>
        </message>
        <message>
            <source>t-SNE (slower, up to %1 images)</source>
            <translation>t-SNE（较慢，最多 %1 张图像）</translation>
        </message>
        <message>
            <source>PCA shows the two main directions of variation and is quick. t-SNE keeps similar images close together, which shows groups better, but takes up to a few minutes.</source>
            <translation>PCA 显示变化最大的两个方向，计算很快。t-SNE 让相似的图像彼此靠近，更容易看出图像的分组，但可能需要几分钟。</translation>
        </message>
        <message>
            <source>Each point is one image, placed along the two directions in which the features of both sets vary most; they hold %1 % and %2 % of the variation, so points close on the map may still differ. Generated points away from the real cloud look unlike the real images; parts of the real cloud without generated points are kinds of picture the generator misses. Hover over a point to see its image.</source>
            <translation>每个点代表一张图像，按两组图像特征变化最大的两个方向排布；这两个方向分别占全部变化的 %1 % 和 %2 %，因此在图上相近的点实际上仍可能不同。远离真实图像点群的生成点，看起来与真实图像不像；真实点群中没有生成点的区域，是生成器没有生成出来的图像类型。将鼠标停在点上可查看对应图像。</translation>
        </message>
        <message>
            <source>Map of the features of both sets</source>
            <translation>两组图像的特征分布图</translation>
        </message>
        <message>
            <source>Direction 1 (%1 % of the variation)</source>
            <translation>方向 1（占变化的 %1 %）</translation>
        </message>
        <message>
            <source>Direction 2 (%1 % of the variation)</source>
            <translation>方向 2（占变化的 %1 %）</translation>
        </message>
        <message>
            <source>Each point is one image, placed by t-SNE so that images with similar features sit close together. Look for groups of real points with no generated points among them: kinds of picture the generator misses. The axes, the distances between groups and their sizes mean nothing. Hover over a point to see its image.</source>
            <translation>每个点代表一张图像，由 t-SNE 排布，特征相似的图像会靠在一起。请留意没有生成图像混在其中的真实图像群组：那是生成器没有画出的图像类型。坐标轴、群组之间的距离以及群组的大小都没有意义。将鼠标悬停在点上可查看对应的图像。</translation>
        </message>
        <message>
            <source>Map of the features of both sets (t-SNE)</source>
            <translation>两组图像的特征分布图（t-SNE）</translation>
        </message>
        <message>
            <source>t-SNE axis 1</source>
            <translation>t-SNE 轴 1</translation>
        </message>
        <message>
            <source>t-SNE axis 2</source>
            <translation>t-SNE 轴 2</translation>
        </message>
        <message>
            <source>Real images (%1)</source>
            <translation>真实图像（%1）</translation>
        </message>
        <message>
            <source>Generated images (%1)</source>
            <translation>生成图像（%1）</translation>
        </message>
    </context>
    <context>
        <name>NotCoveredTab</name>
        <message>
            <source>This list needs more than %1 real images; add real images and compare again.</source>
            <translation>此列表需要多于 %1 张真实图像；请添加真实图像后重新比较。</translation>
        </message>
        <message>
            <source>Every real image has a generated image among its nearest neighbours: nothing is missing by this measure.</source>
            <translation>每张真实图像的近邻中都有生成图像：按这一标准，没有缺失的内容。</translation>
        </message>
        <message>
            <source>%1 of %2 real images have no generated image as close as their %3 nearest real neighbours. The %4 farthest from any generated image come first: kinds of picture the generator misses. Double-click a picture to open it.</source>
            <translation>%2 张真实图像中有 %1 张，没有任何生成图像比它的 %3 个最近的真实近邻更接近。下面先列出离所有生成图像最远的 %4 张：它们是生成器没有生成出来的图像类型。双击图像即可打开。</translation>
        </message>
        <message>
            <source>Closest generated image: %1 (distance %2)</source>
            <translation>最接近的生成图像：%1（距离 %2）</translation>
        </message>
    </context>
</TS>
