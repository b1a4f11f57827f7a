// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Providers
import QtQuick.Controls
import QtQuick.Layouts

// The welcome page's short form for one preset: only what it needs (a key for a service, the
// address for another OpenAI-compatible server, nothing for a server on this computer).
// "Connect" tests the connection and saves the provider when it works.
ColumnLayout {
    id: root

    required property ProviderDraft draft
    required property ApiKeys keys
    // The preset's one line (from the card).
    property string description

    // Back to the cards (Back or Esc).
    signal backRequested

    function focusFirst() {
        if (urlField.visible)
            urlField.forceActiveFocus(Qt.TabFocusReason);
        else if (keyField.visible)
            keyField.forceActiveFocus(Qt.TabFocusReason);
        else
            connectButton.forceActiveFocus(Qt.TabFocusReason);
    }

    spacing: Theme.spacingM

    ToolButton {
        id: backButton

        objectName: "quickSetupBack"
        text: qsTr("Back")
        icon.name: "go-previous"
        icon.color: backButton.palette.buttonText
        onClicked: {
            root.draft.cancelTest();
            root.backRequested();
        }
        Accessible.name: qsTr("Back to the list of providers")
        Accessible.onPressAction: clicked()
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Connect to %1").arg(root.draft.presetName)
        font.pointSize: Theme.fontSizeTitle
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        visible: root.description.length > 0
        text: root.description
        color: Theme.subtleText
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: root.draft.isLocal
        text: qsTr("Confab connects to %1 on this computer. Start the server first; no key is needed.").arg(root.draft.defaultBaseUrl)
        color: Theme.text
        wrapMode: Text.Wrap
    }

    Label {
        visible: urlField.visible
        text: qsTr("Server address")
        color: Theme.text
    }
    TextField {
        id: urlField

        objectName: "quickBaseUrl"
        Layout.fillWidth: true
        visible: root.draft.isCustom
        text: root.draft.baseUrl
        placeholderText: qsTr("e.g. http://localhost:8080/v1")
        inputMethodHints: Qt.ImhUrlCharactersOnly
        onTextEdited: root.draft.baseUrl = text
        Accessible.name: qsTr("Server address")
    }
    Label {
        visible: keyField.visible
        text: qsTr("API key")
        color: Theme.text
    }
    TextField {
        id: keyField

        objectName: "quickApiKey"
        Layout.fillWidth: true
        visible: !root.draft.isLocal && root.draft.keyMode !== ApiKeys.Environment
        echoMode: TextInput.Password
        text: root.draft.apiKey
        // Qt reports no name for a password field: the placeholder (its description) says it.
        placeholderText: root.draft.needsKey ? qsTr("Paste the API key from the provider's website") : qsTr("API key: optional, only if the server asks for one")
        onTextEdited: root.draft.apiKey = text
        onAccepted: root.draft.testAndSave()
        Accessible.name: qsTr("API key")
    }
    Label {
        objectName: "quickKeyPlace"
        Layout.fillWidth: true
        visible: !root.draft.isLocal
        wrapMode: Text.Wrap
        color: root.draft.keyMode === ApiKeys.Session ? Theme.warningText : Theme.subtleText
        text: {
            switch (root.draft.keyMode) {
            case ApiKeys.Environment:
                return qsTr("The key is read from %1, which is set.").arg(root.draft.keyEnvVar);
            case ApiKeys.Session:
                return qsTr("No keychain is available here: the key is kept until Confab quits. Settings has other places for it.");
            default:
                return qsTr("The key is kept in the system keychain.");
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Button {
            id: connectButton

            objectName: "quickConnect"
            text: qsTr("Connect")
            highlighted: true
            icon.name: "dialog-ok"
            icon.color: connectButton.palette.buttonText
            enabled: !root.draft.saving && root.draft.testState !== ProviderDraft.Testing
            onClicked: root.draft.testAndSave()
            Accessible.name: qsTr("Connect and save")
            Accessible.description: enabled ? qsTr("Tests the connection, then saves the provider") : A11y.unavailable
            Accessible.onPressAction: clicked()
        }
        Button {
            id: saveAnyway

            objectName: "quickSaveAnyway"
            visible: root.draft.testState === ProviderDraft.Failed
            text: qsTr("Save anyway")
            icon.name: "document-save"
            icon.color: saveAnyway.palette.buttonText
            onClicked: root.draft.save()
            Accessible.name: text
            Accessible.onPressAction: clicked()
        }
        SteppedBusyIndicator {
            objectName: "quickTesting"
            Accessible.name: qsTr("Testing the connection")
            running: root.draft.testState === ProviderDraft.Testing || root.draft.saving
            visible: running
            Layout.preferredWidth: Theme.iconSize
            Layout.preferredHeight: Theme.iconSize
        }
    }
    Label {
        objectName: "quickResult"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        text: root.draft.saveError.length > 0 ? root.draft.saveError : root.draft.testMessage
        color: root.draft.saveError.length > 0 || root.draft.testState === ProviderDraft.Failed ? Theme.errorText : root.draft.testState === ProviderDraft.Succeeded ? Theme.successText : Theme.subtleText
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Item {
        Layout.fillHeight: true
    }
}
