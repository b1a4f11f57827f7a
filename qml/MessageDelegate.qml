// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab
import QtQuick.Controls
import QtQuick.Layouts

// One message: the user's question in a bubble, or the model's answer with its state.
Item {
    id: root

    required property int index
    required property int author
    required property string text
    required property string reasoning
    required property int messageState
    required property string finishReason
    required property string errorKind
    required property string errorMessage
    required property string modelName
    property bool isLast: false
    property bool canRetry: false

    readonly property bool isUser: root.author === MessageModel.User
    readonly property bool live: root.messageState === MessageModel.Streaming || root.messageState === MessageModel.Waiting

    signal retryRequested
    signal linkRequested(string url)

    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column

        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentWidth)
        spacing: 4

        Label {
            text: root.isUser ? qsTr("You") : root.modelName
            color: Theme.subtleText
            font.bold: true
            Layout.alignment: root.isUser ? Qt.AlignRight : Qt.AlignLeft
        }

        Rectangle {
            id: bubble

            Layout.alignment: root.isUser ? Qt.AlignRight : Qt.AlignLeft
            Layout.preferredWidth: root.isUser ? Math.min(body.implicitWidth + 24, column.width * 0.85) : column.width
            implicitHeight: body.implicitHeight + (root.isUser ? 16 : 0)
            radius: Theme.radius
            color: root.isUser ? Theme.userBubble : "transparent"
            visible: root.text.length > 0

            TextEdit {
                id: body

                objectName: "messageText"
                anchors.fill: parent
                anchors.margins: root.isUser ? 8 : 0
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                color: Theme.text
                selectionColor: Theme.accent
                selectedTextColor: Theme.accentText
                font.pointSize: Theme.fontSize
                // Plain text while streaming (cheap per delta); safe rich text once finished.
                textFormat: root.isUser || root.live ? TextEdit.PlainText : TextEdit.RichText
                text: root.isUser || root.live ? root.text : Rendering.toHtml(root.text)
                onLinkActivated: link => root.linkRequested(link)
                Accessible.role: Accessible.StaticText
                Accessible.name: root.text

                HoverHandler {
                    cursorShape: body.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
                }
                ToolTip.visible: body.hoveredLink.length > 0
                ToolTip.text: Rendering.displayUrl(body.hoveredLink)
            }
        }

        BusyIndicator {
            objectName: "waitingIndicator"
            visible: root.messageState === MessageModel.Waiting && root.text.length === 0
            running: visible
            implicitWidth: 28
            implicitHeight: 28
            Accessible.name: qsTr("Waiting for the answer")
        }

        Label {
            objectName: "stateLabel"
            visible: text.length > 0
            color: Theme.warningText
            text: Rendering.stateNote(root.messageState, root.finishReason)
        }

        Rectangle {
            objectName: "errorBox"
            visible: root.messageState === MessageModel.Failed
            Layout.fillWidth: true
            implicitHeight: errorLayout.implicitHeight + 16
            radius: Theme.radius
            color: Theme.errorBackground

            RowLayout {
                id: errorLayout

                anchors.fill: parent
                anchors.margins: 8

                ColumnLayout {
                    Layout.fillWidth: true
                    Label {
                        objectName: "errorTitle"
                        text: Rendering.errorTitle(root.errorKind)
                        font.bold: true
                        color: Theme.errorText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        text: root.errorMessage
                        textFormat: Text.PlainText
                        color: Theme.errorText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                }
                Button {
                    objectName: "retryButton"
                    text: qsTr("Retry")
                    visible: root.isLast && root.canRetry
                    onClicked: root.retryRequested()
                    Accessible.name: qsTr("Retry this answer")
                }
            }
        }
    }
}
