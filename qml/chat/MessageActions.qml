// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// The row under a message: "‹ 2/3 ›" between versions, then Copy, Edit or Regenerate,
// Continue and Delete. Buttons are always reachable by keyboard; they fade in on hover.
RowLayout {
    id: root

    // A question offers Edit; an answer Regenerate.
    property bool question: false
    property bool busy: false
    property bool hovered: false
    property bool canContinue: false
    property int siblingIndex: 1
    property int siblingCount: 1

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

    spacing: 2
    opacity: root.hovered || root.activeFocus || root.canContinue ? 1 : 0.55

    Behavior on opacity  {
        NumberAnimation {
            duration: 120
        }
    }

    ToolButton {
        id: previousButton

        objectName: "previousVersionButton"
        text: "‹"
        visible: root.siblingCount > 1
        enabled: root.siblingIndex > 1 && !root.busy
        onClicked: root.previousVersion()
        Accessible.name: qsTr("Previous version")
        Accessible.description: enabled ? "" : A11y.unavailable
        Accessible.onPressAction: clicked()
        ToolTip.visible: hovered
        ToolTip.text: Accessible.name
    }
    Label {
        objectName: "versionLabel"
        visible: root.siblingCount > 1
        text: qsTr("%1/%2").arg(root.siblingIndex).arg(root.siblingCount)
        color: Theme.subtleText
        Accessible.name: qsTr("Version %1 of %2").arg(root.siblingIndex).arg(root.siblingCount)
    }
    ToolButton {
        id: nextButton

        objectName: "nextVersionButton"
        text: "›"
        visible: root.siblingCount > 1
        enabled: root.siblingIndex < root.siblingCount && !root.busy
        onClicked: root.nextVersion()
        Accessible.name: qsTr("Next version")
        Accessible.description: enabled ? "" : A11y.unavailable
        Accessible.onPressAction: clicked()
        ToolTip.visible: hovered
        ToolTip.text: Accessible.name
    }
    ToolButton {
        id: copyButton

        objectName: "copyButton"
        text: qsTr("Copy")
        onClicked: root.copyRequested()
        Accessible.name: qsTr("Copy this message")
        Accessible.description: qsTr("As Markdown")
        Accessible.onPressAction: clicked()
    }
    ToolButton {
        id: editButton

        objectName: "editButton"
        text: qsTr("Edit")
        visible: root.question
        enabled: !root.busy
        onClicked: root.editRequested()
        Accessible.name: qsTr("Edit this message")
        Accessible.description: enabled ? qsTr("Sends it again as a new version") : A11y.unavailable
        Accessible.onPressAction: clicked()
    }
    ToolButton {
        objectName: "regenerateButton"
        text: qsTr("Regenerate")
        visible: !root.question
        enabled: !root.busy
        onClicked: root.regenerateRequested()
        Accessible.name: qsTr("Regenerate")
        Accessible.description: enabled ? qsTr("Asks for a new version of this answer") : A11y.unavailable
        Accessible.onPressAction: clicked()
    }
    ToolButton {
        objectName: "continueButton"
        text: qsTr("Continue")
        visible: root.canContinue
        enabled: !root.busy
        onClicked: root.continueRequested()
        Accessible.name: qsTr("Continue this answer")
        Accessible.description: enabled ? "" : A11y.unavailable
        Accessible.onPressAction: clicked()
    }
    ToolButton {
        objectName: "deleteButton"
        text: qsTr("Delete")
        onClicked: root.deleteRequested()
        Accessible.name: qsTr("Delete this message")
        Accessible.onPressAction: clicked()
    }
}
