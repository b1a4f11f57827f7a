<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>A11y</name>
    <message>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Confab</source>
        <translation>关于 Confab</translation>
    </message>
    <message>
        <source>Version %1, with Qt %2</source>
        <translation>版本 %1，使用 Qt %2</translation>
    </message>
    <message>
        <source>A desktop chat client for language models. Free software under the MIT licence.</source>
        <translation>面向语言模型的桌面聊天客户端。基于 MIT 许可证的自由软件。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Open in the browser: %1</source>
        <translation>在浏览器中打开：%1</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>致谢</translation>
    </message>
    <message>
        <source>Qt, by The Qt Company and contributors (LGPL 3)</source>
        <translation>Qt，由 The Qt Company 及贡献者开发（LGPL 3）</translation>
    </message>
    <message>
        <source>md4c, the Markdown parser, by Martin Mitáš (MIT)</source>
        <translation>md4c，Markdown 解析器，作者 Martin Mitáš（MIT）</translation>
    </message>
    <message>
        <source>QtKeychain, by Frank Osterfeld and contributors (BSD 3-Clause)</source>
        <translation>QtKeychain，由 Frank Osterfeld 及贡献者开发（BSD 3-Clause）</translation>
    </message>
    <message>
        <source>Lucide icons, by the Lucide contributors (ISC; some from Feather, MIT)</source>
        <translation>Lucide 图标，由 Lucide 贡献者制作（ISC；部分来自 Feather，MIT）</translation>
    </message>
    <message>
        <source>Hide the icon licence</source>
        <translation>隐藏图标许可证</translation>
    </message>
    <message>
        <source>Show the icon licence</source>
        <translation>显示图标许可证</translation>
    </message>
    <message>
        <source>Icon licence</source>
        <translation>图标许可证</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>关闭“关于”</translation>
    </message>
</context>
<context>
    <name>AnswerDelegate</name>
    <message>
        <source>The model refused: %1</source>
        <translation>模型拒绝回答：%1</translation>
    </message>
    <message>
        <source>The answer is still coming</source>
        <translation>回答仍在生成中</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>正在等待回答</translation>
    </message>
    <message>
        <source>Answer from %1</source>
        <translation>来自 %1 的回答</translation>
    </message>
</context>
<context>
    <name>AnswerError</name>
    <message>
        <source>Open settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Retry this answer</source>
        <translation>重试此回答</translation>
    </message>
    <message>
        <source>Open settings to fix this</source>
        <translation>打开设置以修复此问题</translation>
    </message>
    <message>
        <source>Send without attachments</source>
        <translation>不带附件发送</translation>
    </message>
</context>
<context>
    <name>AnswerLabels</name>
    <message>
        <source>Rate limited by the provider. Wait a moment, then retry.</source>
        <translation>提供商限制了请求频率。请稍候再重试。</translation>
    </message>
    <message>
        <source>The provider rejected the request.</source>
        <translation>提供商拒绝了该请求。</translation>
    </message>
    <message>
        <source>The conversation is too long for this model.</source>
        <translation>对话过长，超出了此模型的限制。</translation>
    </message>
    <message>
        <source>Blocked by the provider&apos;s content filter.</source>
        <translation>已被提供商的内容过滤器拦截。</translation>
    </message>
    <message>
        <source>The provider is overloaded. Retry in a moment.</source>
        <translation>提供商负载过高。请稍后重试。</translation>
    </message>
    <message>
        <source>The provider had an internal error.</source>
        <translation>提供商发生内部错误。</translation>
    </message>
    <message>
        <source>Network error: the server could not be reached or the connection broke.</source>
        <translation>网络错误：无法连接到服务器，或连接已中断。</translation>
    </message>
    <message>
        <source>The server stopped responding.</source>
        <translation>服务器已停止响应。</translation>
    </message>
    <message>
        <source>The server sent something Confab could not read.</source>
        <translation>服务器发送了 Confab 无法读取的内容。</translation>
    </message>
    <message>
        <source>The answer ended before it was complete.</source>
        <translation>回答在完成前中断了。</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>回答失败。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this answer was streaming.</source>
        <translation>已中断：Confab 在此回答生成期间关闭了。</translation>
    </message>
    <message>
        <source>The answer reached the length limit.</source>
        <translation>回答已达到长度上限。</translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped the answer.</source>
        <translation>提供商的内容过滤器中止了回答。</translation>
    </message>
    <message>
        <source>%L1 → %L2 tokens</source>
        <translation>%L1 → %L2 token</translation>
    </message>
    <message>
        <source>first token %L1 s</source>
        <translation>首 token %L1 秒</translation>
    </message>
    <message>
        <source>%L1 tokens/s</source>
        <translation>%L1 token/秒</translation>
    </message>
    <message>
        <source>The provider did not accept the API key. Check the key in Settings.</source>
        <translation>提供商未接受该 API 密钥。请在设置中检查密钥。</translation>
    </message>
    <message>
        <source>This API key may not use this model. Check the key or choose another model.</source>
        <translation>此 API 密钥无权使用该模型。请检查密钥或选择其他模型。</translation>
    </message>
    <message>
        <source>Not found: check the base URL and the model name in Settings.</source>
        <translation>未找到：请在设置中检查基础 URL 和模型名称。</translation>
    </message>
    <message>
        <source>Still coming</source>
        <translation>仍在生成</translation>
    </message>
    <message>
        <source>An attachment could not be sent: this model may not read it, or it is too large. Send the question without its attachments, or choose another model.</source>
        <translation>无法发送附件：此模型可能无法读取它，或附件过大。请不带附件发送该问题，或选择其他模型。</translation>
    </message>
</context>
<context>
    <name>ApiKeyStorage</name>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Keep the key for this session only, or read it from an environment variable.</source>
        <translation>此系统上没有可用的密钥环（%1）。请仅在本次会话中保留密钥，或从环境变量读取。</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>密钥保存位置</translation>
    </message>
    <message>
        <source>In the system keychain (recommended)</source>
        <translation>系统密钥环中（推荐）</translation>
    </message>
    <message>
        <source>For this session only (forgotten when Confab quits)</source>
        <translation>仅限本次会话（Confab 退出后清除）</translation>
    </message>
    <message>
        <source>Read it from an environment variable</source>
        <translation>从环境变量读取</translation>
    </message>
    <message>
        <source>Variable name, e.g. OPENAI_API_KEY</source>
        <translation>变量名，例如 OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Environment variable with the key</source>
        <translation>存有密钥的环境变量</translation>
    </message>
    <message>
        <source>%1 is set.</source>
        <translation>%1 已设置。</translation>
    </message>
    <message>
        <source>%1 is not set in Confab&apos;s environment.</source>
        <translation>Confab 的环境中未设置 %1。</translation>
    </message>
    <message>
        <source>In a plain file (not encrypted)</source>
        <translation>明文文件中（未加密）</translation>
    </message>
    <message>
        <source>Allow keeping keys in a plain file</source>
        <translation>允许将密钥保存在明文文件中</translation>
    </message>
    <message>
        <source>An API key is stored; type a new one to replace it</source>
        <translation>已存储 API 密钥；输入新密钥即可替换</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website</source>
        <translation>粘贴提供商网站上的 API 密钥</translation>
    </message>
    <message>
        <source>API key: optional, only if the server asks for one</source>
        <translation>API 密钥：可选，仅在服务器要求时填写</translation>
    </message>
    <message>
        <source>In the system keychain (not available here)</source>
        <translation>系统密钥环中（此处不可用）</translation>
    </message>
