<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>A11y</name>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Confab</source>
        <translation>Über Confab</translation>
    </message>
    <message>
        <source>Version %1, with Qt %2</source>
        <translation>Version %1, mit Qt %2</translation>
    </message>
    <message>
        <source>A desktop chat client for language models. Free software under the MIT licence.</source>
        <translation>Ein Desktop-Chatprogramm für Sprachmodelle. Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open in the browser: %1</source>
        <translation>Im Browser öffnen: %1</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Danksagungen</translation>
    </message>
    <message>
        <source>Qt, by The Qt Company and contributors (LGPL 3)</source>
        <translation>Qt, von The Qt Company und Mitwirkenden (LGPL 3)</translation>
    </message>
    <message>
        <source>md4c, the Markdown parser, by Martin Mitáš (MIT)</source>
        <translation>md4c, der Markdown-Parser, von Martin Mitáš (MIT)</translation>
    </message>
    <message>
        <source>QtKeychain, by Frank Osterfeld and contributors (BSD 3-Clause)</source>
        <translation>QtKeychain, von Frank Osterfeld und Mitwirkenden (BSD 3-Clause)</translation>
    </message>
    <message>
        <source>Lucide icons, by the Lucide contributors (ISC; some from Feather, MIT)</source>
        <translation>Lucide-Symbole, von den Lucide-Mitwirkenden (ISC; einige aus Feather, MIT)</translation>
    </message>
    <message>
        <source>Hide the icon licence</source>
        <translation>Symbol-Lizenz ausblenden</translation>
    </message>
    <message>
        <source>Show the icon licence</source>
        <translation>Symbol-Lizenz anzeigen</translation>
    </message>
    <message>
        <source>Icon licence</source>
        <translation>Symbol-Lizenz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>Info schließen</translation>
    </message>
</context>
<context>
    <name>AnswerDelegate</name>
    <message>
        <source>The model refused: %1</source>
        <translation>Das Modell hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The answer is still coming</source>
        <translation>Die Antwort kommt noch</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Warten auf die Antwort</translation>
    </message>
    <message>
        <source>Answer from %1</source>
        <translation>Antwort von %1</translation>
    </message>
</context>
<context>
    <name>AnswerError</name>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry this answer</source>
        <translation>Diese Antwort wiederholen</translation>
    </message>
    <message>
        <source>Open settings to fix this</source>
        <translation>Einstellungen öffnen, um das zu beheben</translation>
    </message>
    <message>
        <source>Send without attachments</source>
        <translation>Ohne Anhänge senden</translation>
    </message>
</context>
<context>
    <name>AnswerLabels</name>
    <message>
        <source>Rate limited by the provider. Wait a moment, then retry.</source>
        <translation>Vom Anbieter gedrosselt. Einen Moment warten, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The provider rejected the request.</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The conversation is too long for this model.</source>
        <translation>Die Unterhaltung ist für dieses Modell zu lang.</translation>
    </message>
    <message>
        <source>Blocked by the provider&apos;s content filter.</source>
        <translation>Vom Inhaltsfilter des Anbieters blockiert.</translation>
    </message>
    <message>
        <source>The provider is overloaded. Retry in a moment.</source>
        <translation>Der Anbieter ist überlastet. Gleich erneut versuchen.</translation>
    </message>
    <message>
        <source>The provider had an internal error.</source>
        <translation>Beim Anbieter ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Network error: the server could not be reached or the connection broke.</source>
        <translation>Netzwerkfehler: Der Server war nicht erreichbar oder die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <source>The server stopped responding.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The server sent something Confab could not read.</source>
        <translation>Der Server hat etwas gesendet, das Confab nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The answer ended before it was complete.</source>
        <translation>Die Antwort endete, bevor sie vollständig war.</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this answer was streaming.</source>
        <translation>Unterbrochen: Confab wurde beendet, während diese Antwort übertragen wurde.</translation>
    </message>
    <message>
        <source>The answer reached the length limit.</source>
        <translation>Die Antwort hat die Längenbegrenzung erreicht.</translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped the answer.</source>
        <translation>Der Inhaltsfilter des Anbieters hat die Antwort gestoppt.</translation>
    </message>
    <message>
        <source>%L1 → %L2 tokens</source>
        <translation>%L1 → %L2 Tokens</translation>
    </message>
    <message>
        <source>first token %L1 s</source>
        <translation>erstes Token %L1 s</translation>
    </message>
    <message>
        <source>%L1 tokens/s</source>
        <translation>%L1 Tokens/s</translation>
    </message>
    <message>
        <source>The provider did not accept the API key. Check the key in Settings.</source>
        <translation>Der Anbieter hat den API-Schlüssel nicht akzeptiert. Den Schlüssel in den Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>This API key may not use this model. Check the key or choose another model.</source>
        <translation>Dieser API-Schlüssel darf dieses Modell nicht verwenden. Den Schlüssel prüfen oder ein anderes Modell wählen.</translation>
    </message>
    <message>
        <source>Not found: check the base URL and the model name in Settings.</source>
        <translation>Nicht gefunden: Basis-URL und Modellnamen in den Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>Still coming</source>
        <translation>Kommt noch</translation>
    </message>
    <message>
        <source>An attachment could not be sent: this model may not read it, or it is too large. Send the question without its attachments, or choose another model.</source>
        <translation>Ein Anhang konnte nicht gesendet werden: Dieses Modell kann ihn möglicherweise nicht lesen, oder er ist zu groß. Die Frage ohne Anhänge senden oder ein anderes Modell wählen.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStorage</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Keep the key for this session only, or read it from an environment variable.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1). Den Schlüssel nur für diese Sitzung behalten oder aus einer Umgebungsvariable lesen.</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>Schlüssel aufbewahren</translation>
    </message>
    <message>
        <source>In the system keychain (recommended)</source>
        <translation>Im Schlüsselbund des Systems (empfohlen)</translation>
    </message>
    <message>
        <source>For this session only (forgotten when Confab quits)</source>
        <translation>Nur für diese Sitzung (beim Beenden von Confab vergessen)</translation>
    </message>
    <message>
        <source>Read it from an environment variable</source>
        <translation>Aus einer Umgebungsvariable lesen</translation>
    </message>
    <message>
        <source>Variable name, e.g. OPENAI_API_KEY</source>
        <translation>Variablenname, z. B. OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Environment variable with the key</source>
        <translation>Umgebungsvariable mit dem Schlüssel</translation>
    </message>
    <message>
        <source>%1 is set.</source>
        <translation>%1 ist gesetzt.</translation>
    </message>
    <message>
        <source>%1 is not set in Confab&apos;s environment.</source>
        <translation>%1 ist in der Umgebung von Confab nicht gesetzt.</translation>
    </message>
    <message>
        <source>In a plain file (not encrypted)</source>
        <translation>In einer einfachen Datei (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Allow keeping keys in a plain file</source>
        <translation>Schlüssel in einer einfachen Datei erlauben</translation>
    </message>
    <message>
        <source>An API key is stored; type a new one to replace it</source>
        <translation>Ein API-Schlüssel ist gespeichert; zum Ersetzen einen neuen eingeben</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website</source>
        <translation>API-Schlüssel von der Website des Anbieters einfügen</translation>
    </message>
    <message>
        <source>API key: optional, only if the server asks for one</source>
        <translation>API-Schlüssel: optional, nur wenn der Server einen verlangt</translation>
    </message>
    <message>
        <source>In the system keychain (not available here)</source>
        <translation>Im Schlüsselbund des Systems (hier nicht verfügbar)</translation>
    </message>
</context>
<context>
    <name>AppInfo</name>
    <message>
        <source>Drawn by the graphics card (OpenGL: %1).</source>
        <translation>Gerendert von der Grafikkarte (OpenGL: %1).</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer: no OpenGL driver could be used.</source>
        <translation>Gerendert vom Software-Renderer von Qt Quick: Kein OpenGL-Treiber konnte verwendet werden.</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, because OpenGL here (%1) is drawn by the processor, not a graphics card.</source>
        <translation>Gerendert vom Software-Renderer von Qt Quick, da OpenGL hier (%1) vom Prozessor statt von einer Grafikkarte gerendert wird.</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, as chosen in Settings.</source>
        <translation>Gerendert vom Software-Renderer von Qt Quick, wie in den Einstellungen gewählt.</translation>
    </message>
    <message>
        <source>Drawn by the graphics card (OpenGL), as chosen in Settings.</source>
        <translation>Gerendert von der Grafikkarte (OpenGL), wie in den Einstellungen gewählt.</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, as the environment asks.</source>
        <translation>Gerendert vom Software-Renderer von Qt Quick, wie von der Umgebung verlangt.</translation>
    </message>
    <message>
        <source>Drawn by the graphics card (OpenGL), as the environment asks.</source>
        <translation>Gerendert von der Grafikkarte (OpenGL), wie von der Umgebung verlangt.</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer (no display).</source>
        <translation>Gerendert vom Software-Renderer von Qt Quick (keine Anzeige).</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Textdatei</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>As text</source>
        <translation>Als Text</translation>
    </message>
    <message>
        <source>As PDF</source>
        <translation>Als PDF</translation>
    </message>
    <message>
        <source>%1 goes as its text: send it as a PDF</source>
        <translation>%1 wird als Text gesendet: als PDF senden</translation>
    </message>
    <message>
        <source>%1 goes as a PDF: send its text instead</source>
        <translation>%1 wird als PDF gesendet: stattdessen den Text senden</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>AttachmentDropArea</name>
    <message>
        <source>Drop files to attach them</source>
        <translation>Dateien zum Anhängen hier ablegen</translation>
    </message>
</context>
<context>
    <name>AttachmentIntake</name>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is too large to attach (images and PDFs up to %2, text files up to %3).</source>
        <translation>%1 ist zu groß zum Anhängen (Bilder und PDFs bis %2, Textdateien bis %3).</translation>
    </message>
    <message>
        <source>%1 has too many pixels to open safely (at most %2 megapixels).</source>
        <translation>%1 hat zu viele Pixel, um sicher geöffnet zu werden (höchstens %2 Megapixel).</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete.</source>
        <translation>%1 ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>%1 is not an image, a PDF or a text file.</source>
        <translation>%1 ist weder ein Bild noch ein PDF noch eine Textdatei.</translation>
    </message>
    <message>
        <source>%1 changed while it was read. Attach it again when it is complete.</source>
        <translation>%1 hat sich beim Lesen geändert. Erneut anhängen, wenn die Datei vollständig ist.</translation>
    </message>
    <message>
        <source>%1 has no text that could be extracted.</source>
        <translation>%1 enthält keinen Text, der extrahiert werden konnte.</translation>
    </message>
    <message>
        <source>The file of %1 is missing.</source>
        <translation>Die Datei von %1 fehlt.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Send without the images</source>
        <translation>Ohne die Bilder senden</translation>
    </message>
    <message>
        <source>Remove the images</source>
        <translation>Bilder entfernen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>%1 of text</source>
        <translation>%1 Text</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the image</source>
        <translation>Bild schließen</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>Das Bild konnte nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>BlockAccessibility</name>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code, %1</source>
        <translation>Code, %1</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Bild:</translation>
    </message>
</context>
<context>
    <name>ChatAnnouncer</name>
    <message>
        <source>Answer stopped</source>
        <translation>Antwort gestoppt</translation>
    </message>
    <message>
        <source>Answer failed: %1</source>
        <translation>Antwort fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Answer finished. %1</source>
        <translation>Antwort fertig. %1</translation>
    </message>
    <message>
        <source>Answer finished</source>
        <translation>Antwort fertig</translation>
    </message>
    <message>
        <source>Answer started</source>
        <translation>Antwort begonnen</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>%1 does not read images.</source>
        <translation>%1 kann keine Bilder lesen.</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Not configured</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Switch the provider or model for this conversation</source>
        <translation>Anbieter oder Modell für diese Unterhaltung wechseln</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Tastenkürzel (F1)</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Choose another provider or model</source>
        <translation>Anderen Anbieter oder anderes Modell wählen</translation>
    </message>
    <message>
        <source>The system prompt and parameters of this conversation</source>
        <translation>Systemprompt und Parameter dieser Unterhaltung</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Neuer Chat (Strg+N)</translation>
    </message>
    <message>
        <source>Parameters: the system prompt, temperature and more</source>
        <translation>Parameter: Systemprompt, Temperatur und mehr</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Einstellungen (Strg+,)</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Last answer copied</source>
        <translation>Letzte Antwort kopiert</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>Eingefügtes Bild.png</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *)</source>
        <translation>Bilder, PDFs und Text (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *)</translation>
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
        <translation>Tool-Aufruf: %1 (kein Tool dieser Server: nicht ausgeführt)
