// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// McpClient against the real reference servers from npm (pinned in tools/dev.sh):
// @modelcontextprotocol/server-everything over stdio and Streamable HTTP, and
// @modelcontextprotocol/server-filesystem over stdio on a temporary folder. Outside CI the
// test skips when node or the servers are missing; in CI it fails.

#include "mcpaudit.h"
#include "mcpclient.h"
#include "mcptesting.h"
#include "networkaccess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace McpTesting;

namespace {
// A 1×1 PNG.
const QByteArray kPng = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUl"
                                               "EQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

QString serverScript(const QString &package)
{
    return serversDir() + u"/node_modules/@modelcontextprotocol/"_s + package + u"/dist/index.js"_s;
}

McpServerConfig everythingStdio()
{
    McpServerConfig config;
    config.name = u"everything"_s;
    config.program = nodeProgram();
    config.arguments = {serverScript(u"server-everything"_s), u"stdio"_s};
    return config;
}

McpClientOptions options()
{
    McpClientOptions o = quickOptions();
    o.requestTimeoutMs = 20'000;
    o.handshakeTimeoutMs = 20'000;
    return o;
}

QStringList names(const QList<McpTool> &tools)
{
    QStringList out;
    for (const McpTool &t : tools)
        out.append(t.name);
    return out;
}
} // namespace

class TestMcpServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everythingOverStdio();
    void everythingCancelAndEnvironment();
    void everythingOverHttp();
    void filesystemOverStdio();

private:
    QNetworkAccessManager *m_network = nullptr;
};

void TestMcpServers::initTestCase()
{
    MCP_REQUIRE_SERVERS();
    m_network = NetworkAccess::createManager(this);
    NetworkAccess::ProxySettings direct;
    direct.mode = NetworkAccess::ProxySettings::Mode::None;
    NetworkAccess::applyProxy(m_network, direct);
}

void TestMcpServers::everythingOverStdio()
{
    McpClient client(everythingStdio(), nullptr, options());
    QSignalSpy notified(&client, &McpClient::notificationReceived);
    client.connectToServer();
    QVERIFY(waitReady(client));
    QCOMPARE(client.era(), Mcp::Era::Legacy); // server/discover got -32601, then initialize
    QCOMPARE(client.serverInfo().name, u"mcp-servers/everything"_s);
    QCOMPARE(client.serverInfo().protocolVersion, u"2025-11-25"_s);
    QVERIFY(!client.serverInfo().instructions.isEmpty());
    QVERIFY(waitTools(client));
    // It announces list_changed right after initialized; the client lists again.
    QTRY_VERIFY(std::any_of(notified.cbegin(), notified.cend(), [](const QList<QVariant> &a) {
        return a.at(0).toString() == "notifications/tools/list_changed"_L1;
    }));
    QTRY_VERIFY(!client.isListingTools());
    const QStringList tools = names(client.tools());
    for (const QString &name : {u"echo"_s, u"get-sum"_s, u"get-tiny-image"_s,
                                u"get-structured-content"_s, u"trigger-long-running-operation"_s})
        QVERIFY2(tools.contains(name), qPrintable(name));
    const McpTool *echoTool = client.findTool(u"echo"_s);
    QVERIFY(echoTool->hint("readOnlyHint"_L1, false));
    for (const McpTool &tool : client.tools())
        QVERIFY2(McpToolAudit::findHiddenText(tool).isEmpty(), qPrintable(tool.name));
    const QByteArray fingerprint = McpToolAudit::fingerprint(*echoTool);

    QCOMPARE(firstText(*call(client, u"echo"_s, {{"message"_L1, "hello"_L1}})), u"Echo: hello"_s);
    QCOMPARE(firstText(*call(client, u"get-sum"_s, {{"a"_L1, 2}, {"b"_L1, 3}})),
             u"The sum of 2 and 3 is 5."_s);

    const auto image = call(client, u"get-tiny-image"_s);
    const auto png =
        std::find_if(image->result().content.cbegin(), image->result().content.cend(),
                     [](const McpContent &c) { return c.type == Mcp::ContentType::Image; });
    QVERIFY(png != image->result().content.cend());
    QCOMPARE(png->mimeType, u"image/png"_s);
    QVERIFY(QByteArray::fromBase64(png->data).startsWith("\x89PNG"));

    const auto structured =
        call(client, u"get-structured-content"_s, {{"location"_L1, "New York"_L1}});
    QVERIFY(structured->result().structuredContent.toObject().contains("temperature"_L1));

    const auto links = call(client, u"get-resource-links"_s, {{"count"_L1, 2}});
    QCOMPARE(std::count_if(links->result().content.cbegin(), links->result().content.cend(),
                           [](const McpContent &c) {
                               return c.type == Mcp::ContentType::ResourceLink && !c.uri.isEmpty();
                           }),
             2);
    const auto embedded = call(client, u"get-resource-reference"_s,
                               {{"resourceType"_L1, "Text"_L1}, {"resourceId"_L1, 1}});
    QVERIFY(std::any_of(embedded->result().content.cbegin(), embedded->result().content.cend(),
                        [](const McpContent &c) {
                            return c.type == Mcp::ContentType::Resource && !c.text.isEmpty();
                        }));

    const auto invalid = call(client, u"get-sum"_s, {{"a"_L1, "two"_L1}});
    QVERIFY(!invalid->error().isError());
    QVERIFY(invalid->result().isError); // validation errors come back as tool errors

    std::unique_ptr<McpToolCall> slow(client.callTool(u"trigger-long-running-operation"_s,
                                                      {{"duration"_L1, 0.6}, {"steps"_L1, 3}}));
    QSignalSpy progress(slow.get(), &McpToolCall::progressed);
    QSignalSpy finished(slow.get(), &McpToolCall::finished);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.last().first().value<McpProgress>().total, 3.0);
    QVERIFY(firstText(*slow).startsWith("Long running operation completed"_L1));

    // The same definition gives the same fingerprint in a new connection.
    McpClient again(everythingStdio(), nullptr, options());
    again.connectToServer();
    QVERIFY(waitTools(again));
    QCOMPARE(McpToolAudit::fingerprint(*again.findTool(u"echo"_s)), fingerprint);
}

