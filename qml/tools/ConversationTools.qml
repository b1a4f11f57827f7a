// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Tools
import QtQuick.Controls
import QtQuick.Layouts

// Which servers' tools the model may see in this conversation: a button in the chat header that
// opens a list of the enabled servers, each checked or not.
ToolButton {
    id: root

    required property ToolSelection selection

    signal settingsRequested

    objectName: "conversationToolsButton"
    text: qsTr("Tools: %1/%2").arg(root.selection?.offeredCount ?? 0).arg(root.selection?.count ?? 0)
    icon.name: "tools"
    icon.color: root.palette.buttonText
    icon.width: Theme.iconSizeSmall
    icon.height: Theme.iconSizeSmall
    onClicked: popup.open()
    Accessible.name: qsTr("Tools the model may use in this conversation: %1 of %2 servers").arg(root.selection?.offeredCount ?? 0).arg(root.selection?.count ?? 0)
    ToolTip.visible: hovered
    ToolTip.text: qsTr("Choose which tool servers this conversation offers the model")
    ToolTip.delay: Theme.toolTipDelay

    Popup {
        id: popup

        objectName: "conversationToolsPopup"
        y: root.height
        width: 360
        padding: Theme.spacing
        focus: true

        ColumnLayout {
            anchors.fill: parent

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: true
                text: qsTr("Tools in this conversation")
            }
            Repeater {
                model: root.selection

                CheckBox {
                    required property string serverId
                    required property string name
                    required property int serverState
                    required property int toolCount
                    required property bool offered

                    objectName: "offer_" + name
                    checked: offered
                    text: serverState === ToolServer.Ready ? qsTr("%1 (%n tool(s))", "", toolCount).arg(name) : qsTr("%1 (%2)").arg(name).arg(ToolLabels.serverState(serverState))
                    onToggled: root.selection.setOffered(serverId, checked)
                    Accessible.name: qsTr("Offer the tools of %1").arg(name)
                }
            }
            Button {
                id: settingsButton

                text: qsTr("Tool servers…")
                icon.name: "configure"
                icon.color: settingsButton.palette.buttonText
                onClicked: {
                    popup.close();
                    root.settingsRequested();
                }
                Accessible.name: qsTr("Open the tool server settings")
            }
        }
    }
}
