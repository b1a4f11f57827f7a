// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Tools
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

// Settings → Tools: the MCP servers. Add, edit, enable, trust, restart and remove them; see their
// tools and logs; confirm what a server runs before it first runs and after any change; import
// and export the mcpServers JSON of other clients.
StackLayout {
    id: root

    required property ToolServers tools

    // What the last import found, shown under the buttons.
    property string importSummary

    function confirm(serverId: string) {
        launchDialog.ask(serverId);
    }

    objectName: "toolsPane"
    currentIndex: 0

    ColumnLayout {
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.subtleText
            text: qsTr("Tool servers (MCP) give the model tools, such as reading files or searching. Confab asks you before every call unless you allow a tool for good or trust its server.")
        }
        Label {
            objectName: "secretsWarning"
            visible: root.tools.secretsWarning.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.warningText
            text: root.tools.secretsWarning
        }

        ListView {
            id: list

            objectName: "toolServerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: root.tools.servers
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Tool servers")
            ScrollBar.vertical: ScrollBar {
            }

            delegate: ToolServerRow {
                width: ListView.view.width
                tools: root.tools
                onEditRequested: serverId => {
                    if (root.tools.draft.edit(serverId))
                        root.currentIndex = 1;
                }
                onConfirmRequested: serverId => root.confirm(serverId)
            }

            Label {
                objectName: "noToolServers"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacing, 420)
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.subtleText
                text: qsTr("No tool server yet. Add one, or import the mcpServers file of Claude Desktop, Cursor, LM Studio or VS Code.")
            }
        }

        Label {
            objectName: "importSummary"
            visible: root.importSummary.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.subtleText
            text: root.importSummary
        }

        RowLayout {
            Button {
                objectName: "addToolServer"
                text: qsTr("Add server…")
                onClicked: {
                    root.tools.draft.startNew();
                    root.currentIndex = 1;
                }
                Accessible.name: qsTr("Add a tool server")
            }
            Button {
                objectName: "importToolServers"
                text: qsTr("Import…")
                onClicked: importDialog.open()
                Accessible.name: qsTr("Import tool servers from an mcpServers JSON file")
            }
            Button {
                objectName: "exportToolServers"
                text: qsTr("Export…")
                enabled: list.count > 0
                onClicked: exportDialog.open()
                Accessible.name: qsTr("Export the tool servers as an mcpServers JSON file, without secrets")
            }
        }
    }

    ToolServerEditor {
        draft: root.tools.draft
        onFinished: root.currentIndex = 0
    }

    LaunchConfirmDialog {
        id: launchDialog

        tools: root.tools
    }

    FileDialog {
        id: importDialog

        fileMode: FileDialog.OpenFile
        title: qsTr("Import tool servers")
        acceptLabel: qsTr("Import")
        nameFilters: [qsTr("mcpServers JSON (*.json)")]
        onAccepted: root.importSummary = root.tools.importFile(importDialog.selectedFile)
    }

    FileDialog {
        id: exportDialog

        fileMode: FileDialog.SaveFile
        title: qsTr("Export tool servers")
        acceptLabel: qsTr("Save")
        nameFilters: [qsTr("mcpServers JSON (*.json)")]
        onAccepted: root.importSummary = root.tools.exportFile(exportDialog.selectedFile)
    }
}
