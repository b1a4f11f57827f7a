// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Tools
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts

// One tool server on the Tools page: what it runs, where it is, on/off, trust, and its tools and
// log when opened.
Frame {
    id: root

    required property ToolServers tools
    required property string serverId
    required property string name
    required property string summary
    required property bool enabled
    required property bool trusted
    required property int serverState
    required property string errorMessage
    required property int toolCount
    required property string attention

    property bool expanded: false
    property bool confirmingRemove: false

    signal editRequested(string serverId)
    signal confirmRequested(string serverId)

    objectName: "toolServer_" + root.name
    padding: Theme.spacingM
    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surfaceRaised
        border.color: root.serverState === ToolServer.Failed ? Theme.errorText : Theme.border
    }
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2").arg(root.name).arg(ToolLabels.serverState(root.serverState))

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            IconImage {
                name: root.summary.indexOf("://") >= 0 ? "network-server" : "tools"
                color: root.serverState === ToolServer.Failed ? Theme.errorText : Theme.accent
                sourceSize.width: Theme.iconSize
                sourceSize.height: Theme.iconSize
                Layout.alignment: Qt.AlignTop
                Accessible.ignored: true
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXxs

                Label {
                    Layout.fillWidth: true
                    text: root.serverState === ToolServer.Ready ? qsTr("%1 · %2 · %n tool(s)", "", root.toolCount).arg(root.name).arg(ToolLabels.serverState(root.serverState)) : qsTr("%1 · %2").arg(root.name).arg(ToolLabels.serverState(root.serverState))
                    textFormat: Text.PlainText
                    font.bold: true
                    color: root.serverState === ToolServer.Failed ? Theme.errorText : Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: root.summary
                    textFormat: Text.PlainText
                    font.family: Theme.monospaceFamily
                    font.pointSize: Theme.codeFontSize
                    color: Theme.subtleText
                    elide: Text.ElideMiddle
                }
            }
            IconToolButton {
                objectName: "restartServer"
                visible: root.enabled
                text: qsTr("Restart")
                toolTip: qsTr("Restart %1").arg(root.name)
                icon.name: "view-refresh"
                onClicked: root.tools.restart(root.serverId)
            }
            IconToolButton {
                objectName: "editServer"
                visible: !root.confirmingRemove
                text: qsTr("Edit")
                toolTip: qsTr("Edit %1").arg(root.name)
                icon.name: "document-edit"
                onClicked: root.editRequested(root.serverId)
            }
            IconToolButton {
                objectName: "removeServer"
                visible: !root.confirmingRemove
                text: qsTr("Remove")
                toolTip: qsTr("Remove %1").arg(root.name)
                icon.name: "edit-delete"
                onClicked: root.confirmingRemove = true
            }
            Switch {
                id: enabledSwitch

                objectName: "serverEnabled"
                checked: root.enabled
                onToggled: root.tools.setEnabled(root.serverId, enabledSwitch.checked)
                Accessible.name: qsTr("Use %1").arg(root.name)
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                ToolTip.delay: Theme.toolTipDelay
            }
        }

        Label {
            visible: root.serverState === ToolServer.Failed && root.errorMessage.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.errorText
            text: root.errorMessage
        }
        Label {
            visible: root.attention.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.warningText
            text: root.attention
        }
        Label {
            visible: root.serverState === ToolServer.NeedsConfirmation
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.warningText
            text: qsTr("It has not run yet as it is now: look at what it runs and confirm it first.")
        }

        // Removing asks first: its secrets and approvals go with it.
        RowLayout {
            visible: root.confirmingRemove
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Remove it, its secrets and its approvals?")
                color: Theme.errorText
            }
            Button {
                id: confirmRemove

                objectName: "confirmRemove"
                text: qsTr("Remove")
                icon.name: "edit-delete"
                icon.color: confirmRemove.palette.buttonText
                onClicked: root.tools.removeServer(root.serverId)
                Accessible.name: qsTr("Yes, remove %1").arg(root.name)
            }
            Button {
                text: qsTr("Keep")
                onClicked: root.confirmingRemove = false
                Accessible.name: qsTr("Keep %1").arg(root.name)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Button {
                objectName: "confirmLaunch"
                visible: root.serverState === ToolServer.NeedsConfirmation
                text: qsTr("Review and start…")
                highlighted: true
                onClicked: root.confirmRequested(root.serverId)
                Accessible.name: qsTr("Review and start %1…").arg(root.name)
                Accessible.description: qsTr("Review what %1 runs and start it").arg(root.name)
            }
            Button {
                id: showTools

                objectName: "showTools"
                flat: true
                text: root.expanded ? qsTr("Hide tools and log") : qsTr("Tools and log")
                icon.name: root.expanded ? "pan-up" : "pan-down"
                icon.color: showTools.palette.buttonText
                onClicked: root.expanded = !root.expanded
                Accessible.name: root.expanded ? qsTr("Hide tools and log of %1").arg(root.name) : qsTr("Tools and log of %1").arg(root.name)
            }
        }

        CheckBox {
            id: trustedBox

            objectName: "serverTrusted"
            text: qsTr("Trust this server: run all its tools without asking")
            checked: root.trusted
            onToggled: root.tools.setTrusted(root.serverId, trustedBox.checked)
        }

        ServerToolsView {
            visible: root.expanded
            Layout.fillWidth: true
            tools: root.tools
            serverId: root.serverId
        }
    }
}
