// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// The confab-cli contract: the built binary run as a process against a loopback server.
// `confab-cli [options] [PROMPT]`; `--json` prints one object per event and then exactly one
// result object; exit 0 completed, 1 provider/network error, 2 bad usage, 130 on SIGINT.

#include "fixtures.h"
#include "loopbackserver.h"
#include "providerpresets.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;

using Response = LoopbackServer::Response;

namespace {
const QString kDataDir = QStringLiteral(CONFAB_TEST_DATA_DIR);
const QString kCli = QStringLiteral(CONFAB_CLI_PATH);
constexpr int kTimeoutMs = 30000;
const QString kKey = u"sk-cli-test-0123456789abcdef"_s;
const QString kPrompt = u"Why is the sky blue?"_s;

/** The test's environment without proxies (the CLI honours them) and without real keys. */
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList names = env.keys();
    for (const QString &name : names) {
        if (name.endsWith("_proxy"_L1, Qt::CaseInsensitive) || name.endsWith("_API_KEY"_L1))
            env.remove(name);
    }
    return env;
}

/** An environment where every preset's key variable holds a decoy, and @p keyEnv the key. */
QProcessEnvironment keyEnvironment(const QString &keyEnv)
{
    QProcessEnvironment env = cleanEnvironment();
    for (const char *name : {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY"})
        env.insert(QLatin1StringView(name), u"decoy-"_s + QLatin1StringView(name));
    if (!keyEnv.isEmpty())
        env.insert(keyEnv, kKey);
    return env;
}

QJsonValue json(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]");
    if (!doc.isArray())
        qFatal("bad JSON in test: %s", text.constData());
    return doc.array().first();
}

QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return u"<absent>"_s;
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .chopped(1)
        .sliced(1);
}

/** confab-cli as a child process; output is collected while the test's event loop runs. */
class Cli
{
public:
    explicit Cli(const QProcessEnvironment &env = cleanEnvironment())
    {
        m_process.setProcessEnvironment(env);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
                         [this] { m_out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError,
                         [this] { m_err += m_process.readAllStandardError(); });
    }
    ~Cli()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Cli(const Cli &) = delete;
    Cli &operator=(const Cli &) = delete;

    /** Starts the CLI; @p input goes to its standard input, which is then closed. */
    void start(const QStringList &args, const QByteArray &input = {})
    {
        m_process.start(kCli, args);
        if (!input.isEmpty())
            m_process.write(input);
        m_process.closeWriteChannel();
    }

    bool finished() const { return m_process.state() == QProcess::NotRunning; }
    qint64 pid() const { return m_process.processId(); }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }

    QByteArray out()
    {
        m_out += m_process.readAllStandardOutput();
        return m_out;
    }
    QByteArray err()
    {
        m_err += m_process.readAllStandardError();
        return m_err;
    }

    /** stdout as JSON lines; a line that is no JSON object becomes {"unparsed": line}. */
    QList<QJsonObject> lines()
    {
        QList<QJsonObject> result;
        const QByteArray text = out();
        for (const QByteArray &line : text.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            result.append(doc.isObject() ? doc.object()
                                         : QJsonObject{{"unparsed"_L1, QString::fromUtf8(line)}});
        }
        return result;
    }

    /** Text of every event of @p type, joined. */
    QString joined(const QString &type)
    {
        QString s;
        for (const QJsonObject &line : lines()) {
            if (line["type"_L1].toString() == type)
                s += line["text"_L1].toString();
        }
        return s;
    }

private:
    QByteArray m_out;
    QByteArray m_err;
    QProcess m_process;
};

/** The user prompt of a request body in any of the four wire formats. */
QString promptOf(const QJsonObject &body)
{
    if (body.contains("contents"_L1)) // Gemini
        return body["contents"_L1].toArray().last()["parts"_L1][0]["text"_L1].toString();
    const QJsonValue content = body["messages"_L1].toArray().last()["content"_L1];
    return content.isArray() ? content[0]["text"_L1].toString() : content.toString();
}

