// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "modellist.h"

#include "httperrors.h"
#include "jsonutil.h"
#include "networkaccess.h"
#include "wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcModelList, "confab.net.models", QtWarningMsg)

namespace {
using Wire = ProviderPreset::Wire;

constexpr auto kPageSize = "1000"_L1; // the maximum Anthropic and Gemini accept

QString path(Wire wire)
{
    switch (wire) {
    case Wire::OpenAi:
        return u"models"_s;
    case Wire::Anthropic:
        return u"v1/models"_s;
    case Wire::Gemini:
        return u"v1beta/models"_s;
    case Wire::Ollama:
        return u"api/tags"_s;
    }
    return {};
}

/** The models of an OpenAI-compatible `{object:"list", data:[{id, …}]}`. */
bool parseOpenAi(const QJsonObject &root, QList<ModelInfo> *models)
{
    const QJsonValue data = root.value("data"_L1);
    if (!data.isArray())
        return false;
    for (const auto &entry : data.toArray()) {
        const QJsonObject model = entry.toObject();
        const QString id = model.value("id"_L1).toString();
        if (id.isEmpty())
            continue;
        // OpenRouter names its models and gives their context length; others give only the id.
        models->append(
            {id, model.value("name"_L1).toString(), Json::integer(model, "context_length"_L1)});
    }
    return true;
}

bool parseAnthropic(const QJsonObject &root, QList<ModelInfo> *models, QString *next)
{
    const QJsonValue data = root.value("data"_L1);
    if (!data.isArray())
        return false;
    for (const auto &entry : data.toArray()) {
        const QJsonObject model = entry.toObject();
        const QString id = model.value("id"_L1).toString();
        if (!id.isEmpty())
            models->append({id, model.value("display_name"_L1).toString(), -1});
    }
    if (root.value("has_more"_L1).toBool())
        *next = root.value("last_id"_L1).toString();
    return true;
}

bool parseGemini(const QJsonObject &root, QList<ModelInfo> *models, QString *next)
{
    const QJsonValue list = root.value("models"_L1);
    if (!list.isArray() && !root.isEmpty())
        return false; // an empty object is an empty list: Gemini omits empty fields
    for (const auto &entry : list.toArray()) {
        const QJsonObject model = entry.toObject();
        const QJsonArray methods = model.value("supportedGenerationMethods"_L1).toArray();
        if (!methods.contains("generateContent"_L1))
            continue; // embedding, AQA and similar models cannot chat
        QString id = model.value("name"_L1).toString();
        if (id.startsWith("models/"_L1))
            id.remove(0, 7);
        if (!id.isEmpty()) {
            models->append({id, model.value("displayName"_L1).toString(),
                            Json::integer(model, "inputTokenLimit"_L1)});
        }
    }
    *next = root.value("nextPageToken"_L1).toString();
    return true;
}

bool parseOllama(const QJsonObject &root, QList<ModelInfo> *models)
{
    const QJsonValue list = root.value("models"_L1);
    if (!list.isArray())
        return false;
    for (const auto &entry : list.toArray()) {
        const QJsonObject model = entry.toObject();
        QString id = model.value("model"_L1).toString();
        if (id.isEmpty())
            id = model.value("name"_L1).toString();
        if (!id.isEmpty())
            models->append({id, {}, -1});
    }
    return true;
}
} // namespace

ModelListRequest::ModelListRequest(QNetworkAccessManager *network, ProviderPreset::Wire wire,
                                   ProviderEndpoint endpoint, ModelListLimits limits,
                                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_wire(wire)
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

QUrl ModelListRequest::listUrl(ProviderPreset::Wire wire, const QUrl &baseUrl)
{
    return WireFormat::appendPath(baseUrl, path(wire));
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
    QUrl url = listUrl(m_wire, m_endpoint.baseUrl);
    QUrlQuery query(url);
    if (m_wire == Wire::Anthropic) {
        query.addQueryItem(u"limit"_s, kPageSize);
        if (!pageToken.isEmpty())
            query.addQueryItem(u"after_id"_s, pageToken);
    } else if (m_wire == Wire::Gemini) {
        query.addQueryItem(u"pageSize"_s, kPageSize);
        if (!pageToken.isEmpty())
            query.addQueryItem(u"pageToken"_s, pageToken);
    }
    url.setQuery(query);

    QNetworkRequest request(url);
    NetworkAccess::prepareRequest(request);
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    const QByteArray key = m_endpoint.apiKey.toUtf8();
    if (!key.isEmpty()) {
        switch (m_wire) {
        case Wire::OpenAi:
        case Wire::Ollama:
            request.setRawHeader("Authorization"_ba, "Bearer " + key);
            break;
        case Wire::Anthropic:
            request.setRawHeader("x-api-key"_ba, key);
            break;
        case Wire::Gemini:
            request.setRawHeader("x-goog-api-key"_ba, key);
            break;
        }
    }
    if (m_wire == Wire::Anthropic)
        request.setRawHeader("anthropic-version"_ba, "2023-06-01"_ba);
    for (const auto &[name, value] : m_endpoint.extraHeaders)
        request.setRawHeader(name, value);

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
                 "the base URL."_s.arg(apiLabel(), m_reply->url().path()));
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
    if (m_wire == Wire::OpenAi) { // servers list them in no useful order
        std::sort(m_result.models.begin(), m_result.models.end(),
                  [](const ModelInfo &a, const ModelInfo &b) {
                      return a.id.compare(b.id, Qt::CaseInsensitive) < 0;
                  });
    }
    finishWith({});
}

bool ModelListRequest::parsePage(const QByteArray &body, QString *nextPageToken)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    switch (m_wire) {
    case Wire::OpenAi:
        return parseOpenAi(root, &m_result.models);
    case Wire::Anthropic:
        return parseAnthropic(root, &m_result.models, nextPageToken);
    case Wire::Gemini:
        return parseGemini(root, &m_result.models, nextPageToken);
    case Wire::Ollama:
        return parseOllama(root, &m_result.models);
    }
    return false;
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
        error.message = u"This URL does not look like %1 (GET %2 returned 404). Check the base "
                        "URL."_s.arg(apiLabel(), listUrl(m_wire, m_endpoint.baseUrl).path());
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

QString ModelListRequest::apiLabel() const
{
    switch (m_wire) {
    case Wire::OpenAi:
        return u"an OpenAI-compatible API"_s;
    case Wire::Anthropic:
        return u"the Anthropic API"_s;
    case Wire::Gemini:
        return u"the Gemini API"_s;
    case Wire::Ollama:
        return u"an Ollama server"_s;
    }
    return {};
}

QString ModelListRequest::scrubbed(QString text) const
{
    // Some servers echo the key they rejected; it must not reach the UI or a log.
    if (m_endpoint.apiKey.size() >= 4)
        text.replace(m_endpoint.apiKey, u"•••"_s);
    return text;
}
