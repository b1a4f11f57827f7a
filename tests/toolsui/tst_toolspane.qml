// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Confab
import ConfabTest

// Settings → Tools: a server waits for its launch to be confirmed, shows what it runs, starts;
// its tools can be withheld; a new server is added with the form and does not run.
Item {
    id: root

    width: 900
    height: 800

    ToolsPane {
        id: pane

        anchors.fill: parent
        tools: TestEnv.tools
    }

    TestCase {
        name: "ToolsPane"
        when: windowShown

        function row(name: string): Item {
            return findChild(pane, "toolServer_" + name);
        }

        function test_confirmShowsWhatRunsThenStarts() {
            verify(row("fake") !== null);
            const id = TestEnv.addUnconfirmedServer("second");
            tryVerify(() => row("second") !== null && findChild(row("second"), "confirmLaunch").visible);
            mouseClick(findChild(row("second"), "confirmLaunch"));
            const dialog = findChild(pane, "launchConfirmDialog");
            tryVerify(() => dialog.opened);
            const details = findChild(dialog, "launchDetails").text;
            verify(details.indexOf("confab-fake-mcp") >= 0, details);
            verify(details.indexOf("Argument: --trace") >= 0, details);
            mouseClick(findChild(dialog, "confirmStart"));
            tryVerify(() => !findChild(row("second"), "confirmLaunch").visible, 5000);
            tryVerify(() => row("second").Accessible.name === "second, Ready", 5000);
            verify(id.length > 0);
        }

        function test_toolsCanBeWithheld() {
            verify(TestEnv.offered("echo"));
            mouseClick(findChild(row("fake"), "showTools"));
            const box = findChild(row("fake"), "toolEnabled_echo");
            tryVerify(() => box !== null && box.visible);
            verify(box.checked);
            box.forceActiveFocus();
            keyClick(Qt.Key_Space);
            verify(!TestEnv.offered("echo"));
            keyClick(Qt.Key_Space);
            verify(TestEnv.offered("echo"));
            tryVerify(() => findChild(row("fake"), "serverLog").text.indexOf("recv") >= 0);
        }

        function test_addedServerDoesNotRun() {
            mouseClick(findChild(pane, "addToolServer"));
            const editor = findChild(pane, "toolServerEditor");
            tryVerify(() => editor.visible);
            mouseClick(findChild(editor, "saveServer"));
            verify(findChild(editor, "draftError").visible); // no name yet
            findChild(editor, "serverName").forceActiveFocus();
            for (const ch of "third")
                keyClick(ch);
            findChild(editor, "serverCommand").forceActiveFocus();
            for (const ch of "/bin/true")
                keyClick(ch);
            mouseClick(findChild(editor, "saveServer"));
            tryVerify(() => !editor.visible);
            tryVerify(() => row("third") !== null && findChild(row("third"), "confirmLaunch").visible);
        }
    }
}
