// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "mcpconfigfile.h"
#include "toolapprovals.h"
#include "toolcatalog.h"
#include "toollistmodel.h"
#include "toolsecrets.h"
#include "toolserverdraft.h"
#include "toolserverlistmodel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QVariantMap>

#include <optional>

class McpClient;
class QNetworkAccessManager;
class SettingsFile;

/**
 * @brief The user's MCP servers: their configuration (settings file and keychain), their
 * connections, their tools, and the rules around launching them.
 *
 * - Nothing is launched that the user has not enabled, and nothing whose launch (command,
 *   arguments, environment and working folder; or URL and headers) the user has not
 *   confirmed as it is now: an enabled server with an unconfirmed or changed launch waits in
 *   NeedsConfirmation until confirmLaunch(). Importing never enables anything.
 * - startEnabled() (at start-up) connects the enabled, confirmed servers.
 * - catalog() gives the tools a conversation may offer: those of ready servers, minus the
 *   tools the user turned off and those that need MCP tasks.
 * - Tool approvals and fingerprints are in approvals().
 */
class ToolServers : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ToolServerListModel *servers READ servers CONSTANT FINAL)
    /** The server being added or edited on the Tools page. */
    Q_PROPERTY(ToolServerDraft *draft READ draft CONSTANT FINAL)
    /** Why secrets are kept for this session only; empty while the keychain works. */
    Q_PROPERTY(QString secretsWarning READ secretsWarning NOTIFY secretsWarningChanged FINAL)

public:
    using State = ToolServerEnums::State;

    ToolServers(SettingsFile *file, SecretStore *keychain, QNetworkAccessManager *network,
                QObject *parent = nullptr);
    ~ToolServers() override;

    ToolServerListModel *servers() { return &m_servers; }
    ToolServerDraft *draft() { return m_draft; }
    ToolApprovals *approvals() { return &m_approvals; }
    ToolSecrets *secrets() { return &m_secrets; }
    QString secretsWarning() const { return m_secrets.warning(); }
    /** The MCP client options every connection gets (tests shorten the time limits). */
    void setClientOptions(const McpClientOptions &options) { m_options = options; }

    /** Connects every enabled server whose launch was confirmed (at start-up). */
    void startEnabled();
    /** Closes every connection (at quit). */
    void closeAll();

    /** Adds @p server (a new id when it has none) and returns its id. */
    QString addServer(ToolServer server, const ToolServerSecrets &secrets);
    /** Replaces the configuration of @p server.id; a running server restarts, and a changed
     * launch needs confirming again. The confirmation kept in @p secrets is ignored. */
    void updateServer(const ToolServer &server, const ToolServerSecrets &secrets);
    Q_INVOKABLE void removeServer(const QString &serverId);
    Q_INVOKABLE void setEnabled(const QString &serverId, bool enabled);
    /** Every tool of @p serverId runs without asking. */
    Q_INVOKABLE void setTrusted(const QString &serverId, bool trusted);
    Q_INVOKABLE void setToolEnabled(const QString &serverId, const QString &tool, bool enabled);
    Q_INVOKABLE void revokeAlways(const QString &serverId, const QString &tool);
    /** Closes and connects @p serverId again (after confirmation where needed). */
    Q_INVOKABLE void restart(const QString &serverId);
    /** The user saw launchDetails() and confirmed them: connects. */
    Q_INVOKABLE void confirmLaunch(const QString &serverId);
    /**
     * What connecting @p serverId runs, for the confirmation: name, http (bool), command,
     * arguments (list), environment ("NAME=value" list), workingDirectory, url, headers (names),
     * changes (a diff from the launch confirmed before; empty for a first launch).
     */
    Q_INVOKABLE QVariantMap launchDetails(const QString &serverId) const;
    /** The tools of @p serverId for the Tools page (owned here). */
    Q_INVOKABLE ToolListModel *toolsOf(const QString &serverId);
    /** The server's log (stderr, notifications), oldest first, one line each. */
    Q_INVOKABLE QString logOf(const QString &serverId) const;
    /** The configuration of @p serverId (its secrets are in secrets()). */
    std::optional<ToolServer> server(const QString &serverId) const;
    /** The user approved @p tool of @p serverId (for good when @p always): its fingerprint is
     * kept (ToolApprovals) and the Tools page shows it. */
    void recordApproval(const QString &serverId, const McpTool &tool, bool always);

    /** Adds the servers of an mcpServers file (none enabled); returns what was found. */
    McpConfigImport importJson(const QByteArray &json);
    /** importJson() from a file; a summary for people. */
    Q_INVOKABLE QString importFile(const QUrl &file);
    /** Writes every server as an mcpServers file (no secrets); an error for people, or empty. */
    Q_INVOKABLE QString exportFile(const QUrl &file) const;

    /** The tools a request may offer: of every enabled server, or of @p selection only. */
    ToolCatalog catalog(const std::optional<QStringList> &selection = std::nullopt) const;
    /** The connection of @p serverId, null when it has none. */
    McpClient *client(const QString &serverId) const;
    State state(const QString &serverId) const;
    /** Starts @p serverId if it is enabled and not running (after confirmation). */
    void ensureStarted(const QString &serverId);

Q_SIGNALS:
    /** A server's tools (or their approval state) changed. */
    void toolsChanged(const QString &serverId);
    void stateChanged(const QString &serverId, ToolServerEnums::State state);
    void logChanged(const QString &serverId);
    void secretsWarningChanged();

private:
    void load();
    void save() const;
    void connectServer(const ToolServer &server, const ToolServerSecrets &secrets);
    void dropClient(const QString &serverId);
    void onClientState(const QString &serverId);
    void refreshTools(const QString &serverId);
    void setState(const QString &serverId, State state, const QString &error = {});
    static QString launchDescription(const ToolServer &server, const ToolServerSecrets &secrets);

    SettingsFile *m_file;
    QPointer<QNetworkAccessManager> m_network;
    ToolServerListModel m_servers;
    ToolApprovals m_approvals;
    ToolSecrets m_secrets;
    McpClientOptions m_options;
    QHash<QString, McpClient *> m_clients;
    QHash<QString, ToolListModel *> m_toolLists;
    QSet<QString> m_startWhenLoaded;
    ToolServerDraft *m_draft = nullptr;
};
