// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtTest
import ConfabTest

// LayoutAudit itself: it finds each kind of problem, and passes text that fits.
Item {
    id: root

    width: 400
    height: 300

    Component {
        id: fits

        ColumnLayout {
            width: 300
            Label {
                text: "Short"
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: "A long sentence that wraps onto several lines because its label is narrow."
            }
            Button {
                text: "OK"
            }
            Label {
                text: "Hidden, and far too long to fit anywhere at all in this small layout."
                visible: false
            }
            Flickable {
                Layout.preferredWidth: 300
                Layout.preferredHeight: 20
                clip: true
                contentHeight: 200
                Label {
                    y: 100 // scrolled out of view below
                    text: "Below"
                }
            }
        }
    }
    Component {
        id: elided

        Label {
            width: 40
            elide: Text.ElideRight
            text: "Much longer than forty pixels"
        }
    }
    Component {
        id: squeezed

        RowLayout {
            width: 120
            Label {
                Layout.fillWidth: true
                Layout.maximumWidth: 60
                text: "Squeezed by its row"
            }
        }
    }
    Component {
        id: unwrappable

        Label {
            width: 50
            wrapMode: Text.WordWrap
            text: "Unbreakableword"
        }
    }
    Component {
        id: tooTall

        Label {
            width: 300
            height: 10
            text: "Taller than ten pixels"
        }
    }
    Component {
        id: cutOff

        Item {
            width: 100
            height: 30
            clip: true
            Label {
                x: 60
                text: "Runs past the clip"
            }
        }
    }
    Component {
        id: overlapping

        Item {
            width: 300
            height: 30
            Label {
                text: "First label here"
            }
            Label {
                x: 30
                text: "Second label"
            }
        }
    }
    Component {
        id: fieldOverLabel

        Item {
            width: 300
            height: 60
            Label {
                text: "API key"
            }
            TextField {
                width: 200
                placeholderText: "Variable name"
            }
        }
    }
    Component {
        id: buttonOverButton

        Item {
            width: 300
            height: 60
            Button {
                text: "Copy"
            }
            Button {
                x: 20
                y: 10
                text: "↓"
            }
        }
    }
    Component {
        id: button

        Button {
            width: 40
            text: "A button label that does not fit"
        }
    }

    TestCase {
        name: "LayoutAudit"
        when: windowShown

        function problemsOf(component: Component): var {
            const item = createTemporaryObject(component, root);
            verify(item !== null);
            waitForRendering(item);
            return LayoutAudit.problems(item);
        }

        function test_fittingTextPasses() {
            compare(problemsOf(fits), []);
        }

        function test_findsEachProblem_data() {
            return [{
                    "tag": "elided",
                    "component": elided,
                    "problem": "is elided"
                }, {
                    "tag": "squeezed",
                    "component": squeezed,
                    "problem": "is too wide"
                }, {
                    "tag": "word wider than the label",
                    "component": unwrappable,
                    "problem": "has a word wider"
                }, {
                    "tag": "too tall",
                    "component": tooTall,
                    "problem": "is too tall"
                }, {
                    "tag": "cut off by a clip",
                    "component": cutOff,
                    "problem": "is cut off"
                }, {
                    "tag": "overlapping",
                    "component": overlapping,
                    "problem": "overlaps"
                }, {
                    "tag": "field drawn over a label",
                    "component": fieldOverLabel,
                    "problem": "is covered by"
                }, {
                    "tag": "button over a button",
                    "component": buttonOverButton,
                    "problem": "overlaps"
                }, {
                    "tag": "button text",
                    "component": button,
                    "problem": "is elided"
                }];
        }

        function test_findsEachProblem(data) {
            const problems = problemsOf(data.component);
            verify(problems.length > 0, data.tag);
            verify(problems.join("\n").indexOf(data.problem) >= 0, problems.join("\n"));
        }
    }
}
