// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.Providers
import Confab.Settings
import Confab.History
import Confab.Tools
import Confab.Chat
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: root

    required property ChatController chat
    required property HistoryController history
    required property ProviderService providers
    required property NetworkStatus networkStatus
    required property NetworkSettings networkSettings
    required property NetworkConfigurator networkConfig
    required property SettingsExport settingsExport
    required property AppInfo appInfo
    required property FirstRunOffer firstRun
    required property ToolServers tools

    width: 960
    height: 720
    minimumWidth: 420
    minimumHeight: 360
    // Shown by the application once its saved size and position are restored.
    visible: false
    title: root.chat.configured ? qsTr("Confab — %1").arg(root.chat.modelName) : qsTr("Confab")
    color: Theme.background

    // The controls follow the theme (light, dark or the system's) through the window's palette.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.background
    palette.text: Theme.text
    palette.button: Theme.button
    palette.buttonText: Theme.text
    palette.brightText: Theme.accentText
    palette.highlight: Theme.highlight
    palette.highlightedText: Theme.accentText
    palette.link: Theme.link
    palette.linkVisited: Theme.link
    palette.placeholderText: Theme.subtleText
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text
    palette.light: Theme.bevelLight
    palette.midlight: Theme.bevelMidlight
    palette.mid: Theme.bevelMid
    palette.dark: Theme.bevelDark
    palette.disabled.text: Theme.disabledText
    palette.disabled.buttonText: Theme.disabledText
    palette.disabled.windowText: Theme.disabledText

    // Appearance from the settings, applied at once.
    Binding {
        target: Theme
        property: "mode"
        value: root.providers.settings.theme
    }
    Binding {
        target: Theme
        property: "fontSize"
        value: root.providers.settings.fontSize
    }

    Shortcut {
        sequence: "Ctrl+B"
        onActivated: historyPanel.visible = !historyPanel.visible
    }
    Shortcut {
        sequence: "Ctrl+,"
        onActivated: settingsPage.visible = !settingsPage.visible
    }

    Component.onCompleted: {
        if (root.firstRun.shouldOffer && !root.chat.configured)
            root.firstRun.start();
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        HistoryPanel {
            id: historyPanel

            objectName: "historyPanel"
            Layout.fillHeight: true
            Layout.preferredWidth: 280
            visible: root.width >= 720
            history: root.history
            currentConversationId: root.chat.conversationId
            onConversationChosen: (conversationId, messageId) => chatPage.openConversation(conversationId, messageId)
            onNewChatRequested: root.chat.newConversation()
            onExportRequested: (conversationId, format) => historyFiles.exportConversation(conversationId, format)
            onExportAllRequested: historyFiles.exportAll()
            onImportRequested: historyFiles.importFile()
        }
        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.border
            visible: historyPanel.visible
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Label {
                objectName: "offlineBanner"
                Layout.fillWidth: true
                visible: !root.networkStatus.online
                padding: 6
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("This computer is offline. Local servers still work; cloud providers will answer again when the connection is back.")
                wrapMode: Text.Wrap
                color: Theme.warningText
                background: Rectangle {
                    color: Theme.surface
                }
            }
            ChatPage {
                id: chatPage

                Layout.fillWidth: true
                Layout.fillHeight: true
                chat: root.chat
                providers: root.providers
                onSettingsRequested: settingsPage.visible = true
                onToolSettingsRequested: {
                    settingsPage.showTools();
                    settingsPage.visible = true;
                }
            }
        }
    }

    SettingsPage {
        id: settingsPage

        objectName: "settingsPage"
        anchors.fill: parent
        visible: false
        service: root.providers
        settingsExport: root.settingsExport
        networkSettings: root.networkSettings
        networkStatus: root.networkStatus
        caError: root.networkConfig.caError
        tools: root.tools
        onCloseRequested: settingsPage.visible = false
    }

    FirstRunOfferPage {
        anchors.fill: parent
        visible: root.firstRun.shouldOffer && !root.chat.configured && !settingsPage.visible
        offer: root.firstRun
        onManualSetupRequested: {
            settingsPage.visible = true;
            settingsPage.addProvider("openai");
        }
    }

    HistoryFiles {
        id: historyFiles

        history: root.history
    }
}
