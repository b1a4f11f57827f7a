// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// What an empty window says: how to configure a provider, or what to do next.
ColumnLayout {
    id: root

    property bool configured: false
    property string missingSetting
    property string modelName
    property string endpointHost

    spacing: Theme.spacing

    Label {
        objectName: "emptyTitle"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pointSize: Theme.fontSize * 1.6
        font.bold: true
        color: Theme.text
        text: root.configured ? qsTr("What can I help with?") : qsTr("No provider is configured")
    }
    Label {
        objectName: "emptyHint"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.subtleText
        textFormat: Text.PlainText
        text: root.configured ? qsTr("Answers from %1 at %2 stream in here. Press Enter to send, Shift+Enter for a new line, Esc to stop.").arg(root.modelName).arg(root.endpointHost) : qsTr("Open Settings (Ctrl+,) and add a provider: OpenAI, Anthropic, Google Gemini, Ollama, LM Studio, llama.cpp, OpenRouter or any OpenAI-compatible server.")
    }
}
