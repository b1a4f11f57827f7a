// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.Tools
import QtQuick.Controls
import QtQuick.Layouts

// The approval of one tool call, inline in the answer: the tool, its server and the full
// arguments, editable before it runs; what changed since the tool was last approved. Allow
// once, always for this tool on this server, or deny. Every control is a Tab stop with a name;
// Enter and Space press the buttons.
ColumnLayout {
    id: root

    required property string toolName
    required property string toolServer
    required property string toolArguments
    required property string toolChanges

    readonly property string problem: ToolLabels.argumentsProblem(argumentsEditor.text)

    signal allowRequested(bool always, string arguments)
    signal denyRequested

    objectName: "toolApproval"
    spacing: 6
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Approve %1 on %2").arg(root.toolName).arg(root.toolServer)

    Label {
        objectName: "approvalQuestion"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.bold: true
        color: Theme.text
        text: qsTr("Run %1 on %2 with these arguments? You can change them first.").arg(root.toolName).arg(root.toolServer)
    }

    Label {
        visible: root.toolChanges.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.warningText
        text: qsTr("This tool changed since you last approved it. Its definition now differs like this:")
    }
    TextEdit {
        objectName: "toolChanges"
        visible: root.toolChanges.length > 0
        Layout.fillWidth: true
        readOnly: true
        selectByMouse: true
        activeFocusOnTab: true
        wrapMode: TextEdit.WrapAnywhere
        textFormat: TextEdit.PlainText
        text: root.toolChanges
        color: Theme.text
        font.family: Theme.monospaceFamily
        font.pointSize: Theme.codeFontSize
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("What changed in the tool")
    }

    TextArea {
        id: argumentsEditor

        objectName: "toolArgumentsEditor"
        Layout.fillWidth: true
        text: root.toolArguments
        wrapMode: TextEdit.WrapAnywhere
        textFormat: TextEdit.PlainText
        selectByMouse: true
        font.family: Theme.monospaceFamily
        font.pointSize: Theme.codeFontSize
        color: Theme.text
        background: Rectangle {
            color: Theme.surface
            border.color: argumentsEditor.activeFocus ? Theme.accent : Theme.codeBorder
            radius: 4
        }
        Accessible.name: qsTr("Arguments for %1, as JSON (editable)").arg(root.toolName)
        // Tab leaves the editor (JSON needs no tab characters).
        Keys.onTabPressed: allowOnce.forceActiveFocus(Qt.TabFocusReason)
        Keys.onBacktabPressed: event => event.accepted = false
    }

    Label {
        objectName: "argumentsProblem"
        visible: root.problem.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.errorText
        text: root.problem
    }

    RowLayout {
        spacing: 8

        Button {
            id: allowOnce

            objectName: "allowOnce"
            text: qsTr("Allow once")
            enabled: root.problem.length === 0
            highlighted: true
            onClicked: root.allowRequested(false, argumentsEditor.text)
            Keys.onReturnPressed: allowOnce.clicked()
            Keys.onEnterPressed: allowOnce.clicked()
            Accessible.name: qsTr("Allow %1 once").arg(root.toolName)
        }
        Button {
            id: allowAlways

            objectName: "allowAlways"
            text: qsTr("Always allow")
            enabled: root.problem.length === 0
            onClicked: root.allowRequested(true, argumentsEditor.text)
            Keys.onReturnPressed: allowAlways.clicked()
            Keys.onEnterPressed: allowAlways.clicked()
            Accessible.name: qsTr("Always allow %1 on %2").arg(root.toolName).arg(root.toolServer)
            ToolTip.visible: hovered || activeFocus
            ToolTip.text: qsTr("Runs %1 on %2 without asking from now on, until the tool changes").arg(root.toolName).arg(root.toolServer)
        }
        Button {
            id: deny

            objectName: "deny"
            text: qsTr("Deny")
            onClicked: root.denyRequested()
            Keys.onReturnPressed: deny.clicked()
            Keys.onEnterPressed: deny.clicked()
            Accessible.name: qsTr("Deny %1").arg(root.toolName)
        }
    }
}
