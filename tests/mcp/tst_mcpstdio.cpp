// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// McpClient over stdio against confab-fake-mcp: version negotiation (legacy, 2026-07-28, both),
// paging, list_changed, every kind of result, and the hostile cases: a server that never
// answers, exits mid-call, writes garbage or a 50 MB line, answers an unknown id, or ignores
// the end of its input. Each outcome must come exactly once and nothing may hang.

#include "mcpclient.h"
#include "mcprpc.h"
#include "mcptesting.h"
#include "stdiotransport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace McpTesting;

namespace {
int countLog(const McpClient &client, const QString &text)
{
    int n = 0;
    for (const McpLogLine &line : client.log())
        n += line.text.contains(text) ? 1 : 0;
    return n;
}

/** The order in which the server received @p methods (from its --trace lines). */
QStringList received(const McpClient &client)
{
    QStringList out;
    for (const McpLogLine &line : client.log()) {
        if (line.text.startsWith("recv "_L1))
            out.append(line.text.section(u' ', 1, 1));
    }
    return out;
}

bool processGone(qint64 pid)
{
    return pid <= 0 || ::kill(pid_t(pid), 0) != 0;
}
} // namespace

class TestMcpStdio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void legacyHandshake();
    void legacyVersions_data();
    void legacyVersions();
    void silentDiscoverFallsBackAfterTheProbeTimeout();
    void modernHandshake();
    void modernVersionMismatchDoesNotFallBack();
    void dualEraServerIsSpokenToInModern();
    void legacyOnlyPreferenceSkipsTheProbe();
    void modernOnlyAgainstLegacyFails();
    void paging();
    void cursorLoopEnds();
    void listChangedRelists_data();
    void listChangedRelists();
    void listChangedDuringTheFirstListing();
    void results();
    void timeoutEndsTheCallOnceAndCancelsIt();
    void lateResponseIsIgnored();
    void progressThenCancel();
    void modernCancelSendsNotification();
    void deletingARunningCallCancelsIt();
    void exitMidCall();
    void garbageLineIsAProtocolError();
    void garbageBeforeTheHandshake();
    void hugeLineFailsOnlyItsCall();
    void hugeLineMemoryIsBounded();
    void unknownIdsAreIgnored();
    void serverRequests();
    void environmentIsMinimal();
    void modernInputRequired();
    void stderrIsABoundedLog();
    void closeGracefully();
    void closeWhileConnecting();
    void closeEscalates_data();
    void closeEscalates();
    void programNotFound();
    void callBeforeReadyFailsLater();
    void restartAfterFailure();
    void destroyingTheClientFinishesCalls();
};

void TestMcpStdio::legacyHandshake()
{
    McpClient client(fakeConfig({u"--trace"_s}), nullptr, quickOptions());
    QSignalSpy states(&client, &McpClient::stateChanged);
    client.connectToServer();
    QVERIFY(waitReady(client));
    QCOMPARE(states.at(0).at(0).value<Mcp::State>(), Mcp::State::Connecting);
    QCOMPARE(client.era(), Mcp::Era::Legacy);
    QCOMPARE(client.serverInfo().name, u"fake-mcp"_s);
    QCOMPARE(client.serverInfo().title, u"Fake MCP"_s);
    QCOMPARE(client.serverInfo().version, u"1.2.3"_s);
    QCOMPARE(client.serverInfo().protocolVersion, u"2025-11-25"_s);
    QCOMPARE(client.serverInfo().instructions, u"Fake instructions"_s);
    QVERIFY(client.serverInfo().toolsListChanged());
    QVERIFY(waitTools(client));
    QCOMPARE(client.tools().size(), 20);
    QVERIFY(client.findTool(u"echo"_s));
    QCOMPARE(received(client).mid(0, 4),
             (QStringList{u"server/discover"_s, u"initialize"_s, u"notifications/initialized"_s,
                          u"tools/list"_s}));
    QVERIFY(client.processId() > 0);
}

void TestMcpStdio::legacyVersions_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("2025-06-18") << u"2025-06-18"_s << true;
    QTest::newRow("2025-03-26") << u"2025-03-26"_s << true;
    QTest::newRow("2024-11-05") << u"2024-11-05"_s << true;
    QTest::newRow("unknown") << u"1999-01-01"_s << false;
}

