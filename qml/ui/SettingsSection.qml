// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import QtQuick.Controls
import QtQuick.Layouts

// A group of settings: a heading, a line on what it is for, then its controls on a card. The
// controls go in as children: SettingsSection { title: …; description: …; CheckBox { … } }.
ColumnLayout {
    id: root

    property string title
    property string description
    default property alias content: card.contentData

    spacing: Theme.spacingS

    Label {
        Layout.fillWidth: true
        text: root.title
        font.pointSize: Theme.fontSizeHeading
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        visible: root.description.length > 0
        text: root.description
        wrapMode: Text.Wrap
        color: Theme.subtleText
    }
    Pane {
        id: card

        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingXs
        padding: Theme.spacingL

        background: Rectangle {
            color: Theme.surfaceRaised
            radius: Theme.radiusL
            border.color: Theme.border
        }

        contentItem: ColumnLayout {
            spacing: Theme.spacingM
        }
    }
}
