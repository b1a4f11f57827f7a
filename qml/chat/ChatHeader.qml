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

    // Labels beside the icons where the bar has room for them (tooltips always).
    readonly property bool roomy: root.width >= modelButton.implicitWidth + hostLabel.implicitWidth + labelMetrics.advanceWidth(newChatButton.text + parametersButton.text + settingsButton.text) + 8 * Theme.iconSize + 4 * Theme.spacingXl

    FontMetrics {
        id: labelMetrics

        font: newChatButton.font
    }

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
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingS
        spacing: Theme.spacingXxs

        ToolButton {
            id: modelButton

            objectName: "modelButton"
            text: root.chat.configured ? root.chat.targetName : (root.chat.targetError || qsTr("Not configured"))
            font.bold: true
            font.pointSize: Theme.fontSizeBody
            // The arrow after the name: the button opens a list.
            icon.name: modelButton.enabled ? "pan-down" : ""
            icon.color: modelButton.palette.buttonText
            icon.width: Theme.iconSizeSmall
            icon.height: Theme.iconSizeSmall
            LayoutMirroring.enabled: true
            enabled: root.providers !== null && root.chat.parameters.providerId.length > 0
            Layout.fillWidth: true
            // Rounded up: the layout rounds a fractional width down, and the text would lose
            // its last characters to elision.
            Layout.maximumWidth: Math.ceil(implicitWidth)
            onClicked: root.modelSwitchRequested()
            Accessible.name: qsTr("Model: %1").arg(modelButton.text)
            Accessible.description: enabled ? qsTr("Choose another provider or model") : A11y.unavailable
            Accessible.onPressAction: clicked()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Switch the provider or model for this conversation")
            ToolTip.delay: Theme.toolTipDelay
        }
        Item {
            Layout.fillWidth: true
        }
        Label {
            id: hostLabel

            text: root.chat.endpointHost
            color: Theme.subtleText
            font.pointSize: Theme.fontSizeCaption
            visible: root.chat.configured
            rightPadding: Theme.spacingS
        }
        IconToolButton {
            id: newChatButton

            objectName: "newChatButton"
            text: qsTr("New chat")
            toolTip: qsTr("New chat (Ctrl+N)")
            showLabel: root.roomy
            icon.name: "document-new"
            enabled: root.chat.messages.count > 0
            onClicked: root.chat.newConversation()
            Accessible.description: enabled ? "" : A11y.unavailable
        }
        ConversationTools {
            visible: root.chat.toolSelection !== null && root.chat.toolSelection.count > 0
            selection: root.chat.toolSelection
            onSettingsRequested: root.toolSettingsRequested()
        }
        IconToolButton {
            id: parametersButton

            objectName: "parametersButton"
            text: qsTr("Parameters")
            toolTip: qsTr("Parameters: the system prompt, temperature and more")
            showLabel: root.roomy
            icon.name: "document-properties"
            visible: root.providers !== null
            onClicked: root.parametersRequested()
            Accessible.name: qsTr("Parameters")
            Accessible.description: qsTr("The system prompt and parameters of this conversation")
        }
        IconToolButton {
            id: settingsButton

            objectName: "settingsButton"
            text: qsTr("Settings")
            toolTip: qsTr("Settings (Ctrl+,)")
            showLabel: root.roomy
            icon.name: "configure"
            onClicked: root.settingsRequested()
        }
        IconToolButton {
            objectName: "shortcutsButton"
            text: qsTr("Keyboard shortcuts")
            toolTip: qsTr("Keyboard shortcuts (F1)")
            icon.name: "help-contents"
            onClicked: root.shortcutsRequested()
        }
    }
}
