// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "mcprpc.h"
#include "mcptoolcall.h"
#include "mcptypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class McpTransport;
class HttpTransport;

/**
 * @brief A client for one MCP server: connection, version negotiation, tools, calls.
 *
 * Protocol layer only (QtCore + QtNetwork): no approvals, no UI. Everything runs on the thread
 * that owns the object and nothing blocks, so a stuck server never freezes the window.
 *
 * Lifecycle: connectToServer() goes Idle → Connecting → Ready (or Failed, with error()).
 * Connecting starts the process (stdio) and negotiates the protocol as the 2026-07-28
 * versioning rules say (ProtocolPreference::Auto):
 * - stdio: `server/discover` first; a DiscoverResult or a -32022 error means a modern server;
 *   any other error, or no answer within discoverProbeTimeoutMs, means a legacy one, which gets
 *   `initialize` (2025-11-25, accepting 2025-06-18, 2025-03-26 and 2024-11-05) and
 *   `notifications/initialized`.
 * - HTTP: a modern `server/discover` POST; a 4xx whose body is not a modern error (or a
 *   JSON-RPC error such as -32601) falls back to `initialize`.
 * Once Ready the tool list is fetched (autoListTools) and fetched again on
 * `notifications/tools/list_changed` (legacy: on the main channel or the GET stream; modern:
 * through a `subscriptions/listen` request kept open while the server declares
 * tools.listChanged). close() ends it: stdio closes stdin, then SIGTERM, then SIGKILL; legacy
 * HTTP sends DELETE for the session. A legacy HTTP session that expires (404, or server
 * -everything's 400) is initialized again once, and the request is sent again.
 *
 * Logging (category confab.mcp): states, methods, request ids and tool names only. Header
 * values, environment values, tool arguments and results are never logged.
 *
 * Phase 2 builds on this: the tool loop calls callTool() after the user approved, feeds
 * McpToolResult::forModel() to the model and keeps result() for the user; the Tools page shows
 * state(), error(), serverInfo(), tools() and log(); approvals compare
 * McpToolAudit::fingerprint() and show McpToolAudit::findHiddenText().
 */
class McpClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Mcp::State state READ state NOTIFY stateChanged FINAL)

public:
    using Handler = std::function<void(const McpRpcOutcome &)>;

    /** @p network is the app's one manager (needed for HTTP servers only). */
    McpClient(const McpServerConfig &config, QNetworkAccessManager *network,
              const McpClientOptions &options = {}, QObject *parent = nullptr);
    ~McpClient() override;

    const McpServerConfig &config() const { return m_config; }
    const McpClientOptions &options() const { return m_options; }
    Mcp::State state() const { return m_state; }
    /** Why the client is Failed (None otherwise). */
    const McpError &error() const { return m_error; }
    Mcp::Era era() const { return m_era; }
    const McpServerInfo &serverInfo() const { return m_serverInfo; }

    /** The last complete tool list (tools the client must drop are already gone). */
    const QList<McpTool> &tools() const { return m_tools; }
    bool hasToolList() const { return m_hasToolList; }
    /** True while tools/list runs (the list changed and a newer one is on its way). */
    bool isListingTools() const { return m_listing; }
    const McpTool *findTool(const QString &name) const;

    /** The server's log: stderr lines and notifications/message, the newest last. */
    const QList<McpLogLine> &log() const { return m_log; }

    /** Starts (or restarts after Closed/Failed) the connection. */
    void connectToServer();
    /** Closes gracefully; pending requests end with ErrorKind::Closed. */
    void close();
    /** Fetches the tool list again (all pages); toolsChanged() or toolListFailed() follows. */
    void refreshTools();

    /**
     * Calls a tool. Never returns null; a call made while not Ready finishes at once (queued)
     * with NotConnected. The caller owns the object.
     */
    McpToolCall *callTool(const QString &name, const QJsonObject &arguments = {},
                          const McpCallOptions &options = {});

    /**
     * A raw request after the handshake (resources, prompts … for later phases): the modern
     * `_meta` is added, input_required with only a requestState is retried, and a legacy
     * session that expired is renewed. @p handler gets exactly one outcome.
     */
    void request(const QString &method, const QJsonObject &params, Handler handler,
                 const McpRpcOptions &options = {});

    /** The process id of a stdio server (0 otherwise); for diagnostics and tests. */
    qint64 processId() const;

Q_SIGNALS:
    void stateChanged(Mcp::State state);
    void toolsChanged();
    void toolListFailed(const McpError &error);
    void logLineAdded(const McpLogLine &line);
    /** Every notification from the server, after the client handled it. */
    void notificationReceived(const QString &method, const QJsonObject &params);

private:
    friend class McpToolCall;

    struct Outgoing
    {
        QString method;
        QJsonObject params;
        McpRpcOptions options;
        Handler handler;
        std::shared_ptr<McpDetail::RequestHandle> handle;
        bool renewedSession = false;
        int inputRetries = 0;
    };

    void setState(Mcp::State state);
    void fail(const McpError &error);
    void teardown();
    void onTransportOpened();
    void onTransportClosed(const McpError &error);
    void onNotification(const QString &method, const QJsonObject &params);
    void appendLog(Mcp::LogSource source, const QString &text, const QString &level = {});

    QJsonObject withMeta(QJsonObject params) const;
    qint64 handshakeRequest(const QString &method, const QJsonObject &params, int timeoutMs,
                            std::function<void(const McpRpcOutcome &)> handler);
    void probeModern();
    void onDiscover(const McpRpcOutcome &outcome);
    void initializeLegacy(bool renewal);
    void onInitialize(const McpRpcOutcome &outcome, bool renewal);
    void becomeReady();
    void renewSession();

    void send(Outgoing request);
    void onOutcome(Outgoing request, const McpRpcOutcome &outcome);
    void cancelRequest(const std::shared_ptr<McpDetail::RequestHandle> &handle,
                       const QString &reason);
    void finishCall(McpToolCall *call, const McpRpcOutcome &outcome);

    void listPage(const QString &cursor);
    void startSubscription();
    HttpTransport *http() const;

    McpServerConfig m_config;
    McpClientOptions m_options;
    QPointer<QNetworkAccessManager> m_network;
    McpTransport *m_transport = nullptr;
    McpRpcSession *m_session = nullptr;
    Mcp::State m_state = Mcp::State::Idle;
    Mcp::Era m_era = Mcp::Era::Unknown;
    McpError m_error;
    McpServerInfo m_serverInfo;
    quint64 m_generation = 0;

    QList<McpTool> m_tools;
    QList<McpTool> m_pendingTools;
    QStringList m_seenCursors;
    bool m_hasToolList = false;
    bool m_listing = false;
    bool m_listAgain = false;

    QList<McpLogLine> m_log;
    QHash<qint64, QPointer<McpToolCall>> m_calls; // by progress token
    qint64 m_nextToken = 1;

    bool m_renewing = false;
    QList<Outgoing> m_waiting; // requests waiting for a renewed session

    std::shared_ptr<McpDetail::RequestHandle> m_subscription;
    int m_subscriptionFailures = 0;
    QTimer m_subscriptionRetry;
};
