// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.History
import QtQuick.Controls
import QtQuick.Layouts

// One search hit: the conversation's title and a snippet with the hits in bold. The model gives
// plain text and the hits' ranges; SearchHighlight escapes the text and marks the ranges.
ItemDelegate {
    id: root

    required property real conversationId
    required property real messageId
    required property string title
    required property string snippet
    required property var highlights
    required property bool titleHit

    readonly property string shownTitle: root.title.length > 0 ? root.title : qsTr("New chat")

    signal chosen

    objectName: "historyHit"
    Accessible.name: root.shownTitle
    Accessible.description: root.titleHit ? "" : root.snippet
    Accessible.role: Accessible.ListItem
    Accessible.onPressAction: clicked()
    onClicked: root.chosen()
    leftPadding: Theme.spacingS
    rightPadding: Theme.spacingS
    background: Rectangle {
        radius: Theme.radiusM
        color: root.hovered || root.visualFocus ? Theme.surfaceHover : "transparent"
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingXxs

        Label {
            objectName: "historyHitTitle"
            Layout.fillWidth: true
            text: root.titleHit ? SearchHighlight.styledText(root.snippet, root.highlights) : root.shownTitle
            textFormat: root.titleHit ? Text.StyledText : Text.PlainText
            elide: Text.ElideRight
            color: Theme.text
            font.bold: !root.titleHit
            Accessible.name: root.shownTitle // plain text, never the tags
        }
        Label {
            objectName: "historyHitSnippet"
            Layout.fillWidth: true
            visible: !root.titleHit
            text: SearchHighlight.styledText(root.snippet, root.highlights)
            textFormat: Text.StyledText
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: Theme.subtleText
            Accessible.name: root.snippet
        }
    }
}
