// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import QtQuick.Templates as T
import QtQuick.Controls.Basic as Basic
import QtQuick.Controls.Fusion as Fusion

// The theme's text colour reaches an icon through the palette: Qt Quick Controls tint a themed
// icon with icon.color, which Basic sets from palette.buttonText. So light and dark need no
// second set of icons. Fusion (Confab's style) leaves icon.color unset on Qt 6.4 and would draw
// Lucide's strokes black, also on a dark theme: Confab's buttons bind it to the palette.
Item {
    id: root

    width: 300
    height: 200

    Basic.Button {
        id: basicButton

        x: 10
        y: 10
        display: T.AbstractButton.IconOnly
        icon.name: "edit-copy"
        palette.buttonText: "#ff0000"
    }
    Fusion.Button {
        id: fusionButton

        x: 110
        y: 10
        display: T.AbstractButton.IconOnly
        icon.name: "edit-copy"
        icon.color: palette.buttonText
        palette.buttonText: "#ff0000"
    }
    Fusion.ToolButton {
        id: fusionToolButton

        x: 210
        y: 10
        display: T.AbstractButton.IconOnly
        icon.name: "edit-copy"
        icon.color: palette.buttonText
        palette.buttonText: "#ff0000"
    }
    Basic.ToolButton {
        id: toolButton

        x: 110
        y: 100
        display: T.AbstractButton.IconOnly
        icon.name: "edit-copy"
        palette.buttonText: "#ff0000"
    }
    Fusion.Button {
        id: untintedFusion

        x: 210
        y: 100
        display: T.AbstractButton.IconOnly
        icon.name: "edit-copy"
        palette.buttonText: "#ff0000"
    }
    Basic.Button {
        id: unknownIcon

        x: 10
        y: 100
        display: T.AbstractButton.IconOnly
        icon.name: "no-such-icon-anywhere"
        palette.buttonText: "#ff0000"
    }

    TestCase {
        name: "IconButtons"
        when: windowShown

        // Pixels of @p item close to @p color.
        function inkOf(item: Item, color: color): int {
            const image = grabImage(item);
            let count = 0;
            for (let y = 0; y < item.height; ++y) {
                for (let x = 0; x < item.width; ++x) {
                    const p = image.pixel(x, y);
                    if (Math.abs(p.r - color.r) < 0.2 && Math.abs(p.g - color.g) < 0.2 && Math.abs(p.b - color.b) < 0.2)
                        ++count;
                }
            }
            return count;
        }

        function test_tintedWithTheTextColour_data() {
            return [{
                    "tag": "Basic",
                    "button": basicButton,
                    "role": "buttonText"
                }, {
                    "tag": "Fusion",
                    "button": fusionButton,
                    "role": "buttonText"
                }, {
                    "tag": "Fusion tool button",
                    "button": fusionToolButton,
                    "role": "buttonText"
                }, {
                    "tag": "Basic tool button",
                    "button": toolButton,
                    "role": "buttonText"
                }];
        }

        function test_tintedWithTheTextColour(data) {
            const button = data.button;
            compare(button.icon.color, Qt.color("#ff0000"));
            const red = inkOf(button, Qt.color("#ff0000"));
            verify(red > 20, "red icon pixels: " + red);
            // A dark theme swaps the palette; the same icon follows.
            button.palette[data.role] = "#00ff00";
            waitForRendering(button);
            compare(inkOf(button, Qt.color("#ff0000")), 0);
            verify(inkOf(button, Qt.color("#00ff00")) > 20);
            button.palette[data.role] = "#ff0000";
        }

        // Without icon.color the icon keeps its own colours: black strokes, whatever the theme.
        function test_untintedIconIsBlack() {
            compare(inkOf(untintedFusion, Qt.color("#ff0000")), 0);
            verify(inkOf(untintedFusion, Qt.color("#000000")) > 20);
        }

        function test_unknownNameDrawsNothing() {
            compare(inkOf(unknownIcon, Qt.color("#ff0000")), 0);
        }
    }
}
