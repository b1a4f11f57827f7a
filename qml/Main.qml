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

    // Opens the settings over the chat, with the focus in them; closeSettings() puts it back.
    function openSettings() {
        if (settingsPage.visible)
            return;
        settingsFocus.save(root.activeFocusItem);
        settingsPage.visible = true;
        settingsPage.focusFirst();
    }

    function closeSettings() {
        if (!settingsPage.visible)
            return;
        settingsPage.visible = false;
        if (firstRunPage.visible)
            firstRunPage.focusFirst();
        else if (!settingsFocus.restore())
            chatPage.focusComposer();
    }

    // Where the focus goes when its control went away: the message box, or the page on top.
    function focusHome() {
        if (settingsPage.visible)
            settingsPage.focusFirst();
        else if (firstRunPage.visible)
            firstRunPage.focusFirst();
        else
            chatPage.focusComposer();
    }

    // Ctrl+B: into the history panel (shown if hidden); from inside it, hides it.
    function toggleHistory() {
        if (historyPanel.visible && historyPanel.activeFocus) {
            historyPanel.visible = false;
            chatPage.focusComposer();
            return;
        }
        historyPanel.visible = true;
        historyPanel.focusList();
    }

    Shortcut {
        sequence: "Ctrl+B"
        enabled: mainContent.visible
        onActivated: root.toggleHistory()
    }
    Shortcut {
        sequence: "Ctrl+,"
        onActivated: settingsPage.visible ? root.closeSettings() : root.openSettings()
    }

    Component.onCompleted: {
        if (root.firstRun.shouldOffer && !root.chat.configured)
            root.firstRun.start();
    }
    // The window is shown by the application: the focus starts in the message box (or on the
    // welcome page), so typing goes somewhere at once.
    onVisibleChanged: {
        if (!visible)
            return;
        if (firstRunPage.visible)
            firstRunPage.focusFirst();
        else
            chatPage.focusComposer();
    }

    // Enter presses buttons, Tab leaves text areas; the focus ring follows the keyboard.
    WindowKeyboard {
        id: keyboard

        window: root
        onFocusLost: root.focusHome()
    }
    FocusRing {
        parent: Overlay.overlay
        keyboard: keyboard
    }
    // What screen readers hear when something happens that is not under the focus.
    LiveAnnouncer {
        id: announcer
    }
    // An answer started, finished, failed or was stopped.
    ChatAnnouncer {
        chat: root.chat
        onAnnounced: message => announcer.announce(message)
    }
    FocusMemory {
        id: settingsFocus
    }
    Timer {
        id: composerFocusLater

        interval: 0
        onTriggered: chatPage.focusComposer()
    }

    // The chat and its history. Hidden while the settings or the welcome page cover them, so
    // nothing under those takes the focus or is read out.
    RowLayout {
        id: mainContent

        anchors.fill: parent
        spacing: 0
        visible: !settingsPage.visible && !firstRunPage.visible

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
            onAnnounced: message => announcer.announce(message)
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
                padding: Theme.spacingS
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
                onSettingsRequested: root.openSettings()
                onAnnounced: message => announcer.announce(message)
                onToolSettingsRequested: {
                    settingsPage.showTools();
                    root.openSettings();
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
        appInfo: root.appInfo
        onCloseRequested: root.closeSettings()
    }

    FirstRunOfferPage {
        id: firstRunPage

        objectName: "firstRunPage"
        anchors.fill: parent
        visible: root.firstRun.shouldOffer && !root.chat.configured && !settingsPage.visible
        offer: root.firstRun
        onManualSetupRequested: {
            root.openSettings();
            settingsPage.addProvider("openai");
        }
        // A provider was added here or the welcome dismissed: on to the message box (once the
        // chat has taken the new provider and its composer is enabled).
        onVisibleChanged: if (!visible && !settingsPage.visible)
            composerFocusLater.start()
    }

    HistoryFiles {
        id: historyFiles

        history: root.history
    }
}
