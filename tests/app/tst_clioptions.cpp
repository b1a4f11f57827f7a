// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// confab-cli options and usage: request options, custom servers, --attach, providers, --help.

#include "clitesting.h"
#include "loopbackserver.h"
#include "providerpresets.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CliTesting;

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

class TestCliOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void optionsReachTheRequest_data();
    void optionsReachTheRequest();
    void customServerWithoutKey();
    void listProviders();
    void helpListsProviders();
    void attachments();
};

void TestCliOptions::initTestCase()
{
    QVERIFY2(QFileInfo(kCli).isExecutable(), qPrintable(kCli));
}

void TestCliOptions::optionsReachTheRequest_data()
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

void TestCliOptions::optionsReachTheRequest()
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

void TestCliOptions::attachments()
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

void TestCliOptions::customServerWithoutKey()
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

void TestCliOptions::listProviders()
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

void TestCliOptions::helpListsProviders()
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

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
