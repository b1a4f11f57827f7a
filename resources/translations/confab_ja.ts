<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>A11y</name>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerDelegate</name>
    <message>
        <source>The model refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is still coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerError</name>
    <message>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings to fix this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send without attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerLabels</name>
    <message>
        <source>Rate limited by the provider. Wait a moment, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is too long for this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by the provider&apos;s content filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is overloaded. Retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: the server could not be reached or the connection broke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped responding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something Confab could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer ended before it was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this answer was streaming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer reached the length limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 → %L2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token %L1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not accept the API key. Check the key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key may not use this model. Check the key or choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: check the base URL and the model name in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment could not be sent: this model may not read it, or it is too large. Send the question without its attachments, or choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyStorage</name>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Keep the key for this session only, or read it from an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the system keychain (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this session only (forgotten when Confab quits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it from an environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable name, e.g. OPENAI_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set in Confab&apos;s environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a plain file (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow keeping keys in a plain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key is stored; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: optional, only if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppInfo</name>
    <message>
        <source>Drawn by the graphics card (OpenGL: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer: no OpenGL driver could be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, because OpenGL here (%1) is drawn by the processor, not a graphics card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, as chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by the graphics card (OpenGL), as chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, as the environment asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by the graphics card (OpenGL), as the environment asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer (no display).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes as its text: send it as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes as a PDF: send its text instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentDropArea</name>
    <message>
        <source>Drop files to attach them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentIntake</name>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to attach (images and PDFs up to %2, text files up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has too many pixels to open safely (at most %2 megapixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image, a PDF or a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was read. Attach it again when it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text that could be extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Send without the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockAccessibility</name>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatAnnouncer</name>
    <message>
        <source>Answer stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer finished. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>%1 does not read images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the provider or model for this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another provider or model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system prompt and parameters of this conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Jump to the latest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliTools</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call: %1 (not a tool of these servers: not run)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Tool call: %1 on %2
%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: hidden character %1 in the tool&apos;s %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(allowed by --yes)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(allowed for this run)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it? [y] yes, [a] always for this tool in this run, [n] no: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
No terminal to ask on: not run (use --yes to allow every call).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arguments are not a JSON object: not run.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool reported an error:
%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:
%1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable until a provider is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files (or paste, or drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither a Confab export nor a ChatGPT conversations.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was exported by a newer version of Confab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation &quot;%1&quot; has a malformed message tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation &quot;%1&quot; has a message of unknown role or state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image not imported]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran %1 on %2 with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Month section of the history list, e.g. &quot;November 2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>The integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database was made by a newer version of Confab (schema %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 is unreadable and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation history is damaged (%1). At the next start Confab moves the file aside, keeping it, and starts a new history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the conversation history: %1. Your changes are kept and saving is retried.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationTools</name>
    <message>
        <source>Tools: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools the model may use in this conversation: %1 of %2 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which tool servers this conversation offers the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tool(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the tools of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tool server settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete this message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message and every message after it, on all of its versions, will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What can I help with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers from %1 at %2 stream in here. Press Enter to send, Shift+Enter for a new line, Esc to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings (Ctrl+,) and add a provider: OpenAI, Anthropic, Google Gemini, Ollama, LM Studio, llama.cpp, OpenRouter or any OpenAI-compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunOfferPage</name>
    <message>
        <source>Welcome to Confab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for model servers on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab found these. Pick one to start chatting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model server is running here and no API key is set in the environment. Add a provider to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 — %n model(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with the key in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the welcome; it is not shown again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPane</name>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default provider for new conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model for new conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults for new conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a model write conversation titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title model (empty: the conversation&apos;s model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and import (API keys are never included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export settings to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import settings from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Takes effect when Confab is started again.</source>
        <translation>Confab の次回起動時に反映されます。</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>The conversation history could not be read, so Confab started a new one. The old file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported all conversations to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDelegate</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <source>Confab JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab or ChatGPT export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Conversation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySearchDelegate</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryUndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an event larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something that is not JSON-RPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another site (%1); Confab does not follow it, as the request may carry secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused access (HTTP %1). Check the headers configured for it, such as Authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke and the server could not resume it (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke before the server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended its answer without a response.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab will connect to this address and send these headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab will run this program with these arguments and this environment. Only confirm what you recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changed since you last confirmed it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Open this link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab only opens http and https links. This one was not opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Confab — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is offline. Local servers still work; cloud providers will answer again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpCli</name>
    <message>
        <source>Server: %1 %2 (MCP %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: hidden character %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(needs tasks, which Confab does not support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks to a Model Context Protocol server.

  confab-cli mcp list (--stdio &quot;CMD ARGS&quot; | --url URL) [options]
  confab-cli mcp call (--stdio &quot;CMD ARGS&quot; | --url URL) [options] TOOL [JSON|-]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the server with this command (split like a shell, never run by one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamable HTTP endpoint of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP header &quot;Name: value&quot; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE for the server&apos;s environment, or NAME to pass ours on (repeatable). Nothing else of our environment reaches it but PATH, HOME, the locale and such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working folder of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), legacy or modern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the server&apos;s log and progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say list or call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --stdio or --url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stdio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env takes NAME=VALUE or NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url takes an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--protocol takes auto, legacy or modern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call takes TOOL and, optionally, its arguments as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the arguments from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arguments must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confab-cli mcp: interrupted
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpClient</name>
    <message>
        <source>The server connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server speaks MCP %1; Confab speaks %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs features Confab does not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not speak MCP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s session ended and a new one could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server kept asking to retry the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for input Confab cannot give yet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a result of an unknown type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s tool result is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpCommandLine</name>
    <message>
        <source>The command ends with a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpConfigFile</name>
    <message>
        <source>The file is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;mcpServers&quot; (or &quot;servers&quot;) object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its envFile is not read: add the variables it needs by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the URL is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was set up for the older HTTP+SSE transport; Confab speaks Streamable HTTP to the same URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: neither a command nor a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses ${…} placeholders, which Confab does not fill in: replace them with the values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpRpcSession</name>
    <message>
        <source>The server is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a message that is not JSON-RPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time (%1 s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends it again as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for a new version of this answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageAttachments</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Edited message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the edited message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Search, or type a model name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search models or type a model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No listed model matches. Press Enter to use “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelSwitcher</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation so far is kept and sent to the model you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPane</name>
    <message>
        <source>Online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offline detection on this system: Confab notices a lost connection when a request fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. Servers on this computer still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual proxy (servers on this computer are reached directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to a PEM or DER file (empty: only the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParametersDrawer</name>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved system prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the selected system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected system prompt preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions the model gets before the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the new system prompt preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum answer length in tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (where the model allows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the system prompt under the preset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider default temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider default top p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets these parameters to the defaults from the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as defaults for new conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDraft</name>
    <message>
        <source>Enter the server&apos;s base URL, for example http://localhost:8080/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put credentials in the API key field, not in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow keeping keys in a plain file first, or choose another place for the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the environment variable that holds the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Add a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. http://localhost:8080/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers (one “Name: value” per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Title: Confab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model: the first one the server lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>The settings export has a provider without a unique id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderRow</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it and its key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and its key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionDelegate</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasoningSection</name>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown; press to hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden; press to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultImage</name>
    <message>
        <source>Images of type %1 are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image data is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerToolsView</name>
    <message>
        <source>Offer %1 to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says it only reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may change or delete things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before each call of %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs MCP tasks, which Confab does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since you approved it; you will be asked again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsExport</name>
    <message>
        <source>This file is not a Confab settings export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This settings export comes from a newer Confab; update Confab to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider yet. Add one with “Add provider…” below: OpenAI, Anthropic, Google Gemini, a local Ollama or llama.cpp, or any OpenAI-compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up (empty message box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1, Ctrl+/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the answer; close a dialog, the find bar or the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the conversation history (again: hide it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo deleting a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous control, also out of a text field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the focused button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move in a list: messages, conversations, models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PageUp, PageDown, Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the conversation (when it has the focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 (history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu, Shift+F10 (history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation&apos;s menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StdioTransport</name>
    <message>
        <source>Cannot find the program &quot;%1&quot; in the server&apos;s PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the server &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped unexpectedly (it crashed or was killed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server exited (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a message of %1 MB; the limit is %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wrote something that is not JSON-RPC on its standard output; it must write only MCP messages there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitleGenerator</name>
    <message>
        <source>No model is configured for titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model answered without a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolApprovalCard</name>
    <message>
        <source>Approve %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 on %2 with these arguments? You can change them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool changed since you last approved it. Its definition now differs like this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments for %1, as JSON (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1 once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always allow %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs %1 on %2 without asking from now on, until the tool changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Tool call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolLabels</name>
    <message>
        <source>Waits for the call above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: the model was told so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the model asked for a tool it was not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: this answer reached its limit of tool rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: Confab closed before it finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolResultView</name>
    <message>
        <source>The tool reported an error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the result as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the result formatted as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Image from the tool (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolRunDelegate</name>
    <message>
        <source>Tool call %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚙ %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚙ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful: this tool hides text from you. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments (changed by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolRunner</name>
    <message>
        <source>Hidden character %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not start in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s arguments are not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call is not waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 runs only after you confirm its command in Settings → Tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 is not working: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user stopped the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arguments must be a JSON object ({ … }).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolSecrets</name>
    <message>
        <source>The keychain could not be read (%1): the tool servers&apos; environment values and headers are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be written (%1): the tool servers&apos; environment values and headers are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolServerDraft</name>
    <message>
        <source>Line %1 of the headers is not “Name: value”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the environment is not NAME=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the command that starts the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolServerEditor</name>
    <message>
        <source>Add a tool server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the tool server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program on this computer (stdio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server at an address (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npx, uvx, node, or the path of a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables, NAME=value per line (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables, NAME=value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working folder (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers, “Name: value” per line (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers, Name: value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit per call (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit per call in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing runs when you save: Confab shows you what it will run and starts it once you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolServerRow</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n tool(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not run yet as it is now: look at what it runs and confirm it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review what %1 runs and start it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide tools and log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools and log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the tools and log of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tools and log of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it, its secrets and its approvals?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this server: run all its tools without asking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolServers</name>
    <message>
        <source>Hidden character %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s). None is enabled yet: enable one to see what it runs and confirm it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) changed since you approved them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) contain hidden characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolsPane</name>
    <message>
        <source>Tool servers (MCP) give the model tools, such as reading files or searching. Confab asks you before every call unless you allow a tool for good or trust its server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tool server yet. Add one, or import the mcpServers file of Claude Desktop, Cursor, LM Studio or VS Code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import tool servers from an mcpServers JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the tool servers as an mcpServers JSON file, without secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import tool servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcpServers JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tool servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
