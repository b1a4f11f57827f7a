// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Settings
import QtQuick.Controls
import QtQuick.Layouts

// Proxy and extra certificate authorities for provider traffic; applied at once.
ScrollView {
    id: root

    required property NetworkSettings settings
    required property NetworkStatus status
    // Set by the application when the CA file could not be used; empty otherwise.
    property string caError

    contentWidth: availableWidth

    ColumnLayout {
        width: Math.min(root.availableWidth, Theme.pageWidth)
        spacing: Theme.spacingXl

        Label {
            objectName: "onlineState"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: root.status.online ? Theme.subtleText : Theme.warningText
            text: root.status.online ? (root.status.monitored ? qsTr("Online.") : qsTr("No offline detection on this system: Confab notices a lost connection when a request fails.")) : qsTr("You are offline. Servers on this computer still work.")
            Accessible.name: text
        }

        SettingsSection {
            Layout.fillWidth: true
            title: qsTr("Proxy")
            description: qsTr("How Confab reaches providers on the internet. Applied at once.")

            ButtonGroup {
                id: proxyModes
            }
            RadioButton {
                objectName: "proxySystem"
                ButtonGroup.group: proxyModes
                text: qsTr("Use the system proxy settings")
                checked: root.settings.proxyMode === NetworkSettings.SystemProxy
                onClicked: root.settings.proxyMode = NetworkSettings.SystemProxy
                Accessible.name: text
                Accessible.onPressAction: clicked()
            }
            RadioButton {
                objectName: "proxyNone"
                ButtonGroup.group: proxyModes
                text: qsTr("No proxy")
                checked: root.settings.proxyMode === NetworkSettings.NoProxy
                onClicked: root.settings.proxyMode = NetworkSettings.NoProxy
                Accessible.name: text
                Accessible.onPressAction: clicked()
            }
            RadioButton {
                objectName: "proxyManual"
                ButtonGroup.group: proxyModes
                text: qsTr("Manual proxy (servers on this computer are reached directly)")
                checked: root.settings.proxyMode === NetworkSettings.ManualProxy
                onClicked: root.settings.proxyMode = NetworkSettings.ManualProxy
                Accessible.name: text
                Accessible.onPressAction: clicked()
            }
            // Shown for a manual proxy only (a disabled field cannot say so to a screen reader on
            // Qt 6.4).
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingXl
                visible: root.settings.proxyMode === NetworkSettings.ManualProxy

                ComboBox {
                    model: ["HTTP", "SOCKS5"]
                    currentIndex: root.settings.proxyType === NetworkSettings.Socks5 ? 1 : 0
                    onActivated: index => root.settings.proxyType = index === 1 ? NetworkSettings.Socks5 : NetworkSettings.Http
                    Accessible.name: qsTr("Proxy type")
                    // The style's text field inside is for editable boxes only.
                    Component.onCompleted: contentItem.Accessible.ignored = true
                }
                TextField {
                    objectName: "proxyHost"
                    Layout.fillWidth: true
                    text: root.settings.proxyHost
                    placeholderText: qsTr("proxy.example.com")
                    onEditingFinished: root.settings.proxyHost = text
                    Accessible.name: qsTr("Proxy host")
                }
                SpinBox {
                    objectName: "proxyPort"
                    from: 0
                    to: 65535
                    editable: true
                    value: root.settings.proxyPort
                    onValueModified: root.settings.proxyPort = value
                    textFromValue: (value, locale) => value.toString()
                    Accessible.name: qsTr("Proxy port")
                }
            }
        }

        SettingsSection {
            Layout.fillWidth: true
            title: qsTr("Extra certificate authority")
            description: qsTr("For a company proxy or a server with its own certificate; the system's authorities are always trusted.")

            TextField {
                objectName: "caFile"
                Layout.fillWidth: true
                text: root.settings.caCertificateFile
                placeholderText: qsTr("Path to a PEM or DER file (empty: only the system's)")
                onEditingFinished: root.settings.caCertificateFile = text
                Accessible.name: qsTr("Certificate authority file")
            }
            Label {
                Layout.fillWidth: true
                visible: root.caError.length > 0
                wrapMode: Text.Wrap
                color: Theme.errorText
                text: root.caError
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
