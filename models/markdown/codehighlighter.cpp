// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "codehighlighter.h"

#include <QRegularExpression>

#include <initializer_list>
#include <string_view>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace {

using WordSet = std::unordered_set<std::u16string_view>;

WordSet words(std::initializer_list<std::u16string_view> list)
{
    return WordSet(list);
}

std::u16string_view u16(QStringView s)
{
    return std::u16string_view(reinterpret_cast<const char16_t *>(s.utf16()), size_t(s.size()));
}

enum class Token : quint8 {
    Plain,
    Keyword,
    Type,
    String,
    Number,
    Comment,
    Function,
    Preprocessor,
    Tag,
    Attribute,
    Variable,
    Inserted,
    Deleted,
    Meta,
};

// What a State's mode means.
enum Mode : quint8 {
    Normal = 0,
    BlockComment,  // /* … */
    OpenString,    // a string that may span lines; quote and count say how it ends
    RustRawString, // r##"…"##; count is the number of #
    MarkupComment, // <!-- … -->
    MarkupTag,     // inside <tag …
};

// Which constructs a C-like language has.
struct Spec
{
    const WordSet *keywords = nullptr;
    const WordSet *types = nullptr;
    std::u16string_view lineComment; // "//", "#", "--"
    bool blockComments = false;      // /* */
    bool hashPreprocessor = false;   // C: # at line start
    bool hashComment = false;        // # starts a comment (at a word start for shells)
    bool singleQuoteStrings = true;
    bool backtickStrings = false;  // JS template literals, Go raw strings: multi-line
    bool tripleQuotes = false;     // Python """ and ''' (Java text blocks """)
    bool multiLineStrings = false; // shell: "…" and '…' span lines
    bool caseInsensitive = false;  // SQL keywords
    bool dollarVariables = false;  // shell $x, ${x}
    bool atAnnotations = false;    // @decorator / @Annotation
    bool capitalisedTypes = false; // Name → type
    bool rust = false;             // lifetimes, raw strings, macros!, #[attributes]
};

const WordSet &cKeywords()
{
    static const WordSet set = words({u"alignas",     u"alignof",      u"asm",
                                      u"auto",        u"break",        u"case",
                                      u"catch",       u"class",        u"co_await",
                                      u"co_return",   u"co_yield",     u"concept",
                                      u"const",       u"consteval",    u"constexpr",
                                      u"constinit",   u"const_cast",   u"continue",
                                      u"decltype",    u"default",      u"delete",
                                      u"do",          u"dynamic_cast", u"else",
                                      u"enum",        u"explicit",     u"export",
                                      u"extern",      u"false",        u"final",
                                      u"for",         u"friend",       u"goto",
                                      u"if",          u"inline",       u"mutable",
                                      u"namespace",   u"new",          u"noexcept",
                                      u"nullptr",     u"NULL",         u"operator",
                                      u"override",    u"private",      u"protected",
                                      u"public",      u"register",     u"reinterpret_cast",
                                      u"requires",    u"restrict",     u"return",
                                      u"sizeof",      u"static",       u"static_assert",
                                      u"static_cast", u"struct",       u"switch",
                                      u"template",    u"this",         u"thread_local",
                                      u"throw",       u"true",         u"try",
                                      u"typedef",     u"typeid",       u"typename",
                                      u"union",       u"using",        u"virtual",
                                      u"volatile",    u"while"});
    return set;
}

const WordSet &cTypes()
{
    static const WordSet set = words(
        {u"bool",    u"char",     u"char8_t",   u"char16_t", u"char32_t", u"double",  u"float",
         u"int",     u"long",     u"short",     u"signed",   u"unsigned", u"void",    u"wchar_t",
         u"size_t",  u"ssize_t",  u"ptrdiff_t", u"int8_t",   u"int16_t",  u"int32_t", u"int64_t",
         u"uint8_t", u"uint16_t", u"uint32_t",  u"uint64_t", u"std",      u"string",  u"vector"});
    return set;
}

