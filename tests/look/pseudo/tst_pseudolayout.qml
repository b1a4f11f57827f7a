// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Confab
import ConfabTest

// The settings pages, the provider editor and the first-run page in the pseudo-translation
// (tst_pseudolayout.cpp loads it): in the default window size (960 × 720) no text may be elided,
// too wide, cut off, covered or overlapping. A narrow window (480 × 360: the default window at
// 200 % scale) is reported, not failed, until the pages are restyled.
// To check another page: add a state to show() and a row to states().
Item {
    id: root

    width: 960
    height: 720

    Binding {
        target: Theme
        property: "fontSize"
        value: TestEnv.service.settings.fontSize
    }

    // The pages, made afresh for each check in a window of the given size.
    Component {
        id: settingsWindow

        Item {
            property alias page: settings

            clip: true

            SettingsPage {
                id: settings

                anchors.fill: parent
                service: TestEnv.service
                settingsExport: TestEnv.settingsExport
                networkSettings: TestEnv.networkSettings
                networkStatus: TestEnv.networkStatus
            }
        }
    }
    Component {
        id: firstRunWindow

        Item {
            property alias page: firstRun

            clip: true

            FirstRunOfferPage {
                id: firstRun

                anchors.fill: parent
                offer: TestEnv.offer
            }
        }
    }

    TestCase {
        id: testCase

        name: "PseudoLayout"
        when: windowShown

        property Item settings

        function field(name: string): Item {
            const item = findChild(testCase.settings, name);
            verify(item !== null, name);
            return item;
        }

        function showSettings(tab: string) {
            waitForRendering(testCase.settings);
            mouseClick(testCase.field(tab));
            tryVerify(() => testCase.field(tab).checked);
        }

        function states(): var {
            return ["provider list", "new openai", "new anthropic", "new ollama", "new custom", "edit openai", "general", "network", "first run"];
        }

        // Makes the pages in a window of @p width × @p height, shows @p state and returns the
        // page to check.
        function show(state: string, width: int, height: int): Item {
            const size = {
                "width": width,
                "height": height
            };
            if (state === "first run") {
                const firstRun = createTemporaryObject(firstRunWindow, root, size).page;
                tryVerify(() => !TestEnv.offer.searching && TestEnv.offer.offers.length >= 3, 5000);
                return firstRun;
            }
            testCase.settings = createTemporaryObject(settingsWindow, root, size).page;
            if (state === "general" || state === "network") {
                testCase.showSettings(state + "Tab");
                if (state === "network")
                    mouseClick(testCase.field("proxyManual"));
                return testCase.settings;
            }
            testCase.showSettings("providersTab");
            tryVerify(() => findChild(testCase.settings, "provider_ollama") !== null);
            if (state.startsWith("new ")) {
                testCase.settings.addProvider(state.substring(4));
            } else if (state.startsWith("edit ")) {
                const row = findChild(testCase.settings, "provider_" + state.substring(5));
                findChild(row, "editProvider").clicked();
            }
            if (state !== "provider list")
                tryVerify(() => testCase.field("providerEditor").visible);
            return testCase.settings;
        }

        function problemsOf(page: Item): var {
            waitForRendering(page);
            return LayoutAudit.problems(page);
        }

        function init() {
            TestEnv.addProviders();
        }

        function test_pseudoTranslationIsLoaded() {
            testCase.show("general", root.width, root.height);
            const tab = testCase.field("generalTab");
            verify(tab.text.startsWith("[Ĝ"), tab.text);
        }

        function test_defaultWindow_data() {
            return testCase.states().map(state => ({
                            "tag": state
                        }));
        }

        // And no words in plain English while the interface is in the pseudo-language: each
        // would be a string that cannot be translated (the test's own data is single words and
        // URLs).
        function test_defaultWindow(data) {
            const page = testCase.show(data.tag, root.width, root.height);
            const problems = testCase.problemsOf(page);
            compare(problems.length, 0, "\n" + problems.join("\n"));
            const english = LayoutAudit.visibleTexts(page).filter(text => /[A-Za-z]+ [a-z]+/.test(text));
            compare(english.length, 0, "\n" + english.join("\n"));
        }

        function test_narrowWindowReport() {
            if (TestEnv.sanitized)
                skip("a report: left out of the sanitizer build, where it is slow");
            let count = 0;
            for (const state of testCase.states()) {
                for (const problem of testCase.problemsOf(testCase.show(state, 480, 360))) {
                    console.warn("480 × 360, " + state + ": " + problem);
                    ++count;
                }
            }
            skip(count + " problems in a 480 × 360 window (200 % scale), listed above; a report until the pages are restyled");
        }
    }
}
