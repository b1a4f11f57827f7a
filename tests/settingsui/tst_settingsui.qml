// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Confab
import ConfabTest

Item {
    id: root

    width: 900
    height: 1400

    // As Main.qml does: the theme follows the settings at once.
    Binding {
        target: Theme
        property: "mode"
        value: TestEnv.service.settings.theme
    }
    Binding {
        target: Theme
        property: "fontSize"
        value: TestEnv.service.settings.fontSize
    }

    SettingsPage {
        id: page

        anchors.fill: parent
        service: TestEnv.service
        settingsExport: TestEnv.settingsExport
        networkSettings: TestEnv.networkSettings
        networkStatus: TestEnv.networkStatus
    }

    TestCase {
        id: testCase

        name: "SettingsUi"
        when: windowShown

        function type(text: string) {
            for (const ch of text)
                keyClick(ch);
        }

        function field(name: string): Item {
            const item = findChild(page, name);
            verify(item !== null, name);
            return item;
        }

        // Replaces a text field's text the way a user does.
        function retype(name: string, text: string) {
            const item = testCase.field(name);
            item.forceActiveFocus();
            item.selectAll();
            keyClick(Qt.Key_Delete);
            testCase.type(text);
        }

        function providerRow(id: string): Item {
            return findChild(page, "provider_" + id);
        }

        // Adds a custom provider through the editor; returns nothing, leaves the list shown.
        function addCustomProvider(key: string) {
            mouseClick(testCase.field("addProvider"));
            const editor = testCase.field("providerEditor");
            tryVerify(() => editor.visible);
            const presets = testCase.field("presetBox");
            presets.currentIndex = presets.count - 1; // "Custom (OpenAI-compatible)"
            presets.activated(presets.currentIndex);
            compare(TestEnv.service.draft.isCustom, true);
            testCase.retype("nameField", "Lab");
            testCase.retype("baseUrlField", TestEnv.serverUrl);
            testCase.retype("apiKeyField", key);
        }

        function init() {
            page.visible = true;
            TestEnv.reset();
            mouseClick(testCase.field("providersTab"));
            const cancel = findChild(page, "cancelButton");
            if (cancel && cancel.visible)
                mouseClick(cancel);
        }

        function test_addWithConnectionTest() {
            testCase.addCustomProvider(TestEnv.validKey);
            const keyField = testCase.field("apiKeyField");
            compare(keyField.echoMode, TextInput.Password);
            mouseClick(testCase.field("testButton"));
            const result = testCase.field("testResult");
            tryCompare(result, "text", "Connected. 3 model(s) available.");
            compare(TestEnv.lastAuthorization(), "Bearer " + TestEnv.validKey);

            // Pick the default model by searching the list.
            const search = testCase.field("modelSearch");
            search.forceActiveFocus();
            testCase.type("small");
            tryVerify(() => findChild(page, "model_gpt-test-small") !== null);
            compare(findChild(page, "modelList").count, 1);
            mouseClick(findChild(page, "model_gpt-test-small"));
            compare(TestEnv.service.draft.defaultModel, "gpt-test-small");
            const save = testCase.field("saveButton");
            verify(save.enabled);
            mouseClick(save);
            tryVerify(() => testCase.providerRow("custom") !== null);
            tryVerify(() => !testCase.field("providerEditor").visible);
            verify(TestEnv.keychainHolds("custom"));
            compare(TestEnv.storedKey("custom"), TestEnv.validKey);
            compare(TestEnv.defaultModelOf("custom"), "gpt-test-small");
            compare(TestEnv.service.providers.count, 1);
        }

        function test_typedModelNameIsAccepted() {
            testCase.addCustomProvider(TestEnv.validKey);
            const search = testCase.field("modelSearch");
            search.forceActiveFocus();
            testCase.type("my-finetune");
            keyClick(Qt.Key_Return);
            compare(TestEnv.service.draft.defaultModel, "my-finetune");
            mouseClick(testCase.field("saveButton"));
            tryVerify(() => testCase.providerRow("custom") !== null);
            compare(TestEnv.defaultModelOf("custom"), "my-finetune");
        }

        function test_connectionTestShowsTheProblem() {
            testCase.addCustomProvider("wrong-key");
            mouseClick(testCase.field("testButton"));
            const result = testCase.field("testResult");
            tryCompare(result, "text", "The API key was rejected (Invalid key).");
            compare(TestEnv.service.draft.testState, ProviderDraft.Failed);
            // A wrong URL says so in plain words.
            testCase.retype("apiKeyField", TestEnv.validKey);
            testCase.retype("baseUrlField", TestEnv.serverUrl.replace("/v1", "/nothing-here"));
            mouseClick(testCase.field("testButton"));
            tryVerify(() => TestEnv.service.draft.testState === ProviderDraft.Failed && result.text.indexOf("/nothing-here/models returned 404") >= 0);
            verify(result.text.indexOf("does not look like an OpenAI-compatible API") >= 0);
            testCase.retype("baseUrlField", "not a url");
            verify(!testCase.field("saveButton").enabled);
            verify(testCase.field("validationError").text.indexOf("http://") >= 0);
            mouseClick(testCase.field("cancelButton"));
            compare(TestEnv.service.providers.count, 0);
        }

        function test_editProvider() {
            testCase.addCustomProvider(TestEnv.validKey);
            mouseClick(testCase.field("saveButton"));
            tryVerify(() => testCase.providerRow("custom") !== null);
            const row = testCase.providerRow("custom");
            const edit = findChild(row, "editProvider");
            mouseClick(edit);
            tryVerify(() => testCase.field("providerEditor").visible);
            compare(testCase.field("nameField").text, "Lab");
            compare(testCase.field("apiKeyField").text, ""); // the stored key is never shown
            verify(TestEnv.service.draft.hasStoredKey);
            testCase.retype("nameField", "Lab 2");
            // The test uses the stored key.
            mouseClick(testCase.field("testButton"));
            tryCompare(testCase.field("testResult"), "text", "Connected. 3 model(s) available.");
            compare(TestEnv.lastAuthorization(), "Bearer " + TestEnv.validKey);
            mouseClick(testCase.field("saveButton"));
            tryVerify(() => !testCase.field("providerEditor").visible);
            compare(TestEnv.service.providers.nameOf("custom"), "Lab 2");
            compare(TestEnv.storedKey("custom"), TestEnv.validKey);
        }

        function test_deleteProvider() {
            testCase.addCustomProvider(TestEnv.validKey);
            mouseClick(testCase.field("saveButton"));
            tryVerify(() => testCase.providerRow("custom") !== null);
            const row = testCase.providerRow("custom");
            mouseClick(findChild(row, "deleteProvider"));
            const confirm = findChild(row, "confirmDelete");
            tryVerify(() => confirm.visible && confirm.width > 0);
            waitForRendering(row);
            compare(TestEnv.service.providers.count, 1); // not before the confirmation
            mouseClick(confirm);
            compare(TestEnv.service.providers.count, 0);
            tryVerify(() => testCase.providerRow("custom") === null);
            tryVerify(() => !TestEnv.keychainHolds("custom"));
        }

        function test_firstRunOffer() {
            const component = Qt.createComponent("qrc:/qt/qml/Confab/Providers/FirstRunOfferPage.qml");
            compare(component.status, Component.Ready, component.errorString());
            const offerPage = component.createObject(root, {
                    "offer": TestEnv.offer,
                    "width": 600,
                    "height": 400
                });
            verify(offerPage !== null);
            const accepted = signalSpy.createObject(root, {
                    "target": offerPage,
                    "signalName": "accepted"
                });
            tryVerify(() => findChild(offerPage, "offer_0") !== null && !TestEnv.offer.searching);
            mouseClick(findChild(offerPage, "offer_0"));
            compare(accepted.count, 1);
            compare(accepted.signalArguments[0][0], "ollama");
            compare(TestEnv.service.settings.defaultProviderId, "ollama");
            compare(TestEnv.service.settings.defaultModel, "llama3.2:latest");
            verify(!TestEnv.offer.shouldOffer);
            offerPage.destroy();
        }

        // A preset card opens a short form with only what it needs; Connect tests the
        // connection and saves only what works (or, after a failure, when asked to).
        function test_firstRunCardConnects() {
            // As in the window: the settings (and their Esc) are not shown under the welcome.
            page.visible = false;
            const component = Qt.createComponent("qrc:/qt/qml/Confab/Providers/FirstRunOfferPage.qml");
            const offerPage = createTemporaryObject(component, root, {
                    "offer": TestEnv.offer,
                    "width": 700,
                    "height": 1300
                });
            tryVerify(() => !TestEnv.offer.searching);
            const card = findChild(offerPage, "preset_custom");
            verify(card !== null);
            compare(card.summary, "Any server that speaks the OpenAI chat API");
            mouseClick(card);
            const form = findChild(offerPage, "quickSetup");
            tryVerify(() => form.visible);
            const url = findChild(form, "quickBaseUrl");
            verify(url.activeFocus, "the focus goes into the form");
            testCase.type(TestEnv.serverUrl);
            const key = findChild(form, "quickApiKey");
            verify(key.visible);
            key.forceActiveFocus();
            testCase.type("wrong-key");
            mouseClick(findChild(form, "quickConnect"));
            const result = findChild(form, "quickResult");
            tryCompare(result, "text", "The API key was rejected (Invalid key).");
            compare(TestEnv.service.providers.count, 0);
            verify(findChild(form, "quickSaveAnyway").visible);
            key.selectAll();
            key.forceActiveFocus();
            keyClick(Qt.Key_Delete);
            testCase.type(TestEnv.validKey);
            keyClick(Qt.Key_Return);
            tryCompare(TestEnv.service.providers, "count", 1);
            verify(TestEnv.keychainHolds("custom"));
            compare(TestEnv.storedKey("custom"), TestEnv.validKey);
            // A local server's form asks for nothing; Esc goes back to its card.
            findChild(offerPage, "preset_ollama").clicked();
            verify(!findChild(form, "quickApiKey").visible);
            verify(!findChild(form, "quickBaseUrl").visible);
            verify(findChild(form, "quickConnect").activeFocus);
            keyClick(Qt.Key_Escape);
            tryVerify(() => !form.visible);
            verify(findChild(offerPage, "preset_ollama").activeFocus);
            page.visible = true;
        }

        // Without a keychain the form does not offer it: the choice moves to this session.
        function test_noKeychainMovesTheChoice() {
            TestEnv.setKeychainAvailable(false);
            tryVerify(() => TestEnv.service.keys.keychainState === ApiKeys.Unavailable);
            mouseClick(testCase.field("addProvider"));
            tryVerify(() => testCase.field("providerEditor").visible);
            const keychain = testCase.field("keyModeKeychain");
            verify(!keychain.enabled);
            verify(!keychain.checked);
            verify(testCase.field("keyModeSession").checked);
            compare(TestEnv.service.draft.keyMode, ApiKeys.Session);
            mouseClick(testCase.field("cancelButton"));
            TestEnv.setKeychainAvailable(true);
            tryVerify(() => TestEnv.service.keys.keychainState === ApiKeys.Available);
        }

        function test_generalSettingsApplyAtOnce() {
            mouseClick(testCase.field("generalTab"));
            const theme = testCase.field("themeBox");
            tryVerify(() => theme.visible);
            // The stored choice is shown from the start, not an empty box.
            compare(theme.displayText, "Follow the system");
            const effort = testCase.field("reasoningEffort");
            compare(effort.displayText, "Provider default");
            theme.currentIndex = 2; // Dark
            theme.activated(2);
            compare(TestEnv.service.settings.theme, AppSettings.Dark);
            verify(Theme.dark);
            theme.currentIndex = 1; // Light
            theme.activated(1);
            verify(!Theme.dark);
            const size = testCase.field("fontSizeBox");
            size.forceActiveFocus();
            keyClick(Qt.Key_Up);
            compare(TestEnv.service.settings.fontSize, 12);
            compare(Theme.fontSize, 12);
            keyClick(Qt.Key_Down);
            compare(Theme.fontSize, 11);
            TestEnv.service.settings.theme = AppSettings.System;
        }

        Component {
            id: signalSpy

            SignalSpy {
            }
        }
    }
}
