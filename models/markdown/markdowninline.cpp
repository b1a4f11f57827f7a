// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "markdowninline.h"

#include "htmltext.h"
#include "linkpolicy.h"

#include <QByteArrayView>
#include <QUrl>

#include <algorithm>

using namespace HtmlText;

namespace {

// Deeper emphasis keeps its content but loses its tags.
constexpr int kMaxInlineDepth = 32;

// Longer link destinations are never clickable; URLs shown as text are cut to a readable length.
constexpr MD_SIZE kMaxLinkUrlBytes = 8192;
constexpr qsizetype kMaxShownUrlBytes = 256;
constexpr std::string_view kEllipsis = "\xE2\x80\xA6"; // U+2026

constexpr std::string_view kImageMark = "\xF0\x9F\x96\xBC "; // U+1F5BC FRAME WITH PICTURE

// Works on light and dark palettes alike.
constexpr std::string_view kInlineCodeOpen =
    "<code style=\"font-family: monospace; background-color: rgba(127, 127, 127, 0.18);\">";

// Resolves an md4c attribute (link destination, image source) to its plain UTF-8 value:
// entities decoded, NUL replaced by U+FFFD. Backslash escapes were already resolved by md4c.
QByteArray attributeValue(const MD_ATTRIBUTE &attr)
{
    QByteArray value;
    value.reserve(qsizetype(attr.size));
    for (int i = 0; attr.substr_offsets[i] < attr.size; ++i) {
        const MD_OFFSET begin = attr.substr_offsets[i];
        const MD_OFFSET end = std::min(attr.substr_offsets[i + 1], attr.size);
        const std::string_view piece(attr.text + begin, end - begin);
        switch (attr.substr_types[i]) {
        case MD_TEXT_NULLCHAR:
            appendLiteral(value, kReplacementChar);
            break;
        case MD_TEXT_ENTITY:
            if (!decodeEntity(piece, value))
                appendLiteral(value, piece);
            break;
        default:
            appendLiteral(value, piece);
            break;
        }
    }
    return value;
}

// The decoded URL, or for an overlong one (never clickable) just the part that is shown.
QByteArray urlValue(const MD_ATTRIBUTE &attr)
{
    if (attr.size <= kMaxLinkUrlBytes)
        return attributeValue(attr);
    MD_ATTRIBUTE head = attr;
    head.size = MD_SIZE(kMaxShownUrlBytes) + 4; // still more than is shown, so it gets "…"
    return attributeValue(head);
}

std::string_view openTag(MD_SPANTYPE type)
{
    switch (type) {
    case MD_SPAN_EM:
        return "<em>";
    case MD_SPAN_STRONG:
        return "<strong>";
    case MD_SPAN_DEL:
        return "<s>";
    case MD_SPAN_U:
        return "<u>";
    case MD_SPAN_CODE:
    case MD_SPAN_LATEXMATH:
    case MD_SPAN_LATEXMATH_DISPLAY:
        return kInlineCodeOpen;
    default:
        return {};
    }
}

std::string_view closeTag(MD_SPANTYPE type)
{
    switch (type) {
    case MD_SPAN_EM:
        return "</em>";
    case MD_SPAN_STRONG:
        return "</strong>";
    case MD_SPAN_DEL:
        return "</s>";
    case MD_SPAN_U:
        return "</u>";
    case MD_SPAN_CODE:
    case MD_SPAN_LATEXMATH:
    case MD_SPAN_LATEXMATH_DISPLAY:
        return "</code>";
    default:
        return {};
    }
}

} // namespace

InlineHtmlWriter::InlineHtmlWriter(QByteArray &out)
    : m_out(out)
{}

InlineHtmlWriter::~InlineHtmlWriter() = default;

size_t InlineHtmlWriter::countIndex(MD_SPANTYPE type)
{
    return std::min(size_t(type), kSpanTypeSlots - 1);
}

void InlineHtmlWriter::enterSpan(MD_SPANTYPE type, void *detail)
{
    OpenSpan span;
    span.type = type;
    switch (type) {
    case MD_SPAN_A:
        enterLink(span, static_cast<const MD_SPAN_A_DETAIL *>(detail)->href);
        break;
    case MD_SPAN_IMG:
        enterImage(span, static_cast<const MD_SPAN_IMG_DETAIL *>(detail)->src);
        break;
    default: {
        const std::string_view tag = openTag(type);
        if (!tag.empty() && m_imageDepth == 0 && m_taggedDepth < kMaxInlineDepth) {
            span.tagged = true;
            ++m_taggedDepth;
            append(tag);
        }
        break;
    }
    }
    ++m_openCount[countIndex(type)];
    m_spans.push_back(std::move(span));
}

