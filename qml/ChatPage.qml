// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab
import QtQuick.Controls
import QtQuick.Layouts

// The conversation: header, message list, composer.
Item {
    id: root

    required property ChatController chat

    Shortcut {
        sequence: "Esc"
        enabled: root.chat.busy
        onActivated: root.chat.stop()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            background: Rectangle {
                color: Theme.surface
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.border
                }
            }

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing

                Label {
                    text: root.chat.configured ? root.chat.modelName : qsTr("Not configured")
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Model: %1").arg(text)
                }
                Label {
                    text: root.chat.endpointHost
                    color: Theme.subtleText
                    visible: root.chat.configured
                }
                ToolButton {
                    objectName: "newChatButton"
                    text: qsTr("New chat")
                    enabled: root.chat.messages.count > 0
                    onClicked: root.chat.newConversation()
                    Accessible.name: qsTr("Start a new chat")
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: messageList

                objectName: "messageList"
                anchors.fill: parent
                anchors.topMargin: Theme.spacing
                model: root.chat.messages
                spacing: Theme.spacing
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                visible: count > 0
                Accessible.name: qsTr("Conversation")
                Accessible.role: Accessible.List
                ScrollBar.vertical: ScrollBar {
                }

                // Follow the stream while the view is at the bottom.
                property bool following: true
                onMovementEnded: following = atYEnd
                onContentHeightChanged: if (following)
                    positionViewAtEnd()
                onCountChanged: {
                    following = true;
                    positionViewAtEnd();
                }

                delegate: MessageDelegate {
                    id: messageDelegate

                    width: messageList.width
                    isLast: messageDelegate.index === messageList.count - 1
                    canRetry: root.chat.canRetry
                    onRetryRequested: root.chat.retry()
                    onLinkRequested: url => linkDialog.ask(url)
                }
            }

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacing, 560)
                visible: messageList.count === 0
                configured: root.chat.configured
                missingSetting: root.chat.missingSetting
                modelName: root.chat.modelName
                endpointHost: root.chat.endpointHost
            }
        }

        Composer {
            id: composer

            Layout.fillWidth: true
            busy: root.chat.busy
            enabled: root.chat.configured
            modelName: root.chat.modelName
            onSendRequested: text => {
                if (root.chat.send(text))
                    composer.clear();
            }
            onStopRequested: root.chat.stop()
        }
    }

    LinkDialog {
        id: linkDialog
    }
}
