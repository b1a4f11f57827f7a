// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Confab
import ConfabTest
import "chattesthelpers.js" as Helpers

// Acting on messages: versions, edit and resend, continue, delete, scrolling, shortcuts.
Item {
    id: root

    width: 800
    height: 600

    ChatPage {
        id: page

        anchors.fill: parent
        chat: TestEnv.chat
    }

    TestCase {
        id: testCase

        name: "ChatActions"
        when: windowShown

        function type(text: string) {
            for (const ch of text)
                keyClick(ch);
        }

        function child(row: int, name: string): Item {
            const item = findChild(page, "messageList").itemAtIndex(row);
            return item ? findChild(item, name) : null;
        }

        function shownText(row: int): string {
            return Helpers.renderedText(testCase, page, row);
        }

        function ask(question: string, answer: string) {
            TestEnv.queueText([answer], "stop");
            testCase.type(question);
            keyClick(Qt.Key_Return);
            tryVerify(() => TestEnv.chat.busy);
            tryVerify(() => !TestEnv.chat.busy);
        }

        function init() {
            TestEnv.chat.newConversation();
            TestEnv.clearQueue();
            const input = findChild(page, "composerInput");
            input.clear();
            input.forceActiveFocus();
        }

        function test_regenerateMakesAVersionAndTheOldOneStays() {
            testCase.ask("Question", "First answer");
            verify(!testCase.child(1, "versionLabel").visible);
            TestEnv.queueText(["Second answer"], "stop");
            mouseClick(testCase.child(1, "regenerateButton"));
            tryVerify(() => !TestEnv.chat.busy && testCase.shownText(1).indexOf("Second answer") >= 0);
            const label = testCase.child(1, "versionLabel");
            verify(label.visible);
            compare(label.text, "2/2");
            mouseClick(testCase.child(1, "previousVersionButton"));
            tryVerify(() => testCase.shownText(1).indexOf("First answer") >= 0);
            compare(testCase.child(1, "versionLabel").text, "1/2");
            verify(!testCase.child(1, "previousVersionButton").enabled);
        }

        function test_upEditsTheLastQuestionAndResendsIt() {
            testCase.ask("Waht is 2+2", "Typo answer");
            keyClick(Qt.Key_Up); // in the empty composer
            const editor = testCase.child(0, "messageEditor");
            tryVerify(() => editor.visible);
            const field = testCase.child(0, "editField");
            compare(field.text, "Waht is 2+2");
            verify(field.activeFocus);
            field.selectAll();
            TestEnv.queueText(["Four"], "stop");
            testCase.type("What is 2+2");
            keyClick(Qt.Key_Return);
            tryVerify(() => !TestEnv.chat.busy && testCase.shownText(1).indexOf("Four") >= 0);
            compare(TestEnv.lastUserContent(), "What is 2+2");
            compare(testCase.child(0, "versionLabel").text, "2/2");
            compare(TestEnv.chat.messages.count, 2);
            mouseClick(testCase.child(0, "previousVersionButton"));
            tryVerify(() => testCase.shownText(1).indexOf("Typo answer") >= 0);
        }

        function test_escapeCancelsAnEdit() {
            testCase.ask("Keep me", "Kept");
            mouseClick(testCase.child(0, "editButton"));
            const field = testCase.child(0, "editField");
            tryVerify(() => field.activeFocus);
            testCase.type(" changed");
            keyClick(Qt.Key_Escape);
            verify(!testCase.child(0, "messageEditor").visible);
            compare(TestEnv.chat.messages.count, 2);
            verify(!testCase.child(0, "versionLabel").visible);
        }

        function test_continueAfterTheLengthLimit() {
            TestEnv.queueText(["The list: one, two,"], "length");
            testCase.type("Count");
            keyClick(Qt.Key_Return);
            tryVerify(() => !TestEnv.chat.busy && TestEnv.chat.messages.count === 2);
            const button = testCase.child(1, "continueButton");
            tryVerify(() => button.visible);
            verify(testCase.child(1, "stateLabel").text.indexOf("length") >= 0);
            TestEnv.queueText([" three."], "stop");
            mouseClick(button);
            tryVerify(() => !TestEnv.chat.busy && testCase.shownText(1).indexOf("two, three.") >= 0);
            compare(TestEnv.lastRequestRole(), "assistant");
            verify(!testCase.child(1, "continueButton").visible);
            compare(TestEnv.chat.messages.count, 2);
        }

        function test_deleteAsksFirst() {
            testCase.ask("One", "A");
            testCase.ask("Two", "B");
            compare(TestEnv.chat.messages.count, 4);
            mouseClick(testCase.child(2, "deleteButton"));
            const dialog = findChild(page, "deleteDialog");
            tryVerify(() => dialog.opened);
            dialog.reject();
            compare(TestEnv.chat.messages.count, 4);
            mouseClick(testCase.child(2, "deleteButton"));
            tryVerify(() => dialog.opened);
            dialog.accept();
            compare(TestEnv.chat.messages.count, 2);
        }

        function test_followsTheStreamUntilTheUserScrollsUp() {
            TestEnv.queueLines(400, 15);
            testCase.type("Long");
            keyClick(Qt.Key_Return);
            const list = findChild(page, "messageList");
            const jump = findChild(page, "jumpToLatestButton");
            tryVerify(() => list.contentHeight > list.height * 1.5, 10000);
            verify(list.following);
            tryVerify(() => list.atYEnd);
            verify(!jump.visible);
            // The user scrolls up: following stops and stays stopped while text arrives.
            mouseWheel(list, list.width / 2, list.height / 2, 0, 600);
            tryVerify(() => !list.following);
            const heightBefore = list.contentHeight;
            tryVerify(() => list.contentHeight > heightBefore + 50);
            verify(!list.atYEnd);
            verify(jump.visible);
            // It stands right of the messages' column, never on it (a code block's Copy is at the
            // column's right edge), also where the window is too narrow for both side by side.
            for (const width of [800, 560]) {
                root.width = width;
                verify(jump.visible);
                const answerView = findChild(list.itemAtIndex(1), "answerView");
                const columnEnd = answerView.mapToItem(page, answerView.width, 0).x;
                const jumpStart = jump.mapToItem(page, 0, 0).x;
                verify(jumpStart >= columnEnd, width + " wide: the button at " + jumpStart + ", the messages end at " + columnEnd);
            }
            root.width = 800;
            mouseClick(jump);
            tryVerify(() => list.following && list.atYEnd);
            verify(!jump.visible);
            keyClick(Qt.Key_Escape);
        }

        function test_shortcuts() {
            testCase.ask("Hello there", "General Kenobi");
            keyClick(Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier);
            compare(TestEnv.clipboardText(), "General Kenobi");
            TestEnv.queueText(["Another answer"], "stop");
            keyClick(Qt.Key_R, Qt.ControlModifier);
            tryVerify(() => !TestEnv.chat.busy && testCase.shownText(1).indexOf("Another answer") >= 0);
            compare(testCase.child(1, "versionLabel").text, "2/2");
            keyClick(Qt.Key_F, Qt.ControlModifier);
            const bar = findChild(page, "findBar");
            verify(bar.visible);
            testCase.type("kenobi");
            verify(!bar.found); // the shown version does not contain it
            keyClick(Qt.Key_Escape);
            verify(!bar.visible);
            keyClick(Qt.Key_F1);
            const help = findChild(page, "shortcutsHelp");
            tryVerify(() => help.opened);
            help.close();
            tryVerify(() => !help.opened);
            keyClick(Qt.Key_N, Qt.ControlModifier);
            compare(TestEnv.chat.messages.count, 0);
        }

        function test_findJumpsToTheMatchingMessage() {
            testCase.ask("alpha question", "first");
            testCase.ask("beta question", "second");
            keyClick(Qt.Key_F, Qt.ControlModifier);
            testCase.type("beta");
            const bar = findChild(page, "findBar");
            verify(bar.found);
            compare(page.findRow, 2);
            keyClick(Qt.Key_Return); // next: wraps around to itself, the only match
            compare(page.findRow, 2);
            keyClick(Qt.Key_Escape);
        }
    }
}
