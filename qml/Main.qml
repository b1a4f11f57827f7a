// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: root

    required property ChatController chat
    required property HistoryController history

    width: 960
    height: 720
    minimumWidth: 420
    minimumHeight: 360
    // Shown by the application once its saved size and position are restored.
    visible: false
    title: root.chat.configured ? qsTr("Confab — %1").arg(root.chat.modelName) : qsTr("Confab")
    color: Theme.background

    Shortcut {
        sequence: "Ctrl+B"
        onActivated: historyPanel.visible = !historyPanel.visible
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        HistoryPanel {
            id: historyPanel

            objectName: "historyPanel"
            Layout.fillHeight: true
            Layout.preferredWidth: 280
            visible: root.width >= 720
            history: root.history
            currentConversationId: root.chat.conversationId
            onConversationChosen: (conversationId, messageId) => chatPage.openConversation(conversationId, messageId)
            onNewChatRequested: root.chat.newConversation()
            onExportRequested: (conversationId, format) => historyFiles.exportConversation(conversationId, format)
            onExportAllRequested: historyFiles.exportAll()
            onImportRequested: historyFiles.importFile()
        }
        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.border
            visible: historyPanel.visible
        }
        ChatPage {
            id: chatPage

            Layout.fillWidth: true
            Layout.fillHeight: true
            chat: root.chat
        }
    }

    HistoryFiles {
        id: historyFiles

        history: root.history
    }
}
