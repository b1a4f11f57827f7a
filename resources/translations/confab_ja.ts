<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>A11y</name>
    <message>
        <source>Unavailable</source>
        <translation>利用できません</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Confab</source>
        <translation>Confab について</translation>
    </message>
    <message>
        <source>Version %1, with Qt %2</source>
        <translation>バージョン %1（Qt %2）</translation>
    </message>
    <message>
        <source>A desktop chat client for language models. Free software under the MIT licence.</source>
        <translation>言語モデルのためのデスクトップ チャット クライアント。MIT ライセンスのフリーソフトウェアです。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>ブラウザーで開く</translation>
    </message>
    <message>
        <source>Open in the browser: %1</source>
        <translation>ブラウザーで開く: %1</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <source>Qt, by The Qt Company and contributors (LGPL 3)</source>
        <translation>Qt（The Qt Company と貢献者、LGPL 3）</translation>
    </message>
    <message>
        <source>md4c, the Markdown parser, by Martin Mitáš (MIT)</source>
        <translation>md4c（Markdown パーサー、Martin Mitáš、MIT）</translation>
    </message>
    <message>
        <source>QtKeychain, by Frank Osterfeld and contributors (BSD 3-Clause)</source>
        <translation>QtKeychain（Frank Osterfeld と貢献者、BSD 3-Clause）</translation>
    </message>
    <message>
        <source>Lucide icons, by the Lucide contributors (ISC; some from Feather, MIT)</source>
        <translation>Lucide アイコン（Lucide の貢献者、ISC。一部は Feather 由来、MIT）</translation>
    </message>
    <message>
        <source>Hide the icon licence</source>
        <translation>アイコンのライセンスを隠す</translation>
    </message>
    <message>
        <source>Show the icon licence</source>
        <translation>アイコンのライセンスを表示</translation>
    </message>
    <message>
        <source>Icon licence</source>
        <translation>アイコンのライセンス</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>「Confab について」を閉じる</translation>
    </message>
</context>
<context>
    <name>AnswerDelegate</name>
    <message>
        <source>The model refused: %1</source>
        <translation>モデルが回答を拒否しました：%1</translation>
    </message>
    <message>
        <source>The answer is still coming</source>
        <translation>回答はまだ生成中です</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>回答を待っています</translation>
    </message>
    <message>
        <source>Answer from %1</source>
        <translation>%1 からの回答</translation>
    </message>
</context>
<context>
    <name>AnswerError</name>
    <message>
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Retry this answer</source>
        <translation>この回答を再試行</translation>
    </message>
    <message>
        <source>Open settings to fix this</source>
        <translation>設定を開いて修正</translation>
    </message>
    <message>
        <source>Send without attachments</source>
        <translation>添付ファイルなしで送信</translation>
    </message>
</context>
<context>
    <name>AnswerLabels</name>
    <message>
        <source>Rate limited by the provider. Wait a moment, then retry.</source>
        <translation>プロバイダーのレート制限に達しました。しばらく待ってから再試行してください。</translation>
    </message>
    <message>
        <source>The provider rejected the request.</source>
        <translation>プロバイダーがリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>The conversation is too long for this model.</source>
        <translation>このモデルには会話が長すぎます。</translation>
    </message>
    <message>
        <source>Blocked by the provider&apos;s content filter.</source>
        <translation>プロバイダーのコンテンツフィルターによってブロックされました。</translation>
    </message>
    <message>
        <source>The provider is overloaded. Retry in a moment.</source>
        <translation>プロバイダーが過負荷状態です。少し待ってから再試行してください。</translation>
    </message>
    <message>
        <source>The provider had an internal error.</source>
        <translation>プロバイダーで内部エラーが発生しました。</translation>
    </message>
    <message>
        <source>Network error: the server could not be reached or the connection broke.</source>
        <translation>ネットワークエラー：サーバーに接続できないか、接続が切断されました。</translation>
    </message>
    <message>
        <source>The server stopped responding.</source>
        <translation>サーバーが応答しなくなりました。</translation>
    </message>
    <message>
        <source>The server sent something Confab could not read.</source>
        <translation>サーバーから Confab が読み取れないデータが送られてきました。</translation>
    </message>
    <message>
        <source>The answer ended before it was complete.</source>
        <translation>回答が完了する前に終了しました。</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>回答に失敗しました。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this answer was streaming.</source>
        <translation>中断：回答のストリーミング中に Confab が終了しました。</translation>
    </message>
    <message>
        <source>The answer reached the length limit.</source>
        <translation>回答が長さの上限に達しました。</translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped the answer.</source>
        <translation>プロバイダーのコンテンツフィルターが回答を停止しました。</translation>
    </message>
    <message>
        <source>%L1 → %L2 tokens</source>
        <translation>%L1 → %L2 トークン</translation>
    </message>
    <message>
        <source>first token %L1 s</source>
        <translation>最初のトークン %L1 秒</translation>
    </message>
    <message>
        <source>%L1 tokens/s</source>
        <translation>%L1 トークン/秒</translation>
    </message>
    <message>
        <source>The provider did not accept the API key. Check the key in Settings.</source>
        <translation>プロバイダーが API キーを受け付けませんでした。設定でキーを確認してください。</translation>
    </message>
    <message>
        <source>This API key may not use this model. Check the key or choose another model.</source>
        <translation>この API キーではこのモデルを使用できない可能性があります。キーを確認するか、別のモデルを選択してください。</translation>
    </message>
    <message>
        <source>Not found: check the base URL and the model name in Settings.</source>
        <translation>見つかりません：設定でベース URL とモデル名を確認してください。</translation>
    </message>
    <message>
        <source>Still coming</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>An attachment could not be sent: this model may not read it, or it is too large. Send the question without its attachments, or choose another model.</source>
        <translation>添付ファイルを送信できませんでした：このモデルが読み取れない形式か、サイズが大きすぎる可能性があります。添付ファイルなしで質問を送信するか、別のモデルを選択してください。</translation>
    </message>
</context>
<context>
    <name>ApiKeyStorage</name>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Keep the key for this session only, or read it from an environment variable.</source>
        <translation>このシステムではキーチェーンを利用できません（%1）。キーをこのセッション中だけ保持するか、環境変数から読み取ってください。</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>キーの保存先</translation>
    </message>
    <message>
        <source>In the system keychain (recommended)</source>
        <translation>システムのキーチェーン（推奨）</translation>
    </message>
    <message>
        <source>For this session only (forgotten when Confab quits)</source>
        <translation>このセッションのみ（Confab の終了時に破棄）</translation>
    </message>
    <message>
        <source>Read it from an environment variable</source>
        <translation>環境変数から読み取る</translation>
    </message>
    <message>
        <source>Variable name, e.g. OPENAI_API_KEY</source>
        <translation>変数名（例：OPENAI_API_KEY）</translation>
    </message>
    <message>
        <source>Environment variable with the key</source>
        <translation>キーを格納した環境変数</translation>
    </message>
    <message>
        <source>%1 is set.</source>
        <translation>%1 は設定されています。</translation>
    </message>
    <message>
        <source>%1 is not set in Confab&apos;s environment.</source>
        <translation>%1 は Confab の環境に設定されていません。</translation>
    </message>
    <message>
        <source>In a plain file (not encrypted)</source>
        <translation>プレーンファイル（暗号化なし）</translation>
    </message>
    <message>
        <source>Allow keeping keys in a plain file</source>
        <translation>キーをプレーンファイルに保存することを許可</translation>
    </message>
    <message>
        <source>An API key is stored; type a new one to replace it</source>
        <translation>API キーは保存済みです。置き換えるには新しいキーを入力してください</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website</source>
        <translation>プロバイダーの Web サイトで取得した API キーを貼り付けてください</translation>
    </message>
    <message>
        <source>API key: optional, only if the server asks for one</source>
        <translation>API キー：任意。サーバーが要求する場合のみ</translation>
    </message>
    <message>
        <source>In the system keychain (not available here)</source>
        <translation>システムのキーチェーン（ここでは使用不可）</translation>
    </message>
