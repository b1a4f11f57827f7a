// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import QtQuick.Controls

// The round ↓ button that shows while the conversation is scrolled away from its end, and
// scrolls back there (and follows the stream again).
RoundButton {
    id: root

    required property MessageList list

    visible: root.list.count > 0 && !root.list.following && !root.list.atYEnd
    text: qsTr("Jump to the latest message")
    display: AbstractButton.IconOnly
    icon.name: "go-down"
    icon.color: root.palette.buttonText
    icon.width: Theme.iconSizeSmall
    icon.height: Theme.iconSizeSmall
    padding: Theme.spacingS
    onClicked: {
        root.list.cancelFlick();
        root.list.following = true;
        root.list.followEnd();
    }
    Accessible.name: qsTr("Jump to the latest message")
    Accessible.onPressAction: clicked()
    ToolTip.visible: hovered
    ToolTip.text: Accessible.name
    ToolTip.delay: Theme.toolTipDelay
}
