<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../about_dialog.py" line="34" />
            <source>About fidgui</source>
            <translation>關於 fidgui</translation>
        </message>
        <message>
            <location filename="../about_dialog.py" line="40" />
            <source>Fréchet Inception Distance between two folders of images, offline.</source>
            <translation>離線計算兩個影像資料夾之間的 Fréchet Inception Distance（FID）。</translation>
        </message>
        <message>
            <location filename="../about_dialog.py" line="48" />
            <source>&amp;Copy</source>
            <translation>複製(&amp;C)</translation>
        </message>
        <message>
            <source>Checking the model…</source>
            <translation>正在檢查模型…</translation>
        </message>
    </context>
    <context>
        <name>BackgroundJob</name>
        <message>
            <location filename="../background_job.py" line="25" />
            <source>Something unexpected went wrong (%1). Please try again; if it happens again, report it to the fidgui developers with this message.</source>
            <translation>發生了非預期的錯誤（%1）。請再試一次；如果再次發生，請將這則訊息回報給 fidgui 的開發者。</translation>
        </message>
    </context>
    <context>
        <name>CacheClearing</name>
        <message>
            <location filename="../cache_clearing.py" line="30" />
            <source>The feature cache was cleared; %1 MB freed.</source>
            <translation>特徵快取已清除，釋放了 %1 MB。</translation>
        </message>
        <message>
            <location filename="../cache_clearing.py" line="40" />
            <source>Clear the feature cache</source>
            <translation>清除特徵快取</translation>
        </message>
        <message>
            <location filename="../cache_clearing.py" line="42" />
            <source>The feature cache holds %1 MB. It only makes comparing the same images again faster; clearing it changes no result, and the next comparison of each folder takes the usual time. Clear it?</source>
            <translation>特徵快取佔用 %1 MB。它只是讓再次比較相同的影像更快；清除它不會改變任何結果，只是之後每個資料夾的第一次比較會花費平常的時間。要清除嗎？</translation>
        </message>
    </context>
    <context>
        <name>DropZone</name>
        <message>
            <location filename="../drop_zone.py" line="139" />
            <source>Choose the folder of images</source>
            <translation>選擇影像資料夾</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="147" />
            <source>Choose a saved statistics file</source>
            <translation>選擇已儲存的統計量檔案</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="147" />
            <source>Saved statistics (*.npz)</source>
            <translation>已儲存的統計量 (*.npz)</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="213" />
            <source>Real images</source>
            <translation>真實影像</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="213" />
            <source>Generated images</source>
            <translation>生成影像</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="215" />
            <source>Drop a folder of images here, or a saved statistics file (.npz). You can also click to choose.</source>
            <translation>將影像資料夾或已儲存的統計量檔案（.npz）拖放到這裡，也可以點選來選擇。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="217" />
            <source>Choose folder…</source>
            <translation>選擇資料夾…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="218" />
            <source>Statistics file…</source>
            <translation>統計量檔案…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="219" />
            <source>Reference…</source>
            <translation>參考集…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="220" />
            <source>Use, save or import a reference set from the reference library</source>
            <translation>使用、儲存或匯入參考集庫中的參考集</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="222" />
            <source>Reference: %1</source>
            <translation>參考集：%1</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="224" />
            <source>Nothing chosen yet.</source>
            <translation>尚未選擇。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="230" />
            <source>Files that will be skipped: %1</source>
            <translation>將被略過的檔案：%1</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="231" />
            <source>Hide</source>
            <translation>隱藏</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="231" />
            <source>Show why</source>
            <translation>查看原因</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="244" />
            <source>Counting images…</source>
            <translation>正在計算影像數量…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="246" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="247" />
            <source>Saved statistics of %1 images (mode: %2).</source>
            <translation>已儲存的 %1 張影像的統計量（模式：%2）。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="249" />
            <source>No images found in this folder. Choose a folder that holds PNG or JPEG files.</source>
            <translation>此資料夾中找不到影像。請選擇含有 PNG 或 JPEG 檔案的資料夾。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="250" />
            <source>Usable images: %1</source>
            <translation>可用影像：%1</translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <location filename="../history_window.py" line="61" />
            <source>Reference: %1</source>
            <translation>參考集：%1</translation>
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
            <translation>目前沒有顯示任何比較，因此沒有可匯出的內容；請清除篩選條件。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="272" />
            <source>Export the shown comparisons as CSV</source>
            <translation>將顯示的比較匯出為 CSV</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="273" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="282" />
            <source>The file could not be saved (%1). Choose another folder and try again.</source>
            <translation>檔案無法儲存（%1）。請選擇其他資料夾後再試一次。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="286" />
            <source>%1 comparisons exported to %2.</source>
            <translation>已將 %1 次比較匯出到 %2。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="295" />
            <source>Delete from the history</source>
            <translation>從歷史紀錄中刪除</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="297" />
            <source>Delete %1 comparisons from the history? Their results cannot be reopened afterwards.</source>
            <translation>要從歷史紀錄中刪除 %1 次比較嗎？刪除後將無法再開啟它們的結果。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="323" />
            <source>No comparisons recorded yet.</source>
            <translation>還沒有比較紀錄。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="325" />
            <source>%1 comparisons</source>
            <translation>共 %1 次比較</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="327" />
            <source>%1 of %2 comparisons shown</source>
            <translation>顯示 %2 次比較中的 %1 次</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="347" />
            <source>Comparison history</source>
            <translation>比較歷史紀錄</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="348" />
            <source>&amp;Filter:</source>
            <translation>篩選(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="349" />
            <source>Words from a folder, the mode, the device or the date</source>
            <translation>輸入資料夾、模式、裝置或日期中的文字</translation>
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
            <translation>真實影像</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="354" />
            <source>Generated images</source>
            <translation>生成影像</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="355" />
            <source>Images (real / generated)</source>
            <translation>影像數（真實 / 生成）</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="356" />
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="357" />
            <source>Device</source>
            <translation>裝置</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="358" />
            <source>Standard model</source>
            <translation>標準模型</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="361" />
            <source>Double-click a comparison, or press Enter, to show it in the main window.</source>
            <translation>按兩下某次比較或按 Enter 鍵，即可在主視窗中顯示它。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="362" />
            <source>&amp;Open in the window</source>
            <translation>在主視窗中開啟(&amp;O)</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="363" />
            <source>&amp;Export CSV…</source>
            <translation>匯出 CSV(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="364" />
            <location filename="../history_window.py" line="365" />
            <source>&amp;Delete</source>
            <translation>刪除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="366" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="259" />
            <source>Choose the real images first: drop a folder on the left box, or click it.</source>
            <translation>請先選擇真實影像：把資料夾拖放到左邊的框中，或點選該框。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="261" />
            <source>Choose the generated images first: drop a folder on the right box, or click it.</source>
            <translation>請先選擇生成影像：把資料夾拖放到右邊的框中，或點選該框。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="269" />
            <source>No FID model is set up yet, so nothing was compared. Press Compare again to set it up.</source>
            <translation>尚未設定 FID 模型，因此沒有進行比較。再按一次「比較」即可進行設定。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="318" />
            <source>Stopping after the current batch of images…</source>
            <translation>正在停止，目前這一批影像處理完後結束…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="324" />
            <source>The model is set up; you can compare images now.</source>
            <translation>模型已設定完成，現在可以比較影像了。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="366" />
            <source>The compatibility mode is now %1, the mode of this reference.</source>
            <translation>相容模式已切換為 %1，即這個參考集的模式。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="408" />
            <source>Done: FID %1 in %2.</source>
            <translation>完成：FID %1，耗時 %2。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="412" />
            <source>%1 of the %2 images came from the feature cache.</source>
            <translation>%2 張影像中有 %1 張來自特徵快取。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="424" />
            <source>This result was not added to the history: %1</source>
            <translation>這個結果沒有加入歷史紀錄：%1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="435" />
            <source>Showing the comparison of %1 from the history.</source>
            <translation>正在顯示歷史紀錄中 %1 的比較。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="445" />
            <source>The comparison was stopped; nothing was saved. Press Compare to start again.</source>
            <translation>比較已停止，沒有儲存任何內容。按「比較」可重新開始。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="456" />
            <source>Real images</source>
            <translation>真實影像</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="456" />
            <source>Generated images</source>
            <translation>生成影像</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="458" />
            <source>%1: waiting</source>
            <translation>%1：等待中</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="463" />
            <source>%1: loading the model…</source>
            <translation>%1：正在載入模型…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="466" />
            <source>%1: computing the metrics (%2 of %3)</source>
            <translation>%1：正在計算指標（%2 / %3）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="467" />
            <source>%1: %2 images, from the feature cache</source>
            <translation>%1：%2 張影像，來自特徵快取</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="475" />
            <source>%1: %2 of %3 · %4 images/s · about %5 left</source>
            <translation>%1：%2 / %3 · 每秒 %4 張 · 約剩 %5</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="487" />
            <source>Files skipped so far: %1 (listed with reasons in the result).</source>
            <translation>目前已略過的檔案：%1（結果中會列出每個檔案及原因）。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="520" />
            <source>Save the statistics as (“_real.npz” and “_generated.npz” are added)</source>
            <translation>統計量儲存為（會自動加上「_real.npz」和「_generated.npz」）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="540" />
            <source>fidgui: FID between two folders of images</source>
            <translation>fidgui：計算兩個影像資料夾之間的 FID</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="541" />
            <location filename="../main_window.py" line="550" />
            <source>&amp;Compare</source>
            <translation>比較(&amp;C)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="542" />
            <source>Compute the FID of the two sides (Ctrl+Return)</source>
            <translation>計算兩邊之間的 FID（Ctrl+Return）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="543" />
            <source>Cancel (Esc)</source>
            <translation>取消（Esc）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="544" />
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="545" />
            <source>Choose &amp;real images…</source>
            <translation>選擇真實影像(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="546" />
            <source>Choose &amp;generated images…</source>
            <translation>選擇生成影像(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="547" />
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="548" />
            <source>Comparison &amp;history…</source>
            <translation>比較歷史紀錄(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="549" />
            <source>&amp;Run</source>
            <translation>執行(&amp;R)</translation>
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
            <translation>設定 FID 模型(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="556" />
            <source>&amp;Clear the feature cache…</source>
            <translation>清除特徵快取(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="557" />
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="558" />
            <source>Same as the system</source>
            <translation>跟隨系統</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="559" />
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="560" />
            <source>&amp;About fidgui</source>
            <translation>關於 fidgui(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>ModelSetupDialog</name>
        <message>
            <location filename="../model_setup_dialog.py" line="105" />
            <source>Choose the FID weights or model</source>
            <translation>選擇 FID 權重或模型</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="107" />
            <source>FID weights or model (*.pth *.onnx);;All files (*)</source>
            <translation>FID 權重或模型 (*.pth *.onnx);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="116" />
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="143" />
            <source>Starting…</source>
            <translation>正在開始…</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="170" />
            <source>Stopped. Nothing was installed; choose again when you are ready.</source>
            <translation>已停止，沒有安裝任何內容。準備好後請重新選擇。</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="182" />
            <source>If this computer cannot reach the internet, download pt_inception-2015-12-05-6726825d.pth on another computer, bring it here (for example on a USB stick) and use “Choose a file…”.</source>
            <translation>如果這台電腦無法連上網際網路，請在另一台電腦下載 pt_inception-2015-12-05-6726825d.pth，複製到這裡（例如用隨身碟），然後使用「選擇檔案…」。</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="187" />
            <source>Choose the original weights file pt_inception-2015-12-05-6726825d.pth, or try “Download (95 MB)”.</source>
            <translation>請選擇原始權重檔 pt_inception-2015-12-05-6726825d.pth，或試試「下載（95 MB）」。</translation>
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
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="202" />
            <location filename="../model_setup_dialog.py" line="203" />
            <source>Set up the FID model</source>
            <translation>設定 FID 模型</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="206" />
            <source>To compare images, fidgui needs the Inception network that FID is defined with. It is set up once and then works offline.

Download it now (95 MB, checked against its published checksum), or choose the weights file pt_inception-2015-12-05-6726825d.pth (or a model converted by fidgui) if you already have it.</source>
            <translation>要比較影像，fidgui 需要定義 FID 所用的 Inception 網路。只需設定一次，之後即可離線使用。

現在下載（95 MB，會與公開的檢查碼核對），或者如果你已經有權重檔 pt_inception-2015-12-05-6726825d.pth（或由 fidgui 轉換的模型），請選擇它。</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="212" />
            <source>&amp;Download (95 MB)</source>
            <translation>下載（95 MB）(&amp;D)</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="213" />
            <source>Choose a &amp;file…</source>
            <translation>選擇檔案(&amp;F)…</translation>
        </message>
    </context>
    <context>
        <name>ReferenceDialog</name>
        <message>
            <location filename="../reference_dialog.py" line="196" />
            <source>Choose the folder of real images</source>
            <translation>選擇真實影像資料夾</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="201" />
            <source>%1, %2 mode</source>
            <translation>%1，%2 模式</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="202" />
            <source>Name of the new reference:</source>
            <translation>新參考集的名稱：</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="210" />
            <source>Stopped; no reference was saved.</source>
            <translation>已停止，沒有儲存參考集。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="216" />
            <source>Reading %1…</source>
            <translation>正在讀取 %1…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="225" />
            <source>Choose a statistics file to import</source>
            <translation>選擇要匯入的統計量檔案</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="225" />
            <source>Saved statistics (*.npz)</source>
            <translation>已儲存的統計量 (*.npz)</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="239" />
            <source>Name of the imported reference:</source>
            <translation>匯入的參考集的名稱：</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="248" />
            <source>Imported “%1” (%2 mode).</source>
            <translation>已匯入「%1」（%2 模式）。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="257" />
            <source>Delete the reference</source>
            <translation>刪除參考集</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="258" />
            <source>Delete the reference “%1”? Its statistics file is removed too.</source>
            <translation>要刪除參考集「%1」嗎？它的統計量檔案也會一併刪除。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="268" />
            <source>Deleted “%1”.</source>
            <translation>已刪除「%1」。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="274" />
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="294" />
            <source>Loading the model…</source>
            <translation>正在載入模型…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="299" />
            <source>%1 of %2 images</source>
            <translation>%1 / %2 張影像</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="311" />
            <source>%1

Type another name:</source>
            <translation>%1

請輸入其他名稱：</translation>
        </message>
        <message>
            <source>Saving “%1”…</source>
            <translation>正在儲存「%1」…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="313" />
            <source>The reference was not saved.</source>
            <translation>參考集沒有儲存。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="317" />
            <source>Saved “%1”: %2 images, %3 mode.</source>
            <translation>已儲存「%1」：%2 張影像，%3 模式。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="332" />
            <source>Reference name</source>
            <translation>參考集名稱</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="340" />
            <source>Which program made %1? Files from pytorch-fid and TTUR do not say, and FIDs from different modes cannot be compared.</source>
            <translation>%1 是由哪個程式產生的？pytorch-fid 和 TTUR 的檔案不會記錄這一點，而不同模式得到的 FID 無法互相比較。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="346" />
            <source>Mode of the statistics</source>
            <translation>統計量的模式</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="354" />
            <source>pytorch-fid (files made by pytorch-fid)</source>
            <translation>pytorch-fid（由 pytorch-fid 產生的檔案）</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="355" />
            <source>TensorFlow (files made by the original TTUR code)</source>
            <translation>TensorFlow（由原始 TTUR 程式碼產生的檔案）</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="356" />
            <source>clean-fid (files made by clean-fid)</source>
            <translation>clean-fid（由 clean-fid 產生的檔案）</translation>
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
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="383" />
            <source>Reference library</source>
            <translation>參考集庫</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="387" />
            <source>A reference keeps the statistics of a set of real images, so they are read only once. New references are computed with the current settings (%1 mode).</source>
            <translation>參考集儲存一組真實影像的統計量，這樣這些影像只需讀取一次。新的參考集會使用目前的設定（%1 模式）計算。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="394" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="395" />
            <source>Images</source>
            <translation>影像數</translation>
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
            <translation>來源</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="401" />
            <source>&amp;Use this reference</source>
            <translation>使用這個參考集(&amp;U)</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="403" />
            <source>&amp;Save “%1” as a reference…</source>
            <translation>將「%1」儲存為參考集(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="405" />
            <source>&amp;Save a folder as a reference…</source>
            <translation>將資料夾儲存為參考集(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="406" />
            <source>&amp;Import .npz…</source>
            <translation>匯入 .npz(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="407" />
            <source>&amp;Delete</source>
            <translation>刪除(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>ResultView</name>
        <message>
            <location filename="../result_view.py" line="42" />
            <source>Too few images for a complete covariance</source>
            <translation>影像太少，共變異數不完整</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="43" />
            <source>Few images</source>
            <translation>影像較少</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="44" />
            <source>Unequal numbers of images</source>
            <translation>兩邊影像數量差距大</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="45" />
            <source>Duplicate images</source>
            <translation>重複的影像</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="46" />
            <source>Small images were enlarged</source>
            <translation>小影像被放大了</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="47" />
            <source>Images were converted</source>
            <translation>影像已被轉換</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="48" />
            <source>Computed on the CPU</source>
            <translation>在 CPU 上計算</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="49" />
            <source>Skipped file</source>
            <translation>略過的檔案</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="50" />
            <source>Feature cache</source>
            <translation>特徵快取</translation>
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
            <translation>%1：%2（%3 張影像的已儲存統計量）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="71" />
            <source>%1: %2 (%3 images used, %4 from the feature cache)</source>
            <translation>%1：%2（使用了 %3 張影像，其中 %4 張來自特徵快取）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="73" />
            <source>%1: %2 (%3 images used)</source>
            <translation>%1：%2（使用了 %3 張影像）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="81" />
            <source>FID interval at these numbers of images: %1 to %2</source>
            <translation>此影像數量下的 FID 區間：%1 至 %2</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="89" />
            <source>Inception Score (generated): %1</source>
            <translation>Inception Score（生成）：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="92" />
            <source>Inception Score (real): %1</source>
            <translation>Inception Score（真實）：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="94" />
            <source>Precision %1, recall %2, density %3, coverage %4</source>
            <translation>精確率 %1，召回率 %2，密度 %3，覆蓋率 %4</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="98" />
            <source>Real images</source>
            <translation>真實影像</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="99" />
            <source>Generated images</source>
            <translation>生成影像</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="102" />
            <source>Compatibility mode: %1</source>
            <translation>相容模式：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="103" />
            <source>Image reading: %1</source>
            <translation>影像讀取方式：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="105" />
            <source>standard FID weights</source>
            <translation>標準 FID 權重</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="107" />
            <source>NOT the standard FID weights</source>
            <translation>不是標準 FID 權重</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="108" />
            <source>Model: %1, weights SHA-256 %2</source>
            <translation>模型：%1，權重 SHA-256 %2</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="110" />
            <source>Device: %1</source>
            <translation>裝置：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="112" />
            <source>Batch size: %1</source>
            <translation>批次大小：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="113" />
            <source>Time: %1 s</source>
            <translation>耗時：%1 秒</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="118" />
            <source>Converted (%1): %2</source>
            <translation>已轉換（%1）：%2</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="121" />
            <source>Warnings:</source>
            <translation>警告：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="125" />
            <source>Skipped files:</source>
            <translation>略過的檔案：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="257" />
            <source>&amp;Copy to clipboard</source>
            <translation>複製到剪貼簿(&amp;C)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="258" />
            <source>Save &amp;JSON…</source>
            <translation>儲存 JSON(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="259" />
            <source>Save C&amp;SV…</source>
            <translation>儲存 CSV(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="260" />
            <source>Details</source>
            <translation>詳細資訊</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="268" />
            <source>⚠ Computed with a non-standard network: this FID is not comparable with published FIDs. Set up the standard model (Model menu) for figures you can compare.</source>
            <translation>⚠ 使用了非標準網路計算：這個 FID 無法與已發表的 FID 比較。如需可比較的數值，請設定標準模型（「模型」選單）。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="278" />
            <source>The range in brackets is how much the FID would vary with another set of images of the same size (%1% bootstrap interval); a difference between two FIDs smaller than this may be chance.</source>
            <translation>括號中的範圍表示：換成另一組相同數量的影像時，FID 可能的變動幅度（%1% 自助法區間）。兩個 FID 之差如果小於這個範圍，可能只是偶然。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="287" />
            <source>Reopened from the history: compared on %1 with fidgui %2.</source>
            <translation>從歷史紀錄中重新開啟：於 %1 使用 fidgui %2 比較。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="292" />
            <source>FID measures how far apart the two sets of images are, as the Inception network sees them. Lower means closer; 0 means both sets have the same statistics. It is a relative measure: compare it only with FIDs computed in the same mode, with the same model and the same numbers of images.</source>
            <translation>FID 衡量兩組影像在 Inception 網路「眼中」相差多遠。數值越低越接近；0 表示兩組影像的統計量完全相同。它是一個相對指標：只應與使用相同模式、相同模型和相同影像數量計算出的 FID 比較。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="305" />
            <source>Skipped files: %1. Each one and the reason are listed under Details.</source>
            <translation>略過的檔案：%1。每個檔案及原因都列在「詳細資訊」中。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="314" />
            <source>KID</source>
            <translation>KID</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="317" />
            <source>Kernel Inception Distance: like FID, lower is closer. It is unbiased, so unlike FID it can be trusted with small sets of images.</source>
            <translation>Kernel Inception Distance：與 FID 一樣，數值越低越接近。它是不偏的，因此與 FID 不同，影像較少時也可信。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="322" />
            <source>Inception Score (generated)</source>
            <translation>Inception Score（生成）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="325" />
            <source>How clearly and how variously the network recognises the generated images; higher is better. It does not look at the real images.</source>
            <translation>網路對生成影像的辨識有多清晰、多樣；越高越好。它不考慮真實影像。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="330" />
            <source>Inception Score (real)</source>
            <translation>Inception Score（真實）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="332" />
            <source>The same score for the real images, as a yardstick.</source>
            <translation>真實影像的同一分數，作為參照。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="335" />
            <source>Precision</source>
            <translation>精確率</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="337" />
            <source>How many generated images look like real ones (0 to 1; higher is better).</source>
            <translation>有多少生成影像看起來像真實影像（0 到 1，越高越好）。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="340" />
            <source>Recall</source>
            <translation>召回率</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="342" />
            <source>How much of the real images' variety the generated images cover (0 to 1; higher is better).</source>
            <translation>生成影像涵蓋了真實影像多樣性的多少（0 到 1，越高越好）。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="345" />
            <source>Density</source>
            <translation>密度</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="348" />
            <source>Like precision, but less sensitive to outliers; about 1 when the sets match, and can exceed 1.</source>
            <translation>與精確率類似，但不易受離群值影響；兩組影像一致時約為 1，也可能超過 1。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="352" />
            <source>Coverage</source>
            <translation>覆蓋率</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="354" />
            <source>Like recall, but less sensitive to outliers (0 to 1; higher is better).</source>
            <translation>與召回率類似，但不易受離群值影響（0 到 1，越高越好）。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="357" />
            <source>FID-infinity (advanced)</source>
            <translation>FID-infinity（進階）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="360" />
            <source>The FID extrapolated to unlimited generated images, so that sets of different sizes can be compared; rough below about 20,000 generated images.</source>
            <translation>把 FID 外推到生成影像無限多時的值，因此不同數量的影像集也能互相比較；生成影像少於約 20,000 張時只是粗略估計。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="371" />
            <source>Please read before using this figure:</source>
            <translation>使用這個數值之前請先閱讀：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="379" />
            <source>The result was copied; paste it wherever you keep your notes.</source>
            <translation>結果已複製，可以貼到你的筆記中。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="383" />
            <source>Save the result as JSON</source>
            <translation>將結果儲存為 JSON</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="383" />
            <source>JSON files (*.json)</source>
            <translation>JSON 檔案 (*.json)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="388" />
            <source>Save the result as CSV</source>
            <translation>將結果儲存為 CSV</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="388" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="405" />
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="407" />
            <source>The file could not be saved (%1). Choose another folder and try again.</source>
            <translation>檔案無法儲存（%1）。請選擇其他資料夾後再試一次。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="412" />
            <source>Saved to %1.</source>
            <translation>已儲存到 %1。</translation>
        </message>
    </context>
    <context>
        <name>SettingsPanel</name>
        <message>
            <location filename="../settings_panel.py" line="176" />
            <source>&amp;Settings</source>
            <translation>設定(&amp;S)</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="177" />
            <source>Compatibility &amp;mode:</source>
            <translation>相容模式(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="178" />
            <source>&amp;Device:</source>
            <translation>裝置(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="179" />
            <source>&amp;Batch size:</source>
            <translation>批次大小(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="180" />
            <source>Metrics:</source>
            <translation>指標：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="182" />
            <source>pytorch-fid (recommended)</source>
            <translation>pytorch-fid（建議）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="183" />
            <source>TensorFlow (original TTUR code)</source>
            <translation>TensorFlow（原始 TTUR 程式碼）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="184" />
            <source>clean-fid</source>
            <translation>clean-fid</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="187" />
            <source>Gives the numbers of pytorch-fid, used by most papers since 2020.</source>
            <translation>得到與 pytorch-fid 相同的數值，2020 年以來的大多數論文都使用它。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="189" />
            <source>Gives the numbers of the original TensorFlow code (TTUR), as torch-fidelity reproduces them.</source>
            <translation>得到原始 TensorFlow 程式碼（TTUR）的數值，與 torch-fidelity 的重現一致。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="191" />
            <source>Gives the numbers of clean-fid, which resizes images with antialiasing.</source>
            <translation>得到 clean-fid 的數值，它在縮放影像時使用抗鋸齒。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="197" />
            <source>Read images exactly as pytorch-fid does (16-bit, rotated and transparent pictures are not fixed)</source>
            <translation>完全依照 pytorch-fid 的方式讀取影像（不修正 16 位元、旋轉和透明的影像）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="199" />
            <source>Automatic</source>
            <translation>自動</translation>
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
            <translation>已安裝 GPU 支援；這台電腦的 GPU 能否使用，會在開始比較時檢查。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="207" />
            <source>This copy of fidgui has no GPU support, so it computes on the CPU.</source>
            <translation>此版本的 fidgui 不支援 GPU，因此在 CPU 上計算。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="209" />
            <source>The last comparison ran on: %1.</source>
            <translation>上一次比較使用的是：%1。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="212" />
            <source>Images read at once. Lower it if the computer runs out of memory; the result does not change.</source>
            <translation>一次讀取的影像數量。如果電腦記憶體不足，請調低；結果不會改變。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="214" />
            <source>FID (always computed)</source>
            <translation>FID（一律計算）</translation>
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
            <translation>精確率和召回率</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="218" />
            <source>Also density and coverage; needs at least 6 images on each side.</source>
            <translation>同時計算密度和覆蓋率；每邊至少需要 6 張影像。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="219" />
            <source>FID interval (slower: 50 extra FIDs)</source>
            <translation>FID 區間（較慢：額外計算 50 次 FID）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="220" />
            <source>FID-infinity (needs 4,096+ generated images)</source>
            <translation>FID-infinity（需要 4,096 張以上生成影像）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="221" />
            <source>Use the feature cache</source>
            <translation>使用特徵快取</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="224" />
            <source>Remembers what the network saw in each image, so comparing the same images again takes seconds. The figures do not change.</source>
            <translation>記住網路從每張影像中擷取的特徵，這樣再次比較相同的影像只需幾秒。數值不會改變。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="229" />
            <source>Also save the statistics of both sides (.npz), to compare against them later without the images</source>
            <translation>同時儲存兩邊的統計量（.npz），以後不需要影像也能用它們比較</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="232" />
            <source>Mode: %1 · Device: %2</source>
            <translation>模式：%1 · 裝置：%2</translation>
        </message>
    </context>
    <context>
        <name>CompareManyWindow</name>
        <message>
            <location filename="../compare_many_window.py" line="122" />
            <source>Compare &amp;many folders…</source>
            <translation>比較多個資料夾(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="257" />
            <source>Choose the folder of real images</source>
            <translation>選擇真實影像資料夾</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="263" />
            <source>Add a folder of images</source>
            <translation>新增影像資料夾</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="280" />
            <source>Choose the folder of real images first.</source>
            <translation>請先選擇真實影像資料夾。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="283" />
            <source>Add at least one folder of generated images: click “Add folder…” or drop folders on the list.</source>
            <translation>請至少新增一個生成影像資料夾：按一下「新增資料夾…」，或將資料夾拖放到清單中。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="286" />
            <source>Add at least two folders to compare with each other.</source>
            <translation>請至少新增兩個資料夾以便互相比較。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="316" />
            <source>Stopping after the current batch of images…</source>
            <translation>目前這批影像處理完後停止…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="326" />
            <source>PNG images (*.png)</source>
            <translation>PNG 影像 (*.png)</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="336" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="345" />
            <source>Comparison %1 of %2: %3 and %4</source>
            <translation>第 %1 / %2 次比較：%3 與 %4</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="351" />
            <source>first folder</source>
            <translation>第一個資料夾</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="351" />
            <source>second folder</source>
            <translation>第二個資料夾</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="352" />
            <source>%1: %2 of %3 images</source>
            <translation>%1：%2 / %3 張影像</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="366" />
            <source>Some comparisons could not be made:</source>
            <translation>部分比較無法完成：</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="368" />
            <source>Done.</source>
            <translation>完成。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="378" />
            <source>Stopped; nothing was saved. Press Start to begin again.</source>
            <translation>已停止，沒有儲存任何內容。按「開始」可重新開始。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="400" />
            <source>Starting…</source>
            <translation>正在開始…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="415" />
            <source>Folder</source>
            <translation>資料夾</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="415" />
            <location filename="../compare_many_window.py" line="463" />
            <source>Precision</source>
            <translation>精確率</translation>
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
            <translation>影像數</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="435" />
            <source>%1 real, %2 generated</source>
            <translation>真實 %1，生成 %2</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="447" />
            <source>FID per folder (lower is closer to the real images)</source>
            <translation>各資料夾的 FID（越低越接近真實影像）</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="468" />
            <source>Precision and recall per folder (higher is better)</source>
            <translation>各資料夾的精確率與召回率（越高越好）</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="469" />
            <source>Share of images (0 to 1)</source>
            <translation>影像比例（0 到 1）</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="477" />
            <location filename="../compare_many_window.py" line="480" />
            <source>%1 and %2</source>
            <translation>%1 與 %2</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="483" />
            <source>FID between every two folders</source>
            <translation>每兩個資料夾之間的 FID</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="523" />
            <source>Compare many folders</source>
            <translation>比較多個資料夾</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="524" />
            <source>One real folder against several generated folders</source>
            <translation>一個真實影像資料夾對比多個生成影像資料夾</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="525" />
            <source>Every pair of several folders</source>
            <translation>多個資料夾兩兩比較</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="526" />
            <source>Real images:</source>
            <translation>真實影像：</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="527" />
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="529" />
            <source>Generated folders (drop folders here or add them):</source>
            <translation>生成影像資料夾（拖放到此處或按一下新增）：</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="531" />
            <source>Folders to compare with each other (drop folders here or add them):</source>
            <translation>要互相比較的資料夾（拖放到此處或按一下新增）：</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="533" />
            <source>Add folder…</source>
            <translation>新增資料夾…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="534" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="535" />
            <source>KID (Kernel Inception Distance)</source>
            <translation>KID（核 Inception 距離）</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="536" />
            <source>Precision and recall (needs more than 5 images a folder)</source>
            <translation>精確率和召回率（每個資料夾需要超過 5 張影像）</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="537" />
            <source>Start</source>
            <translation>開始</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="538" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="539" />
            <source>Save PNG…</source>
            <translation>儲存 PNG…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="541" />
            <source>Saves the chart shown now as a PNG picture; to save the other chart, open its tab first.</source>
            <translation>將目前顯示的圖表儲存為 PNG 影像；若要儲存另一個圖表，請先切換到它的分頁。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="543" />
            <source>FID and KID</source>
            <translation>FID 與 KID</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="544" />
            <source>Precision and recall</source>
            <translation>精確率與召回率</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="545" />
            <source>Save CSV…</source>
            <translation>儲存 CSV…</translation>
        </message>
        <message>
            <source>These results were not added to the history: %1</source>
            <translation>這些結果未加入歷史紀錄：%1</translation>
        </message>
    </context>
    <context>
        <name>ViewsWindow</name>
        <message>
            <location filename="../views_window.py" line="198" />
            <source>&amp;Views of the result (map, least alike images)…</source>
            <translation>檢視結果的視覺化(&amp;V)（分布圖、最不相似的影像）…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="279" />
            <source>This result has no per-image features, so there is nothing to show here. Run the comparison again with folders on both sides (under 20,000 images each) and open the views then.</source>
            <translation>此結果沒有保存每張影像的特徵，因此這裡沒有可顯示的內容。請在兩側都使用資料夾（每側少於 20,000 張影像）重新比較，然後再開啟此檢視。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="295" />
            <location filename="../views_window.py" line="300" />
            <source>PNG images (*.png)</source>
            <translation>PNG 影像 (*.png)</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="305" />
            <location filename="../views_window.py" line="473" />
            <source>Map of the features of both sets</source>
            <translation>兩組影像的特徵分布圖</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="307" />
            <source>Generated images least like the real set</source>
            <translation>與真實影像最不相似的生成影像</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="308" />
            <source>Real images not covered by the generated set</source>
            <translation>未被生成影像覆蓋的真實影像</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="314" />
            <source>Web pages (*.html)</source>
            <translation>網頁 (*.html)</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="387" />
            <source>Real image</source>
            <translation>真實影像</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="387" />
            <source>Generated image</source>
            <translation>生成影像</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="389" />
            <source>Loading…</source>
            <translation>正在載入…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="398" />
            <source>No preview</source>
            <translation>無法預覽</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="409" />
            <source>Views of the comparison: %1 and %2</source>
            <translation>比較結果的視覺化：%1 與 %2</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="410" />
            <source>Map</source>
            <translation>分布圖</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="411" />
            <source>Least like the real set</source>
            <translation>最不像真實影像</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="412" />
            <source>Not covered</source>
            <translation>未覆蓋</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="414" />
            <source>Save as PNG…</source>
            <translation>儲存為 PNG…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="415" />
            <source>Save HTML report…</source>
            <translation>儲存 HTML 報告…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="416" />
            <source>&amp;Map:</source>
            <translation>分布圖(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="417" />
            <source>PCA</source>
            <translation>PCA</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="418" />
            <source>t-SNE (slower, up to %1 images)</source>
            <translation>t-SNE（較慢，最多 %1 張影像）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="421" />
            <source>PCA shows the two main directions of variation and is quick. t-SNE keeps similar images close together, which shows groups better, but takes up to a few minutes.</source>
            <translation>PCA 顯示變化最大的兩個方向，計算很快。t-SNE 讓相似的影像彼此靠近，更容易看出影像的分群，但可能需要幾分鐘。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="428" />
            <source>Preparing the views…</source>
            <translation>正在準備視覺化…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="437" />
            <source>Double-click a picture to open it; hover over a point of the map to see its image.</source>
            <translation>按兩下影像即可開啟；將滑鼠停在分布圖的點上可查看對應影像。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="442" />
            <source>Computing the t-SNE map: step %1 of %2…</source>
            <translation>正在計算 t-SNE 分布圖：第 %1 步，共 %2 步…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="444" />
            <source>Computing the t-SNE map…</source>
            <translation>正在計算 t-SNE 分布圖…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="461" />
            <source>Each point is one image, placed along the two directions in which the features of both sets vary most; they hold %1 % and %2 % of the variation, so points close on the map may still differ. Generated points away from the real cloud look unlike the real images; parts of the real cloud without generated points are kinds of picture the generator misses. Hover over a point to see its image.</source>
            <translation>每個點代表一張影像，依兩組影像特徵變化最大的兩個方向排布；這兩個方向分別佔全部變化的 %1 % 和 %2 %，因此在圖上相近的點實際上仍可能不同。遠離真實影像點群的生成點，看起來與真實影像不像；真實點群中沒有生成點的區域，是生成器沒有生成出來的影像類型。將滑鼠停在點上可查看對應影像。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="481" />
            <source>Each point is one image, placed by t-SNE so that images with similar features sit close together. Look for groups of real points with no generated points among them: kinds of picture the generator misses. The axes, the distances between groups and their sizes mean nothing. Hover over a point to see its image.</source>
            <translation>每個點代表一張影像，由 t-SNE 排列，特徵相似的影像會聚在一起。請留意沒有生成影像混在其中的真實影像群：那是生成器沒有畫出的影像類型。座標軸、群與群之間的距離以及群的大小都沒有意義。將滑鼠停在點上即可查看對應的影像。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="489" />
            <source>Map of the features of both sets (t-SNE)</source>
            <translation>兩組影像的特徵分布圖（t-SNE）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="490" />
            <source>t-SNE axis 1</source>
            <translation>t-SNE 軸 1</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="491" />
            <source>t-SNE axis 2</source>
            <translation>t-SNE 軸 2</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="496" />
            <source>Real images (%1)</source>
            <translation>真實影像（%1）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="498" />
            <source>Generated images (%1)</source>
            <translation>生成影像（%1）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="474" />
            <source>Direction 1 (%1 % of the variation)</source>
            <translation>方向 1（佔變化的 %1 %）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="475" />
            <source>Direction 2 (%1 % of the variation)</source>
            <translation>方向 2（佔變化的 %1 %）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="506" />
            <source>The %1 generated images farthest from every real image, farthest first. The number under each is the distance to the closest real image as the network sees it (0: the same picture). Double-click a picture to open it.</source>
            <translation>離所有真實影像最遠的 %1 張生成影像，依距離由遠到近排列。每張圖下方的數字是網路看來與最接近的真實影像之間的距離（0 表示是同一張圖）。按兩下影像即可開啟。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="513" />
            <source>Closest real image: %1 (distance %2)</source>
            <translation>最接近的真實影像：%1（距離 %2）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="523" />
            <source>This list needs more than %1 real images; add real images and compare again.</source>
            <translation>此清單需要超過 %1 張真實影像；請新增真實影像後重新比較。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="527" />
            <source>Every real image has a generated image among its nearest neighbours: nothing is missing by this measure.</source>
            <translation>每張真實影像的近鄰中都有生成影像：按這個標準，沒有缺漏的內容。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="533" />
            <source>%1 of %2 real images have no generated image as close as their %3 nearest real neighbours. The %4 farthest from any generated image come first: kinds of picture the generator misses. Double-click a picture to open it.</source>
            <translation>%2 張真實影像中有 %1 張，沒有任何生成影像比它的 %3 個最近的真實近鄰更接近。下面先列出離所有生成影像最遠的 %4 張：它們是生成器沒有生成出來的影像類型。按兩下影像即可開啟。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="543" />
            <source>Closest generated image: %1 (distance %2)</source>
            <translation>最接近的生成影像：%1（距離 %2）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="559" />
            <source>distance %1</source>
            <translation>距離 %1</translation>
        </message>
    </context>
    <context>
        <name>FileSaving</name>
        <message>
            <location filename="../file_saving.py" line="1" />
            <source>Save as</source>
            <translation>另存新檔</translation>
        </message>
        <message>
            <location filename="../file_saving.py" line="1" />
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <location filename="../file_saving.py" line="1" />
            <source>The file could not be saved (%1). Choose another folder and try again.</source>
            <translation>無法儲存檔案（%1）。請選擇其他資料夾後再試一次。</translation>
        </message>
        <message>
            <location filename="../file_saving.py" line="1" />
            <source>Saved to %1.</source>
            <translation>已儲存至 %1。</translation>
        </message>
    </context>
    <context>
        <name>JobOwner</name>
        <message>
            <source>Stopping after the current batch of images…</source>
            <translation>正在停止，目前這一批影像處理完後結束…</translation>
        </message>
    </context>
    <context>
        <name>CompareManyResults</name>
        <message>
            <source>FID and KID</source>
            <translation>FID 與 KID</translation>
        </message>
        <message>
            <source>Precision and recall</source>
            <translation>精確率和召回率</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>資料夾</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>精確率</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>召回率</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>影像數</translation>
        </message>
        <message>
            <source>%1 real, %2 generated</source>
            <translation>真實 %1，生成 %2</translation>
        </message>
        <message>
            <source>FID per folder (lower is closer to the real images)</source>
            <translation>各資料夾的 FID（越低越接近真實影像）</translation>
        </message>
        <message>
            <source>Precision and recall per folder (higher is better)</source>
            <translation>各資料夾的精確率與召回率（越高越好）</translation>
        </message>
        <message>
            <source>Share of images (0 to 1)</source>
            <translation>影像比例（0 到 1）</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 與 %2</translation>
        </message>
        <message>
            <source>FID between every two folders</source>
            <translation>每兩個資料夾之間的 FID</translation>
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
            <translation>選擇真實影像資料夾</translation>
        </message>
        <message>
            <source>Add a folder of images</source>
            <translation>新增影像資料夾</translation>
        </message>
        <message>
            <source>One real folder against several generated folders</source>
            <translation>一個真實影像資料夾對比多個生成影像資料夾</translation>
        </message>
        <message>
            <source>Every pair of several folders</source>
            <translation>多個資料夾兩兩比較</translation>
        </message>
        <message>
            <source>Real images:</source>
            <translation>真實影像：</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <source>Generated folders (drop folders here or add them):</source>
            <translation>生成影像資料夾（拖放到此處或按一下新增）：</translation>
        </message>
        <message>
            <source>Folders to compare with each other (drop folders here or add them):</source>
            <translation>要互相比較的資料夾（拖放到此處或按一下新增）：</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>新增資料夾…</translation>
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
            <translation>精確率和召回率（每個資料夾需要超過 5 張影像）</translation>
        </message>
    </context>
    <context>
        <name>RunProgress</name>
        <message>
            <source>%1: computing the metrics (%2 of %3)</source>
            <translation>%1：正在計算指標（%2 / %3）</translation>
        </message>
        <message>
            <source>Real images</source>
            <translation>真實影像</translation>
        </message>
        <message>
            <source>Generated images</source>
            <translation>生成影像</translation>
        </message>
        <message>
            <source>%1: waiting</source>
            <translation>%1：等待中</translation>
        </message>
        <message>
            <source>%1: loading the model…</source>
            <translation>%1：正在載入模型…</translation>
        </message>
        <message>
            <source>%1: %2 images, from the feature cache</source>
            <translation>%1：%2 張影像，來自特徵快取</translation>
        </message>
        <message>
            <source>%1: %2 of %3 · %4 images/s · about %5 left</source>
            <translation>%1：%2 / %3 · 每秒 %4 張 · 約剩 %5</translation>
        </message>
        <message>
            <source>Files skipped so far: %1 (listed with reasons in the result).</source>
            <translation>目前已略過的檔案：%1（結果中會列出每個檔案及原因）。</translation>
        </message>
    </context>
    <context>
        <name>LeastAlikeTab</name>
        <message>
            <source>The %1 generated images farthest from every real image, farthest first. The number under each is the distance to the closest real image as the network sees it (0: the same picture). Double-click a picture to open it.</source>
            <translation>離所有真實影像最遠的 %1 張生成影像，依距離由遠到近排列。每張圖下方的數字是網路看來與最接近的真實影像之間的距離（0 表示是同一張圖）。按兩下影像即可開啟。</translation>
        </message>
        <message>
            <source>Closest real image: %1 (distance %2)</source>
            <translation>最接近的真實影像：%1（距離 %2）</translation>
        </message>
    </context>
    <context>
        <name>MapTab</name>
        <message>
            <source>&amp;Map:</source>
            <translation>分布圖(&amp;M)：</translation>
        </message>
        <message>
            <source>PCA</source>
            <translation>PCA</translation>
        </message>
        <message>
            <source>t-SNE (slower, up to %1 images)</source>
            <translation>t-SNE（較慢，最多 %1 張影像）</translation>
        </message>
        <message>
            <source>PCA shows the two main directions of variation and is quick. t-SNE keeps similar images close together, which shows groups better, but takes up to a few minutes.</source>
            <translation>PCA 顯示變化最大的兩個方向，計算很快。t-SNE 讓相似的影像彼此靠近，更容易看出影像的分群，但可能需要幾分鐘。</translation>
        </message>
        <message>
            <source>Each point is one image, placed along the two directions in which the features of both sets vary most; they hold %1 % and %2 % of the variation, so points close on the map may still differ. Generated points away from the real cloud look unlike the real images; parts of the real cloud without generated points are kinds of picture the generator misses. Hover over a point to see its image.</source>
            <translation>每個點代表一張影像，依兩組影像特徵變化最大的兩個方向排布；這兩個方向分別佔全部變化的 %1 % 和 %2 %，因此在圖上相近的點實際上仍可能不同。遠離真實影像點群的生成點，看起來與真實影像不像；真實點群中沒有生成點的區域，是生成器沒有生成出來的影像類型。將滑鼠停在點上可查看對應影像。</translation>
        </message>
        <message>
            <source>Map of the features of both sets</source>
            <translation>兩組影像的特徵分布圖</translation>
        </message>
        <message>
            <source>Direction 1 (%1 % of the variation)</source>
            <translation>方向 1（佔變化的 %1 %）</translation>
        </message>
        <message>
            <source>Direction 2 (%1 % of the variation)</source>
            <translation>方向 2（佔變化的 %1 %）</translation>
        </message>
        <message>
            <source>Each point is one image, placed by t-SNE so that images with similar features sit close together. Look for groups of real points with no generated points among them: kinds of picture the generator misses. The axes, the distances between groups and their sizes mean nothing. Hover over a point to see its image.</source>
            <translation>每個點代表一張影像，由 t-SNE 排列，特徵相似的影像會聚在一起。請留意沒有生成影像混在其中的真實影像群：那是生成器沒有畫出的影像類型。座標軸、群與群之間的距離以及群的大小都沒有意義。將滑鼠停在點上即可查看對應的影像。</translation>
        </message>
        <message>
            <source>Map of the features of both sets (t-SNE)</source>
            <translation>兩組影像的特徵分布圖（t-SNE）</translation>
        </message>
        <message>
            <source>t-SNE axis 1</source>
            <translation>t-SNE 軸 1</translation>
        </message>
        <message>
            <source>t-SNE axis 2</source>
            <translation>t-SNE 軸 2</translation>
        </message>
        <message>
            <source>Real images (%1)</source>
            <translation>真實影像（%1）</translation>
        </message>
        <message>
            <source>Generated images (%1)</source>
            <translation>生成影像（%1）</translation>
        </message>
    </context>
    <context>
        <name>NotCoveredTab</name>
        <message>
            <source>This list needs more than %1 real images; add real images and compare again.</source>
            <translation>此清單需要超過 %1 張真實影像；請新增真實影像後重新比較。</translation>
        </message>
        <message>
            <source>Every real image has a generated image among its nearest neighbours: nothing is missing by this measure.</source>
            <translation>每張真實影像的近鄰中都有生成影像：按這個標準，沒有缺漏的內容。</translation>
        </message>
        <message>
            <source>%1 of %2 real images have no generated image as close as their %3 nearest real neighbours. The %4 farthest from any generated image come first: kinds of picture the generator misses. Double-click a picture to open it.</source>
            <translation>%2 張真實影像中有 %1 張，沒有任何生成影像比它的 %3 個最近的真實近鄰更接近。下面先列出離所有生成影像最遠的 %4 張：它們是生成器沒有生成出來的影像類型。按兩下影像即可開啟。</translation>
        </message>
        <message>
            <source>Closest generated image: %1 (distance %2)</source>
            <translation>最接近的生成影像：%1（距離 %2）</translation>
        </message>
    </context>
</TS>
