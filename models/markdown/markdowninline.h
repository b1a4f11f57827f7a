// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <md4c.h>

#include <array>
#include <string_view>
#include <vector>

/**
 * @brief Writes the inline content of a Markdown block (md4c's span and text events) as HTML.
 *
 * Emphasis, strong, strikethrough, underline and code spans become tags (deeper than 32 levels
 * they keep their content but lose their tags). Every text run is escaped, so raw HTML comes out
 * as text. Links go through LinkPolicy: only an http(s) link with a host becomes an `<a href>`
 * (fully encoded); any other one shows its destination after its text, not clickable. An image
 * is never an `<img>`: it becomes `🖼 alt (url)`. URLs shown as text are cut at 256 bytes.
 *
 * The block emitter (MarkdownRenderer) calls closeAll() at every block boundary, so a span never
 * crosses a block, and the output stays well-formed even where md4c does not pair its span
 * events. Linear in the input.
 */
class InlineHtmlWriter
{
public:
    /** Appends to @p out, which the block emitter writes to as well. */
    explicit InlineHtmlWriter(QByteArray &out);
    ~InlineHtmlWriter();

    void enterSpan(MD_SPANTYPE type, void *detail);
    void leaveSpan(MD_SPANTYPE type);
    void text(MD_TEXTTYPE type, std::string_view text);
    /** Closes every open span (at the start and the end of a block). */
    void closeAll();

private:
    // Span types counted separately (md4c 0.4.8 has 10; newer ones share the last slot).
    static constexpr size_t kSpanTypeSlots = 32;

    // A span between md4c's enter and leave events.
    struct OpenSpan
    {
        MD_SPANTYPE type = MD_SPAN_EM;
        bool tagged = false;        // a formatting tag was written and must be closed
        bool anchor = false;        // link: an <a> tag was written
        bool silent = false;        // link nested in an image: plain content only
        qsizetype contentStart = 0; // link/image: offset in m_out where the visible content begins
        QByteArray url;             // link/image: decoded destination / source
    };

    static size_t countIndex(MD_SPANTYPE type);
    void closeInnermostSpan();
    void enterLink(OpenSpan &span, const MD_ATTRIBUTE &href);
    void leaveLink(const OpenSpan &span);
    void enterImage(OpenSpan &span, const MD_ATTRIBUTE &src);
    void leaveImage(const OpenSpan &span);
    void appendShownUrl(const QByteArray &url);
    void append(std::string_view literal)
    {
        m_out.append(literal.data(), qsizetype(literal.size()));
    }

    QByteArray &m_out;
    QByteArray m_scratch;
    std::vector<OpenSpan> m_spans;
    std::array<int, kSpanTypeSlots> m_openCount{}; // open spans per type
    int m_taggedDepth = 0;                         // open formatting tags
    int m_imageDepth = 0;
};
