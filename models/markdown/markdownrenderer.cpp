// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

#include "markdownrenderer.h"

#include "linkpolicy.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QUrl>

#include <md4c.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <limits>
#include <string_view>
#include <vector>

namespace {

// GitHub dialect (tables, strikethrough, task lists, permissive autolinks) without raw HTML:
// HTML blocks and spans are then plain text, which the emitter escapes like any other text.
constexpr unsigned kParserFlags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;

// Deeper blockquotes/lists, and deeper emphasis, keep their content but lose their tags.
constexpr int kMaxContainerDepth = 16;
constexpr int kMaxInlineDepth = 32;

// Span types counted separately (md4c 0.4.8 has 10; newer ones share the last slot).
constexpr size_t kSpanTypeSlots = 32;

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

// Longer link destinations are never clickable; URLs shown as text are cut to a readable length.
constexpr MD_SIZE kMaxLinkUrlBytes = 8192;
constexpr qsizetype kMaxShownUrlBytes = 256;
constexpr std::string_view kEllipsis = "\xE2\x80\xA6"; // U+2026

// md4c 0.4.8 (Debian 12) has known one-byte over-reads past the end of its input; the parser
// gets zero bytes to read there.
constexpr qsizetype kInputPadding = 16;

constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD"; // U+FFFD
constexpr std::string_view kImageMark = "\xF0\x9F\x96\xBC ";  // U+1F5BC FRAME WITH PICTURE
constexpr std::string_view kTaskOpen = "\xE2\x98\x90 ";       // U+2610 BALLOT BOX
constexpr std::string_view kTaskDone = "\xE2\x98\x91 ";       // U+2611 BALLOT BOX WITH CHECK

// Works on light and dark palettes alike.
constexpr std::string_view kCodeBlockOpen =
    "<pre style=\"font-family: monospace; background-color: rgba(127, 127, 127, 0.12);\">";
constexpr std::string_view kInlineCodeOpen =
    "<code style=\"font-family: monospace; background-color: rgba(127, 127, 127, 0.18);\">";
constexpr std::string_view kTableOpen =
    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
    "style=\"border-collapse: collapse; border-style: solid; border-color: #808080;\">";

struct NamedEntity
{
    std::string_view name;
    char32_t codePoint;
};

// Common HTML named entities (single code point), sorted by name (byte order) for binary search.
// md4c reports anything shaped like &name; as an entity; names not listed here stay literal text.
constexpr NamedEntity kNamedEntities[] = {
    {"AElig", 0x00C6},   {"Aacute", 0x00C1},  {"Acirc", 0x00C2},   {"Agrave", 0x00C0},
    {"Alpha", 0x0391},   {"Aring", 0x00C5},   {"Atilde", 0x00C3},  {"Auml", 0x00C4},
    {"Beta", 0x0392},    {"Ccedil", 0x00C7},  {"Chi", 0x03A7},     {"Dagger", 0x2021},
    {"Delta", 0x0394},   {"ETH", 0x00D0},     {"Eacute", 0x00C9},  {"Ecirc", 0x00CA},
    {"Egrave", 0x00C8},  {"Epsilon", 0x0395}, {"Eta", 0x0397},     {"Euml", 0x00CB},
    {"Gamma", 0x0393},   {"Iacute", 0x00CD},  {"Icirc", 0x00CE},   {"Igrave", 0x00CC},
    {"Iota", 0x0399},    {"Iuml", 0x00CF},    {"Kappa", 0x039A},   {"Lambda", 0x039B},
    {"Mu", 0x039C},      {"Ntilde", 0x00D1},  {"Nu", 0x039D},      {"OElig", 0x0152},
    {"Oacute", 0x00D3},  {"Ocirc", 0x00D4},   {"Ograve", 0x00D2},  {"Omega", 0x03A9},
    {"Omicron", 0x039F}, {"Oslash", 0x00D8},  {"Otilde", 0x00D5},  {"Ouml", 0x00D6},
    {"Phi", 0x03A6},     {"Pi", 0x03A0},      {"Prime", 0x2033},   {"Psi", 0x03A8},
    {"Rho", 0x03A1},     {"Scaron", 0x0160},  {"Sigma", 0x03A3},   {"THORN", 0x00DE},
    {"Tau", 0x03A4},     {"Theta", 0x0398},   {"Uacute", 0x00DA},  {"Ucirc", 0x00DB},
    {"Ugrave", 0x00D9},  {"Upsilon", 0x03A5}, {"Uuml", 0x00DC},    {"Xi", 0x039E},
    {"Yacute", 0x00DD},  {"Yuml", 0x0178},    {"Zeta", 0x0396},    {"aacute", 0x00E1},
    {"acirc", 0x00E2},   {"acute", 0x00B4},   {"aelig", 0x00E6},   {"agrave", 0x00E0},
    {"alpha", 0x03B1},   {"amp", 0x0026},     {"and", 0x2227},     {"ang", 0x2220},
    {"apos", 0x0027},    {"aring", 0x00E5},   {"asymp", 0x2248},   {"atilde", 0x00E3},
    {"auml", 0x00E4},    {"bdquo", 0x201E},   {"beta", 0x03B2},    {"bull", 0x2022},
    {"cap", 0x2229},     {"ccedil", 0x00E7},  {"cedil", 0x00B8},   {"cent", 0x00A2},
    {"check", 0x2713},   {"chi", 0x03C7},     {"circ", 0x02C6},    {"clubs", 0x2663},
    {"cong", 0x2245},    {"copy", 0x00A9},    {"cross", 0x2717},   {"cup", 0x222A},
    {"curren", 0x00A4},  {"dArr", 0x21D3},    {"dagger", 0x2020},  {"darr", 0x2193},
    {"deg", 0x00B0},     {"delta", 0x03B4},   {"diams", 0x2666},   {"divide", 0x00F7},
    {"eacute", 0x00E9},  {"ecirc", 0x00EA},   {"egrave", 0x00E8},  {"empty", 0x2205},
    {"emsp", 0x2003},    {"ensp", 0x2002},    {"epsilon", 0x03B5}, {"equiv", 0x2261},
    {"eta", 0x03B7},     {"eth", 0x00F0},     {"euml", 0x00EB},    {"euro", 0x20AC},
    {"exist", 0x2203},   {"fnof", 0x0192},    {"forall", 0x2200},  {"frac12", 0x00BD},
    {"frac14", 0x00BC},  {"frac34", 0x00BE},  {"frasl", 0x2044},   {"gamma", 0x03B3},
    {"ge", 0x2265},      {"gt", 0x003E},      {"hArr", 0x21D4},    {"harr", 0x2194},
    {"hearts", 0x2665},  {"hellip", 0x2026},  {"iacute", 0x00ED},  {"icirc", 0x00EE},
    {"iexcl", 0x00A1},   {"igrave", 0x00EC},  {"infin", 0x221E},   {"int", 0x222B},
    {"iota", 0x03B9},    {"iquest", 0x00BF},  {"isin", 0x2208},    {"iuml", 0x00EF},
    {"kappa", 0x03BA},   {"lArr", 0x21D0},    {"lambda", 0x03BB},  {"lang", 0x27E8},
    {"laquo", 0x00AB},   {"larr", 0x2190},    {"lceil", 0x2308},   {"ldquo", 0x201C},
    {"le", 0x2264},      {"lfloor", 0x230A},  {"loz", 0x25CA},     {"lrm", 0x200E},
    {"lsaquo", 0x2039},  {"lsquo", 0x2018},   {"lt", 0x003C},      {"macr", 0x00AF},
    {"mdash", 0x2014},   {"micro", 0x00B5},   {"middot", 0x00B7},  {"minus", 0x2212},
    {"mu", 0x03BC},      {"nabla", 0x2207},   {"nbsp", 0x00A0},    {"ndash", 0x2013},
    {"ne", 0x2260},      {"not", 0x00AC},     {"notin", 0x2209},   {"ntilde", 0x00F1},
    {"nu", 0x03BD},      {"oacute", 0x00F3},  {"ocirc", 0x00F4},   {"oelig", 0x0153},
    {"ograve", 0x00F2},  {"oline", 0x203E},   {"omega", 0x03C9},   {"omicron", 0x03BF},
    {"oplus", 0x2295},   {"or", 0x2228},      {"ordf", 0x00AA},    {"ordm", 0x00BA},
    {"oslash", 0x00F8},  {"otilde", 0x00F5},  {"otimes", 0x2297},  {"ouml", 0x00F6},
    {"para", 0x00B6},    {"part", 0x2202},    {"permil", 0x2030},  {"perp", 0x22A5},
    {"phi", 0x03C6},     {"pi", 0x03C0},      {"plusmn", 0x00B1},  {"pound", 0x00A3},
    {"prime", 0x2032},   {"prod", 0x220F},    {"prop", 0x221D},    {"psi", 0x03C8},
    {"quot", 0x0022},    {"rArr", 0x21D2},    {"radic", 0x221A},   {"rang", 0x27E9},
    {"raquo", 0x00BB},   {"rarr", 0x2192},    {"rceil", 0x2309},   {"rdquo", 0x201D},
    {"reg", 0x00AE},     {"rfloor", 0x230B},  {"rho", 0x03C1},     {"rlm", 0x200F},
    {"rsaquo", 0x203A},  {"rsquo", 0x2019},   {"sbquo", 0x201A},   {"scaron", 0x0161},
    {"sdot", 0x22C5},    {"sect", 0x00A7},    {"shy", 0x00AD},     {"sigma", 0x03C3},
    {"sigmaf", 0x03C2},  {"sim", 0x223C},     {"spades", 0x2660},  {"star", 0x2606},
    {"starf", 0x2605},   {"sub", 0x2282},     {"sube", 0x2286},    {"sum", 0x2211},
    {"sup", 0x2283},     {"sup1", 0x00B9},    {"sup2", 0x00B2},    {"sup3", 0x00B3},
    {"supe", 0x2287},    {"szlig", 0x00DF},   {"tau", 0x03C4},     {"there4", 0x2234},
    {"theta", 0x03B8},   {"thinsp", 0x2009},  {"thorn", 0x00FE},   {"tilde", 0x02DC},
    {"times", 0x00D7},   {"trade", 0x2122},   {"uArr", 0x21D1},    {"uacute", 0x00FA},
    {"uarr", 0x2191},    {"ucirc", 0x00FB},   {"ugrave", 0x00F9},  {"uml", 0x00A8},
    {"upsilon", 0x03C5}, {"uuml", 0x00FC},    {"xi", 0x03BE},      {"yacute", 0x00FD},
    {"yen", 0x00A5},     {"yuml", 0x00FF},    {"zeta", 0x03B6},    {"zwj", 0x200D},
    {"zwnj", 0x200C},
};

static_assert(std::is_sorted(std::begin(kNamedEntities), std::end(kNamedEntities),
                             [](const NamedEntity &a, const NamedEntity &b) {
                                 return a.name < b.name;
                             }),
              "kNamedEntities must be sorted by name");

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out.append(kReplacementChar.data(), qsizetype(kReplacementChar.size()));
    } else if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decodes an entity as md4c reports it ("&amp;", "&#123;", "&#x1F600;") and appends its UTF-8