const WordSet &pythonKeywords()
{
    static const WordSet set = words(
        {u"False",   u"None",  u"True",     u"and",      u"as",    u"assert", u"async", u"await",
         u"break",   u"class", u"continue", u"def",      u"del",   u"elif",   u"else",  u"except",
         u"finally", u"for",   u"from",     u"global",   u"if",    u"import", u"in",    u"is",
         u"lambda",  u"match", u"case",     u"nonlocal", u"not",   u"or",     u"pass",  u"raise",
         u"return",  u"try",   u"while",    u"with",     u"yield", u"self"});
    return set;
}

const WordSet &pythonTypes()
{
    static const WordSet set =
        words({u"int", u"float", u"str", u"bytes", u"bool", u"list", u"dict", u"set", u"tuple",
               u"object", u"type", u"complex", u"frozenset", u"bytearray", u"Exception"});
    return set;
}

const WordSet &jsKeywords()
{
    static const WordSet set =
        words({u"abstract",  u"as",      u"async",      u"await",     u"break",     u"case",
               u"catch",     u"class",   u"const",      u"continue",  u"debugger",  u"declare",
               u"default",   u"delete",  u"do",         u"else",      u"enum",      u"export",
               u"extends",   u"false",   u"finally",    u"for",       u"from",      u"function",
               u"get",       u"if",      u"implements", u"import",    u"in",        u"instanceof",
               u"interface", u"keyof",   u"let",        u"namespace", u"new",       u"null",
               u"of",        u"private", u"protected",  u"public",    u"readonly",  u"return",
               u"set",       u"static",  u"super",      u"switch",    u"this",      u"throw",
               u"true",      u"try",     u"type",       u"typeof",    u"undefined", u"var",
               u"void",      u"while",   u"with",       u"yield"});
    return set;
}

const WordSet &jsTypes()
{
    static const WordSet set = words({u"any", u"boolean", u"never", u"number", u"object", u"string",
                                      u"symbol", u"unknown", u"bigint"});
    return set;
}

const WordSet &shellKeywords()
{
    static const WordSet set =
        words({u"if",     u"then",  u"else",   u"elif",     u"fi",      u"for",    u"while",
               u"until",  u"do",    u"done",   u"case",     u"esac",    u"in",     u"function",
               u"return", u"local", u"export", u"readonly", u"declare", u"select", u"time",
               u"exit",   u"set",   u"unset",  u"shift",    u"source",  u"true",   u"false"});
    return set;
}

const WordSet &shellCommands()
{
    static const WordSet set =
        words({u"echo", u"printf", u"cd",     u"ls",      u"cat",    u"grep", u"sed",   u"awk",
               u"find", u"sudo",   u"apt",    u"apt-get", u"git",    u"make", u"cmake", u"mkdir",
               u"rm",   u"cp",     u"mv",     u"chmod",   u"chown",  u"curl", u"wget",  u"tar",
               u"pip",  u"npm",    u"python", u"python3", u"docker", u"test", u"read",  u"eval",
               u"exec", u"kill",   u"cargo",  u"go",      u"node",   u"ssh",  u"touch"});
    return set;
}

const WordSet &rustKeywords()
{
    static const WordSet set =
        words({u"as",   u"async",  u"await",  u"break", u"const",  u"continue", u"crate", u"dyn",
               u"else", u"enum",   u"extern", u"false", u"fn",     u"for",      u"if",    u"impl",
               u"in",   u"let",    u"loop",   u"match", u"mod",    u"move",     u"mut",   u"pub",
               u"ref",  u"return", u"self",   u"Self",  u"static", u"struct",   u"super", u"trait",
               u"true", u"type",   u"unsafe", u"use",   u"where",  u"while",    u"yield"});
    return set;
}

const WordSet &rustTypes()
{
    static const WordSet set =
        words({u"i8", u"i16", u"i32", u"i64", u"i128", u"isize", u"u8", u"u16", u"u32", u"u64",
               u"u128", u"usize", u"f32", u"f64", u"bool", u"char", u"str"});
    return set;
}