</context>
<context>
    <name>AppInfo</name>
    <message>
        <source>Drawn by the graphics card (OpenGL: %1).</source>
        <translation>グラフィックカードで描画しています（OpenGL：%1）。</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer: no OpenGL driver could be used.</source>
        <translation>Qt Quick のソフトウェアレンダラーで描画しています：使用できる OpenGL ドライバーがありません。</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, because OpenGL here (%1) is drawn by the processor, not a graphics card.</source>
        <translation>Qt Quick のソフトウェアレンダラーで描画しています。この環境の OpenGL（%1）はグラフィックカードではなくプロセッサーで描画されるためです。</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, as chosen in Settings.</source>
        <translation>設定に従い、Qt Quick のソフトウェアレンダラーで描画しています。</translation>
    </message>
    <message>
        <source>Drawn by the graphics card (OpenGL), as chosen in Settings.</source>
        <translation>設定に従い、グラフィックカード（OpenGL）で描画しています。</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, as the environment asks.</source>
        <translation>環境の指定に従い、Qt Quick のソフトウェアレンダラーで描画しています。</translation>
    </message>
    <message>
        <source>Drawn by the graphics card (OpenGL), as the environment asks.</source>
        <translation>環境の指定に従い、グラフィックカード（OpenGL）で描画しています。</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer (no display).</source>
        <translation>Qt Quick のソフトウェアレンダラーで描画しています（ディスプレイなし）。</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>テキストファイル</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>As text</source>
        <translation>テキストで</translation>
    </message>
    <message>
        <source>As PDF</source>
        <translation>PDF で</translation>
    </message>
    <message>
        <source>%1 goes as its text: send it as a PDF</source>
        <translation>%1 はテキストとして送信されます：PDF として送信する</translation>
    </message>
    <message>
        <source>%1 goes as a PDF: send its text instead</source>
        <translation>%1 は PDF として送信されます：代わりにテキストを送信する</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
</context>
<context>
    <name>AttachmentDropArea</name>
    <message>
        <source>Drop files to attach them</source>
        <translation>ファイルをドロップして添付</translation>
    </message>
</context>
<context>
    <name>AttachmentIntake</name>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 を読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>%1 is too large to attach (images and PDFs up to %2, text files up to %3).</source>
        <translation>%1 は大きすぎるため添付できません（画像と PDF は %2 まで、テキストファイルは %3 まで）。</translation>
    </message>
    <message>
        <source>%1 has too many pixels to open safely (at most %2 megapixels).</source>
        <translation>%1 はピクセル数が多すぎるため安全に開けません（最大 %2 メガピクセル）。</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete.</source>
        <translation>%1 は破損しているか、不完全です。</translation>
    </message>
    <message>
        <source>%1 is not an image, a PDF or a text file.</source>
        <translation>%1 は画像、PDF、テキストファイルのいずれでもありません。</translation>
    </message>
    <message>
        <source>%1 changed while it was read. Attach it again when it is complete.</source>
        <translation>%1 は読み込み中に変更されました。完成してから添付し直してください。</translation>
    </message>
    <message>
        <source>%1 has no text that could be extracted.</source>
        <translation>%1 から抽出できるテキストがありません。</translation>
    </message>
    <message>
        <source>The file of %1 is missing.</source>
        <translation>%1 のファイルが見つかりません。</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Send without the images</source>
        <translation>画像なしで送信</translation>
    </message>
    <message>
        <source>Remove the images</source>
        <translation>画像を削除</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>%1 of text</source>
        <translation>テキスト %1</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the image</source>
        <translation>画像を閉じる</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>画像を表示できませんでした。</translation>
    </message>
</context>
<context>
    <name>BlockAccessibility</name>
    <message>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Code, %1</source>
        <translation>コード、%1</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>画像:</translation>
    </message>
</context>
<context>
    <name>ChatAnnouncer</name>
    <message>
        <source>Answer stopped</source>
        <translation>回答を停止しました</translation>
    </message>
    <message>
        <source>Answer failed: %1</source>
        <translation>回答に失敗しました：%1</translation>
    </message>
    <message>
        <source>Answer finished. %1</source>
        <translation>回答が完了しました。%1</translation>
    </message>
    <message>
        <source>Answer finished</source>
        <translation>回答が完了しました</translation>
    </message>
    <message>
        <source>Answer started</source>
        <translation>回答を開始しました</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>%1 does not read images.</source>
        <translation>%1 は画像を読み取れません。</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Not configured</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Switch the provider or model for this conversation</source>
        <translation>この会話のプロバイダーまたはモデルを切り替えます</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation>キーボードショートカット（F1）</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>モデル：%1</translation>
    </message>
    <message>
        <source>Choose another provider or model</source>
        <translation>別のプロバイダーまたはモデルを選択</translation>
    </message>
    <message>
        <source>The system prompt and parameters of this conversation</source>
        <translation>この会話のシステムプロンプトとパラメーター</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>新しいチャット (Ctrl+N)</translation>
    </message>
    <message>
        <source>Parameters: the system prompt, temperature and more</source>
        <translation>パラメーター: システムプロンプト、温度など</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>設定 (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Last answer copied</source>
        <translation>最後の回答をコピーしました</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>貼り付けた画像.png</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *)</source>
        <translation>画像、PDF、テキスト (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *)</translation>
    </message>
</context>
<context>
    <name>CliTools</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tool call: %1 (not a tool of these servers: not run)
</source>
        <translation>ツール呼び出し：%1（これらのサーバーのツールではないため、実行しません）
</translation>
    </message>
    <message>
        <source>
Tool call: %1 on %2
%3
</source>
        <translation>
ツール呼び出し：%2 の %1
%3
</translation>
    </message>
    <message>
        <source>Warning: hidden character %1 in the tool&apos;s %2
</source>
        <translation>警告：ツールの %2 に隠し文字 %1 があります
</translation>
    </message>
    <message>
        <source>(allowed by --yes)
</source>
        <translation>（--yes により許可）
</translation>
    </message>
    <message>
        <source>(allowed for this run)
</source>
        <translation>（この実行では許可済み）
</translation>
    </message>
    <message>
        <source>Run it? [y] yes, [a] always for this tool in this run, [n] no: </source>
        <translation>実行しますか？ [y] はい、[a] この実行中はこのツールを常に許可、[n] いいえ: </translation>
    </message>
    <message>
        <source>
No terminal to ask on: not run (use --yes to allow every call).
</source>
        <translation>
確認に使える端末がないため、実行しません（すべての呼び出しを許可するには --yes を使用）。
</translation>
    </message>
    <message>
        <source>Denied.
</source>
        <translation>拒否しました。
</translation>
    </message>
    <message>
        <source>The arguments are not a JSON object: not run.
</source>
        <translation>引数が JSON オブジェクトではないため、実行しません。
</translation>
    </message>
    <message>
        <source>The call failed: %1
</source>
        <translation>呼び出しに失敗しました：%1
</translation>
    </message>
    <message>
        <source>The tool reported an error:
%1
</source>
        <translation>ツールがエラーを報告しました：
%1
</translation>
    </message>
    <message>
        <source>Result:
%1
</source>
        <translation>結果：
%1
</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>コードをコピー</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message %1…</source>
        <translation>%1 へのメッセージ…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Unavailable until a provider is set up</source>
        <translation>プロバイダーを設定するまで利用できません</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>添付</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Attach files (or paste, or drop them here)</source>
        <translation>ファイルを添付（貼り付けやドロップでも可）</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>回答を停止 (Esc)</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>メッセージを送信 (Enter)</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>アシスタント（%1）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>モデル：%1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>作成日時：%1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>Tool call: %1</source>
        <translation>ツール呼び出し：%1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断されました</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>ファイルが有効な JSON ではありません：%1。</translation>
    </message>
    <message>
        <source>The file is neither a Confab export nor a ChatGPT conversations.json.</source>
        <translation>このファイルは Confab のエクスポートでも ChatGPT の conversations.json でもありません。</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of Confab.</source>
        <translation>このファイルは新しいバージョンの Confab でエクスポートされました。</translation>
    </message>
    <message>
        <source>The file has no valid format version.</source>
        <translation>このファイルには有効な形式バージョンがありません。</translation>
    </message>
    <message>
        <source>Conversation &quot;%1&quot; has a malformed message tree.</source>
        <translation>会話「%1」のメッセージツリーが不正です。</translation>
    </message>
    <message>
        <source>Conversation &quot;%1&quot; has a message of unknown role or state.</source>
        <translation>会話「%1」に不明なロールまたは状態のメッセージがあります。</translation>
    </message>
    <message>
        <source>[image not imported]</source>
        <translation>[画像はインポートされていません]</translation>
    </message>
    <message>
        <source>Ran %1 on %2 with:</source>
        <translation>%2 で %1 を次の引数で実行しました：</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Month section of the history list, e.g. &quot;November 2026&quot;</extracomment>
        <translation>%2年%1</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>The integrity check failed: %1</source>
        <translation>整合性チェックに失敗しました：%1</translation>
    </message>
    <message>
        <source>The history database was made by a newer version of Confab (schema %1).</source>
        <translation>履歴データベースは新しいバージョンの Confab で作成されています（スキーマ %1）。</translation>
    </message>
    <message>
        <source>The history database %1 is unreadable and could not be moved aside.</source>
        <translation>履歴データベース %1 を読み取れず、退避することもできませんでした。</translation>
    </message>
    <message>
        <source>The conversation history is damaged (%1). At the next start Confab moves the file aside, keeping it, and starts a new history.</source>
        <translation>会話履歴が破損しています（%1）。次回起動時に Confab はファイルを退避して保管し、新しい履歴を開始します。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>ディスクに書き込めませんでした</translation>
    </message>
    <message>
        <source>the database is busy</source>
        <translation>データベースが使用中です</translation>
    </message>
    <message>
        <source>the database cannot be written</source>
        <translation>データベースに書き込めません</translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation>データベースが破損しています</translation>
    </message>
    <message>
        <source>Could not save the conversation history: %1. Your changes are kept and saving is retried.</source>
        <translation>会話履歴を保存できませんでした：%1。変更内容は保持されており、保存を再試行します。</translation>
    </message>
