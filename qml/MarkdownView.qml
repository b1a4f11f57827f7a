// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab
import Qt.labs.qmlmodels

// The Markdown of one message, block by block, as a MarkdownStream renders it while it streams.
// Only the growing last block changes; finished blocks keep their items, and BlockColumn moves
// only what is below a block that changed.
BlockColumn {
    id: root

    required property MarkdownStream blocks
    property color textColor: Theme.text
    // The visible part of the view, in this item's coordinates. Blocks outside it (with a
    // margin) are laid out but not drawn, so that a long answer does not make every frame
    // slower. The default shows everything; a scrolling parent sets them (see ChatPage).
    property real viewportTop: -1e9
    property real viewportBottom: 1e9
    readonly property real margin: 400
    // The drawn range, in steps of the margin: each block's "shown" binding depends on it, and
    // it changes every few hundred pixels of scrolling instead of on every pixel (following a
    // stream scrolls a little on every render, and a long answer has many blocks).
    readonly property real shownTop: Math.floor(root.viewportTop / root.margin) * root.margin - root.margin
    readonly property real shownBottom: Math.ceil(root.viewportBottom / root.margin) * root.margin + root.margin
    // The stream highlights code with the theme's colours.
    readonly property var codeColors: Theme.codeColors

    // A link was clicked; the receiver shows where it goes before opening it (LinkDialog).
    signal linkActivated(string url)

    objectName: "markdownView"
    Accessible.role: Accessible.Document
    Accessible.name: qsTr("Message text")
    // The stream goes away (null) when its message is deleted or rebuilt.
    onCodeColorsChanged: if (root.blocks)
        root.blocks.codeColors = root.codeColors
    onBlocksChanged: if (root.blocks)
        root.blocks.codeColors = root.codeColors
    Component.onCompleted: if (root.blocks)
        root.blocks.codeColors = root.codeColors

    Repeater {
        model: root.blocks

        delegate: DelegateChooser {
            role: "kind"

            DelegateChoice {
                roleValue: MarkdownStream.Code

                CodeBlock {
                    id: codeBlock

                    width: root.width
                    shown: codeBlock.y + codeBlock.height >= root.shownTop && codeBlock.y <= root.shownBottom
                    onCopyRequested: row => Rendering.copyText(root.blocks.codeBlockText(row))
                }
            }
            DelegateChoice {
                TextBlock {
                    id: textBlock

                    width: root.width
                    shown: textBlock.y + textBlock.height >= root.shownTop && textBlock.y <= root.shownBottom
                    color: root.textColor
                    onLinkRequested: url => root.linkActivated(url)
                }
            }
        }
    }
}
