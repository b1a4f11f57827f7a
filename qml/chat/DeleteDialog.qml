// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls

// Asks before deleting a message: everything below it on its branches goes with it.
Dialog {
    id: root

    property int row: -1

    signal confirmed(int row)

    function ask(messageRow: int) {
        root.row = messageRow;
        root.open();
    }

    objectName: "deleteDialog"
    // Keys go to the dialog, with the focus on Cancel (Enter does not delete by accident).
    focus: true
    onOpened: root.standardButton(Dialog.Cancel).forceActiveFocus(Qt.TabFocusReason)
    anchors.centerIn: Overlay.overlay
    contentWidth: 400
    modal: true
    title: qsTr("Delete this message?")
    standardButtons: Dialog.Ok | Dialog.Cancel
    onAccepted: root.confirmed(root.row)

    Label {
        width: 400
        wrapMode: Text.Wrap
        text: qsTr("The message and every message after it, on all of its versions, will be deleted.")
    }
}
