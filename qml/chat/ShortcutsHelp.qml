// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// F1 or Ctrl+/: the keyboard shortcuts.
Popup {
    id: root

    anchors.centerIn: Overlay.overlay
    modal: true
    focus: true
    padding: 2 * Theme.spacing

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }

    ColumnLayout {
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Keyboard shortcuts")

        Label {
            text: qsTr("Keyboard shortcuts")
            font.bold: true
            font.pointSize: Theme.fontSize * 1.3
            color: Theme.text
        }
        GridLayout {
            columns: 2
            columnSpacing: 2 * Theme.spacing
            rowSpacing: 6

            Repeater {
                model: [[qsTr("Enter"), qsTr("Send")], [qsTr("Shift+Enter"), qsTr("New line")], [qsTr("Esc"), qsTr("Stop the answer")], [qsTr("Up (empty message box)"), qsTr("Edit your last message")], [qsTr("Ctrl+N"), qsTr("New chat")], [qsTr("Ctrl+F"), qsTr("Find in the conversation")], [qsTr("Ctrl+R"), qsTr("Regenerate the last answer")], [qsTr("Ctrl+Shift+C"), qsTr("Copy the last answer")], [qsTr("F1, Ctrl+/"), qsTr("This help")], [qsTr("Ctrl+Q"), qsTr("Quit")]]

                delegate: RowLayout {
                    id: entry

                    required property var modelData

                    Layout.columnSpan: 2
                    spacing: 2 * Theme.spacing

                    Label {
                        text: entry.modelData[0]
                        font.family: "monospace"
                        color: Theme.accent
                        Layout.preferredWidth: 190
                    }
                    Label {
                        text: entry.modelData[1]
                        color: Theme.text
                    }
                }
            }
        }
        Button {
            text: qsTr("Close")
            Layout.alignment: Qt.AlignRight
            onClicked: root.close()
        }
    }
}
