// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Chat
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts

// The attachments waiting above the composer, as chips, and what stands in the way of sending
// them (a model that reads no images) with the ways forward.
ColumnLayout {
    id: root

    required property ChatController chat
    readonly property PendingAttachments attachments: root.chat.attachments

    signal sendWithoutImagesRequested

    spacing: Theme.spacingXs
    visible: root.attachments.count > 0

    Rectangle {
        objectName: "attachmentNotice"
        visible: root.chat.attachmentNotice.length > 0
        color: Theme.warningBackground
        radius: Theme.radiusL
        Layout.fillWidth: true
        implicitHeight: noticeRow.implicitHeight + 2 * Theme.spacingS

        RowLayout {
            id: noticeRow

            anchors.fill: parent
            anchors.margins: Theme.spacingS
            spacing: Theme.spacingS

            IconImage {
                name: "dialog-warning"
                color: Theme.warningText
                sourceSize.width: Theme.iconSizeSmall
                sourceSize.height: Theme.iconSizeSmall
                Layout.alignment: Qt.AlignTop
                Accessible.ignored: true
            }
            Label {
                text: root.chat.attachmentNotice
                color: Theme.warningText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                id: sendWithout

                objectName: "sendWithoutImagesButton"
                text: qsTr("Send without the images")
                icon.name: "mail-send"
                icon.color: sendWithout.palette.buttonText
                onClicked: root.sendWithoutImagesRequested()
                Accessible.name: qsTr("Send without the images")
            }
            Button {
                id: removeImages

                text: qsTr("Remove the images")
                icon.name: "edit-delete"
                icon.color: removeImages.palette.buttonText
                onClicked: root.attachments.removeImages()
                Accessible.name: qsTr("Remove the images")
            }
        }
    }

    Flow {
        objectName: "attachmentChips"
        spacing: Theme.spacingS
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
