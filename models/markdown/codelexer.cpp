// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "codelexer.h"

#include <string>
#include <string_view>

namespace {

using Token = CodeToken;
using State = CodeLexer::State;
using WordSet = CodeLanguageSpec::WordSet;

std::u16string_view u16(QStringView s)
{
    return std::u16string_view(reinterpret_cast<const char16_t *>(s.utf16()), size_t(s.size()));
}

// What a State's mode means.
enum Mode : quint8 {
    Normal = 0,
    BlockComment,  // /* … */
    OpenString,    // a string that may span lines; quote and count say how it ends
    RustRawString, // r##"…"##; count is the number of #
    MarkupComment, // <!-- … -->
    MarkupTag,     // inside <tag …
};

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/** Lexes one line at a time, carrying State between lines. */
class Lexer
{
public:
    Lexer(CodeLanguage language, CodeLexer::Sink &out, State &state)
        : m_language(language)
        , m_spec(CodeLanguageSpec::of(language))
        , m_out(out)
        , m_state(state)
    {}

    void line(QStringView line)
    {
        m_line = line;
        m_pos = 0;
        switch (m_language) {
        case CodeLanguage::Diff:
            diffLine();
            return;
        case CodeLanguage::Markup:
            markupLine();
            return;
        case CodeLanguage::Yaml:
            yamlLine();
            return;
        default:
            genericLine();
            return;
        }
    }

private:
    QChar at(qsizetype i) const { return i < m_line.size() ? m_line[i] : QChar(); }
    bool startsWithAt(qsizetype i, std::u16string_view s) const
    {
        return !s.empty() && u16(m_line.sliced(i)).substr(0, s.size()) == s;
    }
    void emitTo(qsizetype end, Token token)
    {
        if (end > m_pos)
            m_out.add(m_line.sliced(m_pos, end - m_pos), token);
        m_pos = end;
    }
    void emitRest(Token token) { emitTo(m_line.size(), token); }
    // Back to normal text; CSS keeps its brace depth.
    void endConstruct() { m_state = State{Normal, 0, 0, m_state.depth}; }
    // The end of a construct that stops at @p found (npos: the end of the line), plus @p extra.
    qsizetype endAt(size_t found, qsizetype extra) const
    {
        return found == std::u16string_view::npos ? m_line.size() : qsizetype(found) + extra;
    }

    // --- shared pieces -------------------------------------------------------------------

    // Continues a block comment ending in @p close; true if it closed on this line.
    bool continueComment(std::u16string_view close)
    {
        const size_t end = u16(m_line).find(close, size_t(m_pos));
        if (end == std::u16string_view::npos) {
            emitRest(Token::Comment);
            return false;
        }
        emitTo(qsizetype(end + close.size()), Token::Comment);
        endConstruct();
        return true;
    }

    // Continues a string whose delimiter is m_state.quote (repeated m_state.count times).
    // Backslash escapes apply except in backtick (Go raw) and shell single-quoted strings.
    bool continueString()
    {
        const char16_t quote = m_state.quote;
        const int count = qMax<int>(1, m_state.count);
        const bool escapes = !(quote == u'`' && m_language == CodeLanguage::Go) &&
                             !(quote == u'\'' && m_language == CodeLanguage::Shell);
        qsizetype i = m_pos;
        while (i < m_line.size()) {
            const QChar c = m_line[i];
            if (escapes && c == u'\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                int run = 0;
                while (run < count && at(i + run) == quote)
                    ++run;
                if (run == count) {
                    emitTo(i + count, Token::String);
                    endConstruct();
                    return true;
                }
                i += run;
                continue;
            }
            ++i;
        }
        emitTo(qMin(i, m_line.size()), Token::String);
        return false;
    }

    bool continueRustRaw()
    {
        std::u16string closing = u"\"";
        closing.append(m_state.count, u'#');
        const size_t end = u16(m_line).find(closing, size_t(m_pos));
        if (end == std::u16string_view::npos) {
            emitRest(Token::String);
            return false;
        }
        emitTo(qsizetype(end + closing.size()), Token::String);
        endConstruct();
        return true;
    }

    void number()
    {
        qsizetype i = m_pos;
        const bool hex = at(i) == u'0' && (at(i + 1) == u'x' || at(i + 1) == u'X');
        while (i < m_line.size()) {
            const QChar c = m_line[i];
            if (isIdentChar(c) || c == u'.' || c == u'\'') {
                if (c == u'\'' && !(isDigit(at(i + 1)) || (hex && at(i + 1).isLetterOrNumber())))
                    break; // a C++ digit separator only between digits
                if (c == u'.' && !isDigit(at(i + 1)))
                    break; // 1..2, x.0.method()
                ++i;
                continue;
            }
            if ((c == u'+' || c == u'-') && !hex && (at(i - 1) == u'e' || at(i - 1) == u'E')) {
                ++i;
                continue;
            }
            break;
        }
        emitTo(i, Token::Number);
    }

