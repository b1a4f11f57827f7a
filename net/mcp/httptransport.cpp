// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "httptransport.h"

#include "mcpheaders.h"
#include "networkaccess.h"
#include "sseframer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kReadBufferBytes = 256 * 1024;
constexpr qint64 kReadChunkBytes = 64 * 1024;
constexpr qsizetype kMaxErrorBody = 64 * 1024;
constexpr int kDefaultRetryMs = 1000;
constexpr int kMaxResumeAttempts = 3;
constexpr int kMaxListenFailures = 3;

bool isVisibleAscii(const QByteArray &value)
{
    if (value.isEmpty() || value.size() > 256)
        return false;
    for (const char c : value) {
        if (c < 0x21 || c > 0x7E)
            return false;
    }
    return true;
}

qint64 idKey(const QJsonValue &id)
{
    return id.isDouble() ? qint64(id.toDouble()) : -1;
}

bool sameId(const QJsonValue &a, const QJsonValue &b)
{
    return a.isDouble() && b.isDouble() && a.toDouble() == b.toDouble();
}
} // namespace

HttpTransport::HttpTransport(const McpServerConfig &config, const McpClientOptions &options,
                             QNetworkAccessManager *network, QObject *parent)
    : McpTransport(parent)
    , m_config(config)
    , m_options(options)
    , m_network(network)
{
    m_listenRetry.setSingleShot(true);
    connect(&m_listenRetry, &QTimer::timeout, this, &HttpTransport::startListening);
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, &HttpTransport::finishClose);
}

HttpTransport::~HttpTransport()
{
    dropAll();
}

void HttpTransport::open()
{
    const QUrl &url = m_config.url;
    const bool valid = url.isValid() && !url.host().isEmpty() &&
                       (url.scheme() == "http"_L1 || url.scheme() == "https"_L1);
    if (!valid || !m_network) {
        m_closedEmitted = true;
        const McpError error = McpError::make(
            Mcp::ErrorKind::FailedToStart, tr("The server address is not an http or https URL."));
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT closed(error); }, Qt::QueuedConnection);
        return;
    }
    m_open = true;
    QMetaObject::invokeMethod(this, &HttpTransport::opened, Qt::QueuedConnection);
}

QNetworkRequest HttpTransport::makeRequest(bool isPost) const
{
    QNetworkRequest request(m_config.url);
    NetworkAccess::prepareRequest(request);
    for (const auto &[name, value] : m_config.headers)
        request.setRawHeader(name, value);
    if (isPost) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("Accept"_ba, "application/json, text/event-stream"_ba);
    } else {
        request.setRawHeader("Accept"_ba, "text/event-stream"_ba);
    }
    if (m_era == Mcp::Era::Legacy && !m_sessionId.isEmpty())
        request.setRawHeader("Mcp-Session-Id"_ba, m_sessionId);
    if (m_era != Mcp::Era::Unknown && !m_version.isEmpty())
        request.setRawHeader("MCP-Protocol-Version"_ba, m_version.toLatin1());
    return request;
}

HttpTransport::Stream *HttpTransport::startStream(Stream::Role role, QNetworkReply *reply)
{
    auto *stream = new Stream;
    stream->role = role;
    stream->serial = m_nextSerial++;
    stream->reply = reply;
    stream->sentSession = m_era == Mcp::Era::Legacy && !m_sessionId.isEmpty();
    m_streams.insert(stream->serial, stream);
    const quint64 serial = stream->serial;
    reply->setReadBufferSize(kReadBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, serial] { onMetaData(serial); });
    connect(reply, &QNetworkReply::readyRead, this, [this, serial] { onReadyRead(serial); });
    connect(reply, &QNetworkReply::finished, this, [this, serial] { onFinished(serial); });
    connect(reply, &QNetworkReply::redirected, this,
            [this, serial](const QUrl &url) { onRedirected(serial, url); });
    return stream;
}

