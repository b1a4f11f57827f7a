// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "toolserver.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

/** @brief One server read from an `mcpServers` file: its configuration, its secrets and
 * what the user should know about it (a transport Confab does not speak, placeholders …). */
struct ImportedServer
{
    ToolServer server; /**< never enabled: an import launches nothing */
    ToolServerSecrets secrets;
    QStringList notes;
};

/** @brief What an import found. */
struct McpConfigImport
{
    QList<ImportedServer> servers;
    QStringList skipped; /**< entries that could not be used, one sentence each */
    QString error;       /**< the whole file could not be read; empty otherwise */
};

/**
 * @brief The `mcpServers` JSON that Claude Desktop, Claude Code, Cursor, LM Studio, Windsurf,
 * Cline and VS Code (`servers`) keep their MCP servers in.
 *
 * Reading is tolerant: `mcpServers`, `servers` or `mcp.servers`; a `command` means stdio and a
 * `url`, `serverUrl` or `httpUrl` means HTTP; the transport may be spelt in `type`,
 * `transport` or `transportType` as stdio, http, streamable-http, streamableHttp,
 * streamable_http or sse (an SSE server is tried with Streamable HTTP, and says so). Values of
 * `env` and `headers` become secrets. Writing gives `mcpServers` with every environment and
 * header value left empty: secrets never leave the keychain.
 */
namespace McpConfigFile {
McpConfigImport parse(const QByteArray &json);
QByteArray write(const QList<ToolServer> &servers);
} // namespace McpConfigFile
