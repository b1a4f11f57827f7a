// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.Markdown
import QtQuick.Controls

// Shows where a link really goes before opening it; refuses anything but http(s).
Dialog {
    id: root

    property string url

    function ask(link: string) {
        root.url = link;
        root.open();
    }

    objectName: "linkDialog"
    // Keys go to the dialog (Esc closes it, Tab stays in it); Cancel has the focus, so that
    // Enter never opens an untrusted link by accident.
    focus: true
    onOpened: (root.standardButton(Dialog.Cancel) ?? root.standardButton(Dialog.Close)).forceActiveFocus(Qt.TabFocusReason)
    anchors.centerIn: Overlay.overlay
    // A fixed width that fits the narrowest window (420): one that follows the window made the
    // dialog's implicit size a binding loop on every resize.
    contentWidth: 360
    modal: true
    title: Links.isOpenable(root.url) ? qsTr("Open this link?") : qsTr("Link blocked")
    standardButtons: Links.isOpenable(root.url) ? Dialog.Open | Dialog.Cancel : Dialog.Close
    onAccepted: Links.open(root.url)

    Label {
        width: root.contentWidth
        wrapMode: Text.WrapAnywhere
        textFormat: Text.PlainText
        text: Links.isOpenable(root.url) ? Links.displayUrl(root.url) : qsTr("Confab only opens http and https links. This one was not opened:\n%1").arg(root.url)
    }
}
