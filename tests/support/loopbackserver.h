// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "fixtures.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

/**
 * @brief A scripted HTTP/1.1 server on 127.0.0.1 for network tests and demos.
 *
 * Runs in the caller's thread on a raw QTcpServer (no QHttpServer: its streaming API differs
 * between Qt 6.4 and later). Every request is recorded and answered with the next scripted
 * Response of a FIFO queue; with an empty queue the fallback responder answers, or a 500.
 * Connections are kept alive, so several requests may arrive on one connection.
 */
class LoopbackServer : public QObject
{
    Q_OBJECT

public:
    using Headers = Fixtures::Headers;

    /** One received request. */
    struct Request
    {
        QByteArray method;
        QByteArray target; /**< path and query, as on the request line */
        QByteArray version;
        Headers headers;
        QByteArray body;
        int connection = 0;      /**< serial number of the TCP connection, from 1 */
        qint64 receivedAtMs = 0; /**< since the server was created */

        QByteArray header(QByteArrayView name) const
        {
            return Fixtures::headerValue(headers, name);
        }
        bool hasHeader(QByteArrayView name) const;
        /** The target without its query. */
        QByteArray path() const;
        /** The body parsed as a JSON object (empty if it is none). */
        QJsonObject json() const;
    };

    /** A scripted answer. */
    struct Response
    {
        enum class End {
            Normal, /**< chunked terminator (or the full Content-Length), connection kept */
            /** Reset the connection (RST) once the pieces are delivered, without the chunked
                terminator: a transport error in the middle of the body. (Qt 6.4's HTTP client
                occasionally reports such a cut after a complete chunk as a clean end.) */
            Abort,
            Stall, /**< send the pieces, then nothing, keeping the connection open */
            Close, /**< close the connection (FIN) after the pieces, without the terminator */
        };

        int status = 200;
        QByteArray reason; /**< empty: the standard phrase for the status */
        Headers headers;
        QByteArrayList pieces;
        int delayMs = 0;     /**< pause before each piece */
        QList<int> delaysMs; /**< per-piece pauses; where given they replace delayMs */
        int headDelayMs = 0; /**< pause before the status line */
        bool chunked = true; /**< Transfer-Encoding: chunked, one HTTP chunk per piece */
        End end = End::Normal;
        /** Sent every trickleIntervalMs after the pieces until the client goes (0: off). */
        QByteArray trickle;
        int trickleIntervalMs = 0;

        Response &withHeader(const QByteArray &name, const QByteArray &value);
        QByteArray header(QByteArrayView name) const
        {
            return Fixtures::headerValue(headers, name);
        }
        QByteArray body() const { return pieces.join(); }

        /**
         * A fixture transcript: `.sse`/`.ndjson` as a 200 stream, `.http` with its own status
         * and headers minus `X-Replay-*` (honouring `X-Replay-End: abort|stall` and
         * `X-Replay-Chunking`). @p chunking overrides the file's spec; default `events`.
         * An unreadable file gives a 500 whose body names the problem.
         */
        static Response fromFixtureFile(const QString &path, QStringView chunking = {});
        /** An SSE stream of `data: <payload>` events, one piece per event. */
        static Response sse(const QByteArrayList &dataPayloads, int delayMs = 0);
        /** A stream of raw pieces with the given content type. */
        static Response stream(const QByteArrayList &pieces, const QByteArray &contentType,
                               int delayMs = 0);
        /** A complete body with Content-Length. */
        static Response full(int status, const QByteArray &body,
                             const QByteArray &contentType = "application/json");
        static Response redirect(int status, const QByteArray &location);
    };

    using Responder = std::function<Response(const Request &)>;

    /** Listens on 127.0.0.1:@p port (0: any free port). */
    explicit LoopbackServer(QObject *parent = nullptr, quint16 port = 0);
    ~LoopbackServer() override;

    bool isListening() const { return m_server.isListening(); }
    QString errorString() const { return m_server.errorString(); }
    quint16 port() const { return m_server.serverPort(); }
    /** `http://127.0.0.1:PORT` followed by @p path. */
    QUrl url(QStringView path = {}) const;

    void enqueue(const Response &response);
    int pendingResponses() const { return int(m_queue.size()); }
    /** Drops the scripted responses not used yet. */
    void clearQueue() { m_queue.clear(); }
    /** Answers requests the queue has nothing left for. */
    void setFallback(Responder responder) { m_fallback = std::move(responder); }

    const QList<Request> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int connectionCount() const { return m_connectionSerial; }
    int openConnections() const;
    int disconnectCount() const { return m_disconnects; }
    /** Bytes the sockets handed to the operating system. */
    qint64 bytesSent() const { return m_bytesSent; }
    /** Pieces written so far (all responses). */
    qint64 piecesSent() const { return m_piecesSent; }

Q_SIGNALS:
    void requestReceived(int index);
    /** A client connection closed (by either side). */
    void clientDisconnected();
    void pieceSent(qint64 total);

private:
    class Connection;

    void onNewConnection();
    void onReadyRead(Connection *connection);
    void startNext(Connection *connection);
    void writeHead(Connection *connection);
    void writePieces(Connection *connection);
    void endBody(Connection *connection);
    void write(Connection *connection, const QByteArray &bytes);
    void writeFramed(Connection *connection, const QByteArray &bytes);
    void resetConnection(Connection *connection);
    void onDisconnected(Connection *connection);

    QTcpServer m_server;
    QList<Connection *> m_connections;
    QList<Response> m_queue;
    QList<Request> m_requests;
    Responder m_fallback;
    QElapsedTimer m_clock;
    int m_connectionSerial = 0;
    int m_disconnects = 0;
    qint64 m_bytesSent = 0;
    qint64 m_piecesSent = 0;
};
