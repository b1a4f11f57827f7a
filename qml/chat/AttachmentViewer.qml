// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// The larger view of an attached image: decoded (on a worker thread) only now, at the size of
// the window, never larger. Esc or the close button ends it.
Popup {
    id: root

    property string sha256
    property string name

    function show(sha256: string, name: string) {
        root.sha256 = sha256;
        root.name = name;
        root.open();
    }

    objectName: "attachmentViewer"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Overlay.overlay ? Overlay.overlay.width * 0.9 : 600
    height: Overlay.overlay ? Overlay.overlay.height * 0.9 : 400
    padding: Theme.spacing
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onClosed: root.sha256 = ""
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true

            Label {
                text: root.name
                color: Theme.text
                font.bold: true
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Button {
                objectName: "closeViewerButton"
                text: qsTr("Close")
                onClicked: root.close()
                Accessible.name: qsTr("Close the image")
            }
        }
        Image {
            id: full

            objectName: "viewerImage"
            source: root.sha256.length > 0 ? "image://attachments/full/" + root.sha256 : ""
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            // At most the popup's size: a 48-megapixel photo is not decoded whole.
            sourceSize.width: Math.max(64, Math.round(root.width))
            sourceSize.height: Math.max(64, Math.round(root.height))
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.Graphic
            Accessible.name: root.name

            BusyIndicator {
                anchors.centerIn: parent
                running: full.status === Image.Loading
            }
            Label {
                anchors.centerIn: parent
                visible: full.status === Image.Error
                text: qsTr("The image could not be shown.")
                color: Theme.errorText
            }
        }
    }
}
