// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "loopbackserver.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 301:
        return "Moved Permanently"_ba;
    case 302:
        return "Found"_ba;
    case 307:
        return "Temporary Redirect"_ba;
    case 308:
        return "Permanent Redirect"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 408:
        return "Request Timeout"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 529:
        return "Site Overloaded"_ba;
    default:
        return "Status"_ba;
    }
}

bool isFramingHeader(QByteArrayView name)
{
    return name.compare("content-length", Qt::CaseInsensitive) == 0 ||
           name.compare("transfer-encoding", Qt::CaseInsensitive) == 0 ||
           name.compare("connection", Qt::CaseInsensitive) == 0;
}

LoopbackServer::Response errorResponse(const QString &message)
{
    const QJsonObject error{{"message"_L1, message}, {"type"_L1, "loopback_server_error"_L1}};
    return LoopbackServer::Response::full(
        500, QJsonDocument(QJsonObject{{"error"_L1, error}}).toJson(QJsonDocument::Compact));
}
} // namespace

// ---- Request / Response ----

bool LoopbackServer::Request::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray LoopbackServer::Request::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.first(query);
}

QJsonObject LoopbackServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

LoopbackServer::Response &LoopbackServer::Response::withHeader(const QByteArray &name,
                                                               const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

LoopbackServer::Response LoopbackServer::Response::fromFixtureFile(const QString &path,
                                                                   QStringView chunking)
{
    Fixtures::Format format;
    if (!Fixtures::formatForPath(path, &format))
        return errorResponse(u"not a fixture transcript: "_s + path);
    bool ok = false;
    const QByteArray raw = Fixtures::readFile(path, &ok);
    if (!ok)
        return errorResponse(u"cannot read "_s + path);

    Response response;
    QByteArray body;
    QString spec = chunking.toString();
    Fixtures::Format bodyFormat = format;
    if (format == Fixtures::Format::Http) {
        const Fixtures::HttpMessage message = Fixtures::parseHttp(raw);
        if (!message.valid)
            return errorResponse(u"malformed HTTP fixture: "_s + path);
        response.status = message.status;
        response.reason = message.reason;
        for (const auto &[name, value] : message.headers) {
            if (name.toLower().startsWith("x-replay-")) {
                const QByteArray directive = name.toLower();
                const QByteArray v = value.toLower();
                if (directive == "x-replay-end") {
                    if (v == "abort")
                        response.end = End::Abort;
                    else if (v == "stall")
                        response.end = End::Stall;
                    else if (v == "close")
                        response.end = End::Close;
                } else if (directive == "x-replay-chunking" && spec.isEmpty()) {
                    spec = QString::fromLatin1(value);
                }
                continue;
            }
            if (isFramingHeader(name))
                continue;
            response.headers.append({name, value});
        }
        body = message.body;
        const QByteArray type = response.header("content-type").toLower();
        const bool ndjson = type.startsWith("application/x-ndjson");
        const bool isStream = ndjson || type.startsWith("text/event-stream");
        bodyFormat = ndjson ? Fixtures::Format::Ndjson : Fixtures::Format::Sse;
        response.chunked = isStream || response.end != End::Normal;
        if (spec.isEmpty())
            spec = isStream ? u"events"_s : u"whole"_s;
    } else {
        body = raw;
        response.headers.append({"Content-Type"_ba, format == Fixtures::Format::Ndjson
                                                        ? "application/x-ndjson"_ba
                                                        : "text/event-stream; charset=utf-8"_ba});
        if (spec.isEmpty())
            spec = u"events"_s;
    }
    const Fixtures::Chunking pieces = Fixtures::chunk(body, spec, bodyFormat);
    response.pieces = pieces.pieces;
    response.delaysMs = pieces.delaysMs;
    return response;
}

LoopbackServer::Response LoopbackServer::Response::sse(const QByteArrayList &dataPayloads,
                                                       int delayMs)
{
    QByteArrayList pieces;
    for (const QByteArray &payload : dataPayloads)
        pieces.append("data: " + payload + "\n\n");
    return stream(pieces, "text/event-stream; charset=utf-8"_ba, delayMs);
}

LoopbackServer::Response LoopbackServer::Response::stream(const QByteArrayList &pieces,
                                                          const QByteArray &contentType,
                                                          int delayMs)
{
    Response response;
    response.headers.append({"Content-Type"_ba, contentType});
    response.pieces = pieces;
    response.delayMs = delayMs;
    response.chunked = true;
    return response;
}

LoopbackServer::Response LoopbackServer::Response::full(int status, const QByteArray &body,
                                                        const QByteArray &contentType)
{
    Response response;
    response.status = status;
    response.headers.append({"Content-Type"_ba, contentType});
    if (!body.isEmpty())
        response.pieces.append(body);
    response.chunked = false;
    return response;
}

LoopbackServer::Response LoopbackServer::Response::redirect(int status, const QByteArray &location)
{
    Response response = full(status, {}, "text/plain"_ba);
    response.headers.append({"Location"_ba, location});
    return response;
}

// ---- Connection ----

class LoopbackServer::Connection : public QObject
{
public:
    Connection(QTcpSocket *s, int serial, QObject *parent)
        : QObject(parent)
        , socket(s)
        , id(serial)
    {
        socket->setParent(this);
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, this, [this] {
            if (gone || !action)
                return;
            const std::function<void()> run = action; // the action may replace itself
            run();
        });
    }

    void schedule(int ms, std::function<void()> next, bool repeat = false)
    {
        action = std::move(next);
        timer.setSingleShot(!repeat);
        timer.start(ms);
    }

    QTcpSocket *socket;
    const int id;
    QTimer timer;
    std::function<void()> action;
    QByteArray input;
    QList<int> pending; // requests waiting for their answer
    Response response;
    qsizetype nextPiece = 0;
    bool delayDone = false;
    bool busy = false;
    bool closeAfter = false;
    bool abortWhenDrained = false;
    int resetPolls = 0;
    bool gone = false;
};

