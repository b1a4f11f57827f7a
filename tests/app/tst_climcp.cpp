// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// The `confab-cli mcp` contract: the built binary run as a process against confab-fake-mcp
// and the real server-everything. `mcp list` prints the tools (or JSON with --json), `mcp call`
// prints the result as JSON; exit 0 done, 1 failed or isError, 2 bad usage, 130 interrupted.

#include "mcptesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace McpTesting;

namespace {
const QString kCli = QStringLiteral(CONFAB_CLI_PATH);

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

/** Runs confab-cli mcp @p args to its end. */
Run cli(const QStringList &args, const QProcessEnvironment &env = {})
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(kCli, QStringList{u"mcp"_s} + args);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString fake(const QString &args = {})
{
    return u"'"_s + kFakeServer + u"' "_s + args;
}
} // namespace

class TestCliMcp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void listPrintsTools();
    void listJson();
    void listIsSafeForTerminals();
    void callPrintsTheResult();
    void callExitStatus();
    void stdioCommandIsSplitLikeAShell();
    void environmentOption();
    void interruptCancels();
    void againstServerEverything();
};

void TestCliMcp::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{u"--stdio"_s, fake()};
    QTest::newRow("unknown command") << QStringList{u"run"_s, u"--stdio"_s, fake()};
    QTest::newRow("no server") << QStringList{u"list"_s};
    QTest::newRow("both transports")
        << QStringList{u"list"_s, u"--stdio"_s, fake(), u"--url"_s, u"http://127.0.0.1:1/"_s};
    QTest::newRow("not http") << QStringList{u"list"_s, u"--url"_s, u"file:///etc/passwd"_s};
    QTest::newRow("open quote") << QStringList{u"list"_s, u"--stdio"_s, u"node 'x.js"_s};
    QTest::newRow("call without tool") << QStringList{u"call"_s, u"--stdio"_s, fake()};
    QTest::newRow("arguments not an object")
        << QStringList{u"call"_s, u"--stdio"_s, fake(), u"echo"_s, u"[1]"_s};
    QTest::newRow("bad protocol") << QStringList{u"list"_s, u"--stdio"_s, fake(), u"--protocol"_s,
                                                 u"2024"_s};
    QTest::newRow("bad timeout") << QStringList{u"list"_s, u"--stdio"_s, fake(), u"--timeout"_s,
                                                u"-1"_s};
}

void TestCliMcp::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = cli(args);
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.startsWith("confab-cli mcp: "));
    QVERIFY(run.out.isEmpty());
}

void TestCliMcp::listPrintsTools()
{
    const Run run = cli({u"list"_s, u"--stdio"_s, fake(u"--page-size 4"_s)});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.startsWith("Server: Fake MCP 1.2.3 (MCP 2025-11-25)\n"));
    QVERIFY(run.out.contains("\necho\n    Test tool echo\n"));
    QVERIFY(run.out.contains("\nstderrflood\n")); // the last page too
}

void TestCliMcp::listJson()
{
    const Run run = cli({u"list"_s, u"--json"_s, u"--stdio"_s, fake(u"--era modern"_s)});
    QCOMPARE(run.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(doc.value("server"_L1).toObject().value("protocolVersion"_L1).toString(),
             u"2026-07-28"_s);
    const QJsonArray tools = doc.value("tools"_L1).toArray();
    QCOMPARE(tools.size(), 20);
    QCOMPARE(tools.first().toObject().value("name"_L1).toString(), u"echo"_s);
    QVERIFY(tools.first().toObject().value("inputSchema"_L1).isObject());
}

void TestCliMcp::listIsSafeForTerminals()
{
    const Run run = cli({u"list"_s, u"--stdio"_s, fake(u"--evil-descriptions"_s)});
    QCOMPARE(run.code, 0);
    QVERIFY2(!run.out.contains('\x1b'), "a server's escape sequence reached the terminal");
    QVERIFY(run.out.contains("Reads files.\xEF\xBF\xBD[2J")); // shown as U+FFFD
    QVERIFY(run.out.contains("Warning: hidden character U+200B ZERO WIDTH SPACE in description"));
}

void TestCliMcp::callPrintsTheResult()
{
    const Run run = cli({u"call"_s, u"--stdio"_s, fake(), u"echo"_s, u"{\"message\":\"hi\"}"_s});
    QCOMPARE(run.code, 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value("content"_L1).toArray().first().toObject().value("text"_L1).toString(),
             u"Echo: hi"_s);

    const Run image = cli({u"call"_s, u"--stdio"_s, fake(), u"image"_s});
    QCOMPARE(image.code, 0);
    const QJsonObject png = QJsonDocument::fromJson(image.out)
                                .object()
                                .value("content"_L1)
                                .toArray()
                                .first()
                                .toObject();
    QCOMPARE(png.value("type"_L1).toString(), u"image"_s);
    QCOMPARE(png.value("mimeType"_L1).toString(), u"image/png"_s);
}

void TestCliMcp::callExitStatus()
{
    const Run failed = cli({u"call"_s, u"--stdio"_s, fake(), u"fail"_s});
    QCOMPARE(failed.code, 1); // isError: printed, and the status says so
    QVERIFY(QJsonDocument::fromJson(failed.out).object().value("isError"_L1).toBool());

    const Run exited = cli({u"call"_s, u"--stdio"_s, fake(), u"exit"_s, u"{\"code\":4}"_s});
    QCOMPARE(exited.code, 1);
    QVERIFY(exited.out.isEmpty());
    QVERIFY(exited.err.contains("error: ProcessExited: The server exited (code 4)."));
    QVERIFY(exited.err.contains("exiting on request")); // the server's last words

    const Run timeout =
        cli({u"call"_s, u"--timeout"_s, u"0.3"_s, u"--stdio"_s, fake(), u"never"_s});
    QCOMPARE(timeout.code, 1);
    QVERIFY(timeout.err.contains("error: Timeout"));

    const Run missing = cli({u"list"_s, u"--stdio"_s, u"confab-no-such-server --x"_s});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains("error: FailedToStart"));
}

