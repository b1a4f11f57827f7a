// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "mcpclient.h"

#include "httptransport.h"
#include "stdiotransport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxInputRetries = 3;
constexpr qsizetype kMaxLogChars = 4096;
const auto kMetaVersion = "io.modelcontextprotocol/protocolVersion"_L1;
const auto kMetaCapabilities = "io.modelcontextprotocol/clientCapabilities"_L1;
const auto kMetaClientInfo = "io.modelcontextprotocol/clientInfo"_L1;
const auto kMetaServerInfo = "io.modelcontextprotocol/serverInfo"_L1;

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QString firstLegacyVersionIn(const QStringList &versions)
{
    for (const QString &v : McpProtocol::legacyVersions()) {
        if (versions.contains(v))
            return v;
    }
    return {};
}

/** Errors after which probing for the modern protocol must not fall back to initialize. */
bool isConnectionFailure(const McpError &e)
{
    using K = Mcp::ErrorKind;
    switch (e.kind) {
    case K::FailedToStart:
    case K::ProcessExited:
    case K::Network:
    case K::Auth:
    case K::Redirect:
    case K::Closed:
    case K::MessageTooLarge:
    case K::NotConnected:
        return true;
    case K::Http:
        return e.httpStatus >= 500;
    default:
        return false;
    }
}
} // namespace

McpClient::McpClient(const McpServerConfig &config, QNetworkAccessManager *network,
                     const McpClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_options(options)
    , m_network(network)
{
    m_subscriptionRetry.setSingleShot(true);
    connect(&m_subscriptionRetry, &QTimer::timeout, this, &McpClient::startSubscription);
}

McpClient::~McpClient()
{
    const auto calls = m_calls.values();
    m_calls.clear();
    McpRpcOutcome closed;
    closed.error = McpError::make(Mcp::ErrorKind::Closed, tr("The server connection was closed."));
    for (const QPointer<McpToolCall> &call : calls) {
        if (call)
            finishCall(call, closed);
    }
    teardown();
}

const McpTool *McpClient::findTool(const QString &name) const
{
    for (const McpTool &tool : m_tools) {
        if (tool.name == name)
            return &tool;
    }
    return nullptr;
}

qint64 McpClient::processId() const
{
    const auto *stdio = qobject_cast<StdioTransport *>(m_transport);
    return stdio ? stdio->processId() : 0;
}

HttpTransport *McpClient::http() const
{
    return qobject_cast<HttpTransport *>(m_transport);
}

void McpClient::setState(Mcp::State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcMcp) << "server" << m_config.name << "is now" << state;
    Q_EMIT stateChanged(state);
}

void McpClient::fail(const McpError &error)
{
    if (m_state == Mcp::State::Failed || m_state == Mcp::State::Closed ||
        m_state == Mcp::State::Closing)
        return; // (closing fails what is pending, which is no failure of the connection)
    m_error = error;
    m_subscriptionRetry.stop();
    setState(Mcp::State::Failed);
    if (m_session)
        m_session->failAll(error); // pending calls learn the reason, not just "closed"
    if (m_transport && m_transport->isOpen())
        m_transport->close(); // stop the process, end the session
}

void McpClient::teardown()
{
    ++m_generation; // outcomes of the old connection are ignored from now on
    m_subscriptionRetry.stop();
    m_subscription.reset();
    m_waiting.clear();
    m_renewing = false;
    m_listing = false;
    m_listAgain = false;
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
        m_session = nullptr;
    }
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->deleteLater(); // a stdio child is killed with it
        m_transport = nullptr;
    }
}

void McpClient::connectToServer()
{
    if (m_state == Mcp::State::Connecting || m_state == Mcp::State::Ready ||
        m_state == Mcp::State::Closing)
        return;
    teardown();
    m_error = {};
    m_era = Mcp::Era::Unknown;
    m_serverInfo = {};
    m_tools.clear();
    m_hasToolList = false;
    setState(Mcp::State::Connecting);

    if (m_config.transport == Mcp::Transport::Stdio)
        m_transport = new StdioTransport(m_config, m_options, this);
    else
        m_transport = new HttpTransport(m_config, m_options, m_network, this);
    m_session = new McpRpcSession(m_transport, this);
    m_session->setDefaultTimeoutMs(m_options.requestTimeoutMs);
    connect(m_transport, &McpTransport::opened, this, &McpClient::onTransportOpened);
    connect(m_transport, &McpTransport::closed, this, &McpClient::onTransportClosed);
    connect(m_transport, &McpTransport::logLine, this,
            [this](const QString &line) { appendLog(Mcp::LogSource::Stderr, line); });
    connect(m_session, &McpRpcSession::notificationReceived, this, &McpClient::onNotification);
    connect(m_session, &McpRpcSession::protocolViolation, this, [this](const QString &what) {
        if (m_config.transport == Mcp::Transport::Stdio)
            fail(McpError::make(Mcp::ErrorKind::Protocol, what));
    });
    m_transport->open();
}

