// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// Ctrl+F: find text in the conversation. Enter / Shift+Enter go to the next / previous
// message that contains it; Esc closes the bar.
Rectangle {
    id: root

    property bool found: true

    signal findRequested(string text, bool forward)
    signal closed

    function open() {
        root.visible = true;
        field.forceActiveFocus();
        field.selectAll();
    }

    visible: false
    implicitHeight: layout.implicitHeight + Theme.spacing
    color: Theme.surface

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }

    RowLayout {
        id: layout

        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing

        TextField {
            id: field

            objectName: "findField"
            Layout.fillWidth: true
            placeholderText: qsTr("Find in conversation")
            Accessible.name: qsTr("Find in conversation")
            onTextChanged: root.findRequested(field.text, true)
            Keys.onPressed: event => {
                if (event.key === Qt.Key_Escape) {
                    root.visible = false;
                    root.closed();
                    event.accepted = true;
                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    root.findRequested(field.text, !(event.modifiers & Qt.ShiftModifier));
                    event.accepted = true;
                }
            }
        }
        Label {
            objectName: "findStatus"
            visible: field.text.length > 0 && !root.found
            text: qsTr("No matches")
            color: Theme.warningText
        }
        ToolButton {
            text: "↑"
            onClicked: root.findRequested(field.text, false)
            Accessible.name: qsTr("Previous match")
            Accessible.onPressAction: clicked()
        }
        ToolButton {
            text: "↓"
            onClicked: root.findRequested(field.text, true)
            Accessible.name: qsTr("Next match")
            Accessible.onPressAction: clicked()
        }
        ToolButton {
            text: "✕"
            onClicked: {
                root.visible = false;
                root.closed();
            }
            Accessible.name: qsTr("Close the find bar")
            Accessible.onPressAction: clicked()
        }
    }
}