// (unescaped) to @p out. Returns false, appending nothing, for an unknown or malformed entity.
bool decodeEntity(std::string_view entity, QByteArray &out)
{
    if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';')
        return false;
    const std::string_view body = entity.substr(1, entity.size() - 2);
    if (body.front() == '#') {
        std::string_view digits = body.substr(1);
        const bool hex = !digits.empty() && (digits.front() == 'x' || digits.front() == 'X');
        if (hex)
            digits.remove_prefix(1);
        // CommonMark allows at most 7 decimal or 6 hex digits; md4c enforces it, so do we.
        if (digits.empty() || digits.size() > (hex ? 6u : 7u))
            return false;
        char32_t cp = 0;
        for (const char c : digits) {
            const int v = hex ? hexValue(c) : (c >= '0' && c <= '9' ? c - '0' : -1);
            if (v < 0)
                return false;
            cp = cp * (hex ? 16 : 10) + char32_t(v);
        }
        appendUtf8(out, cp); // 0, surrogates and out-of-range become U+FFFD
        return true;
    }
    const auto it =
        std::lower_bound(std::begin(kNamedEntities), std::end(kNamedEntities), body,
                         [](const NamedEntity &e, std::string_view name) { return e.name < name; });
    if (it == std::end(kNamedEntities) || it->name != body)
        return false;
    appendUtf8(out, it->codePoint);
    return true;
}

