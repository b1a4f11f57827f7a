// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// McpClient over Streamable HTTP against scripted loopback servers: the legacy shape (session,
// SSE and JSON answers, the GET stream, resumption with Last-Event-ID, re-initialize on an
// expired session, DELETE) and 2026-07-28 (discover, Mcp-* headers, no session, cancelling by
// closing the stream, -32022 fallback), and the bad cases: redirects to another origin, 401,
// timeouts, oversized and malformed bodies, secrets in logs.

#include "httpfake.h"
#include "loopbackserver.h"
#include "mcpclient.h"
#include "mcptesting.h"
#include "networkaccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace McpTesting;
using namespace McpHttpFake;
using Request = LoopbackServer::Request;
using Response = LoopbackServer::Response;

namespace {
/** The modern probe and the initialize of a legacy connection, then the list. */
bool connectLegacy(McpClient &client)
{
    client.connectToServer();
    return waitReady(client) && client.era() == Mcp::Era::Legacy && waitTools(client);
}
} // namespace

class TestMcpHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void legacyHandshakeAndHeaders();
    void getStreamDeliversServerMessages();
    void serverRequestOnTheResponseStreamIsAnswered();
    void legacyCancelPostsANotification();
    void sessionExpiry_data();
    void sessionExpiry();
    void sessionRenewedOnlyOnce();
    void resumesABrokenStream_data();
    void resumesABrokenStream();
    void resumptionRefused();
    void streamEndsWithoutAnswer();
    void deleteOnClose();
    void modernHandshakeAndHeaders();
    void modernCancelClosesTheStream();
    void modernListenAndInputRequired();
    void unsupportedVersion_data();
    void unsupportedVersion();
    void redirectToAnotherOriginIsRefused();
    void unauthorized();
    void connectionRefused();
    void timeoutCancels();
    void oversizedAndMalformedBodies();
    void secretsAreNeverLogged();

private:
    QNetworkAccessManager *m_network = nullptr;
};

void TestMcpHttp::initTestCase()
{
    m_network = NetworkAccess::createManager(this);
    NetworkAccess::ProxySettings direct;
    direct.mode = NetworkAccess::ProxySettings::Mode::None;
    NetworkAccess::applyProxy(m_network, direct);
}

void TestMcpHttp::legacyHandshakeAndHeaders()
{
    HttpFake fake(false);
    McpClient client(fake.config(), m_network, quickOptions());
    QVERIFY(connectLegacy(client));
    QCOMPARE(client.serverInfo().name, u"http-fake"_s);
    QCOMPARE(client.serverInfo().protocolVersion, u"2025-11-25"_s);
    const auto echo = call(client, u"echo"_s, {{"message"_L1, "over SSE"_L1}});
    QCOMPARE(firstText(*echo), u"Echo: over SSE"_s);

    const Request discover = fake.requestsFor(u"server/discover"_s).value(0);
    QCOMPARE(discover.header("mcp-protocol-version"), "2026-07-28"_ba);
    QCOMPARE(discover.header("mcp-method"), "server/discover"_ba);
    QVERIFY(!discover.hasHeader("mcp-session-id"));
    const Request init = fake.requestsFor(u"initialize"_s).value(0);
    QVERIFY(!init.hasHeader("mcp-session-id"));
    QVERIFY(!init.hasHeader("mcp-protocol-version"));
    QVERIFY(!init.hasHeader("mcp-method")); // legacy requests carry no modern headers
    for (const Request &r : fake.server.requests()) {
        if (r.method != "POST")
            continue;
        QCOMPARE(r.header("accept"), "application/json, text/event-stream"_ba);
        QVERIFY(r.header("content-type").startsWith("application/json"));
    }
    for (const QString &method :
         {u"notifications/initialized"_s, u"tools/list"_s, u"tools/call"_s}) {
        const Request r = fake.requestsFor(method).value(0);
        QCOMPARE(r.header("mcp-session-id"), "sess-1"_ba);
        QCOMPARE(r.header("mcp-protocol-version"), "2025-11-25"_ba);
    }
    // The GET stream was tried once with the session; 405 means none, and it is not retried.
    QTRY_COMPARE(fake.requestsWithVerb("GET").size(), 1);
    QCOMPARE(fake.requestsWithVerb("GET").first().header("mcp-session-id"), "sess-1"_ba);
    QCOMPARE(fake.requestsWithVerb("GET").first().header("accept"), "text/event-stream"_ba);
}