/** Checks the JSON-lines invariants and returns the result object. */
QJsonObject checkedResult(Cli &cli)
{
    const QList<QJsonObject> lines = cli.lines();
    int results = 0;
    qint64 deltaEvents = 0;
    for (const QJsonObject &line : lines) {
        const QString type = line["type"_L1].toString();
        if (type == "result"_L1)
            ++results;
        else if (type == "text"_L1 || type == "reasoning"_L1 || type == "refusal"_L1 ||
                 type == "tool_call"_L1)
            ++deltaEvents;
        else if (type != "usage"_L1)
            qWarning() << "unexpected line" << line;
    }
    if (results != 1 || lines.isEmpty() || lines.last()["type"_L1].toString() != "result"_L1) {
        qWarning() << "stdout:" << cli.out() << "\nstderr:" << cli.err();
        return {};
    }
    QJsonObject result = lines.last();
    // deltas counts the text, reasoning, refusal and tool-call events printed before it.
    if (result["deltas"_L1].toInteger(-1) != deltaEvents) {
        qWarning() << "deltas" << result["deltas"_L1] << "but" << deltaEvents << "delta events";
        return {};
    }
    return result;
}

const QStringList kResultKeys{
    u"type"_s,       u"completed"_s,  u"text"_s,          u"reasoning"_s,
    u"refusal"_s,    u"tool_calls"_s, u"finish_reason"_s, u"provider_finish_reason"_s,
    u"usage"_s,      u"error"_s,      u"deltas"_s,        u"ttft_ms"_s,
    u"duration_ms"_s};

QString closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return QString::number(port);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void providers_data();
    void providers();
    void failures_data();
    void failures();
    void providerFinishReasonOfAnError();
    void badUsage_data();
    void badUsage();
    void optionsReachTheRequest_data();
    void optionsReachTheRequest();
    void customServerWithoutKey();
    void plainOutput();
    void plainOutputOnError();
    void sigint_data();
    void sigint();
    void listProviders();
    void helpListsProviders();
    void attachments();
    void attachmentProblems();
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(kCli).isExecutable(), qPrintable(kCli));
}

void TestCli::providers_data()
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

void TestCli::providers()
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

void TestCli::failures_data()
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

void TestCli::failures()
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

void TestCli::providerFinishReasonOfAnError()
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

void TestCli::badUsage_data()
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

void TestCli::badUsage()
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

void TestCli::optionsReachTheRequest_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("basePath");
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("wire");

    QTest::newRow("openai-compatible")
        << u"local/llama-3"_s << u"/v1"_s << u"openai/basic-text.sse"_s << u"openai"_s;
    QTest::newRow("anthropic") << u"anthropic/claude-sonnet-4-6"_s << QString()
                               << u"anthropic/basic-text.sse"_s << u"anthropic"_s;
    QTest::newRow("gemini") << u"gemini/gemini-2.5-flash"_s << QString()
                            << u"gemini/basic-text.sse"_s << u"gemini"_s;
    QTest::newRow("ollama") << u"ollama/llama3.2"_s << QString() << u"ollama/basic-chat.ndjson"_s
                            << u"ollama"_s;
}

