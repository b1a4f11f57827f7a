// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "codelanguages.h"

#include <array>
#include <initializer_list>

namespace {

using WordSet = CodeLanguageSpec::WordSet;

WordSet words(std::initializer_list<std::u16string_view> list)
{
    return WordSet(list);
}

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

CodeLanguageSpec specFor(CodeLanguage language)
{
    using L = CodeLanguage;
    CodeLanguageSpec s;
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

} // namespace

const CodeLanguageSpec &CodeLanguageSpec::of(CodeLanguage language)
{
    static const auto specs = [] {
        std::array<CodeLanguageSpec, size_t(CodeLanguage::Diff) + 1> all;
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = specFor(CodeLanguage(i));
        return all;
    }();
    return specs[size_t(language)];
}

CodeLanguage codeLanguageForName(QStringView name)
{
    struct Alias
    {
        QStringView name;
        CodeLanguage language;
    };
    static const Alias aliases[] = {
        {u"c", CodeLanguage::C},
        {u"h", CodeLanguage::C},
        {u"cpp", CodeLanguage::C},
        {u"c++", CodeLanguage::C},
        {u"cxx", CodeLanguage::C},
        {u"cc", CodeLanguage::C},
        {u"hpp", CodeLanguage::C},
        {u"objc", CodeLanguage::C},
        {u"cuda", CodeLanguage::C},
        {u"python", CodeLanguage::Python},
        {u"py", CodeLanguage::Python},
        {u"python3", CodeLanguage::Python},
        {u"javascript", CodeLanguage::JavaScript},
        {u"js", CodeLanguage::JavaScript},
        {u"jsx", CodeLanguage::JavaScript},
        {u"mjs", CodeLanguage::JavaScript},
        {u"typescript", CodeLanguage::JavaScript},
        {u"ts", CodeLanguage::JavaScript},
        {u"tsx", CodeLanguage::JavaScript},
        {u"qml", CodeLanguage::JavaScript},
        {u"json", CodeLanguage::Json},
        {u"jsonc", CodeLanguage::Json},
        {u"json5", CodeLanguage::Json},
        {u"bash", CodeLanguage::Shell},
        {u"sh", CodeLanguage::Shell},
        {u"shell", CodeLanguage::Shell},
        {u"zsh", CodeLanguage::Shell},
        {u"console", CodeLanguage::Shell},
        {u"shellscript", CodeLanguage::Shell},
        {u"rust", CodeLanguage::Rust},
        {u"rs", CodeLanguage::Rust},
        {u"go", CodeLanguage::Go},
        {u"golang", CodeLanguage::Go},
        {u"java", CodeLanguage::Java},
        {u"kotlin", CodeLanguage::Java},
        {u"sql", CodeLanguage::Sql},
        {u"sqlite", CodeLanguage::Sql},
        {u"postgresql", CodeLanguage::Sql},
        {u"mysql", CodeLanguage::Sql},
        {u"yaml", CodeLanguage::Yaml},
        {u"yml", CodeLanguage::Yaml},
        {u"html", CodeLanguage::Markup},
        {u"xml", CodeLanguage::Markup},
        {u"svg", CodeLanguage::Markup},
        {u"xhtml", CodeLanguage::Markup},
        {u"css", CodeLanguage::Css},
        {u"scss", CodeLanguage::Css},
        {u"diff", CodeLanguage::Diff},
        {u"patch", CodeLanguage::Diff},
    };
    for (const Alias &alias : aliases) {
        if (name.compare(alias.name, Qt::CaseInsensitive) == 0)
            return alias.language;
    }
    return CodeLanguage::None;
}
