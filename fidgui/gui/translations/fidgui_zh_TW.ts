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
            <translation>離線計算兩個圖片資料夾之間的 Fréchet Inception Distance（FID）。</translation>
        </message>
        <message>
            <location filename="../about_dialog.py" line="48" />
            <source>&amp;Copy</source>
            <translation>複製(&amp;C)</translation>
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
        <name>DropZone</name>
        <message>
            <location filename="../drop_zone.py" line="129" />
            <source>Choose the folder of images</source>
            <translation>選擇圖片資料夾</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="137" />
            <source>Choose a saved statistics file</source>
            <translation>選擇已儲存的統計檔</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="137" />
            <source>Saved statistics (*.npz)</source>
            <translation>已儲存的統計 (*.npz)</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="201" />
            <source>Real images</source>
            <translation>真實圖片</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="201" />
            <source>Generated images</source>
            <translation>生成圖片</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="203" />
            <source>Drop a folder of images here, or a saved statistics file (.npz). You can also click to choose.</source>
            <translation>將圖片資料夾或已儲存的統計檔（.npz）拖放到這裡，也可以點選來選擇。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="205" />
            <source>Choose folder…</source>
            <translation>選擇資料夾…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="206" />
            <source>Statistics file…</source>
            <translation>統計檔…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="207" />
            <source>Nothing chosen yet.</source>
            <translation>尚未選擇。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="213" />
            <source>Files that will be skipped: %1</source>
            <translation>將被略過的檔案：%1</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="214" />
            <source>Hide</source>
            <translation>隱藏</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="214" />
            <source>Show why</source>
            <translation>查看原因</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="227" />
            <source>Counting images…</source>
            <translation>正在計算圖片數量…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="229" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="230" />
            <source>Saved statistics of %1 images (mode: %2).</source>
            <translation>已儲存的 %1 張圖片的統計（模式：%2）。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="232" />
            <source>No images found in this folder. Choose a folder that holds PNG or JPEG files.</source>
            <translation>此資料夾中找不到圖片。請選擇含有 PNG 或 JPEG 檔案的資料夾。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="233" />
            <source>Usable images: %1</source>
            <translation>可用圖片：%1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="227" />
            <source>Choose the real images first: drop a folder on the left box, or click it.</source>
            <translation>請先選擇真實圖片：把資料夾拖放到左邊的框中，或點選該框。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="229" />
            <source>Choose the generated images first: drop a folder on the right box, or click it.</source>
            <translation>請先選擇生成圖片：把資料夾拖放到右邊的框中，或點選該框。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="237" />
            <source>No FID model is set up yet, so nothing was compared. Press Compare again to set it up.</source>
            <translation>尚未設定 FID 模型，因此沒有進行比較。再按一次「比較」即可進行設定。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="282" />
            <source>Stopping after the current batch of images…</source>
            <translation>正在停止，目前這一批圖片處理完後結束…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="288" />
            <source>The model is set up; you can compare images now.</source>
            <translation>模型已設定完成，現在可以比較圖片了。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="319" />
            <source>Done: FID %1 in %2.</source>
            <translation>完成：FID %1，耗時 %2。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="330" />
            <source>The comparison was stopped; nothing was saved. Press Compare to start again.</source>
            <translation>比較已停止，沒有儲存任何內容。按「比較」可重新開始。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="341" />
            <source>Real images</source>
            <translation>真實圖片</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="341" />
            <source>Generated images</source>
            <translation>生成圖片</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="343" />
            <source>%1: waiting</source>
            <translation>%1：等待中</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="348" />
            <source>%1: loading the model…</source>
            <translation>%1：正在載入模型…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="355" />
            <source>%1: %2 of %3 · %4 images/s · about %5 left</source>
            <translation>%1：%2 / %3 · 每秒 %4 張 · 約剩 %5</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="367" />
            <source>Files skipped so far: %1 (listed with reasons in the result).</source>
            <translation>目前已略過的檔案：%1（結果中會列出每個檔案及原因）。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="398" />
            <source>Save the statistics as (“_real.npz” and “_generated.npz” are added)</source>
            <translation>統計儲存為（會自動加上「_real.npz」和「_generated.npz」）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="417" />
            <source>fidgui: FID between two folders of images</source>
            <translation>fidgui：計算兩個圖片資料夾之間的 FID</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="418" />
            <location filename="../main_window.py" line="426" />
            <source>&amp;Compare</source>
            <translation>比較(&amp;C)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="419" />
            <source>Compute the FID of the two sides (Ctrl+Return)</source>
            <translation>計算兩邊之間的 FID（Ctrl+Return）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="420" />
            <source>Cancel (Esc)</source>
            <translation>取消（Esc）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="421" />
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="422" />
            <source>Choose &amp;real images…</source>
            <translation>選擇真實圖片(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="423" />
            <source>Choose &amp;generated images…</source>
            <translation>選擇生成圖片(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="424" />
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="425" />
            <source>&amp;Run</source>
            <translation>執行(&amp;R)</translation>
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
            <translation>設定 FID 模型(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="430" />
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="431" />
            <source>Same as the system</source>
            <translation>跟隨系統</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="432" />
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="433" />
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
            <translation>要比較圖片，fidgui 需要定義 FID 所用的 Inception 網路。只需設定一次，之後即可離線使用。

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
        <name>ResultView</name>
        <message>
            <location filename="../result_view.py" line="39" />
            <source>Too few images for a complete covariance</source>
            <translation>圖片太少，共變異數不完整</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="40" />
            <source>Few images</source>
            <translation>圖片較少</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="41" />
            <source>Unequal numbers of images</source>
            <translation>兩邊圖片數量差距大</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="42" />
            <source>Duplicate images</source>
            <translation>重複的圖片</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="43" />
            <source>Small images were enlarged</source>
            <translation>小圖片被放大了</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="44" />
            <source>Images were converted</source>
            <translation>圖片已被轉換</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="45" />
            <source>Computed on the CPU</source>
            <translation>在 CPU 上計算</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="46" />
            <source>Skipped file</source>
            <translation>略過的檔案</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="48" />
            <source>Note</source>
            <translation>注意</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="57" />
            <source>%1: %2 (saved statistics of %3 images)</source>
            <translation>%1：%2（%3 張圖片的已儲存統計）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="59" />
            <source>%1: %2 (%3 images used)</source>
            <translation>%1：%2（使用了 %3 張圖片）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="70" />
            <source>Inception Score (generated): %1</source>
            <translation>Inception Score（生成）：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="73" />
            <source>Inception Score (real): %1</source>
            <translation>Inception Score（真實）：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="75" />
            <source>Real images</source>
            <translation>真實圖片</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="76" />
            <source>Generated images</source>
            <translation>生成圖片</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="79" />
            <source>Compatibility mode: %1</source>
            <translation>相容模式：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="80" />
            <source>Image reading: %1</source>
            <translation>圖片讀取方式：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="82" />
            <source>standard FID weights</source>
            <translation>標準 FID 權重</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="84" />
            <source>NOT the standard FID weights</source>
            <translation>不是標準 FID 權重</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="85" />
            <source>Model: %1, weights SHA-256 %2</source>
            <translation>模型：%1，權重 SHA-256 %2</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="87" />
            <source>Device: %1</source>
            <translation>裝置：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="89" />
            <source>Batch size: %1</source>
            <translation>批次大小：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="90" />
            <source>Time: %1 s</source>
            <translation>耗時：%1 秒</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="95" />
            <source>Converted (%1): %2</source>
            <translation>已轉換（%1）：%2</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="98" />
            <source>Warnings:</source>
            <translation>警告：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="102" />
            <source>Skipped files:</source>
            <translation>略過的檔案：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="175" />
            <source>&amp;Copy to clipboard</source>
            <translation>複製到剪貼簿(&amp;C)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="176" />
            <source>Save &amp;JSON…</source>
            <translation>儲存 JSON(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="177" />
            <source>Save C&amp;SV…</source>
            <translation>儲存 CSV(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="178" />
            <source>Details</source>
            <translation>詳細資訊</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="186" />
            <source>⚠ Computed with a non-standard network: this FID is not comparable with published FIDs. Set up the standard model (Model menu) for figures you can compare.</source>
            <translation>⚠ 使用了非標準網路計算：這個 FID 無法與已發表的 FID 比較。如需可比較的數值，請設定標準模型（「模型」選單）。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="193" />
            <source>FID measures how far apart the two sets of images are, as the Inception network sees them. Lower means closer; 0 means both sets have the same statistics. It is a relative measure: compare it only with FIDs computed in the same mode, with the same model and the same numbers of images.</source>
            <translation>FID 衡量兩組圖片在 Inception 網路「眼中」相差多遠。數值越低越接近；0 表示兩組圖片的統計特徵完全相同。它是一個相對指標：只應與使用相同模式、相同模型和相同圖片數量計算出的 FID 比較。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="205" />
            <source>Skipped files: %1. Each one and the reason are listed under Details.</source>
            <translation>略過的檔案：%1。每個檔案及原因都列在「詳細資訊」中。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="216" />
            <source>Inception Score (generated) %1</source>
            <translation>Inception Score（生成）%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="218" />
            <source>(real %1)</source>
            <translation>（真實 %1）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="226" />
            <source>Please read before using this figure:</source>
            <translation>使用這個數值之前請先閱讀：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="234" />
            <source>The result was copied; paste it wherever you keep your notes.</source>
            <translation>結果已複製，可以貼到你的筆記中。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="238" />
            <source>Save the result as JSON</source>
            <translation>將結果儲存為 JSON</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="238" />
            <source>JSON files (*.json)</source>
            <translation>JSON 檔案 (*.json)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="243" />
            <source>Save the result as CSV</source>
            <translation>將結果儲存為 CSV</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="243" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="260" />
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="262" />
            <source>The file could not be saved (%1). Choose another folder and try again.</source>
            <translation>檔案無法儲存（%1）。請選擇其他資料夾後再試一次。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="267" />
            <source>Saved to %1.</source>
            <translation>已儲存到 %1。</translation>
        </message>
    </context>
    <context>
        <name>SettingsPanel</name>
        <message>
            <location filename="../settings_panel.py" line="153" />
            <source>&amp;Settings</source>
            <translation>設定(&amp;S)</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="154" />
            <source>Compatibility &amp;mode:</source>
            <translation>相容模式(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="155" />
            <source>&amp;Device:</source>
            <translation>裝置(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="156" />
            <source>&amp;Batch size:</source>
            <translation>批次大小(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="157" />
            <source>Metrics:</source>
            <translation>指標：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="159" />
            <source>pytorch-fid (recommended)</source>
            <translation>pytorch-fid（建議）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="160" />
            <source>TensorFlow (original TTUR code)</source>
            <translation>TensorFlow（原始 TTUR 程式碼）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="161" />
            <source>clean-fid</source>
            <translation>clean-fid</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="164" />
            <source>Gives the numbers of pytorch-fid, used by most papers since 2020.</source>
            <translation>得到與 pytorch-fid 相同的數值，2020 年以來的大多數論文都使用它。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="166" />
            <source>Gives the numbers of the original TensorFlow code (TTUR), as torch-fidelity reproduces them.</source>
            <translation>得到原始 TensorFlow 程式碼（TTUR）的數值，與 torch-fidelity 的重現一致。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="168" />
            <source>Gives the numbers of clean-fid, which resizes images with antialiasing.</source>
            <translation>得到 clean-fid 的數值，它在縮放圖片時使用抗鋸齒。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="174" />
            <source>Read images exactly as pytorch-fid does (16-bit, rotated and transparent pictures are not fixed)</source>
            <translation>完全依照 pytorch-fid 的方式讀取圖片（不修正 16 位元、旋轉和透明的圖片）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="176" />
            <source>Automatic</source>
            <translation>自動</translation>
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
            <translation>已安裝 GPU 支援；這台電腦的 GPU 能否使用，會在開始比較時檢查。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="184" />
            <source>This copy of fidgui has no GPU support, so it computes on the CPU.</source>
            <translation>此版本的 fidgui 不支援 GPU，因此在 CPU 上計算。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="186" />
            <source>The last comparison ran on: %1.</source>
            <translation>上一次比較使用的是：%1。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="189" />
            <source>Images read at once. Lower it if the computer runs out of memory; the result does not change.</source>
            <translation>一次讀取的圖片數量。如果電腦記憶體不足，請調低；結果不會改變。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="191" />
            <source>FID (always computed)</source>
            <translation>FID（一律計算）</translation>
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
            <translation>同時儲存兩邊的統計（.npz），以後不需要圖片也能用它們比較</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="198" />
            <source>Mode: %1 · Device: %2</source>
            <translation>模式：%1 · 裝置：%2</translation>
        </message>
    </context>
</TS>
