// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "mcptransport.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class SseFramer;

/**
 * @brief MCP over Streamable HTTP, through the app's one QNetworkAccessManager.
 *
 * Every message is its own POST (`Accept: application/json, text/event-stream`); the answer is
 * one JSON body or an SSE stream carrying notifications, server requests (legacy) and then the
 * response. What differs by era (setProtocol()):
 * - Legacy (2025-03-26 … 2025-11-25): `Mcp-Session-Id` from the initialize response is sent
 *   back on every request; `MCP-Protocol-Version` after initialize; startListening() opens the
 *   GET stream for server messages (405 means the server has none); a response stream that
 *   breaks before its response is resumed with a GET carrying `Last-Event-ID`, after the
 *   server's `retry:` delay; a cancel posts notifications/cancelled; close() sends DELETE.
 *   A 404 (or a 400 that names the session) to a request that carried the session id fails
 *   it with SessionExpired, so the client can initialize again.
 * - Modern (2026-07-28): `MCP-Protocol-Version`, `Mcp-Method`, `Mcp-Name` and the request's
 *   `Mcp-Param-*` headers; no session, GET, DELETE or resumption; closing a response stream is
 *   the cancellation.
 * Redirects are followed only within the origin (the configured headers may hold secrets, and
 * are never logged). Error bodies of 4xx answers are read, so a JSON-RPC error in them (a
 * modern -32022, say) reaches the request as an Rpc error with its HTTP status.
 */
class HttpTransport : public McpTransport
{
    Q_OBJECT

public:
    HttpTransport(const McpServerConfig &config, const McpClientOptions &options,
                  QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HttpTransport() override;

    Mcp::Transport kind() const override { return Mcp::Transport::Http; }
    void open() override;
    void send(const McpOutgoing &message) override;
    void cancelRequest(const QJsonValue &id, const QString &reason) override;
    void requestEnded(const QJsonValue &id) override;
    void close() override;
    bool isOpen() const override { return m_open && !m_closing; }

    QByteArray sessionId() const { return m_sessionId; }
    /** Forgets the session (before initializing again) and stops the GET stream. */
    void resetSession();
    /** Legacy: opens the GET stream for server-initiated messages. */
    void startListening();
    /** False once the server answered the GET stream with 405. */
    bool serverStreamSupported() const { return m_getSupported; }

private:
    struct Stream
    {
        enum class Role { Post, Listen, Resume, Delete };
        Role role = Role::Post;
        quint64 serial = 0;
        QPointer<QNetworkReply> reply;
        McpOutgoing::Kind kind = McpOutgoing::Kind::Request;
        QJsonValue requestId; /**< Post: the request it carries; Resume: the one it resumes */
        QString method;
        bool sentSession = false;
        int status = 0;
        bool sse = false;
        bool errorBody = false;
        std::unique_ptr<SseFramer> framer;
        QByteArray body;
        QByteArray lastEventId;
        qint64 retryMs = -1;
        qint64 bytes = 0;
        bool gotResponse = false;
        int resumeAttempts = 0;
    };

    QNetworkRequest makeRequest(bool isPost) const;
    Stream *startStream(Stream::Role role, QNetworkReply *reply);
    void onMetaData(quint64 serial);
    void onReadyRead(quint64 serial);
    void onFinished(quint64 serial);
    void onRedirected(quint64 serial, const QUrl &url);
    /** Feeds body bytes; false when the stream was dropped meanwhile. */
    bool consume(quint64 serial, const QByteArray &data);
    /** Parses one JSON text (a body or an SSE data field) and delivers it; false when the
     * stream was dropped meanwhile. */
    bool deliver(quint64 serial, const QByteArray &json);
    void finishPost(Stream *stream);
    void finishListen(Stream *stream);
    void scheduleResume(const QJsonValue &requestId, const QByteArray &lastEventId, qint64 retryMs,
                        int attempts);
    McpError errorFor(const Stream *stream) const;
    void failStream(quint64 serial, const McpError &error);
    Stream *find(quint64 serial) const;
    void drop(quint64 serial);
    void dropAll();
    void finishClose();

    McpServerConfig m_config;
    McpClientOptions m_options;
    QPointer<QNetworkAccessManager> m_network;
    QHash<quint64, Stream *> m_streams;
    quint64 m_nextSerial = 1;
    QByteArray m_sessionId;
    QByteArray m_listenLastEventId;
    int m_listenFailures = 0;
    QTimer m_listenRetry;
    QTimer m_closeTimer;
    bool m_getSupported = true;
    bool m_listening = false;
    bool m_open = false;
    bool m_closing = false;
    bool m_closedEmitted = false;
};
