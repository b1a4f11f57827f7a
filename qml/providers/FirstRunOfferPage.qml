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
            objectName: "offerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: root.offer.offers
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Found providers")

            delegate: ItemDelegate {
                id: item

                required property var modelData
                required property int index

                objectName: "offer_" + item.index
                width: ListView.view.width
                text: item.modelData.kind === "local" ? qsTr("%1 at %2 — %n model(s)", "", item.modelData.models).arg(item.modelData.name).arg(item.modelData.baseUrl) : qsTr("%1 with the key in %2").arg(item.modelData.name).arg(item.modelData.envVar)
                onClicked: {
                    const id = root.offer.accept(item.index);
                    if (id.length > 0)
                        root.accepted(id);
                }
                Accessible.name: qsTr("Use %1").arg(item.text)
            }
        }

        RowLayout {
            Layout.fillWidth: true

            Button {
                objectName: "manualSetup"
                text: qsTr("Add a provider…")
                onClicked: root.manualSetupRequested()
                Accessible.name: text
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "dismissOffer"
                flat: true
                text: qsTr("Not now")
                onClicked: root.offer.dismiss()
                Accessible.name: qsTr("Close the welcome and do not show it again")
            }
        }
    }
}
