// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Switching the model, then the provider, of a conversation from the chat header: the history
// stays, and the next request goes to the new model and server in its own wire format.
import QtQuick
import QtTest
import Confab
import ConfabTest
import "../qml/chattesthelpers.js" as Helpers

Item {
    id: root

    width: 900
    height: 700

    Component {
        id: pageComponent

        ChatPage {
            anchors.fill: parent
        }
    }

    TestCase {
        id: testCase

        name: "ModelSwitch"
        when: windowShown

        function type(text: string) {
            for (const ch of text)
                keyClick(ch);
        }

        // A chat on the two loopback providers, shown in a ChatPage, on Lab / model-a.
        function makePage(): Item {
            TestEnv.startChat();
            const page = createTemporaryObject(pageComponent, root, {
                    "chat": TestEnv.chat,
                    "providers": TestEnv.service
                });
            verify(page !== null);
            tryCompare(TestEnv.chat, "configured", true);
            tryCompare(TestEnv.chat, "targetName", "Lab / model-a");
            return page;
        }

        // Sends @p text from the composer and waits for the whole answer.
        function ask(page: Item, text: string) {
            const before = TestEnv.chat.messages.count;
            const input = findChild(page, "composerInput");
            input.forceActiveFocus();
            testCase.type(text);
            keyClick(Qt.Key_Return);
            tryVerify(() => TestEnv.chat.messages.count === before + 2 && !TestEnv.chat.busy);
        }

        function openSwitcher(page: Item): Item {
            mouseClick(findChild(page, "modelButton"));
            const popup = findChild(page, "modelPopup");
            tryVerify(() => popup.opened);
            return popup;
        }

        // The model entry @p modelId in the open switcher, once its list has loaded.
        function modelEntry(popup: Item, modelId: string): Item {
            tryVerify(() => findChild(popup.contentItem, "model_" + modelId) !== null);
            return findChild(popup.contentItem, "model_" + modelId);
        }

        // Picks provider @p name in the switcher's combo box, as a user does.
        function chooseProvider(popup: Item, name: string) {
            const box = findChild(popup.contentItem, "providerBox");
            mouseClick(box);
            tryVerify(() => box.popup.opened);
            const list = box.popup.contentItem;
            let row = -1;
            for (let i = 0; i < list.count; ++i) {
                if (list.itemAtIndex(i).text === name)
                    row = i;
            }
            verify(row >= 0, name);
            mouseClick(list.itemAtIndex(row));
            tryVerify(() => !box.popup.visible);
            compare(box.currentText, name);
        }

        // The text of the message at @p row, as the list's delegate has it.
        function shownText(page: Item, row: int): string {
            const list = findChild(page, "messageList");
            list.positionViewAtIndex(row, ListView.Contain);
            return Helpers.renderedText(testCase, page, row).trim();
        }

        function cleanupTestCase() {
            TestEnv.stopChat();
            TestEnv.reset();
        }

        function test_switchModelThenProvider() {
            const page = testCase.makePage();
            const button = findChild(page, "modelButton");
            verify(button.enabled);
            verify(button.text.startsWith("Lab / model-a"));
            testCase.ask(page, "What is a tree?");
            compare(TestEnv.chat.lastAnswerText(), "Answer from model-a");
            compare(TestEnv.chatRequests("lab").length, 1);
            compare(TestEnv.chatRequests("lab")[0].body.model, "model-a");

            // Another model of the same provider: the current one is highlighted.
            let popup = testCase.openSwitcher(page);
            compare(findChild(popup.contentItem, "providerBox").currentText, "Lab");
            verify(testCase.modelEntry(popup, "model-a").highlighted);
            verify(!testCase.modelEntry(popup, "model-b").highlighted);
            mouseClick(testCase.modelEntry(popup, "model-b"));
            tryVerify(() => !popup.visible);
            tryCompare(TestEnv.chat, "targetName", "Lab / model-b");
            verify(button.text.startsWith("Lab / model-b"));
            compare(TestEnv.chat.parameters.providerId, "lab");
            compare(TestEnv.chat.parameters.model, "model-b");
            // The conversation is still there.
            compare(TestEnv.chat.messages.count, 2);
            compare(findChild(page, "messageList").count, 2);
            compare(testCase.shownText(page, 0), "What is a tree?");
            compare(testCase.shownText(page, 1), "Answer from model-a");
            testCase.ask(page, "And a bush?");
            compare(TestEnv.chat.lastAnswerText(), "Answer from model-b");
            let requests = TestEnv.chatRequests("lab");
            compare(requests.length, 2);
            const second = requests[1].body;
            compare(second.model, "model-b");
            compare(second.messages.length, 3);
            compare(second.messages[0].role, "user");
            compare(second.messages[0].content, "What is a tree?");
            compare(second.messages[1].role, "assistant");
            compare(second.messages[1].content, "Answer from model-a");
            compare(second.messages[2].role, "user");
            compare(second.messages[2].content, "And a bush?");

            // Another provider, in the Anthropic format: its default model is preselected.
            popup = testCase.openSwitcher(page);
            testCase.chooseProvider(popup, "Claude");
            verify(testCase.modelEntry(popup, "claude-test").highlighted);
            verify(!testCase.modelEntry(popup, "claude-cheap").highlighted);
            compare(TestEnv.chat.targetName, "Lab / model-b"); // nothing changes before a choice
            mouseClick(testCase.modelEntry(popup, "claude-test"));
            tryVerify(() => !popup.visible);
            tryCompare(TestEnv.chat, "targetName", "Claude / claude-test");
            verify(button.text.startsWith("Claude / claude-test"));
            compare(TestEnv.chat.messages.count, 4);
            testCase.ask(page, "Which is taller?");
            compare(TestEnv.chat.lastAnswerText(), "Answer from claude-test");
            compare(TestEnv.chatRequests("lab").length, 2); // nothing more to the first server
            requests = TestEnv.chatRequests("claude");
            compare(requests.length, 1);
            compare(requests[0].path, "/v1/messages");
            compare(requests[0].apiKey, TestEnv.anthropicKey());
            compare(requests[0].authorization, "");
            const body = requests[0].body;
            compare(body.model, "claude-test");
            compare(body.stream, true);
            verify(body.max_tokens > 0);
            const expected = [["user", "What is a tree?"], ["assistant", "Answer from model-a"], ["user", "And a bush?"], ["assistant", "Answer from model-b"], ["user", "Which is taller?"]];
            compare(body.messages.length, expected.length);
            for (let i = 0; i < expected.length; ++i) {
                const message = body.messages[i];
                compare(message.role, expected[i][0], "role " + i);
                compare(message.content.length, 1, "blocks " + i);
                compare(message.content[0].type, "text", "block type " + i);
                compare(message.content[0].text, expected[i][1], "text " + i);
            }
            compare(TestEnv.chat.messages.count, 6);
            compare(findChild(page, "messageList").count, 6);
        }

        function test_closingWithoutAModelKeepsTheTarget() {
            const page = testCase.makePage();
            const popup = testCase.openSwitcher(page);
            testCase.chooseProvider(popup, "Claude");
            testCase.modelEntry(popup, "claude-test");
            keyClick(Qt.Key_Escape);
            tryVerify(() => !popup.visible);
            compare(TestEnv.chat.parameters.providerId, "lab");
            compare(TestEnv.chat.targetName, "Lab / model-a");

            // Opened again, it shows the conversation's provider and model.
            testCase.openSwitcher(page);
            compare(findChild(popup.contentItem, "providerBox").currentText, "Lab");
            verify(testCase.modelEntry(popup, "model-a").highlighted);
        }
    }
}