</translation>
    </message>
    <message>
        <source>
Tool call: %1 on %2
%3
</source>
        <translation>
Tool-Aufruf: %1 auf %2
%3
</translation>
    </message>
    <message>
        <source>Warning: hidden character %1 in the tool&apos;s %2
</source>
        <translation>Warnung: verstecktes Zeichen %1 im Feld %2 des Tools
</translation>
    </message>
    <message>
        <source>(allowed by --yes)
</source>
        <translation>(erlaubt durch --yes)
</translation>
    </message>
    <message>
        <source>(allowed for this run)
</source>
        <translation>(für diesen Lauf erlaubt)
</translation>
    </message>
    <message>
        <source>Run it? [y] yes, [a] always for this tool in this run, [n] no: </source>
        <translation>Ausführen? [y] ja, [a] immer für dieses Tool in diesem Lauf, [n] nein: </translation>
    </message>
    <message>
        <source>
No terminal to ask on: not run (use --yes to allow every call).
</source>
        <translation>
Kein Terminal für die Rückfrage: nicht ausgeführt (--yes erlaubt jeden Aufruf).
</translation>
    </message>
    <message>
        <source>Denied.
</source>
        <translation>Abgelehnt.
</translation>
    </message>
    <message>
        <source>The arguments are not a JSON object: not run.
</source>
        <translation>Die Argumente sind kein JSON-Objekt: nicht ausgeführt.
</translation>
    </message>
    <message>
        <source>The call failed: %1
</source>
        <translation>Der Aufruf ist fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>The tool reported an error:
%1
</source>
        <translation>Das Tool hat einen Fehler gemeldet:
%1
</translation>
    </message>
    <message>
        <source>Result:
%1
</source>
        <translation>Ergebnis:
