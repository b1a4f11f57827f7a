// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls

// The actions of one conversation in the history list: rename, pin, export, delete. One menu
// serves every row (a menu per row made start-up with a long history slow): the panel sets the
// row's conversation before it opens it.
Menu {
    id: root

    property real conversationId: 0
    property string conversationTitle
    property bool pinned: false

    signal renameRequested(real conversationId)
    signal pinRequested(real conversationId, bool pinned)
    // format: "markdown" or "json".
    signal exportRequested(real conversationId, string format)
    signal deleteRequested(real conversationId, string title)

    title: qsTr("Actions for %1").arg(root.conversationTitle)

    MenuItem {
        objectName: "historyRename"
        text: qsTr("Rename")
        icon.name: "edit-rename"
        icon.color: palette.buttonText
        onTriggered: root.renameRequested(root.conversationId)
    }
    MenuItem {
        objectName: "historyPin"
        text: root.pinned ? qsTr("Unpin") : qsTr("Pin")
        icon.name: root.pinned ? "window-unpin" : "window-pin"
        icon.color: palette.buttonText
        onTriggered: root.pinRequested(root.conversationId, !root.pinned)
    }
    MenuItem {
        text: qsTr("Export as Markdown…")
        icon.name: "document-export"
        icon.color: palette.buttonText
        onTriggered: root.exportRequested(root.conversationId, "markdown")
    }
    MenuItem {
        text: qsTr("Export as JSON…")
        icon.name: "document-export"
        icon.color: palette.buttonText
        onTriggered: root.exportRequested(root.conversationId, "json")
    }
    MenuSeparator {
    }
    MenuItem {
        objectName: "historyDelete"
        text: qsTr("Delete")
        icon.name: "edit-delete"
        icon.color: palette.buttonText
        onTriggered: root.deleteRequested(root.conversationId, root.conversationTitle)
    }
}