void McpClient::close()
{
    if (m_state == Mcp::State::Idle || m_state == Mcp::State::Closing ||
        m_state == Mcp::State::Closed)
        return;
    m_subscriptionRetry.stop();
    if (m_subscription && m_session)
        m_session->abandon(std::exchange(m_subscription, nullptr)->rpcId, u"Closing"_s);
    if (m_state == Mcp::State::Failed) {
        setState(Mcp::State::Closed);
        return;
    }
    setState(Mcp::State::Closing);
    if (m_transport)
        m_transport->close();
    else
        setState(Mcp::State::Closed);
}

void McpClient::onTransportOpened()
{
    if (m_options.protocol == Mcp::ProtocolPreference::LegacyOnly)
        initializeLegacy(false);
    else
        probeModern();
}

void McpClient::onTransportClosed(const McpError &error)
{
    // The session has failed every pending request with this error already.
    m_subscription.reset();
    m_subscriptionRetry.stop();
    if (m_state == Mcp::State::Closing) {
        setState(Mcp::State::Closed);
        return;
    }
    if (m_state == Mcp::State::Connecting || m_state == Mcp::State::Ready) {
        fail(error.isError()
                 ? error
                 : McpError::make(Mcp::ErrorKind::Closed, tr("The server closed the connection.")));
    }
}

void McpClient::appendLog(Mcp::LogSource source, const QString &text, const QString &level)
{
    McpLogLine line;
    line.source = source;
    line.text = text.size() > kMaxLogChars ? text.left(kMaxLogChars) + u'…' : text;
    line.level = level;
    line.timestampMs = QDateTime::currentMSecsSinceEpoch();
    m_log.append(line);
    while (m_log.size() > std::max(1, m_options.logLines))
        m_log.removeFirst();
    Q_EMIT logLineAdded(line);
}

QJsonObject McpClient::withMeta(QJsonObject params) const
{
    if (m_era != Mcp::Era::Modern)
        return params;
    QJsonObject meta = params.value("_meta"_L1).toObject();
    meta.insert(kMetaVersion, m_serverInfo.protocolVersion.isEmpty()
                                  ? QString(McpProtocol::kModern2026)
                                  : m_serverInfo.protocolVersion);
    meta.insert(kMetaCapabilities, QJsonObject{});
    meta.insert(kMetaClientInfo, QJsonObject{{"name"_L1, m_options.clientName},
                                             {"version"_L1, m_options.clientVersion}});
    params.insert("_meta"_L1, meta);
    return params;
}

qint64 McpClient::handshakeRequest(const QString &method, const QJsonObject &params, int timeoutMs,
                                   std::function<void(const McpRpcOutcome &)> handler)
{
    const quint64 generation = m_generation;
    McpRpcOptions options;
    options.timeoutMs = timeoutMs;
    return m_session->sendRequest(
        method, params,
        [this, generation, handler](const McpRpcOutcome &outcome) {
            if (generation == m_generation)
                handler(outcome);
        },
        options);
}

void McpClient::probeModern()
{
    m_era = Mcp::Era::Modern;
    m_serverInfo.protocolVersion = McpProtocol::kModern2026;
    m_transport->setProtocol(Mcp::Era::Modern, McpProtocol::kModern2026);
    const bool quickProbe = m_config.transport == Mcp::Transport::Stdio &&
                            m_options.protocol == Mcp::ProtocolPreference::Auto;
    handshakeRequest(u"server/discover"_s, withMeta({}),
                     quickProbe ? m_options.discoverProbeTimeoutMs : m_options.handshakeTimeoutMs,
                     [this](const McpRpcOutcome &outcome) { onDiscover(outcome); });
}

