// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Confab
import Confab.Tools
import ConfabTest

// The approval card in the answer, by keyboard: every control is reached with Tab and has a
// name; Enter and Space press the buttons; nothing reaches the server before approval; edited
// arguments run; the result and its image show; Stop.
Item {
    id: root

    width: 900
    height: 800

    ChatPage {
        id: page

        anchors.fill: parent
        chat: TestEnv.chat
    }

    // Result images decoded under limits: nothing shown, a reason given.
    ResultImage {
        id: huge

        // A PNG header that claims 100,000 × 100,000 pixels.
        data: "iVBORw0KGgoAAAANSUhEUgABhqAAAYagCAYAAACoUgvIAAAAC0lEQVR4nGNgQAUAABAAATm9j2UAAAAASUVORK5CYII="
        mimeType: "image/png"
    }
    ResultImage {
        id: notBase64

        data: "not base64 at all!"
        mimeType: "image/png"
    }
    ResultImage {
        id: tiff

        data: "AAAA"
        mimeType: "image/tiff"
    }

    TestCase {
        id: testCase

        name: "ToolApproval"
        when: windowShown

        function type(text: string) {
            for (const ch of text)
                keyClick(ch);
        }

        function child(row: int, name: string): Item {
            const item = findChild(page, "messageList").itemAtIndex(row);
            return item ? findChild(item, name) : null;
        }

        // Asks a question the model answers with a call of @p tool; returns the card.
        function askForTool(tool: string, args: string): Item {
            TestEnv.queueToolCall(tool, args, "All done.");
            const input = findChild(page, "composerInput");
            input.forceActiveFocus();
            testCase.type("Use the tool");
            keyClick(Qt.Key_Return);
            tryVerify(() => testCase.child(2, "toolApproval") !== null && testCase.child(2, "toolApproval").visible, 5000);
            return testCase.child(2, "toolApproval");
        }

        function calls(): int {
            return TestEnv.serverLog().split("recv tools/call").length - 1;
        }

        function init() {
            TestEnv.chat.newConversation();
            TestEnv.clearQueue();
            findChild(page, "composerInput").clear();
        }

        function test_resultImagesUnderLimits() {
            for (const image of [huge, notBase64, tiff]) {
                compare(image.status, ResultImage.Error);
                verify(image.errorString.length > 0);
                compare(image.sourceSize.width, 0);
            }
            verify(huge.errorString.indexOf("too large") >= 0, huge.errorString);
        }

        function test_everyControlReachableAndNamed() {
            const callsBefore = testCase.calls();
            const card = testCase.askForTool("echo", "{\"message\":\"hi\"}");
            const editor = findChild(card, "toolArgumentsEditor");
            const allowOnce = findChild(card, "allowOnce");
            const allowAlways = findChild(card, "allowAlways");
            const deny = findChild(card, "deny");
            for (const control of [editor, allowOnce, allowAlways, deny]) {
                verify(control.visible);
                verify(control.activeFocusOnTab, control.objectName);
                verify(control.Accessible.name.length > 0, control.objectName);
            }
            verify(allowOnce.Accessible.name.indexOf("echo") >= 0);
            verify(allowAlways.Accessible.name.indexOf("fake") >= 0);
            compare(editor.text, "{\n  \"message\": \"hi\"\n}");
            // Tab from the arguments goes through the three buttons, in order.
            editor.forceActiveFocus();
            keyClick(Qt.Key_Tab);
            verify(allowOnce.activeFocus);
            keyClick(Qt.Key_Tab);
            verify(allowAlways.activeFocus);
            keyClick(Qt.Key_Tab);
            verify(deny.activeFocus);
            keyClick(Qt.Key_Tab, Qt.ShiftModifier);
            verify(allowAlways.activeFocus, String(root.Window.activeFocusItem));
            // Waiting: nothing has reached the server.
            wait(200);
            compare(testCase.calls(), callsBefore);
            verify(TestEnv.chat.busy);
            TestEnv.chat.stop();
        }

        function test_editedArgumentsRunWithEnter() {
            const card = testCase.askForTool("echo", "{\"message\":\"hi\"}");
            const editor = findChild(card, "toolArgumentsEditor");
            editor.forceActiveFocus();
            editor.selectAll();
            testCase.type("{\"message\": ");
            // Not JSON yet: Allow is off and the card says why.
            verify(!findChild(card, "allowOnce").enabled);
            verify(findChild(card, "argumentsProblem").visible);
            testCase.type("\"ho\"}");
            verify(findChild(card, "allowOnce").enabled);
            keyClick(Qt.Key_Tab);
            keyClick(Qt.Key_Return);
            tryVerify(() => !TestEnv.chat.busy, 5000);
            const result = testCase.child(2, "toolResultText");
            verify(result.visible);
            compare(result.text, "Echo: ho");
            compare(testCase.child(2, "toolRunArguments").text, "{\n  \"message\": \"ho\"\n}");
            verify(TestEnv.lastToolResult().indexOf("Echo: ho") >= 0);
            verify(TestEnv.lastToolResult().indexOf("changed the arguments") >= 0);
            compare(TestEnv.chat.messages.count, 4);
        }

        function test_spaceDenies() {
            const callsBefore = testCase.calls();
            const card = testCase.askForTool("echo", "{\"message\":\"secret\"}");
            const deny = findChild(card, "deny");
            deny.forceActiveFocus();
            keyClick(Qt.Key_Space);
            tryVerify(() => !TestEnv.chat.busy, 5000);
            compare(TestEnv.lastToolResult(), "Error: The user denied this tool call.");
            verify(!testCase.child(2, "toolApproval").visible);
            compare(testCase.child(2, "toolStatus").text, "Denied: the model was told so");
            compare(testCase.calls(), callsBefore);
        }

        function test_imageResultAndStopMidCall() {
            let card = testCase.askForTool("image", "{}");
            findChild(card, "allowOnce").forceActiveFocus();
            keyClick(Qt.Key_Space);
            tryVerify(() => !TestEnv.chat.busy, 5000);
            const image = testCase.child(2, "resultImage");
            verify(image.visible);
            compare(image.status, 1); // Ready
            compare(image.sourceSize.width, 1);
            TestEnv.chat.newConversation();
            card = testCase.askForTool("slow", "{\"steps\":100,\"interval_ms\":100}");
            const callsBefore = testCase.calls();
            findChild(card, "allowOnce").forceActiveFocus();
            keyClick(Qt.Key_Return);
            tryVerify(() => testCase.calls() === callsBefore + 1, 5000);
            compare(testCase.child(2, "toolStatus").text, "Running… · allowed once");
            keyClick(Qt.Key_Escape); // Stop
            tryVerify(() => !TestEnv.chat.busy);
            compare(testCase.child(2, "toolStatus").text, "Stopped · allowed once");
        }
    }
}