const WordSet &goKeywords()
{
    static const WordSet set =
        words({u"break", u"case",   u"chan",        u"const",     u"continue", u"default",
               u"defer", u"else",   u"fallthrough", u"for",       u"func",     u"go",
               u"goto",  u"if",     u"import",      u"interface", u"map",      u"package",
               u"range", u"return", u"select",      u"struct",    u"switch",   u"type",
               u"var",   u"true",   u"false",       u"nil",       u"iota"});
    return set;
}

const WordSet &goTypes()
{
    static const WordSet set =
        words({u"bool", u"byte",  u"complex64", u"complex128", u"error",  u"float32", u"float64",
               u"int",  u"int8",  u"int16",     u"int32",      u"int64",  u"rune",    u"string",
               u"uint", u"uint8", u"uint16",    u"uint32",     u"uint64", u"uintptr", u"any"});
    return set;
}

const WordSet &javaKeywords()
{
    static const WordSet set = words(
        {u"abstract",   u"assert",   u"break",      u"case",      u"catch",        u"class",
         u"const",      u"continue", u"default",    u"do",        u"else",         u"enum",
         u"extends",    u"final",    u"finally",    u"for",       u"goto",         u"if",
         u"implements", u"import",   u"instanceof", u"interface", u"native",       u"new",
         u"package",    u"private",  u"protected",  u"public",    u"record",       u"return",
         u"static",     u"strictfp", u"super",      u"switch",    u"synchronized", u"this",
         u"throw",      u"throws",   u"transient",  u"try",       u"var",          u"volatile",
         u"while",      u"yield",    u"true",       u"false",     u"null"});
    return set;
}

const WordSet &javaTypes()
{
    static const WordSet set = words(
        {u"boolean", u"byte", u"char", u"double", u"float", u"int", u"long", u"short", u"void"});
    return set;
}

// Stored in lower case; SQL looks words up case-insensitively.
const WordSet &sqlKeywords()
{
    static const WordSet set =
        words({u"select",      u"from",       u"where",   u"and",        u"or",      u"not",
               u"insert",      u"into",       u"values",  u"update",     u"set",     u"delete",
               u"create",      u"table",      u"drop",    u"alter",      u"add",     u"index",
               u"view",        u"join",       u"inner",   u"left",       u"right",   u"outer",
               u"full",        u"cross",      u"on",      u"as",         u"group",   u"by",
               u"order",       u"having",     u"limit",   u"offset",     u"union",   u"all",
               u"distinct",    u"case",       u"when",    u"then",       u"else",    u"end",
               u"is",          u"null",       u"in",      u"exists",     u"between", u"like",
               u"primary",     u"key",        u"foreign", u"references", u"default", u"unique",
               u"check",       u"constraint", u"with",    u"begin",      u"commit",  u"rollback",
               u"transaction", u"asc",        u"desc",    u"true",       u"false",   u"if",
               u"returning",   u"conflict",   u"do",      u"nothing",    u"cascade"});
    return set;
}

const WordSet &sqlTypes()
{
    static const WordSet set =
        words({u"int",     u"integer",   u"bigint", u"smallint", u"text",    u"varchar", u"char",
               u"boolean", u"real",      u"float",  u"double",   u"decimal", u"numeric", u"date",
               u"time",    u"timestamp", u"blob",   u"serial",   u"uuid",    u"json",    u"jsonb"});
    return set;
}

const WordSet &literalKeywords()
{
    static const WordSet set = words({u"true", u"false", u"null", u"True", u"False", u"Null",
                                      u"NULL", u"yes", u"no", u"on", u"off", u"~"});
    return set;
}

const WordSet &cssKeywords()
{
    static const WordSet set = words({u"important", u"inherit", u"initial", u"unset", u"none",
                                      u"auto", u"solid", u"flex", u"grid", u"block"});
    return set;
}

