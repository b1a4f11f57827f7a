<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>A11y</name>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Confab</source>
        <translation>Acerca de Confab</translation>
    </message>
    <message>
        <source>Version %1, with Qt %2</source>
        <translation>Versión %1, con Qt %2</translation>
    </message>
    <message>
        <source>A desktop chat client for language models. Free software under the MIT licence.</source>
        <translation>Un cliente de chat de escritorio para modelos de lenguaje. Software libre con licencia MIT.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Open in the browser: %1</source>
        <translation>Abrir en el navegador: %1</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Qt, by The Qt Company and contributors (LGPL 3)</source>
        <translation>Qt, de The Qt Company y colaboradores (LGPL 3)</translation>
    </message>
    <message>
        <source>md4c, the Markdown parser, by Martin Mitáš (MIT)</source>
        <translation>md4c, el analizador de Markdown, de Martin Mitáš (MIT)</translation>
    </message>
    <message>
        <source>QtKeychain, by Frank Osterfeld and contributors (BSD 3-Clause)</source>
        <translation>QtKeychain, de Frank Osterfeld y colaboradores (BSD 3-Clause)</translation>
    </message>
    <message>
        <source>Lucide icons, by the Lucide contributors (ISC; some from Feather, MIT)</source>
        <translation>Iconos Lucide, de los colaboradores de Lucide (ISC; algunos de Feather, MIT)</translation>
    </message>
    <message>
        <source>Hide the icon licence</source>
        <translation>Ocultar la licencia de los iconos</translation>
    </message>
    <message>
        <source>Show the icon licence</source>
        <translation>Mostrar la licencia de los iconos</translation>
    </message>
    <message>
        <source>Icon licence</source>
        <translation>Licencia de los iconos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>Cerrar Acerca de</translation>
    </message>
</context>
<context>
    <name>AnswerDelegate</name>
    <message>
        <source>The model refused: %1</source>
        <translation>El modelo se negó: %1</translation>
    </message>
    <message>
        <source>The answer is still coming</source>
        <translation>La respuesta aún está llegando</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Esperando la respuesta</translation>
    </message>
    <message>
        <source>Answer from %1</source>
        <translation>Respuesta de %1</translation>
    </message>
</context>
<context>
    <name>AnswerError</name>
    <message>
        <source>Open settings</source>
        <translation>Abrir ajustes</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry this answer</source>
        <translation>Reintentar esta respuesta</translation>
    </message>
    <message>
        <source>Open settings to fix this</source>
        <translation>Abrir los ajustes para corregirlo</translation>
    </message>
    <message>
        <source>Send without attachments</source>
        <translation>Enviar sin adjuntos</translation>
    </message>
</context>
<context>
    <name>AnswerLabels</name>
    <message>
        <source>Rate limited by the provider. Wait a moment, then retry.</source>
        <translation>El proveedor ha limitado la frecuencia de solicitudes. Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The provider rejected the request.</source>
        <translation>El proveedor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The conversation is too long for this model.</source>
        <translation>La conversación es demasiado larga para este modelo.</translation>
    </message>
    <message>
        <source>Blocked by the provider&apos;s content filter.</source>
        <translation>Bloqueado por el filtro de contenido del proveedor.</translation>
    </message>
    <message>
        <source>The provider is overloaded. Retry in a moment.</source>
        <translation>El proveedor está sobrecargado. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The provider had an internal error.</source>
        <translation>El proveedor tuvo un error interno.</translation>
    </message>
    <message>
        <source>Network error: the server could not be reached or the connection broke.</source>
        <translation>Error de red: no se pudo contactar con el servidor o se cortó la conexión.</translation>
    </message>
    <message>
        <source>The server stopped responding.</source>
        <translation>El servidor dejó de responder.</translation>
    </message>
    <message>
        <source>The server sent something Confab could not read.</source>
        <translation>El servidor envió algo que Confab no pudo leer.</translation>
    </message>
    <message>
        <source>The answer ended before it was complete.</source>
        <translation>La respuesta terminó antes de completarse.</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>La respuesta falló.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this answer was streaming.</source>
        <translation>Interrumpida: Confab se cerró mientras llegaba esta respuesta.</translation>
    </message>
    <message>
        <source>The answer reached the length limit.</source>
        <translation>La respuesta alcanzó el límite de longitud.</translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped the answer.</source>
        <translation>El filtro de contenido del proveedor detuvo la respuesta.</translation>
    </message>
    <message>
        <source>%L1 → %L2 tokens</source>
        <translation>%L1 → %L2 tokens</translation>
    </message>
    <message>
        <source>first token %L1 s</source>
        <translation>primer token %L1 s</translation>
    </message>
    <message>
        <source>%L1 tokens/s</source>
        <translation>%L1 tokens/s</translation>
    </message>
    <message>
        <source>The provider did not accept the API key. Check the key in Settings.</source>
        <translation>El proveedor no aceptó la clave de API. Comprueba la clave en Ajustes.</translation>
    </message>
    <message>
        <source>This API key may not use this model. Check the key or choose another model.</source>
        <translation>Esta clave de API no puede usar este modelo. Comprueba la clave o elige otro modelo.</translation>
    </message>
    <message>
        <source>Not found: check the base URL and the model name in Settings.</source>
        <translation>No encontrado: comprueba la URL base y el nombre del modelo en Ajustes.</translation>
    </message>
    <message>
        <source>Still coming</source>
        <translation>Aún en curso</translation>
    </message>
    <message>
        <source>An attachment could not be sent: this model may not read it, or it is too large. Send the question without its attachments, or choose another model.</source>
        <translation>No se pudo enviar un adjunto: puede que este modelo no lo lea o que sea demasiado grande. Envía la pregunta sin sus adjuntos o elige otro modelo.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStorage</name>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Keep the key for this session only, or read it from an environment variable.</source>
        <translation>No hay ningún llavero disponible en este sistema (%1). Guarda la clave solo para esta sesión o léela de una variable de entorno.</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>Guardar la clave</translation>
    </message>
    <message>
        <source>In the system keychain (recommended)</source>
        <translation>En el llavero del sistema (recomendado)</translation>
    </message>
    <message>
        <source>For this session only (forgotten when Confab quits)</source>
        <translation>Solo para esta sesión (se olvida al salir de Confab)</translation>
    </message>
    <message>
        <source>Read it from an environment variable</source>
        <translation>Leerla de una variable de entorno</translation>
    </message>
    <message>
        <source>Variable name, e.g. OPENAI_API_KEY</source>
        <translation>Nombre de la variable, p. ej. OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Environment variable with the key</source>
        <translation>Variable de entorno con la clave</translation>
    </message>
    <message>
        <source>%1 is set.</source>
        <translation>%1 está definida.</translation>
    </message>
    <message>
        <source>%1 is not set in Confab&apos;s environment.</source>
        <translation>%1 no está definida en el entorno de Confab.</translation>
    </message>
    <message>
        <source>In a plain file (not encrypted)</source>
        <translation>En un archivo de texto plano (sin cifrar)</translation>
    </message>
    <message>
        <source>Allow keeping keys in a plain file</source>
        <translation>Permitir guardar claves en un archivo de texto plano</translation>
    </message>
    <message>
        <source>An API key is stored; type a new one to replace it</source>
        <translation>Hay una clave de API guardada; escribe una nueva para reemplazarla</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website</source>
        <translation>Pega la clave de API del sitio web del proveedor</translation>
    </message>
    <message>
        <source>API key: optional, only if the server asks for one</source>
        <translation>Clave de API: opcional, solo si el servidor la pide</translation>
    </message>
    <message>
        <source>In the system keychain (not available here)</source>
        <translation>En el llavero del sistema (no disponible aquí)</translation>
    </message>
</context>
<context>
    <name>AppInfo</name>
    <message>
        <source>Drawn by the graphics card (OpenGL: %1).</source>
        <translation>Se dibuja con la tarjeta gráfica (OpenGL: %1).</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer: no OpenGL driver could be used.</source>
        <translation>Se dibuja con el renderizador por software de Qt Quick: no se pudo usar ningún controlador OpenGL.</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, because OpenGL here (%1) is drawn by the processor, not a graphics card.</source>
        <translation>Se dibuja con el renderizador por software de Qt Quick, porque aquí OpenGL (%1) lo dibuja el procesador, no una tarjeta gráfica.</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, as chosen in Settings.</source>
        <translation>Se dibuja con el renderizador por software de Qt Quick, según lo elegido en Ajustes.</translation>
    </message>
    <message>
        <source>Drawn by the graphics card (OpenGL), as chosen in Settings.</source>
        <translation>Se dibuja con la tarjeta gráfica (OpenGL), según lo elegido en Ajustes.</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, as the environment asks.</source>
        <translation>Se dibuja con el renderizador por software de Qt Quick, según indica el entorno.</translation>
    </message>
    <message>
        <source>Drawn by the graphics card (OpenGL), as the environment asks.</source>
        <translation>Se dibuja con la tarjeta gráfica (OpenGL), según indica el entorno.</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer (no display).</source>
        <translation>Se dibuja con el renderizador por software de Qt Quick (sin pantalla).</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Archivo de texto</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>leyendo…</translation>
    </message>
    <message>
        <source>As text</source>
        <translation>Como texto</translation>
    </message>
    <message>
        <source>As PDF</source>
        <translation>Como PDF</translation>
    </message>
    <message>
        <source>%1 goes as its text: send it as a PDF</source>
        <translation>%1 se envía como texto: enviarlo como PDF</translation>
    </message>
    <message>
        <source>%1 goes as a PDF: send its text instead</source>
        <translation>%1 se envía como PDF: enviar su texto en su lugar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>AttachmentDropArea</name>
    <message>
        <source>Drop files to attach them</source>
        <translation>Suelta los archivos para adjuntarlos</translation>
    </message>
