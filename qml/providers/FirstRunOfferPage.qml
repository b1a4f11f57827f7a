// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Providers
import QtQuick.Controls
import QtQuick.Layouts

// First start: a welcome, what was found on this computer and in the environment (one click
// each), then every preset as a card that opens a short form asking only what it needs.
Pane {
    id: root

    required property FirstRunOffer offer
    readonly property ProviderService service: root.offer.service
    // The card whose short form is open (-1: the cards are shown).
    property int openedPreset: -1

    // A provider was added from an offer.
    signal accepted(string providerId)
    // The user wants the full provider form in the settings.
    signal manualSetupRequested

    // The focus goes to the first offer, else the first card (or into the open form).
    function focusFirst() {
        if (root.openedPreset >= 0)
            quickSetup.focusFirst();
        else if (offerList.count > 0)
            offerList.forceActiveFocus(Qt.TabFocusReason);
        else if (cards.count > 0)
            cards.itemAt(0).forceActiveFocus(Qt.TabFocusReason);
        else
            manualSetup.forceActiveFocus(Qt.TabFocusReason);
    }

    // Opens the short form of preset row @p index.
    function openPreset(index: int, presetId: string) {
        root.service.draft.startNew(presetId);
        root.openedPreset = index;
        quickSetup.focusFirst();
    }

    // Back from the short form, to the card it was opened from.
    function closePreset() {
        const index = root.openedPreset;
        root.service.draft.cancelTest();
        root.openedPreset = -1;
        const card = cards.itemAt(index);
        if (card)
            card.forceActiveFocus(Qt.TabFocusReason);
    }

    padding: 0
    background: Rectangle {
        color: Theme.background
    }
    Component.onCompleted: root.offer.start()

    Shortcut {
        sequence: "Esc"
        enabled: root.visible && root.openedPreset >= 0
        onActivated: root.closePreset()
    }

    ScrollView {
        id: scroller

        anchors.fill: parent
        contentWidth: availableWidth
        visible: root.openedPreset < 0

        ColumnLayout {
            x: Math.max(Theme.spacingXl, (scroller.availableWidth - width) / 2)
            width: Math.min(scroller.availableWidth - 2 * Theme.spacingXl, Theme.pageWidth)
            spacing: Theme.spacingM

            Item {
                Layout.preferredHeight: Theme.spacingXl
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingL

                Image {
                    Layout.alignment: Qt.AlignTop
                    source: "qrc:/icons/io.github.confabchat.Confab.svg"
                    Layout.preferredWidth: Theme.appIconSize
                    Layout.preferredHeight: Theme.appIconSize
                    sourceSize.width: Theme.appIconSize
                    sourceSize.height: Theme.appIconSize
                    Accessible.ignored: true
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingXs

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Welcome to Confab")
                        font.pointSize: Theme.fontSizeDisplay
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Chat with language models on this computer or online. Choose where the answers come from; you can add more later in Settings.")
                        color: Theme.subtleText
                        wrapMode: Text.Wrap
                    }
                }
            }

            // What was found.
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingL
                spacing: Theme.spacingS

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Found on this computer")
                    font.pointSize: Theme.fontSizeHeading
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                SteppedBusyIndicator {
                    objectName: "firstRunSearching"
                    running: root.offer.searching
                    visible: running
                    Layout.preferredWidth: Theme.iconSize
                    Layout.preferredHeight: Theme.iconSize
                    Accessible.name: qsTr("Searching")
                }
            }
            Label {
                Layout.fillWidth: true
                visible: offerList.count === 0
                wrapMode: Text.Wrap
                color: Theme.subtleText
                text: root.offer.searching ? qsTr("Looking for model servers on this computer…") : qsTr("No model server is running here and no API key is set in the environment.")
            }
            ListView {
                id: offerList

                objectName: "offerList"
                Layout.fillWidth: true
                Layout.preferredHeight: contentHeight
                visible: count > 0
                interactive: false
                spacing: Theme.spacingS
                model: root.offer.offers
                // A Tab stop when there is something to choose.
                activeFocusOnTab: count > 0
                keyNavigationEnabled: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Found providers")

                delegate: PresetCard {
                    id: item

                    required property var modelData
                    required property int index

                    objectName: "offer_" + item.index
                    width: ListView.view.width
                    focus: ListView.isCurrentItem
                    iconName: item.modelData.kind === "local" ? "computer" : "dialog-password"
                    actionText: qsTr("Use")
                    text: item.modelData.kind === "local" ? qsTr("%1 at %2 — %n model(s)", "", item.modelData.models).arg(item.modelData.name).arg(item.modelData.baseUrl) : qsTr("%1 with the key in %2").arg(item.modelData.name).arg(item.modelData.envVar)
                    onClicked: {
                        const id = root.offer.accept(item.index);
                        if (id.length > 0)
                            root.accepted(id);
                    }
                }
            }

            // Every preset.
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingL
                text: qsTr("Connect a provider")
                font.pointSize: Theme.fontSizeHeading
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            GridLayout {
                id: grid

                objectName: "presetGrid"
                Layout.fillWidth: true
                columns: Math.max(1, Math.floor((width + columnSpacing) / (Theme.cardWidth + columnSpacing)))
                columnSpacing: Theme.spacingS
                rowSpacing: Theme.spacingS

                Repeater {
                    id: cards

                    model: root.service.presets

                    delegate: PresetCard {
                        id: card

                        required property int index
                        required property string presetId
                        required property string name
                        required property bool isLocal
                        required property string description

                        objectName: "preset_" + (card.presetId.length > 0 ? card.presetId : "custom")
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: Theme.cardWidth
                        text: card.name
                        summary: card.description
                        iconName: card.isLocal ? "computer" : card.presetId.length > 0 ? "applications-internet" : "network-server"
                        onClicked: root.openPreset(card.index, card.presetId)
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingM

                Button {
                    id: manualSetup

                    objectName: "manualSetup"
                    text: qsTr("Full provider form…")
                    icon.name: "configure"
                    icon.color: manualSetup.palette.buttonText
                    onClicked: root.manualSetupRequested()
                    Accessible.name: qsTr("Full provider form in Settings")
                    Accessible.onPressAction: clicked()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Every field, such as extra headers, in Settings")
                }
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    id: dismiss

                    objectName: "dismissOffer"
                    flat: true
                    text: qsTr("Not now")
                    icon.name: "window-close"
                    icon.color: dismiss.palette.buttonText
                    onClicked: root.offer.dismiss()
                    Accessible.name: qsTr("Not now")
                    Accessible.description: qsTr("Closes the welcome; it is not shown again")
                    Accessible.onPressAction: clicked()
                }
            }
            Item {
                Layout.preferredHeight: Theme.spacingXl
            }
        }
    }

    QuickSetupForm {
        id: quickSetup

        objectName: "quickSetup"
        x: Math.max(Theme.spacingXl, (root.width - width) / 2)
        y: Theme.spacingXl
        width: Math.min(root.width - 2 * Theme.spacingXl, Theme.formWidth)
        height: root.height - 2 * Theme.spacingXl
        visible: root.openedPreset >= 0
        draft: root.service.draft
        keys: root.service.keys
        description: root.openedPreset >= 0 && cards.itemAt(root.openedPreset) ? (cards.itemAt(root.openedPreset) as PresetCard).summary : ""
        onBackRequested: root.closePreset()
    }
}
