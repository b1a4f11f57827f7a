// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.Tools
import QtQuick.Controls
import QtQuick.Layouts

// Before a tool server first runs, and again after any change: exactly what it runs (command,
// each argument, environment, working folder) or where it connects (address, headers), and what
// changed since the user last confirmed it.
Dialog {
    id: root

    required property ToolServers tools
    property string serverId
    property var details: ({})
    readonly property bool http: root.details.http ?? false

    function ask(id: string) {
        root.serverId = id;
        root.details = root.tools.launchDetails(id);
        root.open();
    }

    objectName: "launchConfirmDialog"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (parent ? parent.width : 640) - 40)
    title: qsTr("Start %1?").arg(root.details.name ?? "")
    onAccepted: root.tools.confirmLaunch(root.serverId)

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: root.http ? qsTr("Confab will connect to this address and send these headers:") : qsTr("Confab will run this program with these arguments and this environment. Only confirm what you recognise.")
        }
        TextArea {
            objectName: "launchDetails"
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            textFormat: TextEdit.PlainText
            font.family: Theme.monospaceFamily
            font.pointSize: Theme.codeFontSize
            Accessible.name: qsTr("What the server runs")
            text: {
                const d = root.details;
                if (!d.name)
                    return "";
                if (root.http)
                    return qsTr("Address: %1").arg(d.url) + "\n" + d.headers.map(h => qsTr("Header: %1").arg(h)).join("\n");
                const lines = [qsTr("Command: %1").arg(d.command)];
                for (const a of d.arguments)
                    lines.push(qsTr("Argument: %1").arg(a));
                for (const e of d.environment)
                    lines.push(qsTr("Environment: %1").arg(e));
                if (d.workingDirectory.length > 0)
                    lines.push(qsTr("Working folder: %1").arg(d.workingDirectory));
                return lines.join("\n");
            }
        }
        Label {
            visible: (root.details.changes ?? "").length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.warningText
            text: qsTr("This changed since you last confirmed it:")
        }
        TextArea {
            objectName: "launchChanges"
            visible: (root.details.changes ?? "").length > 0
            Layout.fillWidth: true
            readOnly: true
            wrapMode: TextEdit.WrapAnywhere
            textFormat: TextEdit.PlainText
            font.family: Theme.monospaceFamily
            font.pointSize: Theme.codeFontSize
            text: root.details.changes ?? ""
            Accessible.name: qsTr("What changed")
        }
    }

    footer: RowLayout {
        Item {
            Layout.fillWidth: true
        }
        Button {
            objectName: "confirmStart"
            text: root.http ? qsTr("Connect") : qsTr("Run it")
            highlighted: true
            onClicked: root.accept()
            Keys.onReturnPressed: root.accept()
            Accessible.name: root.http ? qsTr("Connect to %1").arg(root.details.name ?? "") : qsTr("Run %1").arg(root.details.name ?? "")
        }
        Button {
            objectName: "cancelStart"
            text: qsTr("Cancel")
            onClicked: root.reject()
            Keys.onReturnPressed: root.reject()
            Layout.rightMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacing
        }
    }
}
