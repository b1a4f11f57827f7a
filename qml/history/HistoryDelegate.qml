// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// One conversation in the history list: its section header when a new group starts, its title
// (edited in place), and a button for the menu to rename, pin, export or delete it. (The header is drawn here
// rather than by ListView.section.delegate, which fails to load in a Bound file on Qt 6.4.)
// By keyboard, on the current row: Enter opens, F2 renames, Delete deletes, the Menu key or
// Shift+F10 opens the menu.
Column {
    id: root

    required property real conversationId
    required property string title
    required property bool pinned
    required property string section
    property bool isCurrent: false
    property bool editing: false
    readonly property string displayTitle: root.title.length > 0 ? root.title : qsTr("New chat")

    signal chosen
    signal editStarted
    signal editFinished(string newTitle)
    signal editCancelled
    // The row's "⋯" button (or the Menu key on the row) was pressed; the panel shows its one
    // shared menu under that item.
    signal menuRequested(Item button)
    // Delete was pressed on the row.
    signal deleteRequested

    // The focus goes back to the row (after renaming).
    function focusRow() {
        row.forceActiveFocus(Qt.TabFocusReason);
    }

    Label {
        objectName: "historySection"
        width: root.width
        visible: root.ListView.section !== root.ListView.previousSection
        topPadding: Theme.spacingM
        bottomPadding: Theme.spacingXs
        leftPadding: Theme.spacingS
        text: root.section
        color: Theme.subtleText
        font.pointSize: Theme.fontSizeCaption
        font.bold: true
        Accessible.role: Accessible.Heading
        Accessible.name: root.section
    }

    ItemDelegate {
        id: row

        objectName: "historyRow"
        width: root.width
        // The list's current row has the focus while the list has it.
        focus: root.ListView.isCurrentItem
        highlighted: root.isCurrent
        text: root.displayTitle
        topPadding: Theme.spacingXs
        bottomPadding: Theme.spacingXs
        leftPadding: Theme.spacingS
        rightPadding: Theme.spacingXxs
        // A soft rounded highlight for the open conversation and the pointer, not the
        // selection colour.
        background: Rectangle {
            implicitHeight: Theme.iconSize + 2 * Theme.spacingS
            radius: Theme.radiusM
            color: root.isCurrent ? Theme.surfaceSelected : row.hovered || row.visualFocus ? Theme.surfaceHover : "transparent"
        }
        Accessible.name: root.displayTitle
        Accessible.role: Accessible.ListItem
        Accessible.selected: root.isCurrent
        Accessible.onPressAction: clicked()
        onClicked: root.chosen()
        onDoubleClicked: root.editStarted()
        Keys.onPressed: event => {
            if (root.editing)
                return;
            const menu = event.key === Qt.Key_Menu || (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier));
            if (menu)
                root.menuRequested(row);
            else if (event.key === Qt.Key_Delete)
                root.deleteRequested();
            else if (event.key === Qt.Key_F2)
                root.editStarted();
            else
                return;
            event.accepted = true;
        }

        contentItem: RowLayout {
            spacing: Theme.spacing / 2

            Label {
                objectName: "historyRowTitle"
                Layout.fillWidth: true
                visible: !root.editing
                text: root.displayTitle
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.text
                font.weight: root.isCurrent ? Font.DemiBold : Font.Normal
            }
            TextField {
                property bool done: false

                objectName: "historyRowEditor"
                Layout.fillWidth: true
                visible: root.editing
                selectByMouse: true
                Accessible.name: qsTr("Conversation title")
                onVisibleChanged: {
                    if (!visible)
                        return;
                    done = false;
                    text = root.title;
                    forceActiveFocus();
                    selectAll();
                }
                onAccepted: {
                    done = true;
                    root.editFinished(text);
                    root.focusRow();
                }
                Keys.onEscapePressed: {
                    done = true;
                    root.editCancelled();
                    root.focusRow();
                }
                onActiveFocusChanged: {
                    if (!activeFocus && visible && !done) {
                        done = true;
                        root.editFinished(text);
                    }
                }
            }
            IconToolButton {
                objectName: "historyRowMenu"
                visible: !root.editing
                // Shown on the pointer's row and the open conversation; keeps its place.
                opacity: row.hovered || root.isCurrent || row.visualFocus ? 1 : 0
                text: qsTr("Actions for %1").arg(root.displayTitle)
                icon.name: "view-more"
                // Not a Tab stop (one per row would make the list a long way to Tab through):
                // the Menu key or Shift+F10 on the row opens the same menu.
                focusPolicy: Qt.NoFocus
                onClicked: root.menuRequested(this)
            }
        }
    }
}
