// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1StringView>
#include <QtGlobal>

/**
 * @brief The classes of code tokens that the highlighter tells apart.
 *
 * The lexer (CodeLexer) sorts code into runs of one class; the highlighter (CodeHighlighter)
 * gives each class the colour it was handed. Colours are keyed by codeTokenName(), the names
 * that the theme's code colour maps use (qml/ui/Theme.qml).
 */
enum class CodeToken : quint8 {
    Plain,        /**< everything else; never coloured */
    Keyword,      /**< reserved words, literals such as true/null */
    Type,         /**< built-in and capitalised type names */
    String,       /**< string and character literals */
    Number,       /**< numbers, CSS colours and units, entities */
    Comment,      /**< comments (also shown in italics) */
    Function,     /**< a name followed by "(", Rust macros */
    Preprocessor, /**< C preprocessor lines, decorators, annotations, diff hunks */
    Tag,          /**< markup tags, CSS selectors */
    Attribute,    /**< markup attributes, JSON/YAML keys, CSS properties */
    Variable,     /**< shell $variables, YAML anchors */
    Inserted,     /**< diff: added lines */
    Deleted,      /**< diff: removed lines */
    Meta,         /**< diff: file headers; YAML document markers */
};

/** How many token classes there are (Plain included). */
inline constexpr int kCodeTokenCount = int(CodeToken::Meta) + 1;

/** The name of @p token's colour ("keyword", "string", …); empty for Plain. */
inline QLatin1StringView codeTokenName(CodeToken token)
{
    static constexpr const char *kNames[kCodeTokenCount] = {
        "",         "keyword",  "type",         "string", "number",
        "comment",  "function", "preprocessor", "tag",    "attribute",
        "variable", "inserted", "deleted",      "meta",
    };
    return QLatin1StringView(kNames[int(token)]);
}
