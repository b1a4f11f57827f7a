// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "mcptypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

#include <utility>

/** One JSON-RPC message on its way out, with what HTTP needs to put in headers. */
struct McpOutgoing
{
    enum class Kind { Request, Notification, Response };
    Kind kind = Kind::Request;
    QJsonValue id;   /**< requests and responses */
    QString method;  /**< requests and notifications */
    QString name;    /**< params.name or params.uri (Mcp-Name on modern HTTP) */
    QByteArray body; /**< compact JSON, no newline */
    /** Extra headers for modern HTTP (Mcp-Param-*); values may echo tool arguments. */
    QList<std::pair<QByteArray, QByteArray>> headers;
};

/**
 * @brief Carries JSON-RPC messages to and from one MCP server.
 *
 * The contract, for stdio and Streamable HTTP alike:
 * - open() starts the process (stdio) or does nothing (HTTP); opened() or closed() follows.
 * - send() never blocks and never fails synchronously: a failure comes back as
 *   requestFailed() (one request, e.g. an HTTP error for its POST) or closed() (everything).
 * - messageReceived() delivers each parsed JSON-RPC object, in order; batches are split.
 * - requestEnded() tells the transport that a request has its outcome, so per-request
 *   resources (an HTTP response stream, a resumption) can go.
 * - closed() is emitted once, after which nothing else is.
 */
class McpTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual Mcp::Transport kind() const = 0;
    virtual void open() = 0;
    virtual void send(const McpOutgoing &message) = 0;
    /**
     * The caller gave up on request @p id (cancelled, timed out). stdio sends
     * notifications/cancelled; legacy HTTP posts it and drops the response stream; modern
     * HTTP closes the response stream, which is the cancellation there.
     */
    virtual void cancelRequest(const QJsonValue &id, const QString &reason) = 0;
    virtual void requestEnded(const QJsonValue &id) { Q_UNUSED(id); }
    /** Graceful shutdown; closed() follows (with no error). */
    virtual void close() = 0;
    virtual bool isOpen() const = 0;

    /** The negotiated era and version, for the headers HTTP sends. */
    virtual void setProtocol(Mcp::Era era, const QString &version)
    {
        m_era = era;
        m_version = version;
    }
    Mcp::Era era() const { return m_era; }
    QString protocolVersion() const { return m_version; }

Q_SIGNALS:
    void opened();
    void messageReceived(const QJsonObject &message);
    /** Request @p id cannot get a response (HTTP status, broken stream, oversized message). */
    void requestFailed(const QJsonValue &id, const McpError &error);
    /** A line of the server's log (stdio stderr), already cut to a sane length. */
    void logLine(const QString &line);
    /** Terminal: the transport is gone. @p error is None after a close() that went well. */
    void closed(const McpError &error);

protected:
    Mcp::Era m_era = Mcp::Era::Unknown;
    QString m_version;
};