%1
</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Code kopieren</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message %1…</source>
        <translation>Nachricht an %1…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Unavailable until a provider is set up</source>
        <translation>Nicht verfügbar, bis ein Anbieter eingerichtet ist</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach files (or paste, or drop them here)</source>
        <translation>Dateien anhängen (oder hier einfügen oder ablegen)</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Nachricht senden (Enter)</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistent (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Gedankengang</translation>
    </message>
    <message>
        <source>Tool call: %1</source>
        <translation>Tool-Aufruf: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>Die Datei ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The file is neither a Confab export nor a ChatGPT conversations.json.</source>
        <translation>Die Datei ist weder ein Confab-Export noch eine conversations.json von ChatGPT.</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of Confab.</source>
        <translation>Die Datei wurde von einer neueren Version von Confab exportiert.</translation>
    </message>
    <message>
        <source>The file has no valid format version.</source>
        <translation>Die Datei hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>Conversation &quot;%1&quot; has a malformed message tree.</source>
        <translation>Die Unterhaltung „%1“ hat einen fehlerhaften Nachrichtenbaum.</translation>
    </message>
    <message>
        <source>Conversation &quot;%1&quot; has a message of unknown role or state.</source>
        <translation>Die Unterhaltung „%1“ enthält eine Nachricht mit unbekannter Rolle oder unbekanntem Status.</translation>
    </message>
    <message>
        <source>[image not imported]</source>
        <translation>[Bild nicht importiert]</translation>
    </message>
    <message>
        <source>Ran %1 on %2 with:</source>
        <translation>%1 auf %2 ausgeführt mit:</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Month section of the history list, e.g. &quot;November 2026&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>The integrity check failed: %1</source>
        <translation>Die Integritätsprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The history database was made by a newer version of Confab (schema %1).</source>
        <translation>Die Verlaufsdatenbank wurde von einer neueren Version von Confab erstellt (Schema %1).</translation>
    </message>
    <message>
        <source>The history database %1 is unreadable and could not be moved aside.</source>
        <translation>Die Verlaufsdatenbank %1 ist nicht lesbar und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The conversation history is damaged (%1). At the next start Confab moves the file aside, keeping it, and starts a new history.</source>
        <translation>Der Unterhaltungsverlauf ist beschädigt (%1). Beim nächsten Start legt Confab die Datei beiseite, behält sie und beginnt einen neuen Verlauf.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>auf den Datenträger konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the database is busy</source>
        <translation>die Datenbank ist belegt</translation>
    </message>
    <message>
        <source>the database cannot be written</source>
        <translation>die Datenbank ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation>die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Could not save the conversation history: %1. Your changes are kept and saving is retried.</source>
        <translation>Der Unterhaltungsverlauf konnte nicht gespeichert werden: %1. Ihre Änderungen bleiben erhalten, das Speichern wird erneut versucht.</translation>
    </message>
</context>
<context>
    <name>ConversationTools</name>
    <message>
        <source>Tools: %1/%2</source>
        <translation>Tools: %1/%2</translation>
    </message>
    <message>
        <source>Tools the model may use in this conversation: %1 of %2 servers</source>
        <translation>Tools, die das Modell in dieser Unterhaltung nutzen darf: %1 von %2 Servern</translation>
    </message>
    <message>
        <source>Choose which tool servers this conversation offers the model</source>
        <translation>Wählen, welche Tool-Server diese Unterhaltung dem Modell anbietet</translation>
    </message>
    <message>
        <source>Tools in this conversation</source>
        <translation>Tools in dieser Unterhaltung</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tool(s))</source>
        <translation>
            <numerusform>%1 (%n Tool)</numerusform>
            <numerusform>%1 (%n Tools)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Offer the tools of %1</source>
        <translation>Tools von %1 anbieten</translation>
    </message>
    <message>
        <source>Tool servers…</source>
        <translation>Tool-Server…</translation>
    </message>
    <message>
        <source>Open the tool server settings</source>
        <translation>Tool-Server-Einstellungen öffnen</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete this message?</source>
        <translation>Diese Nachricht löschen?</translation>
    </message>
    <message>
        <source>The message and every message after it, on all of its versions, will be deleted.</source>
        <translation>Die Nachricht und alle Nachrichten danach werden in allen Versionen gelöscht.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What can I help with?</source>
        <translation>Wobei kann ich helfen?</translation>
    </message>
    <message>
        <source>No provider is configured</source>
        <translation>Kein Anbieter eingerichtet</translation>
    </message>
    <message>
        <source>Open Settings (Ctrl+,) and add a provider: OpenAI, Anthropic, Google Gemini, Ollama, LM Studio, llama.cpp, OpenRouter or any OpenAI-compatible server.</source>
        <translation>Einstellungen öffnen (Strg+,) und einen Anbieter hinzufügen: OpenAI, Anthropic, Google Gemini, Ollama, LM Studio, llama.cpp, OpenRouter oder einen beliebigen OpenAI-kompatiblen Server.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Press Enter to send, Shift+Enter for a new line and Esc to stop. F1 lists every shortcut.</source>
        <translation>Enter sendet, Umschalt+Enter beginnt eine neue Zeile, Esc hält an. F1 zeigt alle Tastenkürzel.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>In Unterhaltung suchen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Enter)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>FirstRunOfferPage</name>
    <message>
        <source>Welcome to Confab</source>
        <translation>Willkommen bei Confab</translation>
    </message>
    <message>
        <source>Looking for model servers on this computer…</source>
        <translation>Suche nach Modellservern auf diesem Computer…</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <source>Found providers</source>
        <translation>Gefundene Anbieter</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 — %n model(s)</source>
        <translation>
            <numerusform>%1 unter %2 — %n Modell</numerusform>
            <numerusform>%1 unter %2 — %n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with the key in %2</source>
        <translation>%1 mit dem Schlüssel in %2</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Closes the welcome; it is not shown again</source>
        <translation>Schließt die Begrüßung; sie wird nicht erneut angezeigt</translation>
    </message>
    <message>
        <source>Chat with language models on this computer or online. Choose where the answers come from; you can add more later in Settings.</source>
        <translation>Chatten Sie mit Sprachmodellen auf diesem Computer oder online. Wählen Sie, woher die Antworten kommen; weitere können Sie später in den Einstellungen hinzufügen.</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <translation>Auf diesem Computer gefunden</translation>
    </message>
    <message>
        <source>No model server is running here and no API key is set in the environment.</source>
        <translation>Hier läuft kein Modellserver, und in der Umgebung ist kein API-Schlüssel gesetzt.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Connect a provider</source>
        <translation>Anbieter verbinden</translation>
    </message>
    <message>
        <source>Full provider form…</source>
        <translation>Vollständiges Anbieterformular…</translation>
    </message>
    <message>
        <source>Full provider form in Settings</source>
        <translation>Vollständiges Anbieterformular in den Einstellungen</translation>
    </message>
    <message>
        <source>Every field, such as extra headers, in Settings</source>
        <translation>Alle Felder, etwa zusätzliche Header, in den Einstellungen</translation>
    </message>
</context>
<context>
    <name>GeneralPane</name>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Textgröße in Punkt</translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation>Standardanbieter</translation>
    </message>
    <message>
        <source>No provider yet</source>
        <translation>Noch kein Anbieter</translation>
    </message>
    <message>
        <source>Default provider for new conversations</source>
        <translation>Standardanbieter für neue Unterhaltungen</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Default model for new conversations</source>
        <translation>Standardmodell für neue Unterhaltungen</translation>
    </message>
    <message>
        <source>Let a model write conversation titles</source>
        <translation>Titel von Unterhaltungen von einem Modell schreiben lassen</translation>
    </message>
    <message>
        <source>Title model (empty: the conversation&apos;s model)</source>
        <translation>Titelmodell (leer: Modell der Unterhaltung)</translation>
    </message>
    <message>
        <source>Model for titles</source>
        <translation>Modell für Titel</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export settings to the file</source>
        <translation>Einstellungen in die Datei exportieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Import settings from the file</source>
        <translation>Einstellungen aus der Datei importieren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect when Confab is started again.</source>
        <translation>Wird beim nächsten Start von Confab wirksam.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Colours, text size and language of the whole window.</source>
        <translation>Farben, Textgröße und Sprache des ganzen Fensters.</translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation>Neue Unterhaltungen</translation>
    </message>
    <message>
        <source>What a new conversation starts with; each conversation can change it.</source>
        <translation>Womit eine neue Unterhaltung beginnt; jede Unterhaltung kann es ändern.</translation>
    </message>
    <message>
        <source>Conversation titles</source>
        <translation>Titel der Unterhaltungen</translation>
    </message>
    <message>
        <source>A title is written from the first question; a model can write a better one.</source>
        <translation>Ein Titel entsteht aus der ersten Frage; ein Modell kann einen besseren schreiben.</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Export und Import</translation>
    </message>
    <message>
        <source>All settings in one file, to move them to another computer. API keys are never included.</source>
        <translation>Alle Einstellungen in einer Datei, um sie auf einen anderen Computer mitzunehmen. API-Schlüssel sind nie enthalten.</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>The conversation history could not be read, so Confab started a new one. The old file was kept as %1.</source>
        <translation>Der Unterhaltungsverlauf konnte nicht gelesen werden, daher hat Confab einen neuen begonnen. Die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported all conversations to %1</source>
        <translation>Alle Unterhaltungen nach %1 exportiert</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung importiert</numerusform>
            <numerusform>%n Unterhaltungen importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDelegate</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>Titel der Unterhaltung</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Aktionen für %1</translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <source>Confab JSON (*.json)</source>
        <translation>Confab-JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Unterhaltungen importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Confab or ChatGPT export (*.json)</source>
        <translation>Confab- oder ChatGPT-Export (*.json)</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Conversation history</source>
        <translation>Unterhaltungsverlauf</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>History actions</source>
        <translation>Verlaufsaktionen</translation>
    </message>
    <message>
        <source>Import conversations…</source>
        <translation>Unterhaltungen importieren…</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>Alle Unterhaltungen exportieren…</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Your conversations will appear here.</source>
        <translation>Ihre Unterhaltungen erscheinen hier.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Keine Unterhaltung passt zu „%1“.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>„%1“ gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Neuer Chat (Strg+N)</translation>
    </message>
</context>
<context>
    <name>HistoryRowMenu</name>
    <message>
        <source>Actions for %1</source>
        <translation>Aktionen für %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>HistorySearchDelegate</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
