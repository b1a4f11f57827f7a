// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

/**
 * @brief The 2026-07-28 Streamable HTTP request headers that mirror the body: Mcp-Name and the
 * Mcp-Param-* headers a tool asks for with `x-mcp-header` in its input schema.
 */
namespace McpHeaders {
/**
 * A header value for @p value: as is when it is plain visible ASCII (inner spaces allowed),
 * else `=?base64?<base64 of UTF-8>?=` (non-ASCII, control characters, leading or trailing
 * whitespace, or a value that looks like the sentinel itself).
 */
QByteArray encodeValue(const QString &value);

/** True when @p name is an HTTP token (RFC 9110 tchar+). */
bool isToken(const QString &name);

/**
 * Checks every `x-mcp-header` in @p inputSchema: a non-empty token, unique (ignoring case),
 * on a string, integer or boolean property reached from the root through `properties` only.
 * On failure returns false and says why in @p why (for the log). A tool that fails must be
 * dropped from the list on HTTP.
 */
bool validateToolHeaders(const QJsonObject &inputSchema, QString *why);

/** The `Mcp-Param-*` headers for calling a tool with @p inputSchema with @p arguments
 * (absent or null values give no header). Assumes validateToolHeaders() passed. */
QList<std::pair<QByteArray, QByteArray>> paramHeaders(const QJsonObject &inputSchema,
                                                      const QJsonObject &arguments);
} // namespace McpHeaders
