// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// A tool call the model made: the tool's name and its arguments, the newest part while they
// stream, whole and pretty-printed once complete (ToolCallList prepares the text).
Rectangle {
    id: root

    required property string name
    required property string arguments
    // The arguments are complete (the call has finished streaming).
    required property bool complete

    objectName: "toolCallCard"
    implicitHeight: column.implicitHeight + 16
    radius: 6
    color: Theme.codeBackground
    border.color: Theme.codeBorder
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Tool call: %1").arg(root.name)

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: 8
        spacing: 4

        RowLayout {
            Layout.fillWidth: true

            Label {
                objectName: "toolName"
                text: "⚙ " + root.name
                textFormat: Text.PlainText
                Accessible.name: root.name
                font.family: Theme.monospaceFamily
                font.bold: true
                font.pointSize: Theme.codeFontSize
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "toolState"
                text: root.complete ? qsTr("called") : qsTr("calling…")
                color: Theme.subtleText
                font.pointSize: Theme.codeFontSize
            }
        }
        TextEdit {
            objectName: "toolArguments"
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            textFormat: TextEdit.PlainText
            text: root.arguments
            color: Theme.text
            selectionColor: Theme.accent
            selectedTextColor: Theme.accentText
            font.family: Theme.monospaceFamily
            font.pointSize: Theme.codeFontSize
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Arguments")
        }
    }
}