</context>
<context>
    <name>HistoryUndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>Unterhaltung gelöscht</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address is not an http or https URL.</source>
        <translation>Die Serveradresse ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB.</source>
        <translation>Die Antwort des Servers ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>The server sent an event larger than %1 MB.</source>
        <translation>Der Server hat ein Ereignis gesendet, das größer als %1 MB ist.</translation>
    </message>
    <message>
        <source>The server sent something that is not JSON-RPC.</source>
        <translation>Der Server hat etwas gesendet, das kein JSON-RPC ist.</translation>
    </message>
    <message>
        <source>The server redirected to another site (%1); Confab does not follow it, as the request may carry secrets.</source>
        <translation>Der Server hat auf eine andere Website umgeleitet (%1); Confab folgt dem nicht, da die Anfrage Geheimnisse enthalten kann.</translation>
    </message>
    <message>
        <source>The server&apos;s session has ended.</source>
        <translation>Die Sitzung des Servers ist beendet.</translation>
    </message>
    <message>
        <source>The server refused access (HTTP %1). Check the headers configured for it, such as Authorization.</source>
        <translation>Der Server hat den Zugriff verweigert (HTTP %1). Die dafür eingerichteten Header prüfen, etwa Authorization.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1, %2): %3</source>
        <translation>Der Server hat mit einem Fehler geantwortet (HTTP %1, %2): %3</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The connection broke and the server could not resume it (HTTP %1).</source>
        <translation>Die Verbindung ist abgebrochen und der Server konnte sie nicht fortsetzen (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection broke before the server answered: %1</source>
        <translation>Die Verbindung ist abgebrochen, bevor der Server geantwortet hat: %1</translation>
    </message>
    <message>
        <source>The server ended its answer without a response.</source>
        <translation>Der Server hat seine Antwort ohne Ergebnis beendet.</translation>
    </message>
</context>
<context>
    <name>JumpToLatestButton</name>
    <message>
        <source>Jump to the latest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>LaunchConfirmDialog</name>
    <message>
        <source>Start %1?</source>
        <translation>%1 starten?</translation>
    </message>
    <message>
        <source>Confab will connect to this address and send these headers:</source>
        <translation>Confab verbindet sich mit dieser Adresse und sendet diese Header:</translation>
    </message>
    <message>
        <source>Confab will run this program with these arguments and this environment. Only confirm what you recognise.</source>
        <translation>Confab führt dieses Programm mit diesen Argumenten und dieser Umgebung aus. Nur bestätigen, was Sie kennen.</translation>
    </message>
    <message>
        <source>What the server runs</source>
        <translation>Was der Server ausführt</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message>
        <source>Argument: %1</source>
        <translation>Argument: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Working folder: %1</source>
        <translation>Arbeitsordner: %1</translation>
    </message>
    <message>
        <source>This changed since you last confirmed it:</source>
        <translation>Seit Ihrer letzten Bestätigung hat sich Folgendes geändert:</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Open this link?</source>
        <translation>Diesen Link öffnen?</translation>
    </message>
    <message>
        <source>Link blocked</source>
        <translation>Link blockiert</translation>
    </message>
    <message>
        <source>Confab only opens http and https links. This one was not opened:
%1</source>
        <translation>Confab öffnet nur http- und https-Links. Dieser wurde nicht geöffnet:
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
        <translation>Dieser Computer ist offline. Lokale Server funktionieren weiterhin; Cloud-Anbieter antworten wieder, sobald die Verbindung zurück ist.</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
</context>
<context>
    <name>McpCli</name>
    <message>
        <source>Server: %1 %2 (MCP %3)
</source>
        <translation>Server: %1 %2 (MCP %3)
</translation>
    </message>
    <message>
        <source>Warning: hidden character %1 in %2</source>
        <translation>Warnung: verstecktes Zeichen %1 in %2</translation>
    </message>
    <message>
        <source>(needs tasks, which Confab does not support)</source>
        <translation>(benötigt Tasks, die Confab nicht unterstützt)</translation>
    </message>
    <message>
        <source>Talks to a Model Context Protocol server.

  confab-cli mcp list (--stdio &quot;CMD ARGS&quot; | --url URL) [options]
  confab-cli mcp call (--stdio &quot;CMD ARGS&quot; | --url URL) [options] TOOL [JSON|-]</source>
        <translation>Kommuniziert mit einem Model-Context-Protocol-Server.

  confab-cli mcp list (--stdio &quot;CMD ARGS&quot; | --url URL) [Optionen]
  confab-cli mcp call (--stdio &quot;CMD ARGS&quot; | --url URL) [Optionen] TOOL [JSON|-]</translation>
    </message>
    <message>
        <source>Start the server with this command (split like a shell, never run by one).</source>
        <translation>Den Server mit diesem Befehl starten (wie von einer Shell zerlegt, aber nie von einer ausgeführt).</translation>
    </message>
    <message>
        <source>Streamable HTTP endpoint of the server.</source>
        <translation>Streamable-HTTP-Endpunkt des Servers.</translation>
    </message>
    <message>
        <source>HTTP header &quot;Name: value&quot; (repeatable).</source>
        <translation>HTTP-Header &quot;Name: Wert&quot; (wiederholbar).</translation>
    </message>
    <message>
        <source>NAME=VALUE for the server&apos;s environment, or NAME to pass ours on (repeatable). Nothing else of our environment reaches it but PATH, HOME, the locale and such.</source>
        <translation>NAME=WERT für die Umgebung des Servers, oder NAME, um unseren Wert weiterzugeben (wiederholbar). Sonst erreicht ihn aus unserer Umgebung nur PATH, HOME, die Locale und Ähnliches.</translation>
    </message>
    <message>
        <source>Working folder of the server.</source>
        <translation>Arbeitsordner des Servers.</translation>
    </message>
    <message>
        <source>auto (default), legacy or modern.</source>
        <translation>auto (Standard), legacy oder modern.</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (120).</source>
        <translation>Sekunden, die auf eine Antwort gewartet wird (120).</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show the server&apos;s log and progress.</source>
        <translation>Protokoll und Fortschritt des Servers anzeigen.</translation>
    </message>
    <message>
        <source>list or call</source>
        <translation>list oder call</translation>
    </message>
    <message>
        <source>Say list or call.</source>
        <translation>list oder call angeben.</translation>
    </message>
    <message>
        <source>Give either --stdio or --url.</source>
        <translation>Entweder --stdio oder --url angeben.</translation>
    </message>
    <message>
        <source>--stdio: %1</source>
        <translation>--stdio: %1</translation>
    </message>
    <message>
        <source>--env takes NAME=VALUE or NAME.</source>
        <translation>--env erwartet NAME=WERT oder NAME.</translation>
    </message>
    <message>
        <source>--url takes an http or https URL.</source>
        <translation>--url erwartet eine http- oder https-URL.</translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot;.</source>
        <translation>--header erwartet &quot;Name: Wert&quot;.</translation>
    </message>
    <message>
        <source>--protocol takes auto, legacy or modern.</source>
        <translation>--protocol erwartet auto, legacy oder modern.</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds.</source>
        <translation>--timeout erwartet eine positive Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>call takes TOOL and, optionally, its arguments as JSON.</source>
        <translation>call erwartet TOOL und optional dessen Argumente als JSON.</translation>
    </message>
    <message>
        <source>Cannot read the arguments from standard input.</source>
        <translation>Die Argumente können nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object.</source>
        <translation>Die Argumente müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>list takes no further arguments.</source>
        <translation>list erwartet keine weiteren Argumente.</translation>
    </message>
    <message>
        <source>confab-cli mcp: interrupted
</source>
        <translation>confab-cli mcp: unterbrochen
</translation>
    </message>
</context>
<context>
    <name>McpClient</name>
    <message>
        <source>The server connection was closed.</source>
        <translation>Die Serververbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The server speaks MCP %1; Confab speaks %2.</source>
        <translation>Der Server spricht MCP %1; Confab spricht %2.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>The server needs features Confab does not offer.</source>
        <translation>Der Server benötigt Funktionen, die Confab nicht bietet.</translation>
    </message>
    <message>
        <source>The server does not speak MCP %1.</source>
        <translation>Der Server spricht nicht MCP %1.</translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation>(keine Version)</translation>
    </message>
    <message>
        <source>The server&apos;s session ended and a new one could not be started: %1</source>
        <translation>Die Sitzung des Servers ist beendet und eine neue konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The server is not connected.</source>
        <translation>Der Server ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The server kept asking to retry the request.</source>
        <translation>Der Server hat wiederholt verlangt, die Anfrage erneut zu senden.</translation>
    </message>
    <message>
        <source>The server asks for input Confab cannot give yet (%1).</source>
        <translation>Der Server verlangt eine Eingabe, die Confab noch nicht liefern kann (%1).</translation>
    </message>
    <message>
        <source>The server sent a result of an unknown type.</source>
        <translation>Der Server hat ein Ergebnis unbekannten Typs gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s tool result is not an object.</source>
        <translation>Das Tool-Ergebnis des Servers ist kein Objekt.</translation>
    </message>
</context>
<context>
    <name>McpCommandLine</name>
    <message>
        <source>The command ends with a backslash.</source>
        <translation>Der Befehl endet mit einem Backslash.</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>Der Befehl ist leer.</translation>
    </message>
</context>
<context>
    <name>McpConfigFile</name>
    <message>
        <source>The file is not a JSON object (%1).</source>
        <translation>Die Datei ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>The file has no &quot;mcpServers&quot; (or &quot;servers&quot;) object.</source>
        <translation>Die Datei hat kein &quot;mcpServers&quot;-Objekt (oder &quot;servers&quot;).</translation>
    </message>
    <message>
        <source>Its envFile is not read: add the variables it needs by hand.</source>
        <translation>Sein envFile wird nicht gelesen: die benötigten Variablen von Hand hinzufügen.</translation>
    </message>
    <message>
        <source>%1: the URL is not an http or https address.</source>
        <translation>%1: Die URL ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>It was set up for the older HTTP+SSE transport; Confab speaks Streamable HTTP to the same URL.</source>
        <translation>Er war für den älteren HTTP+SSE-Transport eingerichtet; Confab spricht Streamable HTTP mit derselben URL.</translation>
    </message>
    <message>
        <source>%1: neither a command nor a URL.</source>
        <translation>%1: weder ein Befehl noch eine URL.</translation>
    </message>
    <message>
        <source>It uses ${…} placeholders, which Confab does not fill in: replace them with the values.</source>
        <translation>Er verwendet ${…}-Platzhalter, die Confab nicht ausfüllt: durch die Werte ersetzen.</translation>
    </message>
</context>
<context>
    <name>McpRpcSession</name>
    <message>
        <source>The server is not connected.</source>
        <translation>Der Server ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent a message that is not JSON-RPC.</source>
        <translation>Der Server hat eine Nachricht gesendet, die kein JSON-RPC ist.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1): %2</source>
        <translation>Der Server hat mit einem Fehler geantwortet (%1): %2</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1 s).</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet (%1 s).</translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue this answer</source>
        <translation>Diese Antwort fortsetzen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>Diese Nachricht löschen</translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation>Diese Nachricht kopieren</translation>
    </message>
    <message>
        <source>As Markdown</source>
        <translation>Als Markdown</translation>
    </message>
    <message>
        <source>Edit this message</source>
        <translation>Diese Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Sends it again as a new version</source>
        <translation>Sendet sie erneut als neue Version</translation>
    </message>
    <message>
        <source>Asks for a new version of this answer</source>
        <translation>Fordert eine neue Version dieser Antwort an</translation>
    </message>
    <message>
        <source>Regenerate (Ctrl+R)</source>
        <translation>Neu generieren (Strg+R)</translation>
    </message>
