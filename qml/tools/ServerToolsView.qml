// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Tools
import QtQuick.Controls
import QtQuick.Layouts

// A server's tools (each can be withheld from the model; a standing approval can be revoked;
// changes since the approval and hidden text are shown) and its log (stderr, notifications).
ColumnLayout {
    id: root

    required property ToolServers tools
    required property string serverId

    readonly property ToolListModel toolList: root.tools.toolsOf(root.serverId)
    property string log: root.tools.logOf(root.serverId)

    spacing: 6

    Connections {
        target: root.tools

        function onLogChanged(serverId: string) {
            if (serverId === root.serverId)
                logTimer.restart();
        }
    }
    // The log changes with every line a chatty server writes: read it at most twice a second.
    Timer {
        id: logTimer

        interval: 500
        onTriggered: root.log = root.tools.logOf(root.serverId)
    }

    Repeater {
        model: root.toolList

        ColumnLayout {
            id: toolRow

            required property string name
            required property string title
            required property string description
            required property bool toolEnabled
            required property bool always
            required property bool changed
            required property string changes
            required property string warnings
            required property bool readOnlyHint
            required property bool destructiveHint
            required property bool needsTasks

            Layout.fillWidth: true
            spacing: 2

            RowLayout {
                Layout.fillWidth: true

                CheckBox {
                    objectName: "toolEnabled_" + toolRow.name
                    checked: toolRow.toolEnabled && !toolRow.needsTasks
                    enabled: !toolRow.needsTasks
                    text: toolRow.title
                    onToggled: root.tools.setToolEnabled(root.serverId, toolRow.name, checked)
                    Accessible.name: qsTr("Offer %1 to the model").arg(toolRow.title)
                }
                Label {
                    text: toolRow.readOnlyHint ? qsTr("says it only reads") : toolRow.destructiveHint ? qsTr("may change or delete things") : ""
                    color: Theme.subtleText
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                Button {
                    visible: toolRow.always
                    text: qsTr("Ask again")
                    onClicked: root.tools.revokeAlways(root.serverId, toolRow.name)
                    Accessible.name: qsTr("Ask before each call of %1 again").arg(toolRow.title)
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Theme.subtleText
                text: toolRow.needsTasks ? qsTr("Needs MCP tasks, which Confab does not support.") : toolRow.description
            }
            Label {
                visible: toolRow.warnings.length > 0
                Layout.fillWidth: true
                Layout.leftMargin: 32
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Theme.warningText
                text: toolRow.warnings
            }
            Label {
                visible: toolRow.changed
                Layout.leftMargin: 32
                color: Theme.warningText
                text: qsTr("Changed since you approved it; you will be asked again:")
            }
            TextEdit {
                visible: toolRow.changed
                Layout.fillWidth: true
                Layout.leftMargin: 32
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                textFormat: TextEdit.PlainText
                text: toolRow.changes
                color: Theme.text
                font.family: Theme.monospaceFamily
                font.pointSize: Theme.codeFontSize
            }
        }
    }

    Label {
        text: qsTr("Log")
        font.bold: true
        color: Theme.text
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(logText.implicitHeight + 8, 160)

        TextArea {
            id: logText

            objectName: "serverLog"
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            textFormat: TextEdit.PlainText
            text: root.log.length > 0 ? root.log : qsTr("Nothing logged yet.")
            font.family: Theme.monospaceFamily
            font.pointSize: Theme.codeFontSize
            Accessible.name: qsTr("Server log")
        }
    }
}
