// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick

// Words for screen readers that many controls share.
QtObject {
    // Qt 6.4 reports a disabled control as enabled (6.5 fixes it), so a control that can be
    // disabled says it in its description: `Accessible.description: enabled ? "" : A11y.unavailable`.
    readonly property string unavailable: qsTr("Unavailable")
}