// ---- LoopbackServer ----

LoopbackServer::LoopbackServer(QObject *parent, quint16 port)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, port);
}

LoopbackServer::~LoopbackServer()
{
    m_server.close();
    const QList<Connection *> connections = m_connections;
    m_connections.clear();
    for (Connection *connection : connections) {
        connection->gone = true;
        connection->timer.stop();
        connection->socket->disconnect();
        connection->socket->abort();
        delete connection;
    }
}

QUrl LoopbackServer::url(QStringView path) const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(port()) + path);
}

void LoopbackServer::enqueue(const Response &response)
{
    m_queue.append(response);
}

int LoopbackServer::openConnections() const
{
    return int(m_connections.size());
}

void LoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *connection = new Connection(socket, ++m_connectionSerial, this);
        m_connections.append(connection);
        connect(socket, &QTcpSocket::readyRead, connection,
                [this, connection] { onReadyRead(connection); });
        connect(socket, &QTcpSocket::disconnected, connection,
                [this, connection] { onDisconnected(connection); });
        connect(socket, &QTcpSocket::bytesWritten, connection, [this, connection](qint64 n) {
            m_bytesSent += n;
            if (connection->abortWhenDrained && connection->socket->bytesToWrite() == 0) {
                connection->abortWhenDrained = false;
                resetConnection(connection);
            }
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(connection);
    }
}

