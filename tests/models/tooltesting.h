// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Test support for models/tools: the user's MCP servers in a temporary settings file with an
// in-memory keychain, and confab-fake-mcp (with --trace, so its log shows every method it
// received) as a server.

#include "mcpclient.h"
#include "secretstore.h"
#include "settingsfile.h"
#include "toolservers.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class ToolFixture
{
public:
    ToolFixture()
        : m_file(m_dir.filePath(u"confab.conf"_s))
    {
        makeServers();
    }

    /** A new ToolServers over the same file and keychain (Confab started again). */
    void makeServers()
    {
        m_servers.reset();
        m_servers = std::make_unique<ToolServers>(&m_file, &m_keychain, &m_network);
        McpClientOptions options;
        options.discoverProbeTimeoutMs = 2000;
        options.shutdownGraceMs = 500;
        m_servers->setClientOptions(options);
    }

    ToolServers *servers() { return m_servers.get(); }
    MemorySecretStore *keychain() { return &m_keychain; }
    SettingsFile *file() { return &m_file; }
    QNetworkAccessManager *network() { return &m_network; }

    /** A confab-fake-mcp server named @p name, enabled; not confirmed yet. */
    QString addFake(const QString &name = u"fake"_s, const QStringList &extra = {})
    {
        ToolServer server;
        server.name = name;
        server.command = QStringLiteral(CONFAB_FAKE_MCP);
        server.arguments = QStringList{u"--trace"_s} + extra;
        server.enabled = true;
        return m_servers->addServer(server, {});
    }

    /** addFake(), confirmed and ready. */
    QString readyFake(const QString &name = u"fake"_s, const QStringList &extra = {})
    {
        const QString id = addFake(name, extra);
        if (!QTest::qWaitFor(
                [&] { return m_servers->state(id) == ToolServerEnums::State::NeedsConfirmation; }))
            qWarning("the fake server never asked for confirmation");
        m_servers->confirmLaunch(id);
        if (!QTest::qWaitFor([&] { return m_servers->state(id) == ToolServerEnums::State::Ready; },
                             10'000))
            qWarning("the fake server never became ready: %s", qPrintable(m_servers->logOf(id)));
        return id;
    }

    /** Waits until the server has handled every message sent before: its log then shows them
     * all (it handles messages in order and traces each before answering). */
    bool settle(const QString &id)
    {
        McpClient *client = m_servers->client(id);
        if (!client)
            return false;
        const qsizetype before = m_servers->logOf(id).count(u"recv tools/list"_s);
        client->refreshTools();
        return QTest::qWaitFor(
            [&] { return m_servers->logOf(id).count(u"recv tools/list"_s) > before; });
    }

private:
    QTemporaryDir m_dir;
    SettingsFile m_file;
    MemorySecretStore m_keychain;
    QNetworkAccessManager m_network;
    std::unique_ptr<ToolServers> m_servers;
};
