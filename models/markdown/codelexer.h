// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "codelanguages.h"
#include "codetoken.h"

#include <QStringView>

/**
 * @brief A small, linear lexer that sorts code into runs of one token class.
 *
 * Hand-written scanners for C/C++, Python, JavaScript/TypeScript, JSON, shell, Rust, Go, Java,
 * SQL, YAML, HTML/XML, CSS and diffs find keywords, types, strings, numbers and comments (and
 * tags, attributes, keys, variables, diff lines where they exist); the per-language word lists
 * and switches are CodeLanguageSpec. Unknown languages come out as one Plain run.
 *
 * Code may be lexed in pieces: State carries what is open at the end of one piece (a block
 * comment, a multi-line string, an open tag) into the next, so a growing code block only lexes
 * its last piece again. One pass, no backtracking: the cost is linear in the input.
 */
class CodeLexer
{
public:
    CodeLexer() = delete;

    /** What is still open at the end of a piece of code; default: nothing. */
    struct State
    {
        quint8 mode = 0;
        char16_t quote = 0;
        quint16 count = 0; /**< quotes of a triple-quoted string, # of a Rust raw string */
        quint16 depth = 0; /**< CSS: brace depth */

        bool operator==(const State &) const = default;
    };

    /** Receives the runs of a piece of code, in order; together they are the whole piece. */
    class Sink
    {
    public:
        virtual ~Sink() = default;
        /** @p text (never empty) is of class @p token; neighbouring runs may share a class. */
        virtual void add(QStringView text, CodeToken token) = 0;
    };

    /**
     * Lexes @p code in @p language, starting in @p state, and hands every run (line breaks
     * included, as Plain) to @p sink. Leaves in @p state what is open at the end of @p code.
     */
    static void lex(QStringView code, CodeLanguage language, Sink &sink, State &state);
};
