// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "chatstream.h"

#include "attachmentwire.h"
#include "httperrors.h"
#include "networkaccess.h"
#include "wireformat.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStream, "confab.net.stream", QtWarningMsg)

namespace {
// What has arrived is read in pieces of this size: when a server sends faster than we decode,
// QNetworkAccessManager holds the bytes, and one readAll() would copy them all once more (and
// the framer's buffer would grow to their size).
constexpr qint64 kReadChunkBytes = 64 * 1024;

bool isRetryable(const StreamError &error)
{
    if (error.kind == ErrorKind::Network || error.kind == ErrorKind::Timeout)
        return true;
    const int s = error.httpStatus;
    if (s == 429)
        return error.providerType != "insufficient_quota"_L1;
    return s == 408 || s == 409 || (s >= 500 && s < 600);
}
} // namespace

ChatStream::ChatStream(QNetworkAccessManager *network, std::shared_ptr<const WireFormat> wire,
                       ProviderEndpoint endpoint, ChatRequest request, StreamLimits limits,
                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_wire(std::move(wire))
    , m_endpoint(std::move(endpoint))
    , m_request(std::move(request))
    , m_limits(limits)
    , m_builder(nullptr)
{
    m_phaseTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        onTimeout(ErrorKind::Timeout, u"The answer took longer than the maximum duration."_s);
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &ChatStream::sendRequest);
    connect(&m_phaseTimer, &QTimer::timeout, this, &ChatStream::onPhaseTimeout);
}

ChatStream::~ChatStream()
{
    abort();
}

void ChatStream::start()
{
    if (m_running || m_attempt > 0)
        return;
    m_running = true;
    m_body = m_wire->makeBody(m_request);
    m_clock.start();
    m_totalTimer.start(int(std::min<qint64>(m_limits.maxDurationMs, INT_MAX)));
    sendRequest();
}

void ChatStream::abort()
{
    if (!m_running)
        return;
    m_running = false;
    m_phaseTimer.stop();
    m_totalTimer.stop();
    m_retryTimer.stop();
    StreamResult &result = m_builder.result();
    result.error.kind = ErrorKind::Cancelled;
    result.error.message = u"Stopped."_s;
    result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    releaseReply();
}

void ChatStream::releaseReply()
{
    NetworkAccess::discardReply(std::exchange(m_reply, nullptr), this);
}

void ChatStream::sendRequest()
{
    if (!m_running)
        return;
    ++m_attempt;
    m_status = 0;
    m_bytes = 0;
    m_errorBody.clear();
    m_errorResponse = false;
    m_unexpectedType = false;
    m_idlePhase = false;
    m_decoder = m_wire->makeDecoder(this);

    QNetworkRequest request = m_wire->makeRequest(m_endpoint, m_request);
    NetworkAccess::prepareRequest(request);

    m_reply = m_network->post(request, m_body);
    QNetworkReply *reply = m_reply;
    // No setReadBufferSize(): on Qt 6.4 it does not bound what QNetworkAccessManager reads ahead
    // of a slow reader (measured: the same peak memory with 256 KB or no limit), and it costs
    // a queued call to the HTTP thread for every read (about 6,500 instructions per event of a
    // paced stream, as much as decoding it). maxResponseBytes caps what a stream may send.
    connect(reply, &QNetworkReply::metaDataChanged, this, &ChatStream::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &ChatStream::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ChatStream::onReplyFinished);
    connect(reply, &QNetworkReply::redirected, this, &ChatStream::onRedirected);
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        if (!m_idlePhase)
            m_phaseTimer.start(m_limits.firstByteTimeoutMs);
    });
    m_phaseTimer.start(m_limits.connectTimeoutMs);
}

void ChatStream::onPhaseTimeout()
{
    if (m_idlePhase) {
        const qint64 quiet = m_clock.elapsed() - m_lastByteMs;
        if (quiet < m_limits.idleTimeoutMs) {
            m_phaseTimer.start(int(m_limits.idleTimeoutMs - quiet));
            return;
        }
    }
    if (m_status == 0 && m_bytes == 0) {
        onTimeout(ErrorKind::Timeout,
                  m_reply && m_phaseTimer.interval() == m_limits.connectTimeoutMs
                      ? u"Could not connect to the server in time."_s
                      : u"The server did not start answering in time."_s);
    } else {
        onTimeout(ErrorKind::Timeout, u"The server stopped sending data."_s);
    }
}

