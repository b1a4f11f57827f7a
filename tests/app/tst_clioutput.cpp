// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// confab-cli output: the --json lines and result for every wire format, and plain output.

#include "clitesting.h"
#include "fixtures.h"
#include "loopbackserver.h"

#include <QFileInfo>
#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CliTesting;

class TestCliOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void providers_data();
    void providers();
    void plainOutput();
};

void TestCliOutput::initTestCase()
{
    QVERIFY2(QFileInfo(kCli).isExecutable(), qPrintable(kCli));
}

void TestCliOutput::providers_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("basePath"); // after http://127.0.0.1:PORT
    QTest::addColumn<QString>("caseId");
    QTest::addColumn<QString>("keyEnv");
    QTest::addColumn<bool>("keyEnvOption"); // pass --api-key-env keyEnv
    QTest::addColumn<QByteArray>("keyHeader");
    QTest::addColumn<QByteArray>("keyPrefix");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("finish"); // normalised
    QTest::addColumn<QByteArray>("usage");

    const QByteArray openAiTarget = "/v1/chat/completions";
    QTest::newRow("openai basic-text") << u"openai/gpt-4o"_s << u"/v1"_s << u"openai/basic-text"_s
                                       << u"OPENAI_API_KEY"_s << false << "Authorization"_ba
                                       << "Bearer "_ba << openAiTarget << u"stop"_s << "null"_ba;
    QTest::newRow("openai tool-call-single")
        << u"openai/gpt-4o"_s << u"/v1"_s << u"openai/tool-call-single"_s << u"OPENAI_API_KEY"_s
        << false << "Authorization"_ba
        << "Bearer "_ba << openAiTarget << u"tool_calls"_s
        << R"({"prompt_tokens":82,"completion_tokens":18,"total_tokens":100,"reasoning_tokens":0,"cached_tokens":0})"_ba;
    QTest::newRow("openai finish-length")
        << u"openai/gpt-4o"_s << u"/v1"_s << u"openai/finish-length"_s << u"OPENAI_API_KEY"_s
        << false << "Authorization"_ba
        << "Bearer "_ba << openAiTarget << u"length"_s << "null"_ba;
    QTest::newRow("openai finish-content-filter")
        << u"openai/gpt-4o"_s << u"/v1"_s << u"openai/finish-content-filter"_s
        << u"OPENAI_API_KEY"_s << false << "Authorization"_ba
        << "Bearer "_ba << openAiTarget << u"content_filter"_s << "null"_ba;
    QTest::newRow("openai refusal") << u"openai/gpt-4o"_s << u"/v1"_s << u"openai/refusal"_s
                                    << u"OPENAI_API_KEY"_s << false << "Authorization"_ba
                                    << "Bearer "_ba << openAiTarget << u"stop"_s << "null"_ba;
    QTest::newRow("openai usage-include-usage")
        << u"openai/gpt-4o"_s << u"/v1"_s << u"openai/usage-include-usage"_s << u"OPENAI_API_KEY"_s
        << false << "Authorization"_ba
        << "Bearer "_ba << openAiTarget << u"stop"_s
        << R"({"prompt_tokens":24,"completion_tokens":8,"total_tokens":32,"reasoning_tokens":0,"cached_tokens":0})"_ba;
    QTest::newRow("openai-compatible, --api-key-env")
        << u"deepseek/deepseek-reasoner"_s << QString() << u"deepseek/reasoning-content"_s
        << u"MY_DEEPSEEK_KEY"_s << true << "Authorization"_ba
        << "Bearer "_ba
        << "/chat/completions"_ba << u"stop"_s
        << R"({"prompt_tokens":18,"completion_tokens":96,"total_tokens":114,"reasoning_tokens":71,"cached_tokens":0})"_ba;
    QTest::newRow("anthropic basic-text")
        << u"anthropic/claude-sonnet-4-6"_s << QString() << u"anthropic/basic-text"_s
        << u"ANTHROPIC_API_KEY"_s << false << "x-api-key"_ba << QByteArray() << "/v1/messages"_ba
        << u"stop"_s
        << R"({"prompt_tokens":21,"completion_tokens":15,"total_tokens":36,"reasoning_tokens":null,"cached_tokens":0})"_ba;
    QTest::newRow("anthropic tool-use-single, --api-key-env")
        << u"anthropic/claude-sonnet-4-6"_s << QString() << u"anthropic/tool-use-single"_s
        << u"MY_CLAUDE_KEY"_s << true << "x-api-key"_ba << QByteArray() << "/v1/messages"_ba
        << u"tool_calls"_s
        << R"({"prompt_tokens":472,"completion_tokens":89,"total_tokens":561,"reasoning_tokens":null,"cached_tokens":0})"_ba;
    QTest::newRow("anthropic thinking-with-signature")
        << u"anthropic/claude-sonnet-4-6"_s << QString() << u"anthropic/thinking-with-signature"_s
        << u"ANTHROPIC_API_KEY"_s << false << "x-api-key"_ba << QByteArray() << "/v1/messages"_ba
        << u"stop"_s
        << R"({"prompt_tokens":21,"completion_tokens":210,"total_tokens":231,"reasoning_tokens":null,"cached_tokens":0})"_ba;
    QTest::newRow("anthropic stop-max-tokens")
        << u"anthropic/claude-sonnet-4-6"_s << QString() << u"anthropic/stop-max-tokens"_s
        << u"ANTHROPIC_API_KEY"_s << false << "x-api-key"_ba << QByteArray() << "/v1/messages"_ba
        << u"length"_s
        << R"({"prompt_tokens":21,"completion_tokens":16,"total_tokens":37,"reasoning_tokens":null,"cached_tokens":0})"_ba;
    QTest::newRow("anthropic usage-cache-tokens")
        << u"anthropic/claude-sonnet-4-6"_s << QString() << u"anthropic/usage-cache-tokens"_s
        << u"ANTHROPIC_API_KEY"_s << false << "x-api-key"_ba << QByteArray() << "/v1/messages"_ba
        << u"stop"_s
        << R"({"prompt_tokens":19204,"completion_tokens":6,"total_tokens":19210,"reasoning_tokens":null,"cached_tokens":18000})"_ba;
    const QByteArray geminiTarget = "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse";
    QTest::newRow("gemini basic-text")
        << u"gemini/gemini-2.5-flash"_s << QString() << u"gemini/basic-text"_s
        << u"GEMINI_API_KEY"_s << false << "x-goog-api-key"_ba << QByteArray() << geminiTarget
        << u"stop"_s
        << R"({"prompt_tokens":8,"completion_tokens":31,"total_tokens":39,"reasoning_tokens":null,"cached_tokens":null})"_ba;
    QTest::newRow("gemini thinking-thought-parts")
        << u"gemini/gemini-2.5-flash"_s << QString() << u"gemini/thinking-thought-parts"_s
        << u"GEMINI_API_KEY"_s << false << "x-goog-api-key"_ba << QByteArray() << geminiTarget
        << u"stop"_s
        << R"({"prompt_tokens":10,"completion_tokens":50,"total_tokens":60,"reasoning_tokens":45,"cached_tokens":null})"_ba;
    QTest::newRow("gemini finish-max-tokens")
        << u"gemini/gemini-2.5-flash"_s << QString() << u"gemini/finish-max-tokens"_s
        << u"GEMINI_API_KEY"_s << false << "x-goog-api-key"_ba << QByteArray() << geminiTarget
        << u"length"_s
        << R"({"prompt_tokens":8,"completion_tokens":12,"total_tokens":20,"reasoning_tokens":null,"cached_tokens":null})"_ba;
    QTest::newRow("gemini function-call")
        << u"gemini/gemini-2.5-flash"_s << QString() << u"gemini/function-call"_s
        << u"GEMINI_API_KEY"_s << false << "x-goog-api-key"_ba << QByteArray() << geminiTarget
        << u"tool_calls"_s
        << R"({"prompt_tokens":54,"completion_tokens":18,"total_tokens":72,"reasoning_tokens":null,"cached_tokens":null})"_ba;
    QTest::newRow("ollama basic-chat, --api-key-env")
        << u"ollama/llama3.2"_s << QString() << u"ollama/basic-chat"_s << u"OLLAMA_KEY"_s << true
        << "Authorization"_ba
        << "Bearer "_ba
        << "/api/chat"_ba << u"stop"_s
        << R"({"prompt_tokens":26,"completion_tokens":8,"total_tokens":34,"reasoning_tokens":null,"cached_tokens":null})"_ba;
    QTest::newRow("ollama tool-calls, --api-key-env")
        << u"ollama/qwen3:8b"_s << QString() << u"ollama/tool-calls"_s << u"OLLAMA_KEY"_s << true
        << "Authorization"_ba
        << "Bearer "_ba
        << "/api/chat"_ba << u"tool_calls"_s
        << R"({"prompt_tokens":180,"completion_tokens":48,"total_tokens":228,"reasoning_tokens":null,"cached_tokens":null})"_ba;
    QTest::newRow("ollama thinking, no key")
        << u"ollama/qwen3:8b"_s << QString() << u"ollama/thinking"_s << QString() << false
        << "Authorization"_ba << QByteArray() << "/api/chat"_ba << u"stop"_s
        << R"({"prompt_tokens":18,"completion_tokens":38,"total_tokens":56,"reasoning_tokens":null,"cached_tokens":null})"_ba;
}

