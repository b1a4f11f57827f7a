// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Shared by the chat Quick Tests.
.pragma library

// The text a message row shows: the question's bubble, or every rendered answer block.
// testCase provides findChild; page is the ChatPage under test.
function renderedText(testCase, page, row) {
    const list = testCase.findChild(page, "messageList");
    const item = list ? list.itemAtIndex(row) : null;
    if (!item)
        return "";
    const bubble = testCase.findChild(item, "messageText");
    if (bubble && bubble.parent.visible)
        return bubble.getText(0, bubble.length);
    const view = testCase.findChild(item, "answerView");
    if (!view || !view.visible)
        return "";
    let out = "";
    for (let i = 0; i < view.children.length; ++i) {
        const block = view.children[i];
        if (block.textItem)
            out += block.textItem.getText(0, block.textItem.length) + "\n";
    }
    return out;
}