</context>
<context>
    <name>MessageAttachments</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Edited message</source>
        <translation>Bearbeitete Nachricht</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the edited message</source>
        <translation>Bearbeitete Nachricht senden</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Search, or type a model name and press Enter</source>
        <translation>Suchen oder einen Modellnamen eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>Search models or type a model name</source>
        <translation>Modelle suchen oder einen Modellnamen eingeben</translation>
    </message>
    <message>
        <source>Loading the model list</source>
        <translation>Modellliste wird geladen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>No listed model matches. Press Enter to use “%1”.</source>
        <translation>Kein aufgeführtes Modell passt. Enter drücken, um „%1“ zu verwenden.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation>Modellliste aktualisieren</translation>
    </message>
</context>
<context>
    <name>ModelSwitcher</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>The conversation so far is kept and sent to the model you choose.</source>
        <translation>Die bisherige Unterhaltung bleibt erhalten und wird an das gewählte Modell gesendet.</translation>
    </message>
    <message>
        <source>Switch the model</source>
        <translation>Modell wechseln</translation>
    </message>
</context>
<context>
    <name>NetworkPane</name>
    <message>
        <source>Online.</source>
        <translation>Online.</translation>
    </message>
    <message>
        <source>No offline detection on this system: Confab notices a lost connection when a request fails.</source>
        <translation>Keine Offline-Erkennung auf diesem System: Confab bemerkt eine verlorene Verbindung, wenn eine Anfrage fehlschlägt.</translation>
    </message>
    <message>
        <source>You are offline. Servers on this computer still work.</source>
        <translation>Sie sind offline. Server auf diesem Computer funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual proxy (servers on this computer are reached directly)</source>
        <translation>Manueller Proxy (Server auf diesem Computer werden direkt erreicht)</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxy-Typ</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Extra certificate authority</source>
        <translation>Zusätzliche Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Path to a PEM or DER file (empty: only the system&apos;s)</source>
        <translation>Pfad zu einer PEM- oder DER-Datei (leer: nur die des Systems)</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>How Confab reaches providers on the internet. Applied at once.</source>
        <translation>Wie Confab Anbieter im Internet erreicht. Gilt sofort.</translation>
    </message>
    <message>
        <source>For a company proxy or a server with its own certificate; the system&apos;s authorities are always trusted.</source>
        <translation>Für einen Firmen-Proxy oder einen Server mit eigenem Zertifikat; den Zertifizierungsstellen des Systems wird immer vertraut.</translation>
    </message>
</context>
<context>
    <name>ParametersDrawer</name>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Presets: %1</source>
        <translation>Vorlagen: %1</translation>
    </message>
    <message>
        <source>No saved presets</source>
        <translation>Keine gespeicherten Vorlagen</translation>
    </message>
    <message>
        <source>Saved system prompts</source>
        <translation>Gespeicherte Systemprompts</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Use the selected system prompt</source>
        <translation>Ausgewählten Systemprompt verwenden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected system prompt preset</source>
        <translation>Ausgewählte Systemprompt-Vorlage löschen</translation>
    </message>
    <message>
        <source>Instructions the model gets before the conversation</source>
        <translation>Anweisungen, die das Modell vor der Unterhaltung erhält</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Name for the new system prompt preset</source>
        <translation>Name für die neue Systemprompt-Vorlage</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>Maximum answer length in tokens</source>
        <translation>Maximale Antwortlänge in Tokens</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Denkaufwand</translation>
    </message>
    <message>
        <source>Off (where the model allows it)</source>
        <translation>Aus (wo das Modell es erlaubt)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standards zurücksetzen</translation>
    </message>
    <message>
        <source>Use as defaults</source>
        <translation>Als Standard verwenden</translation>
    </message>
    <message>
        <source>Saves the system prompt under the preset name</source>
        <translation>Speichert den Systemprompt unter dem Vorlagennamen</translation>
    </message>
    <message>
        <source>Provider default temperature</source>
        <translation>Standardtemperatur des Anbieters</translation>
    </message>
    <message>
        <source>Provider default top p</source>
        <translation>Standardwert für Top p des Anbieters</translation>
    </message>
    <message>
        <source>Sets these parameters to the defaults from the settings</source>
        <translation>Setzt diese Parameter auf die Standards aus den Einstellungen</translation>
    </message>
    <message>
        <source>Use as defaults for new conversations</source>
        <translation>Als Standard für neue Unterhaltungen verwenden</translation>
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
        <translation>Anderer OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>GPT models, with an API key from OpenAI</source>
        <translation>GPT-Modelle, mit einem API-Schlüssel von OpenAI</translation>
    </message>
    <message>
        <source>Claude models, with an API key from Anthropic</source>
        <translation>Claude-Modelle, mit einem API-Schlüssel von Anthropic</translation>
    </message>
    <message>
        <source>Gemini models, with an API key from Google AI Studio</source>
        <translation>Gemini-Modelle, mit einem API-Schlüssel aus Google AI Studio</translation>
    </message>
    <message>
        <source>Models running on this computer with Ollama</source>
        <translation>Modelle, die mit Ollama auf diesem Computer laufen</translation>
    </message>
    <message>
        <source>Hundreds of models from many providers, with one key</source>
        <translation>Hunderte Modelle vieler Anbieter, mit einem Schlüssel</translation>
    </message>
    <message>
        <source>Open models on fast hosted hardware</source>
        <translation>Offene Modelle auf schneller gehosteter Hardware</translation>
    </message>
    <message>
        <source>Mistral&apos;s models, with an API key from Mistral AI</source>
        <translation>Die Modelle von Mistral, mit einem API-Schlüssel von Mistral AI</translation>
    </message>
    <message>
        <source>DeepSeek&apos;s chat and reasoning models</source>
        <translation>Die Chat- und Reasoning-Modelle von DeepSeek</translation>
    </message>
    <message>
        <source>Open models hosted by Together AI</source>
        <translation>Offene Modelle, gehostet von Together AI</translation>
    </message>
    <message>
        <source>Grok models, with an API key from xAI</source>
        <translation>Grok-Modelle, mit einem API-Schlüssel von xAI</translation>
    </message>
    <message>
        <source>Models running on this computer in LM Studio</source>
        <translation>Modelle, die in LM Studio auf diesem Computer laufen</translation>
    </message>
    <message>
        <source>A llama.cpp server on this computer</source>
        <translation>Ein llama.cpp-Server auf diesem Computer</translation>
    </message>
    <message>
        <source>A vLLM server on this computer</source>
        <translation>Ein vLLM-Server auf diesem Computer</translation>
    </message>
    <message>
        <source>A LiteLLM proxy in front of other providers</source>
        <translation>Ein LiteLLM-Proxy vor anderen Anbietern</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI chat API</source>
        <translation>Jeder Server, der die Chat-API von OpenAI spricht</translation>
    </message>