void LoopbackServer::onReadyRead(Connection *c)
{
    if (c->gone)
        return;
    c->input.append(c->socket->readAll());
    for (;;) {
        // Tolerate stray CRLFs between requests (RFC 9112 §2.2).
        while (c->input.startsWith("\r\n"))
            c->input.remove(0, 2);
        const qsizetype headEnd = c->input.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        Request request;
        request.connection = c->id;
        const QList<QByteArray> lines = c->input.first(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        request.version = requestLine.value(2);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append(
                    {line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
        }
        bool ok = false;
        const qsizetype length = request.header("content-length").toLongLong(&ok);
        const qsizetype bodyStart = headEnd + 4;
        const qsizetype bodyLength = ok && length > 0 ? length : 0;
        if (c->input.size() < bodyStart + bodyLength)
            return; // wait for the rest of the body
        request.body = c->input.sliced(bodyStart, bodyLength);
        c->input.remove(0, bodyStart + bodyLength);
        request.receivedAtMs = m_clock.elapsed();

        m_requests.append(request);
        const int index = int(m_requests.size() - 1);
        c->pending.append(index);
        Q_EMIT requestReceived(index);
        if (c->gone)
            return;
        if (!c->busy)
            startNext(c);
        if (c->gone)
            return;
    }
}

void LoopbackServer::startNext(Connection *c)
{
    if (c->gone || c->busy || c->pending.isEmpty())
        return;
    const Request request = m_requests.at(c->pending.takeFirst());
    if (!m_queue.isEmpty())
        c->response = m_queue.takeFirst();
    else if (m_fallback)
        c->response = m_fallback(request);
    else
        c->response = errorResponse(u"LoopbackServer: no scripted response left"_s);
    c->busy = true;
    c->nextPiece = 0;
    c->delayDone = false;
    const Response &r = c->response;
    c->closeAfter = request.header("connection").compare("close", Qt::CaseInsensitive) == 0 ||
                    (!r.chunked && r.end != Response::End::Normal) || r.end == Response::End::Close;
    if (r.headDelayMs > 0)
        c->schedule(r.headDelayMs, [this, c] { writeHead(c); });
    else
        writeHead(c);
}

void LoopbackServer::writeHead(Connection *c)
{
    const Response &r = c->response;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' +
                      (r.reason.isEmpty() ? reasonPhrase(r.status) : r.reason) + "\r\n";
    for (const auto &[name, value] : r.headers) {
        if (!isFramingHeader(name))
            head += name + ": " + value + "\r\n";
    }
    if (r.chunked) {
        head += "Transfer-Encoding: chunked\r\n";
    } else if (r.end == Response::End::Normal) {
        qsizetype length = 0;
        for (const QByteArray &piece : r.pieces)
            length += piece.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    if (c->closeAfter)
        head += "Connection: close\r\n";
    head += "\r\n";
    write(c, head);
    writePieces(c);
}

void LoopbackServer::writePieces(Connection *c)
{
    const Response &r = c->response;
    while (!c->gone && c->nextPiece < r.pieces.size()) {
        const qsizetype i = c->nextPiece;
        const int delay = i < r.delaysMs.size() ? r.delaysMs.at(i) : r.delayMs;
        if (delay > 0 && !c->delayDone) {
            c->delayDone = true;
            c->schedule(delay, [this, c] { writePieces(c); });
            return;
        }
        c->delayDone = false;
        ++c->nextPiece;
        writeFramed(c, r.pieces.at(i));
        ++m_piecesSent;
        Q_EMIT pieceSent(m_piecesSent);
    }
    if (!c->gone)
        endBody(c);
}

void LoopbackServer::endBody(Connection *c)
{
    const Response &r = c->response;
    if (r.trickleIntervalMs > 0 && !r.trickle.isEmpty()) {
        c->schedule(
            r.trickleIntervalMs, [this, c] { writeFramed(c, c->response.trickle); }, true);
        return;
    }
    switch (r.end) {
    case Response::End::Normal:
        if (r.chunked)
            write(c, "0\r\n\r\n"_ba);
        c->busy = false;
        if (c->closeAfter)
            c->socket->disconnectFromHost();
        else
            startNext(c);
        return;
    case Response::End::Abort:
        resetConnection(c);
        return;
    case Response::End::Stall:
        return;
    case Response::End::Close:
        c->socket->disconnectFromHost();
        return;
    }
}

void LoopbackServer::write(Connection *c, const QByteArray &bytes)
{
    if (!c->gone && !bytes.isEmpty())
        c->socket->write(bytes);
}

void LoopbackServer::writeFramed(Connection *c, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return; // an empty HTTP chunk would end the body
    if (c->response.chunked)
        write(c, QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    else
        write(c, bytes);
}

void LoopbackServer::resetConnection(Connection *c)
{
    if (c->gone)
        return;
    if (c->socket->bytesToWrite() > 0) {
        c->abortWhenDrained = true; // called again from bytesWritten
        return;
    }
#ifdef Q_OS_UNIX
    const int fd = int(c->socket->socketDescriptor());
#ifdef TIOCOUTQ
    // A reset discards what the kernel has not sent yet: wait until the client has it all.
    int unsent = 0;
    if (fd >= 0 && ::ioctl(fd, TIOCOUTQ, &unsent) == 0 && unsent > 0 && c->resetPolls++ < 5000) {
        c->schedule(1, [this, c] { resetConnection(c); });
        return;
    }
#endif
    if (fd >= 0) {
        const linger reset{1, 0}; // close() now sends RST instead of FIN
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    }
#endif
    c->socket->abort();
}

void LoopbackServer::onDisconnected(Connection *c)
{
    if (c->gone)
        return;
    c->gone = true;
    c->timer.stop();
    m_connections.removeOne(c);
    ++m_disconnects;
    c->deleteLater();
    Q_EMIT clientDisconnected();
}
