// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// Editing a question in place: Enter (or "Send") sends the new version as a branch, Esc
// cancels. The original question is never changed.
Rectangle {
    id: root

    property string originalText

    signal accepted(string text)
    signal canceled

    function begin() {
        field.text = root.originalText;
        field.forceActiveFocus();
        field.cursorPosition = field.length;
    }

    implicitHeight: layout.implicitHeight + 16
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.accent

    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: 8

        TextArea {
            id: field

            objectName: "editField"
            Layout.fillWidth: true
            wrapMode: TextEdit.Wrap
            color: Theme.text
            font.pointSize: Theme.fontSize
            background: null
            Accessible.name: qsTr("Edited message")
            Keys.onPressed: event => {
                if (event.key === Qt.Key_Escape) {
                    root.canceled();
                    event.accepted = true;
                } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && !(event.modifiers & Qt.ShiftModifier)) {
                    root.accepted(field.text);
                    event.accepted = true;
                }
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight

            Button {
                objectName: "cancelEditButton"
                text: qsTr("Cancel")
                flat: true
                onClicked: root.canceled()
                Accessible.name: qsTr("Cancel editing")
                Accessible.onPressAction: clicked()
            }
            Button {
                objectName: "sendEditButton"
                text: qsTr("Send")
                highlighted: true
                enabled: field.text.trim().length > 0
                onClicked: root.accepted(field.text)
                Accessible.name: qsTr("Send the edited message")
                Accessible.description: enabled ? "" : A11y.unavailable
                Accessible.onPressAction: clicked()
            }
        }
    }
}