    qsizetype identEnd(qsizetype i) const
    {
        while (i < m_line.size() && isIdentChar(m_line[i]))
            ++i;
        return i;
    }

    qsizetype skipSpaces(qsizetype i) const
    {
        while (i < m_line.size() && (m_line[i] == u' ' || m_line[i] == u'\t'))
            ++i;
        return i;
    }

    bool inSet(const WordSet *set, QStringView word) const
    {
        if (!set)
            return false;
        if (!m_spec.caseInsensitive)
            return set->count(u16(word)) > 0;
        const QString lower = word.toString().toLower();
        return set->count(u16(lower)) > 0;
    }

    void word()
    {
        const qsizetype end = identEnd(m_pos + 1); // the first character is a valid start
        const QStringView w = m_line.sliced(m_pos, end - m_pos);
        Token token = Token::Plain;
        if (inSet(m_spec.keywords, w))
            token = Token::Keyword;
        else if (inSet(m_spec.types, w))
            token = Token::Type;
        else if (m_spec.rust && at(end) == u'!')
            token = Token::Function;
        else if (at(skipSpaces(end)) == u'(')
            token = Token::Function;
        else if (m_spec.capitalisedTypes && w.front().isUpper())
            token = Token::Type;
        emitTo(end, token);
        if (m_spec.rust && token == Token::Function && at(m_pos) == u'!')
            emitTo(m_pos + 1, Token::Function);
    }

    // --- C-like languages, Python, shell, SQL, JSON, CSS ------------------------------------

    void genericLine()
    {
        const bool css = m_language == CodeLanguage::Css;
        if (m_spec.hashPreprocessor && m_state.mode == Normal) {
            const qsizetype first = skipSpaces(0);
            if (at(first) == u'#') {
                emitTo(endAt(u16(m_line).find(u"//", size_t(first)), 0), Token::Preprocessor);
                emitRest(Token::Comment);
                return;
            }
        }
        while (m_pos < m_line.size()) {
            switch (m_state.mode) {
            case BlockComment:
                if (!continueComment(u"*/"))
                    return;
                continue;
            case OpenString:
                if (!continueString()) {
                    if (!lineSpanning(m_state.quote, m_state.count))
                        endConstruct(); // single-line strings end with the line
                    return;
                }
                continue;
            case RustRawString:
                if (!continueRustRaw())
                    return;
                continue;
            default:
                break;
            }
            const QChar c = m_line[m_pos];
            if (c == u' ' || c == u'\t') {
                emitTo(skipSpaces(m_pos), Token::Plain);
                continue;
            }
            if (m_spec.blockComments && c == u'/' && at(m_pos + 1) == u'*') {
                m_state = {BlockComment, 0, 0, m_state.depth};
                m_out.add(m_line.sliced(m_pos, 2), Token::Comment);
                m_pos += 2;
                continue;
            }
            if (startsWithAt(m_pos, m_spec.lineComment) ||
                (m_spec.hashComment && c == u'#' &&
                 (m_language != CodeLanguage::Shell || m_pos == 0 ||
                  m_line[m_pos - 1].isSpace()))) {
                emitRest(Token::Comment);
                return;
            }
            if (m_spec.rust && c == u'#' && (at(m_pos + 1) == u'[' || at(m_pos + 1) == u'!')) {
                emitTo(endAt(u16(m_line).find(u']', size_t(m_pos)), 1), Token::Preprocessor);
                continue;
            }
            if (c == u'"' || (c == u'\'' && m_spec.singleQuoteStrings) ||
                (c == u'`' && m_spec.backtickStrings)) {
                startString(c.unicode());
                continue;
            }
            if (m_spec.rust && c == u'\'') {
                rustQuote();
                continue;
            }
            if (m_spec.dollarVariables && c == u'$') {
                dollar();
                continue;
            }
            if (m_spec.atAnnotations && c == u'@' && isIdentStart(at(m_pos + 1))) {
                emitTo(identEnd(m_pos + 1), Token::Preprocessor);
                continue;
            }
            if (isDigit(c) || (c == u'.' && isDigit(at(m_pos + 1)))) {
                number();
                continue;
            }
            if (css) {
                cssToken(c);
                continue;
            }
            if (m_spec.rust && (c == u'r' || c == u'b') && rustRawStart())
                continue;
            if (isIdentStart(c) || (c == u'$' && m_language == CodeLanguage::JavaScript)) {
                word();
                continue;
            }
            emitTo(m_pos + 1, Token::Plain);
        }
        if (m_state.mode == OpenString && !lineSpanning(m_state.quote, m_state.count))
            endConstruct(); // single-line strings end with the line
    }

