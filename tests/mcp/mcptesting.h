// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the MCP tests: where the fake and the npm servers are, and small waits.

#include "mcpclient.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace McpTesting {
using namespace Qt::StringLiterals;

inline const QString kFakeServer = QStringLiteral(CONFAB_FAKE_MCP);

/** A stdio config for confab-fake-mcp with @p args. */
inline McpServerConfig fakeConfig(const QStringList &args = {})
{
    McpServerConfig config;
    config.transport = Mcp::Transport::Stdio;
    config.name = u"fake"_s;
    config.program = kFakeServer;
    config.arguments = args;
    return config;
}

/** Fast limits for tests that wait for a timeout on purpose. */
inline McpClientOptions quickOptions()
{
    McpClientOptions options;
    options.requestTimeoutMs = 10'000;
    options.handshakeTimeoutMs = 10'000;
    options.discoverProbeTimeoutMs = 2000;
    options.shutdownGraceMs = 500;
    return options;
}

/** Waits until @p client leaves Connecting; true when it is Ready. */
inline bool waitReady(McpClient &client, int timeoutMs = 15'000)
{
    (void)QTest::qWaitFor([&] { return client.state() != Mcp::State::Connecting; }, timeoutMs);
    return client.state() == Mcp::State::Ready;
}

/** Waits for the first complete tool list. */
inline bool waitTools(McpClient &client, int timeoutMs = 15'000)
{
    (void)QTest::qWaitFor(
        [&] { return client.hasToolList() || client.state() == Mcp::State::Failed; }, timeoutMs);
    return client.hasToolList();
}

/** Runs a tool call to its end. */
inline std::unique_ptr<McpToolCall> call(McpClient &client, const QString &tool,
                                         const QJsonObject &arguments = {},
                                         const McpCallOptions &options = {}, int timeoutMs = 15'000)
{
    std::unique_ptr<McpToolCall> c(client.callTool(tool, arguments, options));
    QSignalSpy finished(c.get(), &McpToolCall::finished);
    if (c->isRunning() && !finished.wait(timeoutMs))
        qWarning("tool call %s did not finish", qPrintable(tool));
    return c;
}

inline QString firstText(const McpToolCall &call)
{
    for (const McpContent &c : call.result().content) {
        if (c.type == Mcp::ContentType::Text)
            return c.text;
    }
    return {};
}

/** True when the server log holds a line containing @p text. */
inline bool logHas(const McpClient &client, const QString &text)
{
    for (const McpLogLine &line : client.log()) {
        if (line.text.contains(text))
            return true;
    }
    return false;
}

/**
 * The npm prefix holding the reference servers (tools/dev.sh test installs them): the
 * CONFAB_MCP_SERVERS_DIR environment variable, else the build's cache variable. Empty when
 * they are missing.
 */
inline QString serversDir()
{
    QString dir = qEnvironmentVariable("CONFAB_MCP_SERVERS_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(CONFAB_MCP_SERVERS_DIR);
    const QString everything =
        dir + u"/node_modules/@modelcontextprotocol/server-everything/dist/index.js"_s;
    return QFileInfo::exists(everything) ? dir : QString();
}

/** In CI (CI set, or CONFAB_REQUIRE_MCP_SERVERS=1 as tools/dev.sh sets it there) a missing server
 * is an error, not a reason to skip. */
inline bool inCi()
{
    if (qEnvironmentVariable("CONFAB_REQUIRE_MCP_SERVERS") == "1"_L1)
        return true;
    const QString ci = qEnvironmentVariable("CI");
    return !ci.isEmpty() && ci != "0"_L1 && ci.compare("false"_L1, Qt::CaseInsensitive) != 0;
}

inline QString nodeProgram()
{
    return QStandardPaths::findExecutable(u"node"_s);
}
} // namespace McpTesting

/** Skips (outside CI) or fails (in CI) when node or the npm servers are missing. */
#define MCP_REQUIRE_SERVERS()                                                                      \
    do {                                                                                           \
        if (McpTesting::nodeProgram().isEmpty() || McpTesting::serversDir().isEmpty()) {           \
            const char *why = "node or the MCP reference servers are missing: run "                \
                              "'npm install --prefix <build>/mcp-servers --save-exact "            \
                              "@modelcontextprotocol/server-everything@2026.8.31 "                 \
                              "@modelcontextprotocol/server-filesystem@2026.8.31' (tools/dev.sh "  \
                              "test does) or set CONFAB_MCP_SERVERS_DIR";                          \
            if (McpTesting::inCi())                                                                \
                QFAIL(why);                                                                        \
            QSKIP(why);                                                                            \
        }                                                                                          \
    } while (false)
