// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <string_view>

/** @brief UTF-8 HTML text as the Markdown emitter writes it: escaping, entities, code points. */
namespace HtmlText {

inline constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD"; // U+FFFD

/** Appends @p text with &, <, >, " and ' escaped, and NUL replaced by U+FFFD. */
void appendEscaped(QByteArray &out, std::string_view text);

/** Appends @p literal (HTML already) as it is. */
inline void appendLiteral(QByteArray &out, std::string_view literal)
{
    out.append(literal.data(), qsizetype(literal.size()));
}

/** Appends @p codePoint as UTF-8; 0, surrogates and values past U+10FFFF become U+FFFD. */
void appendUtf8(QByteArray &out, char32_t codePoint);

/**
 * Decodes an entity as md4c reports it ("&amp;", "&#123;", "&#x1F600;") and appends its UTF-8
 * (not escaped) to @p out. Returns false, appending nothing, for an unknown or malformed entity.
 * Named entities: the common single-code-point ones of HTML.
 */
[[nodiscard]] bool decodeEntity(std::string_view entity, QByteArray &out);

/** @p bytes as a string_view. */
inline std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

} // namespace HtmlText
