// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Templates as T
import QtQuick.Controls.Fusion.impl

// A busy indicator that turns in steps: the Fusion style's ring, an eighth of a turn at a
// time, at the style's speed (a turn a second). The style's own BusyIndicator turns smoothly, so
// Qt Quick draws as many frames as the screen takes for as long as it shows (without a GPU that
// alone costs more than a core). This one takes its steps in the frames that the window draws
// anyway (an answer growing) and draws a frame of its own only when none came for a step's time:
// at most eight a second, none once it stops or is hidden.
T.BusyIndicator {
    id: root

    // The ring's position: an eighth of a turn for every 125 ms since it started.
    property int step: 0
    property double startedAt: 0

    function advance() {
        root.step = Math.floor((Date.now() - root.startedAt) / 125) % 8;
    }

    implicitWidth: Math.max(root.implicitBackgroundWidth + root.leftInset + root.rightInset, root.implicitContentWidth + root.leftPadding + root.rightPadding)
    implicitHeight: Math.max(root.implicitBackgroundHeight + root.topInset + root.bottomInset, root.implicitContentHeight + root.topPadding + root.bottomPadding)
    padding: 6

    contentItem: BusyIndicatorImpl {
        implicitWidth: 28
        implicitHeight: 28
        color: root.palette.text
        running: root.running
        rotation: root.step * 45
    }

    // A frame is coming anyway: step in it, and put off the timer's own step.
    Connections {
        target: root.Window.window
        enabled: stepTimer.running

        function onAfterAnimating() {
            root.advance();
            stepTimer.restart();
        }
    }

    // No frame for a step's time: step, which draws one.
    Timer {
        id: stepTimer

        objectName: "stepTimer"
        interval: 125
        repeat: true
        running: root.running && root.visible
        onRunningChanged: if (running)
            root.startedAt = Date.now()
        onTriggered: root.advance()
    }
}
