// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "mcprpc.h"

#include "mcptransport.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kRecentlyFinished = 256;

/** Our ids are integers; anything else is someone else's. */
bool toOurId(const QJsonValue &id, qint64 *out)
{
    if (!id.isDouble())
        return false;
    const double d = id.toDouble();
    const auto n = qint64(d);
    if (double(n) != d)
        return false;
    *out = n;
    return true;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString idText(const QJsonValue &id)
{
    if (id.isString())
        return u"\"%1\""_s.arg(id.toString().left(64));
    if (id.isDouble())
        return QString::number(id.toDouble(), 'g', 17);
    return u"(none)"_s;
}
} // namespace

McpRpcSession::McpRpcSession(McpTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
    connect(transport, &McpTransport::messageReceived, this, &McpRpcSession::onMessage);
    connect(transport, &McpTransport::requestFailed, this, &McpRpcSession::onRequestFailed);
    connect(transport, &McpTransport::closed, this, &McpRpcSession::onTransportClosed);
}

McpRpcSession::~McpRpcSession()
{
    qDeleteAll(m_pending);
}

qint64 McpRpcSession::sendRequest(const QString &method, const QJsonObject &params, Handler handler,
                                  const McpRpcOptions &options)
{
    const qint64 id = m_nextId++;
    auto *pending = new Pending;
    pending->method = method;
    pending->handler = std::move(handler);
    pending->timeoutMs = options.timeoutMs < 0 ? m_defaultTimeoutMs : options.timeoutMs;
    pending->maxDurationMs = options.maxDurationMs;
    pending->clock.start();
    if (pending->timeoutMs > 0) {
        pending->timer = std::make_unique<QTimer>();
        pending->timer->setSingleShot(true);
        connect(pending->timer.get(), &QTimer::timeout, this, [this, id] { onTimeout(id); });
        pending->timer->start(pending->timeoutMs);
    }
    m_pending.insert(id, pending);

    if (m_closed || !m_transport) {
        McpRpcOutcome outcome;
        outcome.error = m_closeError.isError() ? m_closeError
                                               : McpError::make(Mcp::ErrorKind::NotConnected,
                                                                tr("The server is not connected."));
        finish(id, outcome, true);
        return id;
    }

    QJsonObject message{{"jsonrpc"_L1, "2.0"_L1}, {"id"_L1, id}, {"method"_L1, method}};
    if (!params.isEmpty())
        message.insert("params"_L1, params);
    McpOutgoing out;
    out.kind = McpOutgoing::Kind::Request;
    out.id = id;
    out.method = method;
    out.name = options.name;
    out.headers = options.headers;
    out.body = compact(message);
    qCDebug(lcMcp) << "request" << id << method;
    m_transport->send(out);
    return id;
}

void McpRpcSession::sendNotification(const QString &method, const QJsonObject &params)
{
    if (m_closed || !m_transport)
        return;
    QJsonObject message{{"jsonrpc"_L1, "2.0"_L1}, {"method"_L1, method}};
    if (!params.isEmpty())
        message.insert("params"_L1, params);
    McpOutgoing out;
    out.kind = McpOutgoing::Kind::Notification;
    out.method = method;
    out.body = compact(message);
    qCDebug(lcMcp) << "notification" << method;
    m_transport->send(out);
}

bool McpRpcSession::cancel(qint64 id, const QString &reason)
{
    if (!m_pending.contains(id))
        return false;
    if (m_transport && !m_closed)
        m_transport->cancelRequest(id, reason);
    McpRpcOutcome outcome;
    outcome.error = McpError::make(Mcp::ErrorKind::Cancelled, tr("Cancelled."));
    finish(id, outcome);
    return true;
}

bool McpRpcSession::abandon(qint64 id, const QString &reason)
{
    Pending *pending = m_pending.value(id);
    if (!pending)
        return false;
    pending->handler = nullptr;
    if (m_transport && !m_closed)
        m_transport->cancelRequest(id, reason);
    finish(id, {});
    return true;
}

void McpRpcSession::touch(qint64 id)
{
    Pending *pending = m_pending.value(id);
    if (!pending || !pending->timer)
        return;
    qint64 interval = pending->timeoutMs;
    if (pending->maxDurationMs > 0) {
        const qint64 left = pending->maxDurationMs - pending->clock.elapsed();
        if (left <= 0)
            return; // the running timer fires soon enough
        interval = std::min(interval, left);
    } else {
        return; // no extension without a cap
    }
    pending->timer->start(int(interval));
}

void McpRpcSession::failAll(const McpError &error)
{
    const QList<qint64> ids = m_pending.keys();
    for (const qint64 id : ids) {
        McpRpcOutcome outcome;
        outcome.error = error;
        finish(id, outcome);
    }
}

void McpRpcSession::setRequestHandler(const QString &method, RequestHandler handler)
{
    if (handler)
        m_requestHandlers.insert(method, std::move(handler));
    else
        m_requestHandlers.remove(method);
}

void McpRpcSession::respond(const QJsonValue &id, const QJsonValue &result)
{
    if (m_closed || !m_transport)
        return;
    McpOutgoing out;
    out.kind = McpOutgoing::Kind::Response;
    out.id = id;
    out.body = compact({{"jsonrpc"_L1, "2.0"_L1}, {"id"_L1, id}, {"result"_L1, result}});
    m_transport->send(out);
}

