// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Providers
import Confab.Settings
import QtQuick.Controls
import QtQuick.Layouts

// Appearance, defaults for new conversations, titles, and settings export/import.
ScrollView {
    id: root

    required property ProviderService service
    required property SettingsExport settingsExport
    readonly property AppSettings settings: root.service.settings

    contentWidth: availableWidth

    ColumnLayout {
        width: Math.min(root.availableWidth, Theme.pageWidth)
        spacing: Theme.spacingXl

        SettingsSection {
            Layout.fillWidth: true
            title: qsTr("Appearance")
            description: qsTr("Colours, text size and language of the whole window.")

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingS

                Label {
                    text: qsTr("Theme")
                    color: Theme.text
                }
                ComboBox {
                    objectName: "themeBox"
                    implicitContentWidthPolicy: ComboBox.WidestText
                    textRole: "text"
                    valueRole: "value"
                    model: [{
                            "text": qsTr("Follow the system"),
                            "value": AppSettings.System
                        }, {
                            "text": qsTr("Light"),
                            "value": AppSettings.Light
                        }, {
                            "text": qsTr("Dark"),
                            "value": AppSettings.Dark
                        }]
                    // Reads count so it is evaluated again once the model is in (it is empty at creation).
                    currentIndex: count > 0 ? indexOfValue(root.settings.theme) : -1
                    onActivated: root.settings.theme = currentValue
                    Accessible.name: qsTr("Theme")
                    // The style's text field inside is for editable boxes only.
                    Component.onCompleted: contentItem.Accessible.ignored = true
                }
                Label {
                    text: qsTr("Text size")
                    color: Theme.text
                }
                SpinBox {
                    objectName: "fontSizeBox"
                    from: 6
                    to: 48
                    value: root.settings.fontSize
                    onValueModified: root.settings.fontSize = value
                    Accessible.name: qsTr("Text size in points")
                }
                Label {
                    text: qsTr("Language")
                    color: Theme.text
                }
                ColumnLayout {
                    Layout.fillWidth: true

                    ComboBox {
                        objectName: "languageBox"
                        implicitContentWidthPolicy: ComboBox.WidestText
                        textRole: "name"
                        valueRole: "code"
                        model: LanguageList.languages
                        // Reads count so it is evaluated again once the model is in (it is empty at creation).
                        currentIndex: count > 0 ? indexOfValue(root.settings.language) : -1
                        onActivated: root.settings.language = currentValue
                        Accessible.name: qsTr("Language")
                        Accessible.description: languageNote.text
                        // The style's text field inside is for editable boxes only.
                        Component.onCompleted: contentItem.Accessible.ignored = true
                    }
                    Label {
                        id: languageNote

                        Layout.fillWidth: true
                        text: qsTr("Takes effect when Confab is started again.")
                        wrapMode: Text.Wrap
                        color: Theme.subtleText
                    }
                }
            }
        }

        SettingsSection {
            Layout.fillWidth: true
            title: qsTr("New conversations")
            description: qsTr("What a new conversation starts with; each conversation can change it.")

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingS

                Label {
                    text: qsTr("Default provider")
                    color: Theme.text
                }
                ComboBox {
                    objectName: "defaultProviderBox"
                    Layout.fillWidth: true
                    model: root.service.providers
                    textRole: "name"
                    valueRole: "providerId"
                    currentIndex: root.service.providers.indexOf(root.settings.defaultProviderId)
                    displayText: count > 0 ? currentText : qsTr("No provider yet")
                    onActivated: {
                        root.settings.defaultProviderId = currentValue;
                        root.settings.defaultModel = "";
                    }
                    Accessible.name: qsTr("Default provider for new conversations")
                    Component.onCompleted: contentItem.Accessible.ignored = true
                }
                Label {
                    text: qsTr("Default model")
                    color: Theme.text
                }
                TextField {
                    objectName: "defaultModelField"
                    Layout.fillWidth: true
                    text: root.settings.defaultModel
                    placeholderText: root.service.defaultModelFor(root.settings.defaultProviderId)
                    onEditingFinished: root.settings.defaultModel = text
                    Accessible.name: qsTr("Default model for new conversations")
                }
            }

            ParametersPanel {
                Layout.fillWidth: true
                parameters: root.service.defaults
                settings: root.settings
                showDefaultsButtons: false
            }
        }

        SettingsSection {
            Layout.fillWidth: true
            title: qsTr("Conversation titles")
            description: qsTr("A title is written from the first question; a model can write a better one.")

            CheckBox {
                objectName: "titleGeneration"
                text: qsTr("Let a model write conversation titles")
                checked: root.settings.titleGeneration
                onToggled: root.settings.titleGeneration = checked
                Accessible.name: text
                Accessible.onPressAction: {
                    toggle();
                    toggled();
                }
                Accessible.onToggleAction: {
                    toggle();
                    toggled();
                }
            }
            // Shown while titles are written by a model.
            TextField {
                Layout.fillWidth: true
                visible: root.settings.titleGeneration
                text: root.settings.titleModel
                placeholderText: qsTr("Title model (empty: the conversation's model)")
                onEditingFinished: root.settings.titleModel = text
                Accessible.name: qsTr("Model for titles")
            }
        }

        SettingsSection {
            Layout.fillWidth: true
            title: qsTr("Export and import")
            description: qsTr("All settings in one file, to move them to another computer. API keys are never included.")

            RowLayout {
                Layout.fillWidth: true

                TextField {
                    id: path

                    objectName: "exportPath"
                    Layout.fillWidth: true
                    text: root.settingsExport.suggestedExportPath()
                    Accessible.name: qsTr("Settings file")
                }
                Button {
                    id: exportButton

                    objectName: "exportButton"
                    text: qsTr("Export")
                    icon.name: "document-export"
                    icon.color: exportButton.palette.buttonText
                    onClicked: exportResult.text = root.settingsExport.exportToFile(path.text) ? qsTr("Saved to %1.").arg(path.text) : root.settingsExport.lastError
                    Accessible.name: qsTr("Export settings to the file")
                    Accessible.onPressAction: clicked()
                }
                Button {
                    id: importButton

                    objectName: "importButton"
                    text: qsTr("Import")
                    icon.name: "document-import"
                    icon.color: importButton.palette.buttonText
                    onClicked: exportResult.text = root.settingsExport.importFromFile(path.text) ? qsTr("Imported %1.").arg(path.text) : root.settingsExport.lastError
                    Accessible.name: qsTr("Import settings from the file")
                    Accessible.onPressAction: clicked()
                }
            }
            Label {
                id: exportResult

                objectName: "exportResult"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.subtleText
                Accessible.name: text
            }
        }
    }
}