</context>
<context>
    <name>ConversationTools</name>
    <message>
        <source>Tools: %1/%2</source>
        <translation>ツール：%1/%2</translation>
    </message>
    <message>
        <source>Tools the model may use in this conversation: %1 of %2 servers</source>
        <translation>この会話でモデルが使えるツール：%1/%2 サーバー</translation>
    </message>
    <message>
        <source>Choose which tool servers this conversation offers the model</source>
        <translation>この会話でモデルに提供するツールサーバーを選択します</translation>
    </message>
    <message>
        <source>Tools in this conversation</source>
        <translation>この会話のツール</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tool(s))</source>
        <translation>
            <numerusform>%1（ツール %n 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Offer the tools of %1</source>
        <translation>%1 のツールを提供</translation>
    </message>
    <message>
        <source>Tool servers…</source>
        <translation>ツールサーバー…</translation>
    </message>
    <message>
        <source>Open the tool server settings</source>
        <translation>ツールサーバーの設定を開く</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete this message?</source>
        <translation>このメッセージを削除しますか？</translation>
    </message>
    <message>
        <source>The message and every message after it, on all of its versions, will be deleted.</source>
        <translation>このメッセージとそれ以降のすべてのメッセージが、すべてのバージョンで削除されます。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What can I help with?</source>
        <translation>何をお手伝いしましょうか？</translation>
    </message>
    <message>
        <source>No provider is configured</source>
        <translation>プロバイダーが設定されていません</translation>
    </message>
    <message>
        <source>Open Settings (Ctrl+,) and add a provider: OpenAI, Anthropic, Google Gemini, Ollama, LM Studio, llama.cpp, OpenRouter or any OpenAI-compatible server.</source>
        <translation>設定（Ctrl+,）を開いてプロバイダーを追加してください：OpenAI、Anthropic、Google Gemini、Ollama、LM Studio、llama.cpp、OpenRouter、または OpenAI 互換の任意のサーバー。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Press Enter to send, Shift+Enter for a new line and Esc to stop. F1 lists every shortcut.</source>
        <translation>Enter で送信、Shift+Enter で改行、Esc で停止します。F1 ですべてのショートカットを表示します。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>会話内を検索</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>前の一致 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>次の一致 (Enter)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>検索バーを閉じる (Esc)</translation>
    </message>
</context>
<context>
    <name>FirstRunOfferPage</name>
    <message>
        <source>Welcome to Confab</source>
        <translation>Confab へようこそ</translation>
    </message>
    <message>
        <source>Looking for model servers on this computer…</source>
        <translation>このコンピューター上のモデルサーバーを探しています…</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>検索中</translation>
    </message>
    <message>
        <source>Found providers</source>
        <translation>見つかったプロバイダー</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 — %n model(s)</source>
        <translation>
            <numerusform>%1（%2）— モデル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with the key in %2</source>
        <translation>%1（キーは %2）</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Closes the welcome; it is not shown again</source>
        <translation>ようこそ画面を閉じます。今後は表示されません</translation>
    </message>
    <message>
        <source>Chat with language models on this computer or online. Choose where the answers come from; you can add more later in Settings.</source>
        <translation>このコンピューター上またはオンラインの言語モデルとチャットできます。回答の取得先を選んでください。あとで設定から追加することもできます。</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <translation>このコンピューターで見つかったもの</translation>
    </message>
    <message>
        <source>No model server is running here and no API key is set in the environment.</source>
        <translation>ここでは実行中のモデル サーバーがなく、環境変数に API キーも設定されていません。</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Connect a provider</source>
        <translation>プロバイダーに接続</translation>
    </message>
    <message>
        <source>Full provider form…</source>
        <translation>プロバイダーの詳細フォーム…</translation>
    </message>
    <message>
        <source>Full provider form in Settings</source>
        <translation>設定のプロバイダーの詳細フォーム</translation>
    </message>
    <message>
        <source>Every field, such as extra headers, in Settings</source>
        <translation>追加ヘッダーなど、すべての項目を設定で</translation>
    </message>
</context>
<context>
    <name>GeneralPane</name>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>文字サイズ（ポイント）</translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation>既定のプロバイダー</translation>
    </message>
    <message>
        <source>No provider yet</source>
        <translation>プロバイダーがまだありません</translation>
    </message>
    <message>
        <source>Default provider for new conversations</source>
        <translation>新しい会話の既定のプロバイダー</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>既定のモデル</translation>
    </message>
    <message>
        <source>Default model for new conversations</source>
        <translation>新しい会話の既定のモデル</translation>
    </message>
    <message>
        <source>Let a model write conversation titles</source>
        <translation>モデルに会話のタイトルを付けさせる</translation>
    </message>
    <message>
        <source>Title model (empty: the conversation&apos;s model)</source>
        <translation>タイトル用モデル（空欄：会話のモデル）</translation>
    </message>
    <message>
        <source>Model for titles</source>
        <translation>タイトル用のモデル</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Export settings to the file</source>
        <translation>設定をファイルにエクスポート</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 をインポートしました。</translation>
    </message>
    <message>
        <source>Import settings from the file</source>
        <translation>設定をファイルからインポート</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Takes effect when Confab is started again.</source>
        <translation>Confab の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Colours, text size and language of the whole window.</source>
        <translation>ウィンドウ全体の色、文字サイズ、言語。</translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>What a new conversation starts with; each conversation can change it.</source>
        <translation>新しい会話の初期設定です。会話ごとに変更できます。</translation>
    </message>
    <message>
        <source>Conversation titles</source>
        <translation>会話のタイトル</translation>
    </message>
    <message>
        <source>A title is written from the first question; a model can write a better one.</source>
        <translation>タイトルは最初の質問から作られます。モデルに書かせるとよりよいタイトルになります。</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>エクスポートとインポート</translation>
    </message>
    <message>
        <source>All settings in one file, to move them to another computer. API keys are never included.</source>
        <translation>すべての設定を 1 つのファイルにまとめ、別のコンピューターへ移せます。API キーは含まれません。</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>The conversation history could not be read, so Confab started a new one. The old file was kept as %1.</source>
        <translation>会話履歴を読み取れなかったため、Confab は新しい履歴を開始しました。古いファイルは %1 として保管されています。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Exported all conversations to %1</source>
        <translation>すべての会話を %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>%n 件の会話をインポートしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDelegate</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>会話のタイトル</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>%1 の操作</translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <source>Confab JSON (*.json)</source>
        <translation>Confab JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>会話をインポート</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Confab or ChatGPT export (*.json)</source>
        <translation>Confab または ChatGPT のエクスポート (*.json)</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>通知を閉じる</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Conversation history</source>
        <translation>会話履歴</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>History actions</source>
        <translation>履歴の操作</translation>
    </message>
    <message>
        <source>Import conversations…</source>
        <translation>会話をインポート…</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>すべての会話をエクスポート…</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Your conversations will appear here.</source>
        <translation>ここに会話が表示されます。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>「%1」に一致する会話はありません。</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>「%1」を削除しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>新しいチャット (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>HistoryRowMenu</name>
    <message>
        <source>Actions for %1</source>
        <translation>%1 の操作</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>ピン留めを外す</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdown としてエクスポート…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>JSON としてエクスポート…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>HistorySearchDelegate</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
</context>
<context>
    <name>HistoryUndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>「%1」を削除しました</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>会話を削除しました</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>削除を元に戻す</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address is not an http or https URL.</source>
        <translation>サーバーのアドレスが http または https の URL ではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB.</source>
        <translation>サーバーの応答が %1 MB を超えています。</translation>
    </message>
    <message>
        <source>The server sent an event larger than %1 MB.</source>
        <translation>サーバーから %1 MB を超えるイベントが送られてきました。</translation>
    </message>
    <message>
        <source>The server sent something that is not JSON-RPC.</source>
        <translation>サーバーから JSON-RPC ではないデータが送られてきました。</translation>
    </message>
    <message>
        <source>The server redirected to another site (%1); Confab does not follow it, as the request may carry secrets.</source>
        <translation>サーバーが別のサイト（%1）にリダイレクトしました。リクエストに機密情報が含まれる可能性があるため、Confab はリダイレクトに従いません。</translation>
    </message>
    <message>
        <source>The server&apos;s session has ended.</source>
        <translation>サーバーのセッションが終了しました。</translation>
    </message>
    <message>
        <source>The server refused access (HTTP %1). Check the headers configured for it, such as Authorization.</source>
        <translation>サーバーがアクセスを拒否しました（HTTP %1）。Authorization など、このサーバーに設定したヘッダーを確認してください。</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1, %2): %3</source>
        <translation>サーバーがエラーを返しました（HTTP %1、%2）：%3</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>サーバーが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>サーバーに接続できませんでした：%1</translation>
    </message>
    <message>
        <source>The connection broke and the server could not resume it (HTTP %1).</source>
        <translation>接続が切断され、サーバーは再開できませんでした（HTTP %1）。</translation>
    </message>
    <message>
        <source>The connection broke before the server answered: %1</source>
        <translation>サーバーが応答する前に接続が切断されました：%1</translation>
    </message>
    <message>
        <source>The server ended its answer without a response.</source>
        <translation>サーバーがレスポンスを返さずに応答を終了しました。</translation>
    </message>
