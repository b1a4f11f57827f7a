// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick

// Says a short message through screen readers: "Answer finished", "Copied". Qt 6.4 has no
// Accessible.announce and sends no live-region changes; what reaches them is a Notification
// being shown (AT-SPI "showing"), which Orca reads as "notification <message>", every time,
// the same message again included. Zero-sized and transparent: nothing on screen.
Item {
    id: root

    // The last message, and how many were said.
    property string message
    property int count: 0

    function announce(text: string) {
        root.message = text;
        root.count += 1;
        root.visible = false;
        root.visible = true;
    }

    objectName: "liveAnnouncer"
    width: 0
    height: 0
    opacity: 0
    Accessible.role: Accessible.Notification
    Accessible.name: root.message
}