</context>
<context>
    <name>AppInfo</name>
    <message>
        <source>Drawn by the graphics card (OpenGL: %1).</source>
        <translation>由显卡绘制（OpenGL：%1）。</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer: no OpenGL driver could be used.</source>
        <translation>由 Qt Quick 软件渲染器绘制：没有可用的 OpenGL 驱动程序。</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, because OpenGL here (%1) is drawn by the processor, not a graphics card.</source>
        <translation>由 Qt Quick 软件渲染器绘制，因为此处的 OpenGL（%1）由处理器而非显卡绘制。</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, as chosen in Settings.</source>
        <translation>按设置中的选择，由 Qt Quick 软件渲染器绘制。</translation>
    </message>
    <message>
        <source>Drawn by the graphics card (OpenGL), as chosen in Settings.</source>
        <translation>按设置中的选择，由显卡绘制（OpenGL）。</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, as the environment asks.</source>
        <translation>按运行环境的要求，由 Qt Quick 软件渲染器绘制。</translation>
    </message>
    <message>
        <source>Drawn by the graphics card (OpenGL), as the environment asks.</source>
        <translation>按运行环境的要求，由显卡绘制（OpenGL）。</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer (no display).</source>
        <translation>由 Qt Quick 软件渲染器绘制（无显示器）。</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>As text</source>
        <translation>作为文本</translation>
    </message>
    <message>
        <source>As PDF</source>
        <translation>作为 PDF</translation>
    </message>
    <message>
        <source>%1 goes as its text: send it as a PDF</source>
        <translation>%1 将以文本发送：改为以 PDF 发送</translation>
    </message>
    <message>
        <source>%1 goes as a PDF: send its text instead</source>
        <translation>%1 将以 PDF 发送：改为发送其文本</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>AttachmentDropArea</name>
    <message>
        <source>Drop files to attach them</source>
        <translation>拖放文件到此处以添加附件</translation>
    </message>
</context>
<context>
    <name>AttachmentIntake</name>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1 is too large to attach (images and PDFs up to %2, text files up to %3).</source>
        <translation>%1 过大，无法附加（图片和 PDF 最大 %2，文本文件最大 %3）。</translation>
    </message>
    <message>
        <source>%1 has too many pixels to open safely (at most %2 megapixels).</source>
        <translation>%1 像素过多，无法安全打开（最多 %2 百万像素）。</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete.</source>
        <translation>%1 已损坏或不完整。</translation>
    </message>
    <message>
        <source>%1 is not an image, a PDF or a text file.</source>
        <translation>%1 不是图片、PDF 或文本文件。</translation>
    </message>
    <message>
        <source>%1 changed while it was read. Attach it again when it is complete.</source>
        <translation>%1 在读取过程中发生了变化。请在其完整后重新附加。</translation>
    </message>
    <message>
        <source>%1 has no text that could be extracted.</source>
        <translation>%1 中没有可提取的文本。</translation>
    </message>
    <message>
        <source>The file of %1 is missing.</source>
        <translation>%1 的文件已丢失。</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Send without the images</source>
        <translation>不带图片发送</translation>
    </message>
    <message>
        <source>Remove the images</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>%1 of text</source>
        <translation>%1 文本</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the image</source>
        <translation>关闭图片</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>无法显示该图片。</translation>
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
        <translation>表格</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Code, %1</source>
        <translation>代码，%1</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>图片：</translation>
    </message>
</context>
<context>
    <name>ChatAnnouncer</name>
    <message>
        <source>Answer stopped</source>
        <translation>回答已停止</translation>
    </message>
    <message>
        <source>Answer failed: %1</source>
        <translation>回答失败：%1</translation>
    </message>
    <message>
        <source>Answer finished. %1</source>
        <translation>回答已完成。%1</translation>
    </message>
    <message>
        <source>Answer finished</source>
        <translation>回答已完成</translation>
    </message>
    <message>
        <source>Answer started</source>
        <translation>回答已开始</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>%1 does not read images.</source>
        <translation>%1 无法读取图片。</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Switch the provider or model for this conversation</source>
        <translation>切换此对话的提供商或模型</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新建对话</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation>键盘快捷键（F1）</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Choose another provider or model</source>
        <translation>选择其他提供商或模型</translation>
    </message>
    <message>
        <source>The system prompt and parameters of this conversation</source>
        <translation>此对话的系统提示词和参数</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>新建对话 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Parameters: the system prompt, temperature and more</source>
        <translation>参数：系统提示词、温度等</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>设置 (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Last answer copied</source>
        <translation>已复制最后一条回答</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>粘贴的图片.png</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *)</source>
        <translation>图片、PDF 和文本 (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *)</translation>
    </message>
</context>
<context>
    <name>CliTools</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Tool call: %1 (not a tool of these servers: not run)
</source>
        <translation>工具调用：%1（不是这些服务器的工具：未运行）
</translation>
    </message>
    <message>
        <source>
Tool call: %1 on %2
%3
</source>
        <translation>
工具调用：%2 上的 %1
%3
</translation>
    </message>
    <message>
        <source>Warning: hidden character %1 in the tool&apos;s %2
</source>
        <translation>警告：工具的 %2 中有隐藏字符 %1
</translation>
    </message>
    <message>
        <source>(allowed by --yes)
</source>
        <translation>（已通过 --yes 允许）
</translation>
    </message>
    <message>
        <source>(allowed for this run)
</source>
        <translation>（本次运行中已允许）
</translation>
    </message>
    <message>
        <source>Run it? [y] yes, [a] always for this tool in this run, [n] no: </source>
        <translation>要运行吗？[y] 是，[a] 本次运行中始终允许此工具，[n] 否： </translation>
    </message>
    <message>
        <source>
No terminal to ask on: not run (use --yes to allow every call).
</source>
        <translation>
没有可用于询问的终端：未运行（使用 --yes 可允许所有调用）。
</translation>
    </message>
    <message>
        <source>Denied.
</source>
        <translation>已拒绝。
</translation>
    </message>
    <message>
        <source>The arguments are not a JSON object: not run.
</source>
        <translation>参数不是 JSON 对象：未运行。
</translation>
    </message>
    <message>
        <source>The call failed: %1
</source>
        <translation>调用失败：%1
</translation>
    </message>
    <message>
        <source>The tool reported an error:
%1
</source>
        <translation>工具报告了错误：
%1
</translation>
    </message>
    <message>
        <source>Result:
%1
</source>
        <translation>结果：
%1
</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>复制代码</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message %1…</source>
        <translation>给 %1 发消息…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Unavailable until a provider is set up</source>
        <translation>设置提供商后方可使用</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Attach files (or paste, or drop them here)</source>
        <translation>附加文件（也可粘贴或拖放到此处）</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>停止回答 (Esc)</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>发送消息 (Enter)</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>助手（%1）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
    <message>
        <source>Tool call: %1</source>
        <translation>工具调用：%1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>该文件不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>The file is neither a Confab export nor a ChatGPT conversations.json.</source>
        <translation>该文件既不是 Confab 导出文件，也不是 ChatGPT 的 conversations.json。</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of Confab.</source>
        <translation>该文件由更新版本的 Confab 导出。</translation>
    </message>
    <message>
        <source>The file has no valid format version.</source>
        <translation>该文件没有有效的格式版本。</translation>
    </message>
    <message>
        <source>Conversation &quot;%1&quot; has a malformed message tree.</source>
        <translation>对话“%1”的消息树格式错误。</translation>
    </message>
    <message>
        <source>Conversation &quot;%1&quot; has a message of unknown role or state.</source>
        <translation>对话“%1”包含角色或状态未知的消息。</translation>
    </message>
    <message>
        <source>[image not imported]</source>
        <translation>[图片未导入]</translation>
    </message>
    <message>
        <source>Ran %1 on %2 with:</source>
        <translation>在 %2 上运行了 %1，参数为：</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>过去 30 天</translation>
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
        <translation>完整性检查失败：%1</translation>
    </message>
    <message>
        <source>The history database was made by a newer version of Confab (schema %1).</source>
        <translation>历史数据库由更新版本的 Confab 创建（架构 %1）。</translation>
    </message>
    <message>
        <source>The history database %1 is unreadable and could not be moved aside.</source>
        <translation>历史数据库 %1 无法读取，也无法移到别处。</translation>
    </message>
    <message>
        <source>The conversation history is damaged (%1). At the next start Confab moves the file aside, keeping it, and starts a new history.</source>
        <translation>对话历史已损坏（%1）。下次启动时，Confab 会将该文件移到别处保留，并开始新的历史记录。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>无法写入磁盘</translation>
    </message>
    <message>
        <source>the database is busy</source>
        <translation>数据库正忙</translation>
    </message>
    <message>
        <source>the database cannot be written</source>
        <translation>数据库无法写入</translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Could not save the conversation history: %1. Your changes are kept and saving is retried.</source>
        <translation>无法保存对话历史：%1。您的更改已保留，稍后将重试保存。</translation>
    </message>