void McpRpcSession::respondError(const QJsonValue &id, int code, const QString &message)
{
    if (m_closed || !m_transport)
        return;
    McpOutgoing out;
    out.kind = McpOutgoing::Kind::Response;
    out.id = id;
    out.body = compact({{"jsonrpc"_L1, "2.0"_L1},
                        {"id"_L1, id},
                        {"error"_L1, QJsonObject{{"code"_L1, code}, {"message"_L1, message}}}});
    m_transport->send(out);
}

void McpRpcSession::onMessage(const QJsonObject &message)
{
    const bool hasId = message.contains("id"_L1);
    const QJsonValue method = message.value("method"_L1);
    if (method.isString()) {
        if (hasId) {
            onServerRequest(message);
        } else {
            Q_EMIT notificationReceived(method.toString(), message.value("params"_L1).toObject());
        }
        return;
    }
    if (hasId && (message.contains("result"_L1) || message.contains("error"_L1))) {
        onResponse(message);
        return;
    }
    qCWarning(lcMcp) << "message is neither a request, a notification nor a response";
    Q_EMIT protocolViolation(tr("The server sent a message that is not JSON-RPC."));
}

void McpRpcSession::onResponse(const QJsonObject &message)
{
    const QJsonValue rawId = message.value("id"_L1);
    qint64 id = 0;
    if (!toOurId(rawId, &id) || !m_pending.contains(id)) {
        if (toOurId(rawId, &id) && m_recentlyFinished.contains(id)) {
            qCDebug(lcMcp) << "late response to" << id << "dropped";
        } else if (rawId.isNull() && message.contains("error"_L1)) {
            qCWarning(lcMcp) << "the server reported an error without an id:"
                             << message.value("error"_L1).toObject().value("code"_L1).toInt();
        } else {
            qCWarning(lcMcp) << "response with an unknown id" << idText(rawId) << "ignored";
        }
        return;
    }
    McpRpcOutcome outcome;
    if (message.contains("error"_L1)) {
        const QJsonObject error = message.value("error"_L1).toObject();
        outcome.error.kind = Mcp::ErrorKind::Rpc;
        outcome.error.code = error.value("code"_L1).toInt();
        outcome.error.detail = error.value("message"_L1).toString();
        outcome.error.data = error.value("data"_L1);
        outcome.error.message = tr("The server answered with an error (%1): %2")
                                    .arg(outcome.error.code)
                                    .arg(outcome.error.detail.left(500));
    } else {
        outcome.result = message.value("result"_L1);
    }
    finish(id, outcome);
}

void McpRpcSession::onServerRequest(const QJsonObject &message)
{
    const QJsonValue id = message.value("id"_L1);
    const QString method = message.value("method"_L1).toString();
    if (const auto it = m_requestHandlers.constFind(method); it != m_requestHandlers.cend()) {
        it.value()(id, message.value("params"_L1).toObject());
        return;
    }
    if (method == "ping"_L1) {
        respond(id, QJsonObject{});
        return;
    }
    qCInfo(lcMcp) << "server request" << method << "answered with method-not-found";
    respondError(id, McpProtocol::kMethodNotFound, u"Method not found"_s);
}

void McpRpcSession::onRequestFailed(const QJsonValue &rawId, const McpError &error)
{
    qint64 id = 0;
    if (!toOurId(rawId, &id) || !m_pending.contains(id)) {
        qCDebug(lcMcp) << "failure for a request that is not pending:" << idText(rawId);
        return;
    }
    McpRpcOutcome outcome;
    outcome.error = error;
    finish(id, outcome);
}

void McpRpcSession::onTransportClosed(const McpError &error)
{
    m_closed = true;
    m_closeError = error.isError()
                       ? error
                       : McpError::make(Mcp::ErrorKind::Closed, tr("The connection was closed."));
    failAll(m_closeError);
}

void McpRpcSession::onTimeout(qint64 id)
{
    Pending *pending = m_pending.value(id);
    if (!pending)
        return;
    qCInfo(lcMcp) << "request" << id << pending->method << "timed out after"
                  << pending->clock.elapsed() << "ms";
    if (m_transport && !m_closed)
        m_transport->cancelRequest(id, u"Timed out"_s);
    McpRpcOutcome outcome;
    outcome.error =
        McpError::make(Mcp::ErrorKind::Timeout,
                       tr("The server did not answer in time (%1 s).")
                           .arg(QString::number(double(pending->clock.elapsed()) / 1000, 'f', 1)));
    finish(id, outcome);
}

void McpRpcSession::finish(qint64 id, const McpRpcOutcome &outcome, bool queued)
{
    std::unique_ptr<Pending> pending(m_pending.take(id));
    if (!pending)
        return;
    if (pending->timer)
        pending->timer->stop();
    rememberFinished(id);
    if (m_transport && !queued)
        m_transport->requestEnded(id);
    Handler handler = std::move(pending->handler);
    if (!handler)
        return;
    if (queued) {
        QMetaObject::invokeMethod(
            this, [handler, outcome] { handler(outcome); }, Qt::QueuedConnection);
    } else {
        handler(outcome);
    }
}

void McpRpcSession::rememberFinished(qint64 id)
{
    if (m_recentlyFinished.size() >= kRecentlyFinished)
        m_recentlyFinished.clear();
    m_recentlyFinished.insert(id);
}
