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
        <message>
            <source>Checking the model…</source>
            <translation>モデルを確認しています…</translation>
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
        <name>CacheClearing</name>
        <message>
            <location filename="../cache_clearing.py" line="30" />
            <source>The feature cache was cleared; %1 MB freed.</source>
            <translation>特徴量キャッシュを消去しました（%1 MB 解放）。</translation>
        </message>
        <message>
            <location filename="../cache_clearing.py" line="40" />
            <source>Clear the feature cache</source>
            <translation>特徴量キャッシュの消去</translation>
        </message>
        <message>
            <location filename="../cache_clearing.py" line="42" />
            <source>The feature cache holds %1 MB. It only makes comparing the same images again faster; clearing it changes no result, and the next comparison of each folder takes the usual time. Clear it?</source>
            <translation>特徴量キャッシュは %1 MB を使用しています。同じ画像をもう一度比較するときに速くなるだけなので、消去しても結果は変わりません。ただし、次に各フォルダーを比較するときは通常どおりの時間がかかります。消去しますか？</translation>
        </message>
    </context>
    <context>
        <name>DropZone</name>
        <message>
            <location filename="../drop_zone.py" line="139" />
            <source>Choose the folder of images</source>
            <translation>画像フォルダーを選択</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="147" />
            <source>Choose a saved statistics file</source>
            <translation>保存済みの統計量ファイルを選択</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="147" />
            <source>Saved statistics (*.npz)</source>
            <translation>保存済みの統計量 (*.npz)</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="213" />
            <source>Real images</source>
            <translation>実画像</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="213" />
            <source>Generated images</source>
            <translation>生成画像</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="215" />
            <source>Drop a folder of images here, or a saved statistics file (.npz). You can also click to choose.</source>
            <translation>画像フォルダーまたは保存済みの統計量ファイル（.npz）をここにドロップしてください。クリックして選ぶこともできます。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="217" />
            <source>Choose folder…</source>
            <translation>フォルダーを選択…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="218" />
            <source>Statistics file…</source>
            <translation>統計量ファイル…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="219" />
            <source>Reference…</source>
            <translation>参照セット…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="220" />
            <source>Use, save or import a reference set from the reference library</source>
            <translation>参照セットのライブラリから参照セットを使う・保存する・インポートする</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="222" />
            <source>Reference: %1</source>
            <translation>参照セット：%1</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="224" />
            <source>Nothing chosen yet.</source>
            <translation>まだ選択されていません。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="230" />
            <source>Files that will be skipped: %1</source>
            <translation>スキップされるファイル：%1</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="231" />
            <source>Hide</source>
            <translation>隠す</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="231" />
            <source>Show why</source>
            <translation>理由を表示</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="244" />
            <source>Counting images…</source>
            <translation>画像を数えています…</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="246" />
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="247" />
            <source>Saved statistics of %1 images (mode: %2).</source>
            <translation>%1 枚の画像の保存済み統計量（モード：%2）。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="249" />
            <source>No images found in this folder. Choose a folder that holds PNG or JPEG files.</source>
            <translation>このフォルダーに画像が見つかりません。PNG または JPEG ファイルが入っているフォルダーを選んでください。</translation>
        </message>
        <message>
            <location filename="../drop_zone.py" line="250" />
            <source>Usable images: %1</source>
            <translation>使用できる画像：%1</translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <location filename="../history_window.py" line="61" />
            <source>Reference: %1</source>
            <translation>参照セット：%1</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="234" />
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="234" />
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="269" />
            <source>No comparisons are shown, so there is nothing to export; clear the filter.</source>
            <translation>表示されている比較がないため、書き出すものがありません。フィルターを消してください。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="272" />
            <source>Export the shown comparisons as CSV</source>
            <translation>表示中の比較を CSV に書き出す</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="273" />
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="282" />
            <source>The file could not be saved (%1). Choose another folder and try again.</source>
            <translation>ファイルを保存できませんでした（%1）。別のフォルダーを選んで、もう一度お試しください。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="286" />
            <source>%1 comparisons exported to %2.</source>
            <translation>%1 件の比較を %2 に書き出しました。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="295" />
            <source>Delete from the history</source>
            <translation>履歴から削除</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="297" />
            <source>Delete %1 comparisons from the history? Their results cannot be reopened afterwards.</source>
            <translation>%1 件の比較を履歴から削除しますか？削除すると、その結果を再び開くことはできません。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="323" />
            <source>No comparisons recorded yet.</source>
            <translation>比較の記録はまだありません。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="325" />
            <source>%1 comparisons</source>
            <translation>比較 %1 件</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="327" />
            <source>%1 of %2 comparisons shown</source>
            <translation>%2 件中 %1 件の比較を表示</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="347" />
            <source>Comparison history</source>
            <translation>比較の履歴</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="348" />
            <source>&amp;Filter:</source>
            <translation>フィルター(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="349" />
            <source>Words from a folder, the mode, the device or the date</source>
            <translation>フォルダー、モード、デバイス、日付に含まれる語</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="351" />
            <source>Date</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="352" />
            <source>FID</source>
            <translation>FID</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="353" />
            <source>Real images</source>
            <translation>実画像</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="354" />
            <source>Generated images</source>
            <translation>生成画像</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="355" />
            <source>Images (real / generated)</source>
            <translation>画像数（実 / 生成）</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="356" />
            <source>Mode</source>
            <translation>モード</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="357" />
            <source>Device</source>
            <translation>デバイス</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="358" />
            <source>Standard model</source>
            <translation>標準モデル</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="361" />
            <source>Double-click a comparison, or press Enter, to show it in the main window.</source>
            <translation>比較をダブルクリックするか Enter キーを押すと、メインウィンドウに表示されます。</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="362" />
            <source>&amp;Open in the window</source>
            <translation>メインウィンドウで開く(&amp;O)</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="363" />
            <source>&amp;Export CSV…</source>
            <translation>CSV に書き出す(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="364" />
            <location filename="../history_window.py" line="365" />
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../history_window.py" line="366" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="259" />
            <source>Choose the real images first: drop a folder on the left box, or click it.</source>
            <translation>まず実画像を選んでください：左の枠にフォルダーをドロップするか、枠をクリックします。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="261" />
            <source>Choose the generated images first: drop a folder on the right box, or click it.</source>
            <translation>まず生成画像を選んでください：右の枠にフォルダーをドロップするか、枠をクリックします。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="269" />
            <source>No FID model is set up yet, so nothing was compared. Press Compare again to set it up.</source>
            <translation>FID モデルがまだ設定されていないため、比較は行われませんでした。もう一度「比較」を押すと設定できます。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="318" />
            <source>Stopping after the current batch of images…</source>
            <translation>現在の画像のまとまりを処理し終えたら停止します…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="324" />
            <source>The model is set up; you can compare images now.</source>
            <translation>モデルの設定が完了しました。画像を比較できます。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="366" />
            <source>The compatibility mode is now %1, the mode of this reference.</source>
            <translation>互換モードを、この参照セットのモードである %1 に切り替えました。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="408" />
            <source>Done: FID %1 in %2.</source>
            <translation>完了：FID %1（所要時間 %2）。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="412" />
            <source>%1 of the %2 images came from the feature cache.</source>
            <translation>%2 枚中 %1 枚の画像は特徴量キャッシュから読み込みました。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="424" />
            <source>This result was not added to the history: %1</source>
            <translation>この結果は履歴に追加されませんでした：%1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="435" />
            <source>Showing the comparison of %1 from the history.</source>
            <translation>履歴から %1 の比較を表示しています。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="445" />
            <source>The comparison was stopped; nothing was saved. Press Compare to start again.</source>
            <translation>比較を中止しました。何も保存されていません。「比較」を押すと最初からやり直せます。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="456" />
            <source>Real images</source>
            <translation>実画像</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="456" />
            <source>Generated images</source>
            <translation>生成画像</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="458" />
            <source>%1: waiting</source>
            <translation>%1：待機中</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="463" />
            <source>%1: loading the model…</source>
            <translation>%1：モデルを読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="466" />
            <source>%1: computing the metrics (%2 of %3)</source>
            <translation>%1：指標を計算しています（%2 / %3）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="467" />
            <source>%1: %2 images, from the feature cache</source>
            <translation>%1：%2 枚（特徴量キャッシュから）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="475" />
            <source>%1: %2 of %3 · %4 images/s · about %5 left</source>
            <translation>%1：%2 / %3 · 毎秒 %4 枚 · 残り約 %5</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="487" />
            <source>Files skipped so far: %1 (listed with reasons in the result).</source>
            <translation>これまでにスキップしたファイル：%1（結果に理由とともに一覧表示されます）。</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="520" />
            <source>Save the statistics as (“_real.npz” and “_generated.npz” are added)</source>
            <translation>統計量の保存先（「_real.npz」と「_generated.npz」が付け加えられます）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="540" />
            <source>fidgui: FID between two folders of images</source>
            <translation>fidgui：2 つの画像フォルダー間の FID</translation>
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
            <translation>左右の間の FID を計算します（Ctrl+Return）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="543" />
            <source>Cancel (Esc)</source>
            <translation>キャンセル（Esc）</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="544" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="545" />
            <source>Choose &amp;real images…</source>
            <translation>実画像を選択(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="546" />
            <source>Choose &amp;generated images…</source>
            <translation>生成画像を選択(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="547" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="548" />
            <source>Comparison &amp;history…</source>
            <translation>比較の履歴(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="549" />
            <source>&amp;Run</source>
            <translation>実行(&amp;R)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="551" />
            <source>C&amp;ancel</source>
            <translation>キャンセル(&amp;A)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="554" />
            <source>&amp;Model</source>
            <translation>モデル(&amp;M)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="555" />
            <source>&amp;Set up the FID model…</source>
            <translation>FID モデルを設定(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="556" />
            <source>&amp;Clear the feature cache…</source>
            <translation>特徴量キャッシュを消去(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="557" />
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="558" />
            <source>Same as the system</source>
            <translation>システムと同じ</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="559" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="560" />
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
        <name>ReferenceDialog</name>
        <message>
            <location filename="../reference_dialog.py" line="196" />
            <source>Choose the folder of real images</source>
            <translation>実画像のフォルダーを選択</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="201" />
            <source>%1, %2 mode</source>
            <translation>%1（%2 モード）</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="202" />
            <source>Name of the new reference:</source>
            <translation>新しい参照セットの名前：</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="210" />
            <source>Stopped; no reference was saved.</source>
            <translation>中止しました。参照セットは保存されていません。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="216" />
            <source>Reading %1…</source>
            <translation>%1 を読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="225" />
            <source>Choose a statistics file to import</source>
            <translation>インポートする統計量ファイルを選択</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="225" />
            <source>Saved statistics (*.npz)</source>
            <translation>保存済みの統計量 (*.npz)</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="239" />
            <source>Name of the imported reference:</source>
            <translation>インポートする参照セットの名前：</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="248" />
            <source>Imported “%1” (%2 mode).</source>
            <translation>「%1」をインポートしました（%2 モード）。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="257" />
            <source>Delete the reference</source>
            <translation>参照セットの削除</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="258" />
            <source>Delete the reference “%1”? Its statistics file is removed too.</source>
            <translation>参照セット「%1」を削除しますか？統計量ファイルも削除されます。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="268" />
            <source>Deleted “%1”.</source>
            <translation>「%1」を削除しました。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="274" />
            <source>Stopping…</source>
            <translation>停止しています…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="294" />
            <source>Loading the model…</source>
            <translation>モデルを読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="299" />
            <source>%1 of %2 images</source>
            <translation>%1 / %2 枚</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="311" />
            <source>%1

Type another name:</source>
            <translation>%1

別の名前を入力してください：</translation>
        </message>
        <message>
            <source>Saving “%1”…</source>
            <translation>「%1」を保存しています…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="313" />
            <source>The reference was not saved.</source>
            <translation>参照セットは保存されませんでした。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="317" />
            <source>Saved “%1”: %2 images, %3 mode.</source>
            <translation>「%1」を保存しました：%2 枚、%3 モード。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="332" />
            <source>Reference name</source>
            <translation>参照セットの名前</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="340" />
            <source>Which program made %1? Files from pytorch-fid and TTUR do not say, and FIDs from different modes cannot be compared.</source>
            <translation>%1 はどのプログラムで作られましたか？pytorch-fid や TTUR のファイルにはその情報がなく、異なるモードの FID どうしは比較できません。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="346" />
            <source>Mode of the statistics</source>
            <translation>統計量のモード</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="354" />
            <source>pytorch-fid (files made by pytorch-fid)</source>
            <translation>pytorch-fid（pytorch-fid で作られたファイル）</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="355" />
            <source>TensorFlow (files made by the original TTUR code)</source>
            <translation>TensorFlow（元の TTUR コードで作られたファイル）</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="356" />
            <source>clean-fid (files made by clean-fid)</source>
            <translation>clean-fid（clean-fid で作られたファイル）</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="375" />
            <location filename="../reference_dialog.py" line="408" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="375" />
            <location filename="../reference_dialog.py" line="408" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="383" />
            <source>Reference library</source>
            <translation>参照セットのライブラリ</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="387" />
            <source>A reference keeps the statistics of a set of real images, so they are read only once. New references are computed with the current settings (%1 mode).</source>
            <translation>参照セットは実画像の集まりの統計量を保存するもので、画像の読み込みは一度だけで済みます。新しい参照セットは現在の設定（%1 モード）で計算されます。</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="394" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="395" />
            <source>Images</source>
            <translation>画像数</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="396" />
            <source>Mode</source>
            <translation>モード</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="397" />
            <source>Date</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="398" />
            <source>Source</source>
            <translation>作成元</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="401" />
            <source>&amp;Use this reference</source>
            <translation>この参照セットを使う(&amp;U)</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="403" />
            <source>&amp;Save “%1” as a reference…</source>
            <translation>「%1」を参照セットとして保存(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="405" />
            <source>&amp;Save a folder as a reference…</source>
            <translation>フォルダーを参照セットとして保存(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="406" />
            <source>&amp;Import .npz…</source>
            <translation>.npz をインポート(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../reference_dialog.py" line="407" />
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>ResultView</name>
        <message>
            <location filename="../result_view.py" line="42" />
            <source>Too few images for a complete covariance</source>
            <translation>画像が少なすぎて共分散が不完全です</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="43" />
            <source>Few images</source>
            <translation>画像が少ない</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="44" />
            <source>Unequal numbers of images</source>
            <translation>左右の画像数が大きく異なる</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="45" />
            <source>Duplicate images</source>
            <translation>重複した画像</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="46" />
            <source>Small images were enlarged</source>
            <translation>小さい画像が拡大されました</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="47" />
            <source>Images were converted</source>
            <translation>画像が変換されました</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="48" />
            <source>Computed on the CPU</source>
            <translation>CPU で計算しました</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="49" />
            <source>Skipped file</source>
            <translation>スキップしたファイル</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="50" />
            <source>Feature cache</source>
            <translation>特徴量キャッシュ</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="52" />
            <source>Note</source>
            <translation>注意</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="63" />
            <source>(%1 to %2)</source>
            <translation>（%1～%2）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="69" />
            <source>%1: %2 (saved statistics of %3 images)</source>
            <translation>%1：%2（%3 枚の画像の保存済み統計量）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="71" />
            <source>%1: %2 (%3 images used, %4 from the feature cache)</source>
            <translation>%1：%2（使用した画像 %3 枚、うち %4 枚は特徴量キャッシュから）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="73" />
            <source>%1: %2 (%3 images used)</source>
            <translation>%1：%2（使用した画像 %3 枚）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="81" />
            <source>FID interval at these numbers of images: %1 to %2</source>
            <translation>この画像数での FID の区間：%1～%2</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="89" />
            <source>Inception Score (generated): %1</source>
            <translation>Inception Score（生成）：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="92" />
            <source>Inception Score (real): %1</source>
            <translation>Inception Score（実）：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="94" />
            <source>Precision %1, recall %2, density %3, coverage %4</source>
            <translation>適合率 %1、再現率 %2、密度 %3、カバレッジ %4</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="98" />
            <source>Real images</source>
            <translation>実画像</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="99" />
            <source>Generated images</source>
            <translation>生成画像</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="102" />
            <source>Compatibility mode: %1</source>
            <translation>互換モード：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="103" />
            <source>Image reading: %1</source>
            <translation>画像の読み込み方：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="105" />
            <source>standard FID weights</source>
            <translation>標準の FID 重み</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="107" />
            <source>NOT the standard FID weights</source>
            <translation>標準の FID 重みではありません</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="108" />
            <source>Model: %1, weights SHA-256 %2</source>
            <translation>モデル：%1、重みの SHA-256 %2</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="110" />
            <source>Device: %1</source>
            <translation>デバイス：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="112" />
            <source>Batch size: %1</source>
            <translation>バッチサイズ：%1</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="113" />
            <source>Time: %1 s</source>
            <translation>所要時間：%1 秒</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="118" />
            <source>Converted (%1): %2</source>
            <translation>変換済み（%1）：%2</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="121" />
            <source>Warnings:</source>
            <translation>警告：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="125" />
            <source>Skipped files:</source>
            <translation>スキップしたファイル：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="257" />
            <source>&amp;Copy to clipboard</source>
            <translation>クリップボードにコピー(&amp;C)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="258" />
            <source>Save &amp;JSON…</source>
            <translation>JSON を保存(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="259" />
            <source>Save C&amp;SV…</source>
            <translation>CSV を保存(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="260" />
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="268" />
            <source>⚠ Computed with a non-standard network: this FID is not comparable with published FIDs. Set up the standard model (Model menu) for figures you can compare.</source>
            <translation>⚠ 標準ではないネットワークで計算されました：この FID は論文などで公表された FID とは比較できません。比較できる数値が必要な場合は、標準モデルを設定してください（「モデル」メニュー）。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="278" />
            <source>The range in brackets is how much the FID would vary with another set of images of the same size (%1% bootstrap interval); a difference between two FIDs smaller than this may be chance.</source>
            <translation>括弧内の範囲は、同じ枚数の別の画像セットで計算した場合に FID がどれだけ変動しうるかを示します（%1% ブートストラップ区間）。2 つの FID の差がこれより小さい場合は、偶然の可能性があります。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="287" />
            <source>Reopened from the history: compared on %1 with fidgui %2.</source>
            <translation>履歴から再表示：%1 に fidgui %2 で比較した結果です。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="292" />
            <source>FID measures how far apart the two sets of images are, as the Inception network sees them. Lower means closer; 0 means both sets have the same statistics. It is a relative measure: compare it only with FIDs computed in the same mode, with the same model and the same numbers of images.</source>
            <translation>FID は、Inception ネットワークから見て 2 組の画像がどれだけ離れているかを表します。値が小さいほど近く、0 は両方の統計量が同じであることを意味します。相対的な尺度なので、同じモード・同じモデル・同じ画像数で計算した FID とだけ比べてください。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="305" />
            <source>Skipped files: %1. Each one and the reason are listed under Details.</source>
            <translation>スキップしたファイル：%1。各ファイルと理由は「詳細」に一覧表示されています。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="314" />
            <source>KID</source>
            <translation>KID</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="317" />
            <source>Kernel Inception Distance: like FID, lower is closer. It is unbiased, so unlike FID it can be trusted with small sets of images.</source>
            <translation>Kernel Inception Distance：FID と同じく、値が小さいほど近いことを表します。不偏推定量なので、FID と違い、画像が少なくても信頼できます。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="322" />
            <source>Inception Score (generated)</source>
            <translation>Inception Score（生成）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="325" />
            <source>How clearly and how variously the network recognises the generated images; higher is better. It does not look at the real images.</source>
            <translation>生成画像をネットワークがどれだけはっきり、かつ多様に認識できるかを表します。高いほど良好です。実画像は考慮しません。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="330" />
            <source>Inception Score (real)</source>
            <translation>Inception Score（実）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="332" />
            <source>The same score for the real images, as a yardstick.</source>
            <translation>実画像について同じスコアを計算したもので、目安になります。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="335" />
            <source>Precision</source>
            <translation>適合率（Precision）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="337" />
            <source>How many generated images look like real ones (0 to 1; higher is better).</source>
            <translation>生成画像のうち、実画像らしく見えるものの割合です（0～1、高いほど良好）。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="340" />
            <source>Recall</source>
            <translation>再現率（Recall）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="342" />
            <source>How much of the real images' variety the generated images cover (0 to 1; higher is better).</source>
            <translation>実画像の多様さを、生成画像がどれだけカバーしているかを表します（0～1、高いほど良好）。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="345" />
            <source>Density</source>
            <translation>密度（Density）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="348" />
            <source>Like precision, but less sensitive to outliers; about 1 when the sets match, and can exceed 1.</source>
            <translation>適合率に似ていますが、外れ値の影響を受けにくい指標です。両方のセットが一致していれば約 1 で、1 を超えることもあります。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="352" />
            <source>Coverage</source>
            <translation>カバレッジ（Coverage）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="354" />
            <source>Like recall, but less sensitive to outliers (0 to 1; higher is better).</source>
            <translation>再現率に似ていますが、外れ値の影響を受けにくい指標です（0～1、高いほど良好）。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="357" />
            <source>FID-infinity (advanced)</source>
            <translation>FID-infinity（上級者向け）</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="360" />
            <source>The FID extrapolated to unlimited generated images, so that sets of different sizes can be compared; rough below about 20,000 generated images.</source>
            <translation>生成画像が無限にある場合の FID を外挿した値で、枚数の異なるセットどうしを比較できます。生成画像が約 20,000 枚未満では大まかな値です。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="371" />
            <source>Please read before using this figure:</source>
            <translation>この数値を使う前にお読みください：</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="379" />
            <source>The result was copied; paste it wherever you keep your notes.</source>
            <translation>結果をコピーしました。メモなどに貼り付けてください。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="383" />
            <source>Save the result as JSON</source>
            <translation>結果を JSON で保存</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="383" />
            <source>JSON files (*.json)</source>
            <translation>JSON ファイル (*.json)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="388" />
            <source>Save the result as CSV</source>
            <translation>結果を CSV で保存</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="388" />
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="405" />
            <source>Not saved</source>
            <translation>保存されませんでした</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="407" />
            <source>The file could not be saved (%1). Choose another folder and try again.</source>
            <translation>ファイルを保存できませんでした（%1）。別のフォルダーを選んで、もう一度お試しください。</translation>
        </message>
        <message>
            <location filename="../result_view.py" line="412" />
            <source>Saved to %1.</source>
            <translation>%1 に保存しました。</translation>
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
            <translation>互換モード(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="178" />
            <source>&amp;Device:</source>
            <translation>デバイス(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="179" />
            <source>&amp;Batch size:</source>
            <translation>バッチサイズ(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="180" />
            <source>Metrics:</source>
            <translation>指標：</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="182" />
            <source>pytorch-fid (recommended)</source>
            <translation>pytorch-fid（推奨）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="183" />
            <source>TensorFlow (original TTUR code)</source>
            <translation>TensorFlow（元の TTUR コード）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="184" />
            <source>clean-fid</source>
            <translation>clean-fid</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="187" />
            <source>Gives the numbers of pytorch-fid, used by most papers since 2020.</source>
            <translation>pytorch-fid と同じ値になります。2020 年以降のほとんどの論文で使われています。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="189" />
            <source>Gives the numbers of the original TensorFlow code (TTUR), as torch-fidelity reproduces them.</source>
            <translation>元の TensorFlow コード（TTUR）の値になります（torch-fidelity による再現と同じ）。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="191" />
            <source>Gives the numbers of clean-fid, which resizes images with antialiasing.</source>
            <translation>clean-fid の値になります。clean-fid はアンチエイリアス付きで画像を縮小・拡大します。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="197" />
            <source>Read images exactly as pytorch-fid does (16-bit, rotated and transparent pictures are not fixed)</source>
            <translation>pytorch-fid とまったく同じ方法で画像を読み込む（16 ビット・回転・透明の画像を補正しません）</translation>
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
            <translation>GPU 対応がインストールされています。このコンピューターの GPU が使えるかどうかは、比較の開始時に確認します。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="207" />
            <source>This copy of fidgui has no GPU support, so it computes on the CPU.</source>
            <translation>この fidgui は GPU に対応していないため、CPU で計算します。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="209" />
            <source>The last comparison ran on: %1.</source>
            <translation>前回の比較で使われたのは：%1。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="212" />
            <source>Images read at once. Lower it if the computer runs out of memory; the result does not change.</source>
            <translation>一度に読み込む画像の枚数です。メモリが足りない場合は小さくしてください。結果は変わりません。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="214" />
            <source>FID (always computed)</source>
            <translation>FID（常に計算）</translation>
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
            <translation>適合率と再現率（Precision / Recall）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="218" />
            <source>Also density and coverage; needs at least 6 images on each side.</source>
            <translation>密度とカバレッジも計算します。左右それぞれ 6 枚以上の画像が必要です。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="219" />
            <source>FID interval (slower: 50 extra FIDs)</source>
            <translation>FID の区間（遅くなります：FID を追加で 50 回計算）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="220" />
            <source>FID-infinity (needs 4,096+ generated images)</source>
            <translation>FID-infinity（生成画像が 4,096 枚以上必要）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="221" />
            <source>Use the feature cache</source>
            <translation>特徴量キャッシュを使う</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="224" />
            <source>Remembers what the network saw in each image, so comparing the same images again takes seconds. The figures do not change.</source>
            <translation>ネットワークが各画像から得た特徴量を記憶しておくので、同じ画像をもう一度比較するときは数秒で済みます。数値は変わりません。</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="229" />
            <source>Also save the statistics of both sides (.npz), to compare against them later without the images</source>
            <translation>左右両方の統計量（.npz）も保存する（後で画像なしで比較に使えます）</translation>
        </message>
        <message>
            <location filename="../settings_panel.py" line="232" />
            <source>Mode: %1 · Device: %2</source>
            <translation>モード：%1 · デバイス：%2</translation>
        </message>
    </context>
    <context>
        <name>CompareManyWindow</name>
        <message>
            <location filename="../compare_many_window.py" line="122" />
            <source>Compare &amp;many folders…</source>
            <translation>複数のフォルダーを比較(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="257" />
            <source>Choose the folder of real images</source>
            <translation>実画像のフォルダーを選択</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="263" />
            <source>Add a folder of images</source>
            <translation>画像フォルダーを追加</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="280" />
            <source>Choose the folder of real images first.</source>
            <translation>まず実画像のフォルダーを選んでください。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="283" />
            <source>Add at least one folder of generated images: click “Add folder…” or drop folders on the list.</source>
            <translation>生成画像のフォルダーを 1 つ以上追加してください。「フォルダーを追加…」をクリックするか、フォルダーを一覧にドロップします。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="286" />
            <source>Add at least two folders to compare with each other.</source>
            <translation>互いに比較するフォルダーを 2 つ以上追加してください。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="316" />
            <source>Stopping after the current batch of images…</source>
            <translation>現在の画像バッチが終わったら停止します…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="326" />
            <source>PNG images (*.png)</source>
            <translation>PNG 画像 (*.png)</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="336" />
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="345" />
            <source>Comparison %1 of %2: %3 and %4</source>
            <translation>比較 %1 / %2：%3 と %4</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="351" />
            <source>first folder</source>
            <translation>1 つ目のフォルダー</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="351" />
            <source>second folder</source>
            <translation>2 つ目のフォルダー</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="352" />
            <source>%1: %2 of %3 images</source>
            <translation>%1：%3 枚中 %2 枚</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="366" />
            <source>Some comparisons could not be made:</source>
            <translation>一部の比較を行えませんでした：</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="368" />
            <source>Done.</source>
            <translation>完了しました。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="378" />
            <source>Stopped; nothing was saved. Press Start to begin again.</source>
            <translation>停止しました。何も保存されていません。もう一度始めるには「開始」を押してください。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="400" />
            <source>Starting…</source>
            <translation>開始しています…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="415" />
            <source>Folder</source>
            <translation>フォルダー</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="415" />
            <location filename="../compare_many_window.py" line="463" />
            <source>Precision</source>
            <translation>適合率</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="415" />
            <location filename="../compare_many_window.py" line="464" />
            <source>Recall</source>
            <translation>再現率</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="415" />
            <source>Images</source>
            <translation>画像数</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="435" />
            <source>%1 real, %2 generated</source>
            <translation>実画像 %1、生成画像 %2</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="447" />
            <source>FID per folder (lower is closer to the real images)</source>
            <translation>フォルダーごとの FID（低いほど実画像に近い）</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="468" />
            <source>Precision and recall per folder (higher is better)</source>
            <translation>フォルダーごとの適合率と再現率（高いほど良好）</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="469" />
            <source>Share of images (0 to 1)</source>
            <translation>画像の割合（0〜1）</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="477" />
            <location filename="../compare_many_window.py" line="480" />
            <source>%1 and %2</source>
            <translation>%1 と %2</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="483" />
            <source>FID between every two folders</source>
            <translation>2 つのフォルダーごとの FID</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="523" />
            <source>Compare many folders</source>
            <translation>複数のフォルダーを比較</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="524" />
            <source>One real folder against several generated folders</source>
            <translation>1 つの実画像フォルダーと複数の生成画像フォルダーを比較</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="525" />
            <source>Every pair of several folders</source>
            <translation>複数のフォルダーを 2 つずつすべて比較</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="526" />
            <source>Real images:</source>
            <translation>実画像：</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="527" />
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="529" />
            <source>Generated folders (drop folders here or add them):</source>
            <translation>生成画像のフォルダー（ここにドロップするか追加してください）：</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="531" />
            <source>Folders to compare with each other (drop folders here or add them):</source>
            <translation>互いに比較するフォルダー（ここにドロップするか追加してください）：</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="533" />
            <source>Add folder…</source>
            <translation>フォルダーを追加…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="534" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="535" />
            <source>KID (Kernel Inception Distance)</source>
            <translation>KID（Kernel Inception Distance）</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="536" />
            <source>Precision and recall (needs more than 5 images a folder)</source>
            <translation>適合率と再現率（各フォルダーに 6 枚以上の画像が必要）</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="537" />
            <source>Start</source>
            <translation>開始</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="538" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="539" />
            <source>Save PNG…</source>
            <translation>PNG を保存…</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="541" />
            <source>Saves the chart shown now as a PNG picture; to save the other chart, open its tab first.</source>
            <translation>いま表示しているグラフを PNG 画像として保存します。もう一方のグラフを保存するには、先にそのタブを開いてください。</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="543" />
            <source>FID and KID</source>
            <translation>FID と KID</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="544" />
            <source>Precision and recall</source>
            <translation>適合率と再現率</translation>
        </message>
        <message>
            <location filename="../compare_many_window.py" line="545" />
            <source>Save CSV…</source>
            <translation>CSV を保存…</translation>
        </message>
        <message>
            <source>These results were not added to the history: %1</source>
            <translation>これらの結果は履歴に追加されませんでした：%1</translation>
        </message>
    </context>
    <context>
        <name>ViewsWindow</name>
        <message>
            <location filename="../views_window.py" line="198" />
            <source>&amp;Views of the result (map, least alike images)…</source>
            <translation>結果のビュー(&amp;V)（マップ、似ていない画像）…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="279" />
            <source>This result has no per-image features, so there is nothing to show here. Run the comparison again with folders on both sides (under 20,000 images each) and open the views then.</source>
            <translation>この結果には画像ごとの特徴量が保存されていないため、ここに表示できるものがありません。両側にフォルダー（それぞれ 20,000 枚未満）を指定して比較し直してから、ビューを開いてください。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="295" />
            <location filename="../views_window.py" line="300" />
            <source>PNG images (*.png)</source>
            <translation>PNG 画像 (*.png)</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="305" />
            <location filename="../views_window.py" line="473" />
            <source>Map of the features of both sets</source>
            <translation>両セットの特徴量マップ</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="307" />
            <source>Generated images least like the real set</source>
            <translation>実画像に最も似ていない生成画像</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="308" />
            <source>Real images not covered by the generated set</source>
            <translation>生成画像でカバーされていない実画像</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="314" />
            <source>Web pages (*.html)</source>
            <translation>Web ページ (*.html)</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="387" />
            <source>Real image</source>
            <translation>実画像</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="387" />
            <source>Generated image</source>
            <translation>生成画像</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="389" />
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="398" />
            <source>No preview</source>
            <translation>プレビューなし</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="409" />
            <source>Views of the comparison: %1 and %2</source>
            <translation>比較のビュー：%1 と %2</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="410" />
            <source>Map</source>
            <translation>マップ</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="411" />
            <source>Least like the real set</source>
            <translation>実画像に最も似ていない</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="412" />
            <source>Not covered</source>
            <translation>カバーされていない</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="414" />
            <source>Save as PNG…</source>
            <translation>PNG として保存…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="415" />
            <source>Save HTML report…</source>
            <translation>HTML レポートを保存…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="416" />
            <source>&amp;Map:</source>
            <translation>マップ(&amp;M):</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="417" />
            <source>PCA</source>
            <translation>PCA</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="418" />
            <source>t-SNE (slower, up to %1 images)</source>
            <translation>t-SNE（低速、%1 枚まで）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="421" />
            <source>PCA shows the two main directions of variation and is quick. t-SNE keeps similar images close together, which shows groups better, but takes up to a few minutes.</source>
            <translation>PCA は変化の大きい 2 つの方向を示し、すぐに計算できます。t-SNE は似た画像どうしを近くに置くのでまとまりが見やすくなりますが、数分かかることがあります。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="428" />
            <source>Preparing the views…</source>
            <translation>ビューを準備しています…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="437" />
            <source>Double-click a picture to open it; hover over a point of the map to see its image.</source>
            <translation>画像をダブルクリックすると開きます。マップの点にマウスを重ねると、その画像が表示されます。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="442" />
            <source>Computing the t-SNE map: step %1 of %2…</source>
            <translation>t-SNE マップを計算しています：%2 ステップ中 %1…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="444" />
            <source>Computing the t-SNE map…</source>
            <translation>t-SNE マップを計算しています…</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="461" />
            <source>Each point is one image, placed along the two directions in which the features of both sets vary most; they hold %1 % and %2 % of the variation, so points close on the map may still differ. Generated points away from the real cloud look unlike the real images; parts of the real cloud without generated points are kinds of picture the generator misses. Hover over a point to see its image.</source>
            <translation>各点は 1 枚の画像で、両セットの特徴量が最も大きく変化する 2 つの方向に沿って配置されています。この 2 方向は変化全体の %1 % と %2 % を占めるだけなので、マップ上で近い点でも実際には異なることがあります。実画像の点の集まりから離れた生成画像の点は、実画像に似ていない画像です。実画像の点の集まりのうち生成画像の点がない部分は、生成モデルが作れていない種類の画像です。点にマウスを重ねると画像が表示されます。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="481" />
            <source>Each point is one image, placed by t-SNE so that images with similar features sit close together. Look for groups of real points with no generated points among them: kinds of picture the generator misses. The axes, the distances between groups and their sizes mean nothing. Hover over a point to see its image.</source>
            <translation>各点が 1 枚の画像で、特徴量の似た画像どうしが近くに集まるよう t-SNE で配置しています。生成画像がまったく混ざっていない実画像のまとまりを探してください。生成モデルが描けていない種類の画像です。軸、まとまり同士の距離、まとまりの大きさには意味がありません。点にマウスを重ねると画像が表示されます。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="489" />
            <source>Map of the features of both sets (t-SNE)</source>
            <translation>両セットの特徴量マップ（t-SNE）</translation>
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
            <translation>実画像（%1）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="498" />
            <source>Generated images (%1)</source>
            <translation>生成画像（%1）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="474" />
            <source>Direction 1 (%1 % of the variation)</source>
            <translation>方向 1（変化の %1 %）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="475" />
            <source>Direction 2 (%1 % of the variation)</source>
            <translation>方向 2（変化の %1 %）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="506" />
            <source>The %1 generated images farthest from every real image, farthest first. The number under each is the distance to the closest real image as the network sees it (0: the same picture). Double-click a picture to open it.</source>
            <translation>どの実画像からも最も遠い生成画像 %1 枚を、遠い順に表示しています。各画像の下の数字は、ネットワークから見た最も近い実画像までの距離です（0 は同じ画像）。画像をダブルクリックすると開きます。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="513" />
            <source>Closest real image: %1 (distance %2)</source>
            <translation>最も近い実画像：%1（距離 %2）</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="523" />
            <source>This list needs more than %1 real images; add real images and compare again.</source>
            <translation>この一覧には %1 枚を超える実画像が必要です。実画像を追加して比較し直してください。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="527" />
            <source>Every real image has a generated image among its nearest neighbours: nothing is missing by this measure.</source>
            <translation>どの実画像の近くにも生成画像があります。この基準では欠けているものはありません。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="533" />
            <source>%1 of %2 real images have no generated image as close as their %3 nearest real neighbours. The %4 farthest from any generated image come first: kinds of picture the generator misses. Double-click a picture to open it.</source>
            <translation>実画像 %2 枚のうち %1 枚は、最も近い %3 枚の実画像と同じくらい近くに生成画像がありません。どの生成画像からも最も遠い %4 枚を先頭に表示しています。生成モデルが作れていない種類の画像です。画像をダブルクリックすると開きます。</translation>
        </message>
        <message>
            <location filename="../views_window.py" line="543" />
            <source>Closest generated image: %1 (distance %2)</source>
            <translation>最も近い生成画像：%1（距離 %2）</translation>
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
            <translation>名前を付けて保存</translation>
        </message>
        <message>
            <location filename="../file_saving.py" line="1" />
            <source>Not saved</source>
            <translation>保存されませんでした</translation>
        </message>
        <message>
            <location filename="../file_saving.py" line="1" />
            <source>The file could not be saved (%1). Choose another folder and try again.</source>
            <translation>ファイルを保存できませんでした（%1）。別のフォルダーを選んでもう一度お試しください。</translation>
        </message>
        <message>
            <location filename="../file_saving.py" line="1" />
            <source>Saved to %1.</source>
            <translation>%1 に保存しました。</translation>
        </message>
    </context>
    <context>
        <name>JobOwner</name>
        <message>
            <source>Stopping after the current batch of images…</source>
            <translation>現在の画像のまとまりを処理し終えたら停止します…</translation>
        </message>
    </context>
    <context>
        <name>CompareManyResults</name>
        <message>
            <source>FID and KID</source>
            <translation>FID と KID</translation>
        </message>
        <message>
            <source>Precision and recall</source>
            <translation>適合率と再現率（Precision / Recall）</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>フォルダー</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>適合率（Precision）</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>再現率（Recall）</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>画像数</translation>
        </message>
        <message>
            <source>%1 real, %2 generated</source>
            <translation>実画像 %1、生成画像 %2</translation>
        </message>
        <message>
            <source>FID per folder (lower is closer to the real images)</source>
            <translation>フォルダーごとの FID（低いほど実画像に近い）</translation>
        </message>
        <message>
            <source>Precision and recall per folder (higher is better)</source>
            <translation>フォルダーごとの適合率と再現率（高いほど良好）</translation>
        </message>
        <message>
            <source>Share of images (0 to 1)</source>
            <translation>画像の割合（0〜1）</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 と %2</translation>
        </message>
        <message>
            <source>FID between every two folders</source>
            <translation>2 つのフォルダーごとの FID</translation>
        </message>
    </context>
    <context>
        <name>JobDialog</name>
        <message>
            <source>Stopping…</source>
            <translation>停止しています…</translation>
        </message>
    </context>
    <context>
        <name>ManyFoldersChoice</name>
        <message>
            <source>Choose the folder of real images</source>
            <translation>実画像のフォルダーを選択</translation>
        </message>
        <message>
            <source>Add a folder of images</source>
            <translation>画像フォルダーを追加</translation>
        </message>
        <message>
            <source>One real folder against several generated folders</source>
            <translation>1 つの実画像フォルダーと複数の生成画像フォルダーを比較</translation>
        </message>
        <message>
            <source>Every pair of several folders</source>
            <translation>複数のフォルダーを 2 つずつすべて比較</translation>
        </message>
        <message>
            <source>Real images:</source>
            <translation>実画像：</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <source>Generated folders (drop folders here or add them):</source>
            <translation>生成画像のフォルダー（ここにドロップするか追加してください）：</translation>
        </message>
        <message>
            <source>Folders to compare with each other (drop folders here or add them):</source>
            <translation>互いに比較するフォルダー（ここにドロップするか追加してください）：</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>フォルダーを追加…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>KID (Kernel Inception Distance)</source>
            <translation>KID（Kernel Inception Distance）</translation>
        </message>
        <message>
            <source>Precision and recall (needs more than 5 images a folder)</source>
            <translation>適合率と再現率（各フォルダーに 6 枚以上の画像が必要）</translation>
        </message>
    </context>
    <context>
        <name>RunProgress</name>
        <message>
            <source>%1: computing the metrics (%2 of %3)</source>
            <translation>%1：指標を計算しています（%2 / %3）</translation>
        </message>
        <message>
            <source>Real images</source>
            <translation>実画像</translation>
        </message>
        <message>
            <source>Generated images</source>
            <translation>生成画像</translation>
        </message>
        <message>
            <source>%1: waiting</source>
            <translation>%1：待機中</translation>
        </message>
        <message>
            <source>%1: loading the model…</source>
            <translation>%1：モデルを読み込んでいます…</translation>
        </message>
        <message>
            <source>%1: %2 images, from the feature cache</source>
            <translation>%1：%2 枚（特徴量キャッシュから）</translation>
        </message>
        <message>
            <source>%1: %2 of %3 · %4 images/s · about %5 left</source>
            <translation>%1：%2 / %3 · 毎秒 %4 枚 · 残り約 %5</translation>
        </message>
        <message>
            <source>Files skipped so far: %1 (listed with reasons in the result).</source>
            <translation>これまでにスキップしたファイル：%1（結果に理由とともに一覧表示されます）。</translation>
        </message>
    </context>
    <context>
        <name>LeastAlikeTab</name>
        <message>
            <source>The %1 generated images farthest from every real image, farthest first. The number under each is the distance to the closest real image as the network sees it (0: the same picture). Double-click a picture to open it.</source>
            <translation>どの実画像からも最も遠い生成画像 %1 枚を、遠い順に表示しています。各画像の下の数字は、ネットワークから見た最も近い実画像までの距離です（0 は同じ画像）。画像をダブルクリックすると開きます。</translation>
        </message>
        <message>
            <source>Closest real image: %1 (distance %2)</source>
            <translation>最も近い実画像：%1（距離 %2）</translation>
        </message>
    </context>
    <context>
        <name>MapTab</name>
        <message>
            <source>&amp;Map:</source>
            <translation>マップ(&amp;M):</translation>
        </message>
        <message>
            <source>PCA</source>
            <translation>PCA</translation>
        </message>
        <message>
            <source>t-SNE (slower, up to %1 images)</source>
            <translation>t-SNE（低速、%1 枚まで）</translation>
        </message>
        <message>
            <source>PCA shows the two main directions of variation and is quick. t-SNE keeps similar images close together, which shows groups better, but takes up to a few minutes.</source>
            <translation>PCA は変化の大きい 2 つの方向を示し、すぐに計算できます。t-SNE は似た画像どうしを近くに置くのでまとまりが見やすくなりますが、数分かかることがあります。</translation>
        </message>
        <message>
            <source>Each point is one image, placed along the two directions in which the features of both sets vary most; they hold %1 % and %2 % of the variation, so points close on the map may still differ. Generated points away from the real cloud look unlike the real images; parts of the real cloud without generated points are kinds of picture the generator misses. Hover over a point to see its image.</source>
            <translation>各点は 1 枚の画像で、両セットの特徴量が最も大きく変化する 2 つの方向に沿って配置されています。この 2 方向は変化全体の %1 % と %2 % を占めるだけなので、マップ上で近い点でも実際には異なることがあります。実画像の点の集まりから離れた生成画像の点は、実画像に似ていない画像です。実画像の点の集まりのうち生成画像の点がない部分は、生成モデルが作れていない種類の画像です。点にマウスを重ねると画像が表示されます。</translation>
        </message>
        <message>
            <source>Map of the features of both sets</source>
            <translation>両セットの特徴量マップ</translation>
        </message>
        <message>
            <source>Direction 1 (%1 % of the variation)</source>
            <translation>方向 1（変化の %1 %）</translation>
        </message>
        <message>
            <source>Direction 2 (%1 % of the variation)</source>
            <translation>方向 2（変化の %1 %）</translation>
        </message>
        <message>
            <source>Each point is one image, placed by t-SNE so that images with similar features sit close together. Look for groups of real points with no generated points among them: kinds of picture the generator misses. The axes, the distances between groups and their sizes mean nothing. Hover over a point to see its image.</source>
            <translation>各点が 1 枚の画像で、特徴量の似た画像どうしが近くに集まるよう t-SNE で配置しています。生成画像がまったく混ざっていない実画像のまとまりを探してください。生成モデルが描けていない種類の画像です。軸、まとまり同士の距離、まとまりの大きさには意味がありません。点にマウスを重ねると画像が表示されます。</translation>
        </message>
        <message>
            <source>Map of the features of both sets (t-SNE)</source>
            <translation>両セットの特徴量マップ（t-SNE）</translation>
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
            <translation>実画像（%1）</translation>
        </message>
        <message>
            <source>Generated images (%1)</source>
            <translation>生成画像（%1）</translation>
        </message>
    </context>
    <context>
        <name>NotCoveredTab</name>
        <message>
            <source>This list needs more than %1 real images; add real images and compare again.</source>
            <translation>この一覧には %1 枚を超える実画像が必要です。実画像を追加して比較し直してください。</translation>
        </message>
        <message>
            <source>Every real image has a generated image among its nearest neighbours: nothing is missing by this measure.</source>
            <translation>どの実画像の近くにも生成画像があります。この基準では欠けているものはありません。</translation>
        </message>
        <message>
            <source>%1 of %2 real images have no generated image as close as their %3 nearest real neighbours. The %4 farthest from any generated image come first: kinds of picture the generator misses. Double-click a picture to open it.</source>
            <translation>実画像 %2 枚のうち %1 枚は、最も近い %3 枚の実画像と同じくらい近くに生成画像がありません。どの生成画像からも最も遠い %4 枚を先頭に表示しています。生成モデルが作れていない種類の画像です。画像をダブルクリックすると開きます。</translation>
        </message>
        <message>
            <source>Closest generated image: %1 (distance %2)</source>
            <translation>最も近い生成画像：%1（距離 %2）</translation>
        </message>
    </context>
</TS>
