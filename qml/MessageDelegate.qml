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
    required property int promptTokens
    required property int completionTokens
    required property int siblingIndex
    required property int siblingCount
    required property string refusal
    required property int timeToFirstTokenMs
    required property real tokensPerSecond
    required property bool canContinue
    property bool isLast: false
    property bool canRetry: false
    property bool busy: false
    property bool editing: false

    readonly property bool isUser: root.author === MessageModel.User
    readonly property bool live: root.messageState === MessageModel.Streaming || root.messageState === MessageModel.Waiting

    signal retryRequested
    signal linkRequested(string url)
    signal switchRequested(int step)
    signal regenerateRequested
    signal editAccepted(string text)
    signal continueRequested
    signal deleteRequested

    // Opens the in-place editor on a question.
    function startEditing() {
        if (!root.isUser)
            return;
        root.editing = true;
        editor.begin();
    }

    implicitHeight: column.implicitHeight

    HoverHandler {
        id: hover
    }

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
            visible: root.text.length > 0 && !root.editing

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

        MessageEditor {
            id: editor

            objectName: "messageEditor"
            visible: root.editing
            originalText: root.text
            Layout.fillWidth: true
            onAccepted: text => {
                root.editing = false;
                root.editAccepted(text);
            }
            onCanceled: root.editing = false
        }

        Label {
            objectName: "refusalLabel"
            visible: root.refusal.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.warningText
            text: qsTr("The model refused: %1").arg(root.refusal)
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

        Label {
            objectName: "statsLabel"
            visible: !root.isUser && !root.live && text.length > 0
            text: Rendering.answerStats(root.modelName, root.promptTokens, root.completionTokens, root.timeToFirstTokenMs, root.tokensPerSecond)
            color: Theme.subtleText
            font.pointSize: Theme.fontSize * 0.85
            Layout.fillWidth: true
            elide: Text.ElideRight
        }

        MessageActions {
            objectName: "messageActions"
            visible: !root.live && !root.editing
            Layout.alignment: root.isUser ? Qt.AlignRight : Qt.AlignLeft
            isUser: root.isUser
            busy: root.busy
            hovered: hover.hovered
            canContinue: root.canContinue && root.isLast
            siblingIndex: root.siblingIndex
            siblingCount: root.siblingCount
            onPreviousVersion: root.switchRequested(-1)
            onNextVersion: root.switchRequested(1)
            onCopyRequested: Rendering.copyText(root.text)
            onEditRequested: root.startEditing()
            onRegenerateRequested: root.regenerateRequested()
            onContinueRequested: root.continueRequested()
            onDeleteRequested: root.deleteRequested()
        }
    }
}