</context>
<context>
    <name>ProviderDraft</name>
    <message>
        <source>Enter the server&apos;s base URL, for example http://localhost:8080/v1.</source>
        <translation>Die Basis-URL des Servers eingeben, zum Beispiel http://localhost:8080/v1.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a server.</source>
        <translation>Die Basis-URL muss mit http:// oder https:// beginnen und einen Server nennen.</translation>
    </message>
    <message>
        <source>Put credentials in the API key field, not in the URL.</source>
        <translation>Zugangsdaten in das Feld für den API-Schlüssel eintragen, nicht in die URL.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Den API-Schlüssel eingeben.</translation>
    </message>
    <message>
        <source>Allow keeping keys in a plain file first, or choose another place for the key.</source>
        <translation>Zuerst Schlüssel in einer einfachen Datei erlauben oder einen anderen Ort für den Schlüssel wählen.</translation>
    </message>
    <message>
        <source>Enter the name of the environment variable that holds the key.</source>
        <translation>Den Namen der Umgebungsvariable eingeben, die den Schlüssel enthält.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available.</source>
        <translation>
            <numerusform>Verbunden. %n Modell verfügbar.</numerusform>
            <numerusform>Verbunden. %n Modelle verfügbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Add a provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Name des Anbieters</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8080/v1</source>
        <translation>z. B. http://localhost:8080/v1</translation>
    </message>
    <message>
        <source>Leave empty for %1</source>
        <translation>Leer lassen für %1</translation>
    </message>
    <message>
        <source>Extra headers (one “Name: value” per line)</source>
        <translation>Zusätzliche Header (ein „Name: Wert“ pro Zeile)</translation>
    </message>
    <message>
        <source>X-Title: Confab</source>
        <translation>X-Title: Confab</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation>Anbieter speichern</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>A server on this computer: Confab finds it at its usual address.</source>
        <translation>Ein Server auf diesem Computer: Confab findet ihn unter seiner üblichen Adresse.</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI chat API: give its address.</source>
        <translation>Jeder Server, der die Chat-API von OpenAI spricht: Geben Sie seine Adresse an.</translation>
    </message>
    <message>
        <source>A service on the internet: it needs an API key from its website.</source>
        <translation>Ein Dienst im Internet: Er braucht einen API-Schlüssel von seiner Website.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Only if the server was started with one.</source>
        <translation>Nur wenn der Server mit einem gestartet wurde.</translation>
    </message>
    <message>
        <source>Where the key is kept: it never goes into the settings file.</source>
        <translation>Wo der Schlüssel aufbewahrt wird: Er kommt nie in die Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Advanced: shown</source>
        <translation>Erweitert: angezeigt</translation>
    </message>
    <message>
        <source>Advanced: hidden</source>
        <translation>Erweitert: ausgeblendet</translation>
    </message>
    <message>
        <source>Base URL, extra headers, and a key for local servers</source>
        <translation>Basis-URL, zusätzliche Header und ein Schlüssel für lokale Server</translation>
    </message>
    <message>
        <source>Rarely needed: a different address, or headers a proxy or gateway asks for.</source>
        <translation>Selten nötig: eine andere Adresse oder Header, die ein Proxy oder Gateway verlangt.</translation>
    </message>
</context>
<context>
    <name>ProviderModelSection</name>
    <message>
        <source>Connection test and default model</source>
        <translation>Verbindungstest und Standardmodell</translation>
    </message>
    <message>
        <source>The test asks the server for its models, with the values as typed.</source>
        <translation>Der Test fragt den Server mit den eingegebenen Werten nach seinen Modellen.</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Default model: %1</source>
        <translation>Standardmodell: %1</translation>
    </message>
    <message>
        <source>Default model: the first one the server lists</source>
        <translation>Standardmodell: das erste, das der Server auflistet</translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>The settings export has a provider without a unique id.</source>
        <translation>Der Einstellungsexport enthält einen Anbieter ohne eindeutige ID.</translation>
    </message>
</context>
<context>
    <name>ProviderRow</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
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
        <translation>Als Standard</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete it and its key?</source>
        <translation>Mitsamt Schlüssel löschen?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>Make default: %1</source>
        <translation>Als Standard festlegen: %1</translation>
    </message>
    <message>
        <source>Delete %1 and its key</source>
        <translation>%1 mitsamt Schlüssel löschen</translation>
    </message>
</context>
<context>
    <name>QuestionDelegate</name>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
</context>
<context>
    <name>QuickSetupForm</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the list of providers</source>
        <translation>Zurück zur Liste der Anbieter</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>Confab connects to %1 on this computer. Start the server first; no key is needed.</source>
        <translation>Confab verbindet sich mit %1 auf diesem Computer. Starten Sie zuerst den Server; ein Schlüssel ist nicht nötig.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8080/v1</source>
        <translation>z. B. http://localhost:8080/v1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website</source>
        <translation>API-Schlüssel von der Website des Anbieters einfügen</translation>
    </message>
    <message>
        <source>API key: optional, only if the server asks for one</source>
        <translation>API-Schlüssel: optional, nur wenn der Server einen verlangt</translation>
    </message>
    <message>
        <source>The key is read from %1, which is set.</source>
        <translation>Der Schlüssel wird aus %1 gelesen; die Variable ist gesetzt.</translation>
    </message>
    <message>
        <source>No keychain is available here: the key is kept until Confab quits. Settings has other places for it.</source>
        <translation>Hier ist kein Schlüsselbund verfügbar: Der Schlüssel bleibt erhalten, bis Confab beendet wird. Die Einstellungen bieten andere Orte dafür.</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain.</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect and save</source>
        <translation>Verbinden und speichern</translation>
    </message>
    <message>
        <source>Tests the connection, then saves the provider</source>
        <translation>Testet die Verbindung und speichert dann den Anbieter</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
</context>
<context>
    <name>ReasoningSection</name>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Gedankengang</translation>
    </message>
    <message>
        <source>Shown; press to hide</source>
        <translation>Angezeigt; drücken zum Ausblenden</translation>
    </message>
    <message>
        <source>Hidden; press to show</source>
        <translation>Ausgeblendet; drücken zum Anzeigen</translation>
    </message>
</context>
<context>
    <name>ResultImage</name>
    <message>
        <source>Images of type %1 are not shown.</source>
        <translation>Bilder vom Typ %1 werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>The image is too large to show.</source>
        <translation>Das Bild ist zu groß zum Anzeigen.</translation>
    </message>
    <message>
        <source>The image data is not valid base64.</source>
        <translation>Die Bilddaten sind kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>Das Bild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>Das Bild konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ServerToolsView</name>
    <message>
        <source>Offer %1 to the model</source>
        <translation>%1 dem Modell anbieten</translation>
    </message>
    <message>
        <source>says it only reads</source>
        <translation>nur lesend (laut Server)</translation>
    </message>
    <message>
        <source>may change or delete things</source>
        <translation>kann Dinge ändern oder löschen</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Wieder fragen</translation>
    </message>
    <message>
        <source>Ask before each call of %1 again</source>
        <translation>Vor jedem Aufruf von %1 wieder fragen</translation>
    </message>
    <message>
        <source>Needs MCP tasks, which Confab does not support.</source>
        <translation>Benötigt MCP-Tasks, die Confab nicht unterstützt.</translation>
    </message>
    <message>
        <source>Changed since you approved it; you will be asked again:</source>
        <translation>Seit Ihrer Genehmigung geändert; Sie werden erneut gefragt:</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Noch nichts protokolliert.</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Serverprotokoll</translation>
    </message>
