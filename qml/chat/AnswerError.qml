// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.Chat
import QtQuick.Controls
import QtQuick.Layouts

// Why an answer failed, with the way forward: Retry, or the settings when they can fix it.
Rectangle {
    id: root

    property int errorKind: Failure.None
    property string errorMessage
    property bool canRetry: false

    signal retryRequested
    signal settingsRequested
    signal withoutAttachmentsRequested

    objectName: "errorBox"
    implicitHeight: errorLayout.implicitHeight + 16
    // An error: an alert with what went wrong (ChatAnnouncer says it when it happens).
    Accessible.role: Accessible.AlertMessage
    Accessible.name: AnswerLabels.errorTitle(root.errorKind)
    Accessible.description: root.errorMessage
    radius: Theme.radius
    color: Theme.errorBackground

    ColumnLayout {
        id: errorLayout

        anchors.fill: parent
        anchors.margins: 8

        Label {
            objectName: "errorTitle"
            text: AnswerLabels.errorTitle(root.errorKind)
            font.bold: true
            color: Theme.errorText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            text: root.errorMessage
            textFormat: Text.PlainText
            color: Theme.errorText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        // Under the text, not beside it: a wrapped text next to buttons makes the layout
        // measure again and again.
        Row {
            spacing: Theme.spacing / 2
            visible: AnswerLabels.settingsCanFix(root.errorKind) || root.canRetry || withoutButton.visible

            Button {
                objectName: "errorSettingsButton"
                text: qsTr("Open settings")
                visible: AnswerLabels.settingsCanFix(root.errorKind)
                onClicked: root.settingsRequested()
                Accessible.name: qsTr("Open settings to fix this")
                Accessible.onPressAction: clicked()
            }
            Button {
                id: withoutButton

                objectName: "withoutAttachmentsButton"
                text: qsTr("Send without attachments")
                visible: root.errorKind === Failure.Attachment && root.canRetry
                onClicked: root.withoutAttachmentsRequested()
                Accessible.name: qsTr("Send without attachments")
            }
            Button {
                objectName: "retryButton"
                text: qsTr("Retry")
                visible: root.canRetry
                onClicked: root.retryRequested()
                Accessible.name: qsTr("Retry this answer")
                Accessible.onPressAction: clicked()
            }
        }
    }
}