void TestMcpServers::everythingCancelAndEnvironment()
{
    qputenv("CONFAB_TEST_ANTHROPIC_API_KEY", "sk-ant-must-not-leak");
    McpServerConfig config = everythingStdio();
    config.environment.insert(u"MCP_TEST_VISIBLE"_s, u"configured"_s);
    McpClient client(config, nullptr, options());
    client.connectToServer();
    QVERIFY(waitReady(client));
    const QString env = firstText(*call(client, u"get-env"_s));
    qunsetenv("CONFAB_TEST_ANTHROPIC_API_KEY");
    QVERIFY(env.contains("MCP_TEST_VISIBLE"_L1));
    QVERIFY(!env.contains("sk-ant-must-not-leak"_L1));

    std::unique_ptr<McpToolCall> slow(client.callTool(u"trigger-long-running-operation"_s,
                                                      {{"duration"_L1, 3}, {"steps"_L1, 6}}));
    QSignalSpy progress(slow.get(), &McpToolCall::progressed);
    QSignalSpy finished(slow.get(), &McpToolCall::finished);
    QVERIFY(progress.wait(5000));
    slow->cancel();
    QCOMPARE(slow->error().kind, Mcp::ErrorKind::Cancelled);
    // The server keeps sending progress for it (seen in the probes); the client drops it.
    QCOMPARE(firstText(*call(client, u"echo"_s, {{"message"_L1, "after cancel"_L1}})),
             u"Echo: after cancel"_s);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(progress.size(), 1);
    client.close();
    QTRY_COMPARE(client.state(), Mcp::State::Closed);
}