void TestMcpHttp::getStreamDeliversServerMessages()
{
    HttpFake fake(false);
    fake.hook = [](const Request &r, const QJsonObject &) -> std::optional<Response> {
        if (r.method != "GET")
            return std::nullopt;
        Response stream = sse(
            {": keep-alive\n\n", sseMessage({{"jsonrpc"_L1, "2.0"_L1},
                                             {"method"_L1, "notifications/tools/list_changed"_L1}},
                                            "g1")});
        stream.end = Response::End::Stall;
        return stream;
    };
    McpClient client(fake.config(), m_network, quickOptions());
    QVERIFY(connectLegacy(client));
    QTRY_COMPARE(fake.requestsFor(u"tools/list"_s).size(), 2);
}

void TestMcpHttp::serverRequestOnTheResponseStreamIsAnswered()
{
    HttpFake fake(false);
    fake.hook = [](const Request &r, const QJsonObject &body) -> std::optional<Response> {
        if (body.value("method"_L1).toString() != "tools/call"_L1)
            return std::nullopt;
        const QJsonValue id = body.value("id"_L1);
        Response stream = sse(
            {sseMessage(
                 {{"jsonrpc"_L1, "2.0"_L1}, {"id"_L1, "srv-ping"_L1}, {"method"_L1, "ping"_L1}}),
             sseMessage(result(id, text(u"pinged"_s)))});
        stream.delaysMs = {0, 200};
        Q_UNUSED(r);
        return stream;
    };
    McpClient client(fake.config(), m_network, quickOptions());
    QVERIFY(connectLegacy(client));
    QCOMPARE(firstText(*call(client, u"echo"_s)), u"pinged"_s);
    bool answered = false;
    for (const Request &r : fake.server.requests()) {
        const QJsonObject body = r.json();
        answered |= body.value("id"_L1).toString() == "srv-ping"_L1 &&
                    body.value("result"_L1).isObject() && r.header("mcp-session-id") == "sess-1";
    }
    QVERIFY(answered);
}

void TestMcpHttp::legacyCancelPostsANotification()
{
    HttpFake fake(false);
    fake.hook = [](const Request &, const QJsonObject &body) -> std::optional<Response> {
        if (body.value("method"_L1).toString() != "tools/call"_L1)
            return std::nullopt;
        const QJsonObject params = body.value("params"_L1).toObject();
        const QJsonValue token = params.value("_meta"_L1).toObject().value("progressToken"_L1);
        Response stream =
            sse({"id: p\ndata: \n\n",
                 sseMessage(
                     {{"jsonrpc"_L1, "2.0"_L1},
                      {"method"_L1, "notifications/progress"_L1},
                      {"params"_L1, QJsonObject{{"progressToken"_L1, token}, {"progress"_L1, 1}}}},
                     "e1")});
        stream.end = Response::End::Stall;
        return stream;
    };
    McpClient client(fake.config(), m_network, quickOptions());
    QVERIFY(connectLegacy(client));
    std::unique_ptr<McpToolCall> slow(client.callTool(u"slow"_s));
    QSignalSpy progress(slow.get(), &McpToolCall::progressed);
    QVERIFY(progress.wait(5000));
    const int disconnects = fake.server.disconnectCount();
    slow->cancel(u"user"_s);
    QTRY_COMPARE(fake.requestsFor(u"notifications/cancelled"_s).size(), 1);
    const QJsonObject params =
        fake.requestsFor(u"notifications/cancelled"_s).first().json().value("params"_L1).toObject();
    QCOMPARE(params.value("requestId"_L1).toInteger(),
             fake.requestsFor(u"tools/call"_s).first().json().value("id"_L1).toInteger());
    QTRY_VERIFY(fake.server.disconnectCount() > disconnects); // and the stream is dropped
}

