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

    spacing: 2
    opacity: root.hovered || root.activeFocus || root.canContinue ? 1 : 0.55

    Behavior on opacity  {
        NumberAnimation {
            duration: 120
        }
    }

    ToolButton {
        objectName: "previousVersionButton"
        text: "‹"
        visible: root.siblingCount > 1
        enabled: root.siblingIndex > 1 && !root.busy
        onClicked: root.previousVersion()
        Accessible.name: qsTr("Previous version")
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
        objectName: "nextVersionButton"
        text: "›"
        visible: root.siblingCount > 1
        enabled: root.siblingIndex < root.siblingCount && !root.busy
        onClicked: root.nextVersion()
        Accessible.name: qsTr("Next version")
        ToolTip.visible: hovered
        ToolTip.text: Accessible.name
    }
    ToolButton {
        objectName: "copyButton"
        text: qsTr("Copy")
        onClicked: root.copyRequested()
        Accessible.name: qsTr("Copy this message as Markdown")
    }
    ToolButton {
        objectName: "editButton"
        text: qsTr("Edit")
        visible: root.question
        enabled: !root.busy
        onClicked: root.editRequested()
        Accessible.name: qsTr("Edit this message and send it again")
    }
    ToolButton {
        objectName: "regenerateButton"
        text: qsTr("Regenerate")
        visible: !root.question
        enabled: !root.busy
        onClicked: root.regenerateRequested()
        Accessible.name: qsTr("Ask for a new version of this answer")
    }
    ToolButton {
        objectName: "continueButton"
        text: qsTr("Continue")
        visible: root.canContinue
        enabled: !root.busy
        onClicked: root.continueRequested()
        Accessible.name: qsTr("Continue this answer")
    }
    ToolButton {
        objectName: "deleteButton"
        text: qsTr("Delete")
        onClicked: root.deleteRequested()
        Accessible.name: qsTr("Delete this message")
    }
}
