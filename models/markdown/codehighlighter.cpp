// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "codehighlighter.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/** Writes runs as escaped HTML, each class in a span of its colour (none for no colour). */
class Emitter : public CodeLexer::Sink
{
public:
    explicit Emitter(const CodePalette &palette, qsizetype sizeHint)
        : m_palette(palette)
    {
        m_out.reserve(sizeHint + sizeHint / 2 + 16);
    }

    void add(QStringView text, CodeToken token) override
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
        m_token = CodeToken::Plain;
        return std::move(m_out);
    }

private:
    void openSpan()
    {
        const QString &color = m_palette.color(m_token);
        m_spanOpen = m_token != CodeToken::Plain && !color.isEmpty();
        if (!m_spanOpen)
            return;
        m_out += "<span style=\"color:"_L1 + color;
        if (m_token == CodeToken::Comment)
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
    CodeToken m_token = CodeToken::Plain;
    bool m_spanOpen = false;
};

} // namespace

CodePalette CodePalette::fromVariantMap(const QVariantMap &colors)
{
    static const QRegularExpression valid(u"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"_s);
    CodePalette p;
    for (int i = 1; i < kCodeTokenCount; ++i) { // Plain has no colour
        const auto it = colors.constFind(codeTokenName(CodeToken(i)));
        if (it == colors.constEnd())
            continue;
        // A QML color arrives as QColor; its string form is #rrggbb (or #aarrggbb).
        const QString value = it->toString();
        if (valid.match(value).hasMatch())
            p.m_colors[size_t(i)] = value;
    }
    return p;
}

bool CodePalette::isEmpty() const
{
    return std::all_of(m_colors.begin(), m_colors.end(),
                       [](const QString &color) { return color.isEmpty(); });
}

QString CodeHighlighter::toHtml(QStringView code, CodeLanguage language, const CodePalette &palette,
                                CodeLexer::State *state)
{
    CodeLexer::State local;
    Emitter out(palette, code.size());
    CodeLexer::lex(code, language, out, state ? *state : local);
    return out.take();
}

QString CodeHighlighter::plainHtml(QStringView code)
{
    const CodePalette none;
    Emitter out(none, code.size());
    out.add(code, CodeToken::Plain);
    return out.take();
}
