<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>A11y</name>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Confab</source>
        <translation>À propos de Confab</translation>
    </message>
    <message>
        <source>Version %1, with Qt %2</source>
        <translation>Version %1, avec Qt %2</translation>
    </message>
    <message>
        <source>A desktop chat client for language models. Free software under the MIT licence.</source>
        <translation>Un client de discussion de bureau pour les modèles de langage. Logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open in the browser: %1</source>
        <translation>Ouvrir dans le navigateur : %1</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Remerciements</translation>
    </message>
    <message>
        <source>Qt, by The Qt Company and contributors (LGPL 3)</source>
        <translation>Qt, par The Qt Company et ses contributeurs (LGPL 3)</translation>
    </message>
    <message>
        <source>md4c, the Markdown parser, by Martin Mitáš (MIT)</source>
        <translation>md4c, l&apos;analyseur Markdown, par Martin Mitáš (MIT)</translation>
    </message>
    <message>
        <source>QtKeychain, by Frank Osterfeld and contributors (BSD 3-Clause)</source>
        <translation>QtKeychain, par Frank Osterfeld et ses contributeurs (BSD 3-Clause)</translation>
    </message>
    <message>
        <source>Lucide icons, by the Lucide contributors (ISC; some from Feather, MIT)</source>
        <translation>Icônes Lucide, par les contributeurs de Lucide (ISC ; certaines issues de Feather, MIT)</translation>
    </message>
    <message>
        <source>Hide the icon licence</source>
        <translation>Masquer la licence des icônes</translation>
    </message>
    <message>
        <source>Show the icon licence</source>
        <translation>Afficher la licence des icônes</translation>
    </message>
    <message>
        <source>Icon licence</source>
        <translation>Licence des icônes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>Fermer À propos</translation>
    </message>
</context>
<context>
    <name>AnswerDelegate</name>
    <message>
        <source>The model refused: %1</source>
        <translation>Le modèle a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer is still coming</source>
        <translation>La réponse est toujours en cours</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>En attente de la réponse</translation>
    </message>
    <message>
        <source>Answer from %1</source>
        <translation>Réponse de %1</translation>
    </message>
</context>
<context>
    <name>AnswerError</name>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les réglages</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry this answer</source>
        <translation>Réessayer cette réponse</translation>
    </message>
    <message>
        <source>Open settings to fix this</source>
        <translation>Ouvrir les réglages pour corriger</translation>
    </message>
    <message>
        <source>Send without attachments</source>
        <translation>Envoyer sans pièces jointes</translation>
    </message>
</context>
<context>
    <name>AnswerLabels</name>
    <message>
        <source>Rate limited by the provider. Wait a moment, then retry.</source>
        <translation>Limite de débit du fournisseur atteinte. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The provider rejected the request.</source>
        <translation>Le fournisseur a rejeté la requête.</translation>
    </message>
    <message>
        <source>The conversation is too long for this model.</source>
        <translation>La conversation est trop longue pour ce modèle.</translation>
    </message>
    <message>
        <source>Blocked by the provider&apos;s content filter.</source>
        <translation>Bloqué par le filtre de contenu du fournisseur.</translation>
    </message>
    <message>
        <source>The provider is overloaded. Retry in a moment.</source>
        <translation>Le fournisseur est surchargé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The provider had an internal error.</source>
        <translation>Le fournisseur a rencontré une erreur interne.</translation>
    </message>
    <message>
        <source>Network error: the server could not be reached or the connection broke.</source>
        <translation>Erreur réseau&#xa0;: le serveur est injoignable ou la connexion a été interrompue.</translation>
    </message>
    <message>
        <source>The server stopped responding.</source>
        <translation>Le serveur ne répond plus.</translation>
    </message>
    <message>
        <source>The server sent something Confab could not read.</source>
        <translation>Le serveur a envoyé des données que Confab n&apos;a pas pu lire.</translation>
    </message>
    <message>
        <source>The answer ended before it was complete.</source>
        <translation>La réponse s&apos;est arrêtée avant d&apos;être complète.</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>La réponse a échoué.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this answer was streaming.</source>
        <translation>Interrompue&#xa0;: Confab a été fermé pendant la réception de cette réponse.</translation>
    </message>
    <message>
        <source>The answer reached the length limit.</source>
        <translation>La réponse a atteint la limite de longueur.</translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped the answer.</source>
        <translation>Le filtre de contenu du fournisseur a arrêté la réponse.</translation>
    </message>
    <message>
        <source>%L1 → %L2 tokens</source>
        <translation>%L1 → %L2 tokens</translation>
    </message>
    <message>
        <source>first token %L1 s</source>
        <translation>premier token %L1 s</translation>
    </message>
    <message>
        <source>%L1 tokens/s</source>
        <translation>%L1 tokens/s</translation>
    </message>
    <message>
        <source>The provider did not accept the API key. Check the key in Settings.</source>
        <translation>Le fournisseur n&apos;a pas accepté la clé API. Vérifiez la clé dans les Réglages.</translation>
    </message>
    <message>
        <source>This API key may not use this model. Check the key or choose another model.</source>
        <translation>Cette clé API n&apos;a pas accès à ce modèle. Vérifiez la clé ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>Not found: check the base URL and the model name in Settings.</source>
        <translation>Introuvable&#xa0;: vérifiez l&apos;URL de base et le nom du modèle dans les Réglages.</translation>
    </message>
    <message>
        <source>Still coming</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>An attachment could not be sent: this model may not read it, or it is too large. Send the question without its attachments, or choose another model.</source>
        <translation>Une pièce jointe n&apos;a pas pu être envoyée&#xa0;: ce modèle ne sait peut-être pas la lire, ou elle est trop volumineuse. Envoyez la question sans ses pièces jointes, ou choisissez un autre modèle.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStorage</name>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Keep the key for this session only, or read it from an environment variable.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système (%1). Conservez la clé pour cette session seulement, ou lisez-la depuis une variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>Conserver la clé</translation>
    </message>
    <message>
        <source>In the system keychain (recommended)</source>
        <translation>Dans le trousseau du système (recommandé)</translation>
    </message>
    <message>
        <source>For this session only (forgotten when Confab quits)</source>
        <translation>Pour cette session seulement (oubliée à la fermeture de Confab)</translation>
    </message>
    <message>
        <source>Read it from an environment variable</source>
        <translation>La lire depuis une variable d&apos;environnement</translation>
    </message>
    <message>
        <source>Variable name, e.g. OPENAI_API_KEY</source>
        <translation>Nom de la variable, p. ex. OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Environment variable with the key</source>
        <translation>Variable d&apos;environnement contenant la clé</translation>
    </message>
    <message>
        <source>%1 is set.</source>
        <translation>%1 est définie.</translation>
    </message>
    <message>
        <source>%1 is not set in Confab&apos;s environment.</source>
        <translation>%1 n&apos;est pas définie dans l&apos;environnement de Confab.</translation>
    </message>
    <message>
        <source>In a plain file (not encrypted)</source>
        <translation>Dans un fichier ordinaire (non chiffré)</translation>
    </message>
    <message>
        <source>Allow keeping keys in a plain file</source>
        <translation>Autoriser la conservation des clés dans un fichier ordinaire</translation>
    </message>
    <message>
        <source>An API key is stored; type a new one to replace it</source>
        <translation>Une clé API est enregistrée&#xa0;; saisissez-en une nouvelle pour la remplacer</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website</source>
        <translation>Collez la clé API obtenue sur le site du fournisseur</translation>
    </message>
    <message>
        <source>API key: optional, only if the server asks for one</source>
        <translation>Clé API&#xa0;: facultative, seulement si le serveur en demande une</translation>
    </message>
    <message>
        <source>In the system keychain (not available here)</source>
        <translation>Dans le trousseau du système (indisponible ici)</translation>
    </message>
