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
// send. By keyboard it is one Tab stop: Up and Down go from message to message (each read out
// as a list item), PageUp, PageDown, Home and End (also with Ctrl) scroll; Tab goes on into the
// focused message's buttons.
ListView {
    id: root

    required property ChatController chat
    property bool following: true
    property bool autoScrolling: false
    // Room kept free right of the messages for the page's "jump to latest" button, so that it
    // never covers them: the messages' rows leave it out where the centred column would reach it.
    property real reservedRight: 0
    readonly property real rowWidth: root.width - Math.max(0, Math.min(root.reservedRight, 2 * root.reservedRight - (root.width - Theme.contentWidth - 2 * Theme.spacing)))

    signal linkRequested(string url)
    signal attachmentRequested(string sha256, string name)
    signal deleteRequested(int row)
    signal settingsRequested
    // A message was copied.
    signal copied
    // Regenerate, Retry, Continue or a sent edit replaced the answer whose button had the focus.
    signal answerReplaced

    // Scrolls by @p pages views (negative: up).
    function scrollPages(pages: real) {
        const top = root.originY;
        const bottom = Math.max(top, root.originY + root.contentHeight - root.height);
        root.contentY = Math.max(top, Math.min(bottom, root.contentY + pages * root.height * 0.9));
        root.following = root.atYEnd;
    }

    // After ‹ or ›: the new version's delegate is made at once, and the focus goes to its
    // version buttons.
    function refocusVersion(row: int, step: int) {
        root.forceLayout();
        const item = root.itemAtIndex(row);
        const question = item as QuestionDelegate;
        if (question)
            question.focusVersion(step);
        else
            (item as AnswerDelegate)?.focusVersion(step);
    }

    function followEnd() {
        if (root.moving)
            return; // never fight the user's own scrolling
        root.autoScrolling = true;
        root.positionViewAtEnd();
        root.autoScrolling = false;
    }

    model: root.chat.messages
    spacing: Theme.spacingL
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
    activeFocusOnTab: true
    keyNavigationEnabled: true
    // Tabbing onto the list lands on the last message (the newest), else the one last visited
    // (not when the focus went straight to a button in a message: Shift+Tab from below).
    onActiveFocusChanged: if (root.activeFocus && root.currentIndex < 0 && root.Window.activeFocusItem === root)
        root.currentIndex = root.count - 1
    onCurrentIndexChanged: if (root.activeFocus && root.currentIndex >= 0)
        root.positionViewAtIndex(root.currentIndex, ListView.Contain)
    Keys.onPressed: event => {
        if (event.key === Qt.Key_PageDown)
            root.scrollPages(1);
        else if (event.key === Qt.Key_PageUp)
            root.scrollPages(-1);
        else if (event.key === Qt.Key_Home) {
            root.currentIndex = 0;
            root.positionViewAtBeginning();
            root.following = false;
        } else if (event.key === Qt.Key_End) {
            root.currentIndex = root.count - 1;
            root.following = true;
            root.followEnd();
        } else
            return;
        event.accepted = true;
    }

    delegate: DelegateChooser {
        role: "author"

        DelegateChoice {
            roleValue: Message.User

            QuestionDelegate {
                id: question

                width: root.rowWidth
                focus: question.ListView.isCurrentItem
                current: question.ListView.isCurrentItem
                busy: root.chat.busy
                onSwitchRequested: step => {
                    const row = question.index; // this delegate goes with the switch
                    root.chat.switchBranch(row, step);
                    root.refocusVersion(row, step);
                }
                onEditAccepted: (text, dropped) => {
                    root.following = true;
                    root.chat.editAndResend(question.index, text, dropped);
                    root.answerReplaced();
                }
                onDeleteRequested: root.deleteRequested(question.index)
                onCopyRequested: {
                    Clipboard.copyText(root.chat.messages.textAt(question.index));
                    root.copied();
                }
                onAttachmentRequested: (sha256, name) => root.attachmentRequested(sha256, name)
            }
        }

        // A tool call of the answer above: its approval, then its result.
        DelegateChoice {
            roleValue: Message.Tool

            ToolRunDelegate {
                width: root.rowWidth
                onAllowRequested: (messageId, always, args) => root.chat.allowTool(messageId, always, args)
                onDenyRequested: messageId => root.chat.denyTool(messageId)
                onLinkRequested: url => root.linkRequested(url)
            }
        }

        // Answers, and any other author (an imported system prompt) shown the same way.
        DelegateChoice {
            AnswerDelegate {
                id: answer

                width: root.rowWidth
                focus: answer.ListView.isCurrentItem
                current: answer.ListView.isCurrentItem
                isLast: answer.index === root.count - 1
                canRetry: root.chat.canRetry
                busy: root.chat.busy
                viewportTop: root.contentY - answer.y
                viewportBottom: root.contentY + root.height - answer.y
                onRetryRequested: {
                    root.chat.retry();
                    root.answerReplaced();
                }
                onWithoutAttachmentsRequested: {
                    root.chat.resendWithoutAttachments(answer.index);
                    root.answerReplaced();
                }
                onSettingsRequested: root.settingsRequested()
                onLinkRequested: url => root.linkRequested(url)
                onSwitchRequested: step => {
                    const row = answer.index; // this delegate goes with the switch
                    root.chat.switchBranch(row, step);
                    root.refocusVersion(row, step);
                }
                onRegenerateRequested: {
                    root.chat.regenerate(answer.index);
                    root.answerReplaced();
                }
                onContinueRequested: {
                    root.following = true;
                    root.chat.continueAnswer(answer.index);
                    root.answerReplaced();
                }
                onDeleteRequested: root.deleteRequested(answer.index)
                onCopyRequested: {
                    Clipboard.copyText(root.chat.messages.textAt(answer.index));
                    root.copied();
                }
            }
        }
    }
}
