// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.History
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts

// The side panel: New chat, search, conversations grouped by date (pinned on top), rename in
// place, pin, delete with Undo. Search shows snippets; choosing a hit opens it at the message.
Rectangle {
    id: root

    required property HistoryController history
    // The conversation shown in the chat, highlighted in the list (0: none).
    property real currentConversationId: 0
    // The row whose title is being edited (0: none).
    property real editingId: 0
    readonly property bool searching: searchField.text.trim().length > 0

    signal conversationChosen(real conversationId, real messageId)
    signal newChatRequested
    // format: "markdown" or "json". The application asks where to save and calls
    // history.exportMarkdown / exportJson / exportAll / importFile.
    signal exportRequested(real conversationId, string format)
    signal exportAllRequested
    signal importRequested
    // Something happened that screen readers should hear (a deletion).
    signal announced(string message)

    // Ctrl+B: the focus goes to the current conversation's row (the first row when none is),
    // or to the results while searching.
    function focusList() {
        const list = root.searching ? resultList : conversationList;
        if (list === conversationList)
            conversationList.currentIndex = Math.max(0, root.history.conversations.rowOf(root.currentConversationId));
        else if (resultList.currentIndex < 0)
            resultList.currentIndex = 0;
        if (list.count > 0)
            list.forceActiveFocus(Qt.TabFocusReason);
        else
            root.focusSearch();
    }

    // Deletes a conversation, says so, and keeps the focus in the list.
    function remove(conversationId: real, title: string) {
        root.history.remove(conversationId);
        root.announced(qsTr("Deleted “%1”. Undo with Ctrl+Z.").arg(title));
        // Not the search field when the list is empty: it would take Ctrl+Z for its own undo.
        if (conversationList.count > 0)
            conversationList.forceActiveFocus(Qt.TabFocusReason);
        else
            newChatButton.forceActiveFocus(Qt.TabFocusReason);
    }

    function focusSearch() {
        searchField.forceActiveFocus();
        searchField.selectAll();
    }

    color: Theme.surface
    implicitWidth: 280
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Conversation history")

    Shortcut {
        sequence: "Ctrl+K"
        enabled: root.visible
        onActivated: root.focusSearch()
    }
    // Text fields keep Ctrl+Z for their own undo.
    Shortcut {
        sequence: "Ctrl+Z"
        enabled: root.visible && root.history.canUndo
        onActivated: {
            root.history.undoRemove();
            root.focusList();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            Button {
                id: newChatButton

                objectName: "historyNewChat"
                text: qsTr("New chat")
                icon.name: "document-new"
                icon.color: newChatButton.palette.buttonText
                icon.width: Theme.iconSizeSmall
                icon.height: Theme.iconSizeSmall
                Layout.fillWidth: true
                Accessible.name: qsTr("New chat")
                Accessible.onPressAction: clicked()
                onClicked: root.newChatRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("New chat (Ctrl+N)")
                ToolTip.delay: Theme.toolTipDelay
            }
            IconToolButton {
                id: moreButton

                objectName: "historyMore"
                text: qsTr("History actions")
                icon.name: "view-more"
                onClicked: moreMenu.popup(moreButton, 0, moreButton.height)

                Menu {
                    id: moreMenu

                    title: qsTr("History actions")

                    MenuItem {
                        text: qsTr("Import conversations…")
                        icon.name: "document-import"
                        icon.color: palette.buttonText
                        onTriggered: root.importRequested()
                    }
                    MenuItem {
                        text: qsTr("Export all conversations…")
                        icon.name: "document-export"
                        icon.color: palette.buttonText
                        onTriggered: root.exportAllRequested()
                    }
                }
            }
        }

        TextField {
            id: searchField

            objectName: "historySearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search conversations")
            color: Theme.text
            placeholderTextColor: Theme.subtleText
            selectByMouse: true
            // Room for the magnifier.
            leftPadding: Theme.iconSizeSmall + 2 * Theme.spacingS
            Accessible.name: qsTr("Search conversations")
            Accessible.role: Accessible.EditableText
            onTextChanged: root.history.searchResults.query = text
            Keys.onEscapePressed: event => {
                event.accepted = text.length > 0;
                clear();
            }
            // Down goes on to the results (or the conversations).
            Keys.onDownPressed: root.focusList()

            IconImage {
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacingS
                anchors.verticalCenter: parent.verticalCenter
                name: "edit-find"
                color: Theme.subtleText
                sourceSize.width: Theme.iconSizeSmall
                sourceSize.height: Theme.iconSizeSmall
            }
        }

        HistoryNotice {
            Layout.fillWidth: true
            history: root.history
        }

        ListView {
            id: conversationList

            objectName: "historyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !root.searching
            clip: true
            model: root.history.conversations
            boundsBehavior: Flickable.StopAtBounds
            reuseItems: true
            activeFocusOnTab: true
            keyNavigationEnabled: true
            onActiveFocusChanged: if (activeFocus && currentIndex < 0)
                currentIndex = Math.max(0, root.history.conversations.rowOf(root.currentConversationId))
            Accessible.name: qsTr("Conversations")
            Accessible.role: Accessible.List
            ScrollBar.vertical: ScrollBar {
            }

            // Grouping only: HistoryDelegate draws the headers.
            section.property: "section"

            delegate: HistoryDelegate {
                id: row

                width: conversationList.width
                isCurrent: row.conversationId === root.currentConversationId
                editing: row.conversationId === root.editingId
                onChosen: root.conversationChosen(row.conversationId, 0)
                onEditStarted: root.editingId = row.conversationId
                onEditFinished: newTitle => {
                    const id = row.conversationId;
                    root.history.rename(id, newTitle);
                    root.editingId = 0;
                    // The list may have rebuilt the row: the focus goes to the renamed one.
                    conversationList.currentIndex = root.history.conversations.rowOf(id);
                }
                onEditCancelled: root.editingId = 0
                onDeleteRequested: root.remove(row.conversationId, row.displayTitle)
                onMenuRequested: button => {
                    rowMenu.conversationId = row.conversationId;
                    rowMenu.conversationTitle = row.displayTitle;
                    rowMenu.pinned = row.pinned;
                    rowMenu.popup(button, 0, button.height);
                }
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                visible: conversationList.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.subtleText
                text: qsTr("Your conversations will appear here.")
            }
        }

        ListView {
            id: resultList

            objectName: "historyResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.searching
            clip: true
            model: root.history.searchResults
            boundsBehavior: Flickable.StopAtBounds
            activeFocusOnTab: true
            keyNavigationEnabled: true
            onActiveFocusChanged: if (activeFocus && currentIndex < 0)
                currentIndex = 0
            // Up from the first hit goes back to the search field.
            Keys.onUpPressed: event => {
                if (resultList.currentIndex <= 0)
                    root.focusSearch();
                else
                    event.accepted = false;
            }
            Accessible.name: qsTr("Search results")
            Accessible.role: Accessible.List
            ScrollBar.vertical: ScrollBar {
            }

            delegate: HistorySearchDelegate {
                id: hit

                width: resultList.width
                focus: hit.ListView.isCurrentItem
                onChosen: root.conversationChosen(hit.conversationId, hit.messageId)
            }

            Label {
                objectName: "historyNoResults"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                visible: resultList.count === 0 && !root.history.searchResults.pending
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.subtleText
                text: qsTr("No conversation matches “%1”.").arg(searchField.text.trim())
            }
        }

        HistoryUndoBar {
            Layout.fillWidth: true
            history: root.history
            onUndone: root.focusList()
        }
    }

    // One menu for every row.
    HistoryRowMenu {
        id: rowMenu

        objectName: "historyRowActions"
        onRenameRequested: conversationId => root.editingId = conversationId
        onPinRequested: (conversationId, pinned) => root.history.setPinned(conversationId, pinned)
        onExportRequested: (conversationId, format) => root.exportRequested(conversationId, format)
        onDeleteRequested: (conversationId, title) => root.remove(conversationId, title)
    }
}
