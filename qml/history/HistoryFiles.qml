// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Confab.History
import QtQuick.Dialogs

// Where to save an export, which file to import: the file dialogs behind the history
// panel's menu. The writing and reading is done by the HistoryController.
Item {
    id: root

    required property HistoryController history

    property real conversationId: 0
    property string format: "markdown"

    function exportConversation(id: real, exportFormat: string) {
        root.conversationId = id;
        root.format = exportFormat;
        saveDialog.selectedFile = root.history.suggestedFileUrl(id, exportFormat === "json" ? ".json" : ".md");
        saveDialog.nameFilters = exportFormat === "json" ? [qsTr("Confab JSON (*.json)")] : [qsTr("Markdown (*.md)")];
        saveDialog.open();
    }

    function exportAll() {
        root.conversationId = 0;
        root.format = "all";
        saveDialog.selectedFile = root.history.suggestedFileUrl(0, ".json");
        saveDialog.nameFilters = [qsTr("Confab JSON (*.json)")];
        saveDialog.open();
    }

    function importFile() {
        openDialog.open();
    }

    FileDialog {
        id: saveDialog

        fileMode: FileDialog.SaveFile
        title: qsTr("Export")
        acceptLabel: qsTr("Save")
        onAccepted: {
            if (root.format === "all")
                root.history.exportAll(saveDialog.selectedFile);
            else if (root.format === "json")
                root.history.exportJson(root.conversationId, saveDialog.selectedFile);
            else
                root.history.exportMarkdown(root.conversationId, saveDialog.selectedFile);
        }
    }

    FileDialog {
        id: openDialog

        fileMode: FileDialog.OpenFile
        title: qsTr("Import conversations")
        acceptLabel: qsTr("Import")
        nameFilters: [qsTr("Confab or ChatGPT export (*.json)")]
        onAccepted: root.history.importFile(openDialog.selectedFile)
    }
}
