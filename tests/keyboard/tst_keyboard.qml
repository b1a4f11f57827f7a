// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Confab
import ConfabTest

// One window for the whole run, as a user has it: the test functions run in name order and
// each starts where the one before left off (welcome page → a provider → chat → settings →
// history).
Item {
    id: root

    Main {
        id: app

        chat: App.chat
        history: App.history
        providers: App.providers
        networkStatus: App.networkStatus
        networkSettings: App.networkSettings
        networkConfig: App.networkConfig
        settingsExport: App.settingsExport
        appInfo: App.appInfo
        firstRun: App.firstRun
        tools: App.tools
    }

    TestCase {
        id: testCase

        name: "Keyboard"

        function item(name: string): Item {
            const found = findChild(app.contentItem, name);
            verify(found, "no item " + name);
            return found;
        }

        function type(text: string) {
            for (const ch of text)
                keyClick(ch);
        }

        // Whether @p inner is @p outer or inside it.
        function within(inner: Item, outer: Item): bool {
            for (let i = inner; i; i = i.parent) {
                if (i === outer)
                    return true;
            }
            return false;
        }

        // Presses Tab @p count times; every stop must be inside @p page.
        function tabStaysIn(page: Item, count: int) {
            for (let i = 0; i < count; ++i) {
                keyClick(Qt.Key_Tab);
                verify(testCase.within(app.activeFocusItem, page), "Tab left the page for " + app.activeFocusItem);
            }
        }

        function initTestCase() {
            app.visible = true;
            app.requestActivate();
            tryVerify(() => app.active);
        }

        // Launch without a provider: the welcome page has the focus, Tab stays on it, and
        // "Add a provider…" opens the provider form by Enter; Esc goes back step by step.
        function test_01_welcomePage() {
            const welcome = testCase.item("firstRunPage");
            tryVerify(() => welcome.visible && !App.firstRun.searching);
            verify(testCase.within(app.activeFocusItem, welcome), "focus at launch: " + app.activeFocusItem);
            testCase.tabStaysIn(welcome, 6);
            testCase.item("manualSetup").forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Return);
            const settings = testCase.item("settingsPage");
            verify(settings.visible);
            verify(testCase.item("presetBox").activeFocus, "the form takes the focus");
            keyClick(Qt.Key_Escape); // leaves the form
            verify(settings.visible);
            verify(testCase.item("addProvider").activeFocus);
            keyClick(Qt.Key_Escape); // leaves the settings
            verify(!settings.visible);
            verify(welcome.visible);
            verify(testCase.within(app.activeFocusItem, welcome));
        }

        // A provider is configured: the welcome page goes, the message box has the focus.
        function test_02_providerAdded() {
            App.addProvider();
            tryVerify(() => !testCase.item("firstRunPage").visible);
            tryVerify(() => testCase.item("composerInput").activeFocus, 1000, "focus: " + app.activeFocusItem);
        }

        // Ctrl+, with the message box focused: typing and Enter go to the settings, nothing is
        // sent; Esc closes them and the focus is back in the message box.
        function test_03_settingsTakeTheKeys() {
            const input = testCase.item("composerInput");
            const requests = App.chatRequestCount();
            keyClick(Qt.Key_Comma, Qt.ControlModifier);
            const settings = testCase.item("settingsPage");
            verify(settings.visible);
            verify(!input.visible);
            verify(testCase.within(app.activeFocusItem, settings), "focus: " + app.activeFocusItem);
            testCase.type("typed");
            keyClick(Qt.Key_Return);
            compare(input.text, "");
            compare(App.chatRequestCount(), requests);
            compare(App.chat.messages.count, 0);
            testCase.tabStaysIn(settings, 8);
            keyClick(Qt.Key_Escape);
            verify(!settings.visible);
            verify(input.activeFocus, "focus after Esc: " + app.activeFocusItem);
        }

        function send(text: string) {
            App.queueAnswer(3, 1);
            testCase.item("composerInput").forceActiveFocus();
            testCase.type(text);
            keyClick(Qt.Key_Return);
            tryVerify(() => App.chat.busy);
            tryVerify(() => !App.chat.busy, 5000);
        }

        // The focused row of the history list.
        function focusedRow(): Item {
            const focused = app.activeFocusItem;
            return focused && focused.objectName === "historyRow" ? focused : null;
        }

        // Ctrl+B into the list, arrows, Enter opens, F2 renames, Delete and Ctrl+Z, the Menu
        // key; Ctrl+K, Down into the search results, Enter opens a hit.
        function test_04_historyByKeys() {
            testCase.send("First question");
            const first = App.chat.conversationId;
            keyClick(Qt.Key_N, Qt.ControlModifier);
            testCase.send("Second question");
            const second = App.chat.conversationId;
            verify(first !== second);
            const history = App.history.conversations;
            tryCompare(history, "count", 2);
            keyClick(Qt.Key_B, Qt.ControlModifier);
            verify(testCase.focusedRow(), "focus after Ctrl+B: " + app.activeFocusItem);
            compare(testCase.focusedRow().text, "Second question");
            verify(testCase.focusedRow().Accessible.selected);
            keyClick(Qt.Key_Down);
            compare(testCase.focusedRow().text, "First question");
            verify(!testCase.focusedRow().Accessible.selected);
            keyClick(Qt.Key_Return);
            compare(App.chat.conversationId, first);
            verify(testCase.item("composerInput").activeFocus, "focus after opening: " + app.activeFocusItem);

            // F2: rename in place; the focus comes back to the row.
            keyClick(Qt.Key_B, Qt.ControlModifier);
            compare(testCase.focusedRow().text, "First question");
            keyClick(Qt.Key_F2);
            const editor = app.activeFocusItem;
            compare(editor.objectName, "historyRowEditor");
            keyClick(Qt.Key_A, Qt.ControlModifier);
            testCase.type("Renamed");
            keyClick(Qt.Key_Return);
            tryVerify(() => testCase.focusedRow() && testCase.focusedRow().text === "Renamed", 3000, "focus after renaming: " + app.activeFocusItem);

            // Delete, said aloud; Ctrl+Z brings it back, the focus stays in the list.
            const announcer = testCase.item("liveAnnouncer");
            keyClick(Qt.Key_Delete);
            tryCompare(history, "count", 1);
            verify(announcer.message.indexOf("Renamed") >= 0, announcer.message);
            verify(testCase.focusedRow(), "focus after Delete: " + app.activeFocusItem);
            keyClick(Qt.Key_Z, Qt.ControlModifier);
            tryCompare(history, "count", 2);
            verify(testCase.focusedRow(), "focus after Undo: " + app.activeFocusItem);

            // The Menu key (and Shift+F10) opens the row's menu; Esc closes it.
            keyClick(Qt.Key_Menu);
            const rowMenu = testCase.rowMenu();
            tryVerify(() => rowMenu.opened);
            keyClick(Qt.Key_Escape);
            tryVerify(() => !rowMenu.visible);
            verify(testCase.focusedRow(), "focus after the menu: " + app.activeFocusItem);
            keyClick(Qt.Key_F10, Qt.ShiftModifier);
            tryVerify(() => rowMenu.opened);
            keyClick(Qt.Key_Escape);
            tryVerify(() => !rowMenu.visible);

            // Search: Ctrl+K, type, Down into the hits, Enter opens one.
            keyClick(Qt.Key_K, Qt.ControlModifier);
            testCase.type("Second");
            const results = testCase.item("historyResults");
            tryVerify(() => results.visible && results.count > 0 && !App.history.searchResults.pending, 3000, "hits: " + results.count);
            keyClick(Qt.Key_Down);
            verify(testCase.within(app.activeFocusItem, results), "focus after Down: " + app.activeFocusItem);
            keyClick(Qt.Key_Return);
            compare(App.chat.conversationId, second);
        }

        // Editing a provider: Enter on Edit opens the form with the focus in it; Enter on Test
        // connection lists the models; Down from the
        // model search enters the model list on the model in use (exposed as selected), the
        // arrows move, Enter chooses; Esc leaves with the focus back on Edit.
        function test_05_providerModelsByKeys() {
            keyClick(Qt.Key_Comma, Qt.ControlModifier);
            const edit = testCase.item("editProvider");
            edit.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Return);
            verify(testCase.item("presetBox").activeFocus, "focus in the form: " + app.activeFocusItem);
            testCase.item("testButton").forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Return); // Test connection lists the models
            const list = testCase.item("modelList");
            tryCompare(list, "count", 2);
            testCase.item("modelSearch").forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Down);
            compare(app.activeFocusItem.objectName, "model_lab-model");
            verify(app.activeFocusItem.Accessible.selected);
            keyClick(Qt.Key_Down);
            compare(app.activeFocusItem.objectName, "model_lab-small");
            verify(!app.activeFocusItem.Accessible.selected);
            keyClick(Qt.Key_Return);
            compare(App.providers.draft.defaultModel, "lab-small");
            verify(app.activeFocusItem.Accessible.selected);
            keyClick(Qt.Key_Escape);
            verify(edit.activeFocus, "focus after the form: " + app.activeFocusItem);
            keyClick(Qt.Key_Escape);
            verify(!testCase.item("settingsPage").visible);
        }

        // Type, Enter, Tab to Stop, Space: stopped, said, and the focus back in the message box.
        function test_06_sendAndStopByKeys() {
            const input = testCase.item("composerInput");
            const announcer = testCase.item("liveAnnouncer");
            input.forceActiveFocus(Qt.TabFocusReason);
            App.queueLines(300, 20);
            testCase.type("Long question");
            const requests = App.chatRequestCount();
            keyClick(Qt.Key_Return);
            tryVerify(() => App.chat.busy);
            // Stopped once the server has the request (and so its scripted answer), else the
            // answer would stay queued for the next test's question.
            tryVerify(() => App.chatRequestCount() === requests + 1);
            compare(announcer.message, "Answer started");
            keyClick(Qt.Key_Tab); // out of the message box: Stop is next
            const send = testCase.item("sendButton");
            verify(send.activeFocus, "focus after Tab: " + app.activeFocusItem);
            compare(send.text, "Stop");
            keyClick(Qt.Key_Space);
            verify(!App.chat.busy);
            compare(announcer.message, "Answer stopped");
            tryVerify(() => input.activeFocus, 1000, "focus after Stop: " + app.activeFocusItem);

            // Esc in the message box stops the next answer just as well (no other Esc shortcut
            // of the window competes with it).
            App.queueLines(300, 20);
            testCase.type("Another one");
            keyClick(Qt.Key_Return);
            tryVerify(() => App.chat.busy);
            tryVerify(() => App.chatRequestCount() === requests + 2);
            keyClick(Qt.Key_Escape);
            verify(!App.chat.busy, "Esc did not stop the answer");
            compare(announcer.message, "Answer stopped");
            verify(input.activeFocus, "focus after Esc: " + app.activeFocusItem);
            // Stopped before the server took the request, its answer would stay queued and go
            // to the next test's question (300 lines, 6 s).
            App.clearQueue();
        }

        // The delegate (QuestionDelegate or AnswerDelegate) @p item is in, or null.
        function messageOf(item: Item): Item {
            for (let i = item; i; i = i.parent) {
                if (i.questionText !== undefined || i.markdown !== undefined)
                    return i;
            }
            return null;
        }

        // The conversation by keys: Home goes to the first message, Tab goes through a question's
        // buttons before its answer's; End, PageUp and PageDown scroll.
        function test_07_conversationByKeys() {
            keyClick(Qt.Key_N, Qt.ControlModifier);
            App.queueLines(80, 1);
            testCase.type("Tall answer please");
            keyClick(Qt.Key_Return);
            tryVerify(() => !App.chat.busy, 5000);
            const list = testCase.item("messageList");
            list.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Home);
            tryCompare(list, "currentIndex", 0);
            const question = app.activeFocusItem;
            verify(question.questionText !== undefined, "focus on Home: " + question);
            compare(question.Accessible.name, "You: Tall answer please");

            // Tab order: the question's buttons, then the answer's.
            let order = [];
            for (let i = 0; i < 12; ++i) {
                keyClick(Qt.Key_Tab);
                const owner = testCase.messageOf(app.activeFocusItem);
                if (!owner)
                    break;
                order.push(owner.questionText !== undefined ? "question" : "answer");
                // What Tab reaches is scrolled into view.
                const focused = app.activeFocusItem;
                tryVerify(() => {
                        const shown = focused.mapToItem(list, 0, 0);
                        return shown.y >= -1 && shown.y + focused.height <= list.height + 1;
                    }, 2000, "scrolled away: " + focused + " at " + focused.mapToItem(list, 0, 0).y);
            }
            verify(order.indexOf("answer") > 0, order.join(" "));
            compare(order.lastIndexOf("question"), order.indexOf("answer") - 1, order.join(" "));

            // Scrolling keys on the list.
            list.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_End);
            tryVerify(() => list.atYEnd);
            const bottom = list.contentY;
            keyClick(Qt.Key_PageUp);
            verify(list.contentY < bottom - list.height / 2, list.contentY + " vs " + bottom);
            keyClick(Qt.Key_PageDown);
            compare(list.contentY, bottom);
            keyClick(Qt.Key_Home, Qt.ControlModifier);
            compare(list.contentY, list.originY);
            keyClick(Qt.Key_End, Qt.ControlModifier);
            tryVerify(() => list.atYEnd);
        }

        // Deleting a message by keys: Enter on Delete asks with the focus on Cancel, Shift+Tab to
        // OK, Enter deletes; the button went with the message, and the focus goes to the message
        // above it. New chat in the header by Enter: it turns unavailable, and the focus goes to
        // the message box.
        function test_08_focusNeverStaysOnAVanishedButton() {
            const list = testCase.item("messageList");
            const count = App.chat.messages.count;
            verify(count >= 2);
            const answer = list.itemAtIndex(count - 1);
            const remove = findChild(answer, "deleteButton");
            remove.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Return);
            tryVerify(() => app.activeFocusItem && app.activeFocusItem.text === "Cancel", 2000, "focus in the dialog: " + app.activeFocusItem);
            keyClick(Qt.Key_Tab, Qt.ShiftModifier);
            keyClick(Qt.Key_Return);
            tryCompare(App.chat.messages, "count", count - 1);
            // The nearest message: the question above it (the row, or its own button in the place
            // of the one that went), in the list.
            tryVerify(() => {
                    const owner = testCase.messageOf(app.activeFocusItem);
                    return owner && owner.questionText !== undefined;
                }, 2000, "focus after deleting: " + app.activeFocusItem);
            verify(app.activeFocusItem.visible);
            const newChat = testCase.item("newChatButton");
            newChat.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Return);
            compare(App.chat.messages.count, 0);
            verify(!newChat.enabled);
            tryVerify(() => testCase.item("composerInput").activeFocus, 2000, "focus after New chat: " + app.activeFocusItem);
        }

        // ‹ and › by keys: Ctrl+R makes a second version; Enter on ‹ shows the first, and the
        // focus is on the version buttons of the version now shown (not lost with the old one).
        function test_09_versionsByKeys() {
            testCase.item("composerInput").forceActiveFocus(Qt.TabFocusReason);
            App.queueAnswer(3, 1);
            testCase.type("Two versions");
            keyClick(Qt.Key_Return);
            tryVerify(() => !App.chat.busy, 5000);
            App.queueAnswer(2, 1);
            keyClick(Qt.Key_R, Qt.ControlModifier);
            tryVerify(() => App.chat.busy);
            tryVerify(() => !App.chat.busy, 5000);
            const list = testCase.item("messageList");
            const row = App.chat.messages.count - 1;
            tryVerify(() => list.itemAtIndex(row) && findChild(list.itemAtIndex(row), "versionLabel").text === "2/2");
            findChild(list.itemAtIndex(row), "previousVersionButton").forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Return);
            const shown = list.itemAtIndex(row);
            compare(findChild(shown, "versionLabel").text, "1/2");
            compare(app.activeFocusItem.objectName, "nextVersionButton"); // ‹ is disabled at 1/2
            verify(testCase.within(app.activeFocusItem, shown));
            keyClick(Qt.Key_Return);
            compare(findChild(list.itemAtIndex(row), "versionLabel").text, "2/2");
            compare(app.activeFocusItem.objectName, "previousVersionButton");
        }

        // Shift+Tab from the message box goes to the attach button left of it, then straight to
        // the last message's last button (the list does not first take the focus itself).
        function test_10_backIntoTheConversation() {
            const list = testCase.item("messageList");
            list.currentIndex = -1;
            const input = testCase.item("composerInput");
            input.forceActiveFocus(Qt.TabFocusReason);
            const spy = Qt.createQmlObject("import QtQuick; Connections { function onActiveFocusItemChanged() { focusCount += 1 } property int focusCount: 0 }", testCase);
            spy.target = app;
            keyClick(Qt.Key_Tab, Qt.ShiftModifier);
            compare(app.activeFocusItem.objectName, "attachButton"); // left of the message box
            keyClick(Qt.Key_Tab, Qt.ShiftModifier);
            compare(app.activeFocusItem.objectName, "deleteButton");
            compare(spy.focusCount, 2);
            spy.destroy();
        }

        function rowMenu(): var {
            const panel = testCase.item("historyPanel");
            for (let i = 0; i < panel.data.length; ++i) {
                if (panel.data[i].objectName === "historyRowActions")
                    return panel.data[i];
            }
            return null;
        }
    }
}
