// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Providers
import Confab.Settings
import Confab.Tools
import QtQuick.Controls
import QtQuick.Layouts

// Settings: the configured providers (add, edit, delete, make default), general settings and
// the network.
Page {
    id: root

    required property ProviderService service
    required property SettingsExport settingsExport
    required property NetworkSettings networkSettings
    required property NetworkStatus networkStatus
    // Why the CA file could not be used (from the application); empty otherwise.
    property string caError
    // The tool servers (MCP); the Tools tab shows them when set.
    property ToolServers tools: null
    // What the About box tells; the About button shows when set.
    property AppInfo appInfo: null

    function showTools() {
        tabs.currentIndex = 3;
    }

    signal closeRequested

    // Opens the editor on a new provider.
    function addProvider(presetId: string) {
        root.service.draft.startNew(presetId);
        root.editedProviderId = "";
        tabs.currentIndex = 0;
        providerPages.currentIndex = 1;
        editor.focusFirst();
    }

    // The focus goes to the tab shown (opening the settings).
    function focusFirst() {
        tabs.currentItem.forceActiveFocus(Qt.TabFocusReason);
    }

    // Back from the editor to the list, with the focus where the editor was opened from.
    function closeEditor() {
        providerPages.currentIndex = 0;
        const row = providerList.itemAtIndex(root.service.providers.indexOf(root.editedProviderId)) as ProviderRow;
        if (row)
            row.focusEdit();
        else
            addButton.forceActiveFocus(Qt.TabFocusReason);
    }

    // The provider being edited ("" for a new one).
    property string editedProviderId

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Settings")

    // Esc leaves the provider form, else the settings.
    Shortcut {
        sequence: "Esc"
        enabled: root.visible && !about.visible
        onActivated: {
            if (providerPages.currentIndex === 1)
                editor.cancel();
            else
                root.closeRequested();
        }
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent

            ToolButton {
                id: backButton

                objectName: "closeSettings"
                text: qsTr("Back")
                icon.name: "go-previous"
                icon.color: backButton.palette.buttonText
                onClicked: root.closeRequested()
                Accessible.name: qsTr("Back to the chat")
                Accessible.onPressAction: clicked()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Back to the chat (Esc)")
            }
            TabBar {
                id: tabs

                Layout.fillWidth: true

                TabButton {
                    objectName: "providersTab"
                    text: qsTr("Providers")
                }
                TabButton {
                    objectName: "generalTab"
                    text: qsTr("General")
                }
                TabButton {
                    objectName: "networkTab"
                    text: qsTr("Network")
                }
                TabButton {
                    objectName: "toolsTab"
                    text: qsTr("Tools")
                }
            }
            ToolButton {
                id: aboutButton

                objectName: "aboutButton"
                visible: root.appInfo !== null
                text: qsTr("About Confab")
                icon.name: "help-about"
                icon.color: aboutButton.palette.buttonText
                onClicked: about.open()
                Accessible.name: text
                Accessible.onPressAction: clicked()
            }
        }
    }

    background: Rectangle {
        color: Theme.background
    }

    AboutDialog {
        id: about

        appInfo: root.appInfo
        returnFocusTo: aboutButton
    }

    StackLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        currentIndex: tabs.currentIndex

        // The list, or the editor. Not a StackLayout: on Qt 6.4 the nested layouts of a page a
        // StackLayout shows again keep the arrangement they had when it was hidden (opening the
        // editor drew the key fields over their labels).
        Item {
            id: providerPages

            property int currentIndex: 0

            ColumnLayout {
                anchors.fill: parent
                visible: providerPages.currentIndex === 0
                spacing: Theme.spacingS

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Providers")
                    font.pointSize: Theme.fontSizeHeading
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.spacingS
                    text: qsTr("Where the answers come from: services on the internet, or model servers on this computer. New conversations use the default one.")
                    wrapMode: Text.Wrap
                    color: Theme.subtleText
                }

                ListView {
                    id: providerList

                    objectName: "providerList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.maximumWidth: Theme.pageWidth
                    clip: true
                    spacing: Theme.spacingS
                    model: root.service.providers
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Providers")

                    delegate: ProviderRow {
                        width: ListView.view.width
                        onEditRequested: providerId => {
                            if (!root.service.draft.edit(providerId))
                                return;
                            root.editedProviderId = providerId;
                            providerPages.currentIndex = 1;
                            editor.focusFirst();
                        }
                        onDeleteConfirmed: providerId => {
                            root.service.removeProvider(providerId);
                            addButton.forceActiveFocus(Qt.TabFocusReason);
                        }
                        onMakeDefaultRequested: providerId => root.service.settings.defaultProviderId = providerId
                    }

                    Label {
                        objectName: "noProviders"
                        anchors.centerIn: parent
                        width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.formWidth)
                        visible: root.service.providers.count === 0
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        color: Theme.subtleText
                        text: qsTr("No provider yet. Add one with “Add provider…” below: OpenAI, Anthropic, Google Gemini, a local Ollama or llama.cpp, or any OpenAI-compatible server.")
                    }
                }
                Button {
                    id: addButton

                    objectName: "addProvider"
                    text: qsTr("Add provider…")
                    icon.name: "list-add"
                    icon.color: addButton.palette.buttonText
                    onClicked: root.addProvider("openai")
                    Accessible.name: qsTr("Add provider")
                    Accessible.onPressAction: clicked()
                }
            }

            ProviderEditor {
                id: editor

                objectName: "providerEditor"
                anchors.fill: parent
                visible: providerPages.currentIndex === 1
                service: root.service
                onFinished: root.closeEditor()
            }
        }

        GeneralPane {
            service: root.service
            settingsExport: root.settingsExport
        }

        NetworkPane {
            settings: root.networkSettings
            status: root.networkStatus
            caError: root.caError
        }

        // Loaded by URL: on Qt 6.4 a Loader cannot create an inline component of a file with
        // "ComponentBehavior: Bound" (it makes its own context).
        Loader {
            id: toolsLoader

            objectName: "toolsPaneLoader"
            Component.onCompleted: if (root.tools)
                toolsLoader.setSource("qrc:/qt/qml/Confab/Tools/ToolsPane.qml", {
                        "tools": root.tools
                    })
        }
    }
}
