// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the tst_cli* tests: confab-cli run as a child process, and the JSON-lines checks.

#include "loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

/**
 * The confab-cli contract, tested on the built binary against a loopback server:
 * `confab-cli [options] [PROMPT]`; `--json` prints one object per event and then exactly one
 * result object; exit 0 completed, 1 provider/network error, 2 bad usage, 130 on SIGINT.
 */
namespace CliTesting {
using namespace Qt::StringLiterals;

using Response = LoopbackServer::Response;

inline const QString kDataDir = QStringLiteral(CONFAB_TEST_DATA_DIR);
inline const QString kCli = QStringLiteral(CONFAB_CLI_PATH);
inline constexpr int kTimeoutMs = 30000;
inline const QString kKey = u"sk-cli-test-0123456789abcdef"_s;
inline const QString kPrompt = u"Why is the sky blue?"_s;

/** The test's environment without proxies (the CLI honours them) and without real keys. */
inline QProcessEnvironment cleanEnvironment()
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
inline QProcessEnvironment keyEnvironment(const QString &keyEnv)
{
    QProcessEnvironment env = cleanEnvironment();
    for (const char *name : {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY"})
        env.insert(QLatin1StringView(name), u"decoy-"_s + QLatin1StringView(name));
    if (!keyEnv.isEmpty())
        env.insert(keyEnv, kKey);
    return env;
}

inline QJsonValue json(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]");
    if (!doc.isArray())
        qFatal("bad JSON in test: %s", text.constData());
    return doc.array().first();
}

inline QString compact(const QJsonValue &value)
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
inline QString promptOf(const QJsonObject &body)
{
    if (body.contains("contents"_L1)) // Gemini
        return body["contents"_L1].toArray().last()["parts"_L1][0]["text"_L1].toString();
    const QJsonValue content = body["messages"_L1].toArray().last()["content"_L1];
    return content.isArray() ? content[0]["text"_L1].toString() : content.toString();
}

/** Checks the JSON-lines invariants and returns the result object. */
inline QJsonObject checkedResult(Cli &cli)
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

inline const QStringList kResultKeys{
    u"type"_s,       u"completed"_s,  u"text"_s,          u"reasoning"_s,
    u"refusal"_s,    u"tool_calls"_s, u"finish_reason"_s, u"provider_finish_reason"_s,
    u"usage"_s,      u"error"_s,      u"deltas"_s,        u"ttft_ms"_s,
    u"duration_ms"_s};
} // namespace CliTesting
