// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Chat
import QtQuick.Controls
import QtQuick.Layouts

// The attachments waiting above the composer, as chips, and what stands in the way of sending
// them (a model that reads no images) with the ways forward.
ColumnLayout {
    id: root

    required property ChatController chat
    readonly property PendingAttachments attachments: root.chat.attachments

    signal sendWithoutImagesRequested

    spacing: 4
    visible: root.attachments.count > 0

    Rectangle {
        objectName: "attachmentNotice"
        visible: root.chat.attachmentNotice.length > 0
        color: Theme.warningBackground
        radius: 6
        Layout.fillWidth: true
        implicitHeight: noticeRow.implicitHeight + 8

        RowLayout {
            id: noticeRow

            anchors.fill: parent
            anchors.margins: 4

            Label {
                text: root.chat.attachmentNotice
                color: Theme.warningText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "sendWithoutImagesButton"
                text: qsTr("Send without the images")
                onClicked: root.sendWithoutImagesRequested()
                Accessible.name: qsTr("Send without the images")
            }
            Button {
                text: qsTr("Remove the images")
                onClicked: root.attachments.removeImages()
                Accessible.name: qsTr("Remove the images")
            }
        }
    }

    Flow {
        objectName: "attachmentChips"
        spacing: 6
        Layout.fillWidth: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Attachments")

        Repeater {
            model: root.attachments

            AttachmentChip {
                id: chip

                required property int index
                required property var model

                objectName: "attachmentChip"
                name: chip.model.name
                kind: chip.model.kind
                sha256: chip.model.sha256
                pdfAsText: chip.model.pdfAsText
                problemText: chip.model.problemText
                // The size as it will be sent, once known; the file's until then. A PDF the
                // provider does not read (or the user wants as text) goes as its text.
                readonly property string bytesText: Qt.locale().formattedDataSize(chip.model.sentBytes >= 0 ? chip.model.sentBytes : chip.model.size)
                sizeText: chip.kind === Attachment.Pdf && (chip.pdfAsText || !root.attachments.documentsSupported) ? qsTr("%1 of text").arg(chip.bytesText) : chip.bytesText
                preparing: chip.model.state === PendingAttachments.Preparing
                removable: true
                pdfToggle: chip.kind === Attachment.Pdf && root.attachments.documentsSupported && chip.model.state === PendingAttachments.Ready
                onRemoveRequested: root.attachments.remove(chip.index)
                onPdfAsTextToggled: asText => root.attachments.setPdfAsText(chip.index, asText)
            }
        }
    }
}