void ChatStream::onMetaData()
{
    if (!m_reply || m_status != 0)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return; // no HTTP response (yet): a connection failure is reported by onReplyFinished
    m_status = status.toInt();
    if (m_status >= 300 && m_status < 400)
        return; // a redirect; onRedirected decides
    m_idlePhase = true;
    m_lastByteMs = m_clock.elapsed();
    m_phaseTimer.start(m_limits.idleTimeoutMs);
    if (m_status < 200 || m_status >= 300) {
        m_errorResponse = true;
    } else if (!m_wire->acceptsContentType(
                   m_reply->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1())) {
        m_errorResponse = true;
        m_unexpectedType = true;
    }
}

void ChatStream::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_status == 0)
        onMetaData();
    readAvailable();
}

bool ChatStream::readAvailable()
{
    // Into one buffer for the whole stream, not a new QByteArray per read.
    if (m_readBuffer.isEmpty())
        m_readBuffer.resize(kReadChunkBytes);
    while (m_running && m_reply) {
        const qint64 n = m_reply->read(m_readBuffer.data(), m_readBuffer.size());
        if (n <= 0)
            return true;
        if (!consume(QByteArrayView(m_readBuffer.constData(), n)))
            return false;
    }
    return false;
}

bool ChatStream::consume(QByteArrayView data)
{
    m_bytes += data.size();
    m_lastByteMs = m_clock.elapsed();
    if (!m_idlePhase) { // bytes before the status line was seen
        m_idlePhase = true;
        m_phaseTimer.start(m_limits.idleTimeoutMs);
    }
    if (m_errorResponse) {
        const qsizetype room = m_limits.maxErrorBodyBytes - m_errorBody.size();
        if (room > 0)
            m_errorBody.append(data.first(std::min(room, data.size())));
        return true;
    }
    if (m_bytes > m_limits.maxResponseBytes) {
        finishWith(StreamError{ErrorKind::Protocol,
                               m_status,
                               {},
                               u"The answer exceeded the maximum response size."_s,
                               -1});
        return false;
    }
    m_bodyStarted = true;
    m_decoder->feed(data);
    if (!m_running)
        return false; // a slot connected to a delta signal aborted us
    if (m_decoder->isDone())
        m_decoder->endOfStream(); // [DONE] without a finish reason is truncated (5.8)
    if (m_decoder->hasFailed()) {
        finishWith(m_decoder->error());
        return false;
    }
    if (m_decoder->isDone()) {
        finishWith({});
        return false;
    }
    return true;
}

void ChatStream::onRedirected(const QUrl &url)
{
    if (!m_reply)
        return;
    const int redirectStatus = m_status;
    m_status = 0; // the next hop's status is read afresh
    if (NetworkAccess::allowSameOriginRedirect(m_reply, url))
        return;
    m_status = redirectStatus;
    finishWith(StreamError{ErrorKind::Protocol,
                           m_status,
                           {},
                           u"The server redirected to another site (%1); Confab does not send "
                           "your key there. Check the base URL."_s.arg(url.host()),
                           -1});
}

void ChatStream::onReplyFinished()
{
    if (!m_reply || !m_running)
        return;
    if (m_status == 0)
        onMetaData();
    // Bytes that arrived together with the end of the body.
    readAvailable();
    // onMetaData() may have ended it (a refused redirect, say) before anything was read.
    if (!m_running || !m_reply)
        return;
    if (m_errorResponse) {
        StreamError error;
        if (m_unexpectedType) {
            error = HttpErrors::fromHttpResponse(m_status, m_errorBody);
            if (error.providerType.isEmpty()) {
                error =
                    StreamError{ErrorKind::Protocol,
                                m_status,
                                {},
                                u"The server did not answer with a stream (content type %1)."_s.arg(
                                    m_reply->header(QNetworkRequest::ContentTypeHeader).toString()),
                                -1};
            }
        } else {
            error = HttpErrors::fromHttpResponse(m_status, m_errorBody,
                                                 m_reply->rawHeader("retry-after-ms"_ba),
                                                 m_reply->rawHeader("retry-after"_ba));
        }
        if (AttachmentWire::hasParts(m_request))
            HttpErrors::refineForAttachments(error);
        failOrRetry(error);
        return;
    }
    if (m_decoder->hasFailed()) {
        finishWith(m_decoder->error());
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError && !m_decoder->isDone()) {
        failOrRetry(StreamError{ErrorKind::Network, m_status, {}, m_reply->errorString(), -1});
        return;
    }
    m_decoder->endOfStream();
    finishWith(m_decoder->hasFailed() ? m_decoder->error() : StreamError{});
}

