// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Confab
import ConfabTest
import "chattesthelpers.js" as Helpers

Item {
    id: root

    width: 800
    height: 600

    ChatPage {
        id: page

        anchors.fill: parent
        chat: TestEnv.chat
    }

    // Frames the window draws.
    Connections {
        id: frames

        property int count: 0

        target: root.Window.window

        function onFrameSwapped() {
            frames.count += 1;
        }
    }

    SignalSpy {
        id: settingsSpy

        target: page
        signalName: "settingsRequested"
    }

    TestCase {
        id: testCase

        name: "ChatUi"
        when: windowShown

        function type(text: string) {
            for (const ch of text)
                keyClick(ch);
        }

        function answerItem(row: int): Item {
            const list = findChild(page, "messageList");
            return list ? list.itemAtIndex(row) : null;
        }

        function childOfAnswer(row: int, name: string): Item {
            const item = testCase.answerItem(row);
            return item ? findChild(item, name) : null;
        }

        // Waits until the layouts around @p item have placed it: they do so in their polish, and
        // a click before it can land where the item is about to leave.
        function waitForPlace(item: Item) {
            for (let it = item; it && it !== page; it = it.parent)
                waitForItemPolished(it);
        }

        function renderedText(row: int): string {
            return Helpers.renderedText(testCase, page, row);
        }

        function init() {
            TestEnv.chat.newConversation();
            TestEnv.clearQueue();
            const input = findChild(page, "composerInput");
            input.clear();
            input.forceActiveFocus();
        }

        function test_sendStreamAndStop() {
            TestEnv.queueAnswer(400, 20);
            const input = findChild(page, "composerInput");
            const send = findChild(page, "sendButton");
            const requestsBefore = TestEnv.requestCount();
            testCase.type("Hello");
            compare(send.text, "Send");
            keyClick(Qt.Key_Return);
            tryVerify(() => TestEnv.chat.busy);
            compare(input.text, "");
            compare(send.text, "Stop");
            tryVerify(() => TestEnv.requestCount() > requestsBefore);
            compare(TestEnv.lastUserContent(), "Hello");

            // Streamed text appears while the answer is still running.
            tryVerify(() => testCase.renderedText(1).indexOf("word3") >= 0);
            verify(TestEnv.chat.busy);
            mouseClick(send);
            verify(!TestEnv.chat.busy);
            compare(send.text, "Send");
            const label = testCase.childOfAnswer(1, "stateLabel");
            verify(label.visible);
            compare(label.text, "Stopped");
            tryVerify(() => testCase.renderedText(1).indexOf("word0") >= 0);
            tryVerify(() => TestEnv.disconnectCount() > 0, 1000);
        }

        // The window draws when the answer grows, the "still coming" indicator a few steps a
        // second besides, and nothing once nothing changes (issue 17). A smoothly turning
        // indicator would draw about 60 frames a second between the slow deltas here.
        function test_framesFollowTheContent() {
            TestEnv.queueAnswer(5, 500);
            testCase.type("Slow");
            keyClick(Qt.Key_Return);
            tryVerify(() => testCase.renderedText(1).indexOf("word0") >= 0);
            const indicator = testCase.childOfAnswer(1, "waitingIndicator");
            verify(indicator.visible && indicator.running);
            frames.count = 0;
            const start = Date.now();
            tryVerify(() => !TestEnv.chat.busy, 5000);
            const perSecond = frames.count * 1000 / (Date.now() - start);
            verify(perSecond <= 15, perSecond + " frames a second");
            verify(!indicator.visible);

            // Idle: no cursor blinks in the list, no animation, no timer draws.
            findChild(page, "messageList").forceActiveFocus();
            wait(300); // the message actions fade in
            frames.count = 0;
            wait(1000); // absence can only be shown by waiting
            compare(frames.count, 0);
        }

        function test_escapeStops() {
            TestEnv.queueAnswer(400, 20);
            testCase.type("Esc test");
            keyClick(Qt.Key_Return);
            tryVerify(() => testCase.renderedText(1).length > 0);
            keyClick(Qt.Key_Escape);
            verify(!TestEnv.chat.busy);
            compare(testCase.childOfAnswer(1, "stateLabel").text, "Stopped");
        }

        function test_shiftEnterAddsALine() {
            const input = findChild(page, "composerInput");
            testCase.type("one");
            keyClick(Qt.Key_Return, Qt.ShiftModifier);
            testCase.type("two");
            compare(input.text, "one\ntwo");
            verify(!TestEnv.chat.busy);
            compare(TestEnv.chat.messages.count, 0);
        }

        function test_finishedAnswerRendersMarkdown() {
            TestEnv.queueAnswer(3, 1);
            testCase.type("short");
            keyClick(Qt.Key_Return);
            tryVerify(() => !TestEnv.chat.busy);
            const view = testCase.childOfAnswer(1, "answerView");
            verify(view.visible);
            const block = findChild(view, "markdownBlock");
            compare(block.textItem.textFormat, TextEdit.RichText);
            tryVerify(() => testCase.renderedText(1).indexOf("word2") >= 0);
            verify(!testCase.childOfAnswer(1, "stateLabel").visible);
        }

        // A tool call streams into a card under the answer: name first, the arguments as they
        // come, indented once the answer is complete.
        function test_toolCallStreamsIntoACard() {
            TestEnv.queueToolCall("get_weather", ["{\"ci", "ty\":", " \"Oslo\",", "\"days\":[1,2]}"], 150);
            testCase.type("Weather?");
            keyClick(Qt.Key_Return);
            tryVerify(() => testCase.childOfAnswer(1, "toolCallCard") !== null);
            const card = testCase.childOfAnswer(1, "toolCallCard");
            compare(findChild(card, "toolName").text, "⚙ get_weather");
            tryVerify(() => findChild(card, "toolArguments").text.indexOf("{\"city\":") === 0);
            verify(TestEnv.chat.busy);
            compare(findChild(card, "toolState").text, "calling…");
            tryVerify(() => !TestEnv.chat.busy);
            // The card that streamed is the one that completes (not made again).
            compare(testCase.childOfAnswer(1, "toolCallCard"), card);
            compare(findChild(card, "toolState").text, "called");
            compare(findChild(card, "toolArguments").text, "{\n  \"city\": \"Oslo\",\n  \"days\": [\n    1,\n    2\n  ]\n}");
        }

        function test_errorShowsStateAndRetryWorks() {
            TestEnv.queueUnauthorized();
            TestEnv.queueAnswer(3, 1);
            testCase.type("Hi");
            keyClick(Qt.Key_Return);
            tryVerify(() => !TestEnv.chat.busy && TestEnv.chat.canRetry);
            const errorBox = testCase.childOfAnswer(1, "errorBox");
            tryVerify(() => errorBox.visible);
            const title = testCase.childOfAnswer(1, "errorTitle");
            verify(title.text.indexOf("API key") >= 0);
            // True for any provider, and the way forward is the settings.
            verify(title.text.indexOf("OPENAI_API_KEY") < 0);
            const settings = testCase.childOfAnswer(1, "errorSettingsButton");
            verify(settings.visible);
            settingsSpy.clear();
            testCase.waitForPlace(settings);
            mouseClick(settings);
            compare(settingsSpy.count, 1);
            // The error is not inside the answer text.
            verify(!testCase.childOfAnswer(1, "answerView").visible);
            const retry = testCase.childOfAnswer(1, "retryButton");
            verify(retry.visible);
            testCase.waitForPlace(retry);
            mouseClick(retry);
            tryVerify(() => !TestEnv.chat.busy && !TestEnv.chat.canRetry);
            tryVerify(() => testCase.renderedText(1).indexOf("word0") >= 0);
            compare(TestEnv.chat.messages.count, 2);
        }

        // The labels take the typed values the roles carry, never strings.
        function test_answerLabelsTakeTypedValues() {
            compare(AnswerLabels.stateNote(Message.Complete, Finish.Length), "The answer reached the length limit.");
            compare(AnswerLabels.stateNote(Message.Complete, Finish.Stop), "");
            compare(AnswerLabels.stateNote(Message.Stopped, Finish.None), "Stopped");
            compare(AnswerLabels.stateNote(Message.Failed, Finish.Length), "");
            verify(AnswerLabels.errorTitle(Failure.RateLimit).indexOf("Rate limited") === 0);
            compare(AnswerLabels.errorTitle(Failure.Other), "The answer failed.");
            verify(AnswerLabels.settingsCanFix(Failure.Auth));
            verify(AnswerLabels.settingsCanFix(Failure.NotFound));
            verify(!AnswerLabels.settingsCanFix(Failure.Network));
        }
    }
}
