// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab
import QtQuick.Controls

// One Markdown block (paragraph, heading, list, quote, table, rule) as safe rich text.
TextEdit {
    id: root

    required property int index
    required property int kind
    required property string html
    // Continues the list of the block above (a long list is split in rows).
    required property bool continuation

    signal linkRequested(string url)

    objectName: "markdownBlock"
    visible: root.kind !== MarkdownStream.Empty
    topPadding: root.index === 0 || root.continuation ? 0 : Theme.blockSpacing
    readOnly: true
    selectByMouse: true
    wrapMode: TextEdit.Wrap
    textFormat: TextEdit.RichText
    text: root.html
    color: Theme.text
    selectionColor: Theme.accent
    selectedTextColor: Theme.accentText
    font.pointSize: Theme.fontSize
    onLinkActivated: link => root.linkRequested(link)
    Accessible.role: Accessible.StaticText
    Accessible.name: root.getText(0, root.length)

    HoverHandler {
        cursorShape: root.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
    }
    ToolTip.visible: root.hoveredLink.length > 0
    ToolTip.text: Rendering.displayUrl(root.hoveredLink)
}
