// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Markdown
import Qt.labs.qmlmodels

// The Markdown of one message, block by block, as a MarkdownStream renders it while it streams.
// Only the growing last block changes; finished blocks keep their items, and BlockColumn moves
// only what is below a block that changed. It also draws only the blocks near its viewportTop
// and viewportBottom (the others are laid out with "shown" false), so that a long answer does
// not make every frame slower; a scrolling parent sets them (see ChatPage).
BlockColumn {
    id: root

    required property MarkdownStream blocks
    property color textColor: Theme.text
    // The stream highlights code with the theme's colours.
    readonly property var codeColors: Theme.codeColors
    // The stream the blocks show: root.blocks once it has the colours, so that no code block is
    // ever drawn uncoloured first (a stored answer's stream was rendered before any view had it).
    property MarkdownStream shownBlocks: null

    // A link was clicked; the receiver shows where it goes before opening it (LinkDialog).
    signal linkActivated(string url)

    function showBlocks() {
        if (root.blocks)
            root.blocks.codeColors = root.codeColors;
        root.shownBlocks = root.blocks;
    }

    objectName: "markdownView"
    Accessible.role: Accessible.Document
    Accessible.name: qsTr("Message text")
    // The stream goes away (null) when its message is deleted or rebuilt.
    onCodeColorsChanged: if (root.blocks)
        root.blocks.codeColors = root.codeColors
    onBlocksChanged: root.showBlocks()
    Component.onCompleted: root.showBlocks()

    Repeater {
        model: root.shownBlocks

        delegate: DelegateChooser {
            role: "kind"

            DelegateChoice {
                roleValue: MarkdownStream.Code

                CodeBlock {
                    width: root.width
                    onCopyRequested: row => Clipboard.copyText(root.shownBlocks.codeBlockText(row))
                }
            }
            DelegateChoice {
                TextBlock {
                    width: root.width
                    color: root.textColor
                    onLinkRequested: url => root.linkActivated(url)
                }
            }
        }
    }
}