</context>
<context>
    <name>JumpToLatestButton</name>
    <message>
        <source>Jump to the latest message</source>
        <translation>最新のメッセージへ移動</translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
</context>
<context>
    <name>LaunchConfirmDialog</name>
    <message>
        <source>Start %1?</source>
        <translation>%1 を起動しますか？</translation>
    </message>
    <message>
        <source>Confab will connect to this address and send these headers:</source>
        <translation>Confab はこのアドレスに接続し、次のヘッダーを送信します：</translation>
    </message>
    <message>
        <source>Confab will run this program with these arguments and this environment. Only confirm what you recognise.</source>
        <translation>Confab はこのプログラムを次の引数と環境で実行します。内容を確認できるものだけを承認してください。</translation>
    </message>
    <message>
        <source>What the server runs</source>
        <translation>サーバーが実行する内容</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>アドレス：%1</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>ヘッダー：%1</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>コマンド：%1</translation>
    </message>
    <message>
        <source>Argument: %1</source>
        <translation>引数：%1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>環境：%1</translation>
    </message>
    <message>
        <source>Working folder: %1</source>
        <translation>作業フォルダー：%1</translation>
    </message>
    <message>
        <source>This changed since you last confirmed it:</source>
        <translation>前回の確認から次の点が変更されています：</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>%1 に接続</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 を実行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Open this link?</source>
        <translation>このリンクを開きますか？</translation>
    </message>
    <message>
        <source>Link blocked</source>
        <translation>リンクをブロックしました</translation>
    </message>
    <message>
        <source>Confab only opens http and https links. This one was not opened:
%1</source>
        <translation>Confab が開くのは http と https のリンクだけです。次のリンクは開きませんでした：
%1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Confab — %1</source>
        <translation>Confab — %1</translation>
    </message>
    <message>
        <source>Confab</source>
        <translation>Confab</translation>
    </message>
    <message>
        <source>This computer is offline. Local servers still work; cloud providers will answer again when the connection is back.</source>
        <translation>このコンピューターはオフラインです。ローカルのサーバーは引き続き使用でき、クラウドのプロバイダーは接続が回復すると再び応答します。</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>Message text</source>
        <translation>メッセージ本文</translation>
    </message>
</context>
<context>
    <name>McpCli</name>
    <message>
        <source>Server: %1 %2 (MCP %3)
</source>
        <translation>サーバー：%1 %2（MCP %3）
</translation>
    </message>
    <message>
        <source>Warning: hidden character %1 in %2</source>
        <translation>警告：%2 に隠し文字 %1 があります</translation>
    </message>
    <message>
        <source>(needs tasks, which Confab does not support)</source>
        <translation>（Confab が対応していないタスク機能が必要です）</translation>
    </message>
    <message>
        <source>Talks to a Model Context Protocol server.

  confab-cli mcp list (--stdio &quot;CMD ARGS&quot; | --url URL) [options]
  confab-cli mcp call (--stdio &quot;CMD ARGS&quot; | --url URL) [options] TOOL [JSON|-]</source>
        <translation>Model Context Protocol サーバーと通信します。

  confab-cli mcp list (--stdio &quot;CMD ARGS&quot; | --url URL) [options]
  confab-cli mcp call (--stdio &quot;CMD ARGS&quot; | --url URL) [options] TOOL [JSON|-]</translation>
    </message>
    <message>
        <source>Start the server with this command (split like a shell, never run by one).</source>
        <translation>このコマンドでサーバーを起動します（シェルと同じように分割しますが、シェルでは実行しません）。</translation>
    </message>
    <message>
        <source>Streamable HTTP endpoint of the server.</source>
        <translation>サーバーの Streamable HTTP エンドポイント。</translation>
    </message>
    <message>
        <source>HTTP header &quot;Name: value&quot; (repeatable).</source>
        <translation>HTTP ヘッダー &quot;Name: value&quot;（複数指定可）。</translation>
    </message>
    <message>
        <source>NAME=VALUE for the server&apos;s environment, or NAME to pass ours on (repeatable). Nothing else of our environment reaches it but PATH, HOME, the locale and such.</source>
        <translation>サーバーの環境に渡す NAME=VALUE、または自分の環境の値を渡す NAME（複数指定可）。それ以外にこちらの環境から渡るのは PATH、HOME、ロケールなどだけです。</translation>
    </message>
    <message>
        <source>Working folder of the server.</source>
        <translation>サーバーの作業フォルダー。</translation>
    </message>
    <message>
        <source>auto (default), legacy or modern.</source>
        <translation>auto（既定）、legacy、modern のいずれか。</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (120).</source>
        <translation>応答を待つ秒数（120）。</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list：JSON で出力します。</translation>
    </message>
    <message>
        <source>Show the server&apos;s log and progress.</source>
        <translation>サーバーのログと進捗を表示します。</translation>
    </message>
    <message>
        <source>list or call</source>
        <translation>list または call</translation>
    </message>
    <message>
        <source>Say list or call.</source>
        <translation>list か call を指定してください。</translation>
    </message>
    <message>
        <source>Give either --stdio or --url.</source>
        <translation>--stdio か --url のどちらかを指定してください。</translation>
    </message>
    <message>
        <source>--stdio: %1</source>
        <translation>--stdio: %1</translation>
    </message>
    <message>
        <source>--env takes NAME=VALUE or NAME.</source>
        <translation>--env には NAME=VALUE または NAME を指定します。</translation>
    </message>
    <message>
        <source>--url takes an http or https URL.</source>
        <translation>--url には http または https の URL を指定します。</translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot;.</source>
        <translation>--header には &quot;Name: value&quot; を指定します。</translation>
    </message>
    <message>
        <source>--protocol takes auto, legacy or modern.</source>
        <translation>--protocol には auto、legacy、modern のいずれかを指定します。</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds.</source>
        <translation>--timeout には正の秒数を指定します。</translation>
    </message>
    <message>
        <source>call takes TOOL and, optionally, its arguments as JSON.</source>
        <translation>call には TOOL と、必要に応じてその引数を JSON で指定します。</translation>
    </message>
    <message>
        <source>Cannot read the arguments from standard input.</source>
        <translation>標準入力から引数を読み取れません。</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object.</source>
        <translation>引数は JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>list takes no further arguments.</source>
        <translation>list にはそれ以上の引数を指定できません。</translation>
    </message>
    <message>
        <source>confab-cli mcp: interrupted
</source>
        <translation>confab-cli mcp: 中断しました
</translation>
    </message>
</context>
<context>
    <name>McpClient</name>
    <message>
        <source>The server connection was closed.</source>
        <translation>サーバーとの接続は閉じられています。</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>サーバーが接続を閉じました。</translation>
    </message>
    <message>
        <source>The server speaks MCP %1; Confab speaks %2.</source>
        <translation>サーバーは MCP %1 を使用していますが、Confab は %2 を使用しています。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>The server needs features Confab does not offer.</source>
        <translation>サーバーが Confab の提供していない機能を必要としています。</translation>
    </message>
    <message>
        <source>The server does not speak MCP %1.</source>
        <translation>サーバーは MCP %1 に対応していません。</translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation>（バージョンなし）</translation>
    </message>
    <message>
        <source>The server&apos;s session ended and a new one could not be started: %1</source>
        <translation>サーバーのセッションが終了し、新しいセッションを開始できませんでした：%1</translation>
    </message>
    <message>
        <source>The server is not connected.</source>
        <translation>サーバーに接続していません。</translation>
    </message>
    <message>
        <source>The server kept asking to retry the request.</source>
        <translation>サーバーがリクエストの再試行を繰り返し求めました。</translation>
    </message>
    <message>
        <source>The server asks for input Confab cannot give yet (%1).</source>
        <translation>サーバーが Confab ではまだ提供できない入力を求めています（%1）。</translation>
    </message>
    <message>
        <source>The server sent a result of an unknown type.</source>
        <translation>サーバーから不明な種類の結果が送られてきました。</translation>
    </message>
    <message>
        <source>The server&apos;s tool result is not an object.</source>
        <translation>サーバーのツール結果がオブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>McpCommandLine</name>
    <message>
        <source>The command ends with a backslash.</source>
        <translation>コマンドがバックスラッシュで終わっています。</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation>引用符が閉じられていません。</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>コマンドが空です。</translation>
    </message>