</context>
<context>
    <name>AppInfo</name>
    <message>
        <source>Drawn by the graphics card (OpenGL: %1).</source>
        <translation>Rendu par la carte graphique (OpenGL&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer: no OpenGL driver could be used.</source>
        <translation>Rendu par le moteur logiciel de Qt Quick&#xa0;: aucun pilote OpenGL n&apos;a pu être utilisé.</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, because OpenGL here (%1) is drawn by the processor, not a graphics card.</source>
        <translation>Rendu par le moteur logiciel de Qt Quick, car OpenGL (%1) est ici exécuté par le processeur et non par une carte graphique.</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, as chosen in Settings.</source>
        <translation>Rendu par le moteur logiciel de Qt Quick, comme choisi dans les Réglages.</translation>
    </message>
    <message>
        <source>Drawn by the graphics card (OpenGL), as chosen in Settings.</source>
        <translation>Rendu par la carte graphique (OpenGL), comme choisi dans les Réglages.</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer, as the environment asks.</source>
        <translation>Rendu par le moteur logiciel de Qt Quick, à la demande de l&apos;environnement.</translation>
    </message>
    <message>
        <source>Drawn by the graphics card (OpenGL), as the environment asks.</source>
        <translation>Rendu par la carte graphique (OpenGL), à la demande de l&apos;environnement.</translation>
    </message>
    <message>
        <source>Drawn by Qt Quick&apos;s software renderer (no display).</source>
        <translation>Rendu par le moteur logiciel de Qt Quick (pas d&apos;affichage).</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Fichier texte</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>As text</source>
        <translation>En texte</translation>
    </message>
    <message>
        <source>As PDF</source>
        <translation>En PDF</translation>
    </message>
    <message>
        <source>%1 goes as its text: send it as a PDF</source>
        <translation>%1 est envoyé sous forme de texte&#xa0;: l&apos;envoyer en PDF</translation>
    </message>
    <message>
        <source>%1 goes as a PDF: send its text instead</source>
        <translation>%1 est envoyé en PDF&#xa0;: envoyer plutôt son texte</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>AttachmentDropArea</name>
    <message>
        <source>Drop files to attach them</source>
        <translation>Déposez des fichiers pour les joindre</translation>
    </message>
</context>
<context>
    <name>AttachmentIntake</name>
    <message>
        <source>%1 could not be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is too large to attach (images and PDFs up to %2, text files up to %3).</source>
        <translation>%1 est trop volumineux pour être joint (images et PDF jusqu&apos;à %2, fichiers texte jusqu&apos;à %3).</translation>
    </message>
    <message>
        <source>%1 has too many pixels to open safely (at most %2 megapixels).</source>
        <translation>%1 a trop de pixels pour être ouvert sans risque (%2 mégapixels au maximum).</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete.</source>
        <translation>%1 est endommagé ou incomplet.</translation>
    </message>
    <message>
        <source>%1 is not an image, a PDF or a text file.</source>
        <translation>%1 n&apos;est ni une image, ni un PDF, ni un fichier texte.</translation>
    </message>
    <message>
        <source>%1 changed while it was read. Attach it again when it is complete.</source>
        <translation>%1 a changé pendant sa lecture. Joignez-le à nouveau une fois complet.</translation>
    </message>
    <message>
        <source>%1 has no text that could be extracted.</source>
        <translation>%1 ne contient aucun texte extractible.</translation>
    </message>
    <message>
        <source>The file of %1 is missing.</source>
        <translation>Le fichier de %1 est introuvable.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Send without the images</source>
        <translation>Envoyer sans les images</translation>
    </message>
    <message>
        <source>Remove the images</source>
        <translation>Retirer les images</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>%1 of text</source>
        <translation>%1 de texte</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the image</source>
        <translation>Fermer l&apos;image</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>Impossible d&apos;afficher l&apos;image.</translation>
    </message>
</context>
<context>
    <name>BlockAccessibility</name>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
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
        <translation>Image :</translation>
    </message>
</context>
<context>
    <name>ChatAnnouncer</name>
    <message>
        <source>Answer stopped</source>
        <translation>Réponse arrêtée</translation>
    </message>
    <message>
        <source>Answer failed: %1</source>
        <translation>Échec de la réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answer finished. %1</source>
        <translation>Réponse terminée. %1</translation>
    </message>
    <message>
        <source>Answer finished</source>
        <translation>Réponse terminée</translation>
    </message>
    <message>
        <source>Answer started</source>
        <translation>Réponse commencée</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>%1 does not read images.</source>
        <translation>%1 ne lit pas les images.</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Switch the provider or model for this conversation</source>
        <translation>Changer de fournisseur ou de modèle pour cette conversation</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Raccourcis clavier (F1)</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose another provider or model</source>
        <translation>Choisir un autre fournisseur ou modèle</translation>
    </message>
    <message>
        <source>The system prompt and parameters of this conversation</source>
        <translation>Le prompt système et les paramètres de cette conversation</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Nouvelle discussion (Ctrl+N)</translation>
    </message>
    <message>
        <source>Parameters: the system prompt, temperature and more</source>
        <translation>Paramètres : le prompt système, la température et plus</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Réglages (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Last answer copied</source>
        <translation>Dernière réponse copiée</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>Image collée.png</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *)</source>
        <translation>Images, PDF et texte (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *)</translation>
    </message>
</context>
<context>
    <name>CliTools</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Tool call: %1 (not a tool of these servers: not run)
</source>
        <translation>Appel d&apos;outil : %1 (pas un outil de ces serveurs : non exécuté)
</translation>
    </message>
    <message>
        <source>
Tool call: %1 on %2
%3
</source>
        <translation>
Appel d&apos;outil : %1 sur %2
%3
</translation>
    </message>
    <message>
        <source>Warning: hidden character %1 in the tool&apos;s %2
</source>
        <translation>Attention : caractère caché %1 dans le champ %2 de l&apos;outil
</translation>
    </message>
    <message>
        <source>(allowed by --yes)
</source>
        <translation>(autorisé par --yes)
</translation>
    </message>
    <message>
        <source>(allowed for this run)
</source>
        <translation>(autorisé pour cette exécution)
</translation>
    </message>
    <message>
        <source>Run it? [y] yes, [a] always for this tool in this run, [n] no: </source>
        <translation>L&apos;exécuter ? [y] oui, [a] toujours pour cet outil dans cette exécution, [n] non : </translation>
    </message>
    <message>
        <source>
No terminal to ask on: not run (use --yes to allow every call).
</source>
        <translation>
Aucun terminal pour demander : non exécuté (utilisez --yes pour autoriser tous les appels).
</translation>
    </message>
    <message>
        <source>Denied.
</source>
        <translation>Refusé.
</translation>
    </message>
    <message>
        <source>The arguments are not a JSON object: not run.
</source>
        <translation>Les arguments ne sont pas un objet JSON : non exécuté.
</translation>
    </message>
    <message>
        <source>The call failed: %1
</source>
        <translation>L&apos;appel a échoué : %1
</translation>
    </message>
    <message>
        <source>The tool reported an error:
%1
</source>
        <translation>L&apos;outil a signalé une erreur :
%1
</translation>
    </message>
    <message>
        <source>Result:
%1
</source>
        <translation>Résultat :
%1
</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message %1…</source>
        <translation>Écrire à %1…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Unavailable until a provider is set up</source>
        <translation>Indisponible tant qu&apos;aucun fournisseur n&apos;est configuré</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attach files (or paste, or drop them here)</source>
        <translation>Joindre des fichiers (ou collez-les, ou déposez-les ici)</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Envoyer le message (Entrée)</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistant (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Création&#xa0;: %1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Tool call: %1</source>
        <translation>Appel d&apos;outil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>Le fichier n&apos;est pas un JSON valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file is neither a Confab export nor a ChatGPT conversations.json.</source>
        <translation>Le fichier n&apos;est ni un export de Confab ni un conversations.json de ChatGPT.</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of Confab.</source>
        <translation>Le fichier a été exporté par une version plus récente de Confab.</translation>
    </message>
    <message>
        <source>The file has no valid format version.</source>
        <translation>Le fichier n&apos;a pas de version de format valide.</translation>
    </message>
    <message>
        <source>Conversation &quot;%1&quot; has a malformed message tree.</source>
        <translation>La conversation «&#xa0;%1&#xa0;» a une arborescence de messages mal formée.</translation>
    </message>
    <message>
        <source>Conversation &quot;%1&quot; has a message of unknown role or state.</source>
        <translation>La conversation «&#xa0;%1&#xa0;» contient un message de rôle ou d&apos;état inconnu.</translation>
    </message>
    <message>
        <source>[image not imported]</source>
        <translation>[image non importée]</translation>
    </message>
    <message>
        <source>Ran %1 on %2 with:</source>
        <translation>%1 exécuté sur %2 avec&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>30 derniers jours</translation>
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
        <translation>La vérification d&apos;intégrité a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The history database was made by a newer version of Confab (schema %1).</source>
        <translation>La base de données de l&apos;historique a été créée par une version plus récente de Confab (schéma %1).</translation>
    </message>
    <message>
        <source>The history database %1 is unreadable and could not be moved aside.</source>
        <translation>La base de données de l&apos;historique %1 est illisible et n&apos;a pas pu être mise de côté.</translation>
    </message>
    <message>
        <source>The conversation history is damaged (%1). At the next start Confab moves the file aside, keeping it, and starts a new history.</source>
        <translation>L&apos;historique des conversations est endommagé (%1). Au prochain démarrage, Confab mettra le fichier de côté, sans le supprimer, et commencera un nouvel historique.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>impossible d&apos;écrire sur le disque</translation>
    </message>
    <message>
        <source>the database is busy</source>
        <translation>la base de données est occupée</translation>
    </message>
    <message>
        <source>the database cannot be written</source>
        <translation>la base de données n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation>la base de données est endommagée</translation>
    </message>
    <message>
        <source>Could not save the conversation history: %1. Your changes are kept and saving is retried.</source>
        <translation>Impossible d&apos;enregistrer l&apos;historique des conversations&#xa0;: %1. Vos modifications sont conservées et l&apos;enregistrement sera retenté.</translation>
    </message>
</context>
<context>
    <name>ConversationTools</name>
    <message>
        <source>Tools: %1/%2</source>
        <translation>Outils&#xa0;: %1/%2</translation>
    </message>
    <message>
        <source>Tools the model may use in this conversation: %1 of %2 servers</source>
        <translation>Outils utilisables par le modèle dans cette conversation&#xa0;: %1 serveurs sur %2</translation>
    </message>
    <message>
        <source>Choose which tool servers this conversation offers the model</source>
        <translation>Choisir les serveurs d&apos;outils que cette conversation propose au modèle</translation>
    </message>
    <message>
        <source>Tools in this conversation</source>
        <translation>Outils de cette conversation</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tool(s))</source>
        <translation>
            <numerusform>%1 (%n outil)</numerusform>
            <numerusform>%1 (%n outils)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Offer the tools of %1</source>
        <translation>Proposer les outils de %1</translation>
    </message>
    <message>
        <source>Tool servers…</source>
        <translation>Serveurs d&apos;outils…</translation>
    </message>
    <message>
        <source>Open the tool server settings</source>
        <translation>Ouvrir les réglages des serveurs d&apos;outils</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete this message?</source>
        <translation>Supprimer ce message&#xa0;?</translation>
    </message>
    <message>
        <source>The message and every message after it, on all of its versions, will be deleted.</source>
        <translation>Ce message et tous ceux qui le suivent, dans toutes leurs versions, seront supprimés.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What can I help with?</source>
        <translation>Comment puis-je vous aider&#xa0;?</translation>
    </message>
    <message>
        <source>No provider is configured</source>
        <translation>Aucun fournisseur n&apos;est configuré</translation>
    </message>
    <message>
        <source>Open Settings (Ctrl+,) and add a provider: OpenAI, Anthropic, Google Gemini, Ollama, LM Studio, llama.cpp, OpenRouter or any OpenAI-compatible server.</source>
        <translation>Ouvrez les Réglages (Ctrl+,) et ajoutez un fournisseur&#xa0;: OpenAI, Anthropic, Google Gemini, Ollama, LM Studio, llama.cpp, OpenRouter ou tout serveur compatible OpenAI.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Press Enter to send, Shift+Enter for a new line and Esc to stop. F1 lists every shortcut.</source>
        <translation>Entrée envoie, Maj+Entrée passe à la ligne et Échap arrête. F1 liste tous les raccourcis.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Rechercher dans la conversation</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
</context>
<context>
    <name>FirstRunOfferPage</name>
    <message>
        <source>Welcome to Confab</source>
        <translation>Bienvenue dans Confab</translation>
    </message>
    <message>
        <source>Looking for model servers on this computer…</source>
        <translation>Recherche de serveurs de modèles sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <source>Found providers</source>
        <translation>Fournisseurs trouvés</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 — %n model(s)</source>
        <translation>
            <numerusform>%1 sur %2 — %n modèle</numerusform>
            <numerusform>%1 sur %2 — %n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with the key in %2</source>
        <translation>%1 avec la clé dans %2</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Closes the welcome; it is not shown again</source>
        <translation>Ferme l&apos;accueil&#xa0;; il ne sera plus affiché</translation>
    </message>
    <message>
        <source>Chat with language models on this computer or online. Choose where the answers come from; you can add more later in Settings.</source>
        <translation>Discutez avec des modèles de langage sur cet ordinateur ou en ligne. Choisissez d&apos;où viennent les réponses ; vous pourrez en ajouter d&apos;autres plus tard dans les Réglages.</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <translation>Trouvé sur cet ordinateur</translation>
    </message>
    <message>
        <source>No model server is running here and no API key is set in the environment.</source>
        <translation>Aucun serveur de modèles ne tourne ici et aucune clé API n&apos;est définie dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Connect a provider</source>
        <translation>Connecter un fournisseur</translation>
    </message>
    <message>
        <source>Full provider form…</source>
        <translation>Formulaire complet du fournisseur…</translation>
    </message>
    <message>
        <source>Full provider form in Settings</source>
        <translation>Formulaire complet du fournisseur dans les Réglages</translation>
    </message>
    <message>
        <source>Every field, such as extra headers, in Settings</source>
        <translation>Tous les champs, comme les en-têtes supplémentaires, dans les Réglages</translation>
    </message>
</context>
<context>
    <name>GeneralPane</name>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Taille du texte en points</translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation>Fournisseur par défaut</translation>
    </message>
    <message>
        <source>No provider yet</source>
        <translation>Aucun fournisseur</translation>
    </message>
    <message>
        <source>Default provider for new conversations</source>
        <translation>Fournisseur par défaut des nouvelles conversations</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <source>Default model for new conversations</source>
        <translation>Modèle par défaut des nouvelles conversations</translation>
    </message>
    <message>
        <source>Let a model write conversation titles</source>
        <translation>Laisser un modèle rédiger les titres des conversations</translation>
    </message>
    <message>
        <source>Title model (empty: the conversation&apos;s model)</source>
        <translation>Modèle des titres (vide&#xa0;: celui de la conversation)</translation>
    </message>
    <message>
        <source>Model for titles</source>
        <translation>Modèle pour les titres</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Fichier de réglages</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Export settings to the file</source>
        <translation>Exporter les réglages dans le fichier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importé depuis %1.</translation>
    </message>
    <message>
        <source>Import settings from the file</source>
        <translation>Importer les réglages depuis le fichier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Takes effect when Confab is started again.</source>
        <translation>Prend effet au prochain démarrage de Confab.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Colours, text size and language of the whole window.</source>
        <translation>Couleurs, taille du texte et langue de toute la fenêtre.</translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation>Nouvelles conversations</translation>
    </message>
    <message>
        <source>What a new conversation starts with; each conversation can change it.</source>
        <translation>Ce avec quoi une nouvelle conversation commence ; chaque conversation peut le changer.</translation>
    </message>
    <message>
        <source>Conversation titles</source>
        <translation>Titres des conversations</translation>
    </message>
    <message>
        <source>A title is written from the first question; a model can write a better one.</source>
        <translation>Un titre est tiré de la première question ; un modèle peut en écrire un meilleur.</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Exporter et importer</translation>
    </message>
    <message>
        <source>All settings in one file, to move them to another computer. API keys are never included.</source>
        <translation>Tous les réglages dans un fichier, pour les emporter sur un autre ordinateur. Les clés API n&apos;y figurent jamais.</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>The conversation history could not be read, so Confab started a new one. The old file was kept as %1.</source>
        <translation>L&apos;historique des conversations n&apos;a pas pu être lu&#xa0;: Confab en a commencé un nouveau. L&apos;ancien fichier a été conservé sous %1.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Exported all conversations to %1</source>
        <translation>Toutes les conversations ont été exportées vers %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>%n conversation importée</numerusform>
            <numerusform>%n conversations importées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDelegate</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>Titre de la conversation</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Actions pour %1</translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <source>Confab JSON (*.json)</source>
        <translation>JSON Confab (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importer des conversations</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Confab or ChatGPT export (*.json)</source>
        <translation>Export Confab ou ChatGPT (*.json)</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Fermer l&apos;avis</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Conversation history</source>
        <translation>Historique des conversations</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>History actions</source>
        <translation>Actions de l&apos;historique</translation>
    </message>
    <message>
        <source>Import conversations…</source>
        <translation>Importer des conversations…</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>Exporter toutes les conversations…</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Your conversations will appear here.</source>
        <translation>Vos conversations apparaîtront ici.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Aucune conversation ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Nouvelle discussion (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>HistoryRowMenu</name>
    <message>
        <source>Actions for %1</source>
        <translation>Actions pour %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>HistorySearchDelegate</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
</context>
<context>
    <name>HistoryUndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>«&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>Conversation supprimée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Annuler la suppression</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address is not an http or https URL.</source>
        <translation>L&apos;adresse du serveur n&apos;est pas une URL http ou https.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB.</source>
        <translation>La réponse du serveur dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>The server sent an event larger than %1 MB.</source>
        <translation>Le serveur a envoyé un événement de plus de %1 Mo.</translation>
    </message>
    <message>
        <source>The server sent something that is not JSON-RPC.</source>
        <translation>Le serveur a envoyé des données qui ne sont pas du JSON-RPC.</translation>
    </message>
    <message>
        <source>The server redirected to another site (%1); Confab does not follow it, as the request may carry secrets.</source>
        <translation>Le serveur redirige vers un autre site (%1)&#xa0;; Confab ne suit pas cette redirection, car la requête peut contenir des secrets.</translation>
    </message>
    <message>
        <source>The server&apos;s session has ended.</source>
        <translation>La session du serveur a pris fin.</translation>
    </message>
    <message>
        <source>The server refused access (HTTP %1). Check the headers configured for it, such as Authorization.</source>
        <translation>Le serveur a refusé l&apos;accès (HTTP %1). Vérifiez les en-têtes configurés pour lui, comme Authorization.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1, %2): %3</source>
        <translation>Le serveur a répondu par une erreur (HTTP %1, %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Le serveur a répondu avec le code HTTP %1.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Impossible de joindre le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection broke and the server could not resume it (HTTP %1).</source>
        <translation>La connexion a été interrompue et le serveur n&apos;a pas pu la reprendre (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection broke before the server answered: %1</source>
        <translation>La connexion a été interrompue avant la réponse du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server ended its answer without a response.</source>
        <translation>Le serveur a terminé son envoi sans réponse.</translation>
    </message>
</context>
<context>
    <name>JumpToLatestButton</name>
    <message>
        <source>Jump to the latest message</source>
        <translation>Aller au dernier message</translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>LaunchConfirmDialog</name>
    <message>
        <source>Start %1?</source>
        <translation>Démarrer %1&#xa0;?</translation>
    </message>
    <message>
        <source>Confab will connect to this address and send these headers:</source>
        <translation>Confab va se connecter à cette adresse et envoyer ces en-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>Confab will run this program with these arguments and this environment. Only confirm what you recognise.</source>
        <translation>Confab va exécuter ce programme avec ces arguments et cet environnement. Ne confirmez que ce que vous reconnaissez.</translation>
    </message>
    <message>
        <source>What the server runs</source>
        <translation>Ce qu&apos;exécute le serveur</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>En-tête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Argument: %1</source>
        <translation>Argument&#xa0;: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Working folder: %1</source>
        <translation>Dossier de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>This changed since you last confirmed it:</source>
        <translation>Ceci a changé depuis votre dernière confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécuter %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Open this link?</source>
        <translation>Ouvrir ce lien&#xa0;?</translation>
    </message>
    <message>
        <source>Link blocked</source>
        <translation>Lien bloqué</translation>
    </message>
    <message>
        <source>Confab only opens http and https links. This one was not opened:
%1</source>
        <translation>Confab n&apos;ouvre que les liens http et https. Celui-ci n&apos;a pas été ouvert&#xa0;:
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
        <translation>Cet ordinateur est hors ligne. Les serveurs locaux fonctionnent toujours&#xa0;; les fournisseurs en ligne répondront à nouveau au retour de la connexion.</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
</context>
<context>
    <name>McpCli</name>
    <message>
        <source>Server: %1 %2 (MCP %3)
</source>
        <translation>Serveur : %1 %2 (MCP %3)
</translation>
    </message>
    <message>
        <source>Warning: hidden character %1 in %2</source>
        <translation>Attention : caractère caché %1 dans %2</translation>
    </message>
    <message>
        <source>(needs tasks, which Confab does not support)</source>
        <translation>(nécessite les tâches, que Confab ne prend pas en charge)</translation>
    </message>
    <message>
        <source>Talks to a Model Context Protocol server.

  confab-cli mcp list (--stdio &quot;CMD ARGS&quot; | --url URL) [options]
  confab-cli mcp call (--stdio &quot;CMD ARGS&quot; | --url URL) [options] TOOL [JSON|-]</source>
        <translation>Dialogue avec un serveur Model Context Protocol.

  confab-cli mcp list (--stdio &quot;CMD ARGS&quot; | --url URL) [options]
  confab-cli mcp call (--stdio &quot;CMD ARGS&quot; | --url URL) [options] TOOL [JSON|-]</translation>
    </message>
    <message>
        <source>Start the server with this command (split like a shell, never run by one).</source>
        <translation>Démarre le serveur avec cette commande (découpée comme par un shell, mais jamais exécutée par un shell).</translation>
    </message>
    <message>
        <source>Streamable HTTP endpoint of the server.</source>
        <translation>Point de terminaison Streamable HTTP du serveur.</translation>
    </message>
    <message>
        <source>HTTP header &quot;Name: value&quot; (repeatable).</source>
        <translation>En-tête HTTP &quot;Nom: valeur&quot; (répétable).</translation>
    </message>
    <message>
        <source>NAME=VALUE for the server&apos;s environment, or NAME to pass ours on (repeatable). Nothing else of our environment reaches it but PATH, HOME, the locale and such.</source>
        <translation>NOM=VALEUR pour l&apos;environnement du serveur, ou NOM pour transmettre la nôtre (répétable). Rien d&apos;autre de notre environnement ne lui parvient, hormis PATH, HOME, la locale, etc.</translation>
    </message>
    <message>
        <source>Working folder of the server.</source>
        <translation>Dossier de travail du serveur.</translation>
    </message>
    <message>
        <source>auto (default), legacy or modern.</source>
        <translation>auto (par défaut), legacy ou modern.</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (120).</source>
        <translation>Délai d&apos;attente d&apos;une réponse, en secondes (120).</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list : afficher en JSON.</translation>
    </message>
    <message>
        <source>Show the server&apos;s log and progress.</source>
        <translation>Afficher le journal et la progression du serveur.</translation>
    </message>
    <message>
        <source>list or call</source>
        <translation>list ou call</translation>
    </message>
    <message>
        <source>Say list or call.</source>
        <translation>Indiquez list ou call.</translation>
    </message>
    <message>
        <source>Give either --stdio or --url.</source>
        <translation>Indiquez soit --stdio, soit --url.</translation>
    </message>
    <message>
        <source>--stdio: %1</source>
        <translation>--stdio : %1</translation>
    </message>
    <message>
        <source>--env takes NAME=VALUE or NAME.</source>
        <translation>--env attend NOM=VALEUR ou NOM.</translation>
    </message>
    <message>
        <source>--url takes an http or https URL.</source>
        <translation>--url attend une URL http ou https.</translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot;.</source>
        <translation>--header attend &quot;Nom: valeur&quot;.</translation>
    </message>
    <message>
        <source>--protocol takes auto, legacy or modern.</source>
        <translation>--protocol attend auto, legacy ou modern.</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds.</source>
        <translation>--timeout attend un nombre de secondes positif.</translation>
    </message>
    <message>
        <source>call takes TOOL and, optionally, its arguments as JSON.</source>
        <translation>call attend TOOL et, éventuellement, ses arguments en JSON.</translation>
    </message>
    <message>
        <source>Cannot read the arguments from standard input.</source>
        <translation>Impossible de lire les arguments depuis l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object.</source>
        <translation>Les arguments doivent être un objet JSON.</translation>
    </message>
    <message>
        <source>list takes no further arguments.</source>
        <translation>list n&apos;accepte pas d&apos;autres arguments.</translation>
    </message>
    <message>
        <source>confab-cli mcp: interrupted
</source>
        <translation>confab-cli mcp : interrompu
</translation>
    </message>
</context>
<context>
    <name>McpClient</name>
    <message>
        <source>The server connection was closed.</source>
        <translation>La connexion au serveur a été fermée.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>The server speaks MCP %1; Confab speaks %2.</source>
        <translation>Le serveur parle MCP %1&#xa0;; Confab parle %2.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <source>The server needs features Confab does not offer.</source>
        <translation>Le serveur nécessite des fonctionnalités que Confab n&apos;offre pas.</translation>
    </message>
    <message>
        <source>The server does not speak MCP %1.</source>
        <translation>Le serveur ne parle pas MCP %1.</translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation>(aucune version)</translation>
    </message>
    <message>
        <source>The server&apos;s session ended and a new one could not be started: %1</source>
        <translation>La session du serveur a pris fin et une nouvelle n&apos;a pas pu être démarrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server is not connected.</source>
        <translation>Le serveur n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>The server kept asking to retry the request.</source>
        <translation>Le serveur a demandé à répétition de renvoyer la requête.</translation>
    </message>
    <message>
        <source>The server asks for input Confab cannot give yet (%1).</source>
        <translation>Le serveur demande une saisie que Confab ne peut pas encore fournir (%1).</translation>
    </message>
    <message>
        <source>The server sent a result of an unknown type.</source>
        <translation>Le serveur a envoyé un résultat de type inconnu.</translation>
    </message>
    <message>
        <source>The server&apos;s tool result is not an object.</source>
        <translation>Le résultat d&apos;outil du serveur n&apos;est pas un objet.</translation>
    </message>
</context>
<context>
    <name>McpCommandLine</name>
    <message>
        <source>The command ends with a backslash.</source>
        <translation>La commande se termine par une barre oblique inverse.</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation>Un guillemet n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>La commande est vide.</translation>
    </message>
</context>
<context>
    <name>McpConfigFile</name>
    <message>
        <source>The file is not a JSON object (%1).</source>
        <translation>Le fichier n&apos;est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>The file has no &quot;mcpServers&quot; (or &quot;servers&quot;) object.</source>
        <translation>Le fichier n&apos;a pas d&apos;objet &quot;mcpServers&quot; (ou &quot;servers&quot;).</translation>
    </message>
    <message>
        <source>Its envFile is not read: add the variables it needs by hand.</source>
        <translation>Son envFile n&apos;est pas lu&#xa0;: ajoutez à la main les variables nécessaires.</translation>
    </message>
    <message>
        <source>%1: the URL is not an http or https address.</source>
        <translation>%1&#xa0;: l&apos;URL n&apos;est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>It was set up for the older HTTP+SSE transport; Confab speaks Streamable HTTP to the same URL.</source>
        <translation>Il était configuré pour l&apos;ancien transport HTTP+SSE&#xa0;; Confab utilise Streamable HTTP sur la même URL.</translation>
    </message>
    <message>
        <source>%1: neither a command nor a URL.</source>
        <translation>%1&#xa0;: ni une commande ni une URL.</translation>
    </message>
    <message>
        <source>It uses ${…} placeholders, which Confab does not fill in: replace them with the values.</source>
        <translation>Il utilise des espaces réservés ${…}, que Confab ne remplit pas&#xa0;: remplacez-les par les valeurs.</translation>
    </message>
</context>
<context>
    <name>McpRpcSession</name>
    <message>
        <source>The server is not connected.</source>
        <translation>Le serveur n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server sent a message that is not JSON-RPC.</source>
        <translation>Le serveur a envoyé un message qui n&apos;est pas du JSON-RPC.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1): %2</source>
        <translation>Le serveur a répondu par une erreur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1 s).</source>
        <translation>Le serveur n&apos;a pas répondu à temps (%1 s).</translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 sur %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue this answer</source>
        <translation>Poursuivre cette réponse</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>Supprimer ce message</translation>
    </message>
    <message>
        <source>Copy this message</source>
        <translation>Copier ce message</translation>
    </message>
    <message>
        <source>As Markdown</source>
        <translation>En Markdown</translation>
    </message>
    <message>
        <source>Edit this message</source>
        <translation>Modifier ce message</translation>
    </message>
    <message>
        <source>Sends it again as a new version</source>
        <translation>Le renvoie comme nouvelle version</translation>
    </message>
    <message>
        <source>Asks for a new version of this answer</source>
        <translation>Demande une nouvelle version de cette réponse</translation>
    </message>
    <message>
        <source>Regenerate (Ctrl+R)</source>
        <translation>Régénérer (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>MessageAttachments</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Edited message</source>
        <translation>Message modifié</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the edited message</source>
        <translation>Envoyer le message modifié</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Search, or type a model name and press Enter</source>
        <translation>Recherchez, ou saisissez un nom de modèle et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Search models or type a model name</source>
        <translation>Rechercher des modèles ou saisir un nom de modèle</translation>
    </message>
    <message>
        <source>Loading the model list</source>
        <translation>Chargement de la liste des modèles</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No listed model matches. Press Enter to use “%1”.</source>
        <translation>Aucun modèle de la liste ne correspond. Appuyez sur Entrée pour utiliser «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation>Actualiser la liste des modèles</translation>
    </message>
</context>
<context>
    <name>ModelSwitcher</name>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The conversation so far is kept and sent to the model you choose.</source>
        <translation>La conversation jusqu&apos;ici est conservée et envoyée au modèle choisi.</translation>
    </message>
    <message>
        <source>Switch the model</source>
        <translation>Changer de modèle</translation>
    </message>
</context>
<context>
    <name>NetworkPane</name>
    <message>
        <source>Online.</source>
        <translation>En ligne.</translation>
    </message>
    <message>
        <source>No offline detection on this system: Confab notices a lost connection when a request fails.</source>
        <translation>Pas de détection hors ligne sur ce système&#xa0;: Confab remarque la perte de connexion quand une requête échoue.</translation>
    </message>
    <message>
        <source>You are offline. Servers on this computer still work.</source>
        <translation>Vous êtes hors ligne. Les serveurs de cet ordinateur fonctionnent toujours.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation>Utiliser les réglages proxy du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>Manual proxy (servers on this computer are reached directly)</source>
        <translation>Proxy manuel (les serveurs de cet ordinateur sont joints directement)</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Type de proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Extra certificate authority</source>
        <translation>Autorité de certification supplémentaire</translation>
    </message>
    <message>
        <source>Path to a PEM or DER file (empty: only the system&apos;s)</source>
        <translation>Chemin d&apos;un fichier PEM ou DER (vide&#xa0;: seulement celles du système)</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier d&apos;autorité de certification</translation>
    </message>
    <message>
        <source>How Confab reaches providers on the internet. Applied at once.</source>
        <translation>Comment Confab joint les fournisseurs sur Internet. Appliqué immédiatement.</translation>
    </message>
    <message>
        <source>For a company proxy or a server with its own certificate; the system&apos;s authorities are always trusted.</source>
        <translation>Pour un proxy d&apos;entreprise ou un serveur avec son propre certificat ; les autorités du système restent toujours approuvées.</translation>
    </message>
</context>
<context>
    <name>ParametersDrawer</name>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Presets: %1</source>
        <translation>Préréglages&#xa0;: %1</translation>
    </message>
    <message>
        <source>No saved presets</source>
        <translation>Aucun préréglage enregistré</translation>
    </message>
    <message>
        <source>Saved system prompts</source>
        <translation>Prompts système enregistrés</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Use the selected system prompt</source>
        <translation>Utiliser le prompt système sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected system prompt preset</source>
        <translation>Supprimer le préréglage de prompt système sélectionné</translation>
    </message>
    <message>
        <source>Instructions the model gets before the conversation</source>
        <translation>Instructions données au modèle avant la conversation</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Nom du préréglage</translation>
    </message>
    <message>
        <source>Name for the new system prompt preset</source>
        <translation>Nom du nouveau préréglage de prompt système</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Enregistrer comme préréglage</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Défaut du fournisseur</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokens max</translation>
    </message>
    <message>
        <source>Maximum answer length in tokens</source>
        <translation>Longueur maximale de la réponse en tokens</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Effort de raisonnement</translation>
    </message>
    <message>
        <source>Off (where the model allows it)</source>
        <translation>Désactivé (si le modèle le permet)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Use as defaults</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>Saves the system prompt under the preset name</source>
        <translation>Enregistre le prompt système sous le nom du préréglage</translation>
    </message>
    <message>
        <source>Provider default temperature</source>
        <translation>Température par défaut du fournisseur</translation>
    </message>
    <message>
        <source>Provider default top p</source>
        <translation>Top p par défaut du fournisseur</translation>
    </message>
    <message>
        <source>Sets these parameters to the defaults from the settings</source>
        <translation>Remet ces paramètres aux valeurs par défaut des réglages</translation>
    </message>
    <message>
        <source>Use as defaults for new conversations</source>
        <translation>Utiliser par défaut pour les nouvelles conversations</translation>
    </message>
</context>
<context>
    <name>PresetCard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>PresetListModel</name>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation>Autre serveur compatible OpenAI</translation>
    </message>
    <message>
        <source>GPT models, with an API key from OpenAI</source>
        <translation>Modèles GPT, avec une clé API d&apos;OpenAI</translation>
    </message>
    <message>
        <source>Claude models, with an API key from Anthropic</source>
        <translation>Modèles Claude, avec une clé API d&apos;Anthropic</translation>
    </message>
    <message>
        <source>Gemini models, with an API key from Google AI Studio</source>
        <translation>Modèles Gemini, avec une clé API de Google AI Studio</translation>
    </message>
    <message>
        <source>Models running on this computer with Ollama</source>
        <translation>Modèles exécutés sur cet ordinateur avec Ollama</translation>
    </message>
    <message>
        <source>Hundreds of models from many providers, with one key</source>
        <translation>Des centaines de modèles de nombreux fournisseurs, avec une seule clé</translation>
    </message>
    <message>
        <source>Open models on fast hosted hardware</source>
        <translation>Modèles ouverts sur du matériel hébergé rapide</translation>
    </message>
    <message>
        <source>Mistral&apos;s models, with an API key from Mistral AI</source>
        <translation>Les modèles de Mistral, avec une clé API de Mistral AI</translation>
    </message>
    <message>
        <source>DeepSeek&apos;s chat and reasoning models</source>
        <translation>Les modèles de discussion et de raisonnement de DeepSeek</translation>
    </message>
    <message>
        <source>Open models hosted by Together AI</source>
        <translation>Modèles ouverts hébergés par Together AI</translation>
    </message>
    <message>
        <source>Grok models, with an API key from xAI</source>
        <translation>Modèles Grok, avec une clé API de xAI</translation>
    </message>
    <message>
        <source>Models running on this computer in LM Studio</source>
        <translation>Modèles exécutés sur cet ordinateur dans LM Studio</translation>
    </message>
    <message>
        <source>A llama.cpp server on this computer</source>
        <translation>Un serveur llama.cpp sur cet ordinateur</translation>
    </message>
    <message>
        <source>A vLLM server on this computer</source>
        <translation>Un serveur vLLM sur cet ordinateur</translation>
    </message>
    <message>
        <source>A LiteLLM proxy in front of other providers</source>
        <translation>Un proxy LiteLLM devant d&apos;autres fournisseurs</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI chat API</source>
        <translation>Tout serveur qui parle l&apos;API de discussion d&apos;OpenAI</translation>
    </message>
</context>
<context>
    <name>ProviderDraft</name>
    <message>
        <source>Enter the server&apos;s base URL, for example http://localhost:8080/v1.</source>
        <translation>Saisissez l&apos;URL de base du serveur, par exemple http://localhost:8080/v1.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a server.</source>
        <translation>L&apos;URL de base doit commencer par http:// ou https:// et indiquer un serveur.</translation>
    </message>
    <message>
        <source>Put credentials in the API key field, not in the URL.</source>
        <translation>Mettez les identifiants dans le champ de la clé API, pas dans l&apos;URL.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé API.</translation>
    </message>
    <message>
        <source>Allow keeping keys in a plain file first, or choose another place for the key.</source>
        <translation>Autorisez d&apos;abord la conservation des clés dans un fichier ordinaire, ou choisissez un autre emplacement pour la clé.</translation>
    </message>
    <message>
        <source>Enter the name of the environment variable that holds the key.</source>
        <translation>Saisissez le nom de la variable d&apos;environnement qui contient la clé.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>La variable d&apos;environnement %1 n&apos;est pas définie.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available.</source>
        <translation>
            <numerusform>Connecté. %n modèle disponible.</numerusform>
            <numerusform>Connecté. %n modèles disponibles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Add a provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nom du fournisseur</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8080/v1</source>
        <translation>p. ex. http://localhost:8080/v1</translation>
    </message>
    <message>
        <source>Leave empty for %1</source>
        <translation>Laisser vide pour %1</translation>
    </message>
    <message>
        <source>Extra headers (one “Name: value” per line)</source>
        <translation>En-têtes supplémentaires (un «&#xa0;Nom: valeur&#xa0;» par ligne)</translation>
    </message>
    <message>
        <source>X-Title: Confab</source>
        <translation>X-Title: Confab</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>En-têtes supplémentaires</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation>Enregistrer le fournisseur</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>A server on this computer: Confab finds it at its usual address.</source>
        <translation>Un serveur sur cet ordinateur : Confab le trouve à son adresse habituelle.</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI chat API: give its address.</source>
        <translation>Tout serveur qui parle l&apos;API de discussion d&apos;OpenAI : indiquez son adresse.</translation>
    </message>
    <message>
        <source>A service on the internet: it needs an API key from its website.</source>
        <translation>Un service sur Internet : il faut une clé API obtenue sur son site.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Only if the server was started with one.</source>
        <translation>Seulement si le serveur a été lancé avec une clé.</translation>
    </message>
    <message>
        <source>Where the key is kept: it never goes into the settings file.</source>
        <translation>Où la clé est conservée : elle ne va jamais dans le fichier de réglages.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Advanced: shown</source>
        <translation>Avancé : affiché</translation>
    </message>
    <message>
        <source>Advanced: hidden</source>
        <translation>Avancé : masqué</translation>
    </message>
    <message>
        <source>Base URL, extra headers, and a key for local servers</source>
        <translation>URL de base, en-têtes supplémentaires et clé pour les serveurs locaux</translation>
    </message>
    <message>
        <source>Rarely needed: a different address, or headers a proxy or gateway asks for.</source>
        <translation>Rarement utile : une autre adresse, ou des en-têtes exigés par un proxy ou une passerelle.</translation>
    </message>
</context>
<context>
    <name>ProviderModelSection</name>
    <message>
        <source>Connection test and default model</source>
        <translation>Test de connexion et modèle par défaut</translation>
    </message>
    <message>
        <source>The test asks the server for its models, with the values as typed.</source>
        <translation>Le test demande ses modèles au serveur, avec les valeurs saisies.</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <source>Default model: %1</source>
        <translation>Modèle par défaut : %1</translation>
    </message>
    <message>
        <source>Default model: the first one the server lists</source>
        <translation>Modèle par défaut : le premier que liste le serveur</translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>The settings export has a provider without a unique id.</source>
        <translation>L&apos;export des réglages contient un fournisseur sans identifiant unique.</translation>
    </message>
</context>
<context>
    <name>ProviderRow</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
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
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Delete it and its key?</source>
        <translation>Le supprimer avec sa clé&#xa0;?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Conserver %1</translation>
    </message>
    <message>
        <source>Make default: %1</source>
        <translation>Définir par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete %1 and its key</source>
        <translation>Supprimer %1 et sa clé</translation>
    </message>
</context>
<context>
    <name>QuestionDelegate</name>
    <message>
        <source>You: %1</source>
        <translation>Vous&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QuickSetupForm</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the list of providers</source>
        <translation>Retour à la liste des fournisseurs</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Confab connects to %1 on this computer. Start the server first; no key is needed.</source>
        <translation>Confab se connecte à %1 sur cet ordinateur. Lancez d&apos;abord le serveur ; aucune clé n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8080/v1</source>
        <translation>p. ex. http://localhost:8080/v1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website</source>
        <translation>Collez la clé API obtenue sur le site du fournisseur</translation>
    </message>
    <message>
        <source>API key: optional, only if the server asks for one</source>
        <translation>Clé API : facultative, seulement si le serveur en demande une</translation>
    </message>
    <message>
        <source>The key is read from %1, which is set.</source>
        <translation>La clé est lue dans %1, qui est définie.</translation>
    </message>
    <message>
        <source>No keychain is available here: the key is kept until Confab quits. Settings has other places for it.</source>
        <translation>Aucun trousseau n&apos;est disponible ici : la clé est conservée jusqu&apos;à la fermeture de Confab. Les Réglages proposent d&apos;autres emplacements.</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain.</source>
        <translation>La clé est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Connect and save</source>
        <translation>Se connecter et enregistrer</translation>
    </message>
    <message>
        <source>Tests the connection, then saves the provider</source>
        <translation>Teste la connexion, puis enregistre le fournisseur</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
</context>
<context>
    <name>ReasoningSection</name>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Shown; press to hide</source>
        <translation>Affiché&#xa0;; appuyez pour masquer</translation>
    </message>
    <message>
        <source>Hidden; press to show</source>
        <translation>Masqué&#xa0;; appuyez pour afficher</translation>
    </message>
</context>
<context>
    <name>ResultImage</name>
    <message>
        <source>Images of type %1 are not shown.</source>
        <translation>Les images de type %1 ne sont pas affichées.</translation>
    </message>
    <message>
        <source>The image is too large to show.</source>
        <translation>L&apos;image est trop grande pour être affichée.</translation>
    </message>
    <message>
        <source>The image data is not valid base64.</source>
        <translation>Les données de l&apos;image ne sont pas du base64 valide.</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>Impossible de lire l&apos;image.</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>Impossible de lire l&apos;image&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ServerToolsView</name>
    <message>
        <source>Offer %1 to the model</source>
        <translation>Proposer %1 au modèle</translation>
    </message>
    <message>
        <source>says it only reads</source>
        <translation>se déclare en lecture seule</translation>
    </message>
    <message>
        <source>may change or delete things</source>
        <translation>peut modifier ou supprimer des données</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Redemander</translation>
    </message>
    <message>
        <source>Ask before each call of %1 again</source>
        <translation>Demander à nouveau avant chaque appel de %1</translation>
    </message>
    <message>
        <source>Needs MCP tasks, which Confab does not support.</source>
        <translation>Nécessite les tâches MCP, que Confab ne prend pas en charge.</translation>
    </message>
    <message>
        <source>Changed since you approved it; you will be asked again:</source>
        <translation>Modifié depuis votre approbation&#xa0;; votre accord sera redemandé&#xa0;:</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Journal vide pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Journal du serveur</translation>
    </message>
</context>
<context>
    <name>SettingsExport</name>
    <message>
        <source>This file is not a Confab settings export.</source>
        <translation>Ce fichier n&apos;est pas un export de réglages Confab.</translation>
    </message>
    <message>
        <source>This settings export comes from a newer Confab; update Confab to import it.</source>
        <translation>Cet export de réglages provient d&apos;une version plus récente de Confab&#xa0;; mettez Confab à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>No provider yet. Add one with “Add provider…” below: OpenAI, Anthropic, Google Gemini, a local Ollama or llama.cpp, or any OpenAI-compatible server.</source>
        <translation>Aucun fournisseur pour l&apos;instant. Ajoutez-en un avec «&#xa0;Ajouter un fournisseur…&#xa0;» ci-dessous&#xa0;: OpenAI, Anthropic, Google Gemini, un Ollama ou llama.cpp local, ou tout serveur compatible OpenAI.</translation>
    </message>
    <message>
        <source>Add provider…</source>
        <translation>Ajouter un fournisseur…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Back to the chat</source>
        <translation>Retour à la discussion</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Back to the chat (Esc)</source>
        <translation>Retour à la discussion (Échap)</translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation>À propos de Confab</translation>
    </message>
    <message>
        <source>Where the answers come from: services on the internet, or model servers on this computer. New conversations use the default one.</source>
        <translation>D&apos;où viennent les réponses : des services sur Internet ou des serveurs de modèles sur cet ordinateur. Les nouvelles conversations utilisent celui par défaut.</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Maj+Entrée</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Up (empty message box)</source>
        <translation>Haut (zone de message vide)</translation>
    </message>
    <message>
        <source>Edit your last message</source>
        <translation>Modifier votre dernier message</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in the conversation</source>
        <translation>Rechercher dans la conversation</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Régénérer la dernière réponse</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Maj+C</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>Copier la dernière réponse</translation>
    </message>
    <message>
        <source>F1, Ctrl+/</source>
        <translation>F1, Ctrl+/</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Cette aide</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stop the answer; close a dialog, the find bar or the settings</source>
        <translation>Arrêter la réponse&#xa0;; fermer une boîte de dialogue, la barre de recherche ou les réglages</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Go to the conversation history (again: hide it)</source>
        <translation>Aller à l&apos;historique des conversations (à nouveau&#xa0;: le masquer)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search the conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo deleting a conversation</source>
        <translation>Annuler la suppression d&apos;une conversation</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Next or previous control, also out of a text field</source>
        <translation>Contrôle suivant ou précédent, y compris depuis un champ de texte</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Entrée, Espace</translation>
    </message>
    <message>
        <source>Press the focused button</source>
        <translation>Activer le bouton ayant le focus</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Haut, Bas</translation>
    </message>
    <message>
        <source>Move in a list: messages, conversations, models</source>
        <translation>Se déplacer dans une liste&#xa0;: messages, conversations, modèles</translation>
    </message>
    <message>
        <source>PageUp, PageDown, Home, End</source>
        <translation>Page préc., Page suiv., Début, Fin</translation>
    </message>
    <message>
        <source>Scroll the conversation (when it has the focus)</source>
        <translation>Faire défiler la conversation (quand elle a le focus)</translation>
    </message>
    <message>
        <source>Enter (history)</source>
        <translation>Entrée (historique)</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <source>F2 (history)</source>
        <translation>F2 (historique)</translation>
    </message>
    <message>
        <source>Rename the conversation</source>
        <translation>Renommer la conversation</translation>
    </message>
    <message>
        <source>Delete (history)</source>
        <translation>Suppr (historique)</translation>
    </message>
    <message>
        <source>Delete the conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <source>Menu, Shift+F10 (history)</source>
        <translation>Menu, Maj+F10 (historique)</translation>
    </message>
    <message>
        <source>The conversation&apos;s menu</source>
        <translation>Le menu de la conversation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>StdioTransport</name>
    <message>
        <source>Cannot find the program &quot;%1&quot; in the server&apos;s PATH.</source>
        <translation>Impossible de trouver le programme «&#xa0;%1&#xa0;» dans le PATH du serveur.</translation>
    </message>
    <message>
        <source>Could not start the server &quot;%1&quot;: %2</source>
        <translation>Impossible de démarrer le serveur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server stopped unexpectedly (it crashed or was killed).</source>
        <translation>Le serveur s&apos;est arrêté de façon inattendue (plantage ou arrêt forcé).</translation>
    </message>
    <message>
        <source>The server exited (code %1).</source>
        <translation>Le serveur s&apos;est terminé (code %1).</translation>
    </message>
    <message>
        <source>The server sent a message of %1 MB; the limit is %2 MB.</source>
        <translation>Le serveur a envoyé un message de %1 Mo&#xa0;; la limite est de %2 Mo.</translation>
    </message>
    <message>
        <source>The server wrote something that is not JSON-RPC on its standard output; it must write only MCP messages there.</source>
        <translation>Le serveur a écrit sur sa sortie standard des données qui ne sont pas du JSON-RPC&#xa0;; il ne doit y écrire que des messages MCP.</translation>
    </message>
</context>
<context>
    <name>TitleGenerator</name>
    <message>
        <source>No model is configured for titles.</source>
        <translation>Aucun modèle n&apos;est configuré pour les titres.</translation>
    </message>
    <message>
        <source>The model answered without a title.</source>
        <translation>Le modèle a répondu sans titre.</translation>
    </message>
</context>
<context>
    <name>ToolApprovalCard</name>
    <message>
        <source>Approve %1 on %2</source>
        <translation>Approuver %1 sur %2</translation>
    </message>
    <message>
        <source>Run %1 on %2 with these arguments? You can change them first.</source>
        <translation>Exécuter %1 sur %2 avec ces arguments&#xa0;? Vous pouvez d&apos;abord les modifier.</translation>
    </message>
    <message>
        <source>This tool changed since you last approved it. Its definition now differs like this:</source>
        <translation>Cet outil a changé depuis votre dernière approbation. Voici les différences de sa définition&#xa0;:</translation>
    </message>
    <message>
        <source>What changed in the tool</source>
        <translation>Ce qui a changé dans l&apos;outil</translation>
    </message>
    <message>
        <source>Arguments for %1, as JSON (editable)</source>
        <translation>Arguments de %1, en JSON (modifiables)</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Autoriser une fois</translation>
    </message>
    <message>
        <source>Allow %1 once</source>
        <translation>Autoriser %1 une fois</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Toujours autoriser</translation>
    </message>
    <message>
        <source>Always allow %1 on %2</source>
        <translation>Toujours autoriser %1 sur %2</translation>
    </message>
    <message>
        <source>Runs %1 on %2 without asking from now on, until the tool changes</source>
        <translation>Exécute désormais %1 sur %2 sans demander, jusqu&apos;à ce que l&apos;outil change</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>Refuser %1</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Tool call: %1</source>
        <translation>Appel d&apos;outil&#xa0;: %1</translation>
    </message>
    <message>
        <source>called</source>
        <translation>appelé</translation>
    </message>
    <message>
        <source>calling…</source>
        <translation>appel en cours…</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
</context>
<context>
    <name>ToolLabels</name>
    <message>
        <source>Waits for the call above</source>
        <translation>Attend l&apos;appel précédent</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>En attente de votre approbation</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Denied: the model was told so</source>
        <translation>Refusé&#xa0;: le modèle en a été informé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Not run: the model asked for a tool it was not offered</source>
        <translation>Non exécuté&#xa0;: le modèle a demandé un outil qui ne lui était pas proposé</translation>
    </message>
    <message>
        <source>Not run: this answer reached its limit of tool rounds</source>
        <translation>Non exécuté&#xa0;: cette réponse a atteint sa limite de tours d&apos;outils</translation>
    </message>
    <message>
        <source>Not run: Confab closed before it finished</source>
        <translation>Non exécuté&#xa0;: Confab a été fermé avant la fin</translation>
    </message>
    <message>
        <source>allowed once</source>
        <translation>autorisé une fois</translation>
    </message>
    <message>
        <source>always allowed</source>
        <translation>toujours autorisé</translation>
    </message>
    <message>
        <source>trusted server</source>
        <translation>serveur de confiance</translation>
    </message>
    <message>
        <source>allowed without asking</source>
        <translation>autorisé sans demander</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Needs your confirmation</source>
        <translation>Attend votre confirmation</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
</context>
<context>
    <name>ToolResultView</name>
    <message>
        <source>The tool reported an error:</source>
        <translation>L&apos;outil a signalé une erreur&#xa0;:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Mis en forme</translation>
    </message>
    <message>
        <source>Show the result as plain text</source>
        <translation>Afficher le résultat en texte brut</translation>
    </message>
    <message>
        <source>Show the result formatted as Markdown</source>
        <translation>Afficher le résultat mis en forme en Markdown</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Résultat de l&apos;outil</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n characters</source>
        <translation>
            <numerusform>Afficher %n caractère</numerusform>
            <numerusform>Afficher les %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Image from the tool (%1)</source>
        <translation>Image de l&apos;outil (%1)</translation>
    </message>
</context>
<context>
    <name>ToolRunDelegate</name>
    <message>
        <source>Tool call %1 on %2: %3</source>
        <translation>Appel d&apos;outil %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>⚙ %1 on %2</source>
        <translation>⚙ %1 sur %2</translation>
    </message>
    <message>
        <source>⚙ %1</source>
        <translation>⚙ %1</translation>
    </message>
    <message>
        <source>The tool is running</source>
        <translation>L&apos;outil est en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Careful: this tool hides text from you. %1</source>
        <translation>Attention&#xa0;: cet outil vous cache du texte. %1</translation>
    </message>
    <message>
        <source>Arguments (changed by you)</source>
        <translation>Arguments (modifiés par vous)</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
</context>
<context>
    <name>ToolRunner</name>
    <message>
        <source>Hidden character %1 in %2</source>
        <translation>Caractère caché %1 dans %2</translation>
    </message>
    <message>
        <source>The server %1 did not start in time.</source>
        <translation>Le serveur %1 n&apos;a pas démarré à temps.</translation>
    </message>
    <message>
        <source>The model&apos;s arguments are not a JSON object.</source>
        <translation>Les arguments du modèle ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>This call is not waiting for approval.</source>
        <translation>Cet appel n&apos;attend pas d&apos;approbation.</translation>
    </message>
    <message>
        <source>The server %1 runs only after you confirm its command in Settings → Tools.</source>
        <translation>Le serveur %1 ne s&apos;exécute qu&apos;après confirmation de sa commande dans Réglages → Outils.</translation>
    </message>
    <message>
        <source>The server %1 is turned off.</source>
        <translation>Le serveur %1 est désactivé.</translation>
    </message>
    <message>
        <source>The server %1 is not working: %2</source>
        <translation>Le serveur %1 ne fonctionne pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server %1 is not running.</source>
        <translation>Le serveur %1 n&apos;est pas démarré.</translation>
    </message>
    <message>
        <source>The user stopped the answer.</source>
        <translation>L&apos;utilisateur a arrêté la réponse.</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object ({ … }).</source>
        <translation>Les arguments doivent être un objet JSON ({ … }).</translation>
    </message>
</context>
<context>
    <name>ToolSecrets</name>
    <message>
        <source>The keychain could not be read (%1): the tool servers&apos; environment values and headers are kept for this session only.</source>
        <translation>Impossible de lire le trousseau (%1)&#xa0;: les valeurs d&apos;environnement et les en-têtes des serveurs d&apos;outils sont conservés pour cette session seulement.</translation>
    </message>
    <message>
        <source>The keychain could not be written (%1): the tool servers&apos; environment values and headers are kept for this session only.</source>
        <translation>Impossible d&apos;écrire dans le trousseau (%1)&#xa0;: les valeurs d&apos;environnement et les en-têtes des serveurs d&apos;outils sont conservés pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>ToolServerDraft</name>
    <message>
        <source>Line %1 of the headers is not “Name: value”.</source>
        <translation>La ligne %1 des en-têtes n&apos;est pas de la forme «&#xa0;Nom: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1 of the environment is not NAME=value.</source>
        <translation>La ligne %1 de l&apos;environnement n&apos;est pas de la forme NOM=valeur.</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Donnez un nom au serveur.</translation>
    </message>
    <message>
        <source>Enter the command that starts the server.</source>
        <translation>Saisissez la commande qui démarre le serveur.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s http:// or https:// address.</source>
        <translation>Saisissez l&apos;adresse http:// ou https:// du serveur.</translation>
    </message>
</context>
<context>
    <name>ToolServerEditor</name>
    <message>
        <source>Add a tool server</source>
        <translation>Ajouter un serveur d&apos;outils</translation>
    </message>
    <message>
        <source>Edit the tool server</source>
        <translation>Modifier le serveur d&apos;outils</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A program on this computer (stdio)</source>
        <translation>Un programme sur cet ordinateur (stdio)</translation>
    </message>
    <message>
        <source>A server at an address (HTTP)</source>
        <translation>Un serveur à une adresse (HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>npx, uvx, node, or the path of a program</source>
        <translation>npx, uvx, node ou le chemin d&apos;un programme</translation>
    </message>
    <message>
        <source>Arguments, one per line</source>
        <translation>Arguments, un par ligne</translation>
    </message>
    <message>
        <source>Environment variables, NAME=value per line (kept in the keychain)</source>
        <translation>Variables d&apos;environnement, NOM=valeur par ligne (conservées dans le trousseau)</translation>
    </message>
    <message>
        <source>Environment variables, NAME=value per line</source>
        <translation>Variables d&apos;environnement, NOM=valeur par ligne</translation>
    </message>
    <message>
        <source>Working folder (optional)</source>
        <translation>Dossier de travail (facultatif)</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Headers, “Name: value” per line (kept in the keychain)</source>
        <translation>En-têtes, «&#xa0;Nom: valeur&#xa0;» par ligne (conservés dans le trousseau)</translation>
    </message>
    <message>
        <source>Headers, Name: value per line</source>
        <translation>En-têtes, Nom: valeur par ligne</translation>
    </message>
    <message>
        <source>Time limit per call (seconds)</source>
        <translation>Délai par appel (secondes)</translation>
    </message>
    <message>
        <source>Time limit per call in seconds</source>
        <translation>Délai par appel en secondes</translation>
    </message>
    <message>
        <source>Nothing runs when you save: Confab shows you what it will run and starts it once you confirm.</source>
        <translation>Rien ne s&apos;exécute à l&apos;enregistrement&#xa0;: Confab vous montre ce qu&apos;il va exécuter et ne le démarre qu&apos;après votre confirmation.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>A program Confab starts on this computer, or a server it reaches at an address.</source>
        <translation>Un programme que Confab lance sur cet ordinateur, ou un serveur qu&apos;il joint à une adresse.</translation>
    </message>
    <message>
        <source>Where the server answers, and the headers it needs. Header values are kept in the keychain.</source>
        <translation>Où le serveur répond, et les en-têtes dont il a besoin. Les valeurs des en-têtes sont conservées dans le trousseau.</translation>
    </message>
    <message>
        <source>What Confab runs, with its arguments and environment. Environment values are kept in the keychain.</source>
        <translation>Ce que Confab exécute, avec ses arguments et son environnement. Les valeurs d&apos;environnement sont conservées dans le trousseau.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>A call that takes longer is stopped and the model is told so.</source>
        <translation>Un appel plus long est arrêté et le modèle en est informé.</translation>
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
            <numerusform>%1 · %2 · %n outil</numerusform>
            <numerusform>%1 · %2 · %n outils</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>It has not run yet as it is now: look at what it runs and confirm it first.</source>
        <translation>Il n&apos;a pas encore été exécuté dans sa forme actuelle&#xa0;: vérifiez d&apos;abord ce qu&apos;il exécute, puis confirmez.</translation>
    </message>
    <message>
        <source>Review and start…</source>
        <translation>Vérifier et démarrer…</translation>
    </message>
    <message>
        <source>Review what %1 runs and start it</source>
        <translation>Vérifier ce qu&apos;exécute %1 et le démarrer</translation>
    </message>
    <message>
        <source>Hide tools and log</source>
        <translation>Masquer outils et journal</translation>
    </message>
    <message>
        <source>Tools and log</source>
        <translation>Outils et journal</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Redémarrer %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Remove it, its secrets and its approvals?</source>
        <translation>Le supprimer, avec ses secrets et ses approbations&#xa0;?</translation>
    </message>
    <message>
        <source>Yes, remove %1</source>
        <translation>Oui, supprimer %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Conserver %1</translation>
    </message>
    <message>
        <source>Trust this server: run all its tools without asking</source>
        <translation>Faire confiance à ce serveur&#xa0;: exécuter tous ses outils sans demander</translation>
    </message>
    <message>
        <source>Review and start %1…</source>
        <translation>Vérifier et démarrer %1…</translation>
    </message>
    <message>
        <source>Hide tools and log of %1</source>
        <translation>Masquer outils et journal de %1</translation>
    </message>
    <message>
        <source>Tools and log of %1</source>
        <translation>Outils et journal de %1</translation>
    </message>
</context>
<context>
    <name>ToolServers</name>
    <message>
        <source>Hidden character %1 in %2</source>
        <translation>Caractère caché %1 dans %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s). None is enabled yet: enable one to see what it runs and confirm it.</source>
        <translation>
            <numerusform>%n serveur importé. Aucun n&apos;est encore activé&#xa0;: activez-en un pour voir ce qu&apos;il exécute et le confirmer.</numerusform>
            <numerusform>%n serveurs importés. Aucun n&apos;est encore activé&#xa0;: activez-en un pour voir ce qu&apos;il exécute et le confirmer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) changed since you approved them.</source>
        <translation>
            <numerusform>%n outil a changé depuis votre approbation.</numerusform>
            <numerusform>%n outils ont changé depuis votre approbation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) contain hidden characters.</source>
        <translation>
            <numerusform>%n outil contient des caractères cachés.</numerusform>
            <numerusform>%n outils contiennent des caractères cachés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolsPane</name>
    <message>
        <source>Tool servers (MCP) give the model tools, such as reading files or searching. Confab asks you before every call unless you allow a tool for good or trust its server.</source>
        <translation>Les serveurs d&apos;outils (MCP) donnent des outils au modèle, par exemple pour lire des fichiers ou faire des recherches. Confab vous demande avant chaque appel, sauf si vous autorisez un outil définitivement ou faites confiance à son serveur.</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>Serveurs d&apos;outils</translation>
    </message>
    <message>
        <source>No tool server yet. Add one, or import the mcpServers file of Claude Desktop, Cursor, LM Studio or VS Code.</source>
        <translation>Aucun serveur d&apos;outils pour l&apos;instant. Ajoutez-en un, ou importez le fichier mcpServers de Claude Desktop, Cursor, LM Studio ou VS Code.</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Ajouter un serveur d&apos;outils</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import tool servers from an mcpServers JSON file</source>
        <translation>Importer des serveurs d&apos;outils depuis un fichier JSON mcpServers</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the tool servers as an mcpServers JSON file, without secrets</source>
        <translation>Exporter les serveurs d&apos;outils dans un fichier JSON mcpServers, sans les secrets</translation>
    </message>
    <message>
        <source>Import tool servers</source>
        <translation>Importer des serveurs d&apos;outils</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>mcpServers JSON (*.json)</source>
        <translation>JSON mcpServers (*.json)</translation>
    </message>
    <message>
        <source>Export tool servers</source>
        <translation>Exporter les serveurs d&apos;outils</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add a tool server…</source>
        <translation>Ajouter un serveur d&apos;outils…</translation>
    </message>
</context>
</TS>
