// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// confab-cli failures and exit codes: provider and network errors (1), bad usage (2), SIGINT (130).

#include "clitesting.h"
#include "fixtures.h"
#include "loopbackserver.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QImage>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace CliTesting;

namespace {
QString closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return QString::number(port);
}
} // namespace

class TestCliErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void failures_data();
    void failures();
    void providerFinishReasonOfAnError();
    void badUsage_data();
    void badUsage();
    void plainOutputOnError();
    void sigint_data();
    void sigint();
    void attachmentProblems();
};

void TestCliErrors::initTestCase()
{
    QVERIFY2(QFileInfo(kCli).isExecutable(), qPrintable(kCli));
}

void TestCliErrors::failures_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("basePath");
    QTest::addColumn<QString>("transcript"); // under tests/data; empty: nobody listens
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status"); // 0: null
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message"); // empty: not compared
    QTest::addColumn<QString>("text");

    QTest::newRow("anthropic overloaded mid-stream")
        << u"anthropic/claude-sonnet-4-6"_s << QString()
        << u"anthropic/midstream-overloaded-error.sse"_s << u"overloaded"_s << 0
        << u"overloaded_error"_s << u"Overloaded"_s << u"Let me explain the three phases: first"_s;
    QTest::newRow("gemini 503 mid-stream")
        << u"gemini/gemini-2.5-flash"_s << QString() << u"gemini/midstream-error.sse"_s
        << u"overloaded"_s << 503 << u"UNAVAILABLE"_s
        << u"The model is overloaded. Please try again later."_s << u"The first part arrived"_s;
    QTest::newRow("ollama error line")
        << u"ollama/llama3.2"_s << QString() << u"ollama/midstream-error.ndjson"_s << u"server"_s
        << 0 << QString() << u"an error was encountered while running the model: unexpected EOF"_s
        << u"Generating until the runner"_s;
    QTest::newRow("openai 401") << u"openai/gpt-4o"_s << u"/v1"_s
                                << u"openai/http-401-invalid-api-key.http"_s << u"auth"_s << 401
                                << u"invalid_api_key"_s << QString() << QString();
    QTest::newRow("openai 429, no retries")
        << u"openai/gpt-4o"_s << u"/v1"_s << u"openai/http-429-rate-limit.http"_s << u"rate_limit"_s
        << 429 << u"rate_limit_exceeded"_s << QString() << QString();
    QTest::newRow("anthropic 401")
        << u"anthropic/claude-sonnet-4-6"_s << QString()
        << u"anthropic/http-401-authentication.http"_s << u"auth"_s << 401
        << u"authentication_error"_s << u"invalid x-api-key"_s << QString();
    QTest::newRow("ollama 404") << u"ollama/llama9"_s << QString()
                                << u"ollama/http-404-model-not-found.http"_s << u"not_found"_s
                                << 404 << QString()
                                << u"model \"llama9\" not found, try pulling it first"_s
                                << QString();
    QTest::newRow("[DONE] without finish_reason is truncated")
        << u"openai/gpt-4o"_s << u"/v1"_s << u"confab/openai-done-without-finish.http"_s
        << u"truncated"_s << 0 << QString() << QString() << u"Hi there"_s;
    QTest::newRow("connection refused") << u"openai/gpt-4o"_s << u"/v1"_s << QString()
                                        << u"network"_s << 0 << QString() << QString() << QString();
}

void TestCliErrors::failures()
{
    QFETCH(QString, model);
    QFETCH(QString, basePath);
    QFETCH(QString, transcript);
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, message);
    QFETCH(QString, text);

    LoopbackServer server;
    QVERIFY(server.isListening());
    QString base = server.url(basePath).toString();
    if (transcript.isEmpty())
        base = u"http://127.0.0.1:"_s + closedPort() + basePath;
    else
        server.enqueue(Response::fromFixtureFile(kDataDir + u'/' + transcript));

    Cli cli(keyEnvironment(u"OPENAI_API_KEY"_s));
    cli.start(
        {u"--json"_s, u"--retries"_s, u"0"_s, u"--model"_s, model, u"--base-url"_s, base, kPrompt});
    QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), kTimeoutMs);
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QVERIFY2(cli.exitCode() == 1, cli.err().constData());
    if (!transcript.isEmpty())
        QCOMPARE(server.requestCount(), 1); // --retries 0

    // The result is printed before exiting with 1.
    const QJsonObject result = checkedResult(cli);
    QVERIFY(!result.isEmpty());
    for (const QString &key : kResultKeys)
        QVERIFY2(result.contains(key), qPrintable(key));
    QCOMPARE(result["completed"_L1], QJsonValue(false));
    QCOMPARE(result["text"_L1].toString(), text);
    QCOMPARE(cli.joined(u"text"_s), text);
    QCOMPARE(compact(result["finish_reason"_L1]), u"null"_s);
    const QJsonObject error = result["error"_L1].toObject();
    for (const char *key : {"kind", "status", "type", "message", "retry_after_s"})
        QVERIFY2(error.contains(QLatin1StringView(key)), key);
    QCOMPARE(error["kind"_L1].toString(), kind);
    QCOMPARE(compact(error["status"_L1]), status ? QString::number(status) : u"null"_s);
    if (!type.isEmpty())
        QCOMPARE(error["type"_L1].toString(), type);
    if (!message.isEmpty())
        QCOMPARE(error["message"_L1].toString(), message);
    QVERIFY(!error["message"_L1].toString().isEmpty());
    if (status == 429)
        QCOMPARE(error["retry_after_s"_L1].toDouble(), 0.12); // retry-after-ms: 120
}

