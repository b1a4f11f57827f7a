// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Providers
import QtQuick.Controls
import QtQuick.Layouts

// The provider form's connection test and default model: the test fills the model list.
SettingsSection {
    id: root

    required property ProviderDraft draft

    title: qsTr("Connection test and default model")
    description: qsTr("The test asks the server for its models, with the values as typed.")

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Button {
            id: testButton

            objectName: "testButton"
            text: root.draft.testState === ProviderDraft.Testing ? qsTr("Cancel test") : qsTr("Test connection")
            icon.name: root.draft.testState === ProviderDraft.Testing ? "process-stop" : "network-server"
            icon.color: testButton.palette.buttonText
            onClicked: root.draft.testState === ProviderDraft.Testing ? root.draft.cancelTest() : root.draft.testConnection()
            Accessible.name: text
            Accessible.onPressAction: clicked()
        }
        SteppedBusyIndicator {
            objectName: "testBusy"
            running: root.draft.testState === ProviderDraft.Testing
            visible: running
            Layout.preferredWidth: Theme.iconSize
            Layout.preferredHeight: Theme.iconSize
            Accessible.name: qsTr("Testing the connection")
        }
        Label {
            objectName: "testResult"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: root.draft.testMessage
            color: root.draft.testState === ProviderDraft.Failed ? Theme.errorText : root.draft.testState === ProviderDraft.Succeeded ? Theme.successText : Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: root.draft.defaultModel.length > 0 ? qsTr("Default model: %1").arg(root.draft.defaultModel) : qsTr("Default model: the first one the server lists")
        color: Theme.text
    }
    ModelPicker {
        objectName: "defaultModelPicker"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.pickerHeight
        models: root.draft.models
        currentModel: root.draft.defaultModel
        onModelChosen: modelId => root.draft.defaultModel = modelId
    }
}