void TestMcpServers::everythingOverHttp()
{
    // It binds every interface with no host option: the preload keeps it on 127.0.0.1 and
    // reports the port that PORT=0 got, so no port is guessed.
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PORT"_s, u"0"_s);
    server.setProcessEnvironment(env);
    server.start(nodeProgram(),
                 {u"--require"_s, QStringLiteral(CONFAB_MCP_LOOPBACK_PRELOAD),
                                                 serverScript(u"server-everything"_s),
                                                 u"streamableHttp"_s});
    QVERIFY(server.waitForStarted(5000));
    QByteArray err;
    const QRegularExpression portLine(u"confab-test-port=(\\d+)"_s);
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT((err += server.readAllStandardError(),
                              match = portLine.match(QString::fromUtf8(err)), match.hasMatch()),
                             10'000);
    McpServerConfig config;
    config.transport = Mcp::Transport::Http;
    config.name = u"everything-http"_s;
    config.url = QUrl(u"http://127.0.0.1:%1/mcp"_s.arg(match.captured(1)));
    {
        McpClient client(config, m_network, options());
        client.connectToServer();
        QVERIFY(waitReady(client));
        QCOMPARE(client.era(), Mcp::Era::Legacy); // the modern probe got a 400 first
        QVERIFY(waitTools(client));
        QVERIFY(client.findTool(u"echo"_s));
        QCOMPARE(firstText(*call(client, u"echo"_s, {{"message"_L1, "over HTTP"_L1}})),
                 u"Echo: over HTTP"_s);
        const auto image = call(client, u"get-tiny-image"_s);
        QVERIFY(std::any_of(image->result().content.cbegin(), image->result().content.cend(),
                            [](const McpContent &c) { return c.type == Mcp::ContentType::Image; }));

        std::unique_ptr<McpToolCall> slow(client.callTool(u"trigger-long-running-operation"_s,
                                                          {{"duration"_L1, 3}, {"steps"_L1, 6}}));
        QSignalSpy progress(slow.get(), &McpToolCall::progressed);
        QVERIFY(progress.wait(5000)); // progress arrives on the POST's SSE stream
        slow->cancel();
        QCOMPARE(firstText(*call(client, u"get-sum"_s, {{"a"_L1, 1}, {"b"_L1, 1}})),
                 u"The sum of 1 and 1 is 2."_s);
        client.close();
        QTRY_COMPARE(client.state(), Mcp::State::Closed);
    }
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += server.readAllStandardOutput(),
                              out.contains("Received session termination request")),
                             5000);                       // DELETE ended the session
    QVERIFY(out.contains("Establishing new SSE stream")); // the GET stream was opened
    server.terminate();
    QVERIFY(server.waitForFinished(5000));
}

void TestMcpServers::filesystemOverStdio()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = QFileInfo(dir.path()).canonicalFilePath();
    QFile readme(root + u"/README.md"_s);
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.write("# Demo\nA folder for the MCP test.\n");
    readme.close();
    QFile png(root + u"/logo.png"_s);
    QVERIFY(png.open(QIODevice::WriteOnly));
    png.write(kPng);
    png.close();

    McpServerConfig config;
    config.name = u"filesystem"_s;
    config.program = nodeProgram();
    config.arguments = {serverScript(u"server-filesystem"_s), root};
    McpClient client(config, nullptr, options());
    client.connectToServer();
    QVERIFY(waitTools(client));
    QCOMPARE(client.serverInfo().name, u"secure-filesystem-server"_s);
    QVERIFY(client.findTool(u"write_file"_s)->hint("destructiveHint"_L1, false));
    QVERIFY(client.findTool(u"read_text_file"_s)->hint("readOnlyHint"_L1, false));

    QVERIFY(firstText(*call(client, u"list_allowed_directories"_s)).contains(root));
    const QString listing = firstText(*call(client, u"list_directory"_s, {{"path"_L1, root}}));
    QVERIFY(listing.contains("README.md"_L1));
    QVERIFY(listing.contains("logo.png"_L1));
    QVERIFY(firstText(
                *call(client, u"read_text_file"_s, {{"path"_L1, QString(root + u"/README.md"_s)}}))
                .contains("A folder for the MCP test."_L1));

    const auto media =
        call(client, u"read_media_file"_s, {{"path"_L1, QString(root + u"/logo.png"_s)}});
    QCOMPARE(media->result().content.size(), 1);
    QCOMPARE(media->result().content.first().type, Mcp::ContentType::Image);
    QCOMPARE(QByteArray::fromBase64(media->result().content.first().data), kPng);

    const auto outside = call(client, u"read_text_file"_s, {{"path"_L1, u"/etc/passwd"_s}});
    QVERIFY(outside->result().isError);
    QVERIFY(firstText(*outside).contains("Access denied"_L1));

    const auto written =
        call(client, u"write_file"_s,
             {{"path"_L1, QString(root + u"/notes.txt"_s)}, {"content"_L1, "written"_L1}});
    QVERIFY(!written->result().isError);
    QFile notes(root + u"/notes.txt"_s);
    QVERIFY(notes.open(QIODevice::ReadOnly));
    QCOMPARE(notes.readAll(), "written"_ba);
}

QTEST_GUILESS_MAIN(TestMcpServers)
#include "tst_mcpservers.moc"