void TestMcpHttp::sessionExpiry_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("404 (specification)") << 404;
    QTest::newRow("400 (server-everything)") << 400;
}

void TestMcpHttp::sessionExpiry()
{
    QFETCH(int, status);
    HttpFake fake(false);
    McpClient client(fake.config(), m_network, quickOptions());
    QVERIFY(connectLegacy(client));
    bool expired = false;
    fake.hook = [&](const Request &r, const QJsonObject &body) -> std::optional<Response> {
        if (expired || body.value("method"_L1).toString() != "tools/call"_L1)
            return std::nullopt;
        expired = true;
        Q_UNUSED(r);
        return json(rpcError(QJsonValue(), status == 404 ? -32001 : -32000,
                             status == 404 ? u"Session not found"_s
                                           : u"Bad Request: No valid session ID provided"_s),
                    status);
    };
    const auto echo = call(client, u"echo"_s, {{"message"_L1, "again"_L1}});
    QCOMPARE(firstText(*echo), u"Echo: again"_s);
    QCOMPARE(fake.requestsFor(u"initialize"_s).size(), 2);
    QVERIFY(!fake.requestsFor(u"initialize"_s).last().hasHeader("mcp-session-id"));
    const QList<Request> calls = fake.requestsFor(u"tools/call"_s);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.first().header("mcp-session-id"), "sess-1"_ba);
    QCOMPARE(calls.last().header("mcp-session-id"), "sess-2"_ba);
    QVERIFY(calls.last().json().value("id"_L1) != calls.first().json().value("id"_L1));
    QCOMPARE(client.state(), Mcp::State::Ready);
}

void TestMcpHttp::sessionRenewedOnlyOnce()
{
    HttpFake fake(false);
    McpClient client(fake.config(), m_network, quickOptions());
    QVERIFY(connectLegacy(client));
    fake.hook = [](const Request &, const QJsonObject &body) -> std::optional<Response> {
        if (body.value("method"_L1).toString() != "tools/call"_L1)
            return std::nullopt;
        return json(rpcError(QJsonValue(), -32001, u"Session not found"_s), 404);
    };
    const auto echo = call(client, u"echo"_s);
    QCOMPARE(echo->error().kind, Mcp::ErrorKind::SessionExpired);
    QCOMPARE(fake.requestsFor(u"initialize"_s).size(), 2);
    QCOMPARE(fake.requestsFor(u"tools/call"_s).size(), 2);
}

void TestMcpHttp::resumesABrokenStream_data()
{
    QTest::addColumn<int>("end");
    QTest::newRow("connection reset") << int(Response::End::Abort);
    QTest::newRow("closed after retry (polling)") << int(Response::End::Normal);
}