</context>
<context>
    <name>SettingsExport</name>
    <message>
        <source>This file is not a Confab settings export.</source>
        <translation>Diese Datei ist kein Einstellungsexport von Confab.</translation>
    </message>
    <message>
        <source>This settings export comes from a newer Confab; update Confab to import it.</source>
        <translation>Dieser Einstellungsexport stammt von einer neueren Confab-Version; Confab zum Importieren aktualisieren.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>No provider yet. Add one with “Add provider…” below: OpenAI, Anthropic, Google Gemini, a local Ollama or llama.cpp, or any OpenAI-compatible server.</source>
        <translation>Noch kein Anbieter. Unten mit „Anbieter hinzufügen…“ einen hinzufügen: OpenAI, Anthropic, Google Gemini, ein lokales Ollama oder llama.cpp oder einen beliebigen OpenAI-kompatiblen Server.</translation>
    </message>
    <message>
        <source>Add provider…</source>
        <translation>Anbieter hinzufügen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Back to the chat</source>
        <translation>Zurück zum Chat</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Back to the chat (Esc)</source>
        <translation>Zurück zum Chat (Esc)</translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation>Über Confab</translation>
    </message>
    <message>
        <source>Where the answers come from: services on the internet, or model servers on this computer. New conversations use the default one.</source>
        <translation>Woher die Antworten kommen: Dienste im Internet oder Modellserver auf diesem Computer. Neue Unterhaltungen verwenden den Standardanbieter.</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Umschalt+Enter</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Neue Zeile</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Up (empty message box)</source>
        <translation>Hoch (leeres Nachrichtenfeld)</translation>
    </message>
    <message>
        <source>Edit your last message</source>
        <translation>Letzte eigene Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>Find in the conversation</source>
        <translation>In der Unterhaltung suchen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Strg+R</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Letzte Antwort neu generieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Strg+Umschalt+C</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>Letzte Antwort kopieren</translation>
    </message>
    <message>
        <source>F1, Ctrl+/</source>
        <translation>F1, Strg+/</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Diese Hilfe</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stop the answer; close a dialog, the find bar or the settings</source>
        <translation>Antwort stoppen; Dialog, Suchleiste oder Einstellungen schließen</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Strg+B</translation>
    </message>
    <message>
        <source>Go to the conversation history (again: hide it)</source>
        <translation>Zum Unterhaltungsverlauf (erneut: ausblenden)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Strg+K</translation>
    </message>
    <message>
        <source>Search the conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
    <message>
        <source>Undo deleting a conversation</source>
        <translation>Löschen einer Unterhaltung rückgängig machen</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Strg+,</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next or previous control, also out of a text field</source>
        <translation>Nächstes oder vorheriges Bedienelement, auch aus einem Textfeld heraus</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Enter, Leertaste</translation>
    </message>
    <message>
        <source>Press the focused button</source>
        <translation>Fokussierte Schaltfläche drücken</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Hoch, Runter</translation>
    </message>
    <message>
        <source>Move in a list: messages, conversations, models</source>
        <translation>In einer Liste bewegen: Nachrichten, Unterhaltungen, Modelle</translation>
    </message>
    <message>
        <source>PageUp, PageDown, Home, End</source>
        <translation>Bild aufwärts, Bild abwärts, Pos1, Ende</translation>
    </message>
    <message>
        <source>Scroll the conversation (when it has the focus)</source>
        <translation>Unterhaltung scrollen (wenn sie den Fokus hat)</translation>
    </message>
    <message>
        <source>Enter (history)</source>
        <translation>Enter (Verlauf)</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>F2 (history)</source>
        <translation>F2 (Verlauf)</translation>
    </message>
    <message>
        <source>Rename the conversation</source>
        <translation>Unterhaltung umbenennen</translation>
    </message>
    <message>
        <source>Delete (history)</source>
        <translation>Entf (Verlauf)</translation>
    </message>
    <message>
        <source>Delete the conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Menu, Shift+F10 (history)</source>
        <translation>Menü, Umschalt+F10 (Verlauf)</translation>
    </message>
    <message>
        <source>The conversation&apos;s menu</source>
        <translation>Menü der Unterhaltung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StdioTransport</name>
    <message>
        <source>Cannot find the program &quot;%1&quot; in the server&apos;s PATH.</source>
        <translation>Das Programm „%1“ wurde im PATH des Servers nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not start the server &quot;%1&quot;: %2</source>
        <translation>Der Server „%1“ konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The server stopped unexpectedly (it crashed or was killed).</source>
        <translation>Der Server wurde unerwartet beendet (abgestürzt oder abgebrochen).</translation>
    </message>
    <message>
        <source>The server exited (code %1).</source>
        <translation>Der Server wurde beendet (Code %1).</translation>
    </message>
    <message>
        <source>The server sent a message of %1 MB; the limit is %2 MB.</source>
        <translation>Der Server hat eine Nachricht mit %1 MB gesendet; die Grenze liegt bei %2 MB.</translation>
    </message>
    <message>
        <source>The server wrote something that is not JSON-RPC on its standard output; it must write only MCP messages there.</source>
        <translation>Der Server hat etwas auf seine Standardausgabe geschrieben, das kein JSON-RPC ist; dort dürfen nur MCP-Nachrichten stehen.</translation>
    </message>
</context>
<context>
    <name>TitleGenerator</name>
    <message>
        <source>No model is configured for titles.</source>
        <translation>Für Titel ist kein Modell eingerichtet.</translation>
    </message>
    <message>
        <source>The model answered without a title.</source>
        <translation>Das Modell hat ohne Titel geantwortet.</translation>
    </message>
</context>
<context>
    <name>ToolApprovalCard</name>
    <message>
        <source>Approve %1 on %2</source>
        <translation>%1 auf %2 genehmigen</translation>
    </message>
    <message>
        <source>Run %1 on %2 with these arguments? You can change them first.</source>
        <translation>%1 auf %2 mit diesen Argumenten ausführen? Sie können sie vorher ändern.</translation>
    </message>
    <message>
        <source>This tool changed since you last approved it. Its definition now differs like this:</source>
        <translation>Dieses Tool hat sich seit Ihrer letzten Genehmigung geändert. Seine Definition weicht jetzt so ab:</translation>
    </message>
    <message>
        <source>What changed in the tool</source>
        <translation>Was sich am Tool geändert hat</translation>
    </message>
    <message>
        <source>Arguments for %1, as JSON (editable)</source>
        <translation>Argumente für %1 als JSON (bearbeitbar)</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Einmal erlauben</translation>
    </message>
    <message>
        <source>Allow %1 once</source>
        <translation>%1 einmal erlauben</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Immer erlauben</translation>
    </message>
    <message>
        <source>Always allow %1 on %2</source>
        <translation>%1 auf %2 immer erlauben</translation>
    </message>
    <message>
        <source>Runs %1 on %2 without asking from now on, until the tool changes</source>
        <translation>Führt %1 auf %2 ab jetzt ohne Rückfrage aus, bis sich das Tool ändert</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>%1 ablehnen</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Tool call: %1</source>
        <translation>Tool-Aufruf: %1</translation>
    </message>
    <message>
        <source>called</source>
        <translation>aufgerufen</translation>
    </message>
    <message>
        <source>calling…</source>
        <translation>wird aufgerufen…</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
</context>
<context>
    <name>ToolLabels</name>
    <message>
        <source>Waits for the call above</source>
        <translation>Wartet auf den Aufruf darüber</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>Wartet auf Ihre Genehmigung</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Denied: the model was told so</source>
        <translation>Abgelehnt: Das Modell wurde informiert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Not run: the model asked for a tool it was not offered</source>
        <translation>Nicht ausgeführt: Das Modell hat ein Tool angefordert, das ihm nicht angeboten wurde</translation>
    </message>
    <message>
        <source>Not run: this answer reached its limit of tool rounds</source>
        <translation>Nicht ausgeführt: Diese Antwort hat ihr Limit an Tool-Runden erreicht</translation>
    </message>
    <message>
        <source>Not run: Confab closed before it finished</source>
        <translation>Nicht ausgeführt: Confab wurde vorher beendet</translation>
    </message>
    <message>
        <source>allowed once</source>
        <translation>einmal erlaubt</translation>
    </message>
    <message>
        <source>always allowed</source>
        <translation>immer erlaubt</translation>
    </message>
    <message>
        <source>trusted server</source>
        <translation>vertrauenswürdiger Server</translation>
    </message>
    <message>
        <source>allowed without asking</source>
        <translation>ohne Rückfrage erlaubt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Needs your confirmation</source>
        <translation>Benötigt Ihre Bestätigung</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>ToolResultView</name>
    <message>
        <source>The tool reported an error:</source>
        <translation>Das Tool hat einen Fehler gemeldet:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Show the result as plain text</source>
        <translation>Ergebnis als Klartext anzeigen</translation>
    </message>
    <message>
        <source>Show the result formatted as Markdown</source>
        <translation>Ergebnis als Markdown formatiert anzeigen</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Tool-Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n characters</source>
        <translation>
            <numerusform>Alle %n Zeichen anzeigen</numerusform>
            <numerusform>Alle %n Zeichen anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Image from the tool (%1)</source>
        <translation>Bild vom Tool (%1)</translation>
    </message>
</context>
<context>
    <name>ToolRunDelegate</name>
    <message>
        <source>Tool call %1 on %2: %3</source>
        <translation>Tool-Aufruf %1 auf %2: %3</translation>
    </message>
    <message>
        <source>⚙ %1 on %2</source>
        <translation>⚙ %1 auf %2</translation>
    </message>
    <message>
        <source>⚙ %1</source>
        <translation>⚙ %1</translation>
    </message>
    <message>
        <source>The tool is running</source>
        <translation>Das Tool läuft</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Careful: this tool hides text from you. %1</source>
        <translation>Vorsicht: Dieses Tool verbirgt Text vor Ihnen. %1</translation>
    </message>
    <message>
        <source>Arguments (changed by you)</source>
        <translation>Argumente (von Ihnen geändert)</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
