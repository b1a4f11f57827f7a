// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Providers
import QtQuick.Controls
import QtQuick.Layouts

// Adds or edits one provider (ProviderService.draft) in sections: the connection (preset, name,
// and the base URL of a custom server), the API key (not for local servers), the connection test
// and the default model, then "Advanced" folded (base URL override, extra headers, a local
// server's key). The form scrolls; Save and Cancel stay in view below it.
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
            width: Math.min(form.availableWidth, Theme.pageWidth)
            spacing: Theme.spacingXl

            Label {
                Layout.fillWidth: true
                text: root.draft.isNew ? qsTr("Add a provider") : qsTr("Edit %1").arg(root.draft.name)
                font.pointSize: Theme.fontSizeTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            SettingsSection {
                Layout.fillWidth: true
                title: qsTr("Connection")
                description: root.draft.isLocal ? qsTr("A server on this computer: Confab finds it at its usual address.") : root.draft.isCustom ? qsTr("Any server that speaks the OpenAI chat API: give its address.") : qsTr("A service on the internet: it needs an API key from its website.")

                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: Theme.spacingM
                    rowSpacing: Theme.spacingS

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
                        visible: root.draft.isCustom
                        text: qsTr("Base URL")
                        color: Theme.text
                    }
                    TextField {
                        objectName: "baseUrlField"
                        Layout.fillWidth: true
                        visible: root.draft.isCustom
                        text: root.draft.baseUrl
                        placeholderText: qsTr("e.g. http://localhost:8080/v1")
                        inputMethodHints: Qt.ImhUrlCharactersOnly
                        onTextEdited: root.draft.baseUrl = text
                        Accessible.name: qsTr("Base URL")
                    }
                }
            }

            SettingsSection {
                Layout.fillWidth: true
                visible: !root.draft.isLocal || advanced.checked
                title: qsTr("API key")
                description: root.draft.isLocal ? qsTr("Only if the server was started with one.") : qsTr("Where the key is kept: it never goes into the settings file.")

                ApiKeyStorage {
                    Layout.fillWidth: true
                    draft: root.draft
                    keys: root.service.keys
                    settings: root.service.settings
                }
            }

            ProviderModelSection {
                Layout.fillWidth: true
                draft: root.draft
            }

            Button {
                id: advanced

                objectName: "advancedToggle"
                checkable: true
                flat: true
                text: qsTr("Advanced")
                icon.name: checked ? "pan-up" : "pan-down"
                icon.color: advanced.palette.buttonText
                Accessible.name: checked ? qsTr("Advanced: shown") : qsTr("Advanced: hidden")
                Accessible.onPressAction: toggle()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Base URL, extra headers, and a key for local servers")
            }
            SettingsSection {
                Layout.fillWidth: true
                visible: advanced.checked
                title: qsTr("Advanced")
                description: qsTr("Rarely needed: a different address, or headers a proxy or gateway asks for.")

                Label {
                    visible: !root.draft.isCustom
                    text: qsTr("Base URL")
                    color: Theme.text
                }
                TextField {
                    objectName: "advancedBaseUrlField"
                    Layout.fillWidth: true
                    visible: !root.draft.isCustom
                    text: root.draft.baseUrl
                    placeholderText: root.draft.defaultBaseUrl
                    inputMethodHints: Qt.ImhUrlCharactersOnly
                    onTextEdited: root.draft.baseUrl = text
                    Accessible.name: qsTr("Base URL")
                    Accessible.description: qsTr("Leave empty for %1").arg(root.draft.defaultBaseUrl)
                }
                Label {
                    text: qsTr("Extra headers (one “Name: value” per line)")
                    color: Theme.text
                }
                TextArea {
                    objectName: "headersField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: implicitHeight * 3
                    text: root.draft.extraHeaders
                    placeholderText: qsTr("X-Title: Confab")
                    wrapMode: TextEdit.NoWrap
                    onTextChanged: if (text !== root.draft.extraHeaders)
                        root.draft.extraHeaders = text
                    Accessible.name: qsTr("Extra headers")
                }
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
            id: cancelButton

            objectName: "cancelButton"
            text: qsTr("Cancel")
            icon.name: "window-close"
            icon.color: cancelButton.palette.buttonText
            onClicked: root.cancel()
            Accessible.name: text
            Accessible.onPressAction: clicked()
        }
        Button {
            id: saveButton

            objectName: "saveButton"
            text: root.draft.saving ? qsTr("Saving…") : qsTr("Save")
            highlighted: true
            icon.name: "document-save"
            icon.color: saveButton.palette.buttonText
            enabled: root.draft.validationError.length === 0 && !root.draft.saving
            onClicked: root.draft.save()
            Accessible.name: qsTr("Save the provider")
            Accessible.description: enabled ? "" : A11y.unavailable
            Accessible.onPressAction: clicked()
        }
    }
}
