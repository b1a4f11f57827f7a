// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.Providers
import Confab.Chat
import Confab.Tools
import QtQuick.Controls
import QtQuick.Layouts

// The bar above the conversation: the model (a button that opens the switcher), the endpoint,
// New chat, Parameters, Settings and the shortcuts.
ToolBar {
    id: root

    required property ChatController chat
    property ProviderService providers: null

    signal modelSwitchRequested
    signal parametersRequested
    signal settingsRequested
    signal toolSettingsRequested
    signal shortcutsRequested

    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing

        ToolButton {
            id: modelButton

            objectName: "modelButton"
            text: (root.chat.configured ? root.chat.targetName : (root.chat.targetError || qsTr("Not configured"))) + (modelButton.enabled ? "  ▾" : "")
            font.bold: true
            enabled: root.providers !== null && root.chat.parameters.providerId.length > 0
            Layout.fillWidth: true
            // Rounded up: the layout rounds a fractional width down, and the text would lose
            // its last characters (the ▾) to elision.
            Layout.maximumWidth: Math.ceil(implicitWidth)
            onClicked: root.modelSwitchRequested()
            // The name without the ▾.
            Accessible.name: qsTr("Model: %1").arg(root.chat.configured ? root.chat.targetName : (root.chat.targetError || qsTr("Not configured")))
            Accessible.description: enabled ? qsTr("Choose another provider or model") : A11y.unavailable
            Accessible.onPressAction: clicked()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Switch the provider or model for this conversation")
        }
        Item {
            Layout.fillWidth: true
        }
        Label {
            text: root.chat.endpointHost
            color: Theme.subtleText
            visible: root.chat.configured
        }
        ToolButton {
            objectName: "newChatButton"
            text: qsTr("New chat")
            enabled: root.chat.messages.count > 0
            onClicked: root.chat.newConversation()
            Accessible.name: qsTr("New chat")
            Accessible.description: enabled ? "" : A11y.unavailable
            Accessible.onPressAction: clicked()
        }
        ConversationTools {
            visible: root.chat.toolSelection !== null && root.chat.toolSelection.count > 0
            selection: root.chat.toolSelection
            onSettingsRequested: root.toolSettingsRequested()
        }
        ToolButton {
            objectName: "parametersButton"
            text: qsTr("Parameters")
            visible: root.providers !== null
            onClicked: root.parametersRequested()
            Accessible.name: qsTr("Parameters")
            Accessible.description: qsTr("The system prompt and parameters of this conversation")
            Accessible.onPressAction: clicked()
        }
        ToolButton {
            objectName: "settingsButton"
            text: qsTr("Settings")
            onClicked: root.settingsRequested()
            Accessible.name: qsTr("Settings")
            Accessible.onPressAction: clicked()
        }
        ToolButton {
            text: "?"
            onClicked: root.shortcutsRequested()
            Accessible.name: qsTr("Keyboard shortcuts")
            Accessible.onPressAction: clicked()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Keyboard shortcuts (F1)")
        }
    }
}
