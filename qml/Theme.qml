// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick

// Colours and sizes, derived from the system palette so light and dark both work.
QtObject {
    id: theme

    readonly property SystemPalette palette: SystemPalette {
        colorGroup: SystemPalette.Active
    }
    // "system", "light" or "dark": the application binds it to AppSettings.theme.
    property string mode: "system"
    readonly property bool dark: mode === "dark" || (mode !== "light" && palette.window.hslLightness < 0.5)

    readonly property color background: dark ? "#1e1f22" : "#f7f7f8"
    readonly property color surface: dark ? "#2b2d31" : "#ffffff"
    readonly property color border: dark ? "#3a3c42" : "#e3e3e6"
    readonly property color text: dark ? "#e8e8ea" : "#1f2328"
    readonly property color subtleText: dark ? "#a0a3aa" : "#656d76"
    readonly property color accent: dark ? "#7aa2ff" : "#3b5bdb"
    readonly property color accentText: "#ffffff"
    readonly property color userBubble: dark ? "#2f3b5c" : "#e7ecff"
    readonly property color errorBackground: dark ? "#3d2326" : "#fdecec"
    readonly property color errorText: dark ? "#ff9aa2" : "#b42318"
    readonly property color warningText: dark ? "#f5c26b" : "#9a6700"

    readonly property int radius: 10
    readonly property int spacing: 12
    readonly property int contentWidth: 820
    // Points; the application binds it to AppSettings.fontSize.
    property real fontSize: 11
}
