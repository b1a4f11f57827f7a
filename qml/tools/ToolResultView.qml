// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Markdown
import Confab.Tools
import QtQuick.Controls
import QtQuick.Layouts

// A tool's result: untrusted output, shown like an answer is (plain text by default, Markdown on
// request, HTML as text, nothing fetched), with its images decoded under limits.
ColumnLayout {
    id: root

    required property string text
    required property bool isError
    required property var images
    required property MarkdownStream markdown

    // The whole text, or its start until the user asks for all of it.
    property bool showAll: false
    property bool formatted: false
    readonly property int previewChars: 4000
    readonly property bool cut: !root.showAll && root.text.length > root.previewChars

    signal linkActivated(string url)

    objectName: "toolResult"
    spacing: 4

    RowLayout {
        Layout.fillWidth: true

        Label {
            Layout.fillWidth: true
            text: root.isError ? qsTr("The tool reported an error:") : qsTr("Result")
            color: root.isError ? Theme.errorText : Theme.subtleText
            font.bold: true
        }
        ToolButton {
            objectName: "resultFormatToggle"
            visible: root.text.length > 0
            text: root.formatted ? qsTr("Plain text") : qsTr("Formatted")
            onClicked: root.formatted = !root.formatted
            Accessible.name: root.formatted ? qsTr("Show the result as plain text") : qsTr("Show the result formatted as Markdown")
        }
    }

    TextEdit {
        objectName: "toolResultText"
        visible: !root.formatted && root.text.length > 0
        Layout.fillWidth: true
        readOnly: true
        selectByMouse: true
        activeFocusOnTab: true
        wrapMode: TextEdit.WrapAnywhere
        textFormat: TextEdit.PlainText
        text: root.cut ? root.text.substring(0, root.previewChars) + "…" : root.text
        color: root.isError ? Theme.errorText : Theme.text
        selectionColor: Theme.accent
        selectedTextColor: Theme.accentText
        font.family: Theme.monospaceFamily
        font.pointSize: Theme.codeFontSize
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Tool result")
    }

    MarkdownView {
        objectName: "toolResultMarkdown"
        visible: root.formatted && root.text.length > 0
        Layout.fillWidth: true
        blocks: root.formatted ? root.markdown : null
        onLinkActivated: url => root.linkActivated(url)
    }

    Button {
        objectName: "showWholeResult"
        visible: root.cut && !root.formatted
        text: qsTr("Show all %n characters", "", root.text.length)
        onClicked: root.showAll = true
        Keys.onReturnPressed: root.showAll = true
    }

    Repeater {
        model: root.images

        ColumnLayout {
            id: imageItem

            required property var modelData

            Layout.fillWidth: true

            ResultImage {
                id: image

                objectName: "resultImage"
                data: imageItem.modelData.data
                mimeType: imageItem.modelData.mimeType
                visible: image.status === ResultImage.Ready
                Layout.preferredWidth: Math.min(image.sourceSize.width, imageItem.width)
                Layout.preferredHeight: image.sourceSize.width > 0 ? Layout.preferredWidth * image.sourceSize.height / image.sourceSize.width : 0
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Image from the tool (%1)").arg(imageItem.modelData.mimeType)
            }
            Label {
                visible: image.status === ResultImage.Error
                text: image.errorString
                color: Theme.warningText
            }
        }
    }
}
