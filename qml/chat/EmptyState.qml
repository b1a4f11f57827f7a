// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts

// What an empty window says, centred under the app icon as on the welcome page: who answers
// (the provider, its model and where it runs) and how to start, or how to configure a provider.
ColumnLayout {
    id: root

    property bool configured: false
    property string missingSetting
    property string modelName
    property string endpointHost
    // "Provider / model", as the header shows it.
    property string targetName

    spacing: Theme.spacingM

    Image {
        Layout.alignment: Qt.AlignHCenter
        source: "qrc:/icons/io.github.confabchat.Confab.svg"
        Layout.preferredWidth: Theme.appIconSize
        Layout.preferredHeight: Theme.appIconSize
        sourceSize.width: Theme.appIconSize
        sourceSize.height: Theme.appIconSize
        opacity: root.configured ? 1 : 0.6
        Accessible.ignored: true
    }
    Label {
        objectName: "emptyTitle"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pointSize: Theme.fontSizeDisplay
        font.bold: true
        color: Theme.text
        text: root.configured ? qsTr("What can I help with?") : qsTr("No provider is configured")
    }
    // Who answers: a pill with the provider and model, and the host they run on.
    Rectangle {
        objectName: "emptyTarget"
        visible: root.configured
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: root.width
        implicitWidth: targetRow.implicitWidth + 2 * Theme.spacingM
        implicitHeight: targetRow.implicitHeight + 2 * Theme.spacingXs
        radius: height / 2
        color: Theme.accentSubtle
        border.color: Theme.border

        RowLayout {
            id: targetRow

            anchors.fill: parent
            anchors.leftMargin: Theme.spacingM
            anchors.rightMargin: Theme.spacingM
            spacing: Theme.spacingS

            IconImage {
                name: "network-server"
                color: Theme.accent
                sourceSize.width: Theme.iconSizeSmall
                sourceSize.height: Theme.iconSizeSmall
                Accessible.ignored: true
            }
            Label {
                objectName: "emptyTargetText"
                Layout.fillWidth: true
                text: root.endpointHost.length > 0 ? qsTr("%1 · %2").arg(root.targetName.length > 0 ? root.targetName : root.modelName).arg(root.endpointHost) : (root.targetName.length > 0 ? root.targetName : root.modelName)
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                color: Theme.text
            }
        }
    }
    Label {
        objectName: "emptyHint"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingXs
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.subtleText
        textFormat: Text.PlainText
        text: root.configured ? qsTr("Press Enter to send, Shift+Enter for a new line and Esc to stop. F1 lists every shortcut.") : qsTr("Open Settings (Ctrl+,) and add a provider: OpenAI, Anthropic, Google Gemini, Ollama, LM Studio, llama.cpp, OpenRouter or any OpenAI-compatible server.")
    }
}