</context>
<context>
    <name>AttachmentIntake</name>
    <message>
        <source>%1 could not be read.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is too large to attach (images and PDFs up to %2, text files up to %3).</source>
        <translation>%1 es demasiado grande para adjuntarlo (imágenes y PDF hasta %2, archivos de texto hasta %3).</translation>
    </message>
    <message>
        <source>%1 has too many pixels to open safely (at most %2 megapixels).</source>
        <translation>%1 tiene demasiados píxeles para abrirlo con seguridad (como máximo %2 megapíxeles).</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete.</source>
        <translation>%1 está dañado o incompleto.</translation>
    </message>
    <message>
        <source>%1 is not an image, a PDF or a text file.</source>
        <translation>%1 no es una imagen, un PDF ni un archivo de texto.</translation>
    </message>
    <message>
        <source>%1 changed while it was read. Attach it again when it is complete.</source>
        <translation>%1 cambió mientras se leía. Adjúntalo de nuevo cuando esté completo.</translation>
    </message>
    <message>
        <source>%1 has no text that could be extracted.</source>
        <translation>%1 no tiene texto que se pueda extraer.</translation>
    </message>
    <message>
        <source>The file of %1 is missing.</source>
        <translation>Falta el archivo de %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Send without the images</source>
        <translation>Enviar sin las imágenes</translation>
    </message>
    <message>
        <source>Remove the images</source>
        <translation>Quitar las imágenes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>%1 of text</source>
        <translation>%1 de texto</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the image</source>
        <translation>Cerrar la imagen</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>No se pudo mostrar la imagen.</translation>
    </message>
</context>
<context>
    <name>BlockAccessibility</name>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Code, %1</source>
        <translation>Código, %1</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Imagen:</translation>
    </message>
</context>
<context>
    <name>ChatAnnouncer</name>
    <message>
        <source>Answer stopped</source>
        <translation>Respuesta detenida</translation>
    </message>
    <message>
        <source>Answer failed: %1</source>
        <translation>La respuesta falló: %1</translation>
    </message>
    <message>
        <source>Answer finished. %1</source>
        <translation>Respuesta terminada. %1</translation>
    </message>
    <message>
        <source>Answer finished</source>
        <translation>Respuesta terminada</translation>
    </message>
    <message>
        <source>Answer started</source>
        <translation>Respuesta iniciada</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>%1 does not read images.</source>
        <translation>%1 no lee imágenes.</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Not configured</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>Switch the provider or model for this conversation</source>
        <translation>Cambiar el proveedor o el modelo de esta conversación</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Atajos de teclado (F1)</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Choose another provider or model</source>
        <translation>Elegir otro proveedor o modelo</translation>
    </message>
    <message>
        <source>The system prompt and parameters of this conversation</source>
        <translation>Las instrucciones del sistema y los parámetros de esta conversación</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Nuevo chat (Ctrl+N)</translation>
    </message>
    <message>
        <source>Parameters: the system prompt, temperature and more</source>
        <translation>Parámetros: el prompt del sistema, la temperatura y más</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Ajustes (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Last answer copied</source>
        <translation>Última respuesta copiada</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>Imagen pegada.png</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *)</source>
        <translation>Imágenes, PDF y texto (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *)</translation>
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
        <translation>Llamada a herramienta: %1 (no es una herramienta de estos servidores: no se ejecuta)
</translation>
    </message>
    <message>
        <source>
Tool call: %1 on %2
%3
</source>
        <translation>
Llamada a herramienta: %1 en %2
%3
</translation>
    </message>
    <message>
        <source>Warning: hidden character %1 in the tool&apos;s %2
</source>
        <translation>Advertencia: carácter oculto %1 en el campo %2 de la herramienta
</translation>
    </message>
    <message>
        <source>(allowed by --yes)
</source>
        <translation>(permitido por --yes)
</translation>
    </message>
    <message>
        <source>(allowed for this run)
</source>
        <translation>(permitido en esta ejecución)
</translation>
    </message>
    <message>
        <source>Run it? [y] yes, [a] always for this tool in this run, [n] no: </source>
        <translation>¿Ejecutarla? [y] sí, [a] siempre para esta herramienta en esta ejecución, [n] no: </translation>
    </message>
    <message>
        <source>
No terminal to ask on: not run (use --yes to allow every call).
</source>
        <translation>
No hay ninguna terminal en la que preguntar: no se ejecuta (usa --yes para permitir todas las llamadas).
</translation>
    </message>
    <message>
        <source>Denied.
</source>
        <translation>Denegado.
</translation>
    </message>
    <message>
        <source>The arguments are not a JSON object: not run.
</source>
        <translation>Los argumentos no son un objeto JSON: no se ejecuta.
</translation>
    </message>
    <message>
        <source>The call failed: %1
</source>
        <translation>La llamada falló: %1
</translation>
    </message>
    <message>
        <source>The tool reported an error:
%1
</source>
        <translation>La herramienta informó de un error:
%1
</translation>
    </message>
    <message>
        <source>Result:
%1
</source>
        <translation>Resultado:
