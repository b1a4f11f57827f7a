// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <string_view>
#include <unordered_set>

/** @brief The languages that the code highlighter knows. */
enum class CodeLanguage : quint8 {
    None, /**< unknown: the code stays plain */
    C,    /**< C and C++ */
    Python,
    JavaScript, /**< JavaScript and TypeScript */
    Json,
    Shell,
    Rust,
    Go,
    Java,
    Sql,
    Yaml,
    Markup, /**< HTML, XML, SVG */
    Css,
    Diff,
};

/**
 * The language of a fenced code block's info string ("cpp", "py", "ts", "sh", "yml", …),
 * case-insensitive; None when unknown.
 */
[[nodiscard]] CodeLanguage codeLanguageForName(QStringView name);

/**
 * @brief What the lexer needs to know of a language: its word lists and which constructs it has.
 *
 * Drives CodeLexer's shared scanner (C-like languages, Python, shell, SQL, JSON, CSS); YAML uses
 * only the keywords, and markup and diffs have scanners of their own.
 */
struct CodeLanguageSpec
{
    using WordSet = std::unordered_set<std::u16string_view>;

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
    bool caseInsensitive = false;  // SQL keywords (the word sets hold them in lower case)
    bool dollarVariables = false;  // shell $x, ${x}
    bool atAnnotations = false;    // @decorator / @Annotation
    bool capitalisedTypes = false; // Name → type
    bool rust = false;             // lifetimes, raw strings, macros!, #[attributes]

    /** The spec of @p language (one shared instance per language). */
    [[nodiscard]] static const CodeLanguageSpec &of(CodeLanguage language);
};