void HttpTransport::send(const McpOutgoing &message)
{
    if (!m_open || m_closedEmitted || !m_network)
        return;
    if (m_closing && message.method != "notifications/cancelled"_L1)
        return;
    QNetworkRequest request = makeRequest(true);
    if (m_era == Mcp::Era::Modern && message.kind != McpOutgoing::Kind::Response) {
        request.setRawHeader("Mcp-Method"_ba, message.method.toLatin1());
        if (!message.name.isEmpty())
            request.setRawHeader("Mcp-Name"_ba, McpHeaders::encodeValue(message.name));
        for (const auto &[name, value] : message.headers)
            request.setRawHeader(name, value);
    }
    Stream *stream = startStream(Stream::Role::Post, m_network->post(request, message.body));
    stream->kind = message.kind;
    stream->requestId = message.id;
    stream->method = message.method;
}

void HttpTransport::cancelRequest(const QJsonValue &id, const QString &reason)
{
    if (m_era == Mcp::Era::Modern)
        return; // closing the response stream (requestEnded) is the cancellation
    QJsonObject params{{"requestId"_L1, id}};
    if (!reason.isEmpty())
        params.insert("reason"_L1, reason);
    McpOutgoing out;
    out.kind = McpOutgoing::Kind::Notification;
    out.method = u"notifications/cancelled"_s;
    out.body =
        QJsonDocument(
            QJsonObject{{"jsonrpc"_L1, "2.0"_L1}, {"method"_L1, out.method}, {"params"_L1, params}})
            .toJson(QJsonDocument::Compact);
    send(out);
}

void HttpTransport::requestEnded(const QJsonValue &id)
{
    const QList<Stream *> streams = m_streams.values();
    for (Stream *s : streams) {
        if ((s->role == Stream::Role::Post || s->role == Stream::Role::Resume) &&
            s->kind == McpOutgoing::Kind::Request && sameId(s->requestId, id))
            drop(s->serial);
    }
}

void HttpTransport::resetSession()
{
    m_sessionId.clear();
    m_listenLastEventId.clear();
    m_listenRetry.stop();
    m_listening = false;
    const QList<Stream *> streams = m_streams.values();
    for (Stream *s : streams) {
        if (s->role == Stream::Role::Listen)
            drop(s->serial);
    }
}

void HttpTransport::startListening()
{
    if (m_era != Mcp::Era::Legacy || !m_getSupported || m_closing || m_closedEmitted || !m_network)
        return;
    for (const Stream *s : std::as_const(m_streams)) {
        if (s->role == Stream::Role::Listen)
            return;
    }
    QNetworkRequest request = makeRequest(false);
    if (!m_listenLastEventId.isEmpty())
        request.setRawHeader("Last-Event-ID"_ba, m_listenLastEventId);
    m_listening = true;
    startStream(Stream::Role::Listen, m_network->get(request));
}

