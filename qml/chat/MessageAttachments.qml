// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Chat

// A question's attachments in its bubble: image thumbnails that open the larger view, files
// with their name and size. While the question is edited they can be left out of the new
// version (dropped holds their hashes).
Flow {
    id: root

    required property var attachments
    property bool editing: false
    property var dropped: []

    signal openRequested(string sha256, string name)

    spacing: 6
    visible: root.attachments.length > 0
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Attachments")

    Repeater {
        model: root.attachments

        AttachmentChip {
            id: chip

            required property var modelData
            readonly property bool droppedHere: root.dropped.indexOf(chip.modelData.sha256) >= 0

            objectName: "questionAttachment"
            name: chip.modelData.name
            kind: chip.modelData.kind
            sha256: chip.modelData.sha256
            sizeText: Qt.locale().formattedDataSize(chip.modelData.size)
            large: chip.kind === Attachment.Image && !root.editing
            removable: root.editing && !chip.droppedHere
            opacity: chip.droppedHere ? 0.4 : 1
            onOpenRequested: {
                if (chip.droppedHere)
                    root.dropped = root.dropped.filter(h => h !== chip.sha256);
                else if (chip.kind === Attachment.Image && !root.editing)
                    root.openRequested(chip.sha256, chip.name);
            }
            onRemoveRequested: root.dropped = root.dropped.concat([chip.sha256])
        }
    }
}
