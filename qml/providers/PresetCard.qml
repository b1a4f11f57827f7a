// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts

// One way to connect on the welcome page: an icon, a name and one line about it. A click (or
// Space) opens its short form. Also used for what was found on this computer (with a button
// label such as "Use").
AbstractButton {
    id: root

    // One line under the name.
    property string description
    // A freedesktop icon name.
    property string iconName: "network-server"
    // Shown at the right end when set (e.g. "Use").
    property string actionText

    implicitWidth: Theme.cardWidth
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    padding: Theme.spacingM
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: root.actionText.length > 0 ? qsTr("%1: %2").arg(root.actionText).arg(root.text) : root.text
    Accessible.description: root.description
    Accessible.onPressAction: root.clicked()
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    ToolTip.visible: root.hovered && root.description.length > 0
    ToolTip.text: root.description
    ToolTip.delay: Theme.toolTipDelay

    background: Rectangle {
        radius: Theme.radiusL
        color: root.down ? Theme.surfaceSelected : root.hovered ? Theme.surfaceHover : Theme.surfaceRaised
        border.color: root.hovered || root.activeFocus ? Theme.accent : Theme.border
        border.width: 1
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM

        IconImage {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Theme.iconSizeLarge
            Layout.preferredHeight: Theme.iconSizeLarge
            name: root.iconName
            color: Theme.accent
            sourceSize.width: Theme.iconSizeLarge
            sourceSize.height: Theme.iconSizeLarge
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXxs

            Label {
                Layout.fillWidth: true
                text: root.text
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: root.description.length > 0
                text: root.description
                color: Theme.subtleText
                font.pointSize: Theme.fontSizeCaption
                wrapMode: Text.Wrap
            }
        }
        Label {
            visible: root.actionText.length > 0
            text: root.actionText
            color: Theme.accent
            font.bold: true
        }
    }
}
