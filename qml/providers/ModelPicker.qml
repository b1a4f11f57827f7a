// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Confab.Ui
import Confab.Providers
import QtQuick.Controls
import QtQuick.Layouts

// A searchable list of a provider's models; a name that is not listed can be typed and used
// with Enter. By keyboard: Down from the search enters the list, the arrows move, Enter or Space
// chooses; the model in use is exposed as selected.
ColumnLayout {
    id: root

    required property ModelListModel models
    // The model in use, highlighted in the list.
    property string currentModel

    signal modelChosen(string modelId)

    // The focus goes to the search field (the model switcher does this when it opens).
    function focusSearch() {
        search.forceActiveFocus(Qt.TabFocusReason);
    }

    spacing: Theme.spacing / 2

    RowLayout {
        Layout.fillWidth: true

        TextField {
            id: search

            objectName: "modelSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search, or type a model name and press Enter")
            selectByMouse: true
            text: root.models.filter
            onTextEdited: root.models.filter = text
            onAccepted: {
                const typed = text.trim();
                if (typed.length > 0)
                    root.modelChosen(typed);
            }
            Keys.onDownPressed: list.enter()
            Accessible.name: qsTr("Search models or type a model name")
        }
        BusyIndicator {
            objectName: "modelsLoading"
            running: root.models.loading
            visible: running
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
            Accessible.name: qsTr("Loading the model list")
        }
        ToolButton {
            objectName: "refreshModels"
            text: qsTr("Refresh")
            enabled: !root.models.loading
            onClicked: root.models.refresh()
            Accessible.name: qsTr("Refresh the model list")
            Accessible.description: enabled ? "" : A11y.unavailable
            Accessible.onPressAction: clicked()
        }
    }

    Label {
        objectName: "modelsError"
        Layout.fillWidth: true
        visible: root.models.errorMessage.length > 0
        text: root.models.errorMessage
        color: Theme.errorText
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    Label {
        Layout.fillWidth: true
        visible: !root.models.loading && root.models.count === 0 && search.text.trim().length > 0
        text: qsTr("No listed model matches. Press Enter to use “%1”.").arg(search.text.trim())
        color: Theme.subtleText
        wrapMode: Text.Wrap
    }

    ListView {
        id: list

        // Takes the focus on the model in use (else the first one).
        function enter() {
            if (list.count === 0)
                return;
            list.currentIndex = Math.max(0, root.models.rowOf(root.currentModel));
            list.forceActiveFocus(Qt.TabFocusReason);
        }

        objectName: "modelList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        // As tall as the list, up to what the popup allows (a short list leaves no gap).
        Layout.preferredHeight: list.contentHeight
        Layout.minimumHeight: Math.min(120, list.contentHeight)
        clip: true
        model: root.models
        boundsBehavior: Flickable.StopAtBounds
        activeFocusOnTab: list.count > 0
        keyNavigationEnabled: true
        currentIndex: -1
        onActiveFocusChanged: if (activeFocus && currentIndex < 0)
            list.enter()
        ScrollBar.vertical: ScrollBar {
        }
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Models")

        delegate: ItemDelegate {
            id: entry

            required property string modelId
            required property string displayName

            objectName: "model_" + entry.modelId
            width: ListView.view.width
            focus: ListView.isCurrentItem
            highlighted: entry.modelId === root.currentModel
            text: entry.displayName.length > 0 ? qsTr("%1 (%2)").arg(entry.displayName).arg(entry.modelId) : entry.modelId
            onClicked: root.modelChosen(entry.modelId)
            Accessible.name: entry.text
            Accessible.selected: entry.highlighted
            Accessible.onPressAction: clicked()
        }
    }
}
