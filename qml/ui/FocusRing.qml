// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui

// The keyboard focus ring: 2 px, in a colour that stands out in both themes, drawn around
// whatever control has focus while the keyboard is in use (lists, tabs and fields included).
// Put it above everything, popups too: `FocusRing { parent: Overlay.overlay }`.
Rectangle {
    id: root

    required property WindowKeyboard keyboard
    readonly property int outset: 2

    x: root.keyboard.focusRect.x - root.outset
    y: root.keyboard.focusRect.y - root.outset
    width: root.keyboard.focusRect.width + 2 * root.outset
    height: root.keyboard.focusRect.height + 2 * root.outset
    z: 1000000
    visible: root.keyboard.keyboardActive && root.keyboard.focusRect.width > 0
    color: "transparent"
    radius: 4
    border.width: 2
    border.color: Theme.focusRing
}