Spec specFor(CodeHighlighter::Language language)
{
    using L = CodeHighlighter::Language;
    Spec s;
    switch (language) {
    case L::C:
        s.keywords = &cKeywords();
        s.types = &cTypes();
        s.lineComment = u"//";
        s.blockComments = true;
        s.hashPreprocessor = true;
        s.capitalisedTypes = true;
        break;
    case L::Python:
        s.keywords = &pythonKeywords();
        s.types = &pythonTypes();
        s.hashComment = true;
        s.tripleQuotes = true;
        s.atAnnotations = true;
        s.capitalisedTypes = true;
        break;
    case L::JavaScript:
        s.keywords = &jsKeywords();
        s.types = &jsTypes();
        s.lineComment = u"//";
        s.blockComments = true;
        s.backtickStrings = true;
        s.atAnnotations = true;
        s.capitalisedTypes = true;
        break;
    case L::Json:
        s.keywords = &literalKeywords();
        s.lineComment = u"//";
        s.blockComments = true;
        break;
    case L::Shell:
        s.keywords = &shellKeywords();
        s.types = &shellCommands();
        s.hashComment = true;
        s.multiLineStrings = true;
        s.dollarVariables = true;
        break;
    case L::Rust:
        s.keywords = &rustKeywords();
        s.types = &rustTypes();
        s.lineComment = u"//";
        s.blockComments = true;
        s.capitalisedTypes = true;
        s.rust = true;
        s.singleQuoteStrings = false; // handled as char literals or lifetimes
        break;
    case L::Go:
        s.keywords = &goKeywords();
        s.types = &goTypes();
        s.lineComment = u"//";
        s.blockComments = true;
        s.backtickStrings = true;
        break;
    case L::Java:
        s.keywords = &javaKeywords();
        s.types = &javaTypes();
        s.lineComment = u"//";
        s.blockComments = true;
        s.tripleQuotes = true;
        s.atAnnotations = true;
        s.capitalisedTypes = true;
        break;
    case L::Sql:
        s.keywords = &sqlKeywords();
        s.types = &sqlTypes();
        s.lineComment = u"--";
        s.blockComments = true;
        s.caseInsensitive = true;
        break;
    case L::Yaml:
        s.keywords = &literalKeywords();
        s.hashComment = true;
        break;
    case L::Css:
        s.keywords = &cssKeywords();
        s.blockComments = true;
        break;
    case L::None:
    case L::Markup:
    case L::Diff:
        break;
    }
    return s;
}

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

/** Collects text runs by token class and writes them as escaped, coloured HTML. */
class Emitter
{
public:
    explicit Emitter(const CodePalette &palette, qsizetype sizeHint)
        : m_palette(palette)
    {
        m_out.reserve(sizeHint + sizeHint / 2 + 16);
    }

    void add(QStringView text, Token token)
    {
        if (text.isEmpty())
            return;
        if (token != m_token) {
            closeSpan();
            m_token = token;
            openSpan();
        }
        for (const QChar c : text) {
            switch (c.unicode()) {
            case u'&':
                m_out += "&amp;"_L1;
                break;
            case u'<':
                m_out += "&lt;"_L1;
                break;
            case u'>':
                m_out += "&gt;"_L1;
                break;
            case u'"':
                m_out += "&quot;"_L1;
                break;
            case u'\0':
                m_out += QChar(0xFFFD);
                break;
            default:
                m_out += c;
                break;
            }
        }
    }

    QString take()
    {
        closeSpan();
        m_token = Token::Plain;
        return std::move(m_out);
    }

private:
    const QString &colorOf(Token token) const
    {
        static const QString none;
        switch (token) {
        case Token::Plain:
            return none;
        case Token::Keyword:
            return m_palette.keyword;
        case Token::Type:
            return m_palette.type;
        case Token::String:
            return m_palette.string;
        case Token::Number:
            return m_palette.number;
        case Token::Comment:
            return m_palette.comment;
        case Token::Function:
            return m_palette.function;
        case Token::Preprocessor:
            return m_palette.preprocessor;
        case Token::Tag:
            return m_palette.tag;
        case Token::Attribute:
            return m_palette.attribute;
        case Token::Variable:
            return m_palette.variable;
        case Token::Inserted:
            return m_palette.inserted;
        case Token::Deleted:
            return m_palette.deleted;
        case Token::Meta:
            return m_palette.meta;
        }
        return none;
    }

