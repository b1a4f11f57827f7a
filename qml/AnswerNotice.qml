// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab
import QtQuick.Controls

// Labels an answer that did not end normally: a refusal, a content-filter stop, the length
// limit, or a stop by the user. Invisible for anything else.
Rectangle {
    id: root

    // "refusal", "content_filter", "length" or "stopped" (see Rendering.noticeText).
    required property string kind

    objectName: "answerNotice"
    visible: label.text.length > 0
    implicitWidth: label.implicitWidth + 20
    implicitHeight: label.implicitHeight + 10
    radius: height / 2
    color: Theme.warningBackground
    border.color: Theme.warningText

    Label {
        id: label

        objectName: "answerNoticeText"
        anchors.centerIn: parent
        text: Rendering.noticeText(root.kind)
        color: Theme.warningText
        font.pointSize: Theme.fontSize * 0.9
        Accessible.role: Accessible.StaticText
        Accessible.name: label.text
    }
}