</context>
<context>
    <name>ToolRunner</name>
    <message>
        <source>Hidden character %1 in %2</source>
        <translation>Verstecktes Zeichen %1 in %2</translation>
    </message>
    <message>
        <source>The server %1 did not start in time.</source>
        <translation>Der Server %1 ist nicht rechtzeitig gestartet.</translation>
    </message>
    <message>
        <source>The model&apos;s arguments are not a JSON object.</source>
        <translation>Die Argumente des Modells sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This call is not waiting for approval.</source>
        <translation>Dieser Aufruf wartet nicht auf eine Genehmigung.</translation>
    </message>
    <message>
        <source>The server %1 runs only after you confirm its command in Settings → Tools.</source>
        <translation>Der Server %1 läuft erst, wenn Sie seinen Befehl unter Einstellungen → Tools bestätigen.</translation>
    </message>
    <message>
        <source>The server %1 is turned off.</source>
        <translation>Der Server %1 ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>The server %1 is not working: %2</source>
        <translation>Der Server %1 funktioniert nicht: %2</translation>
    </message>
    <message>
        <source>The server %1 is not running.</source>
        <translation>Der Server %1 läuft nicht.</translation>
    </message>
    <message>
        <source>The user stopped the answer.</source>
        <translation>Der Benutzer hat die Antwort gestoppt.</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>Ungültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object ({ … }).</source>
        <translation>Die Argumente müssen ein JSON-Objekt sein ({ … }).</translation>
    </message>
</context>
<context>
    <name>ToolSecrets</name>
    <message>
        <source>The keychain could not be read (%1): the tool servers&apos; environment values and headers are kept for this session only.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1): Umgebungswerte und Header der Tool-Server werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The keychain could not be written (%1): the tool servers&apos; environment values and headers are kept for this session only.</source>
        <translation>In den Schlüsselbund konnte nicht geschrieben werden (%1): Umgebungswerte und Header der Tool-Server werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ToolServerDraft</name>
    <message>
        <source>Line %1 of the headers is not “Name: value”.</source>
        <translation>Zeile %1 der Header hat nicht die Form „Name: Wert“.</translation>
    </message>
    <message>
        <source>Line %1 of the environment is not NAME=value.</source>
        <translation>Zeile %1 der Umgebung hat nicht die Form NAME=Wert.</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Dem Server einen Namen geben.</translation>
    </message>
    <message>
        <source>Enter the command that starts the server.</source>
        <translation>Den Befehl eingeben, der den Server startet.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s http:// or https:// address.</source>
        <translation>Die http://- oder https://-Adresse des Servers eingeben.</translation>
    </message>
</context>
<context>
    <name>ToolServerEditor</name>
    <message>
        <source>Add a tool server</source>
        <translation>Tool-Server hinzufügen</translation>
    </message>
    <message>
        <source>Edit the tool server</source>
        <translation>Tool-Server bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A program on this computer (stdio)</source>
        <translation>Ein Programm auf diesem Computer (stdio)</translation>
    </message>
    <message>
        <source>A server at an address (HTTP)</source>
        <translation>Ein Server unter einer Adresse (HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>npx, uvx, node, or the path of a program</source>
        <translation>npx, uvx, node oder der Pfad eines Programms</translation>
    </message>
    <message>
        <source>Arguments, one per line</source>
        <translation>Argumente, eines pro Zeile</translation>
    </message>
    <message>
        <source>Environment variables, NAME=value per line (kept in the keychain)</source>
        <translation>Umgebungsvariablen, NAME=Wert pro Zeile (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Environment variables, NAME=value per line</source>
        <translation>Umgebungsvariablen, NAME=Wert pro Zeile</translation>
    </message>
    <message>
        <source>Working folder (optional)</source>
        <translation>Arbeitsordner (optional)</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Headers, “Name: value” per line (kept in the keychain)</source>
        <translation>Header, „Name: Wert“ pro Zeile (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Headers, Name: value per line</source>
        <translation>Header, Name: Wert pro Zeile</translation>
    </message>
    <message>
        <source>Time limit per call (seconds)</source>
        <translation>Zeitlimit pro Aufruf (Sekunden)</translation>
    </message>
    <message>
        <source>Time limit per call in seconds</source>
        <translation>Zeitlimit pro Aufruf in Sekunden</translation>
    </message>
    <message>
        <source>Nothing runs when you save: Confab shows you what it will run and starts it once you confirm.</source>
        <translation>Beim Speichern wird nichts ausgeführt: Confab zeigt Ihnen, was es ausführen wird, und startet es erst nach Ihrer Bestätigung.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>A program Confab starts on this computer, or a server it reaches at an address.</source>
        <translation>Ein Programm, das Confab auf diesem Computer startet, oder ein Server, den es unter einer Adresse erreicht.</translation>
    </message>
    <message>
        <source>Where the server answers, and the headers it needs. Header values are kept in the keychain.</source>
        <translation>Wo der Server antwortet und welche Header er braucht. Header-Werte werden im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>What Confab runs, with its arguments and environment. Environment values are kept in the keychain.</source>
        <translation>Was Confab ausführt, mit Argumenten und Umgebung. Umgebungswerte werden im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>A call that takes longer is stopped and the model is told so.</source>
        <translation>Ein Aufruf, der länger dauert, wird abgebrochen, und das Modell erfährt es.</translation>
    </message>
</context>
<context>
    <name>ToolServerRow</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n tool(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Tool</numerusform>
            <numerusform>%1 · %2 · %n Tools</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>It has not run yet as it is now: look at what it runs and confirm it first.</source>
        <translation>Er lief in dieser Form noch nie: Zuerst prüfen, was er ausführt, und bestätigen.</translation>
    </message>
    <message>
        <source>Review and start…</source>
        <translation>Prüfen und starten…</translation>
    </message>
    <message>
        <source>Review what %1 runs and start it</source>
        <translation>Prüfen, was %1 ausführt, und starten</translation>
    </message>
    <message>
        <source>Hide tools and log</source>
        <translation>Tools und Protokoll ausblenden</translation>
    </message>
    <message>
        <source>Tools and log</source>
        <translation>Tools und Protokoll</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove it, its secrets and its approvals?</source>
        <translation>Mitsamt Geheimnissen und Genehmigungen entfernen?</translation>
    </message>
    <message>
        <source>Yes, remove %1</source>
        <translation>Ja, %1 entfernen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>Trust this server: run all its tools without asking</source>
        <translation>Diesem Server vertrauen: alle seine Tools ohne Rückfrage ausführen</translation>
    </message>
    <message>
        <source>Review and start %1…</source>
        <translation>%1 prüfen und starten…</translation>
    </message>
    <message>
        <source>Hide tools and log of %1</source>
        <translation>Tools und Protokoll von %1 ausblenden</translation>
    </message>
    <message>
        <source>Tools and log of %1</source>
        <translation>Tools und Protokoll von %1</translation>
    </message>
</context>
<context>
    <name>ToolServers</name>
    <message>
        <source>Hidden character %1 in %2</source>
        <translation>Verstecktes Zeichen %1 in %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s). None is enabled yet: enable one to see what it runs and confirm it.</source>
        <translation>
            <numerusform>%n Server importiert. Er ist noch nicht aktiviert: Aktivieren, um zu sehen, was er ausführt, und ihn zu bestätigen.</numerusform>
            <numerusform>%n Server importiert. Noch ist keiner aktiviert: Einen aktivieren, um zu sehen, was er ausführt, und ihn zu bestätigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) changed since you approved them.</source>
        <translation>
            <numerusform>%n Tool hat sich seit Ihrer Genehmigung geändert.</numerusform>
            <numerusform>%n Tools haben sich seit Ihrer Genehmigung geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) contain hidden characters.</source>
        <translation>
            <numerusform>%n Tool enthält versteckte Zeichen.</numerusform>
            <numerusform>%n Tools enthalten versteckte Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolsPane</name>
    <message>
        <source>Tool servers (MCP) give the model tools, such as reading files or searching. Confab asks you before every call unless you allow a tool for good or trust its server.</source>
        <translation>Tool-Server (MCP) geben dem Modell Tools, etwa zum Lesen von Dateien oder zum Suchen. Confab fragt Sie vor jedem Aufruf, außer Sie erlauben ein Tool dauerhaft oder vertrauen seinem Server.</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>Tool-Server</translation>
    </message>
    <message>
        <source>No tool server yet. Add one, or import the mcpServers file of Claude Desktop, Cursor, LM Studio or VS Code.</source>
        <translation>Noch kein Tool-Server. Einen hinzufügen oder die mcpServers-Datei von Claude Desktop, Cursor, LM Studio oder VS Code importieren.</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Tool-Server hinzufügen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import tool servers from an mcpServers JSON file</source>
        <translation>Tool-Server aus einer mcpServers-JSON-Datei importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the tool servers as an mcpServers JSON file, without secrets</source>
        <translation>Tool-Server als mcpServers-JSON-Datei exportieren, ohne Geheimnisse</translation>
    </message>
    <message>
        <source>Import tool servers</source>
        <translation>Tool-Server importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>mcpServers JSON (*.json)</source>
        <translation>mcpServers-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export tool servers</source>
        <translation>Tool-Server exportieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add a tool server…</source>
        <translation>Tool-Server hinzufügen…</translation>
    </message>
</context>
</TS>
