// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// One configured provider in the settings list, with edit, default and a confirmed delete.
Frame {
    id: root

    required property string providerId
    required property string name
    required property string presetName
    required property string baseUrl
    required property string defaultModel
    required property bool isDefault

    property bool confirmingDelete: false

    signal editRequested(string providerId)
    signal deleteConfirmed(string providerId)
    signal makeDefaultRequested(string providerId)

    // After Edit: the focus comes back to the Edit button.
    function focusEdit() {
        editButton.forceActiveFocus(Qt.TabFocusReason);
    }

    objectName: "provider_" + root.providerId
    padding: Theme.spacingM
    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surfaceRaised
        border.color: root.isDefault ? Theme.accent : Theme.border
    }
    Accessible.role: Accessible.ListItem
    Accessible.name: root.name

    RowLayout {
        anchors.fill: parent

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXxs

            Label {
                text: root.isDefault ? qsTr("%1 (default)").arg(root.name) : root.name
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: root.defaultModel.length > 0 ? qsTr("%1 · %2 · %3").arg(root.presetName).arg(root.baseUrl).arg(root.defaultModel) : qsTr("%1 · %2").arg(root.presetName).arg(root.baseUrl)
                color: Theme.subtleText
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
        }
        Button {
            id: makeDefaultButton

            objectName: "makeDefault"
            visible: !root.isDefault && !root.confirmingDelete
            text: qsTr("Make default")
            icon.name: "object-select"
            icon.color: makeDefaultButton.palette.buttonText
            onClicked: root.makeDefaultRequested(root.providerId)
            Accessible.name: qsTr("Make default: %1").arg(root.name)
            Accessible.onPressAction: clicked()
        }
        Button {
            id: editButton

            objectName: "editProvider"
            visible: !root.confirmingDelete
            text: qsTr("Edit")
            icon.name: "document-edit"
            icon.color: editButton.palette.buttonText
            onClicked: root.editRequested(root.providerId)
            Accessible.name: qsTr("Edit %1").arg(root.name)
            Accessible.onPressAction: clicked()
        }
        Button {
            id: deleteButton

            objectName: "deleteProvider"
            visible: !root.confirmingDelete
            text: qsTr("Delete")
            icon.name: "edit-delete"
            icon.color: deleteButton.palette.buttonText
            onClicked: {
                root.confirmingDelete = true;
                keepButton.forceActiveFocus(Qt.TabFocusReason);
            }
            Accessible.name: qsTr("Delete %1").arg(root.name)
            Accessible.onPressAction: clicked()
        }
        Label {
            visible: root.confirmingDelete
            text: qsTr("Delete it and its key?")
            color: Theme.errorText
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Button {
            id: confirmDeleteButton

            objectName: "confirmDelete"
            visible: root.confirmingDelete
            text: qsTr("Delete")
            icon.name: "edit-delete"
            icon.color: confirmDeleteButton.palette.buttonText
            onClicked: root.deleteConfirmed(root.providerId)
            Accessible.name: qsTr("Delete %1 and its key").arg(root.name)
            Accessible.onPressAction: clicked()
        }
        Button {
            id: keepButton

            objectName: "cancelDelete"
            visible: root.confirmingDelete
            text: qsTr("Keep")
            icon.name: "go-previous"
            icon.color: keepButton.palette.buttonText
            onClicked: {
                root.confirmingDelete = false;
                deleteButton.forceActiveFocus(Qt.TabFocusReason);
            }
            Accessible.name: qsTr("Keep %1").arg(root.name)
            Accessible.onPressAction: clicked()
        }
    }
}