    bool lineSpanning(char16_t quote, int count) const
    {
        return count == 3 || (quote == u'`' && m_spec.backtickStrings) || m_spec.multiLineStrings;
    }

    void startString(char16_t quote)
    {
        int count = 1;
        if (m_spec.tripleQuotes && at(m_pos + 1) == quote && at(m_pos + 2) == quote &&
            (quote == u'"' || m_language == CodeLanguage::Python))
            count = 3;
        m_out.add(m_line.sliced(m_pos, count), Token::String);
        m_pos += count;
        m_state = {OpenString, quote, quint16(count), m_state.depth};
        continueString();
    }

    void rustQuote()
    {
        // 'a' or '\n' is a char literal; 'a without a closing quote is a lifetime.
        if (at(m_pos + 1) == u'\\' || (at(m_pos + 2) == u'\'' && at(m_pos + 1) != u'\'')) {
            m_state = {OpenString, u'\'', 1, 0};
            m_out.add(m_line.sliced(m_pos, 1), Token::String);
            ++m_pos;
            if (!continueString())
                m_state = {};
            return;
        }
        emitTo(identEnd(m_pos + 1), isIdentStart(at(m_pos + 1)) ? Token::Type : Token::Plain);
    }

    bool rustRawStart()
    {
        qsizetype i = m_pos;
        if (at(i) == u'b')
            ++i;
        if (at(i) != u'r')
            return false;
        ++i;
        qsizetype hashes = 0;
        while (at(i + hashes) == u'#')
            ++hashes;
        if (at(i + hashes) != u'"')
            return false;
        emitTo(i + hashes + 1, Token::String);
        m_state = {RustRawString, 0, quint16(hashes), 0};
        return true;
    }

    void dollar()
    {
        if (at(m_pos + 1) == u'{') {
            emitTo(endAt(u16(m_line).find(u'}', size_t(m_pos)), 1), Token::Variable);
            return;
        }
        qsizetype end = m_pos + 1;
        if (isIdentStart(at(end)))
            end = identEnd(end);
        else if (at(end).isDigit() || QStringView(u"@*#?$!-").contains(at(end)))
            ++end;
        emitTo(end, end > m_pos + 1 ? Token::Variable : Token::Plain);
    }

    void cssToken(QChar c)
    {
        if (c == u'{') {
            ++m_state.depth;
            emitTo(m_pos + 1, Token::Plain);
            return;
        }
        if (c == u'}') {
            if (m_state.depth > 0)
                --m_state.depth;
            emitTo(m_pos + 1, Token::Plain);
            return;
        }
        if (c == u'@' && isIdentStart(at(m_pos + 1))) {
            emitTo(identEnd(m_pos + 1), Token::Keyword);
            return;
        }
        if (c == u'!' && isIdentStart(at(m_pos + 1))) {
            emitTo(identEnd(m_pos + 1), Token::Keyword);
            return;
        }
        const bool inBlock = m_state.depth > 0;
        if (c == u'#' && at(m_pos + 1).isLetterOrNumber()) {
            emitTo(identEndCss(m_pos + 1), inBlock ? Token::Number : Token::Type);
            return;
        }
        if (!inBlock && c == u'.' && isIdentStart(at(m_pos + 1))) {
            emitTo(identEndCss(m_pos + 1), Token::Type);
            return;
        }
        if (isIdentStart(c) || c == u'-') {
            const qsizetype end = identEndCss(m_pos);
            if (end == m_pos) {
                emitTo(m_pos + 1, Token::Plain);
                return;
            }
            const QStringView w = m_line.sliced(m_pos, end - m_pos);
            Token token = Token::Plain;
            if (!inBlock)
                token = Token::Tag;
            else if (at(skipSpaces(end)) == u':')
                token = Token::Attribute;
            else if (at(end) == u'(')
                token = Token::Function;
            else if (inSet(m_spec.keywords, w))
                token = Token::Keyword;
            emitTo(end, token);
            return;
        }
        emitTo(m_pos + 1, Token::Plain);
    }

    qsizetype identEndCss(qsizetype i) const
    {
        while (i < m_line.size() && (isIdentChar(m_line[i]) || m_line[i] == u'-'))
            ++i;
        return i;
    }

