// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// confab-fake-provider: serves fixture transcripts or a generated OpenAI-style answer on
// 127.0.0.1 for manual testing, screenshots and benchmarks.

#include "fixtures.h"
#include "loopbackserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QByteArray chunkJson(const QJsonObject &delta, const QJsonValue &finishReason)
{
    const QJsonObject choice{{"index"_L1, 0},
                             {"delta"_L1, delta},
                             {"logprobs"_L1, QJsonValue::Null},
                             {"finish_reason"_L1, finishReason}};
    const QJsonObject chunk{{"id"_L1, "chatcmpl-fake"_L1},
                            {"object"_L1, "chat.completion.chunk"_L1},
                            {"created"_L1, 1754400000},
                            {"model"_L1, "fake-model"_L1},
                            {"choices"_L1, QJsonArray{choice}}};
    return QJsonDocument(chunk).toJson(QJsonDocument::Compact);
}

/** @p count content deltas of plausible Markdown: headings, lists, emphasis, code. */
QStringList markdownDeltas(int count)
{
    static const char *const kWords[] = {
        "signal", "slot",    "model",  "stream",   "token",    "buffer",  "thread", "event",
        "loop",   "parser",  "widget", "delegate", "property", "binding", "timer",  "socket",
        "reply",  "request", "header", "chunk",    "render",   "layout",  "scene",  "graph",
        "cache",  "queue",   "the",    "a",        "of",       "and",     "to",     "with",
        "when",   "every",   "each",   "which",    "quickly",  "safely",  "never",  "always",
        "Qt",     "QML",     "C++",    "network",  "answer",   "message"};
    constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));
    Fixtures::Mulberry32 rng(2026);
    QStringList deltas;
    int section = 0;
    int sentence = 0;
    const auto word = [&] { return QString::fromLatin1(kWords[rng.bounded(0, kWordCount - 1)]); };
    while (deltas.size() < count) {
        if (sentence == 0) {
            deltas.append((section == 0 ? u"## "_s : u"\n\n## "_s) + u"Part "_s +
                          QString::number(section + 1) + u"\n\n"_s);
            ++section;
        }
        switch (rng.bounded(0, 9)) {
        case 0:
            deltas.append(u" **"_s + word() + u"**"_s);
            break;
        case 1:
            deltas.append(u" `"_s + word() + u"()`"_s);
            break;
        case 2:
            deltas.append(u".\n\n- "_s + word());
            break;
        case 3:
            if (rng.bounded(0, 5) == 0) {
                deltas.append(u"\n\n```cpp\nauto "_s + word() + u" = make();\n```\n\n"_s + word());
                break;
            }
            [[fallthrough]];
        default:
            deltas.append((deltas.last().endsWith(u'\n') ? QString() : u" "_s) + word());
            break;
        }
        sentence = (sentence + 1) % 60;
    }
    deltas.last() += u'.';
    return deltas;
}

