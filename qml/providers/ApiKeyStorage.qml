// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Providers
import QtQuick.Controls
import QtQuick.Layouts

// The API key field and where the key is kept: the system keychain, or — when there is none —
// this session only, an environment variable, or (after an explicit opt-in) a plain file.
ColumnLayout {
    id: root

    required property ProviderDraft draft
    required property ApiKeys keys
    required property AppSettings settings

    spacing: Theme.spacingXs

    TextField {
        objectName: "apiKeyField"
        Layout.fillWidth: true
        visible: root.draft.keyMode !== ApiKeys.Environment
        echoMode: TextInput.Password
        text: root.draft.apiKey
        // Qt reports no name for a password field and makes the placeholder its description:
        // each placeholder says "API key", so that screen readers hear what the field is for.
        placeholderText: root.draft.hasStoredKey ? qsTr("An API key is stored; type a new one to replace it") : root.draft.needsKey ? qsTr("Paste the API key from the provider's website") : qsTr("API key: optional, only if the server asks for one")
        onTextEdited: root.draft.apiKey = text
        Accessible.name: qsTr("API key")
    }

    Label {
        objectName: "keychainStatus"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: root.keys.keychainState === ApiKeys.Unavailable
        color: Theme.warningText
        text: qsTr("No keychain is available on this system (%1). Keep the key for this session only, or read it from an environment variable.").arg(root.keys.keychainError)
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    Label {
        Layout.topMargin: Theme.spacingS
        text: qsTr("Keep the key")
        font.bold: true
        color: Theme.text
    }
    ButtonGroup {
        id: modes
    }
    // A server that needs no key shows where a typed key would go: the keychain, or this
    // session when there is none (ProviderDraft.setApiKey).
    RadioButton {
        objectName: "keyModeKeychain"
        ButtonGroup.group: modes
        text: enabled ? qsTr("In the system keychain (recommended)") : qsTr("In the system keychain (not available here)")
        enabled: root.keys.keychainState !== ApiKeys.Unavailable
        checked: root.draft.keyMode === ApiKeys.Keychain || (root.draft.keyMode === ApiKeys.None && enabled)
        onClicked: root.draft.keyMode = ApiKeys.Keychain
        Accessible.name: text
        Accessible.description: enabled ? "" : A11y.unavailable
    }
    RadioButton {
        objectName: "keyModeSession"
        ButtonGroup.group: modes
        text: qsTr("For this session only (forgotten when Confab quits)")
        checked: root.draft.keyMode === ApiKeys.Session || (root.draft.keyMode === ApiKeys.None && root.keys.keychainState === ApiKeys.Unavailable)
        onClicked: root.draft.keyMode = ApiKeys.Session
        Accessible.name: text
        Accessible.onPressAction: clicked()
    }
    RadioButton {
        objectName: "keyModeEnvironment"
        ButtonGroup.group: modes
        text: qsTr("Read it from an environment variable")
        checked: root.draft.keyMode === ApiKeys.Environment
        onClicked: root.draft.keyMode = ApiKeys.Environment
        Accessible.name: text
        Accessible.onPressAction: clicked()
    }
    TextField {
        objectName: "keyEnvVarField"
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacingXl
        visible: root.draft.keyMode === ApiKeys.Environment
        text: root.draft.keyEnvVar
        placeholderText: qsTr("Variable name, e.g. OPENAI_API_KEY")
        onTextEdited: root.draft.keyEnvVar = text
        Accessible.name: qsTr("Environment variable with the key")
    }
    Label {
        Layout.leftMargin: Theme.spacingXl
        visible: root.draft.keyMode === ApiKeys.Environment && root.draft.keyEnvVar.length > 0
        color: root.keys.hasEnvironmentVariable(root.draft.keyEnvVar) ? Theme.subtleText : Theme.warningText
        text: root.keys.hasEnvironmentVariable(root.draft.keyEnvVar) ? qsTr("%1 is set.").arg(root.draft.keyEnvVar) : qsTr("%1 is not set in Confab's environment.").arg(root.draft.keyEnvVar)
    }
    RadioButton {
        objectName: "keyModePlaintext"
        ButtonGroup.group: modes
        visible: root.keys.plaintextAllowed
        text: qsTr("In a plain file (not encrypted)")
        checked: root.draft.keyMode === ApiKeys.Plaintext
        onClicked: root.draft.keyMode = ApiKeys.Plaintext
        Accessible.name: text
        Accessible.onPressAction: clicked()
    }
    CheckBox {
        objectName: "allowPlaintext"
        visible: root.keys.keychainState === ApiKeys.Unavailable || root.keys.plaintextAllowed
        text: qsTr("Allow keeping keys in a plain file")
        checked: root.settings.allowPlaintextKeys
        onToggled: root.settings.allowPlaintextKeys = checked
        Accessible.name: text
        Accessible.onPressAction: {
            toggle();
            toggled();
        }
        Accessible.onToggleAction: {
            toggle();
            toggled();
        }
        Accessible.description: root.keys.plaintextWarning
    }
    Label {
        Layout.fillWidth: true
        visible: root.keys.plaintextAllowed
        wrapMode: Text.Wrap
        color: Theme.warningText
        text: root.keys.plaintextWarning
    }
}
