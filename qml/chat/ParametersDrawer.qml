// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import Confab.Providers
import Confab.Chat
import QtQuick.Controls

// This conversation's system prompt, temperature, top_p, max tokens, reasoning effort.
Drawer {
    id: root

    required property ChatController chat
    property ProviderService providers: null

    objectName: "parametersDrawer"
    edge: Qt.RightEdge
    // Keys go to the drawer (Esc closes it, Tab stays in it), starting at the system prompt.
    focus: true
    onAboutToShow: {
        if (root.providers && !parametersLoader.item)
            parametersLoader.setSource("qrc:/qt/qml/Confab/Providers/ParametersPanel.qml", {
                    "parameters": root.chat.parameters,
                    "settings": root.providers.settings
                });
    }
    onOpened: (parametersLoader.item as ParametersPanel)?.focusFirst()
    // Qt 6.4 reads a popup's name from the item it draws in, not from the popup.
    Component.onCompleted: root.contentItem.parent.Accessible.name = qsTr("Parameters")

    ScrollView {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentWidth: availableWidth

        // Made when opened (with this conversation's objects), not with the page.
        Loader {
            id: parametersLoader

            width: parent.width
        }
    }
}