%1
</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message %1…</source>
        <translation>Mensaje para %1…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Unavailable until a provider is set up</source>
        <translation>No disponible hasta configurar un proveedor</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attach files (or paste, or drop them here)</source>
        <translation>Adjuntar archivos (o pégalos o suéltalos aquí)</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Enviar el mensaje (Intro)</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Asistente (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creada: %1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Tool call: %1</source>
        <translation>Llamada a herramienta: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>El archivo no es JSON válido: %1.</translation>
    </message>
    <message>
        <source>The file is neither a Confab export nor a ChatGPT conversations.json.</source>
        <translation>El archivo no es una exportación de Confab ni un conversations.json de ChatGPT.</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of Confab.</source>
        <translation>El archivo lo exportó una versión más reciente de Confab.</translation>
    </message>
    <message>
        <source>The file has no valid format version.</source>
        <translation>El archivo no tiene una versión de formato válida.</translation>
    </message>
    <message>
        <source>Conversation &quot;%1&quot; has a malformed message tree.</source>
        <translation>La conversación «%1» tiene un árbol de mensajes mal formado.</translation>
    </message>
    <message>
        <source>Conversation &quot;%1&quot; has a message of unknown role or state.</source>
        <translation>La conversación «%1» tiene un mensaje de rol o estado desconocido.</translation>
    </message>
    <message>
        <source>[image not imported]</source>
        <translation>[imagen no importada]</translation>
    </message>
    <message>
        <source>Ran %1 on %2 with:</source>
        <translation>Se ejecutó %1 en %2 con:</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Pinned</source>
        <translation>Ancladas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Month section of the history list, e.g. &quot;November 2026&quot;</extracomment>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>The integrity check failed: %1</source>
        <translation>La comprobación de integridad falló: %1</translation>
    </message>
    <message>
        <source>The history database was made by a newer version of Confab (schema %1).</source>
        <translation>La base de datos del historial la creó una versión más reciente de Confab (esquema %1).</translation>
    </message>
    <message>
        <source>The history database %1 is unreadable and could not be moved aside.</source>
        <translation>La base de datos del historial %1 no se puede leer y no se pudo apartar.</translation>
    </message>
    <message>
        <source>The conversation history is damaged (%1). At the next start Confab moves the file aside, keeping it, and starts a new history.</source>
        <translation>El historial de conversaciones está dañado (%1). En el próximo inicio, Confab apartará el archivo, conservándolo, y empezará un historial nuevo.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>no se pudo escribir en el disco</translation>
    </message>
    <message>
        <source>the database is busy</source>
        <translation>la base de datos está ocupada</translation>
    </message>
    <message>
        <source>the database cannot be written</source>
        <translation>no se puede escribir en la base de datos</translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation>la base de datos está dañada</translation>
    </message>
    <message>
        <source>Could not save the conversation history: %1. Your changes are kept and saving is retried.</source>
        <translation>No se pudo guardar el historial de conversaciones: %1. Tus cambios se conservan y se volverá a intentar guardarlos.</translation>
    </message>
</context>
<context>
    <name>ConversationTools</name>
    <message>
        <source>Tools: %1/%2</source>
        <translation>Herramientas: %1/%2</translation>
    </message>
    <message>
        <source>Tools the model may use in this conversation: %1 of %2 servers</source>
        <translation>Herramientas que el modelo puede usar en esta conversación: %1 de %2 servidores</translation>
    </message>
    <message>
        <source>Choose which tool servers this conversation offers the model</source>
        <translation>Elegir qué servidores de herramientas ofrece esta conversación al modelo</translation>
    </message>
    <message>
        <source>Tools in this conversation</source>
        <translation>Herramientas en esta conversación</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tool(s))</source>
        <translation>
            <numerusform>%1 (%n herramienta)</numerusform>
            <numerusform>%1 (%n herramientas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Offer the tools of %1</source>
        <translation>Ofrecer las herramientas de %1</translation>
    </message>
    <message>
        <source>Tool servers…</source>
        <translation>Servidores de herramientas…</translation>
    </message>
    <message>
        <source>Open the tool server settings</source>
        <translation>Abrir los ajustes de servidores de herramientas</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete this message?</source>
        <translation>¿Eliminar este mensaje?</translation>
    </message>
    <message>
        <source>The message and every message after it, on all of its versions, will be deleted.</source>
        <translation>Se eliminarán el mensaje y todos los mensajes posteriores, en todas sus versiones.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What can I help with?</source>
        <translation>¿En qué puedo ayudarte?</translation>
    </message>
    <message>
        <source>No provider is configured</source>
        <translation>No hay ningún proveedor configurado</translation>
    </message>
    <message>
        <source>Open Settings (Ctrl+,) and add a provider: OpenAI, Anthropic, Google Gemini, Ollama, LM Studio, llama.cpp, OpenRouter or any OpenAI-compatible server.</source>
        <translation>Abre Ajustes (Ctrl+,) y añade un proveedor: OpenAI, Anthropic, Google Gemini, Ollama, LM Studio, llama.cpp, OpenRouter o cualquier servidor compatible con OpenAI.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Press Enter to send, Shift+Enter for a new line and Esc to stop. F1 lists every shortcut.</source>
        <translation>Intro envía, Mayús+Intro añade una línea y Esc detiene. F1 muestra todos los atajos.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Buscar en la conversación</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
</context>
<context>
    <name>FirstRunOfferPage</name>
    <message>
        <source>Welcome to Confab</source>
        <translation>Te damos la bienvenida a Confab</translation>
    </message>
    <message>
        <source>Looking for model servers on this computer…</source>
        <translation>Buscando servidores de modelos en este equipo…</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <source>Found providers</source>
        <translation>Proveedores encontrados</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 — %n model(s)</source>
        <translation>
            <numerusform>%1 en %2 — %n modelo</numerusform>
            <numerusform>%1 en %2 — %n modelos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with the key in %2</source>
        <translation>%1 con la clave en %2</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Closes the welcome; it is not shown again</source>
        <translation>Cierra la bienvenida; no se volverá a mostrar</translation>
    </message>
    <message>
        <source>Chat with language models on this computer or online. Choose where the answers come from; you can add more later in Settings.</source>
        <translation>Chatea con modelos de lenguaje en este equipo o en línea. Elige de dónde vienen las respuestas; puedes añadir más después en Ajustes.</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <translation>Encontrado en este equipo</translation>
    </message>
    <message>
        <source>No model server is running here and no API key is set in the environment.</source>
        <translation>No hay ningún servidor de modelos en ejecución aquí ni ninguna clave de API en el entorno.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Connect a provider</source>
        <translation>Conectar un proveedor</translation>
    </message>
    <message>
        <source>Full provider form…</source>
        <translation>Formulario completo del proveedor…</translation>
    </message>
    <message>
        <source>Full provider form in Settings</source>
        <translation>Formulario completo del proveedor en Ajustes</translation>
    </message>
    <message>
        <source>Every field, such as extra headers, in Settings</source>
        <translation>Todos los campos, como las cabeceras adicionales, en Ajustes</translation>
    </message>
</context>
<context>
    <name>GeneralPane</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Tamaño del texto en puntos</translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation>Proveedor predeterminado</translation>
    </message>
    <message>
        <source>No provider yet</source>
        <translation>Aún no hay proveedores</translation>
    </message>
    <message>
        <source>Default provider for new conversations</source>
        <translation>Proveedor predeterminado para conversaciones nuevas</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modelo predeterminado</translation>
    </message>
    <message>
        <source>Default model for new conversations</source>
        <translation>Modelo predeterminado para conversaciones nuevas</translation>
    </message>
    <message>
        <source>Let a model write conversation titles</source>
        <translation>Dejar que un modelo escriba los títulos de las conversaciones</translation>
    </message>
    <message>
        <source>Title model (empty: the conversation&apos;s model)</source>
        <translation>Modelo para títulos (vacío: el de la conversación)</translation>
    </message>
    <message>
        <source>Model for titles</source>
        <translation>Modelo para títulos</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Archivo de ajustes</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Export settings to the file</source>
        <translation>Exportar los ajustes al archivo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Se importó %1.</translation>
    </message>
    <message>
        <source>Import settings from the file</source>
        <translation>Importar los ajustes del archivo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Takes effect when Confab is started again.</source>
        <translation>Se aplica la próxima vez que se inicie Confab.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Colours, text size and language of the whole window.</source>
        <translation>Colores, tamaño del texto e idioma de toda la ventana.</translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation>Conversaciones nuevas</translation>
    </message>
    <message>
        <source>What a new conversation starts with; each conversation can change it.</source>
        <translation>Con qué empieza una conversación nueva; cada conversación puede cambiarlo.</translation>
    </message>
    <message>
        <source>Conversation titles</source>
        <translation>Títulos de las conversaciones</translation>
    </message>
    <message>
        <source>A title is written from the first question; a model can write a better one.</source>
        <translation>El título sale de la primera pregunta; un modelo puede escribir uno mejor.</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Exportar e importar</translation>
    </message>
    <message>
        <source>All settings in one file, to move them to another computer. API keys are never included.</source>
        <translation>Todos los ajustes en un archivo, para llevarlos a otro equipo. Las claves de API nunca se incluyen.</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>The conversation history could not be read, so Confab started a new one. The old file was kept as %1.</source>
        <translation>No se pudo leer el historial de conversaciones, así que Confab empezó uno nuevo. El archivo antiguo se conservó como %1.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Se exportó a %1</translation>
    </message>
    <message>
        <source>Exported all conversations to %1</source>
        <translation>Se exportaron todas las conversaciones a %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>Se importó %n conversación</numerusform>
            <numerusform>Se importaron %n conversaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDelegate</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>Título de la conversación</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Acciones para %1</translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <source>Confab JSON (*.json)</source>
        <translation>JSON de Confab (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Confab or ChatGPT export (*.json)</source>
        <translation>Exportación de Confab o ChatGPT (*.json)</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Conversation history</source>
        <translation>Historial de conversaciones</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>History actions</source>
        <translation>Acciones del historial</translation>
    </message>
    <message>
        <source>Import conversations…</source>
        <translation>Importar conversaciones…</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>Exportar todas las conversaciones…</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Your conversations will appear here.</source>
        <translation>Tus conversaciones aparecerán aquí.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Ninguna conversación coincide con «%1».</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>Se eliminó «%1». Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Nuevo chat (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>HistoryRowMenu</name>
    <message>
        <source>Actions for %1</source>
        <translation>Acciones para %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desanclar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anclar</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>HistorySearchDelegate</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
</context>
<context>
    <name>HistoryUndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>Se eliminó «%1»</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>Conversación eliminada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Deshacer la eliminación</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address is not an http or https URL.</source>
        <translation>La dirección del servidor no es una URL http o https.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB.</source>
        <translation>La respuesta del servidor ocupa más de %1 MB.</translation>
    </message>
    <message>
        <source>The server sent an event larger than %1 MB.</source>
        <translation>El servidor envió un evento de más de %1 MB.</translation>
    </message>
    <message>
        <source>The server sent something that is not JSON-RPC.</source>
        <translation>El servidor envió algo que no es JSON-RPC.</translation>
    </message>
    <message>
        <source>The server redirected to another site (%1); Confab does not follow it, as the request may carry secrets.</source>
        <translation>El servidor redirigió a otro sitio (%1); Confab no sigue la redirección, ya que la solicitud puede contener secretos.</translation>
    </message>
    <message>
        <source>The server&apos;s session has ended.</source>
        <translation>La sesión del servidor ha terminado.</translation>
    </message>
    <message>
        <source>The server refused access (HTTP %1). Check the headers configured for it, such as Authorization.</source>
        <translation>El servidor denegó el acceso (HTTP %1). Comprueba las cabeceras configuradas para él, como Authorization.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1, %2): %3</source>
        <translation>El servidor respondió con un error (HTTP %1, %2): %3</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>El servidor respondió con HTTP %1.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>No se pudo contactar con el servidor: %1</translation>
    </message>
    <message>
        <source>The connection broke and the server could not resume it (HTTP %1).</source>
        <translation>La conexión se cortó y el servidor no pudo reanudarla (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection broke before the server answered: %1</source>
        <translation>La conexión se cortó antes de que el servidor respondiera: %1</translation>
    </message>
    <message>
        <source>The server ended its answer without a response.</source>
        <translation>El servidor terminó su respuesta sin enviar ningún resultado.</translation>
    </message>
</context>
<context>
    <name>JumpToLatestButton</name>
    <message>
        <source>Jump to the latest message</source>
        <translation>Ir al último mensaje</translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
</context>
<context>
    <name>LaunchConfirmDialog</name>
    <message>
        <source>Start %1?</source>
        <translation>¿Iniciar %1?</translation>
    </message>
    <message>
        <source>Confab will connect to this address and send these headers:</source>
        <translation>Confab se conectará a esta dirección y enviará estas cabeceras:</translation>
    </message>
    <message>
        <source>Confab will run this program with these arguments and this environment. Only confirm what you recognise.</source>
        <translation>Confab ejecutará este programa con estos argumentos y este entorno. Confirma solo lo que reconozcas.</translation>
    </message>
    <message>
        <source>What the server runs</source>
        <translation>Lo que ejecuta el servidor</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Cabecera: %1</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Comando: %1</translation>
    </message>
    <message>
        <source>Argument: %1</source>
        <translation>Argumento: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Entorno: %1</translation>
    </message>
    <message>
        <source>Working folder: %1</source>
        <translation>Carpeta de trabajo: %1</translation>
    </message>
    <message>
        <source>This changed since you last confirmed it:</source>
        <translation>Esto ha cambiado desde la última vez que lo confirmaste:</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Conectar a %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ejecutar %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Open this link?</source>
        <translation>¿Abrir este enlace?</translation>
    </message>
    <message>
        <source>Link blocked</source>
        <translation>Enlace bloqueado</translation>
    </message>
    <message>
        <source>Confab only opens http and https links. This one was not opened:
%1</source>
        <translation>Confab solo abre enlaces http y https. Este no se ha abierto:
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
        <translation>Este equipo no tiene conexión. Los servidores locales siguen funcionando; los proveedores en la nube volverán a responder cuando vuelva la conexión.</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
</context>
<context>
    <name>McpCli</name>
    <message>
        <source>Server: %1 %2 (MCP %3)
</source>
        <translation>Servidor: %1 %2 (MCP %3)
</translation>
    </message>
    <message>
        <source>Warning: hidden character %1 in %2</source>
        <translation>Advertencia: carácter oculto %1 en %2</translation>
    </message>
    <message>
        <source>(needs tasks, which Confab does not support)</source>
        <translation>(necesita tareas, que Confab no admite)</translation>
    </message>
    <message>
        <source>Talks to a Model Context Protocol server.

  confab-cli mcp list (--stdio &quot;CMD ARGS&quot; | --url URL) [options]
  confab-cli mcp call (--stdio &quot;CMD ARGS&quot; | --url URL) [options] TOOL [JSON|-]</source>
        <translation>Se comunica con un servidor de Model Context Protocol.

  confab-cli mcp list (--stdio &quot;CMD ARGS&quot; | --url URL) [opciones]
  confab-cli mcp call (--stdio &quot;CMD ARGS&quot; | --url URL) [opciones] HERRAMIENTA [JSON|-]</translation>
    </message>
    <message>
        <source>Start the server with this command (split like a shell, never run by one).</source>
        <translation>Iniciar el servidor con este comando (dividido como lo haría un shell, pero nunca ejecutado por uno).</translation>
    </message>
    <message>
        <source>Streamable HTTP endpoint of the server.</source>
        <translation>Punto de conexión Streamable HTTP del servidor.</translation>
    </message>
    <message>
        <source>HTTP header &quot;Name: value&quot; (repeatable).</source>
        <translation>Cabecera HTTP &quot;Nombre: valor&quot; (repetible).</translation>
    </message>
    <message>
        <source>NAME=VALUE for the server&apos;s environment, or NAME to pass ours on (repeatable). Nothing else of our environment reaches it but PATH, HOME, the locale and such.</source>
        <translation>NOMBRE=VALOR para el entorno del servidor, o NOMBRE para pasarle la nuestra (repetible). De nuestro entorno no le llega nada más salvo PATH, HOME, la configuración regional y similares.</translation>
    </message>
    <message>
        <source>Working folder of the server.</source>
        <translation>Carpeta de trabajo del servidor.</translation>
    </message>
    <message>
        <source>auto (default), legacy or modern.</source>
        <translation>auto (predeterminado), legacy o modern.</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (120).</source>
        <translation>Segundos de espera para una respuesta (120).</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: imprimir JSON.</translation>
    </message>
    <message>
        <source>Show the server&apos;s log and progress.</source>
        <translation>Mostrar el registro y el progreso del servidor.</translation>
    </message>
    <message>
        <source>list or call</source>
        <translation>list o call</translation>
    </message>
    <message>
        <source>Say list or call.</source>
        <translation>Indica list o call.</translation>
    </message>
    <message>
        <source>Give either --stdio or --url.</source>
        <translation>Indica --stdio o --url.</translation>
    </message>
    <message>
        <source>--stdio: %1</source>
        <translation>--stdio: %1</translation>
    </message>
    <message>
        <source>--env takes NAME=VALUE or NAME.</source>
        <translation>--env admite NOMBRE=VALOR o NOMBRE.</translation>
    </message>
    <message>
        <source>--url takes an http or https URL.</source>
        <translation>--url admite una URL http o https.</translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot;.</source>
        <translation>--header admite &quot;Nombre: valor&quot;.</translation>
    </message>
    <message>
        <source>--protocol takes auto, legacy or modern.</source>
        <translation>--protocol admite auto, legacy o modern.</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds.</source>
        <translation>--timeout admite un número positivo de segundos.</translation>
    </message>
    <message>
        <source>call takes TOOL and, optionally, its arguments as JSON.</source>
        <translation>call admite HERRAMIENTA y, opcionalmente, sus argumentos como JSON.</translation>
    </message>
    <message>
        <source>Cannot read the arguments from standard input.</source>
        <translation>No se pueden leer los argumentos de la entrada estándar.</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object.</source>
        <translation>Los argumentos deben ser un objeto JSON.</translation>
    </message>
    <message>
        <source>list takes no further arguments.</source>
        <translation>list no admite más argumentos.</translation>
    </message>
    <message>
        <source>confab-cli mcp: interrupted
</source>
        <translation>confab-cli mcp: interrumpido
</translation>
    </message>
</context>
<context>
    <name>McpClient</name>
    <message>
        <source>The server connection was closed.</source>
        <translation>Se cerró la conexión con el servidor.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>The server speaks MCP %1; Confab speaks %2.</source>
        <translation>El servidor usa MCP %1; Confab usa %2.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>The server needs features Confab does not offer.</source>
        <translation>El servidor necesita funciones que Confab no ofrece.</translation>
    </message>
    <message>
        <source>The server does not speak MCP %1.</source>
        <translation>El servidor no usa MCP %1.</translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation>(sin versión)</translation>
    </message>
    <message>
        <source>The server&apos;s session ended and a new one could not be started: %1</source>
        <translation>La sesión del servidor terminó y no se pudo iniciar una nueva: %1</translation>
    </message>
    <message>
        <source>The server is not connected.</source>
        <translation>El servidor no está conectado.</translation>
    </message>
    <message>
        <source>The server kept asking to retry the request.</source>
        <translation>El servidor siguió pidiendo que se reintentara la solicitud.</translation>
    </message>
    <message>
        <source>The server asks for input Confab cannot give yet (%1).</source>
        <translation>El servidor pide datos que Confab aún no puede proporcionar (%1).</translation>
    </message>
    <message>
        <source>The server sent a result of an unknown type.</source>
        <translation>El servidor envió un resultado de tipo desconocido.</translation>
    </message>
    <message>
        <source>The server&apos;s tool result is not an object.</source>
        <translation>El resultado de la herramienta del servidor no es un objeto.</translation>
    </message>
</context>
<context>
    <name>McpCommandLine</name>
    <message>
        <source>The command ends with a backslash.</source>
        <translation>El comando termina con una barra invertida.</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation>Hay unas comillas sin cerrar.</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>El comando está vacío.</translation>
    </message>
</context>
<context>
    <name>McpConfigFile</name>
    <message>
        <source>The file is not a JSON object (%1).</source>
        <translation>El archivo no es un objeto JSON (%1).</translation>
    </message>
    <message>
        <source>The file has no &quot;mcpServers&quot; (or &quot;servers&quot;) object.</source>
        <translation>El archivo no tiene ningún objeto &quot;mcpServers&quot; (ni &quot;servers&quot;).</translation>
    </message>
    <message>
        <source>Its envFile is not read: add the variables it needs by hand.</source>
        <translation>Su envFile no se lee: añade a mano las variables que necesite.</translation>
    </message>
    <message>
        <source>%1: the URL is not an http or https address.</source>
        <translation>%1: la URL no es una dirección http o https.</translation>
    </message>
    <message>
        <source>It was set up for the older HTTP+SSE transport; Confab speaks Streamable HTTP to the same URL.</source>
        <translation>Se configuró para el antiguo transporte HTTP+SSE; Confab usa Streamable HTTP con la misma URL.</translation>
    </message>
    <message>
        <source>%1: neither a command nor a URL.</source>
        <translation>%1: no es un comando ni una URL.</translation>
    </message>
    <message>
        <source>It uses ${…} placeholders, which Confab does not fill in: replace them with the values.</source>
        <translation>Usa marcadores ${…}, que Confab no rellena: sustitúyelos por los valores.</translation>
    </message>
</context>
<context>
    <name>McpRpcSession</name>
    <message>
        <source>The server is not connected.</source>
        <translation>El servidor no está conectado.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server sent a message that is not JSON-RPC.</source>
        <translation>El servidor envió un mensaje que no es JSON-RPC.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1): %2</source>
        <translation>El servidor respondió con un error (%1): %2</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Se cerró la conexión.</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1 s).</source>
        <translation>El servidor no respondió a tiempo (%1 s).</translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Versión %1 de %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue this answer</source>
        <translation>Continuar esta respuesta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>Eliminar este mensaje</translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation>Copiar este mensaje</translation>
    </message>
    <message>
        <source>As Markdown</source>
        <translation>Como Markdown</translation>
    </message>
    <message>
        <source>Edit this message</source>
        <translation>Editar este mensaje</translation>
    </message>
    <message>
        <source>Sends it again as a new version</source>
        <translation>Lo vuelve a enviar como una versión nueva</translation>
    </message>
    <message>
        <source>Asks for a new version of this answer</source>
        <translation>Pide una versión nueva de esta respuesta</translation>
    </message>
    <message>
        <source>Regenerate (Ctrl+R)</source>
        <translation>Regenerar (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>MessageAttachments</name>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Edited message</source>
        <translation>Mensaje editado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the edited message</source>
        <translation>Enviar el mensaje editado</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Search, or type a model name and press Enter</source>
        <translation>Busca o escribe un nombre de modelo y pulsa Intro</translation>
    </message>
    <message>
        <source>Search models or type a model name</source>
        <translation>Buscar modelos o escribir un nombre de modelo</translation>
    </message>
    <message>
        <source>Loading the model list</source>
        <translation>Cargando la lista de modelos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>No listed model matches. Press Enter to use “%1”.</source>
        <translation>Ningún modelo de la lista coincide. Pulsa Intro para usar «%1».</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation>Actualizar la lista de modelos</translation>
    </message>
</context>
<context>
    <name>ModelSwitcher</name>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Proveedor: %1</translation>
    </message>
    <message>
        <source>The conversation so far is kept and sent to the model you choose.</source>
        <translation>La conversación hasta ahora se conserva y se envía al modelo que elijas.</translation>
    </message>
    <message>
        <source>Switch the model</source>
        <translation>Cambiar el modelo</translation>
    </message>
</context>
<context>
    <name>NetworkPane</name>
    <message>
        <source>Online.</source>
        <translation>Con conexión.</translation>
    </message>
    <message>
        <source>No offline detection on this system: Confab notices a lost connection when a request fails.</source>
        <translation>Este sistema no detecta la falta de conexión: Confab nota que se ha perdido cuando falla una solicitud.</translation>
    </message>
    <message>
        <source>You are offline. Servers on this computer still work.</source>
        <translation>No tienes conexión. Los servidores de este equipo siguen funcionando.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation>Usar la configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>Manual proxy (servers on this computer are reached directly)</source>
        <translation>Proxy manual (a los servidores de este equipo se accede directamente)</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Tipo de proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Servidor proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Extra certificate authority</source>
        <translation>Autoridad de certificación adicional</translation>
    </message>
    <message>
        <source>Path to a PEM or DER file (empty: only the system&apos;s)</source>
        <translation>Ruta a un archivo PEM o DER (vacío: solo las del sistema)</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Archivo de autoridad de certificación</translation>
    </message>
    <message>
        <source>How Confab reaches providers on the internet. Applied at once.</source>
        <translation>Cómo llega Confab a los proveedores en Internet. Se aplica al instante.</translation>
    </message>
    <message>
        <source>For a company proxy or a server with its own certificate; the system&apos;s authorities are always trusted.</source>
        <translation>Para un proxy de empresa o un servidor con su propio certificado; las autoridades del sistema siempre son de confianza.</translation>
    </message>
</context>
<context>
    <name>ParametersDrawer</name>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <source>Presets: %1</source>
        <translation>Preajustes: %1</translation>
    </message>
    <message>
        <source>No saved presets</source>
        <translation>No hay preajustes guardados</translation>
    </message>
    <message>
        <source>Saved system prompts</source>
        <translation>Instrucciones del sistema guardadas</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Use the selected system prompt</source>
        <translation>Usar las instrucciones del sistema seleccionadas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected system prompt preset</source>
        <translation>Eliminar el preajuste de instrucciones seleccionado</translation>
    </message>
    <message>
        <source>Instructions the model gets before the conversation</source>
        <translation>Instrucciones que recibe el modelo antes de la conversación</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Nombre del preajuste</translation>
    </message>
    <message>
        <source>Name for the new system prompt preset</source>
        <translation>Nombre del nuevo preajuste de instrucciones del sistema</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Guardar como preajuste</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Valor del proveedor</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máximo de tokens</translation>
    </message>
    <message>
        <source>Maximum answer length in tokens</source>
        <translation>Longitud máxima de la respuesta en tokens</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Esfuerzo de razonamiento</translation>
    </message>
    <message>
        <source>Off (where the model allows it)</source>
        <translation>Desactivado (si el modelo lo permite)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer predeterminados</translation>
    </message>
    <message>
        <source>Use as defaults</source>
        <translation>Usar como predeterminados</translation>
    </message>
    <message>
        <source>Saves the system prompt under the preset name</source>
        <translation>Guarda las instrucciones del sistema con el nombre del preajuste</translation>
    </message>
    <message>
        <source>Provider default temperature</source>
        <translation>Temperatura predeterminada del proveedor</translation>
    </message>
    <message>
        <source>Provider default top p</source>
        <translation>Top p predeterminado del proveedor</translation>
    </message>
    <message>
        <source>Sets these parameters to the defaults from the settings</source>
        <translation>Restablece estos parámetros a los valores predeterminados de los ajustes</translation>
    </message>
    <message>
        <source>Use as defaults for new conversations</source>
        <translation>Usar como predeterminados para conversaciones nuevas</translation>
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
        <translation>Otro servidor compatible con OpenAI</translation>
    </message>
    <message>
        <source>GPT models, with an API key from OpenAI</source>
        <translation>Modelos GPT, con una clave de API de OpenAI</translation>
    </message>
    <message>
        <source>Claude models, with an API key from Anthropic</source>
        <translation>Modelos Claude, con una clave de API de Anthropic</translation>
    </message>
    <message>
        <source>Gemini models, with an API key from Google AI Studio</source>
        <translation>Modelos Gemini, con una clave de API de Google AI Studio</translation>
    </message>
    <message>
        <source>Models running on this computer with Ollama</source>
        <translation>Modelos que se ejecutan en este equipo con Ollama</translation>
    </message>
    <message>
        <source>Hundreds of models from many providers, with one key</source>
        <translation>Cientos de modelos de muchos proveedores, con una sola clave</translation>
    </message>
    <message>
        <source>Open models on fast hosted hardware</source>
        <translation>Modelos abiertos en hardware alojado rápido</translation>
    </message>
    <message>
        <source>Mistral&apos;s models, with an API key from Mistral AI</source>
        <translation>Los modelos de Mistral, con una clave de API de Mistral AI</translation>
    </message>
    <message>
        <source>DeepSeek&apos;s chat and reasoning models</source>
        <translation>Los modelos de chat y razonamiento de DeepSeek</translation>
    </message>
    <message>
        <source>Open models hosted by Together AI</source>
        <translation>Modelos abiertos alojados por Together AI</translation>
    </message>
    <message>
        <source>Grok models, with an API key from xAI</source>
        <translation>Modelos Grok, con una clave de API de xAI</translation>
    </message>
    <message>
        <source>Models running on this computer in LM Studio</source>
        <translation>Modelos que se ejecutan en este equipo en LM Studio</translation>
    </message>
    <message>
        <source>A llama.cpp server on this computer</source>
        <translation>Un servidor llama.cpp en este equipo</translation>
    </message>
    <message>
        <source>A vLLM server on this computer</source>
        <translation>Un servidor vLLM en este equipo</translation>
    </message>
    <message>
        <source>A LiteLLM proxy in front of other providers</source>
        <translation>Un proxy LiteLLM delante de otros proveedores</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI chat API</source>
        <translation>Cualquier servidor que hable la API de chat de OpenAI</translation>
    </message>
</context>
<context>
    <name>ProviderDraft</name>
    <message>
        <source>Enter the server&apos;s base URL, for example http://localhost:8080/v1.</source>
        <translation>Introduce la URL base del servidor, por ejemplo http://localhost:8080/v1.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a server.</source>
        <translation>La URL base debe empezar por http:// o https:// e indicar un servidor.</translation>
    </message>
    <message>
        <source>Put credentials in the API key field, not in the URL.</source>
        <translation>Pon las credenciales en el campo de la clave de API, no en la URL.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Introduce la clave de API.</translation>
    </message>
    <message>
        <source>Allow keeping keys in a plain file first, or choose another place for the key.</source>
        <translation>Permite primero guardar claves en un archivo de texto plano o elige otro lugar para la clave.</translation>
    </message>
    <message>
        <source>Enter the name of the environment variable that holds the key.</source>
        <translation>Introduce el nombre de la variable de entorno que contiene la clave.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>La variable de entorno %1 no está definida.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available.</source>
        <translation>
            <numerusform>Conectado. %n modelo disponible.</numerusform>
            <numerusform>Conectado. %n modelos disponibles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Add a provider</source>
        <translation>Añadir un proveedor</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nombre del proveedor</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8080/v1</source>
        <translation>p. ej. http://localhost:8080/v1</translation>
    </message>
    <message>
        <source>Leave empty for %1</source>
        <translation>Déjalo vacío para usar %1</translation>
    </message>
    <message>
        <source>Extra headers (one “Name: value” per line)</source>
        <translation>Cabeceras adicionales (una «Nombre: valor» por línea)</translation>
    </message>
    <message>
        <source>X-Title: Confab</source>
        <translation>X-Title: Confab</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Cabeceras adicionales</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation>Guardar el proveedor</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>A server on this computer: Confab finds it at its usual address.</source>
        <translation>Un servidor en este equipo: Confab lo encuentra en su dirección habitual.</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI chat API: give its address.</source>
        <translation>Cualquier servidor que hable la API de chat de OpenAI: indica su dirección.</translation>
    </message>
    <message>
        <source>A service on the internet: it needs an API key from its website.</source>
        <translation>Un servicio en Internet: necesita una clave de API de su sitio web.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Only if the server was started with one.</source>
        <translation>Solo si el servidor se inició con una.</translation>
    </message>
    <message>
        <source>Where the key is kept: it never goes into the settings file.</source>
        <translation>Dónde se guarda la clave: nunca va al archivo de ajustes.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Advanced: shown</source>
        <translation>Avanzado: visible</translation>
    </message>
    <message>
        <source>Advanced: hidden</source>
        <translation>Avanzado: oculto</translation>
    </message>
    <message>
        <source>Base URL, extra headers, and a key for local servers</source>
        <translation>URL base, cabeceras adicionales y una clave para servidores locales</translation>
    </message>
    <message>
        <source>Rarely needed: a different address, or headers a proxy or gateway asks for.</source>
        <translation>Rara vez necesario: otra dirección, o cabeceras que pide un proxy o una pasarela.</translation>
    </message>
</context>
<context>
    <name>ProviderModelSection</name>
    <message>
        <source>Connection test and default model</source>
        <translation>Prueba de conexión y modelo predeterminado</translation>
    </message>
    <message>
        <source>The test asks the server for its models, with the values as typed.</source>
        <translation>La prueba pide al servidor sus modelos, con los valores escritos.</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar prueba</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Probando la conexión</translation>
    </message>
    <message>
        <source>Default model: %1</source>
        <translation>Modelo predeterminado: %1</translation>
    </message>
    <message>
        <source>Default model: the first one the server lists</source>
        <translation>Modelo predeterminado: el primero que lista el servidor</translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>The settings export has a provider without a unique id.</source>
        <translation>La exportación de ajustes tiene un proveedor sin un identificador único.</translation>
    </message>
</context>
<context>
    <name>ProviderRow</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
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
        <translation>Hacer predeterminado</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Delete it and its key?</source>
        <translation>¿Eliminarlo junto con su clave?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Conservar %1</translation>
    </message>
    <message>
        <source>Make default: %1</source>
        <translation>Hacer predeterminado: %1</translation>
    </message>
    <message>
        <source>Delete %1 and its key</source>
        <translation>Eliminar %1 y su clave</translation>
    </message>
</context>
<context>
    <name>QuestionDelegate</name>
    <message>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
    </message>
</context>
<context>
    <name>QuickSetupForm</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the list of providers</source>
        <translation>Volver a la lista de proveedores</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Conectar con %1</translation>
    </message>
    <message>
        <source>Confab connects to %1 on this computer. Start the server first; no key is needed.</source>
        <translation>Confab se conecta a %1 en este equipo. Inicia primero el servidor; no hace falta ninguna clave.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8080/v1</source>
        <translation>p. ej., http://localhost:8080/v1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website</source>
        <translation>Pega la clave de API del sitio web del proveedor</translation>
    </message>
    <message>
        <source>API key: optional, only if the server asks for one</source>
        <translation>Clave de API: opcional, solo si el servidor la pide</translation>
    </message>
    <message>
        <source>The key is read from %1, which is set.</source>
        <translation>La clave se lee de %1, que está definida.</translation>
    </message>
    <message>
        <source>No keychain is available here: the key is kept until Confab quits. Settings has other places for it.</source>
        <translation>No hay ningún llavero disponible aquí: la clave se guarda hasta que salgas de Confab. Ajustes ofrece otros lugares para ella.</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain.</source>
        <translation>La clave se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connect and save</source>
        <translation>Conectar y guardar</translation>
    </message>
    <message>
        <source>Tests the connection, then saves the provider</source>
        <translation>Prueba la conexión y luego guarda el proveedor</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Probando la conexión</translation>
    </message>
</context>
<context>
    <name>ReasoningSection</name>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Shown; press to hide</source>
        <translation>Visible; pulsa para ocultar</translation>
    </message>
    <message>
        <source>Hidden; press to show</source>
        <translation>Oculto; pulsa para mostrar</translation>
    </message>
</context>
<context>
    <name>ResultImage</name>
    <message>
        <source>Images of type %1 are not shown.</source>
        <translation>Las imágenes de tipo %1 no se muestran.</translation>
    </message>
    <message>
        <source>The image is too large to show.</source>
        <translation>La imagen es demasiado grande para mostrarla.</translation>
    </message>
    <message>
        <source>The image data is not valid base64.</source>
        <translation>Los datos de la imagen no son base64 válido.</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>No se pudo leer la imagen.</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>No se pudo leer la imagen: %1</translation>
    </message>
</context>
<context>
    <name>ServerToolsView</name>
    <message>
        <source>Offer %1 to the model</source>
        <translation>Ofrecer %1 al modelo</translation>
    </message>
    <message>
        <source>says it only reads</source>
        <translation>dice que solo lee</translation>
    </message>
    <message>
        <source>may change or delete things</source>
        <translation>puede cambiar o eliminar cosas</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Volver a preguntar</translation>
    </message>
    <message>
        <source>Ask before each call of %1 again</source>
        <translation>Volver a preguntar antes de cada llamada a %1</translation>
    </message>
    <message>
        <source>Needs MCP tasks, which Confab does not support.</source>
        <translation>Necesita tareas MCP, que Confab no admite.</translation>
    </message>
    <message>
        <source>Changed since you approved it; you will be asked again:</source>
        <translation>Ha cambiado desde que la aprobaste; se te volverá a preguntar:</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Registro del servidor</translation>
    </message>
</context>
<context>
    <name>SettingsExport</name>
    <message>
        <source>This file is not a Confab settings export.</source>
        <translation>Este archivo no es una exportación de ajustes de Confab.</translation>
    </message>
    <message>
        <source>This settings export comes from a newer Confab; update Confab to import it.</source>
        <translation>Esta exportación de ajustes procede de una versión más reciente de Confab; actualiza Confab para importarla.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>No provider yet. Add one with “Add provider…” below: OpenAI, Anthropic, Google Gemini, a local Ollama or llama.cpp, or any OpenAI-compatible server.</source>
        <translation>Aún no hay proveedores. Añade uno con «Añadir proveedor…» abajo: OpenAI, Anthropic, Google Gemini, un Ollama o llama.cpp local, o cualquier servidor compatible con OpenAI.</translation>
    </message>
    <message>
        <source>Add provider…</source>
        <translation>Añadir proveedor…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Back to the chat</source>
        <translation>Volver al chat</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Añadir proveedor</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Back to the chat (Esc)</source>
        <translation>Volver al chat (Esc)</translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation>Acerca de Confab</translation>
    </message>
    <message>
        <source>Where the answers come from: services on the internet, or model servers on this computer. New conversations use the default one.</source>
        <translation>De dónde vienen las respuestas: servicios en Internet o servidores de modelos en este equipo. Las conversaciones nuevas usan el predeterminado.</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Mayús+Intro</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Línea nueva</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Up (empty message box)</source>
        <translation>Arriba (cuadro de mensaje vacío)</translation>
    </message>
    <message>
        <source>Edit your last message</source>
        <translation>Editar tu último mensaje</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in the conversation</source>
        <translation>Buscar en la conversación</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Regenerar la última respuesta</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Mayús+C</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>Copiar la última respuesta</translation>
    </message>
    <message>
        <source>F1, Ctrl+/</source>
        <translation>F1, Ctrl+/</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Esta ayuda</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Stop the answer; close a dialog, the find bar or the settings</source>
        <translation>Detener la respuesta; cerrar un diálogo, la barra de búsqueda o los ajustes</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Go to the conversation history (again: hide it)</source>
        <translation>Ir al historial de conversaciones (otra vez: ocultarlo)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search the conversations</source>
        <translation>Buscar en las conversaciones</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo deleting a conversation</source>
        <translation>Deshacer la eliminación de una conversación</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Next or previous control, also out of a text field</source>
        <translation>Control siguiente o anterior, también para salir de un campo de texto</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Intro, Espacio</translation>
    </message>
    <message>
        <source>Press the focused button</source>
        <translation>Pulsar el botón que tiene el foco</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Arriba, Abajo</translation>
    </message>
    <message>
        <source>Move in a list: messages, conversations, models</source>
        <translation>Moverse por una lista: mensajes, conversaciones, modelos</translation>
    </message>
    <message>
        <source>PageUp, PageDown, Home, End</source>
        <translation>Re Pág, Av Pág, Inicio, Fin</translation>
    </message>
    <message>
        <source>Scroll the conversation (when it has the focus)</source>
        <translation>Desplazar la conversación (cuando tiene el foco)</translation>
    </message>
    <message>
        <source>Enter (history)</source>
        <translation>Intro (historial)</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Abrir la conversación</translation>
    </message>
    <message>
        <source>F2 (history)</source>
        <translation>F2 (historial)</translation>
    </message>
    <message>
        <source>Rename the conversation</source>
        <translation>Renombrar la conversación</translation>
    </message>
    <message>
        <source>Delete (history)</source>
        <translation>Supr (historial)</translation>
    </message>
    <message>
        <source>Delete the conversation</source>
        <translation>Eliminar la conversación</translation>
    </message>
    <message>
        <source>Menu, Shift+F10 (history)</source>
        <translation>Menú, Mayús+F10 (historial)</translation>
    </message>
    <message>
        <source>The conversation&apos;s menu</source>
        <translation>El menú de la conversación</translation>
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
        <translation>No se encuentra el programa «%1» en el PATH del servidor.</translation>
    </message>
    <message>
        <source>Could not start the server &quot;%1&quot;: %2</source>
        <translation>No se pudo iniciar el servidor «%1»: %2</translation>
    </message>
    <message>
        <source>The server stopped unexpectedly (it crashed or was killed).</source>
        <translation>El servidor se detuvo inesperadamente (falló o se forzó su cierre).</translation>
    </message>
    <message>
        <source>The server exited (code %1).</source>
        <translation>El servidor terminó (código %1).</translation>
    </message>
    <message>
        <source>The server sent a message of %1 MB; the limit is %2 MB.</source>
        <translation>El servidor envió un mensaje de %1 MB; el límite es de %2 MB.</translation>
    </message>
    <message>
        <source>The server wrote something that is not JSON-RPC on its standard output; it must write only MCP messages there.</source>
        <translation>El servidor escribió algo que no es JSON-RPC en su salida estándar; ahí solo debe escribir mensajes MCP.</translation>
    </message>
</context>
<context>
    <name>TitleGenerator</name>
    <message>
        <source>No model is configured for titles.</source>
        <translation>No hay ningún modelo configurado para los títulos.</translation>
    </message>
    <message>
        <source>The model answered without a title.</source>
        <translation>El modelo respondió sin un título.</translation>
    </message>
</context>
<context>
    <name>ToolApprovalCard</name>
    <message>
        <source>Approve %1 on %2</source>
        <translation>Aprobar %1 en %2</translation>
    </message>
    <message>
        <source>Run %1 on %2 with these arguments? You can change them first.</source>
        <translation>¿Ejecutar %1 en %2 con estos argumentos? Puedes cambiarlos antes.</translation>
    </message>
    <message>
        <source>This tool changed since you last approved it. Its definition now differs like this:</source>
        <translation>Esta herramienta ha cambiado desde la última vez que la aprobaste. Su definición difiere ahora así:</translation>
    </message>
    <message>
        <source>What changed in the tool</source>
        <translation>Qué ha cambiado en la herramienta</translation>
    </message>
    <message>
        <source>Arguments for %1, as JSON (editable)</source>
        <translation>Argumentos para %1, en JSON (editables)</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Permitir una vez</translation>
    </message>
    <message>
        <source>Allow %1 once</source>
        <translation>Permitir %1 una vez</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Permitir siempre</translation>
    </message>
    <message>
        <source>Always allow %1 on %2</source>
        <translation>Permitir siempre %1 en %2</translation>
    </message>
    <message>
        <source>Runs %1 on %2 without asking from now on, until the tool changes</source>
        <translation>Ejecuta %1 en %2 sin preguntar a partir de ahora, hasta que la herramienta cambie</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>Denegar %1</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Tool call: %1</source>
        <translation>Llamada a herramienta: %1</translation>
    </message>
    <message>
        <source>called</source>
        <translation>invocada</translation>
    </message>
    <message>
        <source>calling…</source>
        <translation>invocando…</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
</context>
<context>
    <name>ToolLabels</name>
    <message>
        <source>Waits for the call above</source>
        <translation>Espera a la llamada anterior</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>Esperando tu aprobación</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Denied: the model was told so</source>
        <translation>Denegado: se informó al modelo</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Not run: the model asked for a tool it was not offered</source>
        <translation>No se ejecutó: el modelo pidió una herramienta que no se le ofreció</translation>
    </message>
    <message>
        <source>Not run: this answer reached its limit of tool rounds</source>
        <translation>No se ejecutó: esta respuesta alcanzó su límite de rondas de herramientas</translation>
    </message>
    <message>
        <source>Not run: Confab closed before it finished</source>
        <translation>No se ejecutó: Confab se cerró antes de que terminara</translation>
    </message>
    <message>
        <source>allowed once</source>
        <translation>permitido una vez</translation>
    </message>
    <message>
        <source>always allowed</source>
        <translation>siempre permitido</translation>
    </message>
    <message>
        <source>trusted server</source>
        <translation>servidor de confianza</translation>
    </message>
    <message>
        <source>allowed without asking</source>
        <translation>permitido sin preguntar</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Needs your confirmation</source>
        <translation>Necesita tu confirmación</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>ToolResultView</name>
    <message>
        <source>The tool reported an error:</source>
        <translation>La herramienta informó de un error:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Con formato</translation>
    </message>
    <message>
        <source>Show the result as plain text</source>
        <translation>Mostrar el resultado como texto sin formato</translation>
    </message>
    <message>
        <source>Show the result formatted as Markdown</source>
        <translation>Mostrar el resultado con formato Markdown</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Resultado de la herramienta</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n characters</source>
        <translation>
            <numerusform>Mostrar %n carácter</numerusform>
            <numerusform>Mostrar los %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Image from the tool (%1)</source>
        <translation>Imagen de la herramienta (%1)</translation>
    </message>
</context>
<context>
    <name>ToolRunDelegate</name>
    <message>
        <source>Tool call %1 on %2: %3</source>
        <translation>Llamada a herramienta %1 en %2: %3</translation>
    </message>
    <message>
        <source>⚙ %1 on %2</source>
        <translation>⚙ %1 en %2</translation>
    </message>
    <message>
        <source>⚙ %1</source>
        <translation>⚙ %1</translation>
    </message>
    <message>
        <source>The tool is running</source>
        <translation>La herramienta se está ejecutando</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Careful: this tool hides text from you. %1</source>
        <translation>Cuidado: esta herramienta te oculta texto. %1</translation>
    </message>
    <message>
        <source>Arguments (changed by you)</source>
        <translation>Argumentos (modificados por ti)</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
</context>
<context>
    <name>ToolRunner</name>
    <message>
        <source>Hidden character %1 in %2</source>
        <translation>Carácter oculto %1 en %2</translation>
    </message>
    <message>
        <source>The server %1 did not start in time.</source>
        <translation>El servidor %1 no se inició a tiempo.</translation>
    </message>
    <message>
        <source>The model&apos;s arguments are not a JSON object.</source>
        <translation>Los argumentos del modelo no son un objeto JSON.</translation>
    </message>
    <message>
        <source>This call is not waiting for approval.</source>
        <translation>Esta llamada no está esperando aprobación.</translation>
    </message>
    <message>
        <source>The server %1 runs only after you confirm its command in Settings → Tools.</source>
        <translation>El servidor %1 solo se ejecuta después de que confirmes su comando en Ajustes → Herramientas.</translation>
    </message>
    <message>
        <source>The server %1 is turned off.</source>
        <translation>El servidor %1 está desactivado.</translation>
    </message>
    <message>
        <source>The server %1 is not working: %2</source>
        <translation>El servidor %1 no funciona: %2</translation>
    </message>
    <message>
        <source>The server %1 is not running.</source>
        <translation>El servidor %1 no está en ejecución.</translation>
    </message>
    <message>
        <source>The user stopped the answer.</source>
        <translation>El usuario detuvo la respuesta.</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>JSON no válido en el carácter %1: %2</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object ({ … }).</source>
        <translation>Los argumentos deben ser un objeto JSON ({ … }).</translation>
    </message>
</context>
<context>
    <name>ToolSecrets</name>
    <message>
        <source>The keychain could not be read (%1): the tool servers&apos; environment values and headers are kept for this session only.</source>
        <translation>No se pudo leer el llavero (%1): los valores de entorno y las cabeceras de los servidores de herramientas se guardan solo para esta sesión.</translation>
    </message>
    <message>
        <source>The keychain could not be written (%1): the tool servers&apos; environment values and headers are kept for this session only.</source>
        <translation>No se pudo escribir en el llavero (%1): los valores de entorno y las cabeceras de los servidores de herramientas se guardan solo para esta sesión.</translation>
    </message>
</context>
<context>
    <name>ToolServerDraft</name>
    <message>
        <source>Line %1 of the headers is not “Name: value”.</source>
        <translation>La línea %1 de las cabeceras no tiene la forma «Nombre: valor».</translation>
    </message>
    <message>
        <source>Line %1 of the environment is not NAME=value.</source>
        <translation>La línea %1 del entorno no tiene la forma NOMBRE=valor.</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Ponle un nombre al servidor.</translation>
    </message>
    <message>
        <source>Enter the command that starts the server.</source>
        <translation>Introduce el comando que inicia el servidor.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s http:// or https:// address.</source>
        <translation>Introduce la dirección http:// o https:// del servidor.</translation>
    </message>
</context>
<context>
    <name>ToolServerEditor</name>
    <message>
        <source>Add a tool server</source>
        <translation>Añadir un servidor de herramientas</translation>
    </message>
    <message>
        <source>Edit the tool server</source>
        <translation>Editar el servidor de herramientas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A program on this computer (stdio)</source>
        <translation>Un programa en este equipo (stdio)</translation>
    </message>
    <message>
        <source>A server at an address (HTTP)</source>
        <translation>Un servidor en una dirección (HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>npx, uvx, node, or the path of a program</source>
        <translation>npx, uvx, node o la ruta de un programa</translation>
    </message>
    <message>
        <source>Arguments, one per line</source>
        <translation>Argumentos, uno por línea</translation>
    </message>
    <message>
        <source>Environment variables, NAME=value per line (kept in the keychain)</source>
        <translation>Variables de entorno, NOMBRE=valor por línea (se guardan en el llavero)</translation>
    </message>
    <message>
        <source>Environment variables, NAME=value per line</source>
        <translation>Variables de entorno, NOMBRE=valor por línea</translation>
    </message>
    <message>
        <source>Working folder (optional)</source>
        <translation>Carpeta de trabajo (opcional)</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Carpeta de trabajo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Headers, “Name: value” per line (kept in the keychain)</source>
        <translation>Cabeceras, «Nombre: valor» por línea (se guardan en el llavero)</translation>
    </message>
    <message>
        <source>Headers, Name: value per line</source>
        <translation>Cabeceras, Nombre: valor por línea</translation>
    </message>
    <message>
        <source>Time limit per call (seconds)</source>
        <translation>Tiempo límite por llamada (segundos)</translation>
    </message>
    <message>
        <source>Time limit per call in seconds</source>
        <translation>Tiempo límite por llamada en segundos</translation>
    </message>
    <message>
        <source>Nothing runs when you save: Confab shows you what it will run and starts it once you confirm.</source>
        <translation>No se ejecuta nada al guardar: Confab te muestra lo que va a ejecutar y lo inicia cuando lo confirmes.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>A program Confab starts on this computer, or a server it reaches at an address.</source>
        <translation>Un programa que Confab inicia en este equipo, o un servidor al que llega en una dirección.</translation>
    </message>
    <message>
        <source>Where the server answers, and the headers it needs. Header values are kept in the keychain.</source>
        <translation>Dónde responde el servidor y las cabeceras que necesita. Los valores de las cabeceras se guardan en el llavero.</translation>
    </message>
    <message>
        <source>What Confab runs, with its arguments and environment. Environment values are kept in the keychain.</source>
        <translation>Lo que ejecuta Confab, con sus argumentos y su entorno. Los valores del entorno se guardan en el llavero.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>A call that takes longer is stopped and the model is told so.</source>
        <translation>Una llamada que tarde más se detiene y se le avisa al modelo.</translation>
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
            <numerusform>%1 · %2 · %n herramienta</numerusform>
            <numerusform>%1 · %2 · %n herramientas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>It has not run yet as it is now: look at what it runs and confirm it first.</source>
        <translation>Aún no se ha ejecutado tal como está ahora: revisa lo que ejecuta y confírmalo primero.</translation>
    </message>
    <message>
        <source>Review and start…</source>
        <translation>Revisar e iniciar…</translation>
    </message>
    <message>
        <source>Review what %1 runs and start it</source>
        <translation>Revisar lo que ejecuta %1 e iniciarlo</translation>
    </message>
    <message>
        <source>Hide tools and log</source>
        <translation>Ocultar herramientas y registro</translation>
    </message>
    <message>
        <source>Tools and log</source>
        <translation>Herramientas y registro</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Reiniciar %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove it, its secrets and its approvals?</source>
        <translation>¿Quitarlo junto con sus secretos y aprobaciones?</translation>
    </message>
    <message>
        <source>Yes, remove %1</source>
        <translation>Sí, quitar %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Conservar %1</translation>
    </message>
    <message>
        <source>Trust this server: run all its tools without asking</source>
        <translation>Confiar en este servidor: ejecutar todas sus herramientas sin preguntar</translation>
    </message>
    <message>
        <source>Review and start %1…</source>
        <translation>Revisar e iniciar %1…</translation>
    </message>
    <message>
        <source>Hide tools and log of %1</source>
        <translation>Ocultar herramientas y registro de %1</translation>
    </message>
    <message>
        <source>Tools and log of %1</source>
        <translation>Herramientas y registro de %1</translation>
    </message>
</context>
<context>
    <name>ToolServers</name>
    <message>
        <source>Hidden character %1 in %2</source>
        <translation>Carácter oculto %1 en %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s). None is enabled yet: enable one to see what it runs and confirm it.</source>
        <translation>
            <numerusform>Se importó %n servidor. Aún no está activado: actívalo para ver lo que ejecuta y confirmarlo.</numerusform>
            <numerusform>Se importaron %n servidores. Ninguno está activado todavía: activa uno para ver lo que ejecuta y confirmarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) changed since you approved them.</source>
        <translation>
            <numerusform>%n herramienta ha cambiado desde que la aprobaste.</numerusform>
            <numerusform>%n herramientas han cambiado desde que las aprobaste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) contain hidden characters.</source>
        <translation>
            <numerusform>%n herramienta contiene caracteres ocultos.</numerusform>
            <numerusform>%n herramientas contienen caracteres ocultos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolsPane</name>
    <message>
        <source>Tool servers (MCP) give the model tools, such as reading files or searching. Confab asks you before every call unless you allow a tool for good or trust its server.</source>
        <translation>Los servidores de herramientas (MCP) dan herramientas al modelo, como leer archivos o buscar. Confab te pregunta antes de cada llamada, salvo que permitas una herramienta para siempre o confíes en su servidor.</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>Servidores de herramientas</translation>
    </message>
    <message>
        <source>No tool server yet. Add one, or import the mcpServers file of Claude Desktop, Cursor, LM Studio or VS Code.</source>
        <translation>Aún no hay servidores de herramientas. Añade uno o importa el archivo mcpServers de Claude Desktop, Cursor, LM Studio o VS Code.</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Añadir un servidor de herramientas</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import tool servers from an mcpServers JSON file</source>
        <translation>Importar servidores de herramientas desde un archivo JSON mcpServers</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the tool servers as an mcpServers JSON file, without secrets</source>
        <translation>Exportar los servidores de herramientas como archivo JSON mcpServers, sin secretos</translation>
    </message>
    <message>
        <source>Import tool servers</source>
        <translation>Importar servidores de herramientas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>mcpServers JSON (*.json)</source>
        <translation>JSON mcpServers (*.json)</translation>
    </message>
    <message>
        <source>Export tool servers</source>
        <translation>Exportar servidores de herramientas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add a tool server…</source>
        <translation>Añadir un servidor de herramientas…</translation>
    </message>
</context>
</TS>
