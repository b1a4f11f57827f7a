// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Controls.impl

// One way to connect on the welcome page: an icon, a name and one line about it. A click (or
// Space) opens its short form. Also used for what was found on this computer (with a button
// label such as "Use").
AbstractButton {
    id: root

    // One line under the name.
    property string summary
    // A freedesktop icon name.
    property string iconName: "network-server"
    // Shown at the right end when set (e.g. "Use").
    property string actionText

    implicitWidth: Theme.cardWidth
    implicitHeight: body.implicitHeight + topPadding + bottomPadding
    padding: Theme.spacingM
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: root.actionText.length > 0 ? qsTr("%1: %2").arg(root.actionText).arg(root.text) : root.text
    Accessible.description: root.summary
    Accessible.onPressAction: root.clicked()
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    ToolTip.visible: root.hovered && root.summary.length > 0
    ToolTip.text: root.summary
    ToolTip.delay: Theme.toolTipDelay

    background: Rectangle {
        radius: Theme.radiusL
        color: root.down ? Theme.surfaceSelected : root.hovered ? Theme.surfaceHover : Theme.surfaceRaised
        border.color: root.hovered || root.activeFocus ? Theme.accent : Theme.border
        border.width: 1
    }

    // Positioners, not layouts: the wrapped name and line take the height they need (a
    // layout kept the one-line height of a name that wraps).
    Item {
        id: body

        x: root.leftPadding
        y: root.topPadding
        width: root.availableWidth
        implicitHeight: Math.max(icon.height, texts.height)

        IconImage {
            id: icon

            width: Theme.iconSizeLarge
            height: Theme.iconSizeLarge
            name: root.iconName
            color: Theme.accent
            sourceSize.width: Theme.iconSizeLarge
            sourceSize.height: Theme.iconSizeLarge
        }
        Column {
            id: texts

            x: icon.width + Theme.spacingM
            width: parent.width - x - (action.visible ? action.width + Theme.spacingM : 0)
            spacing: Theme.spacingXxs

            Label {
                width: texts.width
                height: contentHeight
                text: root.text
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                width: texts.width
                height: contentHeight
                visible: root.summary.length > 0
                text: root.summary
                color: Theme.subtleText
                font.pointSize: Theme.fontSizeCaption
                wrapMode: Text.Wrap
            }
        }
        Label {
            id: action

            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            visible: root.actionText.length > 0
            text: root.actionText
            color: Theme.accent
            font.bold: true
        }
    }
}
