// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.Markdown
import QtQuick.Controls
import QtQuick.Layouts

// The model's reasoning: streams live while it thinks, collapses once the answer starts; the
// header toggles it.
ColumnLayout {
    id: root

    required property MarkdownStream blocks
    // The answer text has begun: the reasoning is done and folds away.
    required property bool answerStarted
    // The message is still streaming.
    required property bool streaming

    // Set once the user toggles; from then on the user decides.
    property bool userToggled: false
    property bool userExpanded: false
    readonly property bool expanded: root.userToggled ? root.userExpanded : !root.answerStarted

    signal linkActivated(string url)

    objectName: "reasoningSection"
    spacing: 4

    ToolButton {
        objectName: "reasoningHeader"
        text: (root.expanded ? "▾ " : "▸ ") + (root.streaming && !root.answerStarted ? qsTr("Thinking…") : qsTr("Reasoning"))
        font.pointSize: Theme.fontSize * 0.95
        palette.buttonText: Theme.subtleText
        // The words without the ▾ or ▸; shown or hidden is its checked state.
        Accessible.name: root.streaming && !root.answerStarted ? qsTr("Thinking…") : qsTr("Reasoning")
        Accessible.checkable: true
        Accessible.checked: root.expanded
        Accessible.description: root.expanded ? qsTr("Shown; press to hide") : qsTr("Hidden; press to show")
        Accessible.onPressAction: clicked()
        onClicked: {
            root.userExpanded = !root.expanded;
            root.userToggled = true;
        }
    }

    // Plain geometry, not a RowLayout: a layout that starts hidden inside another layout is
    // never given its width when it is shown on Qt 6.4 (a stored answer's reasoning starts
    // folded, and unfolded it came out one word per line, drawn over the answer).
    Item {
        visible: root.expanded
        Layout.fillWidth: true
        implicitHeight: content.implicitHeight

        Rectangle {
            width: 2
            height: parent.height
            color: Theme.reasoningRule
        }
        MarkdownView {
            id: content

            objectName: "reasoningContent"
            x: 12
            width: parent.width - x
            blocks: root.blocks
            textColor: Theme.reasoningText
            onLinkActivated: url => root.linkActivated(url)
        }
    }
}