void TestCliOutput::providers()
{
    QFETCH(QString, model);
    QFETCH(QString, basePath);
    QFETCH(QString, caseId);
    QFETCH(QString, keyEnv);
    QFETCH(bool, keyEnvOption);
    QFETCH(QByteArray, keyHeader);
    QFETCH(QByteArray, keyPrefix);
    QFETCH(QByteArray, target);
    QFETCH(QString, finish);
    QFETCH(QByteArray, usage);

    const Fixtures::Case c = Fixtures::loadCase(kDataDir, caseId);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    LoopbackServer server;
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    server.enqueue(Response::fromFixtureFile(c.transcriptPath));

    QStringList args{u"--json"_s, u"--model"_s, model, u"--base-url"_s,
                     server.url(basePath).toString()};
    if (keyEnvOption)
        args << u"--api-key-env"_s << keyEnv;
    args << kPrompt;
    Cli cli(keyEnvironment(keyEnv));
    cli.start(args);
    QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), kTimeoutMs);
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit, cli.err().constData());
    QVERIFY2(cli.exitCode() == 0, cli.err().constData());

    // The request: path, key header (from the right variable), prompt.
    QCOMPARE(server.requestCount(), 1);
    const LoopbackServer::Request &request = server.requests().first();
    QCOMPARE(request.method, "POST"_ba);
    QCOMPARE(request.target, target);
    if (keyEnv.isEmpty())
        QVERIFY(!request.hasHeader(keyHeader));
    else
        QCOMPARE(request.header(keyHeader), QByteArray(keyPrefix + kKey.toUtf8()));
    QVERIFY(!request.target.contains(kKey.toUtf8()));
    QCOMPARE(promptOf(request.json()), kPrompt);

    // The result line.
    const QJsonObject result = checkedResult(cli);
    QVERIFY(!result.isEmpty());
    for (const QString &key : kResultKeys)
        QVERIFY2(result.contains(key), qPrintable(key));
    const QJsonObject intended = c.intended();
    QCOMPARE(result["completed"_L1], QJsonValue(true));
    QCOMPARE(compact(result["error"_L1]), u"null"_s);
    QCOMPARE(result["text"_L1].toString(), intended["text"_L1].toString());
    QCOMPARE(cli.joined(u"text"_s), intended["text"_L1].toString());
    const QString reasoning = intended["reasoning"_L1].toString();
    QCOMPARE(compact(result["reasoning"_L1]),
             reasoning.isEmpty() ? u"null"_s : compact(QJsonValue(reasoning)));
    QCOMPARE(cli.joined(u"reasoning"_s), reasoning);
    const QString refusal = intended["refusal"_L1].toString();
    QCOMPARE(compact(result["refusal"_L1]),
             refusal.isEmpty() ? u"null"_s : compact(QJsonValue(refusal)));
    QCOMPARE(cli.joined(u"refusal"_s), refusal);
    QCOMPARE(result["finish_reason"_L1].toString(), finish);
    QCOMPARE(result["provider_finish_reason"_L1].toString(),
             intended["finish_reason"_L1].toString());
    QCOMPARE(compact(result["usage"_L1]), compact(json(usage)));
    QVERIFY(result["duration_ms"_L1].toInteger(-1) >= 0);
    QVERIFY(result["ttft_ms"_L1].toInteger(-1) >= 0);
    QVERIFY(result["ttft_ms"_L1].toInteger() <= result["duration_ms"_L1].toInteger());

    // Usage events: the last one is the final count.
    QJsonObject lastUsage;
    for (const QJsonObject &line : cli.lines()) {
        if (line["type"_L1].toString() == "usage"_L1) {
            lastUsage = line;
            lastUsage.remove("type"_L1);
        }
    }
    if (usage != "null")
        QCOMPARE(compact(lastUsage), compact(json(usage)));

    // Tool calls: as intended, and the tool_call events add up to them.
    const QJsonArray expectedCalls = intended["tool_calls"_L1].toArray();
    const QJsonArray calls = result["tool_calls"_L1].toArray();
    QCOMPARE(calls.size(), expectedCalls.size());
    QHash<int, QString> fragments;
    for (const QJsonObject &line : cli.lines()) {
        if (line["type"_L1].toString() == "tool_call"_L1)
            fragments[line["index"_L1].toInt()] += line["arguments"_L1].toString();
    }
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject call = calls[i].toObject();
        const QJsonObject expected = expectedCalls[i].toObject();
        QCOMPARE(call["index"_L1].toInt(), int(i));
        if (expected["id"_L1].isString())
            QCOMPARE(call["id"_L1].toString(), expected["id"_L1].toString());
        else
            QVERIFY(!call["id"_L1].toString().isEmpty()); // Gemini: a local id
        QCOMPARE(call["name"_L1].toString(), expected["name"_L1].toString());
        const QJsonDocument args =
            QJsonDocument::fromJson(call["arguments"_L1].toString().toUtf8());
        QCOMPARE(compact(args.object()), compact(expected["arguments"_L1]));
        const QJsonDocument streamed = QJsonDocument::fromJson(fragments.value(int(i)).toUtf8());
        QCOMPARE(compact(streamed.object()), compact(expected["arguments"_L1]));
    }
}

void TestCliOutput::plainOutput()
{
    // Default output: the answer on stdout; reasoning and the usage line on stderr.
    const Fixtures::Case c = Fixtures::loadCase(kDataDir, u"ollama/thinking"_s);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    LoopbackServer server;
    QVERIFY(server.isListening());
    server.enqueue(Response::fromFixtureFile(c.transcriptPath));
    Cli cli;
    cli.start(
        {u"--model"_s, u"ollama/qwen3:8b"_s, u"--base-url"_s, server.url().toString(), kPrompt});
    QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), kTimeoutMs);
    QVERIFY2(cli.exitCode() == 0, cli.err().constData());
    QCOMPARE(QString::fromUtf8(cli.out()), c.intended()["text"_L1].toString() + u'\n');
    const QString err = QString::fromUtf8(cli.err());
    QVERIFY2(err.contains(c.intended()["reasoning"_L1].toString()), qPrintable(err));
    QVERIFY2(err.contains("usage: 18 prompt + 38 completion tokens, finish: stop"_L1),
             qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