    void openSpan()
    {
        const QString &color = colorOf(m_token);
        m_spanOpen = !color.isEmpty();
        if (!m_spanOpen)
            return;
        m_out += "<span style=\"color:"_L1 + color;
        if (m_token == Token::Comment)
            m_out += "; font-style:italic"_L1;
        m_out += "\">"_L1;
    }

    void closeSpan()
    {
        if (m_spanOpen)
            m_out += "</span>"_L1;
        m_spanOpen = false;
    }

    const CodePalette &m_palette;
    QString m_out;
    Token m_token = Token::Plain;
    bool m_spanOpen = false;
};

/** Lexes one line at a time, carrying State between lines. */
class Lexer
{
public:
    Lexer(CodeHighlighter::Language language, Emitter &out, CodeHighlighter::State &state)
        : m_language(language)
        , m_spec(specFor(language))
        , m_out(out)
        , m_state(state)
    {}

    void line(QStringView line)
    {
        m_line = line;
        m_pos = 0;
        switch (m_language) {
        case CodeHighlighter::Language::Diff:
            diffLine();
            return;
        case CodeHighlighter::Language::Markup:
            markupLine();
            return;
        case CodeHighlighter::Language::Yaml:
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
        m_out.add(m_line.sliced(m_pos, end - m_pos), token);
        m_pos = end;
    }
    void emitRest(Token token) { emitTo(m_line.size(), token); }
    // Back to normal text; CSS keeps its brace depth.
    void endConstruct() { m_state = CodeHighlighter::State{Normal, 0, 0, m_state.depth}; }
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
        const bool escapes = !(quote == u'`' && m_language == CodeHighlighter::Language::Go) &&
                             !(quote == u'\'' && m_language == CodeHighlighter::Language::Shell);
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
        const bool css = m_language == CodeHighlighter::Language::Css;
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
                 (m_language != CodeHighlighter::Language::Shell || m_pos == 0 ||
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
            if (isIdentStart(c) ||
                (c == u'$' && m_language == CodeHighlighter::Language::JavaScript)) {
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
            (quote == u'"' || m_language == CodeHighlighter::Language::Python))
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

    const CodeHighlighter::Language m_language;
    const Spec m_spec;
    Emitter &m_out;
    CodeHighlighter::State &m_state;
    QStringView m_line;
    qsizetype m_pos = 0;
};

// JSON keys: a string followed by ':' — found before lexing so the key gets its own colour.
QString highlightJson(QStringView code, const CodePalette &palette, CodeHighlighter::State &state)
{
    Emitter out(palette, code.size());
    qsizetype i = 0;
    const qsizetype n = code.size();
    auto emit = [&](qsizetype end, Token token) {
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
    return out.take();
}

} // namespace

CodePalette CodePalette::light()
{
    CodePalette p;
    p.keyword = u"#cf222e"_s;
    p.type = u"#953800"_s;
    p.string = u"#0a3069"_s;
    p.number = u"#0550ae"_s;
    p.comment = u"#6e7781"_s;
    p.function = u"#8250df"_s;
    p.preprocessor = u"#a0527a"_s;
    p.tag = u"#116329"_s;
    p.attribute = u"#0550ae"_s;
    p.variable = u"#953800"_s;
    p.inserted = u"#116329"_s;
    p.deleted = u"#82071e"_s;
    p.meta = u"#57606a"_s;
    return p;
}

CodePalette CodePalette::dark()
{
    CodePalette p;
    p.keyword = u"#ff7b72"_s;
    p.type = u"#ffa657"_s;
    p.string = u"#a5d6ff"_s;
    p.number = u"#79c0ff"_s;
    p.comment = u"#8b949e"_s;
    p.function = u"#d2a8ff"_s;
    p.preprocessor = u"#f0a3c8"_s;
    p.tag = u"#7ee787"_s;
    p.attribute = u"#79c0ff"_s;
    p.variable = u"#ffa657"_s;
    p.inserted = u"#7ee787"_s;
    p.deleted = u"#ffa198"_s;
    p.meta = u"#a0a8b2"_s;
    return p;
}

CodePalette CodePalette::fromVariantMap(const QVariantMap &colors, const CodePalette &fallback)
{
    static const QRegularExpression valid(u"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"_s);
    CodePalette p = fallback;
    const auto read = [&colors](const QString &name, QString &target) {
        const auto it = colors.constFind(name);
        if (it == colors.constEnd())
            return;
        // A QML color arrives as QColor; its string form is #rrggbb (or #aarrggbb).
        const QString value = it->toString();
        if (valid.match(value).hasMatch())
            target = value;
    };
    read(u"keyword"_s, p.keyword);
    read(u"type"_s, p.type);
    read(u"string"_s, p.string);
    read(u"number"_s, p.number);
    read(u"comment"_s, p.comment);
    read(u"function"_s, p.function);
    read(u"preprocessor"_s, p.preprocessor);
    read(u"tag"_s, p.tag);
    read(u"attribute"_s, p.attribute);
    read(u"variable"_s, p.variable);
    read(u"inserted"_s, p.inserted);
    read(u"deleted"_s, p.deleted);
    read(u"meta"_s, p.meta);
    return p;
}

CodeHighlighter::Language CodeHighlighter::languageForName(QStringView name)
{
    struct Alias
    {
        QStringView name;
        Language language;
    };
    static const Alias aliases[] = {
        {u"c", Language::C},
        {u"h", Language::C},
        {u"cpp", Language::C},
        {u"c++", Language::C},
        {u"cxx", Language::C},
        {u"cc", Language::C},
        {u"hpp", Language::C},
        {u"objc", Language::C},
        {u"cuda", Language::C},
        {u"python", Language::Python},
        {u"py", Language::Python},
        {u"python3", Language::Python},
        {u"javascript", Language::JavaScript},
        {u"js", Language::JavaScript},
        {u"jsx", Language::JavaScript},
        {u"mjs", Language::JavaScript},
        {u"typescript", Language::JavaScript},
        {u"ts", Language::JavaScript},
        {u"tsx", Language::JavaScript},
        {u"qml", Language::JavaScript},
        {u"json", Language::Json},
        {u"jsonc", Language::Json},
        {u"json5", Language::Json},
        {u"bash", Language::Shell},
        {u"sh", Language::Shell},
        {u"shell", Language::Shell},
        {u"zsh", Language::Shell},
        {u"console", Language::Shell},
        {u"shellscript", Language::Shell},
        {u"rust", Language::Rust},
        {u"rs", Language::Rust},
        {u"go", Language::Go},
        {u"golang", Language::Go},
        {u"java", Language::Java},
        {u"kotlin", Language::Java},
        {u"sql", Language::Sql},
        {u"sqlite", Language::Sql},
        {u"postgresql", Language::Sql},
        {u"mysql", Language::Sql},
        {u"yaml", Language::Yaml},
        {u"yml", Language::Yaml},
        {u"html", Language::Markup},
        {u"xml", Language::Markup},
        {u"svg", Language::Markup},
        {u"xhtml", Language::Markup},
        {u"css", Language::Css},
        {u"scss", Language::Css},
        {u"diff", Language::Diff},
        {u"patch", Language::Diff},
    };
    for (const Alias &alias : aliases) {
        if (name.compare(alias.name, Qt::CaseInsensitive) == 0)
            return alias.language;
    }
    return Language::None;
}

QString CodeHighlighter::toHtml(QStringView code, Language language, const CodePalette &palette,
                                State *state)
{
    State local;
    State &st = state ? *state : local;
    if (language == Language::Json)
        return highlightJson(code, palette, st);
    Emitter out(palette, code.size());
    if (language == Language::None) {
        out.add(code, Token::Plain);
        return out.take();
    }
    Lexer lexer(language, out, st);
    qsizetype start = 0;
    while (start <= code.size()) {
        qsizetype end = code.indexOf(u'\n', start);
        const bool last = end < 0;
        if (last)
            end = code.size();
        lexer.line(code.sliced(start, end - start));
        if (last)
            break;
        out.add(u"\n", Token::Plain);
        start = end + 1;
    }
    return out.take();
}