// md4c does not always pair its span events (e.g. "![]([^)*]()" leaves a link it never
// entered), so a leave event closes the innermost open span of its type, and the spans
// inside it; one with no such open span is ignored. Each span is closed once, so the output
// stays well-formed and this stays linear.
void InlineHtmlWriter::leaveSpan(MD_SPANTYPE type)
{
    if (m_openCount[countIndex(type)] == 0)
        return;
    for (;;) {
        const MD_SPANTYPE closed = m_spans.back().type;
        closeInnermostSpan();
        if (closed == type)
            return;
    }
}

void InlineHtmlWriter::closeAll()
{
    while (!m_spans.empty())
        closeInnermostSpan();
}

void InlineHtmlWriter::closeInnermostSpan()
{
    OpenSpan span = std::move(m_spans.back());
    m_spans.pop_back();
    --m_openCount[countIndex(span.type)];
    switch (span.type) {
    case MD_SPAN_A:
        leaveLink(span);
        break;
    case MD_SPAN_IMG:
        leaveImage(span);
        break;
    default:
        if (span.tagged) {
            --m_taggedDepth;
            append(closeTag(span.type));
        }
        break;
    }
}

void InlineHtmlWriter::text(MD_TEXTTYPE type, std::string_view text)
{
    switch (type) {
    case MD_TEXT_NULLCHAR:
        append(kReplacementChar);
        break;
    case MD_TEXT_BR:
        append(m_imageDepth > 0 ? " " : "<br />\n");
        break;
    case MD_TEXT_SOFTBR:
        append(m_imageDepth > 0 ? " " : "\n");
        break;
    case MD_TEXT_ENTITY: {
        m_scratch.clear();
        if (decodeEntity(text, m_scratch))
            appendEscaped(m_out, view(m_scratch));
        else
            appendEscaped(m_out, text);
        break;
    }
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_HTML:
    case MD_TEXT_LATEXMATH:
    default:
        appendEscaped(m_out, text);
        break;
    }
}

void InlineHtmlWriter::enterLink(OpenSpan &span, const MD_ATTRIBUTE &href)
{
    span.url = urlValue(href);
    span.silent = m_imageDepth > 0;
    if (!span.silent && href.size <= kMaxLinkUrlBytes) {
        const QUrl url(QString::fromUtf8(span.url));
        if (LinkPolicy::isOpenable(url)) {
            span.anchor = true;
            append("<a href=\"");
            appendEscaped(m_out, view(url.toEncoded(QUrl::FullyEncoded)));
            append("\">");
        }
    }
    span.contentStart = m_out.size();
}

void InlineHtmlWriter::leaveLink(const OpenSpan &span)
{
    if (span.anchor) {
        append("</a>");
        return;
    }
    if (span.silent || span.url.isEmpty())
        return;
    // A refused link shows its destination as plain text, unless the text already is the
    // destination (autolinks: "javascript:x", or "a@b.c" for "mailto:a@b.c").
    m_scratch.clear();
    appendEscaped(m_scratch, view(span.url));
    const QByteArrayView content =
        QByteArrayView(m_out).sliced(span.contentStart, m_out.size() - span.contentStart);
    const QByteArrayView dest(m_scratch);
    const QByteArrayView mailto("mailto:");
    if (content == dest || (dest.startsWith(mailto) && content == dest.sliced(mailto.size())))
        return;
    append(" (");
    appendShownUrl(span.url);
    append(")");
}

void InlineHtmlWriter::enterImage(OpenSpan &span, const MD_ATTRIBUTE &src)
{
    // Never an <img>: a recognisable placeholder with the alt text and the visible URL.
    append(kImageMark);
    span.url = urlValue(src);
    span.contentStart = m_out.size();
    ++m_imageDepth;
}

void InlineHtmlWriter::leaveImage(const OpenSpan &span)
{
    --m_imageDepth;
    if (span.url.isEmpty())
        return;
    append(m_out.size() == span.contentStart ? "(" : " (");
    appendShownUrl(span.url);
    append(")");
}

// A URL as plain text: escaped, cut after kMaxShownUrlBytes (at a UTF-8 boundary) with "…".
void InlineHtmlWriter::appendShownUrl(const QByteArray &url)
{
    if (url.size() <= kMaxShownUrlBytes) {
        appendEscaped(m_out, view(url));
        return;
    }
    qsizetype cut = kMaxShownUrlBytes;
    while (cut > 0 && (uchar(url.at(cut)) & 0xC0) == 0x80)
        --cut;
    appendEscaped(m_out, view(url).substr(0, size_t(cut)));
    append(kEllipsis);
}
