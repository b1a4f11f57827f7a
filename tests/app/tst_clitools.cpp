// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// confab-cli's chat turn with MCP tools (--mcp-stdio, --mcp-url): a loopback server scripted to
// call tools, confab-fake-mcp as the tool server; every call approved on the terminal (standard
// input here), --yes, refusals, the round limit, a server that does not start.

#include "toolscript.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kCli = QStringLiteral(CONFAB_CLI_PATH);
const QString kFake = QStringLiteral(CONFAB_FAKE_MCP);
const ToolScript::Call kEcho{u"call_1"_s, u"echo"_s, R"({"message":"hi"})"_ba};

/** confab-cli run to its end while the test's event loop serves the loopback provider. */
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"OPENAI_API_KEY"_s);
    for (const QString &name : env.keys()) {
        if (name.endsWith("_proxy"_L1, Qt::CaseInsensitive))
            env.remove(name);
    }
    process.setProcessEnvironment(env);
    process.start(kCli, args);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20'000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/** The content of the tool message in the body of request @p index. */
QString toolContent(const LoopbackServer &server, int index)
{
    const QJsonArray messages = server.requests().at(index).json().value("messages"_L1).toArray();
    for (const QJsonValue &m : messages) {
        if (m.toObject().value("role"_L1).toString() == "tool"_L1)
            return m.toObject().value("content"_L1).toString();
    }
    return {};
}
} // namespace

class TestCliTools : public QObject
{
    Q_OBJECT

private:
    QStringList args(const LoopbackServer &server, const QStringList &extra = {}) const
    {
        return QStringList{u"--model"_s,     u"openai/test-model"_s,
                           u"--base-url"_s,  server.url(u"/v1"_s).toString(),
                           u"--retries"_s,   u"0"_s,
                           u"--mcp-stdio"_s, kFake + u" --trace"_s} +
               extra + QStringList{u"Say hi with the tool"_s};
    }

private Q_SLOTS:
    void approvedOnTheTerminal()
    {
        LoopbackServer server;
        server.enqueue(ToolScript::toolCalls(ToolScript::Wire::OpenAi, {kEcho}));
        server.enqueue(ToolScript::text(ToolScript::Wire::OpenAi, u"It said hi."_s));
        const Run run = runCli(args(server), "y\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, "It said hi.\n"_ba);
        QVERIFY2(run.err.contains("Tool call: echo on confab-fake-mcp"), run.err.constData());
        QVERIFY(run.err.contains("\"message\": \"hi\""));
        QVERIFY(run.err.contains("Run it? [y] yes"));
        QVERIFY(run.err.contains("Result:\nEcho: hi"));
        QCOMPARE(server.requestCount(), 2);
        // The tools were offered, the call and its result went back.
        const QJsonObject first = server.requests().at(0).json();
        QVERIFY(first.value("tools"_L1).toArray().size() > 5);
        QCOMPARE(toolContent(server, 1), u"Echo: hi"_s);
    }

    void refusedUnlessAnsweredYes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("no") << "n\n"_ba;
        QTest::newRow("anything else") << "sure\n"_ba;
        QTest::newRow("end of input") << QByteArray();
    }

    void refusedUnlessAnsweredYes()
    {
        QFETCH(QByteArray, input);
        LoopbackServer server;
        server.enqueue(ToolScript::toolCalls(ToolScript::Wire::OpenAi, {kEcho}));
        server.enqueue(ToolScript::text(ToolScript::Wire::OpenAi, u"Fine."_s));
        const Run run = runCli(args(server), input);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!run.err.contains("Result:"));
        QCOMPARE(toolContent(server, 1), u"Error: The user denied this tool call."_s);
    }

    void yesAllowsEveryCallAndJsonReportsThem()
    {
        LoopbackServer server;
        server.enqueue(ToolScript::toolCalls(ToolScript::Wire::OpenAi,
                                             {kEcho, {u"call_2"_s, u"fail"_s, "{}"}}));
        server.enqueue(ToolScript::text(ToolScript::Wire::OpenAi, u"Done."_s));
        const Run run = runCli(args(server, {u"--yes"_s, u"--json"_s}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("(allowed by --yes)"));
        QList<QJsonObject> results;
        for (const QByteArray &line : run.out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value("type"_L1).toString() == "tool_result"_L1)
                results.append(o);
        }
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).value("name"_L1).toString(), u"echo"_s);
        QVERIFY(results.at(0).value("approved"_L1).toBool());
        QVERIFY(!results.at(0).value("is_error"_L1).toBool());
        QVERIFY(results.at(1).value("is_error"_L1).toBool());
        const QJsonArray messages = server.requests().at(1).json().value("messages"_L1).toArray();
        QCOMPARE(messages.at(3).toObject().value("content"_L1).toString(), u"Error: it failed"_s);
    }

    void roundLimitStopsTheTurn()
    {
        LoopbackServer server;
        server.setFallback([](const LoopbackServer::Request &) {
            return ToolScript::toolCalls(ToolScript::Wire::OpenAi, {kEcho});
        });
        const Run run = runCli(args(server, {u"--yes"_s, u"--max-tool-rounds"_s, u"2"_s}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("stopped after 2 tool rounds"));
        QCOMPARE(server.requestCount(), 3);
    }

    void aServerThatDoesNotStartFailsTheTurn()
    {
        LoopbackServer server;
        const Run run =
            runCli({u"--model"_s, u"openai/m"_s, u"--base-url"_s, server.url(u"/v1"_s).toString(),
                    u"--mcp-stdio"_s, u"/nonexistent/mcp-server"_s, u"Hi"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("tool server failed"), run.err.constData());
        QCOMPARE(server.requestCount(), 0); // the model is not asked without its tools
        // And bad usage is said so.
        const Run bad =
            runCli({u"--model"_s, u"openai/m"_s, u"--mcp-url"_s, u"ftp://x"_s, u"Hi"_s});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTools)
#include "tst_clitools.moc"
