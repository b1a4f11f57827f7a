// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab
import QtQuick.Controls

ApplicationWindow {
    id: root

    required property ChatController chat

    width: 960
    height: 720
    minimumWidth: 420
    minimumHeight: 360
    // Shown by the application once its saved size and position are restored.
    visible: false
    title: root.chat.configured ? qsTr("Confab — %1").arg(root.chat.modelName) : qsTr("Confab")
    color: Theme.background

    ChatPage {
        anchors.fill: parent
        chat: root.chat
    }
}
