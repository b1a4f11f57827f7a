// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringView>

/**
 * @brief Renders untrusted Markdown (model output) to the HTML subset of Qt's RichText.
 *
 * Parses with md4c directly (GitHub dialect: tables, strikethrough, task lists, permissive
 * autolinks; raw HTML disabled) and emits only tags that QTextDocument understands: p, h1–h6,
 * ul/ol/li, blockquote, pre, code, table/thead/tbody/tr/th/td, hr, a, strong, em, s, br (and div
 * for list items nested too deep). Code uses a monospace font on a translucent grey background
 * that suits light and dark palettes; task list items start with ☐ or ☑.
 *
 * The output is safe to hand to a RichText view:
 * - every text run and attribute value is HTML-escaped, so raw HTML in the input (`<b>`,
 *   `<script>`, `<img src=…>`) comes out as literal text;
 * - images never become `<img>`: they render as the plain-text placeholder `🖼 alt (url)`, so
 *   nothing is ever fetched;
 * - only links that LinkPolicy::isOpenable() accepts (http/https with a host) become `<a href>`,
 *   with the href in fully encoded form (punycode host); any other link renders as its text
 *   followed by the URL in plain text, not clickable. Link titles are dropped (a tooltip could
 *   pretend to be the destination).
 *
 * Hostile input is bounded: blockquote/list nesting beyond 16 levels and emphasis beyond 32 keep
 * their content but lose their tags; a table wider than 128 columns or far sparser than its
 * source makes the message render again without tables; output beyond about 40 times the input
 * turns the message into escaped plain text. The emitter is linear; md4c 0.4.8 itself is still
 * quadratic on a few inputs (nested unmatched brackets with a link reference definition, broken
 * permissive autolinks) that only a newer md4c fixes.
 */
class MarkdownRenderer
{
public:
    MarkdownRenderer() = delete;

    /**
     * @brief Converts @p markdown to RichText HTML (a fragment, no `<html>`/`<body>`).
     *
     * An empty or whitespace-only input gives an empty string.
     */
    [[nodiscard]] static QString toHtml(QStringView markdown);
};