</context>
<context>
    <name>ConversationTools</name>
    <message>
        <source>Tools: %1/%2</source>
        <translation>工具：%1/%2</translation>
    </message>
    <message>
        <source>Tools the model may use in this conversation: %1 of %2 servers</source>
        <translation>模型在此对话中可用的工具：%2 个服务器中的 %1 个</translation>
    </message>
    <message>
        <source>Choose which tool servers this conversation offers the model</source>
        <translation>选择此对话向模型提供哪些工具服务器</translation>
    </message>
    <message>
        <source>Tools in this conversation</source>
        <translation>此对话中的工具</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tool(s))</source>
        <translation>
            <numerusform>%1（%n 个工具）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Offer the tools of %1</source>
        <translation>提供 %1 的工具</translation>
    </message>
    <message>
        <source>Tool servers…</source>
        <translation>工具服务器…</translation>
    </message>
    <message>
        <source>Open the tool server settings</source>
        <translation>打开工具服务器设置</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete this message?</source>
        <translation>要删除此消息吗？</translation>
    </message>
    <message>
        <source>The message and every message after it, on all of its versions, will be deleted.</source>
        <translation>此消息及其之后的所有消息（包括所有版本）都将被删除。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What can I help with?</source>
        <translation>有什么可以帮您？</translation>
    </message>
    <message>
        <source>No provider is configured</source>
        <translation>尚未配置提供商</translation>
    </message>
    <message>
        <source>Open Settings (Ctrl+,) and add a provider: OpenAI, Anthropic, Google Gemini, Ollama, LM Studio, llama.cpp, OpenRouter or any OpenAI-compatible server.</source>
        <translation>打开设置（Ctrl+,）并添加提供商：OpenAI、Anthropic、Google Gemini、Ollama、LM Studio、llama.cpp、OpenRouter 或任何兼容 OpenAI 的服务器。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Press Enter to send, Shift+Enter for a new line and Esc to stop. F1 lists every shortcut.</source>
        <translation>按 Enter 发送，Shift+Enter 换行，Esc 停止。F1 列出所有快捷键。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>在对话中查找</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配项 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配项 (Enter)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏 (Esc)</translation>
    </message>
</context>
<context>
    <name>FirstRunOfferPage</name>
    <message>
        <source>Welcome to Confab</source>
        <translation>欢迎使用 Confab</translation>
    </message>
    <message>
        <source>Looking for model servers on this computer…</source>
        <translation>正在查找此计算机上的模型服务器…</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>正在搜索</translation>
    </message>
    <message>
        <source>Found providers</source>
        <translation>找到的提供商</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 — %n model(s)</source>
        <translation>
            <numerusform>%1（%2）— %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with the key in %2</source>
        <translation>%1（密钥位于 %2）</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Closes the welcome; it is not shown again</source>
        <translation>关闭欢迎页，以后不再显示</translation>
    </message>
    <message>
        <source>Chat with language models on this computer or online. Choose where the answers come from; you can add more later in Settings.</source>
        <translation>与本机或在线的语言模型聊天。请选择回答的来源；之后可在设置中添加更多。</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <translation>在本机上找到</translation>
    </message>
    <message>
        <source>No model server is running here and no API key is set in the environment.</source>
        <translation>此处没有正在运行的模型服务器，环境变量中也没有设置 API 密钥。</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Connect a provider</source>
        <translation>连接提供商</translation>
    </message>
    <message>
        <source>Full provider form…</source>
        <translation>完整的提供商表单…</translation>
    </message>
    <message>
        <source>Full provider form in Settings</source>
        <translation>设置中的完整的提供商表单</translation>
    </message>
    <message>
        <source>Every field, such as extra headers, in Settings</source>
        <translation>设置中的所有字段，例如额外请求头</translation>
    </message>
</context>
<context>
    <name>GeneralPane</name>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>文字大小（磅）</translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation>默认提供商</translation>
    </message>
    <message>
        <source>No provider yet</source>
        <translation>尚无提供商</translation>
    </message>
    <message>
        <source>Default provider for new conversations</source>
        <translation>新对话的默认提供商</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>Default model for new conversations</source>
        <translation>新对话的默认模型</translation>
    </message>
    <message>
        <source>Let a model write conversation titles</source>
        <translation>让模型生成对话标题</translation>
    </message>
    <message>
        <source>Title model (empty: the conversation&apos;s model)</source>
        <translation>标题模型（留空：使用对话的模型）</translation>
    </message>
    <message>
        <source>Model for titles</source>
        <translation>用于生成标题的模型</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Export settings to the file</source>
        <translation>将设置导出到文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>Import settings from the file</source>
        <translation>从文件导入设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Takes effect when Confab is started again.</source>
        <translation>将在下次启动 Confab 时生效。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Colours, text size and language of the whole window.</source>
        <translation>整个窗口的颜色、文字大小和语言。</translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>What a new conversation starts with; each conversation can change it.</source>
        <translation>新对话的初始设置；每个对话都可以更改。</translation>
    </message>
    <message>
        <source>Conversation titles</source>
        <translation>对话标题</translation>
    </message>
    <message>
        <source>A title is written from the first question; a model can write a better one.</source>
        <translation>标题取自第一个问题；模型可以写出更好的标题。</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>导出和导入</translation>
    </message>
    <message>
        <source>All settings in one file, to move them to another computer. API keys are never included.</source>
        <translation>将所有设置保存到一个文件，以便迁移到另一台计算机。绝不包含 API 密钥。</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>The conversation history could not be read, so Confab started a new one. The old file was kept as %1.</source>
        <translation>无法读取对话历史，因此 Confab 已开始新的历史记录。旧文件已保留为 %1。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Exported all conversations to %1</source>
        <translation>已将所有对话导出到 %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>已导入 %n 个对话</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDelegate</name>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>对话标题</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>%1 的操作</translation>
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
        <translation>导出</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Confab or ChatGPT export (*.json)</source>
        <translation>Confab 或 ChatGPT 导出文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>关闭此通知</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Conversation history</source>
        <translation>对话历史</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新建对话</translation>
    </message>
    <message>
        <source>History actions</source>
        <translation>历史记录操作</translation>
    </message>
    <message>
        <source>Import conversations…</source>
        <translation>导入对话…</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>导出所有对话…</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Your conversations will appear here.</source>
        <translation>您的对话将显示在这里。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>没有与“%1”匹配的对话。</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>已删除“%1”。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>新建对话 (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>HistoryRowMenu</name>
    <message>
        <source>Actions for %1</source>
        <translation>%1 的操作</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>HistorySearchDelegate</name>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
</context>
<context>
    <name>HistoryUndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>已删除“%1”</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>对话已删除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>撤销删除</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address is not an http or https URL.</source>
        <translation>服务器地址不是 http 或 https URL。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB.</source>
        <translation>服务器的响应超过了 %1 MB。</translation>
    </message>
    <message>
        <source>The server sent an event larger than %1 MB.</source>
        <translation>服务器发送的事件超过了 %1 MB。</translation>
    </message>
    <message>
        <source>The server sent something that is not JSON-RPC.</source>
        <translation>服务器发送了非 JSON-RPC 内容。</translation>
    </message>
    <message>
        <source>The server redirected to another site (%1); Confab does not follow it, as the request may carry secrets.</source>
        <translation>服务器重定向到了另一个站点（%1）；由于请求可能携带机密信息，Confab 不会跟随重定向。</translation>
    </message>
    <message>
        <source>The server&apos;s session has ended.</source>
        <translation>服务器的会话已结束。</translation>
    </message>
    <message>
        <source>The server refused access (HTTP %1). Check the headers configured for it, such as Authorization.</source>
        <translation>服务器拒绝访问（HTTP %1）。请检查为其配置的请求头，例如 Authorization。</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1, %2): %3</source>
        <translation>服务器返回了错误（HTTP %1，%2）：%3</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>服务器返回了 HTTP %1。</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>无法连接到服务器：%1</translation>
    </message>
    <message>
        <source>The connection broke and the server could not resume it (HTTP %1).</source>
        <translation>连接已中断，且服务器无法恢复连接（HTTP %1）。</translation>
    </message>
    <message>
        <source>The connection broke before the server answered: %1</source>
        <translation>服务器响应前连接已中断：%1</translation>
    </message>
    <message>
        <source>The server ended its answer without a response.</source>
        <translation>服务器结束了应答，但未给出响应。</translation>
    </message>
