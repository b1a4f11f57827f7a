// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "mcptypes.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

/**
 * @brief Checks for approving tools: hidden characters in what a tool tells the model, and a
 * fingerprint that changes when the server changes what the user approved.
 */
namespace McpToolAudit {
/** One suspicious character. */
struct HiddenChar
{
    QString where;    /**< "description", "inputSchema.properties.path.description" … */
    qsizetype offset; /**< in UTF-16 code units within that text */
    char32_t codePoint;
    Mcp::HiddenKind kind;
};

/** The kind of @p codePoint when it hides text, or false. */
bool classify(char32_t codePoint, Mcp::HiddenKind *kind);

/** Every hidden character in @p text, tagged with @p where. */
QList<HiddenChar> findHiddenText(QStringView text, const QString &where = {});

/**
 * Every hidden character in what the model and the user see of @p tool: name, title,
 * description, and every key and string of its input schema, output schema and annotations.
 */
QList<HiddenChar> findHiddenText(const McpTool &tool);

/** "U+200B ZERO WIDTH SPACE"-style label for people (the name is English, as Unicode's). */
QString describe(char32_t codePoint);

/**
 * Canonical JSON: object members sorted by their UTF-16 keys (as RFC 8785), no whitespace,
 * strings with only the mandatory escapes, integral numbers without a fraction. Equal JSON
 * values give equal bytes, whatever their key order on the wire.
 */
QByteArray canonicalJson(const QJsonValue &value);

/**
 * SHA-256 (hex) of the canonical JSON of {name, description, inputSchema, annotations}: store
 * it when the user approves a tool, compare on each listing, ask again when it differs.
 */
QByteArray fingerprint(const McpTool &tool);
} // namespace McpToolAudit