void ChatStream::onTimeout(ErrorKind kind, const QString &message)
{
    if (!m_running)
        return; // (a stream whose end marker arrived has already finished in onReadyRead)
    releaseReply();
    failOrRetry(StreamError{kind, m_status, {}, message, -1});
}

void ChatStream::failOrRetry(const StreamError &error)
{
    const bool allowed = !m_bodyStarted && m_attempt <= m_limits.maxRetries && isRetryable(error) &&
                         error.retryAfterSeconds <= m_limits.maxRetryAfterSeconds;
    if (!allowed) {
        finishWith(error);
        return;
    }
    releaseReply();
    m_phaseTimer.stop();
    int delayMs = 0;
    if (error.retryAfterSeconds > 0) {
        delayMs = int(std::ceil(error.retryAfterSeconds * 1000));
    } else {
        const int exponential = std::min(
            m_limits.maxBackoffMs, m_limits.baseBackoffMs * (1 << std::min(m_attempt - 1, 16)));
        const double jitter = 0.75 + 0.25 * QRandomGenerator::global()->generateDouble();
        delayMs = int(exponential * jitter);
    }
    qCDebug(lcStream) << "retrying after" << delayMs << "ms, attempt" << m_attempt + 1;
    Q_EMIT retrying(m_attempt + 1, delayMs, error);
    m_retryTimer.start(delayMs);
}

void ChatStream::finishWith(const StreamError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_phaseTimer.stop();
    m_totalTimer.stop();
    m_retryTimer.stop();
    StreamResult &result = m_builder.result();
    result.error = error;
    result.durationMs = m_clock.elapsed();
    releaseReply();
    Q_EMIT finished(result);
}

void ChatStream::markFirstToken()
{
    StreamResult &result = m_builder.result();
    if (result.timeToFirstTokenMs < 0)
        result.timeToFirstTokenMs = m_clock.elapsed();
}

// Decoder events come here first: once stopped (a slot aborted us mid-read), the rest of the
// read is dropped, neither accumulated nor emitted.
void ChatStream::onText(const QString &text)
{
    if (!m_running)
        return;
    m_builder.onText(text);
    markFirstToken();
    Q_EMIT textReceived(text);
}

void ChatStream::onReasoning(const QString &text)
{
    if (!m_running)
        return;
    m_builder.onReasoning(text);
    markFirstToken();
    Q_EMIT reasoningReceived(text);
}

void ChatStream::onRefusal(const QString &text)
{
    if (!m_running)
        return;
    m_builder.onRefusal(text);
    markFirstToken();
    Q_EMIT refusalReceived(text);
}

void ChatStream::onReasoningSignature(const QString &signature)
{
    if (m_running)
        m_builder.onReasoningSignature(signature);
}

void ChatStream::onToolCall(const ToolCallDelta &delta)
{
    if (!m_running)
        return;
    m_builder.onToolCall(delta);
    markFirstToken();
    Q_EMIT toolCallReceived(delta);
}

void ChatStream::onUsage(const Usage &usage)
{
    if (!m_running)
        return;
    m_builder.onUsage(usage);
    Q_EMIT usageReceived(usage);
}

void ChatStream::onFinish(FinishReason reason, const QString &providerReason)
{
    if (!m_running)
        return;
    m_builder.onFinish(reason, providerReason);
    Q_EMIT finishReasonReceived(reason, providerReason);
}
