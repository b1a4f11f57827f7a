// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// F1 or Ctrl+/: every keyboard shortcut. The list has the focus; the arrows read it out one
// shortcut at a time.
Popup {
    id: root

    // [keys, what they do]: every Shortcut of the window is here (tst_a11ytree checks it).
    readonly property var entries: [[qsTr("Enter"), qsTr("Send")], [qsTr("Shift+Enter"), qsTr("New line")], [qsTr("Esc"), qsTr("Stop the answer; close a dialog, the find bar or the settings")], [qsTr("Up (empty message box)"), qsTr("Edit your last message")], [qsTr("Ctrl+N"), qsTr("New chat")], [qsTr("Ctrl+F"), qsTr("Find in the conversation")], [qsTr("Ctrl+R"), qsTr("Regenerate the last answer")], [qsTr("Ctrl+Shift+C"), qsTr("Copy the last answer")], [qsTr("Ctrl+B"), qsTr("Go to the conversation history (again: hide it)")], [qsTr("Ctrl+K"), qsTr("Search the conversations")], [qsTr("Ctrl+Z"), qsTr("Undo deleting a conversation")], [qsTr("Ctrl+,"), qsTr("Settings")], [qsTr("F1, Ctrl+/"), qsTr("This help")], [qsTr("Ctrl+Q"), qsTr("Quit")], [qsTr("Tab, Shift+Tab"), qsTr("Next or previous control, also out of a text field")], [qsTr("Enter, Space"), qsTr("Press the focused button")], [qsTr("Up, Down"), qsTr("Move in a list: messages, conversations, models")], [qsTr("PageUp, PageDown, Home, End"), qsTr("Scroll the conversation (when it has the focus)")], [qsTr("Enter (history)"), qsTr("Open the conversation")], [qsTr("F2 (history)"), qsTr("Rename the conversation")], [qsTr("Delete (history)"), qsTr("Delete the conversation")], [qsTr("Menu, Shift+F10 (history)"), qsTr("The conversation's menu")]]

    anchors.centerIn: Overlay.overlay
    modal: true
    focus: true
    padding: 2 * Theme.spacing
    onOpened: {
        list.currentIndex = 0;
        list.forceActiveFocus(Qt.TabFocusReason);
    }
    // Qt 6.4 reads a popup's name from the item it draws in, not from the popup.
    Component.onCompleted: root.contentItem.parent.Accessible.name = qsTr("Keyboard shortcuts")

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }

    ColumnLayout {
        spacing: Theme.spacing

        Label {
            text: qsTr("Keyboard shortcuts")
            font.bold: true
            font.pointSize: Theme.fontSize * 1.3
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        ListView {
            id: list

            objectName: "shortcutList"
            implicitWidth: 600
            implicitHeight: Math.min(list.contentHeight, (root.parent ? root.parent.height : 600) - 200)
            clip: true
            model: root.entries
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Keyboard shortcuts")
            ScrollBar.vertical: ScrollBar {
            }

            delegate: Rectangle {
                id: entry

                required property var modelData

                width: ListView.view.width
                implicitHeight: row.implicitHeight + 6
                focus: ListView.isCurrentItem
                color: ListView.isCurrentItem && ListView.view.activeFocus ? Theme.background : "transparent"
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1: %2").arg(entry.modelData[0]).arg(entry.modelData[1])

                RowLayout {
                    id: row

                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width
                    spacing: 2 * Theme.spacing

                    Label {
                        text: entry.modelData[0]
                        font.family: Theme.monospaceFamily
                        color: Theme.accent
                        Layout.preferredWidth: 230
                    }
                    Label {
                        text: entry.modelData[1]
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
        Button {
            text: qsTr("Close")
            Layout.alignment: Qt.AlignRight
            onClicked: root.close()
            Accessible.name: text
            Accessible.onPressAction: clicked()
        }
    }
}
