// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Confab.Ui

// A flat button with a themed icon (icon.name, a freedesktop name), its label beside the icon
// when showLabel is set (where there is room), and a tooltip. Screen readers hear the tooltip,
// which must contain the label (text), also when only the icon shows.
ToolButton {
    id: root

    // What hovering says; also the accessible name.
    property string toolTip: root.text
    property bool showLabel: false

    display: root.showLabel ? AbstractButton.TextBesideIcon : AbstractButton.IconOnly
    // Fusion on Qt 6.4 does not tint themed icons: the palette's text colour follows the theme.
    icon.color: root.palette.buttonText
    icon.width: Theme.iconSizeSmall
    icon.height: Theme.iconSizeSmall
    Accessible.name: root.toolTip
    Accessible.onPressAction: root.clicked()
    ToolTip.visible: root.hovered && root.toolTip.length > 0
    ToolTip.text: root.toolTip
    ToolTip.delay: Theme.toolTipDelay
}