</context>
<context>
    <name>McpConfigFile</name>
    <message>
        <source>The file is not a JSON object (%1).</source>
        <translation>ファイルが JSON オブジェクトではありません（%1）。</translation>
    </message>
    <message>
        <source>The file has no &quot;mcpServers&quot; (or &quot;servers&quot;) object.</source>
        <translation>ファイルに &quot;mcpServers&quot;（または &quot;servers&quot;）オブジェクトがありません。</translation>
    </message>
    <message>
        <source>Its envFile is not read: add the variables it needs by hand.</source>
        <translation>envFile は読み込まれません：必要な変数を手動で追加してください。</translation>
    </message>
    <message>
        <source>%1: the URL is not an http or https address.</source>
        <translation>%1：URL が http または https のアドレスではありません。</translation>
    </message>
    <message>
        <source>It was set up for the older HTTP+SSE transport; Confab speaks Streamable HTTP to the same URL.</source>
        <translation>以前の HTTP+SSE トランスポート用に設定されていました。Confab は同じ URL に Streamable HTTP で接続します。</translation>
    </message>
    <message>
        <source>%1: neither a command nor a URL.</source>
        <translation>%1：コマンドでも URL でもありません。</translation>
    </message>
    <message>
        <source>It uses ${…} placeholders, which Confab does not fill in: replace them with the values.</source>
        <translation>Confab が値を埋めない ${…} プレースホルダーが使われています：実際の値に置き換えてください。</translation>
    </message>
