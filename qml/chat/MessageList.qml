// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Qt.labs.qmlmodels
import Confab.Ui
import Confab.Chat
import Confab.Tools
import QtQuick.Controls

// The conversation's messages: a question or an answer delegate, chosen by the author role.
// Follows the stream while the view is at the bottom; stops as soon as the user scrolls away
// (wheel, drag, keys or the scroll bar), and follows again when they come back to the bottom or
// send.
ListView {
    id: root

    required property ChatController chat
    property bool following: true
    property bool autoScrolling: false

    signal linkRequested(string url)
    signal deleteRequested(int row)
    signal settingsRequested

    function followEnd() {
        if (root.moving)
            return; // never fight the user's own scrolling
        root.autoScrolling = true;
        root.positionViewAtEnd();
        root.autoScrolling = false;
    }

    model: root.chat.messages
    spacing: Theme.spacing
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    visible: count > 0
    Accessible.name: qsTr("Conversation")
    Accessible.role: Accessible.List
    ScrollBar.vertical: ScrollBar {
    }

    onMovementStarted: root.following = false
    onMovementEnded: root.following = root.atYEnd
    onContentYChanged: if (!root.autoScrolling && !root.moving)
        root.following = root.atYEnd
    onContentHeightChanged: if (root.following)
        root.followEnd()
    onCountChanged: if (root.following)
        root.followEnd()
    onHeightChanged: if (root.following)
        root.followEnd()
    highlightFollowsCurrentItem: false
    currentIndex: -1

    delegate: DelegateChooser {
        role: "author"

        DelegateChoice {
            roleValue: Message.User

            QuestionDelegate {
                id: question

                width: root.width
                busy: root.chat.busy
                onSwitchRequested: step => root.chat.switchBranch(question.index, step)
                onEditAccepted: text => {
                    root.following = true;
                    root.chat.editAndResend(question.index, text);
                }
                onDeleteRequested: root.deleteRequested(question.index)
                onCopyRequested: Clipboard.copyText(root.chat.messages.textAt(question.index))
            }
        }

        // A tool call of the answer above: its approval, then its result.
        DelegateChoice {
            roleValue: Message.Tool

            ToolRunDelegate {
                width: root.width
                onAllowRequested: (messageId, always, args) => root.chat.allowTool(messageId, always, args)
                onDenyRequested: messageId => root.chat.denyTool(messageId)
                onLinkRequested: url => root.linkRequested(url)
            }
        }

        // Answers, and any other author (an imported system prompt) shown the same way.
        DelegateChoice {
            AnswerDelegate {
                id: answer

                width: root.width
                isLast: answer.index === root.count - 1
                canRetry: root.chat.canRetry
                busy: root.chat.busy
                viewportTop: root.contentY - answer.y
                viewportBottom: root.contentY + root.height - answer.y
                onRetryRequested: root.chat.retry()
                onSettingsRequested: root.settingsRequested()
                onLinkRequested: url => root.linkRequested(url)
                onSwitchRequested: step => root.chat.switchBranch(answer.index, step)
                onRegenerateRequested: root.chat.regenerate(answer.index)
                onContinueRequested: {
                    root.following = true;
                    root.chat.continueAnswer(answer.index);
                }
                onDeleteRequested: root.deleteRequested(answer.index)
                onCopyRequested: Clipboard.copyText(root.chat.messages.textAt(answer.index))
            }
        }
    }
}
