// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// The user's question: plain text in a bubble (as typed), editable in place.
Item {
    id: root

    required property int index
    required property string questionText
    required property int siblingIndex
    required property int siblingCount
    required property var attachments
    property bool busy: false
    property bool editing: false
    // The conversation list's current message (its actions show).
    property bool current: false

    signal switchRequested(int step)
    signal editAccepted(string text, var dropped)
    signal attachmentRequested(string sha256, string name)
    signal deleteRequested
    signal copyRequested

    // Opens the in-place editor.
    function startEditing() {
        root.editing = true;
        attachmentList.dropped = [];
        editor.begin();
    }

    // After ‹ or ›: the focus goes to the version buttons.
    function focusVersion(step: int) {
        actions.focusVersion(step);
    }

    implicitHeight: column.implicitHeight
    // One message of the conversation list (the list's current one has the focus).
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("You: %1").arg(root.questionText)

    HoverHandler {
        id: hover
    }

    ColumnLayout {
        id: column

        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentWidth)
        spacing: Theme.spacingXs

        MessageAttachments {
            id: attachmentList

            objectName: "questionAttachments"
            attachments: root.attachments
            editing: root.editing
            layoutDirection: Qt.RightToLeft
            Layout.fillWidth: true
            onOpenRequested: (sha256, name) => root.attachmentRequested(sha256, name)
        }

        // The question in a tinted bubble on the right; answers sit on the page.
        Rectangle {
            objectName: "questionBubble"
            Layout.alignment: Qt.AlignRight
            Layout.preferredWidth: Math.min(body.implicitWidth + 2 * Theme.spacingL, column.width * 0.85)
            implicitHeight: body.implicitHeight + 2 * Theme.spacingS + 2
            radius: Theme.radiusL
            color: Theme.userBubble
            visible: !root.editing && root.questionText.length > 0

            TextEdit {
                id: body

                objectName: "messageText"
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingL
                anchors.topMargin: Theme.spacingS + 1
                anchors.bottomMargin: Theme.spacingS + 1
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                color: Theme.text
                selectionColor: Theme.accent
                selectedTextColor: Theme.accentText
                font.pointSize: Theme.fontSize
                textFormat: TextEdit.PlainText
                text: root.questionText
                Accessible.role: Accessible.StaticText
                Accessible.name: root.questionText
            }
        }

        MessageEditor {
            id: editor

            objectName: "messageEditor"
            visible: root.editing
            originalText: root.questionText
            Layout.fillWidth: true
            onAccepted: text => {
                root.editing = false;
                root.editAccepted(text, attachmentList.dropped);
            }
            onCanceled: {
                root.editing = false;
                actions.focusEdit();
            }
        }

        MessageActions {
            id: actions

            objectName: "messageActions"
            visible: !root.editing
            Layout.alignment: Qt.AlignRight
            question: true
            busy: root.busy
            hovered: hover.hovered
            current: root.current
            siblingIndex: root.siblingIndex
            siblingCount: root.siblingCount
            onPreviousVersion: root.switchRequested(-1)
            onNextVersion: root.switchRequested(1)
            onCopyRequested: root.copyRequested()
            onEditRequested: root.startEditing()
            onDeleteRequested: root.deleteRequested()
        }
    }
}
