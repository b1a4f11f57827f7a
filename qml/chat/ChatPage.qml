// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Markdown
import Confab.Providers
import Confab.Chat
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

// The conversation: header, message list, composer.
Item {
    id: root

    required property ChatController chat
    // The configured providers, for the model switcher in the header (optional).
    property ProviderService providers: null

    signal settingsRequested
    // Something happened that screen readers should hear ("Copied").
    signal announced(string message)
    signal toolSettingsRequested

    // The row of the last find hit, or -1.
    property int findRow: -1

    function findNext(text, forward) {
        const row = root.chat.messages.find(text, root.findRow, forward);
        findBar.found = row >= 0;
        if (row < 0)
            return;
        root.findRow = row;
        messageList.following = false;
        messageList.positionViewAtIndex(row, ListView.Contain);
        messageList.currentIndex = row;
    }

    // Shows a stored conversation, scrolled to @p messageId when given.
    function openConversation(conversationId, messageId) {
        const row = root.chat.openConversation(conversationId, messageId);
        if (row < 0)
            return;
        if (messageId > 0) {
            messageList.positionViewAtIndex(row, ListView.Beginning);
            messageList.following = messageList.atYEnd;
        } else {
            messageList.following = true;
            messageList.followEnd();
        }
        composer.focusInput();
    }

    // Puts the cursor in the message box.
    function focusComposer() {
        composer.focusInput();
    }

    // Ctrl+V of files (copied in a file manager) or of an image.
    function pasteAttachments() {
        if (Clipboard.hasFiles())
            root.chat.attachments.addFiles(Clipboard.fileUrls());
        else
            root.chat.attachments.addData(Clipboard.imagePng(), qsTr("Pasted image.png"));
    }

    function editLast() {
        const row = root.chat.messages.lastRowOf(Message.User);
        if (row < 0 || root.chat.busy)
            return;
        messageList.following = false;
        messageList.positionViewAtIndex(row, ListView.Contain);
        const item = messageList.itemAtIndex(row) as QuestionDelegate;
        if (item)
            item.startEditing();
    }

    // The chat's shortcuts act only while it is shown (not under the settings).
    Shortcut {
        sequence: "Esc"
        enabled: root.visible && root.chat.busy
        onActivated: {
            root.chat.stop();
            composer.focusInput();
        }
    }
    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible
        onActivated: {
            root.chat.newConversation();
            composer.focusInput();
        }
    }
    Shortcut {
        sequence: "Ctrl+F"
        enabled: root.visible
        onActivated: findBar.open()
    }
    Shortcut {
        sequence: "Ctrl+R"
        enabled: root.visible && !root.chat.busy
        onActivated: root.chat.regenerate(-1)
    }
    Shortcut {
        sequence: "Ctrl+Shift+C"
        enabled: root.visible
        onActivated: {
            Clipboard.copyText(root.chat.lastAnswerText());
            root.announced(qsTr("Last answer copied"));
        }
    }
    Shortcut {
        sequence: "Ctrl+Q"
        context: Qt.ApplicationShortcut
        onActivated: Qt.quit()
    }
    Shortcut {
        sequences: ["F1", "Ctrl+/"]
        enabled: root.visible
        onActivated: shortcutsHelp.open()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ChatHeader {
            Layout.fillWidth: true
            chat: root.chat
            providers: root.providers
            onModelSwitchRequested: modelPopup.open()
            onParametersRequested: parametersDrawer.open()
            onSettingsRequested: root.settingsRequested()
            onToolSettingsRequested: root.toolSettingsRequested()
            onShortcutsRequested: shortcutsHelp.open()
        }

        FindBar {
            id: findBar

            objectName: "findBar"
            Layout.fillWidth: true
            onFindRequested: (text, forward) => root.findNext(text, forward)
            onClosed: {
                root.findRow = -1;
                composer.focusInput();
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            MessageList {
                id: messageList

                objectName: "messageList"
                anchors.fill: parent
                anchors.topMargin: Theme.spacingL
                chat: root.chat
                // The jump button's column (it stands right of the messages, never on them).
                reservedRight: jumpButton.width + Theme.spacingM + Theme.spacingS
                onLinkRequested: url => linkDialog.ask(url)
                onAttachmentRequested: (sha256, name) => viewer.show(sha256, name)
                onDeleteRequested: row => deleteDialog.ask(row)
                onSettingsRequested: root.settingsRequested()
                onCopied: root.announced(qsTr("Copied"))
                // The action's button went with the answer it was under.
                onAnswerReplaced: composer.focusInput()
            }

            JumpToLatestButton {
                id: jumpButton

                objectName: "jumpToLatestButton"
                // Right of the messages' column (MessageList keeps the room free), left of the
                // scroll bar.
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.rightMargin: Theme.spacingM
                anchors.bottomMargin: Theme.spacingS
                list: messageList
            }

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.formWidth)
                visible: messageList.count === 0
                configured: root.chat.configured
                missingSetting: root.chat.missingSetting
                modelName: root.chat.modelName
                endpointHost: root.chat.endpointHost
                targetName: root.chat.targetName
            }
        }

        // The attachments and the composer line up with the messages' column.
        AttachmentStrip {
            objectName: "attachmentStrip"
            chat: root.chat
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            onSendWithoutImagesRequested: {
                if (root.chat.sendWithoutImages(composer.text))
                    composer.clear();
            }
        }

        Composer {
            id: composer

            objectName: "composer"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentWidth + 2 * Theme.spacingM
            Layout.alignment: Qt.AlignHCenter
            // Under the messages also where they leave the jump button's room free.
            Layout.rightMargin: messageList.width - messageList.rowWidth
            attachmentCount: root.chat.attachments.count
            onAttachRequested: fileDialog.open()
            onPasteAttachmentRequested: root.pasteAttachments()
            busy: root.chat.busy
            enabled: root.chat.configured
            modelName: root.chat.modelName
            onSendRequested: text => {
                messageList.following = true;
                if (root.chat.send(text))
                    composer.clear();
            }
            onStopRequested: {
                root.chat.stop();
                composer.focusInput();
            }
            onEditLastRequested: root.editLast()
        }
    }

    LinkDialog {
        id: linkDialog
    }

    AttachmentDropArea {
        anchors.fill: parent
        chat: root.chat
    }

    FileDialog {
        id: fileDialog

        objectName: "attachmentFileDialog"
        title: qsTr("Attach files")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Images, PDFs and text (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *)")]
        onAccepted: root.chat.attachments.addFiles(fileDialog.selectedFiles)
    }

    AttachmentViewer {
        id: viewer
    }

    ParametersDrawer {
        id: parametersDrawer

        chat: root.chat
        providers: root.providers
        width: Math.min(420, root.width - 40)
        height: root.height
    }

    ModelSwitcher {
        id: modelPopup

        objectName: "modelPopup"
        chat: root.chat
        providers: root.providers
        x: Theme.spacing
        y: 44
        width: Math.min(480, root.width - 2 * Theme.spacing)
        height: Math.min(460, root.height - 80, modelPopup.implicitHeight)
    }

    DeleteDialog {
        id: deleteDialog

        onConfirmed: row => root.chat.deleteMessage(row)
    }

    ShortcutsHelp {
        id: shortcutsHelp

        objectName: "shortcutsHelp"
    }
}
