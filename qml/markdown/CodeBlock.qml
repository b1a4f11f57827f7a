// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.Markdown
import QtQuick.Controls
import QtQuick.Layouts

// A piece of a fenced code block: highlighted code; the first piece has the language and Copy.
Item {
    id: root

    required property int index
    required property string html
    required property string language
    required property bool codeStart
    required property bool codeEnd
    // False while the piece is far outside the visible part of the view; BlockColumn sets it.
    property bool shown: true
    // The frame (tests read it): out of the scene while the piece is not shown.
    readonly property alias frameItem: frame

    // Copy the whole code block that the piece at @p row belongs to.
    signal copyRequested(int row)

    objectName: "codeBlock"
    implicitHeight: frame.y + frame.height

    Rectangle {
        id: frame

        // Out of the scene, not only hidden (see TextBlock).
        parent: root.shown ? root : null
        visible: root.shown
        // Pieces of one block sit flush against each other.
        y: root.codeStart && root.index > 0 ? Theme.blockSpacing : 0
        width: root.width
        height: column.implicitHeight
        color: Theme.codeBackground
        border.color: Theme.codeBorder
        radius: root.codeStart && root.codeEnd ? Theme.radiusM : 0

        ColumnLayout {
            id: column

            width: parent.width
            spacing: 0

            Rectangle {
                objectName: "codeHeader"
                visible: root.codeStart
                Layout.fillWidth: true
                implicitHeight: header.implicitHeight + Theme.spacingXxs
                color: Theme.codeHeader
                radius: frame.radius

                // Square lower corners: the header sits on the code.
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: parent.radius
                    color: parent.color
                }

                RowLayout {
                    id: header

                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingM
                    anchors.rightMargin: Theme.spacingXs

                    Label {
                        objectName: "codeLanguage"
                        text: root.language.length > 0 ? root.language : qsTr("code")
                        color: Theme.subtleText
                        font.pointSize: Theme.codeFontSize
                        Layout.fillWidth: true
                    }
                    ToolButton {
                        id: copyButton

                        property bool copied: false

                        objectName: "copyButton"
                        text: copyButton.copied ? qsTr("Copied") : qsTr("Copy")
                        display: AbstractButton.TextBesideIcon
                        icon.name: copyButton.copied ? "object-select" : "edit-copy"
                        icon.color: copyButton.palette.buttonText
                        icon.width: Theme.iconSizeSmall
                        icon.height: Theme.iconSizeSmall
                        font.pointSize: Theme.fontSizeCaption
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Copy the code")
                        ToolTip.delay: Theme.toolTipDelay
                        Accessible.name: copyButton.copied ? qsTr("Copied") : qsTr("Copy the code")
                        Accessible.onPressAction: clicked()
                        onClicked: {
                            root.copyRequested(root.index);
                            copyButton.copied = true;
                            copiedTimer.restart();
                        }

                        Timer {
                            id: copiedTimer

                            interval: 1500
                            onTriggered: copyButton.copied = false
                        }
                    }
                }
            }

            TextEdit {
                id: codeText

                objectName: "codeText"
                Layout.fillWidth: true
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingM
                topPadding: root.codeStart ? Theme.spacingS : 0
                bottomPadding: root.codeEnd ? Theme.spacingS : 0
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.RichText
                text: root.html
                color: Theme.text
                selectionColor: Theme.accent
                selectedTextColor: Theme.accentText
                font.family: Theme.monospaceFamily
                font.pointSize: Theme.codeFontSize
                // Read as text (the role keeps Qt's text interface), said to be code.
                Accessible.role: Accessible.StaticText
                Accessible.name: BlockAccessibility.name(codeText.getText(0, codeText.length))
                Accessible.description: BlockAccessibility.description(MarkdownStream.Code, root.language)
            }
        }
    }
}
