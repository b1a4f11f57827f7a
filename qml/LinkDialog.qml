// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab
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
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, parent ? parent.width - 40 : 520)
    modal: true
    title: Rendering.isOpenableLink(root.url) ? qsTr("Open this link?") : qsTr("Link blocked")
    standardButtons: Rendering.isOpenableLink(root.url) ? Dialog.Open | Dialog.Cancel : Dialog.Close
    onAccepted: Rendering.openLink(root.url)

    Label {
        width: parent.width
        wrapMode: Text.WrapAnywhere
        textFormat: Text.PlainText
        text: Rendering.isOpenableLink(root.url) ? Rendering.displayUrl(root.url) : qsTr("Confab only opens http and https links. This one was not opened:\n%1").arg(root.url)
    }
}
