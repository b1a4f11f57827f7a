// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Providers
import Confab.Chat
import QtQuick.Controls
import QtQuick.Layouts

// The header's switcher: one of the configured providers, then one of its models. The
// conversation keeps its history and goes on with the chosen provider and model.
Popup {
    id: root

    required property ChatController chat
    property ProviderService providers: null

    // The provider whose models are listed.
    property string providerId

    modal: true
    focus: true

    // Lists @p id's models, with the one the conversation would use highlighted.
    function showModels(id: string) {
        root.providerId = id;
        const models = root.providers ? root.providers.models(id) : null;
        if (!models) {
            modelLoader.source = "";
            return;
        }
        // Made by the loader with this provider's list (bound inline components cannot be
        // created inside a popup on Qt 6.4).
        modelLoader.setSource("qrc:/qt/qml/Confab/Providers/ModelPicker.qml", {
                "models": models,
                "currentModel": root.chat.modelFor(id)
            });
    }

    onAboutToShow: {
        const current = root.chat.parameters.providerId;
        providerBox.currentIndex = root.providers ? root.providers.providers.indexOf(current) : -1;
        root.showModels(current);
    }
    // Typing filters the models at once; Down enters the list.
    onOpened: (modelLoader.item as ModelPicker)?.focusSearch()
    // Qt 6.4 reads a popup's name from the item it draws in, not from the popup.
    Component.onCompleted: root.contentItem.parent.Accessible.name = qsTr("Switch the model")
    onClosed: modelLoader.source = ""

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true

            Label {
                text: qsTr("Provider")
            }
            ComboBox {
                id: providerBox

                objectName: "providerBox"
                Layout.fillWidth: true
                model: root.providers ? root.providers.providers : null
                textRole: "name"
                valueRole: "providerId"
                onActivated: root.showModels(providerBox.currentValue)
                Accessible.name: qsTr("Provider: %1").arg(providerBox.currentText)
                // The style's text field inside is for editable boxes only.
                Component.onCompleted: contentItem.Accessible.ignored = true
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("The conversation so far is kept and sent to the model you choose.")
            color: Theme.subtleText
            wrapMode: Text.Wrap
        }

        Loader {
            id: modelLoader

            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }

    Connections {
        target: modelLoader.item
        ignoreUnknownSignals: true

        function onModelChosen(modelId) {
            root.chat.parameters.setTarget(root.providerId, modelId);
            root.close();
        }
    }
}
