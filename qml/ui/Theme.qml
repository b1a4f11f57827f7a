// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick
import Confab.Ui

// Colours and sizes. Light and dark palettes; by default the system palette picks one.
QtObject {
    id: theme

    readonly property SystemPalette palette: SystemPalette {
        colorGroup: SystemPalette.Active
    }
    // AppSettings.System follows the desktop's palette; Light and Dark override it. The
    // application binds it to AppSettings.theme.
    property int mode: AppSettings.System
    // Qt 6.4 has no colour-scheme hint: a dark window colour means a dark desktop.
    readonly property bool systemDark: palette.window.hslLightness < 0.5
    readonly property bool dark: mode === AppSettings.Dark || (mode !== AppSettings.Light && systemDark)

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
    readonly property color warningBackground: dark ? "#3a2f1a" : "#fff8e6"

    // The controls' colours (Main.qml puts them in the window's palette), so buttons, fields,
    // menus and links follow the theme too, not only the desktop's palette.
    readonly property color button: dark ? "#34363c" : "#eeeff1"
    readonly property color highlight: dark ? "#3d5fa8" : "#3b74d1"
    readonly property color link: dark ? "#8ab4ff" : "#1a5fd1"
    // Rich text takes its link colour from the application palette when it is parsed, not from
    // the item's palette: this style sheet goes in front of rendered Markdown instead. Quotes
    // are set apart by colour (Qt's rich text has no left border).
    readonly property string richTextStyle: "<style>a { color: " + link + "; } blockquote { color: " + subtleText + "; }</style>"
    readonly property color disabledText: dark ? "#6e727a" : "#a3a8b0"
    readonly property color bevelLight: dark ? "#4a4d55" : "#ffffff"
    readonly property color bevelMidlight: dark ? "#3c3f46" : "#e4e5e8"
    readonly property color bevelMid: dark ? "#2a2c30" : "#c4c7cc"
    readonly property color bevelDark: dark ? "#141517" : "#9fa3a9"

    // Code blocks, tool calls and the reasoning section.
    readonly property color codeBackground: dark ? "#17181b" : "#f3f4f6"
    readonly property color codeHeader: dark ? "#232529" : "#e8eaee"
    readonly property color codeBorder: dark ? "#34363c" : "#dcdfe4"
    readonly property color reasoningText: subtleText
    readonly property color reasoningRule: dark ? "#44474f" : "#d0d4da"
    // Token colours of highlighted code, by token-class name (models/markdown/codetoken.h); the
    // only place they are defined.
    readonly property var codeColors: dark ? theme.darkCodeColors : theme.lightCodeColors
    readonly property var lightCodeColors: ({
            "keyword": "#cf222e",
            "type": "#953800",
            "string": "#0a3069",
            "number": "#0550ae",
            "comment": "#6e7781",
            "function": "#8250df",
            "preprocessor": "#a0527a",
            "tag": "#116329",
            "attribute": "#0550ae",
            "variable": "#953800",
            "inserted": "#116329",
            "deleted": "#82071e",
            "meta": "#57606a"
        })
    readonly property var darkCodeColors: ({
            "keyword": "#ff7b72",
            "type": "#ffa657",
            "string": "#a5d6ff",
            "number": "#79c0ff",
            "comment": "#8b949e",
            "function": "#d2a8ff",
            "preprocessor": "#f0a3c8",
            "tag": "#7ee787",
            "attribute": "#79c0ff",
            "variable": "#ffa657",
            "inserted": "#7ee787",
            "deleted": "#ffa198",
            "meta": "#a0a8b2"
        })

    readonly property int radius: 10
    readonly property int spacing: 12
    readonly property int blockSpacing: 8
    // The conversation's column: a readable line (readableWidth, below), centred in wide windows.
    readonly property int contentWidth: readableWidth
    // Points; the application binds it to AppSettings.fontSize. Every other size scales with it.
    property real fontSize: 11
    readonly property real fontScale: fontSize / 11
    readonly property real codeFontSize: 10 * fontScale
    readonly property string monospaceFamily: "monospace"

    // Design tokens: the pages use these instead of literal numbers and colours.
    // Spacing scale, in device-independent pixels (Qt scales them with the screen).
    readonly property int spacingXxs: 2
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int spacingXxl: 32
    // Corner radii: small controls and chips, fields and buttons, cards and bubbles, pills.
    readonly property int radiusS: 4
    readonly property int radiusM: 6
    readonly property int radiusL: 10
    readonly property int radiusPill: 999
    // Type scale, in points; all follow the text size setting.
    readonly property real fontSizeCaption: 9 * fontScale // stats, hints, timestamps
    readonly property real fontSizeBody: fontSize // messages, fields, labels
    readonly property real fontSizeHeading: 13 * fontScale // section headings in a page
    readonly property real fontSizeTitle: 16 * fontScale // page titles
    readonly property real fontSizeDisplay: 22 * fontScale // the first-run welcome
    // Icon sizes (icon.width/height), in device-independent pixels.
    readonly property int iconSizeSmall: 16
    readonly property int iconSize: 20
    readonly property int iconSizeLarge: 32
    // How long the pointer rests on a control before its tooltip shows, in milliseconds.
    readonly property int toolTipDelay: 500
    // Page layout: settings and the first run are centred columns no wider than pageWidth; the
    // first run's preset cards are at least cardWidth wide (as many per row as fit).
    readonly property int pageWidth: 880
    readonly property int cardWidth: 250
    // A short form (the first run's): fields no wider than this.
    readonly property int formWidth: 600
    // A list picked from inside a form (the default model).
    readonly property int pickerHeight: 220
    // The app icon on the welcome page and in the About box.
    readonly property int appIconSize: 64
    // A readable line: answers are capped at about 85 average characters of the body font.
    readonly property FontMetrics bodyMetrics: FontMetrics {
        font.pointSize: theme.fontSize
    }
    readonly property int readableWidth: Math.round(85 * bodyMetrics.averageCharacterWidth)

    // Surfaces, from the window's background up: panels and pages (surface), cards and menus
    // that stand out (surfaceRaised), wells such as fields and code (surfaceSunken), and the
    // states of list rows and flat buttons.
    readonly property color surfaceRaised: dark ? "#313338" : "#ffffff"
    readonly property color surfaceSunken: dark ? "#1a1b1e" : "#f0f1f3"
    readonly property color surfaceHover: dark ? "#35373c" : "#eceef1"
    readonly property color surfaceSelected: dark ? "#2f3b5c" : "#e3e9fc"
    // Accent (accent and accentText above): its interaction states, a subtle tint for
    // backgrounds, and the keyboard focus ring.
    readonly property color accentHover: dark ? "#93b4ff" : "#3451c6"
    readonly property color accentPressed: dark ? "#a9c3ff" : "#2c45a8"
    readonly property color accentSubtle: dark ? "#26304a" : "#eef2ff"
    // The ring is darker (lighter in the dark theme) than the accent: 6.4:1 or more against the
    // backgrounds, fields, buttons and bubbles it is drawn over (the accent is 4.4:1 on a dark
    // question bubble).
    readonly property color focusRing: dark ? "#a8c7ff" : "#0a4ab8"
    // Success, next to the error and warning colours above (a working connection, a saved key).
    readonly property color successText: dark ? "#7ee2a8" : "#1a7f37"
    readonly property color successBackground: dark ? "#1d3326" : "#e6f4ea"
}