// Appends @p text with &, <, >, " and ' escaped (and NUL, which md4c reports separately, replaced).
void appendEscaped(QByteArray &out, std::string_view text)
{
    const char *run = text.data();
    const char *const end = text.data() + text.size();
    for (const char *p = run; p != end; ++p) {
        std::string_view replacement;
        switch (*p) {
        case '&':
            replacement = "&amp;";
            break;
        case '<':
            replacement = "&lt;";
            break;
        case '>':
            replacement = "&gt;";
            break;
        case '"':
            replacement = "&quot;";
            break;
        case '\'':
            replacement = "&#39;";
            break;
        case '\0':
            replacement = kReplacementChar;
            break;
        default:
            continue;
        }
        out.append(run, p - run);
        out.append(replacement.data(), qsizetype(replacement.size()));
        run = p + 1;
    }
    out.append(run, end - run);
}

void appendLiteral(QByteArray &out, std::string_view literal)
{
    out.append(literal.data(), qsizetype(literal.size()));
}

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

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
        emitter->onEnterSpan(type, detail);
        return emitter->status();
    }
    static int leaveSpan(MD_SPANTYPE type, void * /*detail*/, void *self)
    {
        auto *emitter = static_cast<HtmlEmitter *>(self);
        emitter->onLeaveSpan(type);
        return emitter->status();
    }
    static int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self)
    {
        auto *emitter = static_cast<HtmlEmitter *>(self);
        emitter->onText(type, std::string_view(text, size));
        return emitter->status();
    }