void McpClient::onDiscover(const McpRpcOutcome &outcome)
{
    const bool mayFallBack = m_options.protocol == Mcp::ProtocolPreference::Auto;
    const auto mismatch = [this](const QStringList &supported) {
        fail(
            McpError::make(Mcp::ErrorKind::VersionMismatch,
                           tr("The server speaks MCP %1; Confab speaks %2.")
                               .arg(supported.isEmpty() ? tr("(unknown)") : supported.join(u", "_s),
                                    (McpProtocol::modernVersions() + McpProtocol::legacyVersions())
                                        .join(u", "_s))));
    };
    if (outcome.ok()) {
        const QJsonObject result = outcome.result.toObject();
        const QStringList supported = stringList(result.value("supportedVersions"_L1));
        const QString type = result.value("resultType"_L1).toString(u"complete"_s);
        if (type == "complete"_L1 && supported.contains(McpProtocol::kModern2026)) {
            const QJsonObject info =
                result.value("_meta"_L1).toObject().value(kMetaServerInfo).toObject();
            m_serverInfo.name = info.value("name"_L1).toString();
            m_serverInfo.title = info.value("title"_L1).toString();
            m_serverInfo.version = info.value("version"_L1).toString();
            m_serverInfo.instructions = result.value("instructions"_L1).toString();
            m_serverInfo.capabilities = result.value("capabilities"_L1).toObject();
            becomeReady();
            return;
        }
        if (mayFallBack && !firstLegacyVersionIn(supported).isEmpty()) {
            initializeLegacy(false);
            return;
        }
        mismatch(supported);
        return;
    }
    const McpError &e = outcome.error;
    if (e.kind == Mcp::ErrorKind::Rpc && e.code == McpProtocol::kUnsupportedProtocolVersion) {
        const QStringList supported = stringList(e.data.toObject().value("supported"_L1));
        if (mayFallBack && !firstLegacyVersionIn(supported).isEmpty())
            initializeLegacy(false);
        else
            mismatch(supported);
        return;
    }
    if (e.kind == Mcp::ErrorKind::Rpc && McpProtocol::isModernErrorCode(e.code)) {
        fail(McpError::make(Mcp::ErrorKind::VersionMismatch,
                            tr("The server needs features Confab does not offer."), e.detail));
        return;
    }
    if (isConnectionFailure(e) ||
        (e.kind == Mcp::ErrorKind::Timeout && m_config.transport == Mcp::Transport::Http)) {
        fail(e);
        return;
    }
    if (!mayFallBack) {
        fail(McpError::make(Mcp::ErrorKind::VersionMismatch,
                            tr("The server does not speak MCP %1.").arg(McpProtocol::kModern2026),
                            e.message));
        return;
    }
    qCInfo(lcMcp) << "server/discover failed (" << e.kind << e.code << e.httpStatus
                  << "): trying the initialize handshake";
    initializeLegacy(false);
}

void McpClient::initializeLegacy(bool renewal)
{
    m_era = Mcp::Era::Legacy;
    m_transport->setProtocol(Mcp::Era::Legacy, {});
    const QJsonObject params{
        {"protocolVersion"_L1, McpProtocol::kLegacy20251125},
        {"capabilities"_L1, QJsonObject{}},
        {"clientInfo"_L1,
         QJsonObject{{"name"_L1, m_options.clientName}, {"version"_L1, m_options.clientVersion}}}};
    handshakeRequest(
        u"initialize"_s, params, m_options.handshakeTimeoutMs,
        [this, renewal](const McpRpcOutcome &outcome) { onInitialize(outcome, renewal); });
}

void McpClient::onInitialize(const McpRpcOutcome &outcome, bool renewal)
{
    McpError error;
    QString version;
    const QJsonObject result = outcome.result.toObject();
    if (!outcome.ok()) {
        error = outcome.error;
        if (error.kind == Mcp::ErrorKind::Rpc &&
            error.code == McpProtocol::kUnsupportedProtocolVersion) {
            error.kind = Mcp::ErrorKind::VersionMismatch;
            error.message =
                tr("The server speaks MCP %1; Confab speaks %2.")
                    .arg(stringList(error.data.toObject().value("supported"_L1)).join(u", "_s),
                         McpProtocol::legacyVersions().join(u", "_s));
        }
    } else {
        version = result.value("protocolVersion"_L1).toString();
        if (!McpProtocol::legacyVersions().contains(version)) {
            error = McpError::make(Mcp::ErrorKind::VersionMismatch,
                                   tr("The server speaks MCP %1; Confab speaks %2.")
                                       .arg(version.isEmpty() ? tr("(no version)") : version,
                                            McpProtocol::legacyVersions().join(u", "_s)));
        }
    }
    if (error.isError()) {
        if (renewal) {
            m_renewing = false;
            const QList<Outgoing> waiting = std::exchange(m_waiting, {});
            McpRpcOutcome failed;
            failed.error = McpError::make(Mcp::ErrorKind::SessionExpired,
                                          tr("The server's session ended and a new one could "
                                             "not be started: %1")
                                              .arg(error.message));
            for (const Outgoing &request : waiting)
                request.handler(failed);
        }
        fail(error);
        return;
    }
    const QJsonObject info = result.value("serverInfo"_L1).toObject();
    m_serverInfo.name = info.value("name"_L1).toString();
    m_serverInfo.title = info.value("title"_L1).toString();
    m_serverInfo.version = info.value("version"_L1).toString();
    m_serverInfo.instructions = result.value("instructions"_L1).toString();
    m_serverInfo.capabilities = result.value("capabilities"_L1).toObject();
    m_serverInfo.protocolVersion = version;
    m_transport->setProtocol(Mcp::Era::Legacy, version);
    m_session->sendNotification(u"notifications/initialized"_s);
    if (HttpTransport *transport = http())
        transport->startListening();
    if (!renewal) {
        becomeReady();
        return;
    }
    qCInfo(lcMcp) << "session renewed";
    m_renewing = false;
    const QList<Outgoing> waiting = std::exchange(m_waiting, {});
    for (const Outgoing &request : waiting)
        send(request);
}