</context>
<context>
    <name>JumpToLatestButton</name>
    <message>
        <source>Jump to the latest message</source>
        <translation>跳到最新消息</translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>LaunchConfirmDialog</name>
    <message>
        <source>Start %1?</source>
        <translation>要启动 %1 吗？</translation>
    </message>
    <message>
        <source>Confab will connect to this address and send these headers:</source>
        <translation>Confab 将连接到此地址并发送以下请求头：</translation>
    </message>
    <message>
        <source>Confab will run this program with these arguments and this environment. Only confirm what you recognise.</source>
        <translation>Confab 将使用以下参数和环境运行此程序。请只确认您认识的内容。</translation>
    </message>
    <message>
        <source>What the server runs</source>
        <translation>服务器运行的内容</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>请求头：%1</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>命令：%1</translation>
    </message>
    <message>
        <source>Argument: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>环境变量：%1</translation>
    </message>
    <message>
        <source>Working folder: %1</source>
        <translation>工作目录：%1</translation>
    </message>
    <message>
        <source>This changed since you last confirmed it:</source>
        <translation>自您上次确认以来，以下内容已更改：</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Open this link?</source>
        <translation>要打开此链接吗？</translation>
    </message>
    <message>
        <source>Link blocked</source>
        <translation>链接已被拦截</translation>
    </message>
    <message>
        <source>Confab only opens http and https links. This one was not opened:
%1</source>
        <translation>Confab 只打开 http 和 https 链接。此链接未打开：
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
        <translation>此计算机已离线。本地服务器仍可使用；网络恢复后，云端提供商将恢复响应。</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>Message text</source>
        <translation>消息文本</translation>
    </message>
</context>
<context>
    <name>McpCli</name>
    <message>
        <source>Server: %1 %2 (MCP %3)
</source>
        <translation>服务器：%1 %2（MCP %3）
</translation>
    </message>
    <message>
        <source>Warning: hidden character %1 in %2</source>
        <translation>警告：%2 中有隐藏字符 %1</translation>
    </message>
    <message>
        <source>(needs tasks, which Confab does not support)</source>
        <translation>（需要 tasks 功能，Confab 不支持）</translation>
    </message>
    <message>
        <source>Talks to a Model Context Protocol server.

  confab-cli mcp list (--stdio &quot;CMD ARGS&quot; | --url URL) [options]
  confab-cli mcp call (--stdio &quot;CMD ARGS&quot; | --url URL) [options] TOOL [JSON|-]</source>
        <translation>与 Model Context Protocol 服务器通信。

  confab-cli mcp list (--stdio &quot;CMD ARGS&quot; | --url URL) [options]
  confab-cli mcp call (--stdio &quot;CMD ARGS&quot; | --url URL) [options] TOOL [JSON|-]</translation>
    </message>
    <message>
        <source>Start the server with this command (split like a shell, never run by one).</source>
        <translation>用此命令启动服务器（按 shell 规则拆分，但不经由 shell 运行）。</translation>
    </message>
    <message>
        <source>Streamable HTTP endpoint of the server.</source>
        <translation>服务器的 Streamable HTTP 端点。</translation>
    </message>
    <message>
        <source>HTTP header &quot;Name: value&quot; (repeatable).</source>
        <translation>HTTP 请求头 &quot;Name: value&quot;（可重复）。</translation>
    </message>
    <message>
        <source>NAME=VALUE for the server&apos;s environment, or NAME to pass ours on (repeatable). Nothing else of our environment reaches it but PATH, HOME, the locale and such.</source>
        <translation>服务器环境中的 NAME=VALUE，或用 NAME 传入本程序环境中的同名变量（可重复）。除 PATH、HOME、区域设置等之外，本程序环境中的其他内容都不会传给服务器。</translation>
    </message>
    <message>
        <source>Working folder of the server.</source>
        <translation>服务器的工作目录。</translation>
    </message>
    <message>
        <source>auto (default), legacy or modern.</source>
        <translation>auto（默认）、legacy 或 modern。</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (120).</source>
        <translation>等待响应的秒数（120）。</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list：输出 JSON。</translation>
    </message>
    <message>
        <source>Show the server&apos;s log and progress.</source>
        <translation>显示服务器的日志和进度。</translation>
    </message>
    <message>
        <source>list or call</source>
        <translation>list 或 call</translation>
    </message>
    <message>
        <source>Say list or call.</source>
        <translation>请指定 list 或 call。</translation>
    </message>
    <message>
        <source>Give either --stdio or --url.</source>
        <translation>请指定 --stdio 或 --url 其中之一。</translation>
    </message>
    <message>
        <source>--stdio: %1</source>
        <translation>--stdio：%1</translation>
    </message>
    <message>
        <source>--env takes NAME=VALUE or NAME.</source>
        <translation>--env 的值应为 NAME=VALUE 或 NAME。</translation>
    </message>
    <message>
        <source>--url takes an http or https URL.</source>
        <translation>--url 的值应为 http 或 https URL。</translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot;.</source>
        <translation>--header 的值应为 &quot;Name: value&quot;。</translation>
    </message>
    <message>
        <source>--protocol takes auto, legacy or modern.</source>
        <translation>--protocol 的值应为 auto、legacy 或 modern。</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds.</source>
        <translation>--timeout 的值应为正的秒数。</translation>
    </message>
    <message>
        <source>call takes TOOL and, optionally, its arguments as JSON.</source>
        <translation>call 需要 TOOL 参数，以及可选的 JSON 格式参数。</translation>
    </message>
    <message>
        <source>Cannot read the arguments from standard input.</source>
        <translation>无法从标准输入读取参数。</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object.</source>
        <translation>参数必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>list takes no further arguments.</source>
        <translation>list 不接受其他参数。</translation>
    </message>
    <message>
        <source>confab-cli mcp: interrupted
</source>
        <translation>confab-cli mcp：已中断
</translation>
    </message>
</context>
<context>
    <name>McpClient</name>
    <message>
        <source>The server connection was closed.</source>
        <translation>与服务器的连接已关闭。</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>服务器关闭了连接。</translation>
    </message>
    <message>
        <source>The server speaks MCP %1; Confab speaks %2.</source>
        <translation>服务器使用 MCP %1；Confab 使用 %2。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>The server needs features Confab does not offer.</source>
        <translation>服务器需要 Confab 不提供的功能。</translation>
    </message>
    <message>
        <source>The server does not speak MCP %1.</source>
        <translation>服务器不支持 MCP %1。</translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation>（无版本）</translation>
    </message>
    <message>
        <source>The server&apos;s session ended and a new one could not be started: %1</source>
        <translation>服务器的会话已结束，且无法启动新会话：%1</translation>
    </message>
    <message>
        <source>The server is not connected.</source>
        <translation>服务器未连接。</translation>
    </message>
    <message>
        <source>The server kept asking to retry the request.</source>
        <translation>服务器一直要求重试请求。</translation>
    </message>
    <message>
        <source>The server asks for input Confab cannot give yet (%1).</source>
        <translation>服务器要求提供 Confab 目前无法提供的输入（%1）。</translation>
    </message>
    <message>
        <source>The server sent a result of an unknown type.</source>
        <translation>服务器发送了未知类型的结果。</translation>
    </message>
    <message>
        <source>The server&apos;s tool result is not an object.</source>
        <translation>服务器返回的工具结果不是对象。</translation>
    </message>
</context>
<context>
    <name>McpCommandLine</name>
    <message>
        <source>The command ends with a backslash.</source>
        <translation>命令以反斜杠结尾。</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation>引号未闭合。</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>命令为空。</translation>
    </message>
