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
    width: Math.min(520, parent ? parent.width - 40 : 520)
    modal: true
    title: Links.isOpenable(root.url) ? qsTr("Open this link?") : qsTr("Link blocked")
    standardButtons: Links.isOpenable(root.url) ? Dialog.Open | Dialog.Cancel : Dialog.Close
    onAccepted: Links.open(root.url)

    Label {
        width: parent.width
        wrapMode: Text.WrapAnywhere
        textFormat: Text.PlainText
        text: Links.isOpenable(root.url) ? Links.displayUrl(root.url) : qsTr("Confab only opens http and https links. This one was not opened:\n%1").arg(root.url)
    }
}
