// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts

// Ctrl+F: find text in the conversation. Enter / Shift+Enter go to the next / previous
// message that contains it; Esc closes the bar. A rounded surface like the composer's, in the
// conversation's column.
Item {
    id: root

    property bool found: true

    signal findRequested(string text, bool forward)
    signal closed

    function open() {
        root.visible = true;
        field.forceActiveFocus();
        field.selectAll();
    }

    function close() {
        root.visible = false;
        root.closed();
    }

    visible: false
    implicitHeight: frame.implicitHeight + Theme.spacingS + Theme.spacingXs

    Rectangle {
        id: frame

        objectName: "findFrame"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: Theme.spacingS
        width: Math.min(parent.width - 2 * Theme.spacingM, Theme.contentWidth)
        implicitHeight: layout.implicitHeight + 2 * Theme.spacingXs
        radius: Theme.radiusL
        color: Theme.surface
        border.color: field.activeFocus ? Theme.accent : Theme.border

        RowLayout {
            id: layout

            anchors.fill: parent
            anchors.leftMargin: Theme.spacingS
            anchors.rightMargin: Theme.spacingXs
            anchors.topMargin: Theme.spacingXs
            anchors.bottomMargin: Theme.spacingXs
            spacing: Theme.spacingXs

            IconImage {
                name: "edit-find"
                color: Theme.subtleText
                sourceSize.width: Theme.iconSizeSmall
                sourceSize.height: Theme.iconSizeSmall
                Layout.preferredWidth: Theme.iconSizeSmall
                Layout.preferredHeight: Theme.iconSizeSmall
                Accessible.ignored: true
            }
            TextField {
                id: field

                objectName: "findField"
                Layout.fillWidth: true
                placeholderText: qsTr("Find in conversation")
                color: Theme.text
                placeholderTextColor: Theme.subtleText
                font.pointSize: Theme.fontSizeBody
                selectByMouse: true
                leftPadding: Theme.spacingXs
                rightPadding: Theme.spacingXs
                // The frame around the row is the field's border.
                background: null
                Accessible.name: qsTr("Find in conversation")
                onTextChanged: root.findRequested(field.text, true)
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Escape) {
                        root.close();
                        event.accepted = true;
                    } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                        root.findRequested(field.text, !(event.modifiers & Qt.ShiftModifier));
                        event.accepted = true;
                    }
                }
            }
            Label {
                objectName: "findStatus"
                visible: field.text.length > 0 && !root.found
                text: qsTr("No matches")
                color: Theme.warningText
                font.pointSize: Theme.fontSizeCaption
                Layout.rightMargin: Theme.spacingXs
            }
            IconToolButton {
                objectName: "findPrevious"
                text: qsTr("Previous match")
                toolTip: qsTr("Previous match (Shift+Enter)")
                icon.name: "go-up"
                onClicked: root.findRequested(field.text, false)
            }
            IconToolButton {
                objectName: "findNext"
                text: qsTr("Next match")
                toolTip: qsTr("Next match (Enter)")
                icon.name: "go-down"
                onClicked: root.findRequested(field.text, true)
            }
            IconToolButton {
                objectName: "findClose"
                text: qsTr("Close the find bar")
                toolTip: qsTr("Close the find bar (Esc)")
                icon.name: "window-close"
                onClicked: root.close()
            }
        }
    }
}
