// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// One search hit: the conversation's title and a snippet with the hit in bold. The snippet is
// built in C++ (ConversationStore::search): the text is HTML-escaped, only <b> is ours.
ItemDelegate {
    id: root

    required property real conversationId
    required property real messageId
    required property string title
    required property string snippet
    required property bool titleHit

    signal chosen

    objectName: "historyHit"
    Accessible.name: root.title.length > 0 ? root.title : qsTr("New chat")
    Accessible.description: root.snippet
    Accessible.role: Accessible.ListItem
    onClicked: root.chosen()

    contentItem: ColumnLayout {
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: root.titleHit ? root.snippet : (root.title.length > 0 ? root.title : qsTr("New chat"))
            textFormat: root.titleHit ? Text.StyledText : Text.PlainText
            elide: Text.ElideRight
            color: Theme.text
            font.bold: !root.titleHit
        }
        Label {
            objectName: "historyHitSnippet"
            Layout.fillWidth: true
            visible: !root.titleHit
            text: root.snippet
            textFormat: Text.StyledText
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: Theme.subtleText
        }
    }
}