void TestCliErrors::providerFinishReasonOfAnError()
{
    // A finish reason Confab treats as an error still says, in the result, what the provider
    // said: DeepSeek's insufficient_system_resource ends the answer as truncated.
    const Fixtures::Case c =
        Fixtures::loadCase(kDataDir, u"confab/deepseek-insufficient-system-resource"_s);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    LoopbackServer server;
    QVERIFY(server.isListening());
    server.enqueue(Response::fromFixtureFile(c.transcriptPath));
    Cli cli(keyEnvironment(u"DEEPSEEK_API_KEY"_s));
    cli.start({u"--json"_s, u"--retries"_s, u"0"_s, u"--model"_s, u"deepseek/deepseek-chat"_s,
               u"--base-url"_s, server.url().toString(), kPrompt});
    QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), kTimeoutMs);
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QVERIFY2(cli.exitCode() == 1, cli.err().constData());

    const QJsonObject result = checkedResult(cli);
    QVERIFY(!result.isEmpty());
    const QJsonObject intended = c.intended();
    QCOMPARE(result["completed"_L1], QJsonValue(false));
    QCOMPARE(result["text"_L1].toString(), intended["text"_L1].toString());
    QCOMPARE(compact(result["finish_reason"_L1]), u"null"_s);
    QCOMPARE(result["provider_finish_reason"_L1].toString(),
             intended["provider_finish_reason"_L1].toString());
    QCOMPARE(result["error"_L1]["kind"_L1].toString(), intended["error"_L1]["kind"_L1].toString());
    QCOMPARE(result["error"_L1]["type"_L1].toString(), u"insufficient_system_resource"_s);
}

void TestCliErrors::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    const QString base = u"http://127.0.0.1:9/v1"_s; // never contacted
    QTest::newRow("missing --model") << QStringList{u"--base-url"_s, base, kPrompt} << QByteArray();
    QTest::newRow("unknown provider without --base-url")
        << QStringList{u"--model"_s, u"meta-llama/Llama-3"_s, kPrompt} << QByteArray();
    QTest::newRow("no provider without --base-url")
        << QStringList{u"--model"_s, u"gpt-4o"_s, kPrompt} << QByteArray();
    QTest::newRow("bad --temperature")
        << QStringList{u"--model"_s,       u"openai/gpt-4o"_s, u"--base-url"_s, base,
                       u"--temperature"_s, u"hot"_s,           kPrompt}
        << QByteArray();
    QTest::newRow("bad --top-p") << QStringList{u"--model"_s, u"openai/gpt-4o"_s, u"--base-url"_s,
                                                base,         u"--top-p"_s,       u"x"_s,
                                                kPrompt}
                                 << QByteArray();
    QTest::newRow("--max-tokens 0")
        << QStringList{u"--model"_s, u"openai/gpt-4o"_s, u"--base-url"_s,
                       base,         u"--max-tokens"_s,  u"0"_s,
                       kPrompt}
        << QByteArray();
    QTest::newRow("bad --seed") << QStringList{u"--model"_s, u"openai/gpt-4o"_s, u"--base-url"_s,
                                               base,         u"--seed"_s,        u"1.5"_s,
                                               kPrompt}
                                << QByteArray();
    QTest::newRow("unknown option")
        << QStringList{u"--model"_s, u"openai/gpt-4o"_s, u"--bogus"_s, kPrompt} << QByteArray();
    QTest::newRow("empty model name")
        << QStringList{u"--model"_s, u"openai/"_s, u"--base-url"_s, base, kPrompt} << QByteArray();
    QTest::newRow("invalid base URL")
        << QStringList{u"--model"_s, u"openai/gpt-4o"_s, u"--base-url"_s, u"not a url"_s, kPrompt}
        << QByteArray();
    QTest::newRow("missing --tools file")
        << QStringList{u"--model"_s, u"openai/gpt-4o"_s,           u"--base-url"_s, base,
                       u"--tools"_s, u"/nonexistent/tools.json"_s, kPrompt}
        << QByteArray();
    QTest::newRow("empty prompt on stdin")
        << QStringList{u"--model"_s, u"openai/gpt-4o"_s, u"--base-url"_s, base} << "  \n"_ba;
}