</context>
<context>
    <name>McpConfigFile</name>
    <message>
        <source>The file is not a JSON object (%1).</source>
        <translation>该文件不是 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>The file has no &quot;mcpServers&quot; (or &quot;servers&quot;) object.</source>
        <translation>该文件中没有 &quot;mcpServers&quot;（或 &quot;servers&quot;）对象。</translation>
    </message>
    <message>
        <source>Its envFile is not read: add the variables it needs by hand.</source>
        <translation>不会读取其 envFile：请手动添加所需的变量。</translation>
    </message>
    <message>
        <source>%1: the URL is not an http or https address.</source>
        <translation>%1：该 URL 不是 http 或 https 地址。</translation>
    </message>
    <message>
        <source>It was set up for the older HTTP+SSE transport; Confab speaks Streamable HTTP to the same URL.</source>
        <translation>它是为旧版 HTTP+SSE 传输配置的；Confab 会对同一 URL 使用 Streamable HTTP。</translation>
    </message>
    <message>
        <source>%1: neither a command nor a URL.</source>
        <translation>%1：既不是命令也不是 URL。</translation>
    </message>
    <message>
        <source>It uses ${…} placeholders, which Confab does not fill in: replace them with the values.</source>
        <translation>它使用了 ${…} 占位符，Confab 不会填充这些占位符：请将其替换为实际值。</translation>
    </message>