void TestCli::optionsReachTheRequest()
{
    QFETCH(QString, model);
    QFETCH(QString, basePath);
    QFETCH(QString, transcript);
    QFETCH(QString, wire);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QJsonArray tools = json(R"([{"type":"function","function":{"name":"get_weather",
        "description":"Weather for a city.","parameters":{"type":"object",
        "properties":{"city":{"type":"string"}},"required":["city"]}}}])")
                                 .toArray();
    QFile file(dir.filePath(u"tools.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(tools).toJson());
    file.close();

    LoopbackServer server;
    QVERIFY(server.isListening());
    server.enqueue(Response::fromFixtureFile(kDataDir + u'/' + transcript));
    // The prompt comes from standard input (no PROMPT argument), UTF-8 and multi-line.
    const QString prompt = u"Caf\u00e9 \u2615 weather?\nIn Paris, please."_s;
    Cli cli(keyEnvironment(u"OPENAI_API_KEY"_s));
    cli.start({u"--json"_s,
               u"--model"_s,
               model,
               u"--base-url"_s,
               server.url(basePath).toString(),
               u"--system"_s,
               u"Be terse."_s,
               u"--temperature"_s,
               u"0.25"_s,
               u"--top-p"_s,
               u"0.5"_s,
               u"--max-tokens"_s,
               u"64"_s,
               u"--seed"_s,
               u"7"_s,
               u"--stop"_s,
               u"END"_s,
               u"--stop"_s,
               u"###"_s,
               u"--tools"_s,
               file.fileName()},
              prompt.toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), kTimeoutMs);
    QVERIFY2(cli.exitCode() == 0, cli.err().constData());
    QCOMPARE(server.requestCount(), 1);
    const QJsonObject body = server.requests().first().json();
    QCOMPARE(promptOf(body), prompt);

    const QJsonValue stop = json(R"(["END","###"])");
    if (wire == "openai"_L1) {
        QCOMPARE(compact(body["messages"_L1][0]),
                 compact(json(R"({"role":"system","content":"Be terse."})")));
        QCOMPARE(body["temperature"_L1].toDouble(), 0.25);
        QCOMPARE(body["top_p"_L1].toDouble(), 0.5);
        QCOMPARE(body["max_tokens"_L1].toInteger(), 64); // a compatible server: max_tokens
        QCOMPARE(body["seed"_L1].toInteger(), 7);
        QCOMPARE(compact(body["stop"_L1]), compact(stop));
        QCOMPARE(compact(body["tools"_L1]), compact(tools));
    } else if (wire == "anthropic"_L1) {
        QCOMPARE(body["system"_L1].toString(), u"Be terse."_s);
        QCOMPARE(body["temperature"_L1].toDouble(), 0.25);
        QCOMPARE(body["max_tokens"_L1].toInteger(), 64);
        QCOMPARE(compact(body["stop_sequences"_L1]), compact(stop));
        QCOMPARE(body["tools"_L1][0]["name"_L1].toString(), u"get_weather"_s);
        QCOMPARE(compact(body["tools"_L1][0]["input_schema"_L1]),
                 compact(tools[0]["function"_L1]["parameters"_L1]));
    } else if (wire == "gemini"_L1) {
        QCOMPARE(body["systemInstruction"_L1]["parts"_L1][0]["text"_L1].toString(), u"Be terse."_s);
        const QJsonValue config = body["generationConfig"_L1];
        QCOMPARE(config["temperature"_L1].toDouble(), 0.25);
        QCOMPARE(config["maxOutputTokens"_L1].toInteger(), 64);
        QCOMPARE(compact(config["stopSequences"_L1]), compact(stop));
        QCOMPARE(body["tools"_L1][0]["functionDeclarations"_L1][0]["name"_L1].toString(),
                 u"get_weather"_s);
    } else {
        QCOMPARE(compact(body["messages"_L1][0]),
                 compact(json(R"({"role":"system","content":"Be terse."})")));
        const QJsonValue options = body["options"_L1];
        QCOMPARE(options["temperature"_L1].toDouble(), 0.25);
        QCOMPARE(options["num_predict"_L1].toInteger(), 64);
        QCOMPARE(compact(options["stop"_L1]), compact(stop));
        QCOMPARE(compact(body["tools"_L1]), compact(tools));
    }
}

void TestCli::attachments()
{
    // --attach reads, checks and encodes as the app does: an image downscaled for Anthropic
    // (1,568 px), a text file fenced under its name.
    QTemporaryDir dir;
    QImage image(3000, 1500, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString photo = dir.filePath(u"photo.png"_s);
    QVERIFY(image.save(photo));
    const QString notes = dir.filePath(u"notes.txt"_s);
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("remember the milk\n");
    file.close();
    LoopbackServer server;
    server.enqueue(Response::fromFixtureFile(kDataDir + u"/anthropic/basic-text.sse"_s));
    Cli cli(keyEnvironment(u"ANTHROPIC_API_KEY"_s));
    cli.start({u"--model"_s, u"anthropic/claude-test"_s, u"--base-url"_s, server.url().toString(),
               u"--attach"_s, photo, u"-a"_s, notes, kPrompt});
    QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), kTimeoutMs);
    QVERIFY2(cli.exitCode() == 0, cli.err().constData());
    const QJsonArray content =
        server.requests().constFirst().json()["messages"_L1][0]["content"_L1].toArray();
    QCOMPARE(content.size(), 3);
    QCOMPARE(content[0]["type"_L1].toString(), u"image"_s);
    const QImage sent = QImage::fromData(
        QByteArray::fromBase64(content[0]["source"_L1]["data"_L1].toString().toLatin1()));
    QCOMPARE(sent.size(), QSize(1568, 784));
    QCOMPARE(content[1]["text"_L1].toString(), u"notes.txt\n```\nremember the milk\n```"_s);
    QCOMPARE(content[2]["text"_L1].toString(), kPrompt);
}

