"""Translations of the cancel and download codes (see the block of the same name in ``catalog``).

The button the sentences point to is worded as the window's own translation of
"Choose a file…", so a reader finds it by the name they see.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "tsne_cancelled": "t-SNE 图已取消。",
        "model_session_closed": "FID 网络已经关闭；请重新运行比较。",
        "download_cancelled": "下载已取消；再次开始时会从中断处继续。",
        "download_http_status": "服务器 {host} 对 {url} 的回应是“{status} {reason}”。请稍后再试，或在另一台电脑上下载该文件，然后用“选择文件…”选择它。",
        "download_unreachable": "无法从 {host} 下载（{reason}）。请检查网络连接后重试；已下载的部分会保留。没有网络时，请从另一台电脑复制该文件，然后用“选择文件…”选择它。",
        "download_save_failed": "下载内容无法保存到 {folder}（{reason}）。请释放一些磁盘空间或检查该文件夹的权限，然后重试。",
        "download_incomplete": "与 {host} 的连接在收到 {done:n} / {total:n} 字节后关闭。请重试：下载会从中断处继续。",
        "download_interrupted": "与 {host} 的连接在收到 {done:n} 字节后关闭。请重试：下载会从中断处继续。",
        "download_wrong_file": "从 {url} 下载的文件不是预期的文件：它的 SHA-256 是 {actual}，而不是 {expected}。该文件已删除。请重试；如果反复出现，说明服务器或代理正在改动该文件。",
        "download_too_large": "服务器 {host} 发送的内容超过了该文件的 {expected:n} 字节（至少 {size:n} 字节）；下载已停止，已写入的内容已删除。请稍后再试，或在另一台电脑上下载该文件，然后用“选择文件…”选择它。",
        "download_not_http": "服务器 {host} 的回应不是有效的 HTTP（{reason}）。请稍后再试，或在另一台电脑上下载该文件，然后用“选择文件…”选择它。",
        "download_stalled": "服务器 {host} 已有 {seconds} 秒没有发送任何数据。请检查网络连接后重试：下载会从中断处继续。",
        "download_deadline": "从 {host} 的下载未能在 {minutes} 分钟内完成（{done:n} / {total:n} 字节）。请重试：下载会从中断处继续。网络较慢时，请在另一台电脑上下载该文件，然后用“选择文件…”选择它。",
    },
    "zh_TW": {
        "tsne_cancelled": "t-SNE 圖已取消。",
        "model_session_closed": "FID 網路已經關閉；請重新執行比較。",
        "download_cancelled": "下載已取消；再次開始時會從中斷處繼續。",
        "download_http_status": "伺服器 {host} 對 {url} 的回應是「{status} {reason}」。請稍後再試，或在另一台電腦下載該檔案，然後用「選擇檔案…」選擇它。",
        "download_unreachable": "無法從 {host} 下載（{reason}）。請檢查網路連線後重試；已下載的部分會保留。沒有網路時，請從另一台電腦複製該檔案，然後用「選擇檔案…」選擇它。",
        "download_save_failed": "下載內容無法儲存到 {folder}（{reason}）。請釋放一些磁碟空間或檢查該資料夾的權限，然後重試。",
        "download_incomplete": "與 {host} 的連線在收到 {done:n} / {total:n} 位元組後關閉。請重試：下載會從中斷處繼續。",
        "download_interrupted": "與 {host} 的連線在收到 {done:n} 位元組後關閉。請重試：下載會從中斷處繼續。",
        "download_wrong_file": "從 {url} 下載的檔案不是預期的檔案：它的 SHA-256 是 {actual}，而不是 {expected}。該檔案已刪除。請重試；如果反覆發生，表示伺服器或代理伺服器正在變更該檔案。",
        "download_too_large": "伺服器 {host} 傳送的內容超過該檔案的 {expected:n} 位元組（至少 {size:n} 位元組）；下載已停止，已寫入的內容已刪除。請稍後再試，或在另一台電腦下載該檔案，然後用「選擇檔案…」選擇它。",
        "download_not_http": "伺服器 {host} 的回應不是有效的 HTTP（{reason}）。請稍後再試，或在另一台電腦下載該檔案，然後用「選擇檔案…」選擇它。",
        "download_stalled": "伺服器 {host} 已有 {seconds} 秒沒有傳送任何資料。請檢查網路連線後重試：下載會從中斷處繼續。",
        "download_deadline": "從 {host} 的下載未能在 {minutes} 分鐘內完成（{done:n} / {total:n} 位元組）。請重試：下載會從中斷處繼續。網路較慢時，請在另一台電腦下載該檔案，然後用「選擇檔案…」選擇它。",
    },
    "ja": {
        "tsne_cancelled": "t-SNE マップはキャンセルされました。",
        "model_session_closed": "FID ネットワークはすでに閉じられています。比較をもう一度実行してください。",
        "download_cancelled": "ダウンロードはキャンセルされました。もう一度開始すると、中断したところから続きます。",
        "download_http_status": "サーバー {host} は {url} に対して「{status} {reason}」と応答しました。しばらくしてから再試行するか、別のコンピューターでファイルをダウンロードし、「ファイルを選択…」で選んでください。",
        "download_unreachable": "{host} からダウンロードできませんでした（{reason}）。インターネット接続を確認して再試行してください。ダウンロード済みの部分は保持されます。インターネットがない場合は、別のコンピューターからファイルをコピーし、「ファイルを選択…」で選んでください。",
        "download_save_failed": "ダウンロードを {folder} に保存できませんでした（{reason}）。ディスクの空きを増やすかフォルダーの権限を確認してから、再試行してください。",
        "download_incomplete": "{host} との接続が {total:n} バイト中 {done:n} バイトで切れました。再試行してください。ダウンロードは中断したところから続きます。",
        "download_interrupted": "{host} との接続が {done:n} バイトで切れました。再試行してください。ダウンロードは中断したところから続きます。",
        "download_wrong_file": "{url} からダウンロードしたファイルは期待したものではありません。SHA-256 が {expected} ではなく {actual} です。ファイルは削除されました。再試行してください。繰り返し起こる場合は、サーバーまたはプロキシがファイルを変更しています。",
        "download_too_large": "サーバー {host} がファイルの大きさ {expected:n} バイトを超えるデータ（{size:n} バイト以上）を送ってきたため、ダウンロードを止め、書き込んだ内容を削除しました。しばらくしてから再試行するか、別のコンピューターでファイルをダウンロードし、「ファイルを選択…」で選んでください。",
        "download_not_http": "サーバー {host} の応答は正しい HTTP ではありません（{reason}）。しばらくしてから再試行するか、別のコンピューターでファイルをダウンロードし、「ファイルを選択…」で選んでください。",
        "download_stalled": "サーバー {host} から {seconds} 秒間何も届きませんでした。インターネット接続を確認して再試行してください。ダウンロードは中断したところから続きます。",
        "download_deadline": "{host} からのダウンロードが {minutes} 分以内に終わりませんでした（{total:n} バイト中 {done:n} バイト）。再試行すると中断したところから続きます。回線が遅い場合は、別のコンピューターでファイルをダウンロードし、「ファイルを選択…」で選んでください。",
    },
}