LoopbackServer::Response generatedOpenAi(int count, int delayMs)
{
    QByteArrayList events;
    events.append(
        chunkJson({{"role"_L1, "assistant"_L1}, {"content"_L1, ""_L1}}, QJsonValue::Null));
    const QStringList deltas = markdownDeltas(count);
    for (const QString &text : deltas)
        events.append(chunkJson({{"content"_L1, text}}, QJsonValue::Null));
    events.append(chunkJson({}, u"stop"_s));
    QJsonObject usageChunk{{"id"_L1, "chatcmpl-fake"_L1},
                           {"object"_L1, "chat.completion.chunk"_L1},
                           {"model"_L1, "fake-model"_L1},
                           {"choices"_L1, QJsonArray{}},
                           {"usage"_L1, QJsonObject{{"prompt_tokens"_L1, 42},
                                                    {"completion_tokens"_L1, count},
                                                    {"total_tokens"_L1, 42 + count}}}};
    events.append(QJsonDocument(usageChunk).toJson(QJsonDocument::Compact));
    events.append("[DONE]"_ba);
    return LoopbackServer::Response::sse(events, delayMs);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"confab-fake-provider"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Serves provider stream fixtures (.sse, .ndjson, .http) in order to successive requests "
        "on 127.0.0.1, or a generated OpenAI-style answer."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (default: any free)."_s,
                                        u"N"_s, u"0"_s);
    const QCommandLineOption delayOption(u"delay"_s, u"Pause before each event in ms."_s, u"MS"_s,
                                         u"0"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Cycle through the answers forever."_s);
    const QCommandLineOption generateOption(
        u"generate-openai"_s, u"Stream an OpenAI-format answer of N Markdown deltas."_s, u"N"_s);
    const QCommandLineOption chunkingOption(
        u"chunking"_s, u"Chunking spec for fixture files (default: events)."_s, u"SPEC"_s);
    const QCommandLineOption modelsOption(
        u"models"_s,
        u"Answer GET …/models with these model ids (comma-separated; OpenAI and Anthropic "
        "list format) instead of the next answer."_s,
        u"IDS"_s);
    const QCommandLineOption dumpOption(
        u"dump-bodies"_s,
        u"Write each request's body to DIR/request-N.body (to look at what a client sent)."_s,
        u"DIR"_s);
    parser.addOptions({portOption, delayOption, repeatOption, generateOption, chunkingOption,
                       modelsOption, dumpOption});
    parser.addPositionalArgument(u"FILE"_s, u"Fixture transcripts to serve, in order."_s,
                                 u"[FILE...]"_s);
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    const int delay = parser.value(delayOption).toInt();
    const int generate = parser.value(generateOption).toInt();
    if (files.isEmpty() && generate <= 0) {
        std::fprintf(stderr, "Give fixture files or --generate-openai N.\n");
        return 2;
    }
    for (const QString &file : files) {
        Fixtures::Format format;
        if (!QFileInfo::exists(file) || !Fixtures::formatForPath(file, &format)) {
            std::fprintf(stderr, "Not a readable .sse/.ndjson/.http file: %s\n",
                         qUtf8Printable(file));
            return 2;
        }
    }

    LoopbackServer server(nullptr, quint16(parser.value(portOption).toUInt()));
    if (!server.isListening()) {
        std::fprintf(stderr, "Cannot listen: %s\n", qUtf8Printable(server.errorString()));
        return 1;
    }

    const bool repeat = parser.isSet(repeatOption);
    const QString chunking = parser.value(chunkingOption);
    int next = 0;
    const int answers = int(files.size()) + (generate > 0 ? 1 : 0);
    QJsonArray modelList;
    for (const QString &id : parser.value(modelsOption).split(u',', Qt::SkipEmptyParts))
        modelList.append(QJsonObject{{"id"_L1, id.trimmed()}, {"object"_L1, "model"_L1}});
    const QByteArray modelsBody =
        QJsonDocument(
            QJsonObject{{"object"_L1, "list"_L1}, {"data"_L1, modelList}, {"has_more"_L1, false}})
            .toJson(QJsonDocument::Compact);
    server.setFallback([&](const LoopbackServer::Request &request) {
        if (!modelList.isEmpty() && request.method == "GET" && request.path().endsWith("/models"))
            return LoopbackServer::Response::full(200, modelsBody);
        if (next >= answers && !repeat) {
            return LoopbackServer::Response::full(
                503,
                R"({"error":{"message":"confab-fake-provider: no answers left","type":"server_error"}})"_ba);
        }
        const int index = next++ % answers;
        if (index >= files.size())
            return generatedOpenAi(generate, delay);
        LoopbackServer::Response response =
            LoopbackServer::Response::fromFixtureFile(files.at(index), chunking);
        if (delay > 0 && chunking.isEmpty()) {
            response.delaysMs.clear();
            response.delayMs = delay;
        }
        return response;
    });
    const QString dumpDir = parser.value(dumpOption);
    QObject::connect(
        &server, &LoopbackServer::requestReceived, &server, [&server, dumpDir](int index) {
            const LoopbackServer::Request &request = server.requests().at(index);
            std::fprintf(stderr, "%s %s (%lld bytes)\n", request.method.constData(),
                         request.target.constData(), static_cast<long long>(request.body.size()));
            if (dumpDir.isEmpty())
                return;
            QFile file(u"%1/request-%2.body"_s.arg(dumpDir).arg(index + 1));
            if (file.open(QIODevice::WriteOnly))
                file.write(request.body);
        });

    QObject::connect(&server, &LoopbackServer::clientDisconnected, &server,
                     [] { std::fprintf(stderr, "client disconnected\n"); });

    std::printf("listening on %s\n", qUtf8Printable(server.url().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
