// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <QVariantMap>

/**
 * @brief Colours of code tokens, as `#rrggbb` strings (an empty colour leaves the token plain).
 *
 * The defaults, light() and dark(), match the code colours of qml/Theme.qml; the view passes
 * Theme's colours in with fromVariantMap() so that the theme stays the one place they live.
 */
struct CodePalette
{
    QString keyword;      /**< reserved words, literals such as true/null */
    QString type;         /**< built-in and capitalised type names */
    QString string;       /**< string and character literals */
    QString number;       /**< numbers, CSS colours and units, entities */
    QString comment;      /**< comments (also shown in italics) */
    QString function;     /**< a name followed by "(", Rust macros */
    QString preprocessor; /**< C preprocessor lines, decorators, annotations, diff hunks */
    QString tag;          /**< markup tags, CSS selectors */
    QString attribute;    /**< markup attributes, JSON/YAML keys, CSS properties */
    QString variable;     /**< shell $variables, YAML anchors */
    QString inserted;     /**< diff: added lines */
    QString deleted;      /**< diff: removed lines */
    QString meta;         /**< diff: file headers; YAML document markers */

    static CodePalette light();
    static CodePalette dark();
    /**
     * Reads the colours named by the member names above (e.g. {"keyword": "#cf222e"}); names that
     * are missing or not `#rgb`/`#rrggbb` keep the colour of @p fallback.
     */
    static CodePalette fromVariantMap(const QVariantMap &colors,
                                      const CodePalette &fallback = light());

    bool operator==(const CodePalette &) const = default;
};

/**
 * @brief A small, linear syntax highlighter that emits Qt rich-text HTML spans.
 *
 * Hand-written lexers for C/C++, Python, JavaScript/TypeScript, JSON, shell, Rust, Go, Java,
 * SQL, YAML, HTML/XML, CSS and diffs colour keywords, types, strings, numbers and comments
 * (and tags, attributes, keys, variables, diff lines where they exist). Unknown languages come
 * out as escaped plain text. The output contains only `<span style="color:…">` tags around
 * HTML-escaped text (no images, no links, no url()), so it is safe in a RichText view; the
 * caller wraps it in a `<pre>`.
 *
 * Code may be highlighted in pieces: State carries what is open at the end of one piece (a
 * block comment, a multi-line string, an open tag) into the next, so a growing code block only
 * re-highlights its last piece. One pass, no backtracking: the cost is linear in the input.
 */
class CodeHighlighter
{
public:
    CodeHighlighter() = delete;

    enum class Language {
        None,
        C, /**< C and C++ */
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

    /** What is still open at the end of a piece of code; default: nothing. */
    struct State
    {
        quint8 mode = 0;
        char16_t quote = 0;
        quint16 count = 0; /**< quotes of a triple-quoted string, # of a Rust raw string */
        quint16 depth = 0; /**< CSS: brace depth */

        bool operator==(const State &) const = default;
    };

    /**
     * The language of a fenced code block's info string ("cpp", "py", "ts", "sh", "yml", …),
     * case-insensitive; None when unknown.
     */
    [[nodiscard]] static Language languageForName(QStringView name);

    /**
     * Highlights @p code. With @p state, starts in that state and leaves the state at the end
     * of @p code in it.
     */
    [[nodiscard]] static QString toHtml(QStringView code, Language language,
                                        const CodePalette &palette, State *state = nullptr);
};