</context>
<context>
    <name>McpRpcSession</name>
    <message>
        <source>The server is not connected.</source>
        <translation>服务器未连接。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server sent a message that is not JSON-RPC.</source>
        <translation>服务器发送了非 JSON-RPC 消息。</translation>
    </message>
    <message>
        <source>The server answered with an error (%1): %2</source>
        <translation>服务器返回了错误（%1）：%2</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1 s).</source>
        <translation>服务器未能及时响应（%1 秒）。</translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>第 %1 个版本，共 %2 个</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue this answer</source>
        <translation>继续此回答</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>删除此消息</translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation>复制此消息</translation>
    </message>
    <message>
        <source>As Markdown</source>
        <translation>以 Markdown 格式</translation>
    </message>
    <message>
        <source>Edit this message</source>
        <translation>编辑此消息</translation>
    </message>
    <message>
        <source>Sends it again as a new version</source>
        <translation>作为新版本重新发送</translation>
    </message>
    <message>
        <source>Asks for a new version of this answer</source>
        <translation>请求此回答的新版本</translation>
    </message>
    <message>
        <source>Regenerate (Ctrl+R)</source>
        <translation>重新生成 (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>MessageAttachments</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Edited message</source>
        <translation>编辑中的消息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the edited message</source>
        <translation>发送编辑后的消息</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Search, or type a model name and press Enter</source>
        <translation>搜索，或输入模型名称后按 Enter</translation>
    </message>
    <message>
        <source>Search models or type a model name</source>
        <translation>搜索模型或输入模型名称</translation>
    </message>
    <message>
        <source>Loading the model list</source>
        <translation>正在加载模型列表</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>No listed model matches. Press Enter to use “%1”.</source>
        <translation>列表中没有匹配的模型。按 Enter 使用“%1”。</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation>刷新模型列表</translation>
    </message>
</context>
<context>
    <name>ModelSwitcher</name>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>提供商：%1</translation>
    </message>
    <message>
        <source>The conversation so far is kept and sent to the model you choose.</source>
        <translation>目前的对话会保留，并发送给您选择的模型。</translation>
    </message>
    <message>
        <source>Switch the model</source>
        <translation>切换模型</translation>
    </message>
</context>
<context>
    <name>NetworkPane</name>
    <message>
        <source>Online.</source>
        <translation>在线。</translation>
    </message>
    <message>
        <source>No offline detection on this system: Confab notices a lost connection when a request fails.</source>
        <translation>此系统不支持离线检测：Confab 会在请求失败时发现连接已断开。</translation>
    </message>
    <message>
        <source>You are offline. Servers on this computer still work.</source>
        <translation>您已离线。此计算机上的服务器仍可使用。</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation>使用系统代理设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual proxy (servers on this computer are reached directly)</source>
        <translation>手动代理（直接连接此计算机上的服务器）</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>代理类型</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>Extra certificate authority</source>
        <translation>额外的证书颁发机构</translation>
    </message>
    <message>
        <source>Path to a PEM or DER file (empty: only the system&apos;s)</source>
        <translation>PEM 或 DER 文件的路径（留空：仅使用系统自带的）</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>证书颁发机构文件</translation>
    </message>
    <message>
        <source>How Confab reaches providers on the internet. Applied at once.</source>
        <translation>Confab 如何访问互联网上的提供商。立即生效。</translation>
    </message>
    <message>
        <source>For a company proxy or a server with its own certificate; the system&apos;s authorities are always trusted.</source>
        <translation>用于公司代理或使用自有证书的服务器；系统的证书颁发机构始终受信任。</translation>
    </message>
</context>
<context>
    <name>ParametersDrawer</name>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Presets: %1</source>
        <translation>预设：%1</translation>
    </message>
    <message>
        <source>No saved presets</source>
        <translation>没有已保存的预设</translation>
    </message>
    <message>
        <source>Saved system prompts</source>
        <translation>已保存的系统提示词</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Use the selected system prompt</source>
        <translation>使用所选的系统提示词</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected system prompt preset</source>
        <translation>删除所选的系统提示词预设</translation>
    </message>
    <message>
        <source>Instructions the model gets before the conversation</source>
        <translation>模型在对话开始前收到的指令</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>预设名称</translation>
    </message>
    <message>
        <source>Name for the new system prompt preset</source>
        <translation>新系统提示词预设的名称</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>保存为预设</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>提供商默认值</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>Maximum answer length in tokens</source>
        <translation>回答的最大长度（token 数）</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>推理强度</translation>
    </message>
    <message>
        <source>Off (where the model allows it)</source>
        <translation>关闭（如果模型允许）</translation>
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
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Use as defaults</source>
        <translation>设为默认值</translation>
    </message>
    <message>
        <source>Saves the system prompt under the preset name</source>
        <translation>以该预设名称保存系统提示词</translation>
    </message>
    <message>
        <source>Provider default temperature</source>
        <translation>提供商默认温度</translation>
    </message>
    <message>
        <source>Provider default top p</source>
        <translation>提供商默认 top p</translation>
    </message>
    <message>
        <source>Sets these parameters to the defaults from the settings</source>
        <translation>将这些参数恢复为设置中的默认值</translation>
    </message>
    <message>
        <source>Use as defaults for new conversations</source>
        <translation>设为新对话的默认值</translation>
    </message>
</context>
<context>
    <name>PresetCard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PresetListModel</name>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation>其他 OpenAI 兼容服务器</translation>
    </message>
    <message>
        <source>GPT models, with an API key from OpenAI</source>
        <translation>GPT 模型，需要 OpenAI 的 API 密钥</translation>
    </message>
    <message>
        <source>Claude models, with an API key from Anthropic</source>
        <translation>Claude 模型，需要 Anthropic 的 API 密钥</translation>
    </message>
    <message>
        <source>Gemini models, with an API key from Google AI Studio</source>
        <translation>Gemini 模型，需要 Google AI Studio 的 API 密钥</translation>
    </message>
    <message>
        <source>Models running on this computer with Ollama</source>
        <translation>在本机上通过 Ollama 运行的模型</translation>
    </message>
    <message>
        <source>Hundreds of models from many providers, with one key</source>
        <translation>一个密钥即可使用众多提供商的数百个模型</translation>
    </message>
    <message>
        <source>Open models on fast hosted hardware</source>
        <translation>在快速托管硬件上运行的开放模型</translation>
    </message>
    <message>
        <source>Mistral&apos;s models, with an API key from Mistral AI</source>
        <translation>Mistral 的模型，需要 Mistral AI 的 API 密钥</translation>
    </message>
    <message>
        <source>DeepSeek&apos;s chat and reasoning models</source>
        <translation>DeepSeek 的聊天和推理模型</translation>
    </message>
    <message>
        <source>Open models hosted by Together AI</source>
        <translation>由 Together AI 托管的开放模型</translation>
    </message>
    <message>
        <source>Grok models, with an API key from xAI</source>
        <translation>Grok 模型，需要 xAI 的 API 密钥</translation>
    </message>
    <message>
        <source>Models running on this computer in LM Studio</source>
        <translation>在本机上通过 LM Studio 运行的模型</translation>
    </message>
    <message>
        <source>A llama.cpp server on this computer</source>
        <translation>本机上的 llama.cpp 服务器</translation>
    </message>
    <message>
        <source>A vLLM server on this computer</source>
        <translation>本机上的 vLLM 服务器</translation>
    </message>
    <message>
        <source>A LiteLLM proxy in front of other providers</source>
        <translation>位于其他提供商前面的 LiteLLM 代理</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI chat API</source>
        <translation>任何支持 OpenAI 聊天 API 的服务器</translation>
    </message>
</context>
<context>
    <name>ProviderDraft</name>
    <message>
        <source>Enter the server&apos;s base URL, for example http://localhost:8080/v1.</source>
        <translation>请输入服务器的基础 URL，例如 http://localhost:8080/v1。</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a server.</source>
        <translation>基础 URL 必须以 http:// 或 https:// 开头，并包含服务器名称。</translation>
    </message>
    <message>
        <source>Put credentials in the API key field, not in the URL.</source>
        <translation>请将凭据填入 API 密钥字段，而不是 URL 中。</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>请输入 API 密钥。</translation>
    </message>
    <message>
        <source>Allow keeping keys in a plain file first, or choose another place for the key.</source>
        <translation>请先允许将密钥保存在明文文件中，或为密钥选择其他保存位置。</translation>
    </message>
    <message>
        <source>Enter the name of the environment variable that holds the key.</source>
        <translation>请输入存有密钥的环境变量名称。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>环境变量 %1 未设置。</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available.</source>
        <translation>
            <numerusform>已连接。有 %n 个模型可用。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Add a provider</source>
        <translation>添加提供商</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>提供商名称</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8080/v1</source>
        <translation>例如 http://localhost:8080/v1</translation>
    </message>
    <message>
        <source>Leave empty for %1</source>
        <translation>留空则使用 %1</translation>
    </message>
    <message>
        <source>Extra headers (one “Name: value” per line)</source>
        <translation>额外请求头（每行一个“Name: value”）</translation>
    </message>
    <message>
        <source>X-Title: Confab</source>
        <translation>X-Title: Confab</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>额外请求头</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation>保存提供商</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>A server on this computer: Confab finds it at its usual address.</source>
        <translation>本机上的服务器：Confab 会在其常用地址找到它。</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI chat API: give its address.</source>
        <translation>任何支持 OpenAI 聊天 API 的服务器：请填写其地址。</translation>
    </message>
    <message>
        <source>A service on the internet: it needs an API key from its website.</source>
        <translation>互联网上的服务：需要从其网站获取 API 密钥。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Only if the server was started with one.</source>
        <translation>仅当服务器启动时设置了密钥。</translation>
    </message>
    <message>
        <source>Where the key is kept: it never goes into the settings file.</source>
        <translation>密钥的保存位置：它绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Advanced: shown</source>
        <translation>高级：已显示</translation>
    </message>
    <message>
        <source>Advanced: hidden</source>
        <translation>高级：已隐藏</translation>
    </message>
    <message>
        <source>Base URL, extra headers, and a key for local servers</source>
        <translation>基础 URL、额外请求头以及本地服务器的密钥</translation>
    </message>
    <message>
        <source>Rarely needed: a different address, or headers a proxy or gateway asks for.</source>
        <translation>很少需要：其他地址，或代理、网关要求的请求头。</translation>
    </message>
</context>
<context>
    <name>ProviderModelSection</name>
    <message>
        <source>Connection test and default model</source>
        <translation>连接测试和默认模型</translation>
    </message>
    <message>
        <source>The test asks the server for its models, with the values as typed.</source>
        <translation>测试会用所填的值向服务器查询其模型。</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <source>Default model: %1</source>
        <translation>默认模型：%1</translation>
    </message>
    <message>
        <source>Default model: the first one the server lists</source>
        <translation>默认模型：服务器列出的第一个</translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>The settings export has a provider without a unique id.</source>
        <translation>设置导出文件中有提供商缺少唯一 ID。</translation>
    </message>
</context>
<context>
    <name>ProviderRow</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
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
        <translation>设为默认</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Delete it and its key?</source>
        <translation>要删除它及其密钥吗？</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <source>Make default: %1</source>
        <translation>设为默认：%1</translation>
    </message>
    <message>
        <source>Delete %1 and its key</source>
        <translation>删除 %1 及其密钥</translation>
    </message>
</context>
<context>
    <name>QuestionDelegate</name>
    <message>
        <source>You: %1</source>
        <translation>您：%1</translation>
    </message>
</context>
<context>
    <name>QuickSetupForm</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Back to the list of providers</source>
        <translation>返回提供商列表</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <source>Confab connects to %1 on this computer. Start the server first; no key is needed.</source>
        <translation>Confab 会连接本机上的 %1。请先启动服务器；无需密钥。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8080/v1</source>
        <translation>例如 http://localhost:8080/v1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website</source>
        <translation>粘贴从提供商网站获取的 API 密钥</translation>
    </message>
    <message>
        <source>API key: optional, only if the server asks for one</source>
        <translation>API 密钥：可选，仅当服务器要求时填写</translation>
    </message>
    <message>
        <source>The key is read from %1, which is set.</source>
        <translation>密钥从已设置的 %1 读取。</translation>
    </message>
    <message>
        <source>No keychain is available here: the key is kept until Confab quits. Settings has other places for it.</source>
        <translation>此处没有可用的密钥环：密钥会保留到 Confab 退出。设置中还有其他保存位置。</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain.</source>
        <translation>密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect and save</source>
        <translation>连接并保存</translation>
    </message>
    <message>
        <source>Tests the connection, then saves the provider</source>
        <translation>先测试连接，再保存提供商</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
</context>
<context>
    <name>ReasoningSection</name>
    <message>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
    <message>
        <source>Shown; press to hide</source>
        <translation>已显示；按下以隐藏</translation>
    </message>
    <message>
        <source>Hidden; press to show</source>
        <translation>已隐藏；按下以显示</translation>
    </message>
</context>
<context>
    <name>ResultImage</name>
    <message>
        <source>Images of type %1 are not shown.</source>
        <translation>不显示 %1 类型的图片。</translation>
    </message>
    <message>
        <source>The image is too large to show.</source>
        <translation>图片过大，无法显示。</translation>
    </message>
    <message>
        <source>The image data is not valid base64.</source>
        <translation>图片数据不是有效的 base64。</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>无法读取图片。</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>无法读取图片：%1</translation>
    </message>
</context>
<context>
    <name>ServerToolsView</name>
    <message>
        <source>Offer %1 to the model</source>
        <translation>向模型提供 %1</translation>
    </message>
    <message>
        <source>says it only reads</source>
        <translation>声明为只读</translation>
    </message>
    <message>
        <source>may change or delete things</source>
        <translation>可能修改或删除内容</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>重新询问</translation>
    </message>
    <message>
        <source>Ask before each call of %1 again</source>
        <translation>每次调用 %1 前重新询问</translation>
    </message>
    <message>
        <source>Needs MCP tasks, which Confab does not support.</source>
        <translation>需要 MCP tasks 功能，Confab 不支持。</translation>
    </message>
    <message>
        <source>Changed since you approved it; you will be asked again:</source>
        <translation>自您批准以来已更改；将再次询问您：</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>暂无日志。</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>服务器日志</translation>
    </message>
</context>
<context>
    <name>SettingsExport</name>
    <message>
        <source>This file is not a Confab settings export.</source>
        <translation>此文件不是 Confab 设置导出文件。</translation>
    </message>
    <message>
        <source>This settings export comes from a newer Confab; update Confab to import it.</source>
        <translation>此设置导出文件来自更新版本的 Confab；请更新 Confab 后再导入。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>No provider yet. Add one with “Add provider…” below: OpenAI, Anthropic, Google Gemini, a local Ollama or llama.cpp, or any OpenAI-compatible server.</source>
        <translation>尚无提供商。请使用下方的“添加提供商…”添加：OpenAI、Anthropic、Google Gemini、本地 Ollama 或 llama.cpp，或任何兼容 OpenAI 的服务器。</translation>
    </message>
    <message>
        <source>Add provider…</source>
        <translation>添加提供商…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Back to the chat</source>
        <translation>返回聊天</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>添加提供商</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Back to the chat (Esc)</source>
        <translation>返回聊天 (Esc)</translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation>关于 Confab</translation>
    </message>
    <message>
        <source>Where the answers come from: services on the internet, or model servers on this computer. New conversations use the default one.</source>
        <translation>回答的来源：互联网上的服务或本机上的模型服务器。新对话使用默认的那个。</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>换行</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Up (empty message box)</source>
        <translation>↑（消息框为空时）</translation>
    </message>
    <message>
        <source>Edit your last message</source>
        <translation>编辑您的上一条消息</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新建对话</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in the conversation</source>
        <translation>在对话中查找</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>重新生成最后一条回答</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>复制最后一条回答</translation>
    </message>
    <message>
        <source>F1, Ctrl+/</source>
        <translation>F1、Ctrl+/</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stop the answer; close a dialog, the find bar or the settings</source>
        <translation>停止回答；关闭对话框、查找栏或设置</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Go to the conversation history (again: hide it)</source>
        <translation>转到对话历史（再按一次：隐藏）</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search the conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo deleting a conversation</source>
        <translation>撤销删除对话</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous control, also out of a text field</source>
        <translation>下一个或上一个控件，也可跳出文本框</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Enter、空格</translation>
    </message>
    <message>
        <source>Press the focused button</source>
        <translation>按下获得焦点的按钮</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>↑、↓</translation>
    </message>
    <message>
        <source>Move in a list: messages, conversations, models</source>
        <translation>在列表中移动：消息、对话、模型</translation>
    </message>
    <message>
        <source>PageUp, PageDown, Home, End</source>
        <translation>PageUp、PageDown、Home、End</translation>
    </message>
    <message>
        <source>Scroll the conversation (when it has the focus)</source>
        <translation>滚动对话（对话获得焦点时）</translation>
    </message>
    <message>
        <source>Enter (history)</source>
        <translation>Enter（历史记录）</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>打开对话</translation>
    </message>
    <message>
        <source>F2 (history)</source>
        <translation>F2（历史记录）</translation>
    </message>
    <message>
        <source>Rename the conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <source>Delete (history)</source>
        <translation>Delete（历史记录）</translation>
    </message>
    <message>
        <source>Delete the conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <source>Menu, Shift+F10 (history)</source>
        <translation>Menu、Shift+F10（历史记录）</translation>
    </message>
    <message>
        <source>The conversation&apos;s menu</source>
        <translation>对话的菜单</translation>
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
        <translation>在服务器的 PATH 中找不到程序“%1”。</translation>
    </message>
    <message>
        <source>Could not start the server &quot;%1&quot;: %2</source>
        <translation>无法启动服务器“%1”：%2</translation>
    </message>
    <message>
        <source>The server stopped unexpectedly (it crashed or was killed).</source>
        <translation>服务器意外停止（崩溃或被终止）。</translation>
    </message>
    <message>
        <source>The server exited (code %1).</source>
        <translation>服务器已退出（代码 %1）。</translation>
    </message>
    <message>
        <source>The server sent a message of %1 MB; the limit is %2 MB.</source>
        <translation>服务器发送了 %1 MB 的消息；上限为 %2 MB。</translation>
    </message>
    <message>
        <source>The server wrote something that is not JSON-RPC on its standard output; it must write only MCP messages there.</source>
        <translation>服务器在其标准输出上写入了非 JSON-RPC 内容；标准输出只能用于写入 MCP 消息。</translation>
    </message>
</context>
<context>
    <name>TitleGenerator</name>
    <message>
        <source>No model is configured for titles.</source>
        <translation>未配置用于生成标题的模型。</translation>
    </message>
    <message>
        <source>The model answered without a title.</source>
        <translation>模型的回答中没有标题。</translation>
    </message>
</context>
<context>
    <name>ToolApprovalCard</name>
    <message>
        <source>Approve %1 on %2</source>
        <translation>批准 %2 上的 %1</translation>
    </message>
    <message>
        <source>Run %1 on %2 with these arguments? You can change them first.</source>
        <translation>要使用以下参数运行 %2 上的 %1 吗？您可以先修改参数。</translation>
    </message>
    <message>
        <source>This tool changed since you last approved it. Its definition now differs like this:</source>
        <translation>自您上次批准以来，此工具已更改。其定义的差异如下：</translation>
    </message>
    <message>
        <source>What changed in the tool</source>
        <translation>工具的更改内容</translation>
    </message>
    <message>
        <source>Arguments for %1, as JSON (editable)</source>
        <translation>%1 的参数，JSON 格式（可编辑）</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>允许一次</translation>
    </message>
    <message>
        <source>Allow %1 once</source>
        <translation>允许 %1 一次</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <source>Always allow %1 on %2</source>
        <translation>始终允许 %2 上的 %1</translation>
    </message>
    <message>
        <source>Runs %1 on %2 without asking from now on, until the tool changes</source>
        <translation>从现在起运行 %2 上的 %1 时不再询问，直到该工具发生更改</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>拒绝 %1</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Tool call: %1</source>
        <translation>工具调用：%1</translation>
    </message>
    <message>
        <source>called</source>
        <translation>已调用</translation>
    </message>
    <message>
        <source>calling…</source>
        <translation>正在调用…</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
</context>
<context>
    <name>ToolLabels</name>
    <message>
        <source>Waits for the call above</source>
        <translation>等待上方的调用</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>等待您的批准</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Denied: the model was told so</source>
        <translation>已拒绝：已告知模型</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Not run: the model asked for a tool it was not offered</source>
        <translation>未运行：模型请求了未向其提供的工具</translation>
    </message>
    <message>
        <source>Not run: this answer reached its limit of tool rounds</source>
        <translation>未运行：此回答已达到工具调用轮数上限</translation>
    </message>
    <message>
        <source>Not run: Confab closed before it finished</source>
        <translation>未运行：Confab 在完成前已关闭</translation>
    </message>
    <message>
        <source>allowed once</source>
        <translation>已允许一次</translation>
    </message>
    <message>
        <source>always allowed</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <source>trusted server</source>
        <translation>受信任的服务器</translation>
    </message>
    <message>
        <source>allowed without asking</source>
        <translation>无需询问即允许</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Needs your confirmation</source>
        <translation>需要您确认</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>ToolResultView</name>
    <message>
        <source>The tool reported an error:</source>
        <translation>工具报告了错误：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>格式化显示</translation>
    </message>
    <message>
        <source>Show the result as plain text</source>
        <translation>以纯文本显示结果</translation>
    </message>
    <message>
        <source>Show the result formatted as Markdown</source>
        <translation>以 Markdown 格式显示结果</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>工具结果</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n characters</source>
        <translation>
            <numerusform>显示全部 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Image from the tool (%1)</source>
        <translation>来自工具的图片（%1）</translation>
    </message>
</context>
<context>
    <name>ToolRunDelegate</name>
    <message>
        <source>Tool call %1 on %2: %3</source>
        <translation>%2 上的工具调用 %1：%3</translation>
    </message>
    <message>
        <source>⚙ %1 on %2</source>
        <translation>⚙ %2 上的 %1</translation>
    </message>
    <message>
        <source>⚙ %1</source>
        <translation>⚙ %1</translation>
    </message>
    <message>
        <source>The tool is running</source>
        <translation>工具正在运行</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Careful: this tool hides text from you. %1</source>
        <translation>注意：此工具向您隐藏了文本。%1</translation>
    </message>
    <message>
        <source>Arguments (changed by you)</source>
        <translation>参数（已由您修改）</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
</context>
<context>
    <name>ToolRunner</name>
    <message>
        <source>Hidden character %1 in %2</source>
        <translation>%2 中有隐藏字符 %1</translation>
    </message>
    <message>
        <source>The server %1 did not start in time.</source>
        <translation>服务器 %1 未能及时启动。</translation>
    </message>
    <message>
        <source>The model&apos;s arguments are not a JSON object.</source>
        <translation>模型给出的参数不是 JSON 对象。</translation>
    </message>
    <message>
        <source>This call is not waiting for approval.</source>
        <translation>此调用未在等待批准。</translation>
    </message>
    <message>
        <source>The server %1 runs only after you confirm its command in Settings → Tools.</source>
        <translation>服务器 %1 需要您在“设置 → 工具”中确认其命令后才会运行。</translation>
    </message>
    <message>
        <source>The server %1 is turned off.</source>
        <translation>服务器 %1 已停用。</translation>
    </message>
    <message>
        <source>The server %1 is not working: %2</source>
        <translation>服务器 %1 无法正常工作：%2</translation>
    </message>
    <message>
        <source>The server %1 is not running.</source>
        <translation>服务器 %1 未在运行。</translation>
    </message>
    <message>
        <source>The user stopped the answer.</source>
        <translation>用户停止了回答。</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>第 %1 个字符处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object ({ … }).</source>
        <translation>参数必须是 JSON 对象（{ … }）。</translation>
    </message>
</context>
<context>
    <name>ToolSecrets</name>
    <message>
        <source>The keychain could not be read (%1): the tool servers&apos; environment values and headers are kept for this session only.</source>
        <translation>无法读取密钥环（%1）：工具服务器的环境变量值和请求头仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The keychain could not be written (%1): the tool servers&apos; environment values and headers are kept for this session only.</source>
        <translation>无法写入密钥环（%1）：工具服务器的环境变量值和请求头仅在本次会话中保留。</translation>
    </message>
</context>
<context>
    <name>ToolServerDraft</name>
    <message>
        <source>Line %1 of the headers is not “Name: value”.</source>
        <translation>请求头的第 %1 行不是“Name: value”格式。</translation>
    </message>
    <message>
        <source>Line %1 of the environment is not NAME=value.</source>
        <translation>环境变量的第 %1 行不是 NAME=value 格式。</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>请为服务器命名。</translation>
    </message>
    <message>
        <source>Enter the command that starts the server.</source>
        <translation>请输入启动服务器的命令。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s http:// or https:// address.</source>
        <translation>请输入服务器的 http:// 或 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>ToolServerEditor</name>
    <message>
        <source>Add a tool server</source>
        <translation>添加工具服务器</translation>
    </message>
    <message>
        <source>Edit the tool server</source>
        <translation>编辑工具服务器</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>A program on this computer (stdio)</source>
        <translation>此计算机上的程序（stdio）</translation>
    </message>
    <message>
        <source>A server at an address (HTTP)</source>
        <translation>位于某个地址的服务器（HTTP）</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>npx, uvx, node, or the path of a program</source>
        <translation>npx、uvx、node 或程序路径</translation>
    </message>
    <message>
        <source>Arguments, one per line</source>
        <translation>参数，每行一个</translation>
    </message>
    <message>
        <source>Environment variables, NAME=value per line (kept in the keychain)</source>
        <translation>环境变量，每行一个 NAME=value（保存在密钥环中）</translation>
    </message>
    <message>
        <source>Environment variables, NAME=value per line</source>
        <translation>环境变量，每行一个 NAME=value</translation>
    </message>
    <message>
        <source>Working folder (optional)</source>
        <translation>工作目录（可选）</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Headers, “Name: value” per line (kept in the keychain)</source>
        <translation>请求头，每行一个“Name: value”（保存在密钥环中）</translation>
    </message>
    <message>
        <source>Headers, Name: value per line</source>
        <translation>请求头，每行一个 Name: value</translation>
    </message>
    <message>
        <source>Time limit per call (seconds)</source>
        <translation>每次调用的时间限制（秒）</translation>
    </message>
    <message>
        <source>Time limit per call in seconds</source>
        <translation>每次调用的时间限制，以秒为单位</translation>
    </message>
    <message>
        <source>Nothing runs when you save: Confab shows you what it will run and starts it once you confirm.</source>
        <translation>保存时不会运行任何内容：Confab 会先向您展示将要运行的内容，待您确认后再启动。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>A program Confab starts on this computer, or a server it reaches at an address.</source>
        <translation>Confab 在本机启动的程序，或通过地址访问的服务器。</translation>
    </message>
    <message>
        <source>Where the server answers, and the headers it needs. Header values are kept in the keychain.</source>
        <translation>服务器的应答地址及其所需的标头。标头的值保存在密钥环中。</translation>
    </message>
    <message>
        <source>What Confab runs, with its arguments and environment. Environment values are kept in the keychain.</source>
        <translation>Confab 运行的内容及其参数和环境。环境变量的值保存在密钥环中。</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>A call that takes longer is stopped and the model is told so.</source>
        <translation>超时的调用会被停止，并告知模型。</translation>
    </message>
</context>
<context>
    <name>ToolServerRow</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n tool(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 个工具</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>It has not run yet as it is now: look at what it runs and confirm it first.</source>
        <translation>它尚未以当前配置运行过：请先查看它将运行的内容并确认。</translation>
    </message>
    <message>
        <source>Review and start…</source>
        <translation>检查并启动…</translation>
    </message>
    <message>
        <source>Review what %1 runs and start it</source>
        <translation>检查 %1 运行的内容并启动</translation>
    </message>
    <message>
        <source>Hide tools and log</source>
        <translation>隐藏工具和日志</translation>
    </message>
    <message>
        <source>Tools and log</source>
        <translation>工具和日志</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>重启 %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Remove it, its secrets and its approvals?</source>
        <translation>要移除它及其机密信息和批准记录吗？</translation>
    </message>
    <message>
        <source>Yes, remove %1</source>
        <translation>是，移除 %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <source>Trust this server: run all its tools without asking</source>
        <translation>信任此服务器：运行其所有工具时不再询问</translation>
    </message>
    <message>
        <source>Review and start %1…</source>
        <translation>检查并启动 %1…</translation>
    </message>
    <message>
        <source>Hide tools and log of %1</source>
        <translation>隐藏 %1 的工具和日志</translation>
    </message>
    <message>
        <source>Tools and log of %1</source>
        <translation>%1 的工具和日志</translation>
    </message>
</context>
<context>
    <name>ToolServers</name>
    <message>
        <source>Hidden character %1 in %2</source>
        <translation>%2 中有隐藏字符 %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s). None is enabled yet: enable one to see what it runs and confirm it.</source>
        <translation>
            <numerusform>已导入 %n 个服务器。目前均未启用：启用服务器后即可查看其运行内容并进行确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) changed since you approved them.</source>
        <translation>
            <numerusform>%n 个工具自您批准以来已更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) contain hidden characters.</source>
        <translation>
            <numerusform>%n 个工具包含隐藏字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolsPane</name>
    <message>
        <source>Tool servers (MCP) give the model tools, such as reading files or searching. Confab asks you before every call unless you allow a tool for good or trust its server.</source>
        <translation>工具服务器（MCP）为模型提供工具，例如读取文件或搜索。每次调用前 Confab 都会询问您，除非您已始终允许该工具或信任其服务器。</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>工具服务器</translation>
    </message>
    <message>
        <source>No tool server yet. Add one, or import the mcpServers file of Claude Desktop, Cursor, LM Studio or VS Code.</source>
        <translation>尚无工具服务器。请添加一个，或导入 Claude Desktop、Cursor、LM Studio 或 VS Code 的 mcpServers 文件。</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>添加工具服务器</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import tool servers from an mcpServers JSON file</source>
        <translation>从 mcpServers JSON 文件导入工具服务器</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the tool servers as an mcpServers JSON file, without secrets</source>
        <translation>将工具服务器导出为 mcpServers JSON 文件（不含机密信息）</translation>
    </message>
    <message>
        <source>Import tool servers</source>
        <translation>导入工具服务器</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>mcpServers JSON (*.json)</source>
        <translation>mcpServers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export tool servers</source>
        <translation>导出工具服务器</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add a tool server…</source>
        <translation>添加工具服务器…</translation>
    </message>
</context>
</TS>
