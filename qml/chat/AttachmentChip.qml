// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.Chat
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts

// One attachment: a thumbnail (or the file's kind), its name and size, and what can be done
// with it. In the composer it can be removed (its button, or Delete/Backspace when it has the
// focus) and a PDF switched between the provider reading it and its text; in a question it
// opens the larger view. Failed files say why.
Rectangle {
    id: root

    property string name
    property int kind: Attachment.Text
    property string sha256
    property string sizeText
    property bool preparing: false
    property string problemText
    property bool removable: false
    property bool pdfAsText: false
    property bool pdfToggle: false
    property bool large: false

    signal removeRequested
    signal openRequested
    signal pdfAsTextToggled(bool asText)

    readonly property bool hasThumbnail: root.kind === Attachment.Image && root.sha256.length > 0
    readonly property string kindLabel: root.kind === Attachment.Image ? qsTr("Image") : root.kind === Attachment.Pdf ? qsTr("PDF") : qsTr("Text file")

    readonly property bool failed: root.problemText.length > 0

    implicitWidth: Math.min(layout.implicitWidth + 2 * Theme.spacingXs, 320)
    implicitHeight: layout.implicitHeight + 2 * Theme.spacingXs
    radius: Theme.radiusL
    color: root.failed ? Theme.errorBackground : Theme.surfaceRaised
    border.color: root.activeFocus ? Theme.focusRing : Theme.border
    border.width: root.activeFocus ? 2 : 1
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: root.problemText.length > 0 ? root.problemText : qsTr("%1, %2, %3").arg(root.name).arg(root.kindLabel).arg(root.preparing ? qsTr("reading…") : root.sizeText)
    Accessible.onPressAction: root.openRequested()
    Keys.onPressed: event => {
        if (root.removable && (event.key === Qt.Key_Delete || event.key === Qt.Key_Backspace)) {
            root.removeRequested();
            event.accepted = true;
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space) {
            root.openRequested();
            event.accepted = true;
        }
    }

    MouseArea {
        anchors.fill: parent
        cursorShape: root.hasThumbnail ? Qt.PointingHandCursor : Qt.ArrowCursor
        onClicked: root.openRequested()
    }

    RowLayout {
        id: layout

        anchors.fill: parent
        anchors.leftMargin: Theme.spacingXs
        anchors.rightMargin: Theme.spacingXs
        anchors.topMargin: Theme.spacingXs
        anchors.bottomMargin: Theme.spacingXs
        spacing: Theme.spacingS

        Image {
            objectName: "attachmentThumbnail"
            visible: root.hasThumbnail
            source: root.hasThumbnail ? "image://attachments/thumb/" + root.sha256 : ""
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            sourceSize.width: 320
            sourceSize.height: 320
            Layout.preferredWidth: root.large ? 160 : Theme.iconSizeLarge + Theme.spacingS
            Layout.preferredHeight: root.large ? 120 : Theme.iconSizeLarge + Theme.spacingS
            Accessible.ignored: true
        }
        // The file's kind as an icon on a tinted tile where there is no picture.
        Rectangle {
            visible: !root.hasThumbnail
            radius: Theme.radiusM
            color: root.failed ? Theme.errorText : Theme.accentSubtle
            Layout.preferredWidth: Theme.iconSizeLarge
            Layout.preferredHeight: Theme.iconSizeLarge
            Accessible.ignored: true

            IconImage {
                anchors.centerIn: parent
                name: root.failed ? "dialog-error" : root.kind === Attachment.Image ? "image-x-generic" : "text-x-generic"
                color: root.failed ? Theme.errorBackground : Theme.accent
                sourceSize.width: Theme.iconSize
                sourceSize.height: Theme.iconSize
            }
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true

            Label {
                objectName: "attachmentName"
                text: root.name
                elide: Text.ElideMiddle
                color: Theme.text
                Layout.maximumWidth: 180
                Accessible.ignored: true
            }
            Label {
                objectName: "attachmentDetail"
                text: root.failed ? root.problemText : root.preparing ? qsTr("reading…") : root.sizeText
                color: root.failed ? Theme.errorText : Theme.subtleText
                font.pointSize: Theme.fontSizeCaption
                wrapMode: Text.Wrap
                Layout.maximumWidth: 200
                Accessible.ignored: true
            }
        }
        ToolButton {
            objectName: "pdfModeButton"
            visible: root.pdfToggle
            text: root.pdfAsText ? qsTr("As text") : qsTr("As PDF")
            font.pointSize: Theme.fontSizeCaption
            onClicked: root.pdfAsTextToggled(!root.pdfAsText)
            Accessible.name: root.pdfAsText ? qsTr("%1 goes as its text: send it as a PDF").arg(root.name) : qsTr("%1 goes as a PDF: send its text instead").arg(root.name)
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
        }
        IconToolButton {
            objectName: "removeAttachmentButton"
            visible: root.removable
            text: qsTr("Remove %1").arg(root.name)
            icon.name: "window-close"
            Layout.alignment: Qt.AlignVCenter
            onClicked: root.removeRequested()
        }
    }
}
