<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../about_dialog.py" line="34" />
            <source>About fidgui</source>
            <translation>fidgui について</translation>
        </message>
        <message>
            <location filename="../about_dialog.py" line="40" />
            <source>Fréchet Inception Distance between two folders of images, offline.</source>
            <translation>2 つの画像フォルダー間の Fréchet Inception Distance（FID）をオフラインで計算します。</translation>
        </message>
        <message>
            <location filename="../about_dialog.py" line="48" />
            <source>&amp;Copy</source>
            <translation>コピー(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>BackgroundJob</name>
        <message>
            <location filename="../background_job.py" line="25" />
            <source>Something unexpected went wrong (%1). Please try again; if it happens again, report it to the fidgui developers with this message.</source>
            <translation>予期しないエラーが発生しました（%1）。もう一度お試しください。再び起きる場合は、このメッセージを fidgui の開発者に報告してください。</translation>
        </message>
    </context>
    <context>
        <name>DropZone</name>
        <message>
            <location filename="../drop_zone.py" line="129" />
            <source>Choose the folder of images</source>
            <translation>画像フォルダーを選択</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="137" />
            <source>Choose a saved statistics file</source>
            <translation>保存済みの統計ファイルを選択</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="137" />
            <source>Saved statistics (*.npz)</source>
            <translation>保存済みの統計 (*.npz)</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="201" />
            <source>Real images</source>
            <translation>実画像</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="201" />
            <source>Generated images</source>
            <translation>生成画像</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="203" />
            <source>Drop a folder of images here, or a saved statistics file (.npz). You can also click to choose.</source>
            <translation>画像フォルダーまたは保存済みの統計ファイル（.npz）をここにドロップしてください。クリックして選ぶこともできます。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="205" />
            <source>Choose folder…</source>
            <translation>フォルダーを選択…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="206" />
            <source>Statistics file…</source>
            <translation>統計ファイル…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="207" />
            <source>Nothing chosen yet.</source>
            <translation>まだ選択されていません。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="213" />
            <source>Files that will be skipped: %1</source>
            <translation>スキップされるファイル：%1</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="214" />
            <source>Hide</source>
            <translation>隠す</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="214" />
            <source>Show why</source>
            <translation>理由を表示</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="227" />
            <source>Counting images…</source>
            <translation>画像を数えています…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="229" />
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="230" />
            <source>Saved statistics of %1 images (mode: %2).</source>
            <translation>%1 枚の画像の保存済み統計（モード：%2）。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="232" />
            <source>No images found in this folder. Choose a folder that holds PNG or JPEG files.</source>
            <translation>このフォルダーに画像が見つかりません。PNG または JPEG ファイルが入っているフォルダーを選んでください。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="233" />
            <source>Usable images: %1</source>
            <translation>使用できる画像：%1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="227" />
            <source>Choose the real images first: drop a folder on the left box, or click it.</source>
            <translation>まず実画像を選んでください：左の枠にフォルダーをドロップするか、枠をクリックします。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="229" />
            <source>Choose the generated images first: drop a folder on the right box, or click it.</source>
            <translation>まず生成画像を選んでください：右の枠にフォルダーをドロップするか、枠をクリックします。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="237" />
            <source>No FID model is set up yet, so nothing was compared. Press Compare again to set it up.</source>
            <translation>FID モデルがまだ設定されていないため、比較は行われませんでした。もう一度「比較」を押すと設定できます。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="282" />
            <source>Stopping after the current batch of images…</source>
            <translation>現在の画像のまとまりを処理し終えたら停止します…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="288" />
            <source>The model is set up; you can compare images now.</source>
            <translation>モデルの設定が完了しました。画像を比較できます。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="319" />
            <source>Done: FID %1 in %2.</source>
            <translation>完了：FID %1（所要時間 %2）。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="330" />
            <source>The comparison was stopped; nothing was saved. Press Compare to start again.</source>
            <translation>比較を中止しました。何も保存されていません。「比較」を押すと最初からやり直せます。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="341" />
            <source>Real images</source>
            <translation>実画像</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="341" />
            <source>Generated images</source>
            <translation>生成画像</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="343" />
            <source>%1: waiting</source>
            <translation>%1：待機中</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="348" />
            <source>%1: loading the model…</source>
            <translation>%1：モデルを読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="355" />
            <source>%1: %2 of %3 · %4 images/s · about %5 left</source>
            <translation>%1：%2 / %3 · 毎秒 %4 枚 · 残り約 %5</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="367" />
            <source>Files skipped so far: %1 (listed with reasons in the result).</source>
            <translation>これまでにスキップしたファイル：%1（結果に理由とともに一覧表示されます）。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="398" />
            <source>Save the statistics as (“_real.npz” and “_generated.npz” are added)</source>
            <translation>統計の保存先（「_real.npz」と「_generated.npz」が付け加えられます）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="417" />
            <source>fidgui: FID between two folders of images</source>
            <translation>fidgui：2 つの画像フォルダー間の FID</translation>
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
            <translation>左右の間の FID を計算します（Ctrl+Return）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="420" />
            <source>Cancel (Esc)</source>
            <translation>キャンセル（Esc）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="421" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="422" />
            <source>Choose &amp;real images…</source>
            <translation>実画像を選択(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="423" />
            <source>Choose &amp;generated images…</source>
            <translation>生成画像を選択(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="424" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="425" />
            <source>&amp;Run</source>
            <translation>実行(&amp;R)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="427" />
            <source>C&amp;ancel</source>
            <translation>キャンセル(&amp;A)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="428" />
            <source>&amp;Model</source>
            <translation>モデル(&amp;M)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="429" />
            <source>&amp;Set up the FID model…</source>
            <translation>FID モデルを設定(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="430" />
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="431" />
            <source>Same as the system</source>
            <translation>システムと同じ</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="432" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="433" />
            <source>&amp;About fidgui</source>
            <translation>fidgui について(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>ModelSetupDialog</name>
        <message>
            <location filename="../model_setup_dialog.py" line="105" />
            <source>Choose the FID weights or model</source>
            <translation>FID の重みまたはモデルを選択</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="107" />
            <source>FID weights or model (*.pth *.onnx);;All files (*)</source>
            <translation>FID の重みまたはモデル (*.pth *.onnx);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="116" />
            <source>Stopping…</source>
            <translation>停止しています…</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="143" />
            <source>Starting…</source>
            <translation>開始しています…</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="170" />
            <source>Stopped. Nothing was installed; choose again when you are ready.</source>
            <translation>中止しました。何もインストールされていません。準備ができたら、もう一度選んでください。</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="182" />
            <source>If this computer cannot reach the internet, download pt_inception-2015-12-05-6726825d.pth on another computer, bring it here (for example on a USB stick) and use “Choose a file…”.</source>
            <translation>このコンピューターがインターネットに接続できない場合は、別のコンピューターで pt_inception-2015-12-05-6726825d.pth をダウンロードし、（USB メモリなどで）ここに持ってきて「ファイルを選択…」を使ってください。</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="187" />
            <source>Choose the original weights file pt_inception-2015-12-05-6726825d.pth, or try “Download (95 MB)”.</source>
            <translation>元の重みファイル pt_inception-2015-12-05-6726825d.pth を選ぶか、「ダウンロード（95 MB）」をお試しください。</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="194" />
            <location filename="../model_setup_dialog.py" line="214" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="194" />
            <location filename="../model_setup_dialog.py" line="214" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="202" />
            <location filename="../model_setup_dialog.py" line="203" />
            <source>Set up the FID model</source>
            <translation>FID モデルの設定</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="206" />
            <source>To compare images, fidgui needs the Inception network that FID is defined with. It is set up once and then works offline.

Download it now (95 MB, checked against its published checksum), or choose the weights file pt_inception-2015-12-05-6726825d.pth (or a model converted by fidgui) if you already have it.</source>
            <translation>画像を比較するには、FID の定義に使われている Inception ネットワークが必要です。設定は一度だけで、その後はオフラインで使えます。

今すぐダウンロードする（95 MB、公開されているチェックサムで検証します）か、重みファイル pt_inception-2015-12-05-6726825d.pth（または fidgui で変換したモデル）をお持ちの場合はそれを選んでください。</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="212" />
            <source>&amp;Download (95 MB)</source>
            <translation>ダウンロード（95 MB）(&amp;D)</translation>
        </message>
        <message>
            <location filename="../model_setup_dialog.py" line="213" />
            <source>Choose a &amp;file…</source>
            <translation>ファイルを選択(&amp;F)…</translation>
        </message>
    </context>
    <context>
        <name>ResultView</name>
        <message>
            <location filename="../result_view.py" line="39" />
            <source>Too few images for a complete covariance</source>
            <translation>画像が少なすぎて共分散が不完全です</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="40" />
            <source>Few images</source>
            <translation>画像が少ない</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="41" />
            <source>Unequal numbers of images</source>
            <translation>左右の画像数が大きく異なる</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="42" />
            <source>Duplicate images</source>
            <translation>重複した画像</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="43" />
            <source>Small images were enlarged</source>
            <translation>小さい画像が拡大されました</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="44" />
            <source>Images were converted</source>
            <translation>画像が変換されました</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="45" />
            <source>Computed on the CPU</source>
            <translation>CPU で計算しました</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="46" />
            <source>Skipped file</source>
            <translation>スキップしたファイル</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="48" />
            <source>Note</source>
            <translation>注意</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="57" />
            <source>%1: %2 (saved statistics of %3 images)</source>
            <translation>%1：%2（%3 枚の画像の保存済み統計）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="59" />
            <source>%1: %2 (%3 images used)</source>
            <translation>%1：%2（使用した画像 %3 枚）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="70" />
            <source>Inception Score (generated): %1</source>
            <translation>Inception Score（生成）：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="73" />
            <source>Inception Score (real): %1</source>
            <translation>Inception Score（実）：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="75" />
            <source>Real images</source>
            <translation>実画像</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="76" />
            <source>Generated images</source>
            <translation>生成画像</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="79" />
            <source>Compatibility mode: %1</source>
            <translation>互換モード：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="80" />
            <source>Image reading: %1</source>
            <translation>画像の読み込み方：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="82" />
            <source>standard FID weights</source>
            <translation>標準の FID 重み</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="84" />
            <source>NOT the standard FID weights</source>
            <translation>標準の FID 重みではありません</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="85" />
            <source>Model: %1, weights SHA-256 %2</source>
            <translation>モデル：%1、重みの SHA-256 %2</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="87" />
            <source>Device: %1</source>
            <translation>デバイス：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="89" />
            <source>Batch size: %1</source>
            <translation>バッチサイズ：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="90" />
            <source>Time: %1 s</source>
            <translation>所要時間：%1 秒</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="95" />
            <source>Converted (%1): %2</source>
            <translation>変換済み（%1）：%2</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="98" />
            <source>Warnings:</source>
            <translation>警告：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="102" />
            <source>Skipped files:</source>
            <translation>スキップしたファイル：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="175" />
            <source>&amp;Copy to clipboard</source>
            <translation>クリップボードにコピー(&amp;C)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="176" />
            <source>Save &amp;JSON…</source>
            <translation>JSON を保存(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="177" />
            <source>Save C&amp;SV…</source>
            <translation>CSV を保存(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="178" />
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="186" />
            <source>⚠ Computed with a non-standard network: this FID is not comparable with published FIDs. Set up the standard model (Model menu) for figures you can compare.</source>
            <translation>⚠ 標準ではないネットワークで計算されました：この FID は論文などで公表された FID とは比較できません。比較できる数値が必要な場合は、標準モデルを設定してください（「モデル」メニュー）。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="193" />
            <source>FID measures how far apart the two sets of images are, as the Inception network sees them. Lower means closer; 0 means both sets have the same statistics. It is a relative measure: compare it only with FIDs computed in the same mode, with the same model and the same numbers of images.</source>
            <translation>FID は、Inception ネットワークから見て 2 組の画像がどれだけ離れているかを表します。値が小さいほど近く、0 は両方の統計が同じであることを意味します。相対的な尺度なので、同じモード・同じモデル・同じ画像数で計算した FID とだけ比べてください。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="205" />
            <source>Skipped files: %1. Each one and the reason are listed under Details.</source>
            <translation>スキップしたファイル：%1。各ファイルと理由は「詳細」に一覧表示されています。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="216" />
            <source>Inception Score (generated) %1</source>
            <translation>Inception Score（生成）%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="218" />
            <source>(real %1)</source>
            <translation>（実 %1）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="226" />
            <source>Please read before using this figure:</source>
            <translation>この数値を使う前にお読みください：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="234" />
            <source>The result was copied; paste it wherever you keep your notes.</source>
            <translation>結果をコピーしました。メモなどに貼り付けてください。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="238" />
            <source>Save the result as JSON</source>
            <translation>結果を JSON で保存</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="238" />
            <source>JSON files (*.json)</source>
            <translation>JSON ファイル (*.json)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="243" />
            <source>Save the result as CSV</source>
            <translation>結果を CSV で保存</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="243" />
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="260" />
            <source>Not saved</source>
            <translation>保存されませんでした</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="262" />
            <source>The file could not be saved (%1). Choose another folder and try again.</source>
            <translation>ファイルを保存できませんでした（%1）。別のフォルダーを選んで、もう一度お試しください。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="267" />
            <source>Saved to %1.</source>
            <translation>%1 に保存しました。</translation>
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
            <translation>互換モード(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="155" />
            <source>&amp;Device:</source>
            <translation>デバイス(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="156" />
            <source>&amp;Batch size:</source>
            <translation>バッチサイズ(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="157" />
            <source>Metrics:</source>
            <translation>指標：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="159" />
            <source>pytorch-fid (recommended)</source>
            <translation>pytorch-fid（推奨）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="160" />
            <source>TensorFlow (original TTUR code)</source>
            <translation>TensorFlow（元の TTUR コード）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="161" />
            <source>clean-fid</source>
            <translation>clean-fid</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="164" />
            <source>Gives the numbers of pytorch-fid, used by most papers since 2020.</source>
            <translation>pytorch-fid と同じ値になります。2020 年以降のほとんどの論文で使われています。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="166" />
            <source>Gives the numbers of the original TensorFlow code (TTUR), as torch-fidelity reproduces them.</source>
            <translation>元の TensorFlow コード（TTUR）の値になります（torch-fidelity による再現と同じ）。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="168" />
            <source>Gives the numbers of clean-fid, which resizes images with antialiasing.</source>
            <translation>clean-fid の値になります。clean-fid はアンチエイリアス付きで画像を縮小・拡大します。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="174" />
            <source>Read images exactly as pytorch-fid does (16-bit, rotated and transparent pictures are not fixed)</source>
            <translation>pytorch-fid とまったく同じ方法で画像を読み込む（16 ビット・回転・透明の画像を補正しません）</translation>
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
            <translation>GPU 対応がインストールされています。このコンピューターの GPU が使えるかどうかは、比較の開始時に確認します。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="184" />
            <source>This copy of fidgui has no GPU support, so it computes on the CPU.</source>
            <translation>この fidgui は GPU に対応していないため、CPU で計算します。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="186" />
            <source>The last comparison ran on: %1.</source>
            <translation>前回の比較で使われたのは：%1。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="189" />
            <source>Images read at once. Lower it if the computer runs out of memory; the result does not change.</source>
            <translation>一度に読み込む画像の枚数です。メモリが足りない場合は小さくしてください。結果は変わりません。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="191" />
            <source>FID (always computed)</source>
            <translation>FID（常に計算）</translation>
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
            <translation>左右両方の統計（.npz）も保存する（後で画像なしで比較に使えます）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="198" />
            <source>Mode: %1 · Device: %2</source>
            <translation>モード：%1 · デバイス：%2</translation>
        </message>
    </context>
</TS>
