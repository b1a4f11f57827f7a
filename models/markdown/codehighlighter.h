// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "codelanguages.h"
#include "codelexer.h"
#include "codetoken.h"

#include <QString>
#include <QStringView>
#include <QVariantMap>

#include <array>

/**
 * @brief The colours of code tokens, as `#rgb` or `#rrggbb` strings, by token class.
 *
 * The colours live in the theme (qml/ui/Theme.qml); the view hands them in through
 * MarkdownStream::codeColors. A class without a colour, and every class of an empty palette,
 * stays plain.
 */
class CodePalette
{
public:
    /**
     * Reads the colours keyed by codeTokenName() (e.g. {"keyword": "#cf222e"}). A name that is
     * missing, or whose value is not `#rgb`/`#rrggbb`, leaves its class plain.
     */
    [[nodiscard]] static CodePalette fromVariantMap(const QVariantMap &colors);

    /** The colour of @p token; empty for none. */
    const QString &color(CodeToken token) const { return m_colors[size_t(token)]; }
    /** No class has a colour: code comes out plain. */
    bool isEmpty() const;

    bool operator==(const CodePalette &) const = default;

private:
    std::array<QString, kCodeTokenCount> m_colors;
};

/**
 * @brief Turns code into Qt rich-text HTML: CodeLexer's runs, each in a span of its colour.
 *
 * The output contains only `<span style="color:…">` tags (comments also in italics) around
 * HTML-escaped text: no images, no links, no url(), so it is safe in a RichText view. The
 * caller wraps it in a `<pre>`.
 */
class CodeHighlighter
{
public:
    CodeHighlighter() = delete;

    /**
     * Highlights @p code with the colours of @p palette. With @p state, starts in that state
     * and leaves the state at the end of @p code in it (see CodeLexer).
     */
    [[nodiscard]] static QString toHtml(QStringView code, CodeLanguage language,
                                        const CodePalette &palette,
                                        CodeLexer::State *state = nullptr);
    /** @p code as HTML-escaped text without any span: what toHtml() gives with no colours. */
    [[nodiscard]] static QString plainHtml(QStringView code);
};
