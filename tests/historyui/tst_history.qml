// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Confab
import ConfabHistoryTest

Item {
    id: root

    width: 320
    height: 600

    HistoryPanel {
        id: panel

        anchors.fill: parent
        history: HistoryTest.history
    }

    SignalSpy {
        id: chosenSpy

        target: panel
        signalName: "conversationChosen"
    }

    SignalSpy {
        id: newChatSpy

        target: panel
        signalName: "newChatRequested"
    }

    TestCase {
        id: testCase

        name: "HistoryPanel"
        when: windowShown

        function type(text: string) {
            for (const ch of text)
                keyClick(ch);
        }

        // The delegate showing conversation @p id, or null.
        function rowFor(id: real): Item {
            const list = findChild(panel, "historyList");
            for (let i = 0; i < list.count; ++i) {
                const item = list.itemAtIndex(i);
                if (item && item.conversationId === id)
                    return item;
            }
            return null;
        }

        // Opens the row's "⋯" menu and clicks the item named @p itemName, as the user does.
        function chooseFromMenu(id: real, itemName: string) {
            mouseClick(findChild(testCase.rowFor(id), "historyRowMenu"));
            const item = findChild(panel, itemName);
            tryVerify(() => item.visible && item.width > 0 && findChild(panel, "historyRowActions").opened);
            mouseClick(item);
            tryVerify(() => !findChild(panel, "historyRowActions").visible);
        }

        function rowIndex(id: real): int {
            return HistoryTest.history.conversations.rowOf(id);
        }

        function init() {
            HistoryTest.reset();
            findChild(panel, "historySearch").text = "";
            panel.editingId = 0;
            chosenSpy.clear();
            newChatSpy.clear();
        }

        function test_listsNewestFirstWithSections() {
            const old = HistoryTest.addConversation("Old trip", "Where to go?", 40);
            const recent = HistoryTest.addConversation("Recent recipe", "Pasta?", 0);
            const list = findChild(panel, "historyList");
            tryCompare(list, "count", 2);
            tryVerify(() => testCase.rowFor(recent) !== null && testCase.rowFor(old) !== null);
            compare(testCase.rowIndex(recent), 0);
            compare(findChild(testCase.rowFor(recent), "historyRowTitle").text, "Recent recipe");
            compare(list.itemAtIndex(0).ListView.section, "Today");
            verify(list.itemAtIndex(1).ListView.section !== "Today");
            verify(findChild(list.itemAtIndex(0), "historySection").visible);
            compare(findChild(list.itemAtIndex(0), "historySection").text, "Today");
            verify(findChild(list.itemAtIndex(1), "historySection").visible);
            mouseClick(findChild(testCase.rowFor(old), "historyRow"));
            compare(chosenSpy.count, 1);
            compare(chosenSpy.signalArguments[0][0], old);
            compare(chosenSpy.signalArguments[0][1], 0);
            mouseClick(findChild(panel, "historyNewChat"));
            compare(newChatSpy.count, 1);
        }

        function test_scrollingFetchesMorePages() {
            HistoryTest.addMany(250);
            HistoryTest.history.conversations.reload();
            const list = findChild(panel, "historyList");
            tryVerify(() => list.count >= 100);
            verify(list.count < 250);
            verify(!HistoryTest.history.conversations.atEnd);
            // The view asks the model for more as it nears the end (fetchMore).
            tryVerify(() => {
                    list.positionViewAtEnd();
                    return list.count === 250;
                });
            verify(HistoryTest.history.conversations.atEnd);
        }

        function test_renameInPlace() {
            const id = HistoryTest.addConversation("Before", "q", 0);
            tryVerify(() => testCase.rowFor(id) !== null);
            const row = testCase.rowFor(id);
            mouseDoubleClickSequence(findChild(row, "historyRow"));
            tryVerify(() => {
                    const editor = findChild(row, "historyRowEditor");
                    return editor && editor.visible && editor.activeFocus;
                });
            compare(findChild(row, "historyRowEditor").text, "Before");
            keyClick(Qt.Key_A, Qt.ControlModifier);
            testCase.type("After");
            keyClick(Qt.Key_Return);
            tryCompare(panel, "editingId", 0);
            compare(HistoryTest.titleOf(id), "After");
            tryCompare(findChild(testCase.rowFor(id), "historyRowTitle"), "text", "After");

            // Escape cancels.
            mouseDoubleClickSequence(findChild(testCase.rowFor(id), "historyRow"));
            tryVerify(() => {
                    const editor = findChild(testCase.rowFor(id), "historyRowEditor");
                    return editor && editor.activeFocus;
                });
            testCase.type("zzz");
            keyClick(Qt.Key_Escape);
            tryCompare(panel, "editingId", 0);
            compare(HistoryTest.titleOf(id), "After");
        }

        function test_pinMovesToTop() {
            const first = HistoryTest.addConversation("First", "q", 3);
            HistoryTest.addConversation("Second", "q", 0);
            HistoryTest.addConversation("Third", "q", 0);
            tryVerify(() => testCase.rowFor(first) !== null);
            compare(testCase.rowIndex(first), 2);
            const list = findChild(panel, "historyList");
            // Only the first row of a group shows the group's header.
            tryVerify(() => list.itemAtIndex(1) !== null);
            verify(!findChild(list.itemAtIndex(1), "historySection").visible);
            testCase.chooseFromMenu(first, "historyPin");
            tryVerify(() => HistoryTest.isPinned(first));
            compare(testCase.rowIndex(first), 0);
            tryVerify(() => list.itemAtIndex(0) && list.itemAtIndex(0).ListView.section === "Pinned");
            testCase.chooseFromMenu(first, "historyPin");
            tryVerify(() => !HistoryTest.isPinned(first));
            compare(testCase.rowIndex(first), 2);
        }

        function test_deleteAndUndo() {
            const id = HistoryTest.addConversation("Doomed", "q", 0);
            tryVerify(() => testCase.rowFor(id) !== null);
            const bar = findChild(panel, "historyUndoBar");
            verify(!bar.visible);
            // Through the row's menu, as the user does it.
            testCase.chooseFromMenu(id, "historyDelete");
            tryVerify(() => !HistoryTest.exists(id));
            tryVerify(() => bar.visible);
            compare(findChild(panel, "historyList").count, 0);
            mouseClick(findChild(panel, "historyUndo"));
            verify(HistoryTest.exists(id));
            tryVerify(() => !bar.visible);
            tryCompare(findChild(panel, "historyList"), "count", 1);
        }

        function test_searchOpensTheHit() {
            HistoryTest.addConversation("Kitchen", "How long do I boil an egg?", 2);
            const id = HistoryTest.addConversation("Garden", "When do tulips bloom?", 1);
            const message = HistoryTest.lastMessageId();
            const search = findChild(panel, "historySearch");
            const results = findChild(panel, "historyResults");
            verify(!results.visible);
            search.forceActiveFocus();
            testCase.type("tulip");
            verify(results.visible);
            verify(!findChild(panel, "historyList").visible);
            tryCompare(results, "count", 1);
            tryVerify(() => results.itemAtIndex(0) !== null);
            const hit = results.itemAtIndex(0);
            compare(hit.conversationId, id);
            compare(hit.messageId, message);
            // The delegate draws the hit; screen readers get the plain text, no tags.
            verify(findChild(hit, "historyHitSnippet").text.indexOf("<b>tulips</b>") >= 0);
            compare(hit.Accessible.description, "When do tulips bloom?");
            compare(findChild(hit, "historyHitSnippet").Accessible.name, "When do tulips bloom?");
            mouseClick(hit);
            compare(chosenSpy.count, 1);
            compare(chosenSpy.signalArguments[0][0], id);
            compare(chosenSpy.signalArguments[0][1], message);

            // No match says so; Escape clears the search.
            testCase.type("zzz");
            tryVerify(() => findChild(panel, "historyNoResults").visible);
            keyClick(Qt.Key_Escape);
            compare(search.text, "");
            verify(findChild(panel, "historyList").visible);
        }

        // Hits come as plain text and ranges; the helper escapes the text and marks the ranges.
        function test_highlightEscapesAndMarksRanges() {
            compare(SearchHighlight.styledText("a <b> & ocelot", [{
                            "offset": 8,
                            "length": 6
                        }]), "a &lt;b&gt; &amp; <b>ocelot</b>");
            // UTF-16 offsets, as JavaScript counts: the capybara is two code units.
            compare(SearchHighlight.styledText("🦫 tulip", [{
                            "offset": 3,
                            "length": 5
                        }]), "🦫 <b>tulip</b>");
            // Clipped at the end; a range overlapping the previous one is left out.
            compare(SearchHighlight.styledText("abc", [{
                            "offset": 1,
                            "length": 10
                        }, {
                            "offset": 0,
                            "length": 1
                        }]), "a<b>bc</b>");
            compare(SearchHighlight.styledText("plain", []), "plain");
        }
    }
}
