// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import QtQuick.Dialogs
import Confab
import ConfabTest

Item {
    id: root

    width: 900
    height: 700

    ChatPage {
        id: page

        anchors.fill: parent
        chat: TestEnv.chat
    }

    SignalSpy {
        id: attachSpy

        signalName: "attachRequested"
    }

    TestCase {
        id: testCase

        name: "AttachmentsUi"
        when: windowShown

        function chips(): var {
            return findChild(page, "attachmentChips");
        }

        function chipCount(): int {
            return TestEnv.chat.attachments.count;
        }

        function waitReady() {
            tryVerify(() => !TestEnv.chat.attachments.busy, 5000);
        }

        function init() {
            TestEnv.chat.newConversation();
            while (TestEnv.chat.attachments.count > 0)
                TestEnv.chat.attachments.remove(0);
            const input = findChild(page, "composerInput");
            input.clear();
            input.forceActiveFocus();
        }

        function test_pasteFilesAndImagesAddsChips() {
            TestEnv.putFilesOnClipboard([TestEnv.photo, TestEnv.report]);
            keySequence(StandardKey.Paste);
            compare(testCase.chipCount(), 2);
            testCase.waitReady();
            const strip = findChild(page, "attachmentStrip");
            verify(strip.visible);
            const chip = findChild(strip, "attachmentChip");
            compare(findChild(chip, "attachmentName").text, "photo.jpg");
            // The chip says what it is for screen readers, with its visible name.
            verify(chip.Accessible.name.indexOf("photo.jpg") >= 0);
            tryVerify(() => findChild(chip, "attachmentThumbnail").status === Image.Ready);
            TestEnv.putImageOnClipboard();
            keySequence(StandardKey.Paste);
            compare(testCase.chipCount(), 3);
            testCase.waitReady();
            compare(TestEnv.chat.attachments.data(TestEnv.chat.attachments.index(2, 0), 257), "Pasted image.png");

            // Text still pastes as text.
            TestEnv.putTextOnClipboard("plain words");
            keySequence(StandardKey.Paste);
            compare(testCase.chipCount(), 3);
            compare(findChild(page, "composerInput").text, "plain words");
        }

        function test_dropAddsChips() {
            // As a file manager drops: enter, move and drop events with a URI list.
            TestEnv.dropFiles(findChild(page, "messageList"), [TestEnv.notes, TestEnv.photo]);
            compare(testCase.chipCount(), 2);
            testCase.waitReady();
        }

        // The picker is the platform's dialog, which an offscreen test cannot drive: the button
        // asks for it, and it is set up to pick several files.
        function test_pickAsksForTheDialog() {
            const button = findChild(page, "attachButton");
            verify(button.Accessible.name.length > 0);
            attachSpy.target = findChild(page, "composer");
            mouseClick(button);
            compare(attachSpy.count, 1);
            const dialog = findChild(page, "attachmentFileDialog");
            compare(dialog.fileMode, FileDialog.OpenFiles);
            dialog.close();
        }

        function test_removeByButtonAndKeyboard() {
            TestEnv.chat.attachments.addFiles([TestEnv.photo, TestEnv.notes]);
            testCase.waitReady();
            const chip = findChild(testCase.chips(), "attachmentChip");
            mouseClick(findChild(chip, "removeAttachmentButton"));
            compare(testCase.chipCount(), 1);
            // Tab reaches the chip; Delete removes it.
            const remaining = findChild(testCase.chips(), "attachmentChip");
            remaining.forceActiveFocus();
            verify(remaining.activeFocus);
            keyClick(Qt.Key_Delete);
            compare(testCase.chipCount(), 0);
            verify(!findChild(page, "attachmentStrip").visible);
        }

        function test_sendShowsTheThumbnailInTheBubble() {
            TestEnv.chat.attachments.addFiles([TestEnv.photo, TestEnv.report]);
            testCase.waitReady();
            TestEnv.queueAnswer();
            const send = findChild(page, "sendButton");
            // Attachments alone may be sent.
            verify(send.enabled);
            keyClick("W");
            keyClick(Qt.Key_Return);
            tryVerify(() => !TestEnv.chat.busy, 5000);
            compare(testCase.chipCount(), 0);
            compare(TestEnv.lastPartTypes(), ["image_url", "file", "text"]);
            const list = findChild(page, "messageList");
            const bubble = list.itemAtIndex(0);
            const attachment = findChild(bubble, "questionAttachment");
            verify(attachment.visible);
            const thumbnail = findChild(attachment, "attachmentThumbnail");
            tryVerify(() => thumbnail.status === Image.Ready);
            verify(thumbnail.width >= 100); // the larger thumbnail of a bubble

            // The larger view, decoded when it opens.
            mouseClick(attachment);
            const viewer = findChild(page, "attachmentViewer");
            tryVerify(() => viewer.opened);
            const image = findChild(viewer, "viewerImage");
            tryVerify(() => image.status === Image.Ready);
            verify(image.implicitWidth <= viewer.width);
            keyClick(Qt.Key_Escape);
            tryVerify(() => !viewer.visible);
        }
    }
}
