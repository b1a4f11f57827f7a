// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// Where the user writes: Enter sends, Shift+Enter adds a line; Send turns into Stop while an
// answer streams.
Rectangle {
    id: root

    property bool busy: false
    property string modelName
    // Attachments ready to go with the message: it may be sent without text then.
    property int attachmentCount: 0
    readonly property string text: input.text

    signal sendRequested(string text)
    signal stopRequested
    signal editLastRequested
    signal attachRequested
    // Ctrl+V with files or an image on the clipboard (text pastes as usual).
    signal pasteAttachmentRequested

    function clear() {
        input.clear();
    }

    function focusInput() {
        input.forceActiveFocus();
    }

    implicitHeight: frame.implicitHeight + Theme.spacingS + Theme.spacingM
    color: Theme.background

    // The rounded surface: attach, the message box, and Send (Stop while an answer streams).
    Rectangle {
        id: frame

        objectName: "composerFrame"
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        anchors.topMargin: Theme.spacingS
        anchors.bottomMargin: Theme.spacingM
        implicitHeight: layout.implicitHeight + 2 * Theme.spacingXs
        radius: Theme.radiusL
        color: Theme.surface
        border.color: input.activeFocus ? Theme.accent : Theme.border

        RowLayout {
            id: layout

            anchors.fill: parent
            anchors.margins: Theme.spacingXs
            spacing: Theme.spacingXs

            IconToolButton {
                id: attachButton

                objectName: "attachButton"
                text: qsTr("Attach")
                toolTip: qsTr("Attach files (or paste, or drop them here)")
                icon.name: "mail-attachment"
                Layout.alignment: Qt.AlignBottom
                onClicked: root.attachRequested()
                Accessible.name: qsTr("Attach files")
            }

            ScrollView {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                Layout.preferredHeight: Math.min(input.implicitHeight, 200)

                TextArea {
                    id: input

                    objectName: "composerInput"
                    // Also the field's description for screen readers (Qt makes it so): disabled,
                    // it says why.
                    placeholderText: root.enabled ? qsTr("Message %1…").arg(root.modelName) : qsTr("Unavailable until a provider is set up")
                    wrapMode: TextEdit.Wrap
                    focus: true
                    color: Theme.text
                    placeholderTextColor: Theme.subtleText
                    font.pointSize: Theme.fontSizeBody
                    leftPadding: Theme.spacingXs
                    rightPadding: Theme.spacingXs
                    Accessible.name: qsTr("Message")
                    // The frame around the row is the field's border.
                    background: null
                    Keys.onPressed: event => {
                        if (event.matches(StandardKey.Paste) && Clipboard.hasAttachment()) {
                            root.pasteAttachmentRequested();
                            event.accepted = true;
                            return;
                        }
                        if (event.key === Qt.Key_Up && input.length === 0) {
                            root.editLastRequested();
                            event.accepted = true;
                            return;
                        }
                        if (event.key !== Qt.Key_Return && event.key !== Qt.Key_Enter)
                            return;
                        if (event.modifiers & Qt.ShiftModifier) {
                            input.insert(input.cursorPosition, "\n");
                        } else if (!root.busy) {
                            root.sendRequested(input.text);
                        }
                        event.accepted = true;
                    }
                }
            }

            Button {
                id: sendButton

                objectName: "sendButton"
                text: root.busy ? qsTr("Stop") : qsTr("Send")
                display: AbstractButton.IconOnly
                icon.name: root.busy ? "media-playback-stop" : "go-up"
                icon.color: sendButton.enabled ? Theme.accentText : sendButton.palette.buttonText
                icon.width: Theme.iconSizeSmall
                icon.height: Theme.iconSizeSmall
                enabled: root.busy || input.text.trim().length > 0 || root.attachmentCount > 0
                highlighted: true
                padding: Theme.spacingS
                // A compact square in the theme's selection colour (white on it reads in light and
                // dark), plain while there is nothing to send.
                background: Rectangle {
                    implicitWidth: Theme.iconSizeSmall + 2 * Theme.spacingS
                    implicitHeight: Theme.iconSizeSmall + 2 * Theme.spacingS
                    radius: Theme.radiusM
                    color: !sendButton.enabled ? Theme.button : sendButton.pressed ? Qt.darker(Theme.highlight, 1.2) : sendButton.hovered ? Qt.lighter(Theme.highlight, 1.1) : Theme.highlight
                }
                Layout.alignment: Qt.AlignBottom
                Accessible.name: root.busy ? qsTr("Stop the answer (Esc)") : qsTr("Send the message (Enter)")
                Accessible.description: enabled ? "" : A11y.unavailable
                Accessible.onPressAction: clicked()
                ToolTip.visible: sendButton.hovered
                ToolTip.text: sendButton.Accessible.name
                ToolTip.delay: Theme.toolTipDelay
                onClicked: {
                    if (root.busy)
                        root.stopRequested();
                    else
                        root.sendRequested(input.text);
                }
            }
        }
    }

    // A press anywhere on the composer strip, including the frame's edge that the scroll view
    // does not cover, puts the cursor in the field; the press still reaches what is under it.
    MouseArea {
        anchors.fill: parent
        z: 1
        acceptedButtons: Qt.LeftButton
        onPressed: mouse => {
            if (!sendButton.contains(mapToItem(sendButton, mouse.x, mouse.y)) && !attachButton.contains(mapToItem(attachButton, mouse.x, mouse.y)))
                input.forceActiveFocus();
            mouse.accepted = false;
        }
    }
}
