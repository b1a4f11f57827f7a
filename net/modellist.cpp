// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "modellist.h"

#include "httperrors.h"
#include "networkaccess.h"
#include "wireformat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcModelList, "confab.net.models", QtWarningMsg)

ModelListRequest::ModelListRequest(QNetworkAccessManager *network,
                                   std::shared_ptr<const WireFormat> wire,
                                   ProviderEndpoint endpoint, ModelListLimits limits,
                                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_wire(std::move(wire))
    , m_endpoint(std::move(endpoint))
    , m_limits(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        failWith(ErrorKind::Timeout, 0,
                 u"%1 did not answer within %2 seconds."_s.arg(hostAndPort())
                     .arg(m_limits.timeoutMs / 1000.0));
    });
}

ModelListRequest::~ModelListRequest()
{
    abort();
}

void ModelListRequest::start()
{
    if (m_running || m_pages > 0)
        return;
    m_running = true;
    const QUrl &base = m_endpoint.baseUrl;
    if (!base.isValid() || base.host().isEmpty() ||
        (base.scheme() != "http"_L1 && base.scheme() != "https"_L1)) {
        // Reported from the event loop, like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [this] {
                failWith(ErrorKind::BadRequest, 0,
                         u"“%1” is not a web address; it should look like "
                         "https://api.example.com/v1."_s.arg(m_endpoint.baseUrl.toDisplayString()));
            },
            Qt::QueuedConnection);
        return;
    }
    m_timer.start(m_limits.timeoutMs);
    requestPage({});
}

void ModelListRequest::abort()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    m_result.error = StreamError{ErrorKind::Cancelled, 0, {}, u"Cancelled."_s, -1};
    releaseReply();
}

void ModelListRequest::releaseReply()
{
    NetworkAccess::discardReply(std::exchange(m_reply, nullptr), this);
}

void ModelListRequest::requestPage(const QString &pageToken)
{
    ++m_pages;
    m_body.clear();
    m_tooLarge = false;
    QNetworkRequest request = m_wire->makeModelListRequest(m_endpoint, pageToken);
    NetworkAccess::prepareRequest(request);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &ModelListRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ModelListRequest::onReplyFinished);
    connect(m_reply, &QNetworkReply::redirected, this, &ModelListRequest::onRedirected);
}

void ModelListRequest::onReadyRead()
{
    if (!m_reply)
        return;
    const QByteArray data = m_reply->readAll();
    if (m_body.size() + data.size() > m_limits.maxBodyBytes) {
        m_tooLarge = true;
        return; // keep draining; the finish reports it
    }
    m_body.append(data);
}

void ModelListRequest::onRedirected(const QUrl &url)
{
    if (!m_reply || NetworkAccess::allowSameOriginRedirect(m_reply, url))
        return;
    failWith(ErrorKind::Protocol,
             m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             u"The server redirected to another site (%1); Confab does not send your key there. "
             "Check the base URL."_s.arg(url.host()));
}

void ModelListRequest::onReplyFinished()
{
    if (!m_reply || !m_running)
        return;
    onReadyRead();
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.toInt();
    if (!statusAttribute.isValid()) {
        const StreamError error = transportError(m_reply->error(), m_reply->errorString());
        m_result.networkError = m_reply->error();
        finishWith(error);
        return;
    }
    if (m_tooLarge) {
        failWith(ErrorKind::Protocol, status,
                 u"The model list from %1 is larger than %2 MB; Confab stopped reading it."_s
                     .arg(hostAndPort())
                     .arg(m_limits.maxBodyBytes / (1024 * 1024)));
        return;
    }
    if (status < 200 || status >= 300) {
        finishWith(httpError(status, m_body));
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError) { // cut off after the status line
        finishWith(transportError(m_reply->error(), m_reply->errorString()));
        return;
    }
    QString next;
    if (!parsePage(m_body, &next)) {
        failWith(ErrorKind::Protocol, status,
                 u"This URL does not look like %1: GET %2 did not return a model list. Check "
                 "the base URL."_s.arg(m_wire->apiName(), m_reply->url().path()));
        return;
    }
    Q_EMIT pageReceived(int(m_result.models.size()));
    if (!m_running)
        return; // a slot aborted us
    if (!next.isEmpty()) {
        if (m_pages >= m_limits.maxPages) {
            failWith(ErrorKind::Protocol, status,
                     u"The model list from %1 has more than %2 pages; Confab stopped reading it."_s
                         .arg(hostAndPort())
                         .arg(m_limits.maxPages));
            return;
        }
        releaseReply();
        requestPage(next);
        return;
    }
    m_wire->sortModelList(m_result.models);
    finishWith({});
}

