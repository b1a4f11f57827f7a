// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

#include "markdownrenderer.h"

#include "htmltext.h"
#include "markdowninline.h"

#include <QByteArray>

#include <md4c.h>

#include <algorithm>
#include <limits>
#include <string_view>

using namespace HtmlText;

namespace {

// GitHub dialect (tables, strikethrough, task lists, permissive autolinks) without raw HTML:
// HTML blocks and spans are then plain text, which the emitter escapes like any other text.
constexpr unsigned kParserFlags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;

// Deeper blockquotes and lists keep their content but lose their tags.
constexpr int kMaxContainerDepth = 16;

// Hostile input must not make the output explode (md4c 0.4.8 repeats the URL of a link reference
// definition for every use, without limit). Past this budget the message is shown as escaped
// plain text instead. Legitimate Markdown stays far below it: the densest case, a line of
// one-character code spans, grows about 30 times.
constexpr qsizetype kOutputBudgetFactor = 40;
constexpr qsizetype kOutputBudgetSlack = 1024 * 1024;

// A table wider than this, or whose cells outnumber the input bytes more than twice over
// (md4c fills missing cells in), makes the document render again with tables disabled.
constexpr unsigned kMaxTableColumns = 128;
constexpr qsizetype kTableCellSlack = 4096;

// md4c 0.4.8 (Debian 12) has known one-byte over-reads past the end of its input; the parser
// gets zero bytes to read there.
constexpr qsizetype kInputPadding = 16;

constexpr std::string_view kTaskOpen = "\xE2\x98\x90 "; // U+2610 BALLOT BOX
constexpr std::string_view kTaskDone = "\xE2\x98\x91 "; // U+2611 BALLOT BOX WITH CHECK

// Works on light and dark palettes alike.
constexpr std::string_view kCodeBlockOpen =
    "<pre style=\"font-family: monospace; background-color: rgba(127, 127, 127, 0.12);\">";
constexpr std::string_view kTableOpen =
    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
    "style=\"border-collapse: collapse; border-style: solid; border-color: #808080;\">";

// Last resort when md4c cannot parse: the whole input as escaped, unformatted text.
QString escapedPlainText(std::string_view utf8)
{
    QByteArray html;
    html.reserve(qsizetype(utf8.size()) + qsizetype(utf8.size()) / 8 + 64);
    appendLiteral(html, "<p style=\"white-space: pre-wrap;\">");
    appendEscaped(html, utf8);
    appendLiteral(html, "</p>");
    return QString::fromUtf8(html);
}

// Writes md4c's events as HTML: the blocks here (within a nesting and table budget), their
// spans and text through InlineHtmlWriter. Stops md4c when the output outgrows its budget or a
// table is too large.
class HtmlEmitter
{
public:
    // Why the emitter stopped md4c early.
    enum class Abort {
        None,
        TableTooLarge, // render again without MD_FLAG_TABLES
        OutputTooLarge // give up on formatting
    };

    explicit HtmlEmitter(qsizetype inputSize)
        : m_inputSize(inputSize)
        , m_outputBudget(inputSize * kOutputBudgetFactor + kOutputBudgetSlack)
    {
        m_out.reserve(inputSize + inputSize / 2 + 64);
    }

    Abort abortReason() const { return m_abort; }
    QByteArray takeOutput() { return std::move(m_out); }

    // md4c callbacks. A non-zero (negative: md4c 0.4.8 mishandles positive values) return value
    // stops the parser.
    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *self)
    {
        auto *emitter = static_cast<HtmlEmitter *>(self);
        emitter->onEnterBlock(type, detail);
        return emitter->status();
    }
    static int leaveBlock(MD_BLOCKTYPE type, void *detail, void *self)
    {
        auto *emitter = static_cast<HtmlEmitter *>(self);
        emitter->onLeaveBlock(type, detail);
        return emitter->status();
    }
    static int enterSpan(MD_SPANTYPE type, void *detail, void *self)
    {
        auto *emitter = static_cast<HtmlEmitter *>(self);
        emitter->m_inline.enterSpan(type, detail);
        return emitter->status();
    }
    static int leaveSpan(MD_SPANTYPE type, void * /*detail*/, void *self)
    {
        auto *emitter = static_cast<HtmlEmitter *>(self);
        emitter->m_inline.leaveSpan(type);
        return emitter->status();
    }
    static int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self)
    {
        auto *emitter = static_cast<HtmlEmitter *>(self);
        emitter->m_inline.text(type, std::string_view(text, size));
        return emitter->status();
    }

