// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.Markdown
import Confab.Tools
import QtQuick.Controls
import QtQuick.Layouts

// One tool call of an answer (a tool message): which tool of which server with which
// arguments, and where it is: waiting for approval (the card asks), running, its result, or why
// it did not run.
Item {
    id: root

    required property int index
    required property var messageId
    required property int toolStatus
    required property int toolApproval
    required property string toolServer
    required property string toolName
    required property string toolArguments
    required property bool toolArgumentsEdited
    required property bool toolIsError
    required property var toolImages
    required property string toolWarnings
    required property string toolChanges
    required property string text
    required property string errorMessage
    required property MarkdownStream markdown

    readonly property bool awaiting: root.toolStatus === ToolRun.AwaitingApproval
    readonly property bool running: root.toolStatus === ToolRun.Running

    signal allowRequested(var messageId, bool always, string arguments)
    signal denyRequested(var messageId)
    signal linkRequested(string url)

    objectName: "toolRun"
    implicitHeight: card.implicitHeight

    Rectangle {
        id: card

        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentWidth)
        implicitHeight: column.implicitHeight + 16
        radius: 6
        color: Theme.codeBackground
        border.color: root.awaiting ? Theme.accent : Theme.codeBorder
        border.width: root.awaiting ? 2 : 1
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Tool call %1 on %2: %3").arg(root.toolName).arg(root.toolServer).arg(ToolLabels.status(root.toolStatus))

        ColumnLayout {
            id: column

            anchors.fill: parent
            anchors.margins: 8
            spacing: 6

            RowLayout {
                Layout.fillWidth: true

                Label {
                    objectName: "toolTitle"
                    Layout.fillWidth: true
                    text: root.toolServer.length > 0 ? qsTr("⚙ %1 on %2").arg(root.toolName).arg(root.toolServer) : qsTr("⚙ %1").arg(root.toolName)
                    textFormat: Text.PlainText
                    font.family: Theme.monospaceFamily
                    font.bold: true
                    font.pointSize: Theme.codeFontSize
                    color: Theme.text
                    elide: Text.ElideRight
                }
                BusyIndicator {
                    visible: root.running
                    running: visible
                    implicitWidth: 20
                    implicitHeight: 20
                    Accessible.name: qsTr("The tool is running")
                }
                Label {
                    objectName: "toolStatus"
                    text: ToolLabels.approval(root.toolApproval).length > 0 && !root.awaiting ? qsTr("%1 · %2").arg(ToolLabels.status(root.toolStatus)).arg(ToolLabels.approval(root.toolApproval)) : ToolLabels.status(root.toolStatus)
                    color: root.toolStatus === ToolRun.Failed ? Theme.errorText : root.awaiting ? Theme.accent : Theme.subtleText
                    font.pointSize: Theme.codeFontSize
                }
            }

            Label {
                objectName: "toolWarnings"
                visible: root.toolWarnings.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Theme.warningText
                text: qsTr("Careful: this tool hides text from you. %1").arg(root.toolWarnings)
                background: Rectangle {
                    color: Theme.warningBackground
                }
            }

            ToolApprovalCard {
                visible: root.awaiting
                Layout.fillWidth: true
                toolName: root.toolName
                toolServer: root.toolServer
                toolArguments: root.toolArguments
                toolChanges: root.toolChanges
                onAllowRequested: (always, args) => root.allowRequested(root.messageId, always, args)
                onDenyRequested: root.denyRequested(root.messageId)
            }

            // The arguments it ran (or would have run) with.
            Label {
                visible: !root.awaiting
                text: root.toolArgumentsEdited ? qsTr("Arguments (changed by you)") : qsTr("Arguments")
                color: Theme.subtleText
            }
            TextEdit {
                objectName: "toolRunArguments"
                visible: !root.awaiting
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                activeFocusOnTab: true
                wrapMode: TextEdit.WrapAnywhere
                textFormat: TextEdit.PlainText
                text: root.toolArguments
                color: Theme.text
                selectionColor: Theme.accent
                selectedTextColor: Theme.accentText
                font.family: Theme.monospaceFamily
                font.pointSize: Theme.codeFontSize
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Arguments")
            }

            ToolResultView {
                visible: root.toolStatus === ToolRun.Succeeded
                Layout.fillWidth: true
                text: root.text
                isError: root.toolIsError
                images: root.toolImages
                markdown: root.markdown
                onLinkActivated: url => root.linkRequested(url)
            }

            Label {
                objectName: "toolError"
                visible: root.toolStatus === ToolRun.Failed
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Theme.errorText
                text: root.errorMessage
            }
        }
    }
}