void TestCliMcp::stdioCommandIsSplitLikeAShell()
{
    // The banner is one argument with a space in it; no shell ever sees the line.
    const Run run =
        cli({u"list"_s, u"--stdio"_s, fake(u"--banner 'two words; $(touch /tmp/x)'"_s)});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains("error: Protocol"));
    QVERIFY(run.err.contains("two words; $(touch /tmp/x)"));
}

void TestCliMcp::environmentOption()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CONFAB_PASSED_ON"_s, u"from-the-shell"_s);
    env.insert(u"CONFAB_NOT_PASSED"_s, u"sk-stays-home"_s);
    const Run run = cli({u"call"_s, u"--env"_s, u"GIVEN=value with spaces"_s, u"--env"_s,
                         u"CONFAB_PASSED_ON"_s, u"--stdio"_s, fake(), u"env"_s},
                        env);
    QCOMPARE(run.code, 0);
    const QString text = QJsonDocument::fromJson(run.out)
                             .object()
                             .value("content"_L1)
                             .toArray()
                             .first()
                             .toObject()
                             .value("text"_L1)
                             .toString();
    QVERIFY(text.contains("GIVEN=value with spaces"_L1));
    QVERIFY(text.contains("CONFAB_PASSED_ON=from-the-shell"_L1));
    QVERIFY(!text.contains("sk-stays-home"_L1));
}

void TestCliMcp::interruptCancels()
{
    QProcess process;
    process.start(
        kCli, {u"mcp"_s, u"call"_s, u"--verbose"_s, u"--stdio"_s, fake(u"--trace"_s), u"never"_s});
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT(
        (err += process.readAllStandardError(), err.contains("recv tools/call")), 10'000);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 130);
    err += process.readAllStandardError();
    QVERIFY(err.contains("interrupted"));
    QVERIFY(err.contains("recv notifications/cancelled")); // told before the server was closed
}

void TestCliMcp::againstServerEverything()
{
    MCP_REQUIRE_SERVERS();
    const QString command =
        u"'"_s + nodeProgram() + u"' '"_s + serversDir() +
        u"/node_modules/@modelcontextprotocol/server-everything/dist/index.js' stdio"_s;
    const Run list = cli({u"list"_s, u"--stdio"_s, command});
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.startsWith("Server: Everything Reference Server"));
    QVERIFY(list.out.contains("\necho — Echo Tool\n    Echoes back the input string\n"));
    QVERIFY(list.out.contains("\ntrigger-long-running-operation — "));

    const Run sum = cli({u"call"_s, u"--stdio"_s, command, u"get-sum"_s, u"{\"a\":2,\"b\":3}"_s});
    QCOMPARE(sum.code, 0);
    QCOMPARE(QJsonDocument::fromJson(sum.out)
                 .object()
                 .value("content"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("text"_L1)
                 .toString(),
             u"The sum of 2 and 3 is 5."_s);
}

QTEST_GUILESS_MAIN(TestCliMcp)
#include "tst_climcp.moc"
