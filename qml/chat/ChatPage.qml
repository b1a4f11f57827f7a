// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Markdown
import Confab.Providers
import Confab.Chat
import QtQuick.Controls
import QtQuick.Layouts

// The conversation: header, message list, composer.
Item {
    id: root

    required property ChatController chat
    // The configured providers, for the model switcher in the header (optional).
    property ProviderService providers: null

    signal settingsRequested

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

    function editLast() {
        const row = root.chat.messages.lastRowOf(Message.User);
        if (row < 0 || root.chat.busy)
            return;
        messageList.following = false;
        messageList.positionViewAtIndex(row, ListView.Contain);
        const item = messageList.itemAtIndex(row) as MessageDelegate;
        if (item)
            item.startEditing();
    }

    Shortcut {
        sequence: "Esc"
        enabled: root.chat.busy
        onActivated: root.chat.stop()
    }
    Shortcut {
        sequence: "Ctrl+N"
        onActivated: root.chat.newConversation()
    }
    Shortcut {
        sequence: "Ctrl+F"
        onActivated: findBar.open()
    }
    Shortcut {
        sequence: "Ctrl+R"
        enabled: !root.chat.busy
        onActivated: root.chat.regenerate(-1)
    }
    Shortcut {
        sequence: "Ctrl+Shift+C"
        onActivated: Clipboard.copyText(root.chat.lastAnswerText())
    }
    Shortcut {
        sequence: "Ctrl+Q"
        context: Qt.ApplicationShortcut
        onActivated: Qt.quit()
    }
    Shortcut {
        sequences: ["F1", "Ctrl+/"]
        onActivated: shortcutsHelp.open()
    }

    Connections {
        target: root.chat

        // Screen readers hear a finished answer: an alert with its start.
        function onAnswerFinished(row) {
            if (row < 0 || row >= root.chat.messages.count)
                return;
            announcer.text = qsTr("Answer finished");
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            background: Rectangle {
                color: Theme.surface
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.border
                }
            }

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing

                ToolButton {
                    id: modelButton

                    objectName: "modelButton"
                    text: (root.chat.configured ? root.chat.targetName : (root.chat.targetError || qsTr("Not configured"))) + (modelButton.enabled ? "  ▾" : "")
                    font.bold: true
                    enabled: root.providers !== null && root.chat.parameters.providerId.length > 0
                    Layout.fillWidth: true
                    // Rounded up: the layout rounds a fractional width down, and the text
                    // would lose its last characters (the ▾) to elision.
                    Layout.maximumWidth: Math.ceil(implicitWidth)
                    onClicked: modelPopup.open()
                    Accessible.name: qsTr("Model: %1. Choose another provider or model").arg(text)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Switch the provider or model for this conversation")
                }
                Item {
                    Layout.fillWidth: true
                }
                Label {
                    text: root.chat.endpointHost
                    color: Theme.subtleText
                    visible: root.chat.configured
                }
                ToolButton {
                    objectName: "newChatButton"
                    text: qsTr("New chat")
                    enabled: root.chat.messages.count > 0
                    onClicked: root.chat.newConversation()
                    Accessible.name: qsTr("Start a new chat")
                }
                ToolButton {
                    objectName: "parametersButton"
                    text: qsTr("Parameters")
                    visible: root.providers !== null
                    onClicked: parametersDrawer.open()
                    Accessible.name: qsTr("System prompt and parameters of this conversation")
                }
                ToolButton {
                    objectName: "settingsButton"
                    text: qsTr("Settings")
                    onClicked: root.settingsRequested()
                    Accessible.name: qsTr("Open the settings")
                }
                ToolButton {
                    text: "?"
                    onClicked: shortcutsHelp.open()
                    Accessible.name: qsTr("Keyboard shortcuts")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Keyboard shortcuts (F1)")
                }
            }
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

            ListView {
                id: messageList

                objectName: "messageList"
                anchors.fill: parent
                anchors.topMargin: Theme.spacing
                model: root.chat.messages
                spacing: Theme.spacing
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                visible: count > 0
                Accessible.name: qsTr("Conversation")
                Accessible.role: Accessible.List
                ScrollBar.vertical: ScrollBar {
                }

                // Follow the stream while the view is at the bottom; stop as soon as the user
                // scrolls away (wheel, drag, keys or the scroll bar), and follow again when
                // they come back to the bottom or send.
                property bool following: true
                property bool autoScrolling: false

                function followEnd() {
                    if (moving)
                        return; // never fight the user's own scrolling
                    autoScrolling = true;
                    positionViewAtEnd();
                    autoScrolling = false;
                }

                onMovementStarted: following = false
                onMovementEnded: following = atYEnd
                onContentYChanged: if (!autoScrolling && !moving)
                    following = atYEnd
                onContentHeightChanged: if (following)
                    followEnd()
                onCountChanged: if (following)
                    followEnd()
                onHeightChanged: if (following)
                    followEnd()
                highlightFollowsCurrentItem: false
                currentIndex: -1

                delegate: MessageDelegate {
                    id: messageDelegate

                    width: messageList.width
                    isLast: messageDelegate.index === messageList.count - 1
                    canRetry: root.chat.canRetry
                    busy: root.chat.busy
                    viewportTop: messageList.contentY - messageDelegate.y
                    viewportBottom: messageList.contentY + messageList.height - messageDelegate.y
                    onRetryRequested: root.chat.retry()
                    onLinkRequested: url => linkDialog.ask(url)
                    onSwitchRequested: step => root.chat.switchBranch(messageDelegate.index, step)
                    onRegenerateRequested: root.chat.regenerate(messageDelegate.index)
                    onEditAccepted: text => {
                        messageList.following = true;
                        root.chat.editAndResend(messageDelegate.index, text);
                    }
                    onContinueRequested: {
                        messageList.following = true;
                        root.chat.continueAnswer(messageDelegate.index);
                    }
                    onDeleteRequested: deleteDialog.ask(messageDelegate.index)
                    onCopyRequested: Clipboard.copyText(root.chat.messages.textAt(messageDelegate.index))
                }
            }

            RoundButton {
                objectName: "jumpToLatestButton"
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Theme.spacing
                visible: messageList.count > 0 && !messageList.following && !messageList.atYEnd
                text: "↓"
                onClicked: {
                    messageList.cancelFlick();
                    messageList.following = true;
                    messageList.followEnd();
                }
                Accessible.name: qsTr("Jump to the latest message")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
            }

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacing, 560)
                visible: messageList.count === 0
                configured: root.chat.configured
                missingSetting: root.chat.missingSetting
                modelName: root.chat.modelName
                endpointHost: root.chat.endpointHost
            }
        }

        Composer {
            id: composer

            Layout.fillWidth: true
            busy: root.chat.busy
            enabled: root.chat.configured
            modelName: root.chat.modelName
            onSendRequested: text => {
                messageList.following = true;
                if (root.chat.send(text))
                    composer.clear();
            }
            onStopRequested: root.chat.stop()
            onEditLastRequested: root.editLast()
        }
    }

    LinkDialog {
        id: linkDialog
    }

    // This conversation's system prompt, temperature, top_p, max tokens, reasoning effort.
    Drawer {
        id: parametersDrawer

        objectName: "parametersDrawer"
        edge: Qt.RightEdge
        width: Math.min(420, root.width - 40)
        height: root.height
        onAboutToShow: {
            if (root.providers && !parametersLoader.item)
                parametersLoader.setSource("qrc:/qt/qml/Confab/Providers/ParametersPanel.qml", {
                        "parameters": root.chat.parameters,
                        "settings": root.providers.settings
                    });
        }

        ScrollView {
            anchors.fill: parent
            anchors.margins: Theme.spacing
            contentWidth: availableWidth

            // Made when opened (with this conversation's objects), not with the page.
            Loader {
                id: parametersLoader

                width: parent.width
            }
        }
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

    // Read out by screen readers when its text changes.
    Text {
        id: announcer

        visible: false
        Accessible.role: Accessible.AlertMessage
        Accessible.name: announcer.text
    }
}
