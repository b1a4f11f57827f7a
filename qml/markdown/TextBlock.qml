// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.Markdown
import QtQuick.Controls

// One Markdown block (paragraph, heading, list, quote, table, rule) as safe rich text.
Item {
    id: root

    required property int index
    required property int kind
    required property string html
    // Continues the list of the block above (a long list is split in rows).
    required property bool continuation
    property alias color: text.color
    // False while the block is outside the visible part of the view: its text is still laid
    // out (so its height is right) but leaves the scene, which keeps the scene graph small.
    // BlockColumn (MarkdownView) sets it.
    property bool shown: true
    // The text item (tests read its text).
    readonly property alias textItem: text

    signal linkRequested(string url)

    objectName: "markdownBlock"
    visible: root.kind !== MarkdownStream.Empty
    implicitHeight: text.implicitHeight

    TextEdit {
        id: text

        // Out of the scene, not only hidden: Qt 6.4 keeps the nodes of a hidden last child in
        // the scene graph, and the software renderer walks all of them on every frame.
        parent: root.shown ? root : null
        width: root.width
        visible: root.shown
        topPadding: root.index === 0 || root.continuation ? 0 : Theme.blockSpacing
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.Wrap
        textFormat: TextEdit.RichText
        // An image's mark becomes an icon (the fonts may lack the symbol).
        text: Theme.richTextStyle + InlineIcons.withIcons(root.html, Theme.subtleText, Theme.iconSizeSmall)
        color: Theme.text
        selectionColor: Theme.accent
        selectedTextColor: Theme.accentText
        font.pointSize: Theme.fontSize
        onLinkActivated: link => root.linkRequested(link)
        // A heading, a list, a paragraph… with its text as its name (only text roles pass
        // text to screen readers on Qt 6.4).
        Accessible.role: BlockAccessibility.role(root.kind)
        Accessible.name: BlockAccessibility.name(text.getText(0, text.length))
        Accessible.description: BlockAccessibility.description(root.kind)

        HoverHandler {
            cursorShape: text.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
        }
        ToolTip.visible: text.hoveredLink.length > 0
        ToolTip.text: Links.displayUrl(text.hoveredLink)
    }
}
