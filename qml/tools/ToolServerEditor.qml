// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.Tools
import QtQuick.Controls
import QtQuick.Layouts

// Adds or edits a tool server: a command with arguments, environment and working folder, or an
// HTTP address with headers. Environment values and header values go to the keychain.
ScrollView {
    id: root

    required property ToolServerDraft draft
    readonly property bool http: root.draft.http

    signal finished

    objectName: "toolServerEditor"
    contentWidth: availableWidth

    ColumnLayout {
        width: root.availableWidth
        spacing: 6

        Label {
            text: root.draft.isNew ? qsTr("Add a tool server") : qsTr("Edit the tool server")
            font.bold: true
            font.pointSize: Theme.fontSize * 1.2
        }
        Label {
            text: qsTr("Name")
        }
        TextField {
            objectName: "serverName"
            Layout.fillWidth: true
            text: root.draft.name
            onTextEdited: root.draft.name = text
            Accessible.name: qsTr("Name")
        }
        RowLayout {
            RadioButton {
                objectName: "transportStdio"
                text: qsTr("A program on this computer (stdio)")
                checked: !root.http
                onToggled: root.draft.http = false
            }
            RadioButton {
                objectName: "transportHttp"
                text: qsTr("A server at an address (HTTP)")
                checked: root.http
                onToggled: root.draft.http = true
            }
        }

        Label {
            visible: !root.http
            text: qsTr("Command")
        }
        TextField {
            objectName: "serverCommand"
            visible: !root.http
            Layout.fillWidth: true
            text: root.draft.command
            placeholderText: qsTr("npx, uvx, node, or the path of a program")
            onTextEdited: root.draft.command = text
            Accessible.name: qsTr("Command")
        }
        Label {
            visible: !root.http
            text: qsTr("Arguments, one per line")
        }
        TextArea {
            objectName: "serverArguments"
            visible: !root.http
            Layout.fillWidth: true
            text: root.draft.argumentsText
            font.family: Theme.monospaceFamily
            onTextChanged: root.draft.argumentsText = text
            Accessible.name: qsTr("Arguments, one per line")
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: environment
        }
        Label {
            visible: !root.http
            text: qsTr("Environment variables, NAME=value per line (kept in the keychain)")
        }
        TextArea {
            id: environment

            objectName: "serverEnvironment"
            visible: !root.http
            Layout.fillWidth: true
            text: root.draft.environmentText
            font.family: Theme.monospaceFamily
            onTextChanged: root.draft.environmentText = text
            Accessible.name: qsTr("Environment variables, NAME=value per line")
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: folder
        }
        Label {
            visible: !root.http
            text: qsTr("Working folder (optional)")
        }
        TextField {
            id: folder

            objectName: "serverFolder"
            visible: !root.http
            Layout.fillWidth: true
            text: root.draft.workingDirectory
            onTextEdited: root.draft.workingDirectory = text
            Accessible.name: qsTr("Working folder")
        }

        Label {
            visible: root.http
            text: qsTr("Address")
        }
        TextField {
            objectName: "serverUrl"
            visible: root.http
            Layout.fillWidth: true
            text: root.draft.url
            placeholderText: "https://example.com/mcp"
            onTextEdited: root.draft.url = text
            Accessible.name: qsTr("Address")
        }
        Label {
            visible: root.http
            text: qsTr("Headers, “Name: value” per line (kept in the keychain)")
        }
        TextArea {
            objectName: "serverHeaders"
            visible: root.http
            Layout.fillWidth: true
            text: root.draft.headersText
            font.family: Theme.monospaceFamily
            onTextChanged: root.draft.headersText = text
            Accessible.name: qsTr("Headers, Name: value per line")
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: timeout
        }

        RowLayout {
            Label {
                text: qsTr("Time limit per call (seconds)")
            }
            SpinBox {
                id: timeout

                objectName: "serverTimeout"
                from: 1
                to: 86400
                editable: true
                value: root.draft.timeoutSeconds
                onValueModified: root.draft.timeoutSeconds = value
                Accessible.name: qsTr("Time limit per call in seconds")
            }
        }

        Label {
            objectName: "draftError"
            visible: root.draft.error.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.errorText
            text: root.draft.error
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.subtleText
            text: qsTr("Nothing runs when you save: Confab shows you what it will run and starts it once you confirm.")
        }
        RowLayout {
            Button {
                objectName: "saveServer"
                text: qsTr("Save")
                highlighted: true
                onClicked: if (root.draft.save())
                    root.finished()
            }
            Button {
                objectName: "cancelServer"
                text: qsTr("Cancel")
                onClicked: root.finished()
            }
        }
    }
}
