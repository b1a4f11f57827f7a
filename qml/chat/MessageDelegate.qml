// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Markdown
import Confab.Chat
import QtQuick.Controls
import QtQuick.Layouts

// One message: the user's question in a bubble, or the model's answer with its state.
Item {
    id: root

    required property int index
    required property int author
    // Not the answer's text itself: that grows with every delta (see MessageModel::HasTextRole).
    required property bool hasText
    required property bool hasReasoning
    required property string questionText
    required property int messageState
    required property int finishReason
    required property int errorKind
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
    required property ToolCallList toolCallList
    required property MarkdownStream markdown
    required property MarkdownStream reasoningMarkdown
    property bool isLast: false
    property bool canRetry: false
    property bool busy: false
    property bool editing: false
    // The list's visible area in this delegate's coordinates: long answers draw only what
    // is near it.
    property real viewportTop: -1e9
    property real viewportBottom: 1e9

    readonly property bool isUser: root.author === Message.User
    readonly property bool live: root.messageState === Message.Streaming || root.messageState === Message.Waiting

    signal retryRequested
    signal linkRequested(string url)
    signal switchRequested(int step)
    signal regenerateRequested
    signal editAccepted(string text)
    signal continueRequested
    signal deleteRequested
    signal copyRequested

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

        ReasoningSection {
            Layout.fillWidth: true
            visible: !root.isUser && root.hasReasoning
            blocks: root.reasoningMarkdown
            answerStarted: root.hasText
            streaming: root.live
            onLinkActivated: url => root.linkRequested(url)
        }

        // The question: plain text in a bubble (what the user typed, as typed).
        Rectangle {
            id: bubble

            Layout.alignment: Qt.AlignRight
            Layout.preferredWidth: Math.min(body.implicitWidth + 24, column.width * 0.85)
            implicitHeight: body.implicitHeight + 16
            radius: Theme.radius
            color: Theme.userBubble
            visible: root.isUser && !root.editing

            TextEdit {
                id: body

                objectName: "messageText"
                anchors.fill: parent
                anchors.margins: 8
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                color: Theme.text
                selectionColor: Theme.accent
                selectedTextColor: Theme.accentText
                font.pointSize: Theme.fontSize
                textFormat: TextEdit.PlainText
                text: root.questionText
                Accessible.role: Accessible.StaticText
                Accessible.name: root.questionText
            }
        }

        // The answer: live Markdown, block by block.
        MarkdownView {
            id: answerView

            objectName: "answerView"
            Layout.fillWidth: true
            visible: !root.isUser && root.hasText
            blocks: root.markdown
            viewportTop: root.viewportTop - answerView.y
            viewportBottom: root.viewportBottom - answerView.y
            onLinkActivated: url => root.linkRequested(url)
        }

        Repeater {
            model: root.isUser ? null : root.toolCallList

            ToolCallCard {
                Layout.fillWidth: true
            }
        }

        MessageEditor {
            id: editor

            objectName: "messageEditor"
            visible: root.editing
            originalText: root.questionText
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

        // Spins while the answer is awaited and while it streams in.
        BusyIndicator {
            objectName: "waitingIndicator"
            visible: root.live
            running: visible
            implicitWidth: 28
            implicitHeight: 28
            Accessible.name: root.hasText ? qsTr("The answer is still coming") : qsTr("Waiting for the answer")
        }

        Label {
            objectName: "stateLabel"
            visible: text.length > 0
            color: Theme.warningText
            text: AnswerLabels.stateNote(root.messageState, root.finishReason)
        }

        Rectangle {
            objectName: "errorBox"
            visible: root.messageState === Message.Failed
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
                        text: AnswerLabels.errorTitle(root.errorKind)
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
            text: AnswerLabels.answerStats(root.modelName, root.promptTokens, root.completionTokens, root.timeToFirstTokenMs, root.tokensPerSecond)
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
            onCopyRequested: root.copyRequested()
            onEditRequested: root.startEditing()
            onRegenerateRequested: root.regenerateRequested()
            onContinueRequested: root.continueRequested()
            onDeleteRequested: root.deleteRequested()
        }
    }
}