void HttpTransport::scheduleResume(const QJsonValue &requestId, const QByteArray &lastEventId,
                                   qint64 retryMs, int attempts)
{
    const int delay = int(std::clamp<qint64>(retryMs < 0 ? kDefaultRetryMs : retryMs, 0, 60'000));
    qCInfo(lcMcp) << "response stream of request" << idKey(requestId) << "broke; resuming in"
                  << delay << "ms";
    QTimer::singleShot(delay, this, [this, requestId, lastEventId, attempts] {
        if (m_closing || m_closedEmitted || !m_network)
            return;
        QNetworkRequest request = makeRequest(false);
        request.setRawHeader("Last-Event-ID"_ba, lastEventId);
        Stream *stream = startStream(Stream::Role::Resume, m_network->get(request));
        stream->requestId = requestId;
        stream->lastEventId = lastEventId;
        stream->resumeAttempts = attempts + 1;
    });
    // requestEnded() cannot find a stream while the timer runs; a resumed stream for a request
    // that ended meanwhile delivers a response the session drops as late, and is closed then.
}

HttpTransport::Stream *HttpTransport::find(quint64 serial) const
{
    return m_streams.value(serial);
}

void HttpTransport::drop(quint64 serial)
{
    Stream *stream = m_streams.take(serial);
    if (!stream)
        return;
    NetworkAccess::discardReply(stream->reply, this);
    delete stream;
}

void HttpTransport::dropAll()
{
    const QList<quint64> serials = m_streams.keys();
    for (const quint64 serial : serials)
        drop(serial);
}

void HttpTransport::onMetaData(quint64 serial)
{
    Stream *s = find(serial);
    if (!s || !s->reply || s->status != 0)
        return;
    const QVariant status = s->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    const int code = status.toInt();
    if (code >= 300 && code < 400)
        return; // onRedirected decides
    s->status = code;
    if (code < 200 || code >= 300) {
        s->errorBody = true;
        return;
    }
    const QByteArray session = s->reply->rawHeader("Mcp-Session-Id"_ba);
    if (m_era != Mcp::Era::Modern && !session.isEmpty() && session != m_sessionId) {
        if (isVisibleAscii(session)) {
            const bool first = m_sessionId.isEmpty();
            m_sessionId = session;
            qCInfo(lcMcp) << (first ? "session started" : "session replaced");
        } else {
            qCWarning(lcMcp) << "ignored a session id that is not visible ASCII";
        }
    }
    const QByteArray type =
        s->reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    if (type.startsWith("text/event-stream")) {
        s->sse = true;
        s->framer = std::make_unique<SseFramer>(m_options.maxMessageBytes);
    }
}

void HttpTransport::onReadyRead(quint64 serial)
{
    Stream *s = find(serial);
    if (!s || !s->reply)
        return;
    if (s->status == 0)
        onMetaData(serial);
    for (;;) {
        s = find(serial);
        if (!s || !s->reply || s->reply->bytesAvailable() <= 0)
            return;
        if (!consume(serial, s->reply->read(kReadChunkBytes)))
            return;
    }
}

bool HttpTransport::consume(quint64 serial, const QByteArray &data)
{
    Stream *s = find(serial);
    if (!s)
        return false;
    s->bytes += data.size();
    if (s->errorBody || s->status == 0) {
        s->body.append(data.first(std::min(data.size(), kMaxErrorBody - s->body.size())));
        return true;
    }
    if (!s->sse) {
        if (s->body.size() + data.size() > m_options.maxMessageBytes) {
            failStream(serial, McpError::make(Mcp::ErrorKind::MessageTooLarge,
                                              tr("The server's answer is larger than %1 MB.")
                                                  .arg(m_options.maxMessageBytes / (1024 * 1024))));
            return false;
        }
        s->body.append(data);
        return true;
    }
    s->framer->append(data);
    SseEvent event;
    while (s->framer->nextEvent(&event)) {
        s->retryMs = s->framer->retryMs();
        if (!event.id.isEmpty()) {
            s->lastEventId = event.id;
            if (s->role == Stream::Role::Listen) {
                m_listenLastEventId = event.id;
                m_listenFailures = 0;
            }
        }
        if (event.data.trimmed().isEmpty())
            continue; // the priming event of 2025-11-25
        if (!event.type.isEmpty() && event.type != "message")
            continue;
        if (!deliver(serial, event.data))
            return false;
        s = find(serial);
        if (!s)
            return false;
    }
    s->retryMs = s->framer->retryMs();
    if (s->framer->overflowed()) {
        failStream(serial, McpError::make(Mcp::ErrorKind::MessageTooLarge,
                                          tr("The server sent an event larger than %1 MB.")
                                              .arg(m_options.maxMessageBytes / (1024 * 1024))));
        return false;
    }
    return true;
}

bool HttpTransport::deliver(quint64 serial, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || (!doc.isObject() && !doc.isArray())) {
        failStream(serial, McpError::make(Mcp::ErrorKind::Protocol,
                                          tr("The server sent something that is not JSON-RPC."),
                                          QString::fromUtf8(json.left(80))));
        return false;
    }
    QList<QJsonObject> messages;
    if (doc.isObject()) {
        messages.append(doc.object());
    } else {
        for (const QJsonValue &v : doc.array()) {
            if (v.isObject())
                messages.append(v.toObject());
        }
    }
    for (const QJsonObject &message : std::as_const(messages)) {
        Stream *s = find(serial);
        if (!s)
            return false;
        if (!message.contains("method"_L1) && sameId(message.value("id"_L1), s->requestId))
            s->gotResponse = true;
        if (s->role == Stream::Role::Resume && s->gotResponse) {
            // The resumed stream stays open on some servers: the response ends it for us.
            drop(serial);
            Q_EMIT messageReceived(message);
            return false;
        }
        Q_EMIT messageReceived(message);
    }
    return find(serial) != nullptr;
}

void HttpTransport::onRedirected(quint64 serial, const QUrl &url)
{
    Stream *s = find(serial);
    if (!s || !s->reply)
        return;
    s->status = 0;
    if (NetworkAccess::allowSameOriginRedirect(s->reply, url))
        return;
    failStream(serial, McpError::make(Mcp::ErrorKind::Redirect,
                                      tr("The server redirected to another site (%1); Confab "
                                         "does not follow it, as the request may carry secrets.")
                                          .arg(url.host())));
}

void HttpTransport::failStream(quint64 serial, const McpError &error)
{
    Stream *s = find(serial);
    if (!s)
        return;
    const bool forRequest = s->kind == McpOutgoing::Kind::Request &&
                            (s->role == Stream::Role::Post || s->role == Stream::Role::Resume);
    const QJsonValue id = s->requestId;
    if (s->role == Stream::Role::Listen)
        m_listening = false;
    drop(serial);
    if (forRequest)
        Q_EMIT requestFailed(id, error);
    else
        qCWarning(lcMcp) << "stream failed:" << error.kind << error.message;
}

McpError HttpTransport::errorFor(const Stream *s) const
{
    McpError e;
    e.httpStatus = s->status;
    QJsonObject rpc;
    const QJsonDocument doc = QJsonDocument::fromJson(s->body);
    if (doc.isObject())
        rpc = doc.object().value("error"_L1).toObject();
    const QString rpcMessage = rpc.value("message"_L1).toString();
    const bool namesSession = rpcMessage.contains("session"_L1, Qt::CaseInsensitive) ||
                              rpc.value("code"_L1).toInt() == -32001;
    if (s->sentSession && (s->status == 404 || (s->status == 400 && namesSession))) {
        e.kind = Mcp::ErrorKind::SessionExpired;
        e.message = tr("The server's session has ended.");
        e.detail = rpcMessage;
    } else if (s->status == 401 || s->status == 403) {
        e.kind = Mcp::ErrorKind::Auth;
        e.message = tr("The server refused access (HTTP %1). Check the headers configured for "
                       "it, such as Authorization.")
                        .arg(s->status);
        e.detail = rpcMessage;
    } else if (!rpc.isEmpty()) {
        e.kind = Mcp::ErrorKind::Rpc;
        e.code = rpc.value("code"_L1).toInt();
        e.detail = rpcMessage;
        e.data = rpc.value("data"_L1);
        e.message = tr("The server answered with an error (HTTP %1, %2): %3")
                        .arg(s->status)
                        .arg(e.code)
                        .arg(rpcMessage.left(500));
    } else {
        e.kind = Mcp::ErrorKind::Http;
        e.message = tr("The server answered with HTTP %1.").arg(s->status);
        e.detail = QString::fromUtf8(s->body.left(500));
    }
    return e;
}

void HttpTransport::onFinished(quint64 serial)
{
    Stream *s = find(serial);
    if (!s || !s->reply)
        return;
    if (s->status == 0)
        onMetaData(serial);
    while ((s = find(serial)) && s->reply && s->reply->bytesAvailable() > 0) {
        if (!consume(serial, s->reply->read(kReadChunkBytes)))
            return;
    }
    if (!(s = find(serial)))
        return;
    switch (s->role) {
    case Stream::Role::Post:
    case Stream::Role::Resume:
        finishPost(s);
        break;
    case Stream::Role::Listen:
        finishListen(s);
        break;
    case Stream::Role::Delete:
        qCInfo(lcMcp) << "session ended, HTTP" << s->status;
        drop(serial);
        finishClose();
        return;
    }
    drop(serial);
}

void HttpTransport::finishPost(Stream *s)
{
    const quint64 serial = s->serial;
    const bool isRequest = s->kind == McpOutgoing::Kind::Request;
    const QJsonValue id = s->requestId;
    if (s->status == 0) {
        const McpError error =
            McpError::make(Mcp::ErrorKind::Network,
                           tr("Could not reach the server: %1").arg(s->reply->errorString()));
        if (isRequest)
            Q_EMIT requestFailed(id, error);
        else
            qCWarning(lcMcp) << "could not deliver" << s->method << ":" << error.message;
        return;
    }
    if (s->errorBody) {
        const McpError error = errorFor(s);
        if (s->role == Stream::Role::Resume) {
            Q_EMIT requestFailed(id, McpError::make(Mcp::ErrorKind::Network,
                                                    tr("The connection broke and the server "
                                                       "could not resume it (HTTP %1).")
                                                        .arg(s->status)));
        } else if (isRequest) {
            Q_EMIT requestFailed(id, error);
        } else {
            qCWarning(lcMcp) << "the server refused" << s->method << ": HTTP" << s->status;
        }
        return;
    }
    if (!s->sse && !s->body.isEmpty()) {
        if (!deliver(serial, s->body) || !(s = find(serial)))
            return;
    }
    if (!isRequest || s->gotResponse)
        return;
    if (s->sse && m_era == Mcp::Era::Legacy && !s->lastEventId.isEmpty()) {
        if (s->resumeAttempts < kMaxResumeAttempts) {
            scheduleResume(id, s->lastEventId, s->retryMs, s->resumeAttempts);
            return;
        }
    }
    const bool broken = s->reply->error() != QNetworkReply::NoError;
    Q_EMIT requestFailed(
        id, McpError::make(broken ? Mcp::ErrorKind::Network : Mcp::ErrorKind::Protocol,
                           broken ? tr("The connection broke before the server answered: %1")
                                        .arg(s->reply->errorString())
                                  : tr("The server ended its answer without a response.")));
}

void HttpTransport::finishListen(Stream *s)
{
    m_listening = false;
    if (s->status == 405) {
        m_getSupported = false;
        qCInfo(lcMcp) << "the server offers no stream for its own messages (405)";
        return;
    }
    if (s->errorBody) {
        qCInfo(lcMcp) << "the server refused its message stream: HTTP" << s->status;
        if (s->status == 404 || s->status == 400 || s->status == 401 || s->status == 403)
            return; // the next POST tells the client what is wrong
    }
    if (m_closing || ++m_listenFailures > kMaxListenFailures)
        return;
    const qint64 retry = s->retryMs >= 0 ? s->retryMs : kDefaultRetryMs * m_listenFailures;
    m_listenRetry.start(int(std::clamp<qint64>(retry, 0, 60'000)));
}

void HttpTransport::close()
{
    if (m_closing || m_closedEmitted)
        return;
    m_closing = true;
    m_listenRetry.stop();
    dropAll();
    if (m_era == Mcp::Era::Legacy && !m_sessionId.isEmpty() && m_network) {
        qCInfo(lcMcp) << "ending the session";
        QNetworkRequest request = makeRequest(false);
        request.setRawHeader("Accept"_ba, "application/json, text/event-stream"_ba);
        startStream(Stream::Role::Delete, m_network->deleteResource(request));
        m_closeTimer.start(m_options.shutdownGraceMs);
        return;
    }
    QMetaObject::invokeMethod(this, &HttpTransport::finishClose, Qt::QueuedConnection);
}

void HttpTransport::finishClose()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    m_open = false;
    m_closeTimer.stop();
    dropAll();
    Q_EMIT closed({});
}