bool ModelListRequest::parsePage(const QByteArray &body, QString *nextPageToken)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    return m_wire->parseModelList(doc.object(), &m_result.models, nextPageToken);
}

void ModelListRequest::failWith(ErrorKind kind, int status, const QString &message,
                                const QString &providerType)
{
    finishWith(StreamError{kind, status, providerType, message, -1});
}

void ModelListRequest::finishWith(const StreamError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    m_result.error = error;
    m_result.error.message = scrubbed(m_result.error.message);
    if (!error.isError())
        qCDebug(lcModelList) << m_result.models.size() << "models from" << hostAndPort();
    else
        qCDebug(lcModelList) << "model list from" << hostAndPort() << "failed:" << int(error.kind);
    releaseReply();
    Q_EMIT finished(m_result);
}

StreamError ModelListRequest::httpError(int status, const QByteArray &body) const
{
    StreamError error = HttpErrors::fromHttpResponse(status, body);
    // The provider's own words, where it sent some (not our generic status sentence).
    const bool hasProviderMessage = !error.message.startsWith("The server answered"_L1);
    const QString detail = hasProviderMessage ? u" (%1)"_s.arg(error.message) : QString();
    if (error.kind == ErrorKind::Permission && m_endpoint.apiKey.isEmpty())
        error.kind = ErrorKind::Auth; // Gemini refuses keyless callers with 403
    switch (error.kind) {
    case ErrorKind::Auth:
        error.message = m_endpoint.apiKey.isEmpty()
                            ? u"This server needs an API key. Enter one and try again."_s
                            : u"The API key was rejected%1."_s.arg(detail);
        break;
    case ErrorKind::Permission:
        error.message = u"The API key is not allowed to list the models%1."_s.arg(detail);
        break;
    case ErrorKind::NotFound:
        error.message =
            u"This URL does not look like %1 (GET %2 returned 404). Check the base "
            "URL."_s.arg(m_wire->apiName(), m_wire->modelListUrl(m_endpoint.baseUrl).path());
        break;
    case ErrorKind::RateLimit:
        error.message =
            u"The provider is limiting requests; try again in a moment%1."_s.arg(detail);
        break;
    case ErrorKind::Overloaded:
    case ErrorKind::Server:
        error.message = u"The server at %1 has a problem (HTTP %2)%3."_s.arg(hostAndPort())
                            .arg(status)
                            .arg(detail);
        break;
    default:
        error.message =
            u"The server at %1 answered HTTP %2%3."_s.arg(hostAndPort()).arg(status).arg(detail);
        break;
    }
    return error;
}

StreamError ModelListRequest::transportError(int networkError, const QString &errorString) const
{
    QString message;
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::ConnectionRefusedError:
        message = u"Nothing is listening at %1. Is the server running?"_s.arg(hostAndPort());
        break;
    case QNetworkReply::HostNotFoundError:
        message = u"The server name %1 could not be found. Check the URL and your internet "
                  "connection."_s.arg(m_endpoint.baseUrl.host());
        break;
    case QNetworkReply::TimeoutError:
        message = u"%1 did not answer in time."_s.arg(hostAndPort());
        break;
    case QNetworkReply::SslHandshakeFailedError:
        message = u"The secure connection to %1 failed: %2. If the server uses its own "
                  "certificate authority, add it under Network settings."_s.arg(hostAndPort(),
                                                                                errorString);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        message = u"The proxy did not let the request through: %1. Check the proxy under "
                  "Network settings."_s.arg(errorString);
        break;
    default:
        message = u"Could not reach %1: %2."_s.arg(hostAndPort(), errorString);
        break;
    }
    return StreamError{ErrorKind::Network, 0, {}, message, -1};
}

QString ModelListRequest::hostAndPort() const
{
    const QUrl &url = m_endpoint.baseUrl;
    const int port = url.port(url.scheme() == "https"_L1 ? 443 : 80);
    return u"%1:%2"_s.arg(url.host()).arg(port);
}

QString ModelListRequest::scrubbed(QString text) const
{
    // Some servers echo the key they rejected; it must not reach the UI or a log.
    if (m_endpoint.apiKey.size() >= 4)
        text.replace(m_endpoint.apiKey, u"•••"_s);
    return text;
}
