// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.Chat
import QtQuick.Controls

// Files dropped anywhere on the conversation are attached; while they are dragged over it,
// the page says so.
DropArea {
    id: root

    required property ChatController chat

    objectName: "attachmentDropArea"
    keys: ["text/uri-list"]
    onDropped: drop => {
        root.chat.attachments.addFiles(drop.urls);
        drop.acceptProposedAction();
    }

    Rectangle {
        anchors.fill: parent
        visible: root.containsDrag
        color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.12)
        border.color: Theme.accent
        border.width: 2

        Label {
            anchors.centerIn: parent
            text: qsTr("Drop files to attach them")
            color: Theme.text
            font.pointSize: Theme.fontSize * 1.4
        }
    }
}
