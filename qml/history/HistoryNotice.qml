// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.History
import QtQuick.Controls
import QtQuick.Layouts

// A problem with the history database: a write that keeps failing (retried on its own) or a
// damaged file that was moved aside.
Rectangle {
    id: root

    required property HistoryController history

    objectName: "historyNotice"
    visible: root.history.notice.length > 0
    implicitHeight: visible ? row.implicitHeight + Theme.spacing : 0
    radius: Theme.radius / 2
    color: Theme.errorBackground
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.history.notice

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacing / 2

        Label {
            objectName: "historyNoticeText"
            Layout.fillWidth: true
            text: root.history.notice
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.errorText
        }
        ToolButton {
            visible: root.history.noticeDismissable
            text: qsTr("Dismiss")
            Accessible.name: qsTr("Dismiss the notice")
            Accessible.onPressAction: clicked()
            onClicked: root.history.dismissNotice()
        }
    }
}