void TestCliErrors::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    LoopbackServer server; // any request would show here; none may be sent
    Cli cli;
    cli.start(QStringList{u"--json"_s} + args, input);
    QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), kTimeoutMs);
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY(cli.out().isEmpty()); // no result line: nothing was attempted
    QVERIFY(cli.err().startsWith("confab-cli: "));
    QCOMPARE(server.requestCount(), 0);
}

void TestCliErrors::attachmentProblems()
{
    QTemporaryDir dir;
    const QString photo = dir.filePath(u"photo.png"_s);
    QImage image(10, 10, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(photo));
    const QString missing = dir.filePath(u"missing.pdf"_s);
    const struct
    {
        QString model;
        QString file;
        QByteArray says;
    } cases[] = {{u"openai/gpt-test"_s, missing, "missing.pdf could not be read"},
                 {u"deepseek/deepseek-chat"_s, photo, "does not read images"}};
    for (const auto &c : cases) {
        Cli cli(keyEnvironment(u"OPENAI_API_KEY"_s));
        cli.start({u"--model"_s, c.model, u"--base-url"_s, u"http://127.0.0.1:"_s + closedPort(),
                   u"--attach"_s, c.file, kPrompt});
        QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), kTimeoutMs);
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(cli.err().contains(c.says), cli.err().constData());
    }
}

void TestCliErrors::plainOutputOnError()
{
    LoopbackServer server;
    QVERIFY(server.isListening());
    server.enqueue(
        Response::fromFixtureFile(kDataDir + u"/anthropic/midstream-overloaded-error.sse"_s));
    Cli cli;
    cli.start({u"--model"_s, u"anthropic/claude-sonnet-4-6"_s, u"--base-url"_s,
               server.url().toString(), kPrompt});
    QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), kTimeoutMs);
    QCOMPARE(cli.exitCode(), 1);
    // The partial answer stays on stdout, the error never joins it.
    QCOMPARE(cli.out(), "Let me explain the three phases: first\n"_ba);
    QVERIFY2(cli.err().contains("error: overloaded: Overloaded"), cli.err().constData());
}

void TestCliErrors::sigint_data()
{
    QTest::addColumn<bool>("jsonOutput");
    QTest::newRow("json") << true;
    QTest::newRow("plain") << false;
}

void TestCliErrors::sigint()
{
    QFETCH(bool, jsonOutput);
    // A slow answer: two events, then nothing, with the connection held open.
    LoopbackServer server;
    QVERIFY(server.isListening());
    Response slow = Response::sse(
        {R"({"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})"_ba,
         R"({"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"Partial answer"},"finish_reason":null}]})"_ba});
    slow.end = Response::End::Stall;
    server.enqueue(slow);

    Cli cli(keyEnvironment(u"OPENAI_API_KEY"_s));
    QStringList args{u"--model"_s, u"openai/gpt-4o"_s, u"--base-url"_s,
                     server.url(u"/v1").toString(), kPrompt};
    if (jsonOutput)
        args.prepend(u"--json"_s);
    cli.start(args);
    QTRY_VERIFY_WITH_TIMEOUT(cli.out().contains("Partial answer"), kTimeoutMs);
    QVERIFY(!cli.finished());
    QCOMPARE(server.openConnections(), 1);

    QCOMPARE(::kill(pid_t(cli.pid()), SIGINT), 0);
    QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), kTimeoutMs);
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit); // handled, not killed by the signal
    QCOMPARE(cli.exitCode(), 130);
    // The server sees the connection closed.
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, kTimeoutMs);
    QVERIFY(server.disconnectCount() >= 1);

    if (jsonOutput) {
        const QJsonObject result = checkedResult(cli);
        QVERIFY(!result.isEmpty());
        QCOMPARE(result["completed"_L1], QJsonValue(false));
        QCOMPARE(result["text"_L1].toString(), u"Partial answer"_s);
        QCOMPARE(result["error"_L1]["kind"_L1].toString(), u"cancelled"_s);
        QCOMPARE(compact(result["finish_reason"_L1]), u"null"_s);
    } else {
        QCOMPARE(cli.out(), "Partial answer\n"_ba);
        QVERIFY2(cli.err().contains("error: cancelled"), cli.err().constData());
    }
}

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_clierrors.moc"
