// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import QtTest
import Confab
import ConfabMarkdownTest

Item {
    id: root

    width: 640
    height: 900

    Component {
        id: viewComponent

        MarkdownView {
            width: 600
        }
    }
    Component {
        id: reasoningComponent

        ReasoningSection {
            width: 600
        }
    }
    // As in MessageDelegate: the section fills a column's width, with the answer below it.
    Component {
        id: reasoningInColumnComponent

        Item {
            property alias section: section
            property alias below: below
            required property MarkdownStream blocks

            width: 600
            implicitHeight: column.implicitHeight

            ColumnLayout {
                id: column

                width: parent.width

                ReasoningSection {
                    id: section

                    Layout.fillWidth: true
                    blocks: parent.parent.blocks
                    answerStarted: true
                    streaming: false
                }
                Rectangle {
                    id: below

                    Layout.fillWidth: true
                    implicitHeight: 20
                }
            }
        }
    }
    Component {
        id: toolComponent

        ToolCallCard {
            width: 600
        }
    }
    Component {
        id: iconComponent

        Image {
            width: 32
            height: 32
        }
    }
    SignalSpy {
        id: linkSpy

        signalName: "linkActivated"
    }

    TestCase {
        id: testCase

        name: "MarkdownView"
        when: windowShown

        // The block items of a MarkdownView, in order (the Repeater's delegates).
        function blockItems(view: Item): list<Item> {
            let items = [];
            for (let i = 0; i < view.children.length; ++i) {
                const child = view.children[i];
                if (child.objectName === "markdownBlock" || child.objectName === "codeBlock")
                    items.push(child);
            }
            return items;
        }

        // A block's text item (TextBlock.textItem), or the CodeBlock itself.
        function loaded(view: Item, i: int): Item {
            const items = testCase.blockItems(view);
            if (i >= items.length)
                return null;
            return items[i].objectName === "markdownBlock" ? items[i].textItem : items[i];
        }

        function cleanup() {
            Theme.mode = AppSettings.System;
            linkSpy.clear();
        }

        function test_streamedBlocksAppear() {
            const stream = MdEnv.createStream();
            const view = createTemporaryObject(viewComponent, root, {
                    "blocks": stream
                });
            MdEnv.append(stream, "# Title\n\nFirst **bold** para");
            tryCompare(stream, "count", 2);
            tryVerify(() => testCase.blockItems(view).length === 2);
            const heading = testCase.loaded(view, 0);
            compare(heading.parent.objectName, "markdownBlock");
            verify(heading.getText(0, heading.length).indexOf("Title") >= 0);
            const paragraph = testCase.loaded(view, 1);
            tryVerify(() => paragraph.getText(0, paragraph.length).indexOf("bold para") >= 0);

            // More text: the paragraph grows in place; the heading item is kept.
            MdEnv.append(stream, "graph\n\n- one\n- two\n");
            tryCompare(stream, "count", 3);
            tryVerify(() => testCase.blockItems(view).length === 3);
            verify(testCase.loaded(view, 0) === heading);
            verify(testCase.loaded(view, 1) === paragraph);
            verify(paragraph.getText(0, paragraph.length).indexOf("paragraph") >= 0);
            const list = testCase.loaded(view, 2);
            tryVerify(() => list.getText(0, list.length).indexOf("two") >= 0);
            // The column's height follows in its polish.
            tryVerify(() => view.height > heading.height + paragraph.height);

            // Raw HTML shows as text.
            MdEnv.append(stream, "\n<b>raw</b>");
            MdEnv.finish(stream);
            tryVerify(() => testCase.blockItems(view).length === 4);
            const raw = testCase.loaded(view, 3);
            compare(raw.getText(0, raw.length).trim(), "<b>raw</b>");
        }

        // Screen readers hear headings as headings, lists as lists, code as code, each with
        // its own text (not every block called "Message text").
        function test_blocksSayWhatTheyAre() {
            const stream = MdEnv.createStream();
            const view = createTemporaryObject(viewComponent, root, {
                    "blocks": stream
                });
            MdEnv.append(stream, "## Plan\n\nRead *this*.\n\n- one\n- two\n\n> quoted\n\n```cpp\nint x;\n```\n");
            MdEnv.finish(stream);
            tryVerify(() => testCase.blockItems(view).length === 5);
            const heading = testCase.loaded(view, 0);
            compare(heading.Accessible.role, Accessible.Heading);
            compare(heading.Accessible.name, "Plan");
            const paragraph = testCase.loaded(view, 1);
            compare(paragraph.Accessible.role, Accessible.Paragraph);
            compare(paragraph.Accessible.name, "Read this.");
            const list = testCase.loaded(view, 2);
            compare(list.Accessible.role, Accessible.List);
            compare(list.Accessible.name, "one\ntwo"); // items on lines of their own
            const quote = testCase.loaded(view, 3);
            compare(quote.Accessible.description, "Quote");
            verify(quote.Accessible.name.indexOf("quoted") >= 0, quote.Accessible.name);
            const code = findChild(testCase.loaded(view, 4), "codeText");
            compare(code.Accessible.role, Accessible.StaticText);
            compare(code.Accessible.description, "Code, cpp");
            verify(code.Accessible.name.indexOf("int x;") >= 0, code.Accessible.name);
        }

        // An image (never loaded) shows as the theme's image icon, not U+1F5BC, which the
        // default fonts lack; screen readers hear "Image:".
        function test_imageMarkIsAnIcon() {
            const stream = MdEnv.createStream();
            const view = createTemporaryObject(viewComponent, root, {
                    "blocks": stream
                });
            MdEnv.append(stream, "See ![a cat](https://e.example/c.png) here.");
            MdEnv.finish(stream);
            tryVerify(() => testCase.blockItems(view).length === 1);
            const paragraph = testCase.loaded(view, 0);
            tryVerify(() => paragraph.text.indexOf("image://confabicon/") >= 0, 2000, paragraph.text);
            verify(paragraph.text.indexOf("\u{1F5BC}") < 0, paragraph.text);
            compare(paragraph.Accessible.name, "See Image: a cat (https://e.example/c.png) here.");
            // The provider draws the themed icon in the colour asked for.
            const icon = createTemporaryObject(iconComponent, root, {
                    "source": "image://confabicon/16/ff0000/image-x-generic"
                });
            tryCompare(icon, "status", Image.Ready);
            const shot = grabImage(icon);
            let red = 0;
            for (let x = 0; x < icon.width; ++x) {
                for (let y = 0; y < icon.height; ++y) {
                    const c = shot.pixel(x, y);
                    if (c.a > 0.5 && c.r > 0.8 && c.g < 0.2 && c.b < 0.2)
                        ++red;
                }
            }
            verify(red > 20, "red pixels: " + red);
        }

        function test_codeBlockCopiesTheWholeBlock() {
            MdEnv.clearClipboard();
            const stream = MdEnv.createStream();
            const view = createTemporaryObject(viewComponent, root, {
                    "blocks": stream
                });
            let code = [];
            for (let i = 0; i < 60; ++i)
                code.push("print(" + i + ")  # line " + i);
            MdEnv.append(stream, "Intro\n\n```python\n" + code.join("\n") + "\n```\n");
            MdEnv.finish(stream);
            // Two pieces (40 + 20 lines) after the intro; one header.
            tryVerify(() => testCase.blockItems(view).length === 3);
            const first = testCase.loaded(view, 1);
            const second = testCase.loaded(view, 2);
            compare(first.objectName, "codeBlock");
            compare(second.objectName, "codeBlock");
            verify(findChild(first, "codeHeader").visible);
            verify(!findChild(second, "codeHeader").visible);
            compare(findChild(first, "codeLanguage").text, "python");
            const codeText = findChild(second, "codeText");
            verify(codeText.getText(0, codeText.length).indexOf("print(59)") >= 0);
            const copy = findChild(first, "copyButton");
            compare(copy.text, "Copy");
            // Wait for the Column to lay the pieces out, one under the other.
            tryVerify(() => second.y >= first.y + first.height && first.y > 0);
            mouseClick(copy);
            compare(copy.text, "Copied");
            compare(MdEnv.clipboardText(), code.join("\n"));
            compare(copy.text, "Copied");
        }

        function test_linksGoToTheLinkFlow() {
            const stream = MdEnv.createStream();
            const view = createTemporaryObject(viewComponent, root, {
                    "blocks": stream
                });
            linkSpy.target = view;
            MdEnv.append(stream, "[Example link text here](https://example.com/page) and " + "[bad](javascript:alert(1))");
            MdEnv.finish(stream);
            tryVerify(() => testCase.blockItems(view).length === 1);
            const text = testCase.loaded(view, 0);
            tryVerify(() => text.width > 0 && text.height > 0 && view.height > 0);
            // The javascript: link is not a link at all: its URL shows as text.
            verify(text.getText(0, text.length).indexOf("(javascript:alert(1))") >= 0);
            mouseClick(text, 20, text.height / 2);
            tryCompare(linkSpy, "count", 1);
            compare(linkSpy.signalArguments[0][0], "https://example.com/page");
        }

        function test_reasoningCollapsesWhenTheAnswerStarts() {
            const stream = MdEnv.createStream();
            const section = createTemporaryObject(reasoningComponent, root, {
                    "blocks": stream,
                    "answerStarted": false,
                    "streaming": true
                });
            MdEnv.append(stream, "Let me *think* about it");
            const header = findChild(section, "reasoningHeader");
            verify(section.expanded);
            verify(header.text.indexOf("Thinking") >= 0);
            const content = findChild(section, "reasoningContent");
            verify(content.visible);
            tryVerify(() => testCase.blockItems(content).length === 1);
            const text = testCase.loaded(content, 0);
            tryVerify(() => text.getText(0, text.length).indexOf("think about it") >= 0);
            compare(text.color, Theme.reasoningText);
            section.answerStarted = true;
            verify(!section.expanded);
            verify(!content.visible);
            verify(header.text.indexOf("Reasoning") >= 0);
            mouseClick(header);
            verify(section.expanded);
            verify(content.visible);
            // The user's choice sticks.
            section.streaming = false;
            verify(section.expanded);
            mouseClick(header);
            verify(!section.expanded);
        }

        // A stored answer: its reasoning starts folded; unfolded, it takes the full width and
        // pushes what follows down instead of being drawn over it.
        function test_foldedReasoningUnfoldsToFullWidth() {
            const stream = MdEnv.createStream();
            MdEnv.append(stream, "First we weigh the options. Then we choose the cheaper one, because it is cheaper.");
            const holder = createTemporaryObject(reasoningInColumnComponent, root, {
                    "blocks": stream
                });
            const section = holder.section;
            const content = findChild(section, "reasoningContent");
            verify(!section.expanded);
            verify(!content.visible);
            const folded = section.height;
            mouseClick(findChild(section, "reasoningHeader"));
            verify(section.expanded);
            tryVerify(() => content.width > 500, 1000, "content width " + content.width);
            tryVerify(() => testCase.blockItems(content).length === 1);
            const text = testCase.loaded(content, 0);
            // One or two lines at this width, not a word per line.
            tryVerify(() => text.lineCount > 0 && text.lineCount <= 2, 1000, "lines " + text.lineCount);
            tryVerify(() => section.height >= folded + content.height, 1000, "section " + section.height);
            tryVerify(() => holder.below.y >= section.y + section.height, 1000, "below at " + holder.below.y);
        }

        // Each visible block starts where the one above it ends, while the last one grows, when
        // a block above changes height, and when blocks go away.
        function test_blocksStackWithoutGapsOrOverlaps() {
            const stream = MdEnv.createStream();
            const view = createTemporaryObject(viewComponent, root, {
                    "blocks": stream
                });
            const stacked = () => {
                const items = testCase.blockItems(view).filter(item => item.visible);
                let y = 0;
                for (const item of items) {
                    if (Math.abs(item.y - y) > 0.5)
                        return false;
                    y += item.height;
                }
                return items.length > 0 && Math.abs(view.implicitHeight - y) < 0.5;
            };
            MdEnv.append(stream, "# Title\n\nFirst paragraph.\n\n```cpp\nint a;\n```\n\nSecond ");
            tryVerify(stacked);
            const before = view.implicitHeight;
            for (let i = 0; i < 30; ++i)
                MdEnv.append(stream, "growing words in the last paragraph ");
            tryVerify(() => view.implicitHeight > before);
            tryVerify(stacked);
            // A block above the last changes height: narrower text wraps to more lines.
            view.width = 200;
            tryVerify(stacked);
            view.width = 600;
            tryVerify(stacked);
            MdEnv.append(stream, "\n\n- a list\n- of two\n");
            MdEnv.finish(stream);
            tryVerify(stacked);
        }

        // The card shows what ToolCallList prepared (tst_toolcalllist checks the text).
        function test_toolCallCardShowsNameArgumentsAndState() {
            const card = createTemporaryObject(toolComponent, root, {
                    "name": "get_weather",
                    "arguments": "{\"city\": \"Par",
                    "complete": false
                });
            const args = findChild(card, "toolArguments");
            compare(findChild(card, "toolName").text, "⚙ get_weather");
            compare(args.text, "{\"city\": \"Par");
            compare(findChild(card, "toolState").text, "calling…");
            card.arguments = "{\n  \"city\": \"Paris\"\n}";
            card.complete = true;
            compare(args.text, card.arguments);
            compare(findChild(card, "toolState").text, "called");
            tryVerify(() => args.height > 2 * findChild(card, "toolName").height); // three lines
        }

        function test_blocksOutsideTheViewportAreNotDrawn() {
            const stream = MdEnv.createStream();
            const view = createTemporaryObject(viewComponent, root, {
                    "blocks": stream
                });
            let text = "";
            for (let i = 0; i < 60; ++i)
                text += "Paragraph " + i + " with some words.\n\n";
            MdEnv.append(stream, text + "```js\nlet x = 1;\n```\n");
            MdEnv.finish(stream);
            tryVerify(() => testCase.blockItems(view).length === 61 && view.height > 1200);
            const fullHeight = view.height;
            view.viewportTop = 0;
            view.viewportBottom = 300;
            const items = testCase.blockItems(view);
            // A hidden block's content leaves the scene (Qt 6.4 would keep a hidden last
            // child's nodes in the scene graph), and comes back when the block is near.
            const inScene = item => item.parent !== null && item.window !== null;
            verify(inScene(items[0].textItem));
            verify(!inScene(items[59].textItem));
            verify(!inScene(items[60].frameItem));
            // Hidden blocks keep their size: the layout does not move.
            compare(view.height, fullHeight);
            verify(items[59].height > 0);
            view.viewportTop = fullHeight - 300;
            view.viewportBottom = fullHeight;
            verify(!inScene(items[0].textItem));
            verify(items[0].textItem.text.indexOf("Paragraph 0") >= 0);
            verify(inScene(items[59].textItem));
            verify(inScene(items[60].frameItem));
            compare(items[60].frameItem.parent, items[60]);
            compare(view.height, fullHeight);
        }

        // Every block is shown exactly when it lies within the viewport plus the margin, while
        // blocks stream in below a viewport that stays at the top and while the viewport moves
        // by small steps, by jumps and back (the column only touches blocks that change).
        function test_cullingFollowsGrowthAndScrolling() {
            const stream = MdEnv.createStream();
            const view = createTemporaryObject(viewComponent, root, {
                    "blocks": stream,
                    "viewportTop": 0,
                    "viewportBottom": 250
                });
            const wrong = () => {
                const top = view.viewportTop - view.cullMargin;
                const bottom = view.viewportBottom + view.cullMargin;
                const items = testCase.blockItems(view);
                for (let i = 0; i < items.length; ++i) {
                    const near = items[i].y + items[i].height >= top && items[i].y <= bottom;
                    if (items[i].shown !== near)
                        return "block " + i + " at " + items[i].y + " shown " + items[i].shown + " for " + top + ".." + bottom;
                }
                return "";
            };
            for (let i = 0; i < 40; ++i) {
                MdEnv.append(stream, "Paragraph " + i + " of the growing answer.\n\n");
                if (i % 10 === 9)
                    tryVerify(() => testCase.blockItems(view).length >= i);
                compare(wrong(), "");
            }
            MdEnv.finish(stream);
            tryVerify(() => testCase.blockItems(view).length === 40);
            // The column places the last blocks in its polish; until then a viewport change
            // waits for it too. From here on only the viewport moves, and culling follows at once.
            waitForItemPolished(view);
            compare(wrong(), "");
            const shownAtTop = testCase.blockItems(view).filter(item => item.shown).length;
            verify(shownAtTop > 3 && shownAtTop < 30, shownAtTop);
            for (let top = 0; top < view.height; top += 37) {
                view.viewportTop = top;
                view.viewportBottom = top + 250;
                compare(wrong(), "");
            }
            const jumps = [view.height - 250, 0, view.height / 2, 0.1, view.height];
            for (const top of jumps) {
                view.viewportTop = top;
                view.viewportBottom = top + 250;
                compare(wrong(), "");
            }
            // A larger margin shows more.
            view.cullMargin = 1e6;
            compare(wrong(), "");
            compare(testCase.blockItems(view).filter(item => !item.shown).length, 0);
        }

        // The code's HTML, as the code block shows it (RichText: colours in Qt's own notation).
        function codeHtml(view: Item): string {
            const code = testCase.loaded(view, 0);
            verify(code && code.objectName === "codeBlock");
            return findChild(code, "codeText").text;
        }

        function test_storedCodeIsNeverShownUncoloured() {
            Theme.mode = AppSettings.Light;
            // The message model renders a stored answer at once, before any view has it.
            const stream = MdEnv.createStoredStream("```cpp\nreturn 0;\n```\n");
            const view = createTemporaryObject(viewComponent, root, {
                    "blocks": stream
                });
            verify(testCase.codeHtml(view).indexOf(Theme.lightCodeColors.keyword) >= 0);
            compare(MdEnv.plainCodeReads(stream), 0);
            // So is a stream that a view gets later (the old blocks go when they are deleted).
            const other = MdEnv.createStoredStream("```py\nreturn 1\n```\n");
            view.blocks = other;
            tryVerify(() => testCase.blockItems(view).length === 1);
            const codeText = findChild(testCase.loaded(view, 0), "codeText");
            compare(codeText.getText(0, codeText.length), "return 1");
            verify(testCase.codeHtml(view).indexOf(Theme.lightCodeColors.keyword) >= 0);
            compare(MdEnv.plainCodeReads(other), 0);
        }

        function test_darkThemeRecolorsCode() {
            Theme.mode = AppSettings.Light;
            const stream = MdEnv.createStream();
            const view = createTemporaryObject(viewComponent, root, {
                    "blocks": stream
                });
            MdEnv.append(stream, "```cpp\nreturn 0;\n```\n");
            MdEnv.finish(stream);
            verify(!Theme.dark);
            compare(stream.codeColors.keyword, Theme.lightCodeColors.keyword);
            verify(testCase.codeHtml(view).indexOf(Theme.lightCodeColors.keyword) >= 0);
            Theme.mode = AppSettings.Dark;
            verify(Theme.dark);
            compare(stream.codeColors.keyword, Theme.darkCodeColors.keyword);
            verify(testCase.codeHtml(view).indexOf(Theme.darkCodeColors.keyword) >= 0);
            verify(testCase.codeHtml(view).indexOf(Theme.lightCodeColors.keyword) < 0);
            Theme.fontSize = 16.5;
            compare(Theme.fontScale, 1.5);
            Theme.fontSize = 11;
        }
    }
}
