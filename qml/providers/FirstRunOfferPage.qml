// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Providers
import QtQuick.Controls
import QtQuick.Layouts

// First start: the model servers running here and the API keys in the environment, each one
// click away from a working chat.
Pane {
    id: root

    required property FirstRunOffer offer

    // A provider was added from an offer.
    signal accepted(string providerId)
    // The user wants to set a provider up by hand.
    signal manualSetupRequested

    // The focus goes to the first offer, or to "Add a provider…" when there is none.
    function focusFirst() {
        if (offerList.count > 0)
            offerList.forceActiveFocus(Qt.TabFocusReason);
        else
            manualSetup.forceActiveFocus(Qt.TabFocusReason);
    }

    Component.onCompleted: root.offer.start()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Welcome to Confab")
            font.pointSize: Theme.fontSize * 1.6
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.subtleText
            text: root.offer.searching ? qsTr("Looking for model servers on this computer…") : root.offer.offers.length > 0 ? qsTr("Confab found these. Pick one to start chatting.") : qsTr("No model server is running here and no API key is set in the environment. Add a provider to start.")
        }
        BusyIndicator {
            objectName: "firstRunSearching"
            running: root.offer.searching
            visible: running
            Accessible.name: qsTr("Searching")
        }

        ListView {
            id: offerList

            objectName: "offerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: root.offer.offers
            // A Tab stop when there is something to choose.
            activeFocusOnTab: count > 0
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Found providers")

            delegate: ItemDelegate {
                id: item

                required property var modelData
                required property int index

                objectName: "offer_" + item.index
                width: ListView.view.width
                focus: ListView.isCurrentItem
                text: item.modelData.kind === "local" ? qsTr("%1 at %2 — %n model(s)", "", item.modelData.models).arg(item.modelData.name).arg(item.modelData.baseUrl) : qsTr("%1 with the key in %2").arg(item.modelData.name).arg(item.modelData.envVar)
                onClicked: {
                    const id = root.offer.accept(item.index);
                    if (id.length > 0)
                        root.accepted(id);
                }
                Accessible.name: qsTr("Use %1").arg(item.text)
                Accessible.onPressAction: clicked()
            }
        }

        RowLayout {
            Layout.fillWidth: true

            Button {
                id: manualSetup

                objectName: "manualSetup"
                text: qsTr("Add a provider…")
                onClicked: root.manualSetupRequested()
                Accessible.name: qsTr("Add a provider")
                Accessible.onPressAction: clicked()
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "dismissOffer"
                flat: true
                text: qsTr("Not now")
                onClicked: root.offer.dismiss()
                Accessible.name: qsTr("Not now")
                Accessible.description: qsTr("Closes the welcome; it is not shown again")
                Accessible.onPressAction: clicked()
            }
        }
    }
}
