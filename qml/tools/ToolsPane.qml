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
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.pageWidth
            text: qsTr("Tool servers")
            font.pointSize: Theme.fontSizeHeading
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.pageWidth
            Layout.bottomMargin: Theme.spacingS
            wrapMode: Text.Wrap
            color: Theme.subtleText
            text: qsTr("Tool servers (MCP) give the model tools, such as reading files or searching. Confab asks you before every call unless you allow a tool for good or trust its server.")
        }
        Label {
            objectName: "secretsWarning"
            visible: root.tools.secretsWarning.length > 0
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.pageWidth
            wrapMode: Text.Wrap
            color: Theme.warningText
            text: root.tools.secretsWarning
        }

        ListView {
            id: list

            objectName: "toolServerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.pageWidth
            clip: true
            spacing: Theme.spacingS
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
                width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.formWidth)
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
            spacing: Theme.spacingS

            Button {
                id: addButton

                objectName: "addToolServer"
                text: qsTr("Add a tool server…")
                icon.name: "list-add"
                icon.color: addButton.palette.buttonText
                onClicked: {
                    root.tools.draft.startNew();
                    root.currentIndex = 1;
                }
                Accessible.name: qsTr("Add a tool server")
            }
            Button {
                id: importButton

                objectName: "importToolServers"
                text: qsTr("Import…")
                icon.name: "document-import"
                icon.color: importButton.palette.buttonText
                onClicked: importDialog.open()
                Accessible.name: qsTr("Import tool servers from an mcpServers JSON file")
            }
            Button {
                id: exportButton

                objectName: "exportToolServers"
                text: qsTr("Export…")
                icon.name: "document-export"
                icon.color: exportButton.palette.buttonText
                enabled: list.count > 0
                onClicked: exportDialog.open()
                Accessible.name: qsTr("Export the tool servers as an mcpServers JSON file, without secrets")
                Accessible.description: enabled ? "" : A11y.unavailable
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
