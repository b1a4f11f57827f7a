// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Providers
import QtQuick.Controls
import QtQuick.Layouts

// The parameters of one conversation: system prompt (with saved presets), temperature, top_p,
// max tokens and reasoning effort. "Provider default" sends nothing for that parameter.
ColumnLayout {
    id: root

    required property ChatParameters parameters
    required property AppSettings settings
    // Off where the panel edits the defaults themselves.
    property bool showDefaultsButtons: true

    // Opened: the focus goes to the system prompt.
    function focusFirst() {
        systemPrompt.forceActiveFocus(Qt.TabFocusReason);
    }

    spacing: Theme.spacing / 2

    Label {
        text: qsTr("System prompt")
        font.bold: true
        color: Theme.text
    }
    RowLayout {
        Layout.fillWidth: true

        ComboBox {
            id: presetBox

            objectName: "promptPresetBox"
            Layout.fillWidth: true
            model: root.settings.promptPresets
            textRole: "name"
            displayText: count > 0 ? qsTr("Presets: %1").arg(currentText) : qsTr("No saved presets")
            enabled: count > 0
            Accessible.name: qsTr("Saved system prompts")
            Accessible.description: enabled ? "" : A11y.unavailable
            // The style's text field inside is for editable boxes only.
            Component.onCompleted: contentItem.Accessible.ignored = true
        }
        Button {
            objectName: "usePreset"
            text: qsTr("Use")
            enabled: presetBox.currentIndex >= 0 && presetBox.count > 0
            onClicked: root.parameters.systemPrompt = root.settings.promptPresets[presetBox.currentIndex].text
            Accessible.name: qsTr("Use the selected system prompt")
            Accessible.description: enabled ? "" : A11y.unavailable
            Accessible.onPressAction: clicked()
        }
        Button {
            text: qsTr("Delete")
            enabled: presetBox.currentIndex >= 0 && presetBox.count > 0
            onClicked: root.settings.removePromptPreset(presetBox.currentText)
            Accessible.name: qsTr("Delete the selected system prompt preset")
            Accessible.description: enabled ? "" : A11y.unavailable
            Accessible.onPressAction: clicked()
        }
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: 110

        TextArea {
            id: systemPrompt

            objectName: "systemPrompt"
            text: root.parameters.systemPrompt
            placeholderText: qsTr("Instructions the model gets before the conversation")
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            onTextChanged: if (text !== root.parameters.systemPrompt)
                root.parameters.systemPrompt = text
            Accessible.name: qsTr("System prompt")
        }
    }
    RowLayout {
        Layout.fillWidth: true

        TextField {
            id: presetName

            objectName: "presetName"
            Layout.fillWidth: true
            placeholderText: qsTr("Preset name")
            Accessible.name: qsTr("Name for the new system prompt preset")
        }
        Button {
            objectName: "savePreset"
            text: qsTr("Save as preset")
            enabled: presetName.text.trim().length > 0
            onClicked: {
                root.settings.savePromptPreset(presetName.text, root.parameters.systemPrompt);
                presetName.clear();
            }
            Accessible.name: qsTr("Save as preset")
            Accessible.description: enabled ? qsTr("Saves the system prompt under the preset name") : A11y.unavailable
            Accessible.onPressAction: clicked()
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 3
        columnSpacing: Theme.spacing

        Label {
            text: qsTr("Temperature")
            color: Theme.text
        }
        Slider {
            id: temperature

            objectName: "temperatureSlider"
            Layout.fillWidth: true
            from: 0
            to: 2
            stepSize: 0.05
            enabled: root.parameters.temperature >= 0
            value: root.parameters.temperature >= 0 ? root.parameters.temperature : 1
            onMoved: root.parameters.temperature = value
            Accessible.name: qsTr("Temperature")
            Accessible.description: enabled ? "" : A11y.unavailable
        }
        CheckBox {
            objectName: "temperatureDefault"
            text: qsTr("Provider default")
            checked: root.parameters.temperature < 0
            onToggled: root.parameters.temperature = checked ? -1 : temperature.value
            Accessible.name: qsTr("Provider default temperature")
            Accessible.onPressAction: {
                toggle();
                toggled();
            }
            Accessible.onToggleAction: {
                toggle();
                toggled();
            }
        }

        Label {
            text: qsTr("Top p")
            color: Theme.text
        }
        Slider {
            id: topP

            objectName: "topPSlider"
            Layout.fillWidth: true
            from: 0
            to: 1
            stepSize: 0.01
            enabled: root.parameters.topP >= 0
            value: root.parameters.topP >= 0 ? root.parameters.topP : 1
            onMoved: root.parameters.topP = value
            Accessible.name: qsTr("Top p")
            Accessible.description: enabled ? "" : A11y.unavailable
        }
        CheckBox {
            text: qsTr("Provider default")
            checked: root.parameters.topP < 0
            onToggled: root.parameters.topP = checked ? -1 : topP.value
            Accessible.name: qsTr("Provider default top p")
            Accessible.onPressAction: {
                toggle();
                toggled();
            }
            Accessible.onToggleAction: {
                toggle();
                toggled();
            }
        }

        Label {
            text: qsTr("Max tokens")
            color: Theme.text
        }
        SpinBox {
            objectName: "maxTokens"
            Layout.fillWidth: true
            from: 0
            to: 1000000
            stepSize: 256
            editable: true
            value: root.parameters.maxTokens
            onValueModified: root.parameters.maxTokens = value
            Accessible.name: qsTr("Maximum answer length in tokens")
        }
        Label {
            text: root.parameters.maxTokens === 0 ? qsTr("Provider default") : ""
            color: Theme.subtleText
        }

        Label {
            text: qsTr("Reasoning effort")
            color: Theme.text
        }
        ComboBox {
            objectName: "reasoningEffort"
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [{
                    "text": qsTr("Provider default"),
                    "value": Reasoning.Default
                }, {
                    "text": qsTr("Off (where the model allows it)"),
                    "value": Reasoning.None
                }, {
                    "text": qsTr("Low"),
                    "value": Reasoning.Low
                }, {
                    "text": qsTr("Medium"),
                    "value": Reasoning.Medium
                }, {
                    "text": qsTr("High"),
                    "value": Reasoning.High
                }]
            // Reads count so it is evaluated again once the model is in (it is empty at creation).
            currentIndex: count > 0 ? indexOfValue(root.parameters.reasoningEffort) : -1
            onActivated: root.parameters.reasoningEffort = currentValue
            Accessible.name: qsTr("Reasoning effort")
            Component.onCompleted: contentItem.Accessible.ignored = true
        }
        Item {
            Layout.preferredWidth: 1
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root.showDefaultsButtons

        Button {
            objectName: "resetParameters"
            text: qsTr("Reset to defaults")
            onClicked: root.parameters.resetParameters(root.settings)
            Accessible.name: qsTr("Reset to defaults")
            Accessible.description: qsTr("Sets these parameters to the defaults from the settings")
            Accessible.onPressAction: clicked()
        }
        Button {
            objectName: "saveDefaults"
            text: qsTr("Use as defaults")
            onClicked: root.parameters.saveAsDefaults(root.settings)
            Accessible.name: qsTr("Use as defaults for new conversations")
            Accessible.onPressAction: clicked()
        }
    }
}