</context>
<context>
    <name>McpRpcSession</name>
    <message>
        <source>The server is not connected.</source>
        <translation>サーバーに接続していません。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The server sent a message that is not JSON-RPC.</source>
        <translation>サーバーから JSON-RPC ではないメッセージが送られてきました。</translation>
    </message>
    <message>
        <source>The server answered with an error (%1): %2</source>
        <translation>サーバーがエラーを返しました（%1）：%2</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>接続が閉じられました。</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1 s).</source>
        <translation>サーバーが時間内に応答しませんでした（%1 秒）。</translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>バージョン %1/%2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Continue this answer</source>
        <translation>この回答の続きを生成</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>このメッセージを削除</translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation>このメッセージをコピー</translation>
    </message>
    <message>
        <source>As Markdown</source>
        <translation>Markdown として</translation>
    </message>
    <message>
        <source>Edit this message</source>
        <translation>このメッセージを編集</translation>
    </message>
    <message>
        <source>Sends it again as a new version</source>
        <translation>新しいバージョンとして再送信します</translation>
    </message>
    <message>
        <source>Asks for a new version of this answer</source>
        <translation>この回答の新しいバージョンを生成します</translation>
    </message>
    <message>
        <source>Regenerate (Ctrl+R)</source>
        <translation>再生成 (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>MessageAttachments</name>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Edited message</source>
        <translation>編集中のメッセージ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send the edited message</source>
        <translation>編集したメッセージを送信</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Search, or type a model name and press Enter</source>
        <translation>検索するか、モデル名を入力して Enter</translation>
    </message>
    <message>
        <source>Search models or type a model name</source>
        <translation>モデルを検索するか、モデル名を入力</translation>
    </message>
    <message>
        <source>Loading the model list</source>
        <translation>モデル一覧を読み込み中</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>No listed model matches. Press Enter to use “%1”.</source>
        <translation>一覧に一致するモデルはありません。Enter を押すと「%1」を使用します。</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation>モデル一覧を更新</translation>
    </message>
</context>
<context>
    <name>ModelSwitcher</name>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>プロバイダー：%1</translation>
    </message>
    <message>
        <source>The conversation so far is kept and sent to the model you choose.</source>
        <translation>これまでの会話は保持され、選択したモデルに送信されます。</translation>
    </message>
    <message>
        <source>Switch the model</source>
        <translation>モデルを切り替え</translation>
    </message>
</context>
<context>
    <name>NetworkPane</name>
    <message>
        <source>Online.</source>
        <translation>オンライン。</translation>
    </message>
    <message>
        <source>No offline detection on this system: Confab notices a lost connection when a request fails.</source>
        <translation>このシステムではオフライン検出を利用できません：接続の切断はリクエストが失敗したときに検知します。</translation>
    </message>
    <message>
        <source>You are offline. Servers on this computer still work.</source>
        <translation>オフラインです。このコンピューター上のサーバーは引き続き使用できます。</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation>システムのプロキシ設定を使用</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>Manual proxy (servers on this computer are reached directly)</source>
        <translation>手動プロキシ（このコンピューター上のサーバーには直接接続）</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>プロキシの種類</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>プロキシホスト</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>プロキシポート</translation>
    </message>
    <message>
        <source>Extra certificate authority</source>
        <translation>追加の認証局</translation>
    </message>
    <message>
        <source>Path to a PEM or DER file (empty: only the system&apos;s)</source>
        <translation>PEM または DER ファイルのパス（空欄：システムの認証局のみ）</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>認証局ファイル</translation>
    </message>
    <message>
        <source>How Confab reaches providers on the internet. Applied at once.</source>
        <translation>Confab がインターネット上のプロバイダーに接続する方法。すぐに適用されます。</translation>
    </message>
    <message>
        <source>For a company proxy or a server with its own certificate; the system&apos;s authorities are always trusted.</source>
        <translation>社内プロキシや独自の証明書を持つサーバー向けです。システムの認証局は常に信頼されます。</translation>
    </message>
</context>
<context>
    <name>ParametersDrawer</name>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Presets: %1</source>
        <translation>プリセット：%1</translation>
    </message>
    <message>
        <source>No saved presets</source>
        <translation>保存済みのプリセットなし</translation>
    </message>
    <message>
        <source>Saved system prompts</source>
        <translation>保存済みのシステムプロンプト</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Use the selected system prompt</source>
        <translation>選択したシステムプロンプトを使用</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected system prompt preset</source>
        <translation>選択したシステムプロンプトのプリセットを削除</translation>
    </message>
    <message>
        <source>Instructions the model gets before the conversation</source>
        <translation>会話の前にモデルに与える指示</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>プリセット名</translation>
    </message>
    <message>
        <source>Name for the new system prompt preset</source>
        <translation>新しいシステムプロンプトのプリセットの名前</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>プリセットとして保存</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>プロバイダーの既定値</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>Maximum answer length in tokens</source>
        <translation>回答の最大長（トークン数）</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>推論の強さ</translation>
    </message>
    <message>
        <source>Off (where the model allows it)</source>
        <translation>オフ（モデルが対応している場合）</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Use as defaults</source>
        <translation>既定値にする</translation>
    </message>
    <message>
        <source>Saves the system prompt under the preset name</source>
        <translation>システムプロンプトをプリセット名で保存します</translation>
    </message>
    <message>
        <source>Provider default temperature</source>
        <translation>プロバイダーの既定の温度</translation>
    </message>
    <message>
        <source>Provider default top p</source>
        <translation>プロバイダーの既定の top p</translation>
    </message>
    <message>
        <source>Sets these parameters to the defaults from the settings</source>
        <translation>これらのパラメーターを設定の既定値に戻します</translation>
    </message>
    <message>
        <source>Use as defaults for new conversations</source>
        <translation>新しい会話の既定値にする</translation>
    </message>
</context>
<context>
    <name>PresetCard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PresetListModel</name>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation>その他の OpenAI 互換サーバー</translation>
    </message>
    <message>
        <source>GPT models, with an API key from OpenAI</source>
        <translation>GPT モデル。OpenAI の API キーが必要です</translation>
    </message>
    <message>
        <source>Claude models, with an API key from Anthropic</source>
        <translation>Claude モデル。Anthropic の API キーが必要です</translation>
    </message>
    <message>
        <source>Gemini models, with an API key from Google AI Studio</source>
        <translation>Gemini モデル。Google AI Studio の API キーが必要です</translation>
    </message>
    <message>
        <source>Models running on this computer with Ollama</source>
        <translation>このコンピューターの Ollama で動くモデル</translation>
    </message>
    <message>
        <source>Hundreds of models from many providers, with one key</source>
        <translation>多数のプロバイダーの数百のモデルを 1 つのキーで</translation>
    </message>
    <message>
        <source>Open models on fast hosted hardware</source>
        <translation>高速なホスト型ハードウェア上のオープン モデル</translation>
    </message>
    <message>
        <source>Mistral&apos;s models, with an API key from Mistral AI</source>
        <translation>Mistral のモデル。Mistral AI の API キーが必要です</translation>
    </message>
    <message>
        <source>DeepSeek&apos;s chat and reasoning models</source>
        <translation>DeepSeek のチャット モデルと推論モデル</translation>
    </message>
    <message>
        <source>Open models hosted by Together AI</source>
        <translation>Together AI がホストするオープン モデル</translation>
    </message>
    <message>
        <source>Grok models, with an API key from xAI</source>
        <translation>Grok モデル。xAI の API キーが必要です</translation>
    </message>
    <message>
        <source>Models running on this computer in LM Studio</source>
        <translation>このコンピューターの LM Studio で動くモデル</translation>
    </message>
    <message>
        <source>A llama.cpp server on this computer</source>
        <translation>このコンピューターの llama.cpp サーバー</translation>
    </message>
    <message>
        <source>A vLLM server on this computer</source>
        <translation>このコンピューターの vLLM サーバー</translation>
    </message>
    <message>
        <source>A LiteLLM proxy in front of other providers</source>
        <translation>他のプロバイダーの前段に置く LiteLLM プロキシ</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI chat API</source>
        <translation>OpenAI のチャット API に対応した任意のサーバー</translation>
    </message>
</context>
<context>
    <name>ProviderDraft</name>
    <message>
        <source>Enter the server&apos;s base URL, for example http://localhost:8080/v1.</source>
        <translation>サーバーのベース URL を入力してください（例：http://localhost:8080/v1）。</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a server.</source>
        <translation>ベース URL は http:// または https:// で始まり、サーバー名を含む必要があります。</translation>
    </message>
    <message>
        <source>Put credentials in the API key field, not in the URL.</source>
        <translation>認証情報は URL ではなく API キー欄に入力してください。</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>API キーを入力してください。</translation>
    </message>
    <message>
        <source>Allow keeping keys in a plain file first, or choose another place for the key.</source>
        <translation>先にキーをプレーンファイルに保存することを許可するか、キーの別の保存先を選択してください。</translation>
    </message>
    <message>
        <source>Enter the name of the environment variable that holds the key.</source>
        <translation>キーを格納した環境変数の名前を入力してください。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>環境変数 %1 が設定されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available.</source>
        <translation>
            <numerusform>接続しました。%n 個のモデルが利用できます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Add a provider</source>
        <translation>プロバイダーを追加</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>プロバイダー名</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8080/v1</source>
        <translation>例：http://localhost:8080/v1</translation>
    </message>
    <message>
        <source>Leave empty for %1</source>
        <translation>空欄の場合は %1</translation>
    </message>
    <message>
        <source>Extra headers (one “Name: value” per line)</source>
        <translation>追加ヘッダー（1 行に 1 つずつ「Name: value」）</translation>
    </message>
    <message>
        <source>X-Title: Confab</source>
        <translation>X-Title: Confab</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>追加ヘッダー</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation>プロバイダーを保存</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>A server on this computer: Confab finds it at its usual address.</source>
        <translation>このコンピューター上のサーバーです。Confab は通常のアドレスで見つけます。</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI chat API: give its address.</source>
        <translation>OpenAI のチャット API に対応した任意のサーバーです。アドレスを入力してください。</translation>
    </message>
    <message>
        <source>A service on the internet: it needs an API key from its website.</source>
        <translation>インターネット上のサービスです。その Web サイトで取得した API キーが必要です。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Only if the server was started with one.</source>
        <translation>サーバーをキー付きで起動した場合のみ。</translation>
    </message>
    <message>
        <source>Where the key is kept: it never goes into the settings file.</source>
        <translation>キーの保存先です。設定ファイルには決して書き込まれません。</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Advanced: shown</source>
        <translation>詳細設定: 表示中</translation>
    </message>
    <message>
        <source>Advanced: hidden</source>
        <translation>詳細設定: 非表示</translation>
    </message>
    <message>
        <source>Base URL, extra headers, and a key for local servers</source>
        <translation>ベース URL、追加ヘッダー、ローカル サーバーのキー</translation>
    </message>
    <message>
        <source>Rarely needed: a different address, or headers a proxy or gateway asks for.</source>
        <translation>通常は不要です。別のアドレスや、プロキシやゲートウェイが求めるヘッダーを指定します。</translation>
    </message>
</context>
<context>
    <name>ProviderModelSection</name>
    <message>
        <source>Connection test and default model</source>
        <translation>接続テストと既定のモデル</translation>
    </message>
    <message>
        <source>The test asks the server for its models, with the values as typed.</source>
        <translation>入力した値でサーバーにモデルの一覧を問い合わせます。</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>テストをキャンセル</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>接続をテストしています</translation>
    </message>
    <message>
        <source>Default model: %1</source>
        <translation>既定のモデル: %1</translation>
    </message>
    <message>
        <source>Default model: the first one the server lists</source>
        <translation>既定のモデル: サーバーが最初に挙げるもの</translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>The settings export has a provider without a unique id.</source>
        <translation>設定のエクスポートに、一意の ID を持たないプロバイダーがあります。</translation>
    </message>
</context>
<context>
    <name>ProviderRow</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1（既定）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>既定にする</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Delete it and its key?</source>
        <translation>プロバイダーとキーを削除しますか？</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 を残す</translation>
    </message>
    <message>
        <source>Make default: %1</source>
        <translation>既定にする：%1</translation>
    </message>
    <message>
        <source>Delete %1 and its key</source>
        <translation>%1 とそのキーを削除</translation>
    </message>
</context>
<context>
    <name>QuestionDelegate</name>
    <message>
        <source>You: %1</source>
        <translation>あなた：%1</translation>
    </message>
</context>
<context>
    <name>QuickSetupForm</name>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back to the list of providers</source>
        <translation>プロバイダーの一覧に戻る</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>%1 に接続</translation>
    </message>
    <message>
        <source>Confab connects to %1 on this computer. Start the server first; no key is needed.</source>
        <translation>Confab はこのコンピューターの %1 に接続します。先にサーバーを起動してください。キーは不要です。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8080/v1</source>
        <translation>例: http://localhost:8080/v1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website</source>
        <translation>プロバイダーの Web サイトで取得した API キーを貼り付け</translation>
    </message>
    <message>
        <source>API key: optional, only if the server asks for one</source>
        <translation>API キー: 任意。サーバーが求める場合のみ</translation>
    </message>
    <message>
        <source>The key is read from %1, which is set.</source>
        <translation>キーは設定済みの %1 から読み込みます。</translation>
    </message>
    <message>
        <source>No keychain is available here: the key is kept until Confab quits. Settings has other places for it.</source>
        <translation>ここではキーチェーンを利用できません。キーは Confab の終了まで保持されます。設定で別の保存先を選べます。</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain.</source>
        <translation>キーはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connect and save</source>
        <translation>接続して保存</translation>
    </message>
    <message>
        <source>Tests the connection, then saves the provider</source>
        <translation>接続をテストしてからプロバイダーを保存します</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>それでも保存</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>接続をテストしています</translation>
    </message>
</context>
<context>
    <name>ReasoningSection</name>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>Shown; press to hide</source>
        <translation>表示中。押すと非表示</translation>
    </message>
    <message>
        <source>Hidden; press to show</source>
        <translation>非表示。押すと表示</translation>
    </message>
</context>
<context>
    <name>ResultImage</name>
    <message>
        <source>Images of type %1 are not shown.</source>
        <translation>%1 形式の画像は表示されません。</translation>
    </message>
    <message>
        <source>The image is too large to show.</source>
        <translation>画像が大きすぎて表示できません。</translation>
    </message>
    <message>
        <source>The image data is not valid base64.</source>
        <translation>画像データが有効な base64 ではありません。</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>画像を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>画像を読み取れませんでした：%1</translation>
    </message>
</context>
<context>
    <name>ServerToolsView</name>
    <message>
        <source>Offer %1 to the model</source>
        <translation>%1 をモデルに提供</translation>
    </message>
    <message>
        <source>says it only reads</source>
        <translation>読み取りのみ（自己申告）</translation>
    </message>
    <message>
        <source>may change or delete things</source>
        <translation>変更や削除を行う可能性あり</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>再確認する</translation>
    </message>
    <message>
        <source>Ask before each call of %1 again</source>
        <translation>%1 の呼び出しごとに再び確認する</translation>
    </message>
    <message>
        <source>Needs MCP tasks, which Confab does not support.</source>
        <translation>Confab が対応していない MCP タスクが必要です。</translation>
    </message>
    <message>
        <source>Changed since you approved it; you will be asked again:</source>
        <translation>承認後に変更されたため、再度確認が求められます：</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>ログはまだありません。</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>サーバーログ</translation>
    </message>
</context>
<context>
    <name>SettingsExport</name>
    <message>
        <source>This file is not a Confab settings export.</source>
        <translation>このファイルは Confab の設定エクスポートではありません。</translation>
    </message>
    <message>
        <source>This settings export comes from a newer Confab; update Confab to import it.</source>
        <translation>この設定エクスポートは新しい Confab で作成されています。インポートするには Confab を更新してください。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした：%2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>No provider yet. Add one with “Add provider…” below: OpenAI, Anthropic, Google Gemini, a local Ollama or llama.cpp, or any OpenAI-compatible server.</source>
        <translation>プロバイダーがまだありません。下の「プロバイダーを追加…」から追加してください：OpenAI、Anthropic、Google Gemini、ローカルの Ollama や llama.cpp、または OpenAI 互換の任意のサーバー。</translation>
    </message>
    <message>
        <source>Add provider…</source>
        <translation>プロバイダーを追加…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Back to the chat</source>
        <translation>チャットに戻る</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>プロバイダーを追加</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Back to the chat (Esc)</source>
        <translation>チャットに戻る (Esc)</translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation>Confab について</translation>
    </message>
    <message>
        <source>Where the answers come from: services on the internet, or model servers on this computer. New conversations use the default one.</source>
        <translation>回答の取得先です。インターネット上のサービスか、このコンピューター上のモデル サーバーです。新しい会話では既定のものを使います。</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>改行</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Up (empty message box)</source>
        <translation>↑（メッセージ欄が空のとき）</translation>
    </message>
    <message>
        <source>Edit your last message</source>
        <translation>最後のメッセージを編集</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in the conversation</source>
        <translation>会話内を検索</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>最後の回答を再生成</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>最後の回答をコピー</translation>
    </message>
    <message>
        <source>F1, Ctrl+/</source>
        <translation>F1、Ctrl+/</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>このヘルプ</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Stop the answer; close a dialog, the find bar or the settings</source>
        <translation>回答を停止、ダイアログ・検索バー・設定を閉じる</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Go to the conversation history (again: hide it)</source>
        <translation>会話履歴へ移動（もう一度押すと非表示）</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search the conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo deleting a conversation</source>
        <translation>会話の削除を元に戻す</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous control, also out of a text field</source>
        <translation>次または前のコントロールへ（テキスト欄からも移動）</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Enter、Space</translation>
    </message>
    <message>
        <source>Press the focused button</source>
        <translation>フォーカスのあるボタンを押す</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>↑、↓</translation>
    </message>
    <message>
        <source>Move in a list: messages, conversations, models</source>
        <translation>リスト内を移動：メッセージ、会話、モデル</translation>
    </message>
    <message>
        <source>PageUp, PageDown, Home, End</source>
        <translation>PageUp、PageDown、Home、End</translation>
    </message>
    <message>
        <source>Scroll the conversation (when it has the focus)</source>
        <translation>会話をスクロール（フォーカスがあるとき）</translation>
    </message>
    <message>
        <source>Enter (history)</source>
        <translation>Enter（履歴）</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>会話を開く</translation>
    </message>
    <message>
        <source>F2 (history)</source>
        <translation>F2（履歴）</translation>
    </message>
    <message>
        <source>Rename the conversation</source>
        <translation>会話の名前を変更</translation>
    </message>
    <message>
        <source>Delete (history)</source>
        <translation>Delete（履歴）</translation>
    </message>
    <message>
        <source>Delete the conversation</source>
        <translation>会話を削除</translation>
    </message>
    <message>
        <source>Menu, Shift+F10 (history)</source>
        <translation>Menu、Shift+F10（履歴）</translation>
    </message>
    <message>
        <source>The conversation&apos;s menu</source>
        <translation>会話のメニュー</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>StdioTransport</name>
    <message>
        <source>Cannot find the program &quot;%1&quot; in the server&apos;s PATH.</source>
        <translation>サーバーの PATH にプログラム「%1」が見つかりません。</translation>
    </message>
    <message>
        <source>Could not start the server &quot;%1&quot;: %2</source>
        <translation>サーバー「%1」を起動できませんでした：%2</translation>
    </message>
    <message>
        <source>The server stopped unexpectedly (it crashed or was killed).</source>
        <translation>サーバーが予期せず停止しました（クラッシュしたか、強制終了されました）。</translation>
    </message>
    <message>
        <source>The server exited (code %1).</source>
        <translation>サーバーが終了しました（コード %1）。</translation>
    </message>
    <message>
        <source>The server sent a message of %1 MB; the limit is %2 MB.</source>
        <translation>サーバーが %1 MB のメッセージを送信しました。上限は %2 MB です。</translation>
    </message>
    <message>
        <source>The server wrote something that is not JSON-RPC on its standard output; it must write only MCP messages there.</source>
        <translation>サーバーが標準出力に JSON-RPC ではないデータを書き込みました。標準出力には MCP メッセージだけを書き込む必要があります。</translation>
    </message>
</context>
<context>
    <name>TitleGenerator</name>
    <message>
        <source>No model is configured for titles.</source>
        <translation>タイトル用のモデルが設定されていません。</translation>
    </message>
    <message>
        <source>The model answered without a title.</source>
        <translation>モデルがタイトルなしで応答しました。</translation>
    </message>
</context>
<context>
    <name>ToolApprovalCard</name>
    <message>
        <source>Approve %1 on %2</source>
        <translation>%2 の %1 を承認</translation>
    </message>
    <message>
        <source>Run %1 on %2 with these arguments? You can change them first.</source>
        <translation>%2 の %1 をこの引数で実行しますか？ 実行前に引数を変更できます。</translation>
    </message>
    <message>
        <source>This tool changed since you last approved it. Its definition now differs like this:</source>
        <translation>このツールは前回の承認後に変更されています。定義の変更点は次のとおりです：</translation>
    </message>
    <message>
        <source>What changed in the tool</source>
        <translation>ツールの変更点</translation>
    </message>
    <message>
        <source>Arguments for %1, as JSON (editable)</source>
        <translation>%1 の引数（JSON、編集可）</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>今回のみ許可</translation>
    </message>
    <message>
        <source>Allow %1 once</source>
        <translation>%1 を今回のみ許可</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>常に許可</translation>
    </message>
    <message>
        <source>Always allow %1 on %2</source>
        <translation>%2 の %1 を常に許可</translation>
    </message>
    <message>
        <source>Runs %1 on %2 without asking from now on, until the tool changes</source>
        <translation>今後はツールが変更されるまで、確認なしで %2 の %1 を実行します</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>%1 を拒否</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Tool call: %1</source>
        <translation>ツール呼び出し：%1</translation>
    </message>
    <message>
        <source>called</source>
        <translation>呼び出し済み</translation>
    </message>
    <message>
        <source>calling…</source>
        <translation>呼び出し中…</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
</context>
<context>
    <name>ToolLabels</name>
    <message>
        <source>Waits for the call above</source>
        <translation>上の呼び出しを待機中</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>承認を待っています</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Denied: the model was told so</source>
        <translation>拒否：モデルに通知しました</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>Not run: the model asked for a tool it was not offered</source>
        <translation>未実行：モデルが提供されていないツールを要求しました</translation>
    </message>
    <message>
        <source>Not run: this answer reached its limit of tool rounds</source>
        <translation>未実行：この回答のツール実行回数の上限に達しました</translation>
    </message>
    <message>
        <source>Not run: Confab closed before it finished</source>
        <translation>未実行：完了前に Confab が終了しました</translation>
    </message>
    <message>
        <source>allowed once</source>
        <translation>今回のみ許可</translation>
    </message>
    <message>
        <source>always allowed</source>
        <translation>常に許可</translation>
    </message>
    <message>
        <source>trusted server</source>
        <translation>信頼済みサーバー</translation>
    </message>
    <message>
        <source>allowed without asking</source>
        <translation>確認なしで許可</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Needs your confirmation</source>
        <translation>確認が必要</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
</context>
<context>
    <name>ToolResultView</name>
    <message>
        <source>The tool reported an error:</source>
        <translation>ツールがエラーを報告しました：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>整形表示</translation>
    </message>
    <message>
        <source>Show the result as plain text</source>
        <translation>結果をプレーンテキストで表示</translation>
    </message>
    <message>
        <source>Show the result formatted as Markdown</source>
        <translation>結果を Markdown として整形して表示</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>ツールの結果</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n characters</source>
        <translation>
            <numerusform>全 %n 文字を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Image from the tool (%1)</source>
        <translation>ツールからの画像（%1）</translation>
    </message>
</context>
<context>
    <name>ToolRunDelegate</name>
    <message>
        <source>Tool call %1 on %2: %3</source>
        <translation>%2 のツール呼び出し %1：%3</translation>
    </message>
    <message>
        <source>⚙ %1 on %2</source>
        <translation>⚙ %2 の %1</translation>
    </message>
    <message>
        <source>⚙ %1</source>
        <translation>⚙ %1</translation>
    </message>
    <message>
        <source>The tool is running</source>
        <translation>ツールを実行中です</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Careful: this tool hides text from you. %1</source>
        <translation>注意：このツールはテキストを隠しています。%1</translation>
    </message>
    <message>
        <source>Arguments (changed by you)</source>
        <translation>引数（ユーザーが変更）</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
</context>
<context>
    <name>ToolRunner</name>
    <message>
        <source>Hidden character %1 in %2</source>
        <translation>%2 に隠し文字 %1 があります</translation>
    </message>
    <message>
        <source>The server %1 did not start in time.</source>
        <translation>サーバー %1 が時間内に起動しませんでした。</translation>
    </message>
    <message>
        <source>The model&apos;s arguments are not a JSON object.</source>
        <translation>モデルの引数が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>This call is not waiting for approval.</source>
        <translation>この呼び出しは承認待ちではありません。</translation>
    </message>
    <message>
        <source>The server %1 runs only after you confirm its command in Settings → Tools.</source>
        <translation>サーバー %1 は、設定 → ツールでコマンドを確認するまで実行されません。</translation>
    </message>
    <message>
        <source>The server %1 is turned off.</source>
        <translation>サーバー %1 はオフになっています。</translation>
    </message>
    <message>
        <source>The server %1 is not working: %2</source>
        <translation>サーバー %1 が正常に動作していません：%2</translation>
    </message>
    <message>
        <source>The server %1 is not running.</source>
        <translation>サーバー %1 は実行されていません。</translation>
    </message>
    <message>
        <source>The user stopped the answer.</source>
        <translation>ユーザーが回答を停止しました。</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>%1 文字目が有効な JSON ではありません：%2</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object ({ … }).</source>
        <translation>引数は JSON オブジェクト（{ … }）である必要があります。</translation>
    </message>
</context>
<context>
    <name>ToolSecrets</name>
    <message>
        <source>The keychain could not be read (%1): the tool servers&apos; environment values and headers are kept for this session only.</source>
        <translation>キーチェーンを読み取れませんでした（%1）：ツールサーバーの環境変数の値とヘッダーはこのセッション中のみ保持されます。</translation>
    </message>
    <message>
        <source>The keychain could not be written (%1): the tool servers&apos; environment values and headers are kept for this session only.</source>
        <translation>キーチェーンに書き込めませんでした（%1）：ツールサーバーの環境変数の値とヘッダーはこのセッション中のみ保持されます。</translation>
    </message>
</context>
<context>
    <name>ToolServerDraft</name>
    <message>
        <source>Line %1 of the headers is not “Name: value”.</source>
        <translation>ヘッダーの %1 行目が「Name: value」の形式ではありません。</translation>
    </message>
    <message>
        <source>Line %1 of the environment is not NAME=value.</source>
        <translation>環境変数の %1 行目が NAME=value の形式ではありません。</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>サーバーに名前を付けてください。</translation>
    </message>
    <message>
        <source>Enter the command that starts the server.</source>
        <translation>サーバーを起動するコマンドを入力してください。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s http:// or https:// address.</source>
        <translation>サーバーの http:// または https:// アドレスを入力してください。</translation>
    </message>
</context>
<context>
    <name>ToolServerEditor</name>
    <message>
        <source>Add a tool server</source>
        <translation>ツールサーバーを追加</translation>
    </message>
    <message>
        <source>Edit the tool server</source>
        <translation>ツールサーバーを編集</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>A program on this computer (stdio)</source>
        <translation>このコンピューター上のプログラム（stdio）</translation>
    </message>
    <message>
        <source>A server at an address (HTTP)</source>
        <translation>アドレスで指定するサーバー（HTTP）</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>npx, uvx, node, or the path of a program</source>
        <translation>npx、uvx、node、またはプログラムのパス</translation>
    </message>
    <message>
        <source>Arguments, one per line</source>
        <translation>引数（1 行に 1 つ）</translation>
    </message>
    <message>
        <source>Environment variables, NAME=value per line (kept in the keychain)</source>
        <translation>環境変数（1 行に 1 つ NAME=value、キーチェーンに保存）</translation>
    </message>
    <message>
        <source>Environment variables, NAME=value per line</source>
        <translation>環境変数（1 行に 1 つ NAME=value）</translation>
    </message>
    <message>
        <source>Working folder (optional)</source>
        <translation>作業フォルダー（任意）</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>作業フォルダー</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Headers, “Name: value” per line (kept in the keychain)</source>
        <translation>ヘッダー（1 行に 1 つ「Name: value」、キーチェーンに保存）</translation>
    </message>
    <message>
        <source>Headers, Name: value per line</source>
        <translation>ヘッダー（1 行に 1 つ Name: value）</translation>
    </message>
    <message>
        <source>Time limit per call (seconds)</source>
        <translation>呼び出しごとの制限時間（秒）</translation>
    </message>
    <message>
        <source>Time limit per call in seconds</source>
        <translation>呼び出しごとの制限時間（秒単位）</translation>
    </message>
    <message>
        <source>Nothing runs when you save: Confab shows you what it will run and starts it once you confirm.</source>
        <translation>保存しても何も実行されません：Confab が実行内容を表示し、確認後に起動します。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>A program Confab starts on this computer, or a server it reaches at an address.</source>
        <translation>Confab がこのコンピューターで起動するプログラム、またはアドレスで接続するサーバーです。</translation>
    </message>
    <message>
        <source>Where the server answers, and the headers it needs. Header values are kept in the keychain.</source>
        <translation>サーバーが応答する場所と、必要なヘッダーです。ヘッダーの値はキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>What Confab runs, with its arguments and environment. Environment values are kept in the keychain.</source>
        <translation>Confab が実行するもの、その引数と環境です。環境変数の値はキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>A call that takes longer is stopped and the model is told so.</source>
        <translation>これより長くかかる呼び出しは停止され、モデルにそのことが伝えられます。</translation>
    </message>
</context>
<context>
    <name>ToolServerRow</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n tool(s)</source>
        <translation>
            <numerusform>%1 · %2 · ツール %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 を使用</translation>
    </message>
    <message>
        <source>It has not run yet as it is now: look at what it runs and confirm it first.</source>
        <translation>現在の設定ではまだ実行されていません：実行内容を確認して承認してください。</translation>
    </message>
    <message>
        <source>Review and start…</source>
        <translation>確認して起動…</translation>
    </message>
    <message>
        <source>Review what %1 runs and start it</source>
        <translation>%1 の実行内容を確認して起動</translation>
    </message>
    <message>
        <source>Hide tools and log</source>
        <translation>ツールとログを隠す</translation>
    </message>
    <message>
        <source>Tools and log</source>
        <translation>ツールとログ</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 を再起動</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Remove it, its secrets and its approvals?</source>
        <translation>サーバーとその機密情報、承認をすべて削除しますか？</translation>
    </message>
    <message>
        <source>Yes, remove %1</source>
        <translation>はい、%1 を削除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 を残す</translation>
    </message>
    <message>
        <source>Trust this server: run all its tools without asking</source>
        <translation>このサーバーを信頼：すべてのツールを確認なしで実行</translation>
    </message>
    <message>
        <source>Review and start %1…</source>
        <translation>%1 を確認して起動…</translation>
    </message>
    <message>
        <source>Hide tools and log of %1</source>
        <translation>%1 のツールとログを隠す</translation>
    </message>
    <message>
        <source>Tools and log of %1</source>
        <translation>%1 のツールとログ</translation>
    </message>
</context>
<context>
    <name>ToolServers</name>
    <message>
        <source>Hidden character %1 in %2</source>
        <translation>%2 に隠し文字 %1 があります</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s). None is enabled yet: enable one to see what it runs and confirm it.</source>
        <translation>
            <numerusform>%n 個のサーバーをインポートしました。まだどれも有効になっていません：有効にすると実行内容が表示されるので、確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) changed since you approved them.</source>
        <translation>
            <numerusform>%n 個のツールが承認後に変更されました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) contain hidden characters.</source>
        <translation>
            <numerusform>%n 個のツールに隠し文字が含まれています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolsPane</name>
    <message>
        <source>Tool servers (MCP) give the model tools, such as reading files or searching. Confab asks you before every call unless you allow a tool for good or trust its server.</source>
        <translation>ツールサーバー（MCP）は、ファイルの読み取りや検索などのツールをモデルに提供します。ツールを常に許可するかサーバーを信頼しない限り、Confab は呼び出しのたびに確認します。</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>ツールサーバー</translation>
    </message>
    <message>
        <source>No tool server yet. Add one, or import the mcpServers file of Claude Desktop, Cursor, LM Studio or VS Code.</source>
        <translation>ツールサーバーがまだありません。追加するか、Claude Desktop、Cursor、LM Studio、VS Code の mcpServers ファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>ツールサーバーを追加</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Import tool servers from an mcpServers JSON file</source>
        <translation>mcpServers JSON ファイルからツールサーバーをインポート</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Export the tool servers as an mcpServers JSON file, without secrets</source>
        <translation>ツールサーバーを mcpServers JSON ファイルとしてエクスポート（機密情報を除く）</translation>
    </message>
    <message>
        <source>Import tool servers</source>
        <translation>ツールサーバーをインポート</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>mcpServers JSON (*.json)</source>
        <translation>mcpServers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export tool servers</source>
        <translation>ツールサーバーをエクスポート</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add a tool server…</source>
        <translation>ツールサーバーを追加…</translation>
    </message>
</context>
</TS>
