// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Markdown
import Confab.Chat
import QtQuick.Controls
import QtQuick.Layouts

// The model's answer: reasoning, live Markdown, tool calls, and its state (waiting, stopped,
// failed, finished with figures).
Item {
    id: root

    required property int index
    // Not the answer's text itself: that grows with every delta (see MessageModel::HasTextRole).
    required property bool hasText
    required property bool hasReasoning
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
    // Tool messages below show the calls (with their approval and result) once they run.
    required property bool toolCallsRun
    required property MarkdownStream markdown
    required property MarkdownStream reasoningMarkdown
    property bool isLast: false
    // The conversation list's current message (its actions show).
    property bool current: false
    property bool canRetry: false
    property bool busy: false
    // The list's visible area in this delegate's coordinates: long answers draw only what
    // is near it.
    property real viewportTop: -1e9
    property real viewportBottom: 1e9

    readonly property bool live: root.messageState === Message.Streaming || root.messageState === Message.Waiting

    signal retryRequested
    signal withoutAttachmentsRequested
    signal settingsRequested
    signal linkRequested(string url)
    signal switchRequested(int step)
    signal regenerateRequested
    signal continueRequested
    signal deleteRequested
    signal copyRequested

    // After ‹ or ›: the focus goes to the version buttons.
    function focusVersion(step: int) {
        actions.focusVersion(step);
    }

    implicitHeight: column.implicitHeight
    // One message of the conversation list (the list's current one has the focus); its blocks
    // (headings, paragraphs, lists, code) are its children.
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Answer from %1").arg(root.modelName)
    Accessible.description: AnswerLabels.answerState(root.messageState, root.finishReason, root.errorKind)

    HoverHandler {
        id: hover
    }

    ColumnLayout {
        id: column

        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentWidth)
        spacing: Theme.spacingXs

        Label {
            objectName: "answerAuthor"
            text: root.modelName
            color: Theme.subtleText
            font.bold: true
            font.pointSize: Theme.fontSizeCaption
        }

        ReasoningSection {
            Layout.fillWidth: true
            visible: root.hasReasoning
            blocks: root.reasoningMarkdown
            answerStarted: root.hasText
            streaming: root.live
            onLinkActivated: url => root.linkRequested(url)
        }

        // The answer: live Markdown, block by block.
        MarkdownView {
            id: answerView

            objectName: "answerView"
            Layout.fillWidth: true
            visible: root.hasText
            blocks: root.markdown
            viewportTop: root.viewportTop - answerView.y
            viewportBottom: root.viewportBottom - answerView.y
            onLinkActivated: url => root.linkRequested(url)
        }

        Repeater {
            model: root.toolCallsRun ? null : root.toolCallList

            ToolCallCard {
                Layout.fillWidth: true
            }
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

        // Turns while the answer is awaited and while it streams in: in steps, so that the
        // window draws when the answer grows and a few times a second besides, not constantly.
        // A status to screen readers (Qt 6.4 cannot mark it busy).
        SteppedBusyIndicator {
            objectName: "waitingIndicator"
            visible: root.live
            running: visible
            implicitWidth: Theme.iconSizeLarge
            implicitHeight: Theme.iconSizeLarge
            Accessible.role: Accessible.StatusBar
            Accessible.name: root.hasText ? qsTr("The answer is still coming") : qsTr("Waiting for the answer")
        }

        Label {
            objectName: "stateLabel"
            visible: text.length > 0
            color: Theme.warningText
            text: AnswerLabels.stateNote(root.messageState, root.finishReason)
        }

        AnswerError {
            visible: root.messageState === Message.Failed
            Layout.fillWidth: true
            errorKind: root.errorKind
            errorMessage: root.errorMessage
            canRetry: root.isLast && root.canRetry
            onRetryRequested: root.retryRequested()
            onSettingsRequested: root.settingsRequested()
            onWithoutAttachmentsRequested: root.withoutAttachmentsRequested()
        }

        Label {
            objectName: "statsLabel"
            visible: !root.live && text.length > 0
            text: AnswerLabels.answerStats(root.modelName, root.promptTokens, root.completionTokens, root.timeToFirstTokenMs, root.tokensPerSecond)
            color: Theme.subtleText
            font.pointSize: Theme.fontSizeCaption
            Layout.fillWidth: true
            elide: Text.ElideRight
        }

        MessageActions {
            id: actions

            objectName: "messageActions"
            visible: !root.live
            busy: root.busy
            hovered: hover.hovered
            current: root.current
            alwaysShown: root.isLast
            canContinue: root.canContinue && root.isLast
            siblingIndex: root.siblingIndex
            siblingCount: root.siblingCount
            onPreviousVersion: root.switchRequested(-1)
            onNextVersion: root.switchRequested(1)
            onCopyRequested: root.copyRequested()
            onRegenerateRequested: root.regenerateRequested()
            onContinueRequested: root.continueRequested()
            onDeleteRequested: root.deleteRequested()
        }
    }
}
