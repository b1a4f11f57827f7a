// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCoreApplication;

/**
 * `confab-cli mcp …`: talks to one MCP server from the terminal.
 *
 *   confab-cli mcp list (--stdio "CMD ARGS" | --url URL) [options]
 *   confab-cli mcp call (--stdio "CMD ARGS" | --url URL) [options] TOOL [JSON|-]
 *
 * `list` prints the server's tools (`--json`: one JSON object with the server and its tools as
 * received); `call` prints the tool's result as JSON. Exit status: 0 done, 1 the connection or
 * the call failed or the tool reported an error (isError), 2 bad usage, 130 interrupted (the
 * call is cancelled first). A chat turn's `--mcp-stdio` / `--mcp-url` are in clitools.h.
 */
namespace McpCli {
/** True when the command line asks for the mcp subcommand (`confab-cli mcp …`). */
bool wanted(int argc, char *argv[]);
/** Runs it; returns the process exit status. */
int run(QCoreApplication &app);
/** Server text for a terminal: control characters (escape sequences!) become U+FFFD. */
QString terminalSafe(const QString &text);
} // namespace McpCli