    // --- diff --------------------------------------------------------------------------------

    void diffLine()
    {
        if (m_line.startsWith(u"+++") || m_line.startsWith(u"---") || m_line.startsWith(u"diff ") ||
            m_line.startsWith(u"index "))
            emitRest(Token::Meta);
        else if (m_line.startsWith(u"@@"))
            emitRest(Token::Preprocessor);
        else if (m_line.startsWith(u'+'))
            emitRest(Token::Inserted);
        else if (m_line.startsWith(u'-'))
            emitRest(Token::Deleted);
        else
            emitRest(Token::Plain);
    }

    // --- YAML --------------------------------------------------------------------------------

    void yamlLine()
    {
        if (m_line.startsWith(u"---") || m_line.startsWith(u"...")) {
            emitRest(Token::Meta);
            return;
        }
        qsizetype i = skipSpaces(0);
        while (at(i) == u'-' && (at(i + 1) == u' ' || i + 1 == m_line.size()))
            i = skipSpaces(i + 1);
        emitTo(i, Token::Plain);
        // key: value (a plain or quoted key up to ": " or ":" at the end)
        if (at(i) != u'#') {
            qsizetype j = i;
            const QChar q = at(j);
            if (q == u'"' || q == u'\'') {
                const size_t close = u16(m_line).find(q.unicode(), size_t(j + 1));
                j = close == std::u16string_view::npos ? -1 : qsizetype(close + 1);
            } else {
                while (j < m_line.size() && m_line[j] != u':' && m_line[j] != u'#')
                    ++j;
            }
            if (j > i && at(j) == u':' && (j + 1 == m_line.size() || at(j + 1) == u' ')) {
                emitTo(j, Token::Attribute);
                emitTo(j + 1, Token::Plain);
            }
        }
        while (m_pos < m_line.size()) {
            const QChar c = m_line[m_pos];
            if (c == u'#' && (m_pos == 0 || m_line[m_pos - 1].isSpace())) {
                emitRest(Token::Comment);
                return;
            }
            if (c == u'"' || c == u'\'') {
                m_state = {OpenString, c.unicode(), 1, 0};
                m_out.add(m_line.sliced(m_pos, 1), Token::String);
                ++m_pos;
                if (!continueString())
                    m_state = {};
                continue;
            }
            if ((c == u'&' || c == u'*') && isIdentStart(at(m_pos + 1))) {
                emitTo(identEnd(m_pos + 1), Token::Variable);
                continue;
            }
            if ((c == u'-' || c == u'+') && isDigit(at(m_pos + 1))) {
                emitTo(m_pos + 1, Token::Number);
                number();
                continue;
            }
            if (isDigit(c) || (c == u'.' && isDigit(at(m_pos + 1)))) {
                number();
                continue;
            }
            if (isIdentStart(c) || c == u'~') {
                const qsizetype end = c == u'~' ? m_pos + 1 : identEnd(m_pos);
                const QStringView w = m_line.sliced(m_pos, end - m_pos);
                emitTo(end, inSet(m_spec.keywords, w) ? Token::Keyword : Token::Plain);
                continue;
            }
            emitTo(m_pos + 1, Token::Plain);
        }
    }

    // --- HTML / XML ----------------------------------------------------------------------------

    void markupLine()
    {
        while (m_pos < m_line.size()) {
            if (m_state.mode == MarkupComment) {
                if (!continueComment(u"-->"))
                    return;
                continue;
            }
            if (m_state.mode == MarkupTag) {
                tagBody();
                continue;
            }
            const QChar c = m_line[m_pos];
            if (startsWithAt(m_pos, u"<!--")) {
                m_state = {MarkupComment, 0, 0, 0};
                emitTo(m_pos + 4, Token::Comment);
                continue;
            }
            if (c == u'<' && (isIdentStart(at(m_pos + 1)) || at(m_pos + 1) == u'/' ||
                              at(m_pos + 1) == u'!' || at(m_pos + 1) == u'?')) {
                qsizetype end = m_pos + 1;
                while (end < m_line.size() &&
                       (isIdentChar(m_line[end]) || QStringView(u"/!?:-.").contains(m_line[end])))
                    ++end;
                emitTo(end, Token::Tag);
                m_state = {MarkupTag, 0, 0, 0};
                continue;
            }
            if (c == u'&') {
                qsizetype end = m_pos + 1;
                while (end < m_line.size() && end - m_pos < 12 &&
                       (m_line[end].isLetterOrNumber() || m_line[end] == u'#'))
                    ++end;
                if (at(end) == u';') {
                    emitTo(end + 1, Token::Number);
                    continue;
                }
            }
            qsizetype end = m_pos + 1;
            while (end < m_line.size() && m_line[end] != u'<' && m_line[end] != u'&')
                ++end;
            emitTo(end, Token::Plain);
        }
    }