void TestMcpHttp::resumesABrokenStream()
{
    QFETCH(int, end);
    HttpFake fake(false);
    QJsonValue callId;
    fake.hook = [&](const Request &r, const QJsonObject &body) -> std::optional<Response> {
        if (r.method == "GET" && r.hasHeader("last-event-id")) {
            Response replay = sse({sseMessage(result(callId, text(u"resumed"_s)), "e3")});
            replay.end = Response::End::Stall; // server-everything keeps it open
            return replay;
        }
        if (body.value("method"_L1).toString() != "tools/call"_L1)
            return std::nullopt;
        callId = body.value("id"_L1);
        const QJsonValue token = body.value("params"_L1)
                                     .toObject()
                                     .value("_meta"_L1)
                                     .toObject()
                                     .value("progressToken"_L1);
        Response broken =
            sse({"id: e1\ndata: \n\n", "retry: 50\n\n",
                 sseMessage(
                     {{"jsonrpc"_L1, "2.0"_L1},
                      {"method"_L1, "notifications/progress"_L1},
                      {"params"_L1, QJsonObject{{"progressToken"_L1, token}, {"progress"_L1, 1}}}},
                     "e2")});
        broken.end = Response::End(end);
        return broken;
    };
    McpClient client(fake.config(), m_network, quickOptions());
    QVERIFY(connectLegacy(client));
    const int disconnects = fake.server.disconnectCount();
    std::unique_ptr<McpToolCall> c(client.callTool(u"echo"_s));
    QSignalSpy progress(c.get(), &McpToolCall::progressed);
    QSignalSpy finished(c.get(), &McpToolCall::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(c->error().kind, Mcp::ErrorKind::None);
    QCOMPARE(firstText(*c), u"resumed"_s);
    QCOMPARE(progress.size(), 1);
    Request resume;
    for (const Request &r : fake.requestsWithVerb("GET")) {
        if (r.hasHeader("last-event-id"))
            resume = r;
    }
    QCOMPARE(resume.header("last-event-id"), "e2"_ba);
    QCOMPARE(resume.header("mcp-session-id"), "sess-1"_ba);
    QCOMPARE(resume.header("mcp-protocol-version"), "2025-11-25"_ba);
    // The replay stream stayed open on the server's side; the client closed it.
    QTRY_VERIFY(fake.server.disconnectCount() >=
                disconnects + (end == int(Response::End::Abort) ? 2 : 1));
    QCOMPARE(fake.server.openConnections() <= 2, true);
}

void TestMcpHttp::resumptionRefused()
{
    HttpFake fake(false);
    fake.hook = [](const Request &r, const QJsonObject &body) -> std::optional<Response> {
        if (r.method == "GET" && r.hasHeader("last-event-id"))
            return Response::full(405, {});
        if (body.value("method"_L1).toString() != "tools/call"_L1)
            return std::nullopt;
        Response broken = sse({"id: e1\nretry: 10\ndata: \n\n"});
        broken.end = Response::End::Abort;
        return broken;
    };
    McpClient client(fake.config(), m_network, quickOptions());
    QVERIFY(connectLegacy(client));
    const auto c = call(client, u"echo"_s);
    QCOMPARE(c->error().kind, Mcp::ErrorKind::Network);
    QVERIFY(c->error().message.contains("405"_L1));
    QCOMPARE(client.state(), Mcp::State::Ready);
}

void TestMcpHttp::streamEndsWithoutAnswer()
{
    HttpFake fake(false);
    fake.hook = [](const Request &, const QJsonObject &body) -> std::optional<Response> {
        if (body.value("method"_L1).toString() != "tools/call"_L1)
            return std::nullopt;
        return sse({": nothing to see\n\n"}); // no event id: nothing to resume
    };
    McpClient client(fake.config(), m_network, quickOptions());
    QVERIFY(connectLegacy(client));
    const auto c = call(client, u"echo"_s);
    QCOMPARE(c->error().kind, Mcp::ErrorKind::Protocol);
}

void TestMcpHttp::deleteOnClose()
{
    HttpFake fake(false);
    McpClient client(fake.config(), m_network, quickOptions());
    QVERIFY(connectLegacy(client));
    client.close();
    QTRY_COMPARE(client.state(), Mcp::State::Closed);
    const QList<Request> deletes = fake.requestsWithVerb("DELETE");
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(deletes.first().header("mcp-session-id"), "sess-1"_ba);
}

void TestMcpHttp::modernHandshakeAndHeaders()
{
    HttpFake fake(true);
    McpClient client(fake.config(), m_network, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    QCOMPARE(client.era(), Mcp::Era::Modern);
    QCOMPARE(client.serverInfo().name, u"modern-fake"_s);
    QVERIFY(waitTools(client));
    // "bad" puts x-mcp-header on a number: a client on HTTP must drop it.
    QCOMPARE(client.tools().size(), 2);
    QVERIFY(!client.findTool(u"bad"_s));

    QCOMPARE(firstText(*call(client, u"echo"_s)), u"called echo region="_s);
    QCOMPARE(firstText(*call(client, u"region"_s, {{"region"_L1, u"Zürich"_s}})),
             u"called region region==?base64?WsO8cmljaA==?="_s);
    const Request toolCall = fake.requestsFor(u"tools/call"_s).first();
    QCOMPARE(toolCall.header("mcp-name"), "echo"_ba);
    const QJsonObject meta =
        toolCall.json().value("params"_L1).toObject().value("_meta"_L1).toObject();
    QCOMPARE(meta.value("io.modelcontextprotocol/protocolVersion"_L1).toString(), u"2026-07-28"_s);
    QVERIFY(meta.value("io.modelcontextprotocol/clientCapabilities"_L1).isObject());
    QCOMPARE(
        meta.value("io.modelcontextprotocol/clientInfo"_L1).toObject().value("name"_L1).toString(),
        u"Confab"_s);
    QVERIFY(meta.contains("progressToken"_L1));
    client.close();
    QTRY_COMPARE(client.state(), Mcp::State::Closed);
    for (const Request &r : fake.server.requests()) {
        QCOMPARE(r.method, "POST"_ba); // no GET stream, no DELETE
        QVERIFY(!r.hasHeader("mcp-session-id"));
        QCOMPARE(r.header("mcp-protocol-version"), "2026-07-28"_ba);
    }
    QVERIFY(fake.requestsFor(u"initialize"_s).isEmpty());
}

void TestMcpHttp::modernCancelClosesTheStream()
{
    HttpFake fake(true);
    fake.hook = [](const Request &, const QJsonObject &body) -> std::optional<Response> {
        if (body.value("method"_L1).toString() != "tools/call"_L1)
            return std::nullopt;
        const QJsonValue token = body.value("params"_L1)
                                     .toObject()
                                     .value("_meta"_L1)
                                     .toObject()
                                     .value("progressToken"_L1);
        Response stream = sse({sseMessage(
            {{"jsonrpc"_L1, "2.0"_L1},
             {"method"_L1, "notifications/progress"_L1},
             {"params"_L1, QJsonObject{{"progressToken"_L1, token}, {"progress"_L1, 1}}}})});
        stream.end = Response::End::Stall;
        return stream;
    };
    McpClient client(fake.config(), m_network, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    std::unique_ptr<McpToolCall> slow(client.callTool(u"echo"_s));
    QSignalSpy progress(slow.get(), &McpToolCall::progressed);
    QVERIFY(progress.wait(5000));
    const int disconnects = fake.server.disconnectCount();
    slow->cancel();
    QTRY_VERIFY(fake.server.disconnectCount() > disconnects);
    QVERIFY(fake.requestsFor(u"notifications/cancelled"_s).isEmpty());
}

void TestMcpHttp::modernListenAndInputRequired()
{
    HttpFake fake(true);
    fake.listChanged = true;
    McpClient client(fake.config(), m_network, quickOptions());
    client.connectToServer();
    QVERIFY(waitTools(client));
    // The listen stream carries list_changed: the tools are listed again.
    QTRY_COMPARE(fake.requestsFor(u"tools/list"_s).size(), 2);
    const Request listen = fake.requestsFor(u"subscriptions/listen"_s).value(0);
    QCOMPARE(listen.header("mcp-method"), "subscriptions/listen"_ba);
    QVERIFY(listen.json()
                .value("params"_L1)
                .toObject()
                .value("notifications"_L1)
                .toObject()
                .value("toolsListChanged"_L1)
                .toBool());

    // input_required with only a requestState: sent again at once, with a new id.
    QCOMPARE(firstText(*call(client, u"inputreq"_s)), u"state ok"_s);
    const QList<Request> calls = fake.requestsFor(u"tools/call"_s);
    QCOMPARE(calls.size(), 2);
    QVERIFY(calls.at(0).json().value("id"_L1) != calls.at(1).json().value("id"_L1));
    QCOMPARE(calls.at(1).json().value("params"_L1).toObject().value("requestState"_L1).toString(),
             u"state-7"_s);

    const int disconnects = fake.server.disconnectCount();
    client.close();
    QTRY_COMPARE(client.state(), Mcp::State::Closed);
    QTRY_VERIFY(fake.server.disconnectCount() > disconnects); // the listen stream is closed
}

void TestMcpHttp::unsupportedVersion_data()
{
    QTest::addColumn<QStringList>("supported");
    QTest::addColumn<bool>("fallsBack");
    QTest::newRow("a legacy version: initialize") << QStringList{u"2025-11-25"_s} << true;
    QTest::newRow("only a future version: fail") << QStringList{u"2099-01-01"_s} << false;
}

void TestMcpHttp::unsupportedVersion()
{
    QFETCH(QStringList, supported);
    QFETCH(bool, fallsBack);
    HttpFake fake(false);
    fake.hook = [&](const Request &, const QJsonObject &body) -> std::optional<Response> {
        if (body.value("method"_L1).toString() != "server/discover"_L1)
            return std::nullopt;
        return json(rpcError(body.value("id"_L1), -32022, u"Unsupported protocol version"_s,
                             QJsonObject{{"supported"_L1, QJsonArray::fromStringList(supported)},
                                         {"requested"_L1, "2026-07-28"_L1}}),
                    400);
    };
    McpClient client(fake.config(), m_network, quickOptions());
    client.connectToServer();
    QCOMPARE(waitReady(client), fallsBack);
    QCOMPARE(fake.requestsFor(u"initialize"_s).size(), fallsBack ? 1 : 0);
    if (!fallsBack) {
        QCOMPARE(client.error().kind, Mcp::ErrorKind::VersionMismatch);
        QVERIFY(client.error().message.contains("2099-01-01"_L1));
    }
}

void TestMcpHttp::redirectToAnotherOriginIsRefused()
{
    LoopbackServer elsewhere;
    HttpFake fake(false);
    fake.hook = [&](const Request &, const QJsonObject &) -> std::optional<Response> {
        return Response::redirect(307, elsewhere.url(u"/mcp").toEncoded());
    };
    McpServerConfig config = fake.config();
    config.headers.append({"Authorization"_ba, "Bearer secret-token"_ba});
    McpClient client(config, m_network, quickOptions());
    client.connectToServer();
    QVERIFY(!waitReady(client));
    QCOMPARE(client.error().kind, Mcp::ErrorKind::Redirect);
    QCOMPARE(elsewhere.requestCount(), 0);
}

void TestMcpHttp::unauthorized()
{
    HttpFake fake(false);
    fake.hook = [](const Request &, const QJsonObject &) -> std::optional<Response> {
        return Response::full(401, "{}").withHeader("WWW-Authenticate", "Bearer");
    };
    McpClient client(fake.config(), m_network, quickOptions());
    client.connectToServer();
    QVERIFY(!waitReady(client));
    QCOMPARE(client.error().kind, Mcp::ErrorKind::Auth);
    QCOMPARE(client.error().httpStatus, 401);
    QCOMPARE(fake.requestsFor(u"initialize"_s).size(), 0); // no fallback on an auth error
}

void TestMcpHttp::connectionRefused()
{
    quint16 port = 0;
    {
        LoopbackServer gone;
        port = gone.port();
    }
    McpServerConfig config;
    config.transport = Mcp::Transport::Http;
    config.url = QUrl(u"http://127.0.0.1:%1/mcp"_s.arg(port));
    McpClient client(config, m_network, quickOptions());
    client.connectToServer();
    QVERIFY(!waitReady(client));
    QCOMPARE(client.error().kind, Mcp::ErrorKind::Network);

    config.url = QUrl(u"ftp://127.0.0.1/mcp"_s);
    McpClient badUrl(config, m_network, quickOptions());
    badUrl.connectToServer();
    QVERIFY(!waitReady(badUrl));
    QCOMPARE(badUrl.error().kind, Mcp::ErrorKind::FailedToStart);
}

void TestMcpHttp::timeoutCancels()
{
    HttpFake fake(false);
    fake.hook = [](const Request &, const QJsonObject &body) -> std::optional<Response> {
        if (body.value("method"_L1).toString() != "tools/call"_L1)
            return std::nullopt;
        Response stall = sse({"id: x\ndata: \n\n"});
        stall.end = Response::End::Stall;
        return stall;
    };
    McpClient client(fake.config(), m_network, quickOptions());
    QVERIFY(connectLegacy(client));
    McpCallOptions options;
    options.timeoutMs = 300;
    const auto c = call(client, u"echo"_s, {}, options);
    QCOMPARE(c->error().kind, Mcp::ErrorKind::Timeout);
    QTRY_COMPARE(fake.requestsFor(u"notifications/cancelled"_s).size(), 1);
}

void TestMcpHttp::oversizedAndMalformedBodies()
{
    HttpFake fake(false);
    fake.hook = [](const Request &, const QJsonObject &body) -> std::optional<Response> {
        const QString tool = body.value("params"_L1).toObject().value("name"_L1).toString();
        const QJsonValue id = body.value("id"_L1);
        if (tool == "big-json"_L1)
            return json(result(id, text(QString(2 * 1024 * 1024, u'x'))));
        if (tool == "big-event"_L1)
            return sse({sseMessage(result(id, text(QString(2 * 1024 * 1024, u'x'))))});
        if (tool == "not-json"_L1)
            return Response::full(200, "this is not JSON");
        if (tool == "html"_L1)
            return Response::full(200, "<html>proxy login</html>", "text/html");
        return std::nullopt;
    };
    McpClientOptions options = quickOptions();
    options.maxMessageBytes = 1024 * 1024;
    McpClient client(fake.config(), m_network, options);
    QVERIFY(connectLegacy(client));
    QCOMPARE(call(client, u"big-json"_s)->error().kind, Mcp::ErrorKind::MessageTooLarge);
    QCOMPARE(call(client, u"big-event"_s)->error().kind, Mcp::ErrorKind::MessageTooLarge);
    QCOMPARE(call(client, u"not-json"_s)->error().kind, Mcp::ErrorKind::Protocol);
    QCOMPARE(call(client, u"html"_s)->error().kind, Mcp::ErrorKind::Protocol);
    QCOMPARE(client.state(), Mcp::State::Ready); // per request on HTTP: the session lives on
    QCOMPARE(firstText(*call(client, u"echo"_s, {{"message"_L1, "ok"_L1}})), u"Echo: ok"_s);
}

namespace {
QStringList g_messages;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}
} // namespace

void TestMcpHttp::secretsAreNeverLogged()
{
    HttpFake fake(false);
    McpServerConfig config = fake.config();
    config.headers.append({"Authorization"_ba, "Bearer sk-header-secret"_ba});
    QLoggingCategory::setFilterRules(u"confab.mcp.debug=true"_s);
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    {
        McpClient client(config, m_network, quickOptions());
        client.connectToServer();
        if (waitReady(client)) {
            call(client, u"echo"_s, {{"message"_L1, "argument-secret"_L1}});
            fake.hook = [](const Request &, const QJsonObject &) -> std::optional<Response> {
                return json(rpcError(QJsonValue(), -32001, u"Session not found"_s), 404);
            };
            call(client, u"echo"_s, {{"message"_L1, "argument-secret"_L1}});
            client.close();
            QTRY_COMPARE(client.state(), Mcp::State::Closed);
        }
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(g_messages.size() > 5); // debug logging was on
    for (const QString &message : std::as_const(g_messages)) {
        QVERIFY2(!message.contains("sk-header-secret"_L1), qPrintable(message));
        QVERIFY2(!message.contains("argument-secret"_L1), qPrintable(message));
        QVERIFY2(!message.contains("sess-1"_L1), qPrintable(message)); // nor the session id
    }
    QCOMPARE(fake.requestsFor(u"initialize"_s).value(0).header("authorization"),
             "Bearer sk-header-secret"_ba);
}

QTEST_GUILESS_MAIN(TestMcpHttp)
#include "tst_mcphttp.moc"