private:
    int status()
    {
        if (m_abort == Abort::None && m_out.size() > m_outputBudget)
            m_abort = Abort::OutputTooLarge;
        return m_abort == Abort::None ? 0 : -1;
    }

    void onEnterBlock(MD_BLOCKTYPE type, void *detail)
    {
        m_inline.closeAll();
        switch (type) {
        case MD_BLOCK_DOC:
            break;
        case MD_BLOCK_QUOTE:
            if (++m_containerDepth <= kMaxContainerDepth)
                append("<blockquote>");
            break;
        case MD_BLOCK_UL:
            if (++m_containerDepth <= kMaxContainerDepth)
                append("<ul>");
            break;
        case MD_BLOCK_OL: {
            if (++m_containerDepth > kMaxContainerDepth)
                break;
            const unsigned start = static_cast<const MD_BLOCK_OL_DETAIL *>(detail)->start;
            if (start == 1) {
                append("<ol>");
            } else {
                append("<ol start=\"");
                m_out.append(QByteArray::number(start));
                append("\">");
            }
            break;
        }
        case MD_BLOCK_LI: {
            append(m_containerDepth <= kMaxContainerDepth ? "<li>" : "<div>");
            const auto *li = static_cast<const MD_BLOCK_LI_DETAIL *>(detail);
            if (li->is_task)
                append(li->task_mark == ' ' ? kTaskOpen : kTaskDone);
            break;
        }
        case MD_BLOCK_HR:
            append("<hr />\n");
            break;
        case MD_BLOCK_H:
            append("<h");
            m_out.append(headingDigit(detail));
            append(">");
            break;
        case MD_BLOCK_CODE:
            // The info string (language) means nothing to RichText; the content is verbatim.
            append(kCodeBlockOpen);
            break;
        case MD_BLOCK_HTML: // not produced with MD_FLAG_NOHTML; escaped text if it ever is
        case MD_BLOCK_P:
            append("<p>");
            break;
        case MD_BLOCK_TABLE: {
            const auto *table = static_cast<const MD_BLOCK_TABLE_DETAIL *>(detail);
            m_tableCells += qsizetype(table->col_count) *
                            (qsizetype(table->head_row_count) + table->body_row_count);
            if (table->col_count > kMaxTableColumns ||
                m_tableCells > 2 * m_inputSize + kTableCellSlack) {
                m_abort = Abort::TableTooLarge;
                break;
            }
            append(kTableOpen);
            break;
        }
        case MD_BLOCK_THEAD:
            append("<thead>");
            break;
        case MD_BLOCK_TBODY:
            append("<tbody>");
            break;
        case MD_BLOCK_TR:
            append("<tr>");
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: {
            append(type == MD_BLOCK_TH ? "<th" : "<td");
            switch (static_cast<const MD_BLOCK_TD_DETAIL *>(detail)->align) {
            case MD_ALIGN_LEFT:
                append(" align=\"left\"");
                break;
            case MD_ALIGN_CENTER:
                append(" align=\"center\"");
                break;
            case MD_ALIGN_RIGHT:
                append(" align=\"right\"");
                break;
            default:
                break;
            }
            append(">");
            break;
        }
        default: // types of newer md4c versions, only produced by flags we do not set
            break;
        }
    }

    void onLeaveBlock(MD_BLOCKTYPE type, void *detail)
    {
        m_inline.closeAll();
        switch (type) {
        case MD_BLOCK_DOC:
        case MD_BLOCK_HR:
            break;
        case MD_BLOCK_QUOTE:
            if (m_containerDepth-- <= kMaxContainerDepth)
                append("</blockquote>\n");
            break;
        case MD_BLOCK_UL:
            if (m_containerDepth-- <= kMaxContainerDepth)
                append("</ul>\n");
            break;
        case MD_BLOCK_OL:
            if (m_containerDepth-- <= kMaxContainerDepth)
                append("</ol>\n");
            break;
        case MD_BLOCK_LI:
            append(m_containerDepth <= kMaxContainerDepth ? "</li>\n" : "</div>\n");
            break;
        case MD_BLOCK_H:
            append("</h");
            m_out.append(headingDigit(detail));
            append(">\n");
            break;
        case MD_BLOCK_CODE:
            // md4c ends every code line with '\n'; the last one would show as an empty line.
            if (m_out.endsWith('\n'))
                m_out.chop(1);
            append("</pre>\n");
            break;
        case MD_BLOCK_HTML:
        case MD_BLOCK_P:
            append("</p>\n");
            break;
        case MD_BLOCK_TABLE:
            append("</table>\n");
            break;
        case MD_BLOCK_THEAD:
            append("</thead>\n");
            break;
        case MD_BLOCK_TBODY:
            append("</tbody>\n");
            break;
        case MD_BLOCK_TR:
            append("</tr>\n");
            break;
        case MD_BLOCK_TH:
            append("</th>");
            break;
        case MD_BLOCK_TD:
            append("</td>");
            break;
        default:
            break;
        }
    }

    void append(std::string_view literal) { appendLiteral(m_out, literal); }

    static char headingDigit(const void *detail)
    {
        const unsigned level = static_cast<const MD_BLOCK_H_DETAIL *>(detail)->level;
        return char('0' + std::clamp(level, 1u, 6u));
    }

    const qsizetype m_inputSize;
    const qsizetype m_outputBudget;
    qsizetype m_tableCells = 0;
    Abort m_abort = Abort::None;
    QByteArray m_out;
    InlineHtmlWriter m_inline{m_out}; // spans and text
    int m_containerDepth = 0;
};

} // namespace

QString MarkdownRenderer::toHtml(QStringView markdown)
{
    QByteArray buffer = markdown.toUtf8();
    const qsizetype size = buffer.size();
    if (size > qsizetype(std::numeric_limits<MD_SIZE>::max() / 2))
        return escapedPlainText(view(buffer));
    buffer.append(kInputPadding, '\0');
    const std::string_view input(buffer.constData(), size_t(size));

    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = kParserFlags;
    parser.enter_block = &HtmlEmitter::enterBlock;
    parser.leave_block = &HtmlEmitter::leaveBlock;
    parser.enter_span = &HtmlEmitter::enterSpan;
    parser.leave_span = &HtmlEmitter::leaveSpan;
    parser.text = &HtmlEmitter::text;

    for (;;) {
        HtmlEmitter emitter(size);
        const int result = md_parse(input.data(), MD_SIZE(input.size()), &parser, &emitter);
        switch (emitter.abortReason()) {
        case HtmlEmitter::Abort::None:
            // Otherwise md4c ran out of memory.
            return result == 0 ? QString::fromUtf8(emitter.takeOutput()) : escapedPlainText(input);
        case HtmlEmitter::Abort::TableTooLarge:
            parser.flags &= ~unsigned(MD_FLAG_TABLES);
            continue;
        case HtmlEmitter::Abort::OutputTooLarge:
            return escapedPlainText(input);
        }
    }
}