    void tagBody()
    {
        while (m_pos < m_line.size()) {
            const QChar c = m_line[m_pos];
            if (c == u'>' || (c == u'/' && at(m_pos + 1) == u'>') ||
                (c == u'?' && at(m_pos + 1) == u'>')) {
                emitTo(m_pos + (c == u'>' ? 1 : 2), Token::Tag);
                m_state = {};
                return;
            }
            if (c == u'"' || c == u'\'') {
                emitTo(endAt(u16(m_line).find(c.unicode(), size_t(m_pos + 1)), 1), Token::String);
                continue;
            }
            if (isIdentStart(c)) {
                qsizetype end = m_pos;
                while (end < m_line.size() &&
                       (isIdentChar(m_line[end]) || m_line[end] == u'-' || m_line[end] == u':'))
                    ++end;
                emitTo(end, Token::Attribute);
                continue;
            }
            emitTo(m_pos + 1, Token::Plain);
        }
    }

    const CodeLanguage m_language;
    const CodeLanguageSpec m_spec; // a copy: read on every character
    CodeLexer::Sink &m_out;
    State &m_state;
    QStringView m_line;
    qsizetype m_pos = 0;
};

// JSON keys: a string followed by ':' is an Attribute, any other string a String.
void lexJson(QStringView code, CodeLexer::Sink &out, State &state)
{
    qsizetype i = 0;
    const qsizetype n = code.size();
    auto emit = [&](qsizetype end, Token token) {
        if (end > i)
            out.add(code.sliced(i, end - i), token);
        i = end;
    };
    while (i < n) {
        if (state.mode == BlockComment) {
            const qsizetype end = code.indexOf(u"*/", i);
            if (end < 0) {
                emit(n, Token::Comment);
                break;
            }
            emit(end + 2, Token::Comment);
            state = {};
            continue;
        }
        const QChar c = code[i];
        if (c == u'"') {
            qsizetype j = i + 1;
            while (j < n && code[j] != u'"' && code[j] != u'\n')
                j += code[j] == u'\\' ? 2 : 1;
            j = qMin(j + 1, n);
            qsizetype k = j;
            while (k < n && (code[k] == u' ' || code[k] == u'\t'))
                ++k;
            emit(j, k < n && code[k] == u':' ? Token::Attribute : Token::String);
            continue;
        }
        if (c == u'/' && i + 1 < n && code[i + 1] == u'/') {
            qsizetype end = code.indexOf(u'\n', i);
            emit(end < 0 ? n : end, Token::Comment);
            continue;
        }
        if (c == u'/' && i + 1 < n && code[i + 1] == u'*') {
            state = {BlockComment, 0, 0, 0};
            emit(i + 2, Token::Comment);
            continue;
        }
        if (isDigit(c) || (c == u'-' && i + 1 < n && isDigit(code[i + 1]))) {
            qsizetype j = i + 1;
            while (j < n && (code[j].isLetterOrNumber() || code[j] == u'.' ||
                             ((code[j] == u'+' || code[j] == u'-') &&
                              (code[j - 1] == u'e' || code[j - 1] == u'E'))))
                ++j;
            emit(j, Token::Number);
            continue;
        }
        if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && code[j].isLetter())
                ++j;
            const QStringView w = code.sliced(i, j - i);
            const bool literal = w == u"true" || w == u"false" || w == u"null";
            emit(j, literal ? Token::Keyword : Token::Plain);
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && !QStringView(u"\"/-0123456789").contains(code[j]) && !code[j].isLetter())
            ++j;
        emit(j, Token::Plain);
    }
}

} // namespace

void CodeLexer::lex(QStringView code, CodeLanguage language, Sink &sink, State &state)
{
    if (language == CodeLanguage::Json) {
        lexJson(code, sink, state);
        return;
    }
    if (language == CodeLanguage::None) {
        if (!code.isEmpty())
            sink.add(code, Token::Plain);
        return;
    }
    Lexer lexer(language, sink, state);
    qsizetype start = 0;
    while (start <= code.size()) {
        qsizetype end = code.indexOf(u'\n', start);
        const bool last = end < 0;
        if (last)
            end = code.size();
        lexer.line(code.sliced(start, end - start));
        if (last)
            break;
        sink.add(code.sliced(end, 1), Token::Plain);
        start = end + 1;
    }
}
