// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.Tools
import QtQuick.Controls
import QtQuick.Layouts

// Adds or edits a tool server, in sections like the provider form: the server (its name and how
// Confab reaches it), what it runs (a command with arguments, environment and working folder,
// or an HTTP address with headers) and its time limit. Environment values and header values go
// to the keychain. The form scrolls; Save and Cancel stay in view below it.
ColumnLayout {
    id: root

    required property ToolServerDraft draft
    readonly property bool http: root.draft.http

    signal finished

    objectName: "toolServerEditor"
    spacing: Theme.spacingM

    ScrollView {
        id: form

        Layout.fillWidth: true
        Layout.fillHeight: true
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(form.availableWidth, Theme.pageWidth)
            spacing: Theme.spacingXl

            Label {
                Layout.fillWidth: true
                text: root.draft.isNew ? qsTr("Add a tool server") : qsTr("Edit the tool server")
                font.pointSize: Theme.fontSizeTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            SettingsSection {
                Layout.fillWidth: true
                title: qsTr("Server")
                description: qsTr("A program Confab starts on this computer, or a server it reaches at an address.")

                Label {
                    text: qsTr("Name")
                    color: Theme.text
                }
                TextField {
                    objectName: "serverName"
                    Layout.fillWidth: true
                    text: root.draft.name
                    onTextEdited: root.draft.name = text
                    Accessible.name: qsTr("Name")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingM

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
            }

            SettingsSection {
                Layout.fillWidth: true
                title: root.http ? qsTr("Address") : qsTr("Command")
                description: root.http ? qsTr("Where the server answers, and the headers it needs. Header values are kept in the keychain.") : qsTr("What Confab runs, with its arguments and environment. Environment values are kept in the keychain.")

                Label {
                    visible: !root.http
                    text: qsTr("Command")
                    color: Theme.text
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
                    color: Theme.text
                }
                TextArea {
                    id: argumentsArea

                    objectName: "serverArguments"
                    Layout.minimumHeight: 3 * Theme.bodyMetrics.height + topPadding + bottomPadding
                    background: Rectangle {
                        radius: Theme.radiusS
                        color: Theme.surfaceSunken
                        border.color: argumentsArea.activeFocus ? Theme.accent : Theme.border
                    }
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
                    color: Theme.text
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                TextArea {
                    id: environment

                    objectName: "serverEnvironment"
                    Layout.minimumHeight: 3 * Theme.bodyMetrics.height + topPadding + bottomPadding
                    background: Rectangle {
                        radius: Theme.radiusS
                        color: Theme.surfaceSunken
                        border.color: environment.activeFocus ? Theme.accent : Theme.border
                    }
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
                    color: Theme.text
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
                    color: Theme.text
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
                    color: Theme.text
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                TextArea {
                    id: headersArea

                    objectName: "serverHeaders"
                    Layout.minimumHeight: 3 * Theme.bodyMetrics.height + topPadding + bottomPadding
                    background: Rectangle {
                        radius: Theme.radiusS
                        color: Theme.surfaceSunken
                        border.color: headersArea.activeFocus ? Theme.accent : Theme.border
                    }
                    visible: root.http
                    Layout.fillWidth: true
                    text: root.draft.headersText
                    font.family: Theme.monospaceFamily
                    onTextChanged: root.draft.headersText = text
                    Accessible.name: qsTr("Headers, Name: value per line")
                    KeyNavigation.priority: KeyNavigation.BeforeItem
                    KeyNavigation.tab: timeout
                }
            }

            SettingsSection {
                Layout.fillWidth: true
                title: qsTr("Limits")
                description: qsTr("A call that takes longer is stopped and the model is told so.")

                RowLayout {
                    spacing: Theme.spacingM

                    Label {
                        text: qsTr("Time limit per call (seconds)")
                        color: Theme.text
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
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.pageWidth
        spacing: Theme.spacingS

        Label {
            objectName: "draftError"
            visible: root.draft.error.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.errorText
            text: root.draft.error
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.subtleText
            text: qsTr("Nothing runs when you save: Confab shows you what it will run and starts it once you confirm.")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Item {
                Layout.fillWidth: true
            }
            Button {
                id: cancelButton

                objectName: "cancelServer"
                text: qsTr("Cancel")
                icon.name: "window-close"
                icon.color: cancelButton.palette.buttonText
                onClicked: root.finished()
                Accessible.name: text
            }
            Button {
                id: saveButton

                objectName: "saveServer"
                text: qsTr("Save")
                highlighted: true
                icon.name: "document-save"
                icon.color: saveButton.palette.buttonText
                onClicked: if (root.draft.save())
                    root.finished()
                Accessible.name: text
            }
        }
    }
}