void TestMcpStdio::legacyVersions()
{
    QFETCH(QString, version);
    QFETCH(bool, accepted);
    McpClient client(fakeConfig({u"--legacy-version"_s, version}), nullptr, quickOptions());
    client.connectToServer();
    QCOMPARE(waitReady(client), accepted);
    if (accepted) {
        QCOMPARE(client.serverInfo().protocolVersion, version);
        QVERIFY(waitTools(client));
    } else {
        QCOMPARE(client.error().kind, Mcp::ErrorKind::VersionMismatch);
        QVERIFY(client.error().message.contains(version));
    }
}

void TestMcpStdio::silentDiscoverFallsBackAfterTheProbeTimeout()
{
    McpClientOptions options = quickOptions();
    options.discoverProbeTimeoutMs = 300;
    McpClient client(fakeConfig({u"--silent-discover"_s}), nullptr, options);
    QElapsedTimer clock;
    clock.start();
    client.connectToServer();
    QVERIFY(waitReady(client));
    QVERIFY(clock.elapsed() >= 280);
    QCOMPARE(client.era(), Mcp::Era::Legacy);
    QVERIFY(waitTools(client));
}

void TestMcpStdio::modernHandshake()
{
    McpClient client(fakeConfig({u"--era"_s, u"modern"_s, u"--trace"_s}), nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    QCOMPARE(client.era(), Mcp::Era::Modern);
    QCOMPARE(client.serverInfo().protocolVersion, u"2026-07-28"_s);
    QCOMPARE(client.serverInfo().name, u"fake"_s); // from the result's _meta
    QCOMPARE(client.serverInfo().instructions, u"Fake instructions"_s);
    // The fake answers -32602 to a request without the _meta envelope: the list proves it.
    QVERIFY(waitTools(client));
    QCOMPARE(client.tools().size(), 20);
    QTRY_VERIFY(received(client).contains(u"subscriptions/listen"_s));
    QVERIFY(!received(client).contains(u"initialize"_s));
    const auto echo = call(client, u"echo"_s, {{"message"_L1, "hi"_L1}});
    QCOMPARE(firstText(*echo), u"Echo: hi"_s);
}

void TestMcpStdio::modernVersionMismatchDoesNotFallBack()
{
    McpClient client(
        fakeConfig({u"--era"_s, u"modern"_s, u"--supported"_s, u"2099-01-01"_s, u"--trace"_s}),
        nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(!waitReady(client));
    QCOMPARE(client.error().kind, Mcp::ErrorKind::VersionMismatch);
    QVERIFY(client.error().message.contains("2099-01-01"_L1));
    QVERIFY(!received(client).contains(u"initialize"_s));
}

void TestMcpStdio::dualEraServerIsSpokenToInModern()
{
    McpClient client(fakeConfig({u"--era"_s, u"dual"_s}), nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    QCOMPARE(client.era(), Mcp::Era::Modern);
}

void TestMcpStdio::legacyOnlyPreferenceSkipsTheProbe()
{
    McpClientOptions options = quickOptions();
    options.protocol = Mcp::ProtocolPreference::LegacyOnly;
    McpClient client(fakeConfig({u"--era"_s, u"dual"_s, u"--trace"_s}), nullptr, options);
    client.connectToServer();
    QVERIFY(waitReady(client));
    QCOMPARE(client.era(), Mcp::Era::Legacy);
    QCOMPARE(received(client).value(0), u"initialize"_s);
}

void TestMcpStdio::modernOnlyAgainstLegacyFails()
{
    McpClientOptions options = quickOptions();
    options.protocol = Mcp::ProtocolPreference::ModernOnly;
    McpClient client(fakeConfig(), nullptr, options);
    client.connectToServer();
    QVERIFY(!waitReady(client));
    QCOMPARE(client.error().kind, Mcp::ErrorKind::VersionMismatch);
}

void TestMcpStdio::paging()
{
    McpClient client(fakeConfig({u"--page-size"_s, u"3"_s, u"--trace"_s}), nullptr, quickOptions());
    QSignalSpy changed(&client, &McpClient::toolsChanged);
    client.connectToServer();
    QVERIFY(waitTools(client));
    QCOMPARE(changed.size(), 1); // once, after the last page
    QCOMPARE(client.tools().size(), 20);
    QCOMPARE(client.tools().last().name, u"stderrflood"_s);
    QCOMPARE(countLog(client, u"recv tools/list"_s), 7);
}

void TestMcpStdio::cursorLoopEnds()
{
    McpClientOptions options = quickOptions();
    options.maxToolPages = 5;
    McpClient client(fakeConfig({u"--cursor-loop"_s, u"--trace"_s}), nullptr, options);
    client.connectToServer();
    QVERIFY(waitTools(client));
    QCOMPARE(client.tools().size(), 1); // the same tool on every page, kept once
    // The cursor repeats at once: the second page is the last request.
    QCOMPARE(countLog(client, u"recv tools/list"_s), 2);
}

void TestMcpStdio::listChangedRelists_data()
{
    QTest::addColumn<QString>("era");
    QTest::newRow("legacy") << u"legacy"_s;
    QTest::newRow("modern (subscriptions/listen)") << u"modern"_s;
}

void TestMcpStdio::listChangedRelists()
{
    QFETCH(QString, era);
    McpClient client(fakeConfig({u"--era"_s, era, u"--trace"_s}), nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitTools(client));
    if (era == "modern"_L1)
        QTRY_VERIFY(received(client).contains(u"subscriptions/listen"_s));
    QSignalSpy changed(&client, &McpClient::toolsChanged);
    QSignalSpy notified(&client, &McpClient::notificationReceived);
    const auto added = call(client, u"addtool"_s);
    QCOMPARE(firstText(*added), u"added"_s);
    QVERIFY(changed.wait(5000));
    QCOMPARE(client.tools().size(), 21);
    QVERIFY(client.findTool(u"extra20"_s));
    bool sawListChanged = false;
    for (const auto &args : notified)
        sawListChanged |= args.at(0).toString() == "notifications/tools/list_changed"_L1;
    QVERIFY(sawListChanged);
}

void TestMcpStdio::listChangedDuringTheFirstListing()
{
    // As server-everything does: list_changed right after initialized, before the list.
    McpClient client(fakeConfig({u"--list-changed-on-init"_s, u"--trace"_s}), nullptr,
                     quickOptions());
    client.connectToServer();
    QVERIFY(waitTools(client));
    QTRY_COMPARE(countLog(client, u"recv tools/list"_s), 2); // coalesced into one more listing
    QTRY_VERIFY(!client.findTool(u"nothing"_s) && client.tools().size() == 20);
}

void TestMcpStdio::results()
{
    McpClient client(fakeConfig(), nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));

    const auto echo = call(client, u"echo"_s, {{"message"_L1, "hello"_L1}});
    QVERIFY(!echo->error().isError());
    QVERIFY(!echo->result().isError);
    QCOMPARE(firstText(*echo), u"Echo: hello"_s);
    QVERIFY(echo->durationMs() >= 0);

    const auto image = call(client, u"image"_s);
    QCOMPARE(image->result().content.size(), 1);
    const McpContent &png = image->result().content.first();
    QCOMPARE(png.type, Mcp::ContentType::Image);
    QCOMPARE(png.mimeType, u"image/png"_s);
    QVERIFY(QByteArray::fromBase64(png.data).startsWith("\x89PNG"));

    const auto failed = call(client, u"fail"_s);
    QVERIFY(!failed->error().isError()); // the tool reports its own failure
    QVERIFY(failed->result().isError);
    QCOMPARE(firstText(*failed), u"it failed"_s);

    const auto rpc = call(client, u"rpcerror"_s);
    QCOMPARE(rpc->error().kind, Mcp::ErrorKind::Rpc);
    QCOMPARE(rpc->error().code, -32000);
    QCOMPARE(rpc->error().detail, u"boom"_s);

    const auto structured = call(client, u"structured"_s);
    QCOMPARE(structured->result().structuredContent.toObject().value("a"_L1).toInt(), 1);

    const auto unknown = call(client, u"no-such-tool"_s);
    QVERIFY(unknown->result().isError);

    const auto big = call(client, u"bigtext"_s, {{"chars"_L1, 200'000}});
    QCOMPARE(big->result().textChars(), 200'000);
    const McpModelView view = big->result().forModel();
    QVERIFY(view.truncated);
    QCOMPARE(view.keptChars, McpToolResult::kDefaultModelChars);
}

void TestMcpStdio::timeoutEndsTheCallOnceAndCancelsIt()
{
    McpClient client(fakeConfig({u"--trace"_s}), nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    McpCallOptions options;
    options.timeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<McpToolCall> never(client.callTool(u"never"_s, {}, options));
    QSignalSpy finished(never.get(), &McpToolCall::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(clock.elapsed() >= 280); // coarse timers may fire 5 % early
    QCOMPARE(never->error().kind, Mcp::ErrorKind::Timeout);
    QTRY_VERIFY(logHas(client, u"cancelled "_s)); // the server is told
    QCOMPARE(client.state(), Mcp::State::Ready);
    QCOMPARE(finished.size(), 1);
}

void TestMcpStdio::lateResponseIsIgnored()
{
    McpClient client(fakeConfig(), nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    McpCallOptions options;
    options.timeoutMs = 150;
    options.progress = false;
    std::unique_ptr<McpToolCall> slow(client.callTool(
        u"slow"_s, {{"steps"_L1, 3}, {"interval_ms"_L1, 100}, {"ignore_cancel"_L1, true}},
        options));
    QSignalSpy finished(slow.get(), &McpToolCall::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(slow->error().kind, Mcp::ErrorKind::Timeout);
    // The server answers anyway. Its stderr says when; a round trip after that proves the late
    // answer went through the client (stdout is one ordered stream).
    QTRY_VERIFY(logHas(client, u"slow done"_s));
    const auto echo = call(client, u"echo"_s, {{"message"_L1, "after"_L1}});
    QCOMPARE(firstText(*echo), u"Echo: after"_s);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(slow->error().kind, Mcp::ErrorKind::Timeout);
    QCOMPARE(client.state(), Mcp::State::Ready);
}

void TestMcpStdio::progressThenCancel()
{
    McpClient client(fakeConfig({u"--trace"_s}), nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    std::unique_ptr<McpToolCall> slow(
        client.callTool(u"slow"_s, {{"steps"_L1, 50}, {"interval_ms"_L1, 30}}));
    QSignalSpy progress(slow.get(), &McpToolCall::progressed);
    QSignalSpy finished(slow.get(), &McpToolCall::finished);
    QVERIFY(progress.wait(5000));
    const McpProgress first = progress.first().first().value<McpProgress>();
    QCOMPARE(first.progress, 1.0);
    QCOMPARE(first.total, 50.0);
    QCOMPARE(first.message, u"step 1"_s);
    slow->cancel();
    QVERIFY(!slow->isRunning());
    QCOMPARE(slow->error().kind, Mcp::ErrorKind::Cancelled);
    QTRY_VERIFY(logHas(client, u"recv notifications/cancelled"_s));
    const int progressAtCancel = int(progress.size());
    const auto echo = call(client, u"echo"_s, {{"message"_L1, "still here"_L1}});
    QCOMPARE(firstText(*echo), u"Echo: still here"_s);
    QCOMPARE(finished.size(), 0); // cancel() is silent, like ChatStream::abort()
    QCOMPARE(progress.size(), progressAtCancel);
}

void TestMcpStdio::modernCancelSendsNotification()
{
    McpClient client(fakeConfig({u"--era"_s, u"modern"_s, u"--trace"_s}), nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    std::unique_ptr<McpToolCall> slow(
        client.callTool(u"slow"_s, {{"steps"_L1, 50}, {"interval_ms"_L1, 30}}));
    QSignalSpy progress(slow.get(), &McpToolCall::progressed);
    QVERIFY(progress.wait(5000));
    slow->cancel(u"user"_s);
    QTRY_VERIFY(logHas(client, u"recv notifications/cancelled"_s));
    QVERIFY(logHas(client, u"cancelled "_s));
}

void TestMcpStdio::deletingARunningCallCancelsIt()
{
    McpClient client(fakeConfig({u"--trace"_s}), nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    McpToolCall *never = client.callTool(u"never"_s);
    QTRY_VERIFY(logHas(client, u"recv tools/call"_s));
    delete never;
    QTRY_VERIFY(logHas(client, u"recv notifications/cancelled"_s));
}

void TestMcpStdio::exitMidCall()
{
    McpClient client(fakeConfig(), nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    std::unique_ptr<McpToolCall> never(client.callTool(u"never"_s));
    const auto exiting = call(client, u"exit"_s, {{"code"_L1, 3}});
    QCOMPARE(exiting->error().kind, Mcp::ErrorKind::ProcessExited);
    QVERIFY(exiting->error().message.contains("3"_L1));
    QVERIFY(exiting->error().detail.contains("exiting on request"_L1)); // stderr tail
    QTRY_VERIFY(!never->isRunning()); // every pending call ends, not only the last
    QCOMPARE(never->error().kind, Mcp::ErrorKind::ProcessExited);
    QCOMPARE(client.state(), Mcp::State::Failed);
    QCOMPARE(client.error().kind, Mcp::ErrorKind::ProcessExited);
}

void TestMcpStdio::garbageLineIsAProtocolError()
{
    McpClient client(fakeConfig(), nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    const qint64 pid = client.processId();
    QElapsedTimer clock;
    clock.start();
    const auto garbage = call(client, u"garbage"_s);
    QCOMPARE(garbage->error().kind, Mcp::ErrorKind::Protocol);
    QVERIFY(garbage->error().detail.contains("this is not JSON-RPC"_L1));
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(client.state(), Mcp::State::Failed);
    QCOMPARE(client.error().kind, Mcp::ErrorKind::Protocol);
    QTRY_VERIFY(processGone(pid));
}

void TestMcpStdio::garbageBeforeTheHandshake()
{
    McpClient client(fakeConfig({u"--banner"_s, u"Server started on stdio!"_s}), nullptr,
                     quickOptions());
    client.connectToServer();
    QVERIFY(!waitReady(client));
    QCOMPARE(client.error().kind, Mcp::ErrorKind::Protocol);
    QVERIFY(client.error().detail.contains("Server started"_L1));
}

void TestMcpStdio::hugeLineFailsOnlyItsCall()
{
    McpClient client(fakeConfig(), nullptr, quickOptions()); // default cap: 32 MB
    client.connectToServer();
    QVERIFY(waitReady(client));
    QElapsedTimer clock;
    clock.start();
    const auto big = call(client, u"bigline"_s, {{"mb"_L1, 50}});
    QCOMPARE(big->error().kind, Mcp::ErrorKind::MessageTooLarge);
    qInfo("50 MB line skipped in %lld ms", clock.elapsed());
    QCOMPARE(client.state(), Mcp::State::Ready);
    const auto echo = call(client, u"echo"_s, {{"message"_L1, "after the flood"_L1}});
    QCOMPARE(firstText(*echo), u"Echo: after the flood"_s);
}

void TestMcpStdio::hugeLineMemoryIsBounded()
{
    McpClientOptions options = quickOptions();
    options.maxMessageBytes = 1024 * 1024;
    StdioTransport transport(fakeConfig(), options);
    McpRpcSession session(&transport);
    QSignalSpy opened(&transport, &McpTransport::opened);
    transport.open();
    QVERIFY(opened.wait(5000));
    McpRpcOutcome outcome;
    bool done = false;
    session.sendRequest(u"tools/call"_s,
                        {{"name"_L1, "bigline"_L1}, {"arguments"_L1, QJsonObject{{"mb"_L1, 50}}}},
                        [&](const McpRpcOutcome &o) {
                            outcome = o;
                            done = true;
                        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QCOMPARE(outcome.error.kind, Mcp::ErrorKind::MessageTooLarge);
    QVERIFY2(transport.peakBufferedBytes() <= options.maxMessageBytes,
             qPrintable(QString::number(transport.peakBufferedBytes())));
    QVERIFY(transport.isOpen());
}

void TestMcpStdio::unknownIdsAreIgnored()
{
    McpClient client(fakeConfig(), nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    std::unique_ptr<McpToolCall> wrong(client.callTool(u"wrongid"_s));
    QSignalSpy finished(wrong.get(), &McpToolCall::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(firstText(*wrong), u"right id"_s);
    QCOMPARE(finished.size(), 1);

    McpCallOptions options;
    options.timeoutMs = 300;
    const auto onlyWrong = call(client, u"wrongid"_s, {{"then_answer"_L1, false}}, options);
    QCOMPARE(onlyWrong->error().kind, Mcp::ErrorKind::Timeout);
    QCOMPARE(client.state(), Mcp::State::Ready);
}

void TestMcpStdio::serverRequests()
{
    McpClient client(fakeConfig(), nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    const auto ping = call(client, u"ping"_s);
    QCOMPARE(QJsonDocument::fromJson(firstText(*ping).toUtf8()).object().value("result"_L1),
             QJsonValue(QJsonObject{}));
    const auto roots = call(client, u"askroots"_s);
    const QJsonObject answer = QJsonDocument::fromJson(firstText(*roots).toUtf8()).object();
    QCOMPARE(answer.value("error"_L1).toObject().value("code"_L1).toInt(), -32601);
}

void TestMcpStdio::environmentIsMinimal()
{
    qputenv("CONFAB_TEST_OPENAI_API_KEY", "sk-must-not-leak");
    McpServerConfig config = fakeConfig();
    config.environment.insert(u"MY_SERVER_TOKEN"_s, u"given-on-purpose"_s);
    McpClient client(config, nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    const QStringList env = firstText(*call(client, u"env"_s)).split(u'\n');
    qunsetenv("CONFAB_TEST_OPENAI_API_KEY");
    QVERIFY(env.contains(u"MY_SERVER_TOKEN=given-on-purpose"_s));
    QVERIFY(std::any_of(env.cbegin(), env.cend(),
                        [](const QString &v) { return v.startsWith("PATH="_L1); }));
    for (const QString &var : env) {
        QVERIFY2(!var.contains("sk-must-not-leak"_L1), qPrintable(var));
        QVERIFY2(!var.startsWith("QT_QPA_PLATFORM="_L1), "the test's own environment leaked");
    }
}

void TestMcpStdio::modernInputRequired()
{
    McpClient client(fakeConfig({u"--era"_s, u"modern"_s}), nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    // requestState only (load shedding): retried at once with the state echoed.
    QCOMPARE(firstText(*call(client, u"inputreq"_s)), u"state ok"_s);
    const auto elicit = call(client, u"elicit"_s);
    QCOMPARE(elicit->error().kind, Mcp::ErrorKind::InputRequired);
    QVERIFY(elicit->error().message.contains("elicitation/create"_L1));
    QCOMPARE(call(client, u"badtype"_s)->error().kind, Mcp::ErrorKind::Protocol);
}

void TestMcpStdio::stderrIsABoundedLog()
{
    McpClientOptions options = quickOptions();
    options.logLines = 50;
    McpClient client(fakeConfig(), nullptr, options);
    QSignalSpy added(&client, &McpClient::logLineAdded);
    client.connectToServer();
    QVERIFY(waitReady(client));
    QCOMPARE(firstText(*call(client, u"stderrflood"_s, {{"lines"_L1, 200}})), u"flooded"_s);
    QTRY_VERIFY(logHas(client, u"log line 199"_s));
    QCOMPARE(client.log().size(), 50);
    QCOMPARE(client.log().last().text, u"log line 199"_s);
    QCOMPARE(client.log().last().source, Mcp::LogSource::Stderr);
    QVERIFY(added.size() >= 201); // the start-up line and the flood
}

void TestMcpStdio::closeGracefully()
{
    McpClientOptions options = quickOptions();
    options.shutdownGraceMs = 5000; // SIGTERM would come after 5 s
    McpClient client(fakeConfig({u"--trace"_s}), nullptr, options);
    client.connectToServer();
    QVERIFY(waitReady(client));
    const qint64 pid = client.processId();
    QElapsedTimer clock;
    clock.start();
    client.close();
    QCOMPARE(client.state(), Mcp::State::Closing);
    QTRY_COMPARE(client.state(), Mcp::State::Closed);
    QVERIFY2(clock.elapsed() < 4000, "the server should exit on end of input, before SIGTERM");
    QVERIFY(logHas(client, u"recv EOF"_s));
    QVERIFY(processGone(pid));
}

void TestMcpStdio::closeWhileConnecting()
{
    McpClient client(fakeConfig({u"--silent-discover"_s}), nullptr, quickOptions());
    client.connectToServer();
    QTRY_VERIFY(client.processId() > 0);
    client.close();
    QTRY_COMPARE(client.state(), Mcp::State::Closed);
    QCOMPARE(client.error().kind, Mcp::ErrorKind::None); // closed, not failed
}

void TestMcpStdio::closeEscalates_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("minimumMs");
    // Grace periods of 500 ms each; coarse timers may fire 5 % early.
    QTest::newRow("SIGTERM") << QStringList{u"--ignore-eof"_s} << 450;
    QTest::newRow("SIGKILL") << QStringList{u"--ignore-eof"_s, u"--ignore-term"_s} << 900;
}

void TestMcpStdio::closeEscalates()
{
    QFETCH(QStringList, args);
    QFETCH(int, minimumMs);
    McpClient client(fakeConfig(args), nullptr, quickOptions()); // grace 500 ms
    client.connectToServer();
    QVERIFY(waitReady(client));
    const qint64 pid = client.processId();
    QElapsedTimer clock;
    clock.start();
    client.close();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Mcp::State::Closed, 5000);
    QVERIFY(clock.elapsed() >= minimumMs);
    QVERIFY(processGone(pid));
}

void TestMcpStdio::programNotFound()
{
    McpServerConfig config = fakeConfig();
    config.program = u"confab-no-such-mcp-server"_s;
    McpClient client(config, nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(!waitReady(client));
    QCOMPARE(client.error().kind, Mcp::ErrorKind::FailedToStart);
    QVERIFY(client.error().message.contains("confab-no-such-mcp-server"_L1));

    config.program = QStringLiteral(__FILE__); // a file, not executable
    McpClient notExecutable(config, nullptr, quickOptions());
    notExecutable.connectToServer();
    QVERIFY(!waitReady(notExecutable));
    QCOMPARE(notExecutable.error().kind, Mcp::ErrorKind::FailedToStart);
}

void TestMcpStdio::callBeforeReadyFailsLater()
{
    McpClient client(fakeConfig(), nullptr, quickOptions());
    std::unique_ptr<McpToolCall> early(client.callTool(u"echo"_s));
    QVERIFY(early->isRunning()); // never finished inside callTool()
    QSignalSpy finished(early.get(), &McpToolCall::finished);
    QVERIFY(finished.wait(2000));
    QCOMPARE(early->error().kind, Mcp::ErrorKind::NotConnected);
}

void TestMcpStdio::restartAfterFailure()
{
    McpClient client(fakeConfig(), nullptr, quickOptions());
    client.connectToServer();
    QVERIFY(waitReady(client));
    const qint64 first = client.processId();
    call(client, u"exit"_s);
    QCOMPARE(client.state(), Mcp::State::Failed);
    client.connectToServer();
    QVERIFY(waitReady(client));
    QVERIFY(client.processId() != first);
    QCOMPARE(firstText(*call(client, u"echo"_s, {{"message"_L1, "again"_L1}})), u"Echo: again"_s);
}

void TestMcpStdio::destroyingTheClientFinishesCalls()
{
    auto client = std::make_unique<McpClient>(fakeConfig(), nullptr, quickOptions());
    client->connectToServer();
    QVERIFY(waitReady(*client));
    const qint64 pid = client->processId();
    std::unique_ptr<McpToolCall> never(client->callTool(u"never"_s));
    QSignalSpy finished(never.get(), &McpToolCall::finished);
    client.reset();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(never->error().kind, Mcp::ErrorKind::Closed);
    QTRY_VERIFY(processGone(pid));
}

QTEST_GUILESS_MAIN(TestMcpStdio)
#include "tst_mcpstdio.moc"
