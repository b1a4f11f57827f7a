// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Providers
import QtQuick.Controls
import QtQuick.Layouts

// Adds or edits one provider (ProviderService.draft): preset, name, base URL, key, extra
// headers, a connection test and the default model. The form scrolls; Save and Cancel stay in
// view below it.
ColumnLayout {
    id: root

    required property ProviderService service
    readonly property ProviderDraft draft: root.service.draft

    // Saved, or cancelled: the caller goes back to the list.
    signal finished

    // Opening the form: the focus goes to its first field.
    function focusFirst() {
        presetBox.forceActiveFocus(Qt.TabFocusReason);
    }

    // Cancel (or Esc): leaves without saving.
    function cancel() {
        root.draft.cancelTest();
        root.finished();
    }

    spacing: Theme.spacing

    Connections {
        target: root.draft
        function onSaved() {
            root.finished();
        }
    }

    ScrollView {
        id: form

        Layout.fillWidth: true
        Layout.fillHeight: true
        contentWidth: availableWidth

        ColumnLayout {
            width: form.availableWidth
            spacing: Theme.spacing

            Label {
                text: root.draft.isNew ? qsTr("Add a provider") : qsTr("Edit %1").arg(root.draft.name)
                font.pointSize: Theme.fontSize * 1.4
                font.bold: true
                color: Theme.text
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing

                Label {
                    text: qsTr("Provider")
                    color: Theme.text
                }
                ComboBox {
                    id: presetBox

                    objectName: "presetBox"
                    Layout.fillWidth: true
                    model: root.service.presets
                    textRole: "name"
                    valueRole: "presetId"
                    currentIndex: root.service.presets.indexOf(root.draft.presetId)
                    onActivated: root.draft.presetId = currentValue
                    Accessible.name: qsTr("Provider")
                    // The style's text field inside is for editable boxes only.
                    Component.onCompleted: contentItem.Accessible.ignored = true
                }
                Label {
                    text: qsTr("Name")
                    color: Theme.text
                }
                TextField {
                    objectName: "nameField"
                    Layout.fillWidth: true
                    text: root.draft.name
                    onTextEdited: root.draft.name = text
                    Accessible.name: qsTr("Provider name")
                }
                Label {
                    text: qsTr("Base URL")
                    color: Theme.text
                }
                TextField {
                    objectName: "baseUrlField"
                    Layout.fillWidth: true
                    text: root.draft.baseUrl
                    placeholderText: root.draft.isCustom ? qsTr("e.g. http://localhost:8080/v1") : root.draft.defaultBaseUrl
                    inputMethodHints: Qt.ImhUrlCharactersOnly
                    onTextEdited: root.draft.baseUrl = text
                    Accessible.name: qsTr("Base URL")
                    Accessible.description: qsTr("Leave empty for %1").arg(root.draft.defaultBaseUrl)
                }
            }

            ApiKeyStorage {
                Layout.fillWidth: true
                draft: root.draft
                keys: root.service.keys
                settings: root.service.settings
            }

            Label {
                text: qsTr("Extra headers (one “Name: value” per line)")
                color: Theme.text
            }
            TextArea {
                objectName: "headersField"
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                text: root.draft.extraHeaders
                placeholderText: qsTr("X-Title: Confab")
                wrapMode: TextEdit.NoWrap
                onTextChanged: if (text !== root.draft.extraHeaders)
                    root.draft.extraHeaders = text
                Accessible.name: qsTr("Extra headers")
            }

            RowLayout {
                Layout.fillWidth: true

                Button {
                    objectName: "testButton"
                    text: root.draft.testState === ProviderDraft.Testing ? qsTr("Cancel test") : qsTr("Test connection")
                    onClicked: root.draft.testState === ProviderDraft.Testing ? root.draft.cancelTest() : root.draft.testConnection()
                    Accessible.name: text
                    Accessible.onPressAction: clicked()
                }
                BusyIndicator {
                    objectName: "testBusy"
                    running: root.draft.testState === ProviderDraft.Testing
                    visible: running
                    Layout.preferredWidth: 28
                    Layout.preferredHeight: 28
                    Accessible.name: qsTr("Testing the connection")
                }
                Label {
                    objectName: "testResult"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: root.draft.testMessage
                    color: root.draft.testState === ProviderDraft.Failed ? Theme.errorText : Theme.text
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }

            Label {
                text: root.draft.defaultModel.length > 0 ? qsTr("Default model: %1").arg(root.draft.defaultModel) : qsTr("Default model: the first one the server lists")
                color: Theme.text
            }
            ModelPicker {
                objectName: "defaultModelPicker"
                Layout.fillWidth: true
                Layout.preferredHeight: 220
                models: root.draft.models
                currentModel: root.draft.defaultModel
                onModelChosen: modelId => root.draft.defaultModel = modelId
            }
        }
    }

    Label {
        objectName: "validationError"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: text.length > 0
        text: root.draft.saveError.length > 0 ? root.draft.saveError : root.draft.validationError
        color: root.draft.saveError.length > 0 ? Theme.errorText : Theme.subtleText
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    RowLayout {
        Layout.fillWidth: true

        Item {
            Layout.fillWidth: true
        }
        Button {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            onClicked: root.cancel()
            Accessible.name: text
            Accessible.onPressAction: clicked()
        }
        Button {
            objectName: "saveButton"
            text: root.draft.saving ? qsTr("Saving…") : qsTr("Save")
            highlighted: true
            enabled: root.draft.validationError.length === 0 && !root.draft.saving
            onClicked: root.draft.save()
            Accessible.name: qsTr("Save the provider")
            Accessible.description: enabled ? "" : A11y.unavailable
            Accessible.onPressAction: clicked()
        }
    }
}
