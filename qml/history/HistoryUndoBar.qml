// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.History
import QtQuick.Controls
import QtQuick.Layouts

// "Deleted …  Undo" after a conversation is deleted, while Undo is possible.
Rectangle {
    id: root

    required property HistoryController history

    // Undo was pressed: the conversation is back.
    signal undone

    objectName: "historyUndoBar"
    visible: root.history.canUndo
    implicitHeight: visible ? row.implicitHeight + Theme.spacing : 0
    radius: Theme.radius / 2
    color: Theme.background
    border.color: Theme.border
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacing / 2

        Label {
            id: label

            Layout.fillWidth: true
            elide: Text.ElideRight
            textFormat: Text.PlainText
            color: Theme.text
            text: root.history.undoTitle.length > 0 ? qsTr("Deleted “%1”").arg(root.history.undoTitle) : qsTr("Conversation deleted")
        }
        Button {
            objectName: "historyUndo"
            text: qsTr("Undo")
            flat: true
            Accessible.name: qsTr("Undo the deletion")
            Accessible.onPressAction: clicked()
            onClicked: {
                root.history.undoRemove();
                root.undone();
            }
        }
    }
}
