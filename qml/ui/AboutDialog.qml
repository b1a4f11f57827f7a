// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// About Confab: version, licence, credits, how the window is drawn, and the project's address
// (shown in full; opened only by its own button). Esc closes it and the focus goes back to
// returnFocusTo.
Dialog {
    id: root

    property AppInfo appInfo: null
    // Where the focus goes when the box closes (the button that opened it).
    property Item returnFocusTo: null

    objectName: "aboutDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacingXl : Theme.pageWidth, Theme.pageWidth * 0.7)
    height: Math.min(parent ? parent.height - 2 * Theme.spacingXl : implicitHeight, implicitHeight)
    modal: true
    title: qsTr("About Confab")
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onOpened: closeButton.forceActiveFocus(Qt.TabFocusReason)
    onClosed: if (root.returnFocusTo)
        root.returnFocusTo.forceActiveFocus(Qt.TabFocusReason)

    ScrollView {
        id: scroller

        anchors.fill: parent
        contentWidth: availableWidth
        implicitHeight: content.implicitHeight

        ColumnLayout {
            id: content

            width: scroller.availableWidth
            spacing: Theme.spacingM

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
                        text: "Confab"
                        font.pointSize: Theme.fontSizeTitle
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        objectName: "aboutVersion"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("Version %1, with Qt %2").arg(root.appInfo ? root.appInfo.version : "").arg(root.appInfo ? root.appInfo.qtVersion : "")
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("A desktop chat client for language models. Free software under the MIT licence.")
                        color: Theme.subtleText
                    }
                }
            }

            Label {
                objectName: "aboutRendering"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: root.appInfo ? root.appInfo.renderingDescription : ""
                color: Theme.subtleText
            }

            Label {
                text: qsTr("Project")
                font.bold: true
                color: Theme.text
            }
            Label {
                objectName: "aboutHomepage"
                Layout.fillWidth: true
                wrapMode: Text.NoWrap
                text: root.appInfo ? root.appInfo.homepage : ""
                color: Theme.link
            }
            Button {
                id: openButton

                objectName: "openHomepage"
                text: qsTr("Open in the browser")
                icon.name: "external-link"
                icon.color: openButton.palette.buttonText
                onClicked: Qt.openUrlExternally(root.appInfo.homepage)
                Accessible.name: qsTr("Open in the browser: %1").arg(root.appInfo ? root.appInfo.homepage : "")
                Accessible.onPressAction: clicked()
                ToolTip.visible: hovered
                ToolTip.text: root.appInfo ? root.appInfo.homepage : ""
            }

            Label {
                text: qsTr("Credits")
                font.bold: true
                color: Theme.text
            }
            Label {
                objectName: "aboutCredit0"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("Qt, by The Qt Company and contributors (LGPL 3)")
            }
            Label {
                objectName: "aboutCredit1"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("md4c, the Markdown parser, by Martin Mitáš (MIT)")
            }
            Label {
                objectName: "aboutCredit2"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("QtKeychain, by Frank Osterfeld and contributors (BSD 3-Clause)")
            }
            Label {
                objectName: "aboutCredit3"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("Lucide icons, by the Lucide contributors (ISC; some from Feather, MIT)")
            }
            Button {
                id: licenceButton

                objectName: "showIconLicence"
                checkable: true
                text: checked ? qsTr("Hide the icon licence") : qsTr("Show the icon licence")
                icon.name: checked ? "pan-up" : "pan-down"
                icon.color: licenceButton.palette.buttonText
                Accessible.name: text
                Accessible.onPressAction: toggle()
            }
            TextArea {
                objectName: "iconLicence"
                Layout.fillWidth: true
                visible: licenceButton.checked
                readOnly: true
                wrapMode: TextEdit.Wrap
                font.pointSize: Theme.fontSizeCaption
                text: root.appInfo ? root.appInfo.iconLicense : ""
                Accessible.name: qsTr("Icon licence")
            }
        }
    }

    footer: Item {
        implicitHeight: closeButton.implicitHeight + 2 * Theme.spacingM

        Button {
            id: closeButton

            objectName: "closeAbout"
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacingL
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Close")
            icon.name: "window-close"
            icon.color: closeButton.palette.buttonText
            onClicked: root.close()
            Accessible.name: qsTr("Close About")
            Accessible.onPressAction: clicked()
        }
    }
}