void TestCli::attachmentProblems()
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

void TestCli::customServerWithoutKey()
{
    // An unknown provider with --base-url is an OpenAI-compatible server; no key unless asked.
    LoopbackServer server;
    QVERIFY(server.isListening());
    server.enqueue(Response::fromFixtureFile(kDataDir + u"/openai/basic-text.sse"_s));
    server.enqueue(Response::fromFixtureFile(kDataDir + u"/openai/basic-text.sse"_s));
    QProcessEnvironment env = keyEnvironment(u"MY_LOCAL_KEY"_s);
    {
        Cli cli(env);
        cli.start({u"--model"_s, u"meta-llama/Llama-3"_s, u"--base-url"_s,
                   server.url(u"/v1").toString(), kPrompt});
        QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), kTimeoutMs);
        QVERIFY2(cli.exitCode() == 0, cli.err().constData());
    }
    {
        Cli cli(env);
        cli.start({u"--model"_s, u"meta-llama/Llama-3"_s, u"--base-url"_s,
                   server.url(u"/v1").toString(), u"--api-key-env"_s, u"MY_LOCAL_KEY"_s, kPrompt});
        QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), kTimeoutMs);
        QVERIFY2(cli.exitCode() == 0, cli.err().constData());
    }
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.requests()[0].path(), "/v1/chat/completions"_ba);
    QCOMPARE(server.requests()[0].json()["model"_L1].toString(), u"meta-llama/Llama-3"_s);
    QVERIFY(!server.requests()[0].hasHeader("Authorization"));
    QCOMPARE(server.requests()[1].header("Authorization"), QByteArray("Bearer " + kKey.toUtf8()));
}

void TestCli::plainOutput()
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

void TestCli::plainOutputOnError()
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

void TestCli::sigint_data()
{
    QTest::addColumn<bool>("jsonOutput");
    QTest::newRow("json") << true;
    QTest::newRow("plain") << false;
}

void TestCli::sigint()
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

namespace {
/** The preset table as `confab-cli` prints it: id, default base URL, key variable or "-". */
QList<QStringList> expectedProviderLines()
{
    QList<QStringList> lines;
    for (const ProviderPreset &p : ProviderPresets::all())
        lines.append({p.id, p.defaultBaseUrl, p.apiKeyEnv.isEmpty() ? u"-"_s : p.apiKeyEnv});
    return lines;
}

QStringList fields(const QString &line)
{
    return line.split(u' ', Qt::SkipEmptyParts);
}
} // namespace

void TestCli::listProviders()
{
    // One preset per line, three whitespace-separated fields, nothing else on stdout.
    Cli cli;
    cli.start({u"--list-providers"_s});
    QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), kTimeoutMs);
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.err().isEmpty());
    const QStringList lines = QString::fromUtf8(cli.out()).split(u'\n', Qt::SkipEmptyParts);
    QList<QStringList> printed;
    for (const QString &line : lines)
        printed.append(fields(line));
    QCOMPARE(printed, expectedProviderLines());
    QCOMPARE(printed.first(),
             (QStringList{u"openai"_s, u"https://api.openai.com/v1"_s, u"OPENAI_API_KEY"_s}));
    QVERIFY(printed.contains(QStringList{u"ollama"_s, u"http://localhost:11434"_s, u"-"_s}));
}

void TestCli::helpListsProviders()
{
    Cli cli;
    cli.start({u"--help"_s});
    QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), kTimeoutMs);
    QCOMPARE(cli.exitCode(), 0);
    const QString help = QString::fromUtf8(cli.out());
    QVERIFY2(help.contains(u"--list-providers"_s), qPrintable(help));
    QVERIFY2(help.contains(u"--model"_s), qPrintable(help));
    // After the options: the same lines as --list-providers, indented, in table order.
    const qsizetype section = help.indexOf(u"\nProviders"_s);
    QVERIFY2(section > 0, qPrintable(help));
    QStringList lines = help.sliced(section).split(u'\n', Qt::SkipEmptyParts);
    lines.removeFirst(); // the heading
    QList<QStringList> printed;
    for (const QString &line : lines) {
        QVERIFY2(line.startsWith(u"  "_s), qPrintable(line));
        printed.append(fields(line));
    }
    QCOMPARE(printed, expectedProviderLines());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
