// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "mcptransport.h"
#include "mcptypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

/** The terminal outcome of one JSON-RPC request: a result, or an error of a typed kind. */
struct McpRpcOutcome
{
    QJsonValue result; /**< the "result" member (an object for every MCP method) */
    McpError error;    /**< kind None on success */
    bool ok() const { return !error.isError(); }
};

/** Per-request knobs. */
struct McpRpcOptions
{
    int timeoutMs = -1; /**< -1: the session's default; 0: none (subscriptions/listen) */
    /** touch() (a progress notification) restarts the timeout, but never past this. */
    qint64 maxDurationMs = 0;
    QString name; /**< params.name / params.uri, for the Mcp-Name header */
    QList<std::pair<QByteArray, QByteArray>> headers; /**< Mcp-Param-* */
};

/**
 * @brief JSON-RPC 2.0 over an McpTransport: ids, pending requests, timeouts, dispatch.
 *
 * Each request gets exactly one outcome, delivered once to its handler: the result, a JSON-RPC
 * error, Timeout, Cancelled, or the transport's closing error. Handlers are never called from
 * inside sendRequest(); a handler may send new requests. Responses whose id is not pending are
 * dropped with a log line. Server-to-client requests: `ping` is answered, registered methods go
 * to their handler, anything else gets -32601 (method not found).
 */
class McpRpcSession : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const McpRpcOutcome &)>;
    /** Answers a server request: call session->respond() / respondError() with @p id. */
    using RequestHandler = std::function<void(const QJsonValue &id, const QJsonObject &params)>;

    explicit McpRpcSession(McpTransport *transport, QObject *parent = nullptr);
    ~McpRpcSession() override;

    void setDefaultTimeoutMs(int ms) { m_defaultTimeoutMs = ms; }

    /** Sends a request; returns its id. @p handler gets the one outcome, later. */
    qint64 sendRequest(const QString &method, const QJsonObject &params, Handler handler,
                       const McpRpcOptions &options = {});
    void sendNotification(const QString &method, const QJsonObject &params = {});
    /** Ends request @p id with Cancelled (the handler is told) and lets the transport tell the
     * server. False when it was not pending. */
    bool cancel(qint64 id, const QString &reason);
    /** Ends request @p id silently (its handler is not called) and tells the server. */
    bool abandon(qint64 id, const QString &reason);
    /** Restarts request @p id's timeout (progress arrived), within its maxDurationMs. */
    void touch(qint64 id);
    bool isPending(qint64 id) const { return m_pending.contains(id); }
    int pendingCount() const { return int(m_pending.size()); }
    /** Ends every pending request with @p error (the transport closed, say). */
    void failAll(const McpError &error);

    void setRequestHandler(const QString &method, RequestHandler handler);
    void respond(const QJsonValue &id, const QJsonValue &result);
    void respondError(const QJsonValue &id, int code, const QString &message);

    McpTransport *transport() const { return m_transport; }

Q_SIGNALS:
    void notificationReceived(const QString &method, const QJsonObject &params);
    /** A message that is not JSON-RPC (logged; the caller decides whether it is fatal). */
    void protocolViolation(const QString &what);

private:
    struct Pending
    {
        QString method;
        Handler handler;
        std::unique_ptr<QTimer> timer;
        QElapsedTimer clock;
        int timeoutMs = 0;
        qint64 maxDurationMs = 0;
    };

    void onMessage(const QJsonObject &message);
    void onRequestFailed(const QJsonValue &id, const McpError &error);
    void onTransportClosed(const McpError &error);
    void onResponse(const QJsonObject &message);
    void onServerRequest(const QJsonObject &message);
    void onTimeout(qint64 id);
    /** Removes @p id and hands @p outcome to its handler (queued when @p queued). */
    void finish(qint64 id, const McpRpcOutcome &outcome, bool queued = false);
    void rememberFinished(qint64 id);

    QPointer<McpTransport> m_transport;
    QHash<qint64, Pending *> m_pending;
    QHash<QString, RequestHandler> m_requestHandlers;
    QSet<qint64> m_recentlyFinished; // late answers to these are expected, not suspicious
    qint64 m_nextId = 1;
    int m_defaultTimeoutMs = 120'000;
    bool m_closed = false;
    McpError m_closeError;
};