void McpClient::becomeReady()
{
    qCInfo(lcMcp) << "server" << m_config.name << "ready:" << m_serverInfo.name
                  << m_serverInfo.version << "protocol" << m_serverInfo.protocolVersion;
    setState(Mcp::State::Ready);
    if (m_state != Mcp::State::Ready)
        return; // a slot closed it
    if (m_options.autoListTools)
        refreshTools();
    if (m_era == Mcp::Era::Modern && m_serverInfo.toolsListChanged())
        startSubscription();
}

void McpClient::renewSession()
{
    if (m_renewing)
        return;
    m_renewing = true;
    qCInfo(lcMcp) << "the session expired; initializing again";
    if (HttpTransport *transport = http())
        transport->resetSession();
    initializeLegacy(true);
}

void McpClient::request(const QString &method, const QJsonObject &params, Handler handler,
                        const McpRpcOptions &options)
{
    Outgoing out;
    out.method = method;
    out.params = params;
    out.options = options;
    out.handler = std::move(handler);
    out.handle = std::make_shared<McpDetail::RequestHandle>();
    send(std::move(out));
}

void McpClient::send(Outgoing request)
{
    if (request.handle->cancelled)
        return;
    if (m_state != Mcp::State::Ready || !m_session) {
        McpRpcOutcome outcome;
        outcome.error =
            McpError::make(Mcp::ErrorKind::NotConnected, tr("The server is not connected."));
        QMetaObject::invokeMethod(
            this, [handler = request.handler, outcome] { handler(outcome); }, Qt::QueuedConnection);
        return;
    }
    if (m_renewing) {
        m_waiting.append(std::move(request));
        return;
    }
    const quint64 generation = m_generation;
    const std::shared_ptr<McpDetail::RequestHandle> handle = request.handle;
    const QString method = request.method;
    const QJsonObject params = withMeta(request.params);
    const McpRpcOptions options = request.options;
    handle->rpcId = m_session->sendRequest(
        method, params,
        [this, generation, request = std::move(request)](const McpRpcOutcome &outcome) {
            if (generation == m_generation)
                onOutcome(request, outcome);
        },
        options);
}

void McpClient::onOutcome(Outgoing request, const McpRpcOutcome &outcome)
{
    if (!outcome.ok() && outcome.error.kind == Mcp::ErrorKind::SessionExpired &&
        !request.renewedSession && m_era == Mcp::Era::Legacy && http()) {
        request.renewedSession = true;
        m_waiting.append(std::move(request));
        renewSession();
        return;
    }
    if (outcome.ok() && m_era == Mcp::Era::Modern) {
        const QJsonObject result = outcome.result.toObject();
        const QString type = result.value("resultType"_L1).toString(u"complete"_s);
        if (type == "input_required"_L1) {
            const QJsonObject asked = result.value("inputRequests"_L1).toObject();
            const QJsonValue state = result.value("requestState"_L1);
            if (asked.isEmpty() && state.isString() && request.inputRetries < kMaxInputRetries) {
                ++request.inputRetries;
                request.params.insert("requestState"_L1, state);
                send(std::move(request));
                return;
            }
            QStringList methods;
            for (const QJsonValue &v : asked)
                methods.append(v.toObject().value("method"_L1).toString());
            McpRpcOutcome failed;
            failed.error = McpError::make(
                Mcp::ErrorKind::InputRequired,
                asked.isEmpty() ? tr("The server kept asking to retry the request.")
                                : tr("The server asks for input Confab cannot give yet (%1).")
                                      .arg(methods.join(u", "_s)));
            request.handler(failed);
            return;
        }
        if (type != "complete"_L1) {
            McpRpcOutcome failed;
            failed.error =
                McpError::make(Mcp::ErrorKind::Protocol,
                               tr("The server sent a result of an unknown type."), type.left(80));
            request.handler(failed);
            return;
        }
    }
    request.handler(outcome);
}

void McpClient::cancelRequest(const std::shared_ptr<McpDetail::RequestHandle> &handle,
                              const QString &reason)
{
    handle->cancelled = true;
    if (m_session && handle->rpcId > 0)
        m_session->cancel(handle->rpcId, reason);
}
