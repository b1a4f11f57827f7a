// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// The row under a message: ‹ 2/3 › between versions, then Copy, Edit or Regenerate, Continue and
// Delete, as icons with tooltips. The version switch always shows; the other buttons show while
// the message is hovered, is the list's current message (Up and Down) or has the focus in them,
// and always when alwaysShown (the last answer). Hidden, they keep their place (no jumps) and are
// no Tab stops (nothing unseen takes the focus).
RowLayout {
    id: root

    // A question offers Edit; an answer Regenerate.
    property bool question: false
    property bool busy: false
    property bool hovered: false
    // The message is the conversation list's current one.
    property bool current: false
    property bool alwaysShown: false
    property bool canContinue: false
    property int siblingIndex: 1
    property int siblingCount: 1
    readonly property bool shown: root.alwaysShown || root.hovered || root.current || root.canContinue || copyButton.activeFocus || editButton.activeFocus || regenerateButton.activeFocus || continueButton.activeFocus || deleteButton.activeFocus

    signal previousVersion
    signal nextVersion
    signal copyRequested
    signal editRequested
    signal regenerateRequested
    signal continueRequested
    signal deleteRequested

    // After ‹ or ›: the focus goes to the button of the same direction, or the other one when
    // the end is reached, else Copy.
    function focusVersion(step: int) {
        const wanted = step < 0 ? previousButton : nextButton;
        const other = step < 0 ? nextButton : previousButton;
        (wanted.enabled && wanted.visible ? wanted : other.enabled && other.visible ? other : copyButton).forceActiveFocus(Qt.TabFocusReason);
    }

    // After a cancelled edit: back to Edit.
    function focusEdit() {
        editButton.forceActiveFocus(Qt.TabFocusReason);
    }

    spacing: 0

    IconToolButton {
        id: previousButton

        objectName: "previousVersionButton"
        text: qsTr("Previous version")
        icon.name: "go-previous"
        visible: root.siblingCount > 1
        enabled: root.siblingIndex > 1 && !root.busy
        onClicked: root.previousVersion()
        Accessible.description: enabled ? "" : A11y.unavailable
    }
    Label {
        objectName: "versionLabel"
        visible: root.siblingCount > 1
        text: qsTr("%1/%2").arg(root.siblingIndex).arg(root.siblingCount)
        color: Theme.subtleText
        font.pointSize: Theme.fontSizeCaption
        Accessible.name: qsTr("Version %1 of %2").arg(root.siblingIndex).arg(root.siblingCount)
    }
    IconToolButton {
        id: nextButton

        objectName: "nextVersionButton"
        text: qsTr("Next version")
        icon.name: "go-next"
        visible: root.siblingCount > 1
        enabled: root.siblingIndex < root.siblingCount && !root.busy
        onClicked: root.nextVersion()
        Accessible.description: enabled ? "" : A11y.unavailable
    }

    // The actions, faded in and out as a group.
    RowLayout {
        spacing: 0
        opacity: root.shown ? 1 : 0

        Behavior on opacity  {
            NumberAnimation {
                duration: 120
            }
        }

        IconToolButton {
            id: copyButton

            objectName: "copyButton"
            text: qsTr("Copy")
            toolTip: qsTr("Copy this message")
            icon.name: "edit-copy"
            focusPolicy: root.shown ? Qt.StrongFocus : Qt.NoFocus
            onClicked: root.copyRequested()
            Accessible.description: qsTr("As Markdown")
        }
        IconToolButton {
            id: editButton

            objectName: "editButton"
            text: qsTr("Edit")
            toolTip: qsTr("Edit this message")
            icon.name: "document-edit"
            visible: root.question
            enabled: !root.busy
            focusPolicy: root.shown ? Qt.StrongFocus : Qt.NoFocus
            onClicked: root.editRequested()
            Accessible.description: enabled ? qsTr("Sends it again as a new version") : A11y.unavailable
        }
        IconToolButton {
            id: regenerateButton

            objectName: "regenerateButton"
            text: qsTr("Regenerate")
            toolTip: qsTr("Regenerate (Ctrl+R)")
            icon.name: "view-refresh"
            visible: !root.question
            enabled: !root.busy
            focusPolicy: root.shown ? Qt.StrongFocus : Qt.NoFocus
            onClicked: root.regenerateRequested()
            Accessible.description: enabled ? qsTr("Asks for a new version of this answer") : A11y.unavailable
        }
        IconToolButton {
            id: continueButton

            objectName: "continueButton"
            text: qsTr("Continue")
            toolTip: qsTr("Continue this answer")
            // A label too: the answer stopped early, and this is the way on.
            showLabel: true
            icon.name: "media-playback-start"
            visible: root.canContinue
            enabled: !root.busy
            onClicked: root.continueRequested()
            Accessible.description: enabled ? "" : A11y.unavailable
        }
        IconToolButton {
            id: deleteButton

            objectName: "deleteButton"
            text: qsTr("Delete")
            toolTip: qsTr("Delete this message")
            icon.name: "edit-delete"
            focusPolicy: root.shown ? Qt.StrongFocus : Qt.NoFocus
            onClicked: root.deleteRequested()
        }
    }
}
