// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// confab-cli: streams one turn to stdout. Its output is a contract (see README).
#include "attachmentencoder.h"
#include "attachmentfiles.h"
#include "attachmentintake.h"
#include "chatstream.h"
#include "climcp.h"
#include "clitools.h"
#include "imagingcodec.h"
#include "mcpcommandline.h"
#include "networkaccess.h"
#include "providerpresets.h"
#include "wireformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
int g_signalPipe[2] = {-1, -1};

void onSigint(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

/** Writes @p bytes at once (nothing is buffered: each event reaches a reader as it happens). */
void writeOut(int fd, QByteArrayView bytes)
{
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // a closed pipe: SIGPIPE ends the program, as with stdio
        data += n;
        left -= n;
    }
}

void writeJsonLine(const QJsonObject &object)
{
    writeOut(STDOUT_FILENO, QJsonDocument(object).toJson(QJsonDocument::Compact).append('\n'));
}

/** Appends @p text as a JSON string literal (UTF-8, quotes included). */
void appendJsonString(QByteArray &out, const QString &text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    // Well-formed text is encoded here directly; text with a lone surrogate goes through
    // toUtf8(), which decides what that becomes.
    const auto *units = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype count = text.size();
    bool loneSurrogate = false;
    for (qsizetype i = 0; i < count && !loneSurrogate; ++i) {
        if (QChar::isHighSurrogate(units[i]) && i + 1 < count &&
            QChar::isLowSurrogate(units[i + 1]))
            ++i;
        else
            loneSurrogate = QChar::isSurrogate(units[i]);
    }
    if (!loneSurrogate) {
        const qsizetype start = out.size();
        out.resize(start + 2 + 6 * count); // the longest form of a unit is \u00XX
        char *p = out.data() + start;
        *p++ = '"';
        for (qsizetype i = 0; i < count; ++i) {
            const char16_t u = units[i];
            if (QChar::isHighSurrogate(u)) { // with its low surrogate: four bytes
                const char32_t c = QChar::surrogateToUcs4(u, units[++i]);
                *p++ = char(0xF0 | (c >> 18));
                *p++ = char(0x80 | ((c >> 12) & 0x3F));
                *p++ = char(0x80 | ((c >> 6) & 0x3F));
                *p++ = char(0x80 | (c & 0x3F));
            } else if (u >= 0x80) {
                if (u < 0x800) {
                    *p++ = char(0xC0 | (u >> 6));
                } else {
                    *p++ = char(0xE0 | (u >> 12));
                    *p++ = char(0x80 | ((u >> 6) & 0x3F));
                }
                *p++ = char(0x80 | (u & 0x3F));
            } else if (u >= 0x20 && u != '"' && u != '\\') {
                *p++ = char(u);
            } else {
                *p++ = '\\';
                switch (u) {
                case '"':
                case '\\':
                    *p++ = char(u);
                    break;
                case '\n':
                    *p++ = 'n';
                    break;
                case '\r':
                    *p++ = 'r';
                    break;
                case '\t':
                    *p++ = 't';
                    break;
                default:
                    *p++ = 'u';
                    *p++ = '0';
                    *p++ = '0';
                    *p++ = kHex[(u >> 4) & 0xf];
                    *p++ = kHex[u & 0xf];
                }
            }
        }
        *p++ = '"';
        out.resize(p - out.constData());
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', kHex[(c >> 4) & 0xf], kHex[c & 0xf]};
                out.append(escaped, sizeof escaped);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

/**
 * `{"type":TYPE,"text":…}` for the per-delta events: written by hand, as they are the hot path
 * (one per token), into a reused buffer and flushed at once.
 */
void writeTextEvent(QLatin1StringView type, const QString &text)
{
    static QByteArray line;
    line.clear();
    line.append("{\"type\":\"");
    line.append(type.data(), type.size());
    line.append("\",\"text\":");
    appendJsonString(line, text);
    line.append("}\n");
    writeOut(STDOUT_FILENO, line);
}

QJsonValue optionalString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue countOrNull(qint64 n)
{
    return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(n);
}

QJsonObject usageObject(const Usage &u)
{
    return {{"prompt_tokens"_L1, countOrNull(u.promptTokens)},
            {"completion_tokens"_L1, countOrNull(u.completionTokens)},
            {"total_tokens"_L1, countOrNull(u.totalTokens)},
            {"reasoning_tokens"_L1, countOrNull(u.reasoningTokens)},
            {"cached_tokens"_L1, countOrNull(u.cachedTokens)}};
}

QJsonObject resultObject(const StreamResult &r)
{
    QJsonArray calls;
    for (const ToolCall &call : r.toolCalls) {
        calls.append(
            QJsonObject{{"index"_L1, call.index},
                        {"id"_L1, call.id},
                        {"name"_L1, call.name},
                        {"arguments"_L1, call.arguments.isEmpty() ? u"{}"_s : call.arguments}});
    }
    QJsonValue error(QJsonValue::Null);
    if (r.error.isError()) {
        error = QJsonObject{
            {"kind"_L1, StreamNames::errorKind(r.error.kind)},
            {"status"_L1, r.error.httpStatus ? QJsonValue(r.error.httpStatus) : QJsonValue()},
            {"type"_L1, optionalString(r.error.providerType)},
            {"message"_L1, r.error.message},
            {"retry_after_s"_L1, r.error.retryAfterSeconds >= 0
                                     ? QJsonValue(r.error.retryAfterSeconds)
                                     : QJsonValue()}};
    }
    return {{"type"_L1, "result"_L1},
            {"completed"_L1, r.completed()},
            {"text"_L1, r.text},
            {"reasoning"_L1, optionalString(r.reasoning)},
            {"refusal"_L1, optionalString(r.refusal)},
            {"tool_calls"_L1, calls},
            {"finish_reason"_L1, optionalString(StreamNames::finishReason(r.finishReason))},
            {"provider_finish_reason"_L1, optionalString(r.providerFinishReason)},
            {"usage"_L1, r.usage.isValid() ? QJsonValue(usageObject(r.usage)) : QJsonValue()},
            {"error"_L1, error},
            {"deltas"_L1, r.deltas},
            {"ttft_ms"_L1, countOrNull(r.timeToFirstTokenMs)},
            {"duration_ms"_L1, countOrNull(r.durationMs)}};
}

int usageError(const QString &message)
{
    writeOut(STDERR_FILENO,
             (u"confab-cli: "_s + message + u"\nTry 'confab-cli --help'.\n"_s).toUtf8());
    return 2;
}

/**
 * The preset table, one preset per line: id, default base URL and the variable its key is read
 * from ("-" for none), in aligned columns that split at whitespace.
 */
QString providerLines(QStringView indent)
{
    const QList<ProviderPreset> &presets = ProviderPresets::all();
    qsizetype idWidth = 0;
    qsizetype urlWidth = 0;
    for (const ProviderPreset &p : presets) {
        idWidth = std::max(idWidth, p.id.size());
        urlWidth = std::max(urlWidth, p.defaultBaseUrl.size());
    }
    QString out;
    for (const ProviderPreset &p : presets) {
        out += indent + p.id.leftJustified(idWidth + 2) +
               p.defaultBaseUrl.leftJustified(urlWidth + 2) +
               (p.apiKeyEnv.isEmpty() ? u"-"_s : p.apiKeyEnv) + u'\n';
    }
    return out;
}

/** A name for the server a command starts, for the prompts: the program's, or for a launcher
 * (node, npx, uvx, python …) that of the script or package it runs. */
QString serverName(const QStringList &words)
{
    static const QStringList kLaunchers{u"node"_s,   u"npx"_s,     u"uvx"_s,  u"uv"_s,
                                        u"python"_s, u"python3"_s, u"deno"_s, u"bun"_s};
    const QString program = QFileInfo(words.first()).fileName();
    if (!kLaunchers.contains(program))
        return program;
    for (const QString &word : words.mid(1)) {
        if (word.startsWith(u'-'))
            continue;
        QStringList parts = QFileInfo(word).filePath().split(u'/', Qt::SkipEmptyParts);
        // …/server-filesystem/dist/index.js → server-filesystem; @scope/pkg → pkg.
        while (parts.size() > 1 &&
               (parts.last().startsWith(u"index."_s) || parts.last() == "dist"_L1 ||
                parts.last() == "build"_L1 || parts.last() == "src"_L1))
            parts.removeLast();
        if (!parts.isEmpty())
            return parts.last();
    }
    return program;
}

bool parseDouble(const QString &text, double *out)
{
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"confab-cli"_s);
    QCoreApplication::setOrganizationName(u"Confab"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CONFAB_VERSION));
    if (McpCli::wanted(argc, argv))
        return McpCli::run(app); // confab-cli mcp list|call …

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Streams one chat turn from a language model. The prompt is read from standard input "
        "when it is not given as an argument."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const ProviderPreset &primary = ProviderPresets::primary();
    const QCommandLineOption modelOpt(
        {u"m"_s, u"model"_s},
        u"PROVIDER/MODEL, e.g. %1/%2. PROVIDER is one listed below, or any name with "
        "--base-url for an OpenAI-compatible server."_s.arg(primary.id, primary.defaultModel),
        u"address"_s);
    const QCommandLineOption baseUrlOpt(u"base-url"_s,
                                        u"Base URL, as the provider's SDK takes it."_s, u"url"_s);
    const QCommandLineOption keyEnvOpt(u"api-key-env"_s,
                                       u"Environment variable holding the API key."_s, u"var"_s);
    const QCommandLineOption systemOpt({u"s"_s, u"system"_s}, u"System prompt."_s, u"text"_s);
    const QCommandLineOption temperatureOpt(u"temperature"_s, u"Sampling temperature."_s, u"t"_s);
    const QCommandLineOption topPOpt(u"top-p"_s, u"Nucleus sampling."_s, u"p"_s);
    const QCommandLineOption maxTokensOpt(u"max-tokens"_s, u"Output token limit."_s, u"n"_s);
    const QCommandLineOption stopOpt(u"stop"_s, u"Stop sequence (repeatable)."_s, u"text"_s);
    const QCommandLineOption seedOpt(u"seed"_s, u"Sampling seed."_s, u"n"_s);
    const QCommandLineOption toolsOpt(u"tools"_s, u"JSON file with an OpenAI tool list."_s,
                                      u"file"_s);
    const QCommandLineOption jsonModeOpt(u"json-mode"_s, u"Ask for a JSON object answer."_s);
    const QCommandLineOption idleOpt(u"timeout-idle"_s, u"Seconds without data before failing."_s,
                                     u"seconds"_s);
    const QCommandLineOption retriesOpt(u"retries"_s, u"Retries before the first byte."_s, u"n"_s);
    const QCommandLineOption jsonOpt(u"json"_s, u"One JSON object per event on stdout."_s);
    const QCommandLineOption attachOpt(
        {u"a"_s, u"attach"_s},
        u"Send FILE with the prompt (repeatable): an image (PNG, JPEG, WEBP, GIF) downscaled for "
        "the provider, a PDF (read by the provider where it can, else its text) or a text "
        "file."_s,
        u"file"_s);
    const QCommandLineOption pdfTextOpt(u"pdf-as-text"_s,
                                        u"Send PDFs as their text even where they are read."_s);
    const QCommandLineOption listProvidersOpt(
        u"list-providers"_s,
        u"Print the providers, one per line: id, default base URL, key variable."_s);
    const QCommandLineOption mcpStdioOpt(
        u"mcp-stdio"_s,
        u"Offer the tools of the MCP server this command starts (split like a shell, never run "
        "by one; repeatable). Each call is shown and asked about on the terminal."_s,
        u"command"_s);
    const QCommandLineOption mcpUrlOpt(
        u"mcp-url"_s, u"Offer the tools of the MCP server at this URL (repeatable)."_s, u"url"_s);
    const QCommandLineOption mcpHeaderOpt(
        u"mcp-header"_s, u"HTTP header \"Name: value\" for the --mcp-url servers (repeatable)."_s,
        u"header"_s);
    const QCommandLineOption yesOpt(u"yes"_s,
                                    u"Allow every tool call without asking (use with care)."_s);
    const QCommandLineOption roundsOpt(
        u"max-tool-rounds"_s, u"Rounds of tool calls before the turn stops (10)."_s, u"n"_s);
    parser.addOptions({modelOpt,    baseUrlOpt,       keyEnvOpt,   systemOpt, temperatureOpt,
                       topPOpt,     maxTokensOpt,     stopOpt,     seedOpt,   toolsOpt,
                       jsonModeOpt, idleOpt,          retriesOpt,  jsonOpt,   attachOpt,
                       pdfTextOpt,  listProvidersOpt, mcpStdioOpt, mcpUrlOpt, mcpHeaderOpt,
                       yesOpt,      roundsOpt});
    parser.addPositionalArgument(u"prompt"_s, u"The prompt (default: standard input)."_s);
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        const QString providers =
            u"\nProviders (PROVIDER, default base URL, API key variable or - for none):\n"_s +
            providerLines(u"  ");
        writeOut(STDOUT_FILENO, (parser.helpText() + providers).toUtf8());
        return 0;
    }
    if (parser.isSet(listProvidersOpt)) {
        writeOut(STDOUT_FILENO, providerLines({}).toUtf8());
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        writeOut(STDOUT_FILENO, "confab-cli " CONFAB_VERSION "\n");
        return 0;
    }

    if (!parser.isSet(modelOpt))
        return usageError(u"--model is required."_s);
    const auto address = ProviderPresets::parseAddress(parser.value(modelOpt));
    if (!address.preset && !parser.isSet(baseUrlOpt))
        return usageError(u"Unknown provider in '%1'; use PROVIDER/MODEL or give --base-url for an "
                          "OpenAI-compatible server."_s.arg(parser.value(modelOpt)));
    if (address.model.isEmpty())
        return usageError(u"The model name is empty."_s);

    const ProviderPreset &preset = address.preset ? *address.preset : ProviderPresets::custom();
    ProviderEndpoint endpoint;
    endpoint.baseUrl =
        QUrl(parser.isSet(baseUrlOpt) ? parser.value(baseUrlOpt) : preset.defaultBaseUrl);
    if (!endpoint.baseUrl.isValid() || endpoint.baseUrl.host().isEmpty())
        return usageError(u"Invalid base URL."_s);
    const QString keyEnv = parser.isSet(keyEnvOpt) ? parser.value(keyEnvOpt) : preset.apiKeyEnv;
    if (!keyEnv.isEmpty())
        endpoint.apiKey = qEnvironmentVariable(keyEnv.toLocal8Bit().constData());

    ChatRequest request;
    request.model = address.model;
    request.systemPrompt = parser.value(systemOpt);
    double number = 0;
    if (parser.isSet(temperatureOpt)) {
        if (!parseDouble(parser.value(temperatureOpt), &number))
            return usageError(u"--temperature takes a number."_s);
        request.temperature = number;
    }
    if (parser.isSet(topPOpt)) {
        if (!parseDouble(parser.value(topPOpt), &number))
            return usageError(u"--top-p takes a number."_s);
        request.topP = number;
    }
    bool ok = true;
    if (parser.isSet(maxTokensOpt)) {
        request.maxTokens = parser.value(maxTokensOpt).toLongLong(&ok);
        if (!ok || *request.maxTokens <= 0)
            return usageError(u"--max-tokens takes a positive whole number."_s);
    }
    if (parser.isSet(seedOpt)) {
        request.seed = parser.value(seedOpt).toLongLong(&ok);
        if (!ok)
            return usageError(u"--seed takes a whole number."_s);
    }
    request.stop = parser.values(stopOpt);
    if (parser.isSet(toolsOpt)) {
        QFile file(parser.value(toolsOpt));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(u"Cannot read %1."_s.arg(file.fileName()));
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        if (!doc.isArray())
            return usageError(u"%1 must hold a JSON array of tools."_s.arg(file.fileName()));
        request.tools = doc.array();
    }
    if (parser.isSet(jsonModeOpt))
        request.responseFormat = u"json_object"_s;

    StreamLimits limits;
    if (parser.isSet(idleOpt)) {
        if (!parseDouble(parser.value(idleOpt), &number) || number <= 0)
            return usageError(u"--timeout-idle takes a positive number of seconds."_s);
        limits.idleTimeoutMs = int(number * 1000);
    }
    if (parser.isSet(retriesOpt)) {
        limits.maxRetries = parser.value(retriesOpt).toInt(&ok);
        if (!ok || limits.maxRetries < 0)
            return usageError(u"--retries takes a whole number."_s);
    }

    // MCP servers whose tools the model may use.
    CliTools::Options toolOptions;
    for (const QString &command : parser.values(mcpStdioOpt)) {
        QString error;
        const QStringList words = McpCommandLine::split(command, &error);
        if (words.isEmpty())
            return usageError(u"--mcp-stdio: %1"_s.arg(error));
        McpServerConfig config;
        config.transport = Mcp::Transport::Stdio;
        config.name = serverName(words);
        config.program = words.first();
        config.arguments = words.mid(1);
        toolOptions.servers.append(config);
    }
    QList<std::pair<QByteArray, QByteArray>> mcpHeaders;
    for (const QString &header : parser.values(mcpHeaderOpt)) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0)
            return usageError(u"--mcp-header takes \"Name: value\"."_s);
        mcpHeaders.append(
            {header.left(colon).trimmed().toLatin1(), header.mid(colon + 1).trimmed().toUtf8()});
    }
    for (const QString &url : parser.values(mcpUrlOpt)) {
        McpServerConfig config;
        config.transport = Mcp::Transport::Http;
        config.url = QUrl(url);
        if (!config.url.isValid() || config.url.host().isEmpty() ||
            (config.url.scheme() != "http"_L1 && config.url.scheme() != "https"_L1))
            return usageError(u"--mcp-url takes an http or https URL."_s);
        config.name = config.url.host();
        config.headers = mcpHeaders;
        toolOptions.servers.append(config);
    }
    int maxToolRounds = 10;
    if (parser.isSet(roundsOpt)) {
        maxToolRounds = parser.value(roundsOpt).toInt(&ok);
        if (!ok || maxToolRounds < 0)
            return usageError(u"--max-tool-rounds takes a whole number."_s);
    }
    toolOptions.allowAll = parser.isSet(yesOpt);
    toolOptions.json = parser.isSet(jsonOpt);

    QString prompt = parser.positionalArguments().join(u' ');
    // Approvals are read where the prompt was not.
    toolOptions.approvalsFromStdin = !prompt.isEmpty();
    if (prompt.isEmpty()) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usageError(u"Cannot read the prompt from standard input."_s);
        prompt = QString::fromUtf8(in.readAll());
    }
    // Attachments: the app's own checks and encoders; the files live in a temporary folder.
    QList<ContentPart> parts;
    if (parser.isSet(attachOpt)) {
        QTemporaryDir folder;
        AttachmentFiles files(folder.path());
        ImagingCodec codec;
        AttachmentEncoder encoder(&files, &codec);
        const AttachmentLimits attachmentLimits =
            ProviderPresets::makeWire(preset)->attachmentLimits();
        for (const QString &path : parser.values(attachOpt)) {
            AttachmentIntake::Result read = AttachmentIntake::fromFile(path, files, codec);
            if (!read.ok())
                return usageError(AttachmentIntake::describe(read.problem, path));
            read.attachment.pdfAsText = parser.isSet(pdfTextOpt);
            const AttachmentEncoder::Part part = encoder.encode(read.attachment, attachmentLimits);
            if (part.problem == AttachmentEnums::Problem::Unsupported)
                return usageError(u"%1: this provider does not read images."_s.arg(path));
            if (part.problem != AttachmentEnums::Problem::None)
                return usageError(AttachmentIntake::describe(part.problem, path));
            parts.append(part.part);
        }
    }
    if (prompt.trimmed().isEmpty() && parts.isEmpty())
        return usageError(u"The prompt is empty."_s);
    request.messages.append({ChatMessage::Role::User, prompt, {}, {}, {}, {}, parts});

    const bool json = parser.isSet(jsonOpt);
    QNetworkAccessManager *network = NetworkAccess::createManager(&app);
    const std::shared_ptr<const WireFormat> wire = ProviderPresets::makeWire(preset);
    ChatStream *stream = nullptr;
    std::unique_ptr<CliTools> tools;
    int toolRounds = 0;

    const auto attach = [json](ChatStream *s) {
        if (json) {
            QObject::connect(s, &ChatStream::textReceived,
                             [](const QString &t) { writeTextEvent("text"_L1, t); });
            QObject::connect(s, &ChatStream::reasoningReceived,
                             [](const QString &t) { writeTextEvent("reasoning"_L1, t); });
            QObject::connect(s, &ChatStream::refusalReceived,
                             [](const QString &t) { writeTextEvent("refusal"_L1, t); });
            QObject::connect(s, &ChatStream::toolCallReceived, [](const ToolCallDelta &d) {
                writeJsonLine({{"type"_L1, "tool_call"_L1},
                               {"index"_L1, d.index},
                               {"id"_L1, optionalString(d.id)},
                               {"name"_L1, optionalString(d.name)},
                               {"arguments"_L1, d.arguments}});
            });
            QObject::connect(s, &ChatStream::usageReceived, [](const Usage &u) {
                QJsonObject o = usageObject(u);
                o.insert("type"_L1, "usage"_L1);
                writeJsonLine(o);
            });
        } else {
            QObject::connect(s, &ChatStream::textReceived,
                             [](const QString &t) { writeOut(STDOUT_FILENO, t.toUtf8()); });
            QObject::connect(s, &ChatStream::refusalReceived,
                             [](const QString &t) { writeOut(STDOUT_FILENO, t.toUtf8()); });
            QObject::connect(s, &ChatStream::reasoningReceived,
                             [](const QString &t) { writeOut(STDERR_FILENO, t.toUtf8()); });
        }
    };

    const auto report = [json](const StreamResult &r) {
        if (json) {
            writeJsonLine(resultObject(r));
            return;
        }
        if (!r.text.isEmpty() && !r.text.endsWith(u'\n'))
            writeOut(STDOUT_FILENO, "\n");
        if (r.error.isError()) {
            QString line = u"error: %1"_s.arg(StreamNames::errorKind(r.error.kind));
            if (r.error.httpStatus)
                line += u" (HTTP %1)"_s.arg(r.error.httpStatus);
            writeOut(STDERR_FILENO, (line + u": "_s + r.error.message + u'\n').toUtf8());
        }
        if (r.usage.isValid()) {
            writeOut(STDERR_FILENO, u"usage: %1 prompt + %2 completion tokens, finish: %3\n"_s
                                        .arg(r.usage.promptTokens)
                                        .arg(r.usage.completionTokens)
                                        .arg(StreamNames::finishReason(r.finishReason))
                                        .toUtf8());
        }
    };

    // One stream per round: an answer that calls tools gets their results and goes on.
    std::function<void()> startStream = [&] {
        if (stream)
            stream->deleteLater();
        stream = new ChatStream(network, wire, endpoint, request, limits);
        attach(stream);
        QObject::connect(stream, &ChatStream::finished, &app, [&](const StreamResult &r) {
            report(r);
            if (!tools || !r.completed() || r.toolCalls.isEmpty()) {
                QCoreApplication::exit(r.completed() ? 0 : 1);
                return;
            }
            if (toolRounds++ >= maxToolRounds) {
                writeOut(
                    STDERR_FILENO,
                    u"confab-cli: stopped after %1 tool rounds.\n"_s.arg(maxToolRounds).toUtf8());
                QCoreApplication::exit(1);
                return;
            }
            ChatMessage answer{ChatMessage::Role::Assistant, r.text, {}, {}, {}, {}};
            answer.toolCalls = r.toolCalls;
            answer.reasoning = r.reasoning;
            answer.reasoningSignature = r.reasoningSignature;
            request.messages.append(answer);
            tools->runRound(r.toolCalls);
        });
        stream->start();
    };

    if (!toolOptions.servers.isEmpty()) {
        tools = std::make_unique<CliTools>(network, toolOptions);
        QObject::connect(tools.get(), &CliTools::ready, &app, [&] {
            for (const QJsonValue &tool : tools->requestTools())
                request.tools.append(tool);
            startStream();
        });
        QObject::connect(tools.get(), &CliTools::failed, &app, [](const QString &message) {
            writeOut(STDERR_FILENO,
                     (u"confab-cli: tool server failed: "_s + message + u'\n').toUtf8());
            QCoreApplication::exit(1);
        });
        QObject::connect(tools.get(), &CliTools::roundFinished, &app,
                         [&](const QList<ChatMessage> &results) {
                             request.messages.append(results);
                             startStream();
                         });
    }

    if (::pipe(g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] {
            char byte;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
            if (tools)
                tools->cancel(); // a running call is cancelled at the server
            if (stream && stream->isRunning()) {
                stream->abort();
                report(stream->result());
            }
            QCoreApplication::exit(130);
        });
        std::signal(SIGINT, onSigint);
        std::signal(SIGTERM, onSigint);
    }
    if (tools)
        tools->start();
    else
        startStream();
    const int code = app.exec();
    // Orderly shutdown while the application still exists: the reply, the tool servers, then
    // the network manager and its HTTP thread, then their deferred deletions. Left to static
    // destruction, objects of the HTTP thread sometimes outlive main() (LeakSanitizer sees them).
    if (stream)
        stream->abort();
    delete stream;
    tools.reset();
    delete network;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return code;
}