private:
    int status()
    {
        if (m_abort == Abort::None && m_out.size() > m_outputBudget)
            m_abort = Abort::OutputTooLarge;
        return m_abort == Abort::None ? 0 : -1;
    }

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

    void onEnterBlock(MD_BLOCKTYPE type, void *detail)
    {
        closeAllSpans();
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
        closeAllSpans();
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

    void onEnterSpan(MD_SPANTYPE type, void *detail)
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
    void onLeaveSpan(MD_SPANTYPE type)
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

    void closeAllSpans()
    {
        while (!m_spans.empty())
            closeInnermostSpan();
    }

    void closeInnermostSpan()
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

    static size_t countIndex(MD_SPANTYPE type)
    {
        return std::min(size_t(type), kSpanTypeSlots - 1);
    }

    void onText(MD_TEXTTYPE type, std::string_view text)
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

    void enterLink(OpenSpan &span, const MD_ATTRIBUTE &href)
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

    void leaveLink(const OpenSpan &span)
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

    void enterImage(OpenSpan &span, const MD_ATTRIBUTE &src)
    {
        // Never an <img>: a recognisable placeholder with the alt text and the visible URL.
        append(kImageMark);
        span.url = urlValue(src);
        span.contentStart = m_out.size();
        ++m_imageDepth;
    }

    void leaveImage(const OpenSpan &span)
    {
        --m_imageDepth;
        if (span.url.isEmpty())
            return;
        append(m_out.size() == span.contentStart ? "(" : " (");
        appendShownUrl(span.url);
        append(")");
    }

    // The decoded URL, or for an overlong one (never clickable) just the part that is shown.
    static QByteArray urlValue(const MD_ATTRIBUTE &attr)
    {
        if (attr.size <= kMaxLinkUrlBytes)
            return attributeValue(attr);
        MD_ATTRIBUTE head = attr;
        head.size = MD_SIZE(kMaxShownUrlBytes) + 4; // still more than is shown, so it gets "…"
        return attributeValue(head);
    }

    // A URL as plain text: escaped, cut after kMaxShownUrlBytes (at a UTF-8 boundary) with "…".
    void appendShownUrl(const QByteArray &url)
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

    void append(std::string_view literal) { appendLiteral(m_out, literal); }

    static char headingDigit(const void *detail)
    {
        const unsigned level = static_cast<const MD_BLOCK_H_DETAIL *>(detail)->level;
        return char('0' + std::clamp(level, 1u, 6u));
    }

    static std::string_view openTag(MD_SPANTYPE type)
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

    static std::string_view closeTag(MD_SPANTYPE type)
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

    const qsizetype m_inputSize;
    const qsizetype m_outputBudget;
    qsizetype m_tableCells = 0;
    Abort m_abort = Abort::None;
    QByteArray m_out;
    QByteArray m_scratch;
    std::vector<OpenSpan> m_spans;
    std::array<int, kSpanTypeSlots> m_openCount{}; // open spans per type
    int m_containerDepth = 0;
    int m_taggedDepth = 0; // open formatting tags
    int m_imageDepth = 0;
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
