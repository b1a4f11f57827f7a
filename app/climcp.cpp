// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// confab-cli mcp: list a server's tools, call one. Its output is a contract (see climcp.h).
#include "climcp.h"

#include "mcpaudit.h"
#include "mcpclient.h"
#include "mcpcommandline.h"
#include "networkaccess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace McpCli {
QString terminalSafe(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F))
            c = QChar(0xFFFD);
    }
    return out;
}
} // namespace McpCli

namespace {
using McpCli::terminalSafe;

int g_pipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}

void writeOut(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// lupdate cannot tell this function's context (outside a class, the strings in the anonymous
// namespace call QCoreApplication::translate themselves); McpCli's functions below can.
QString tr(const char *text)
{
    return QCoreApplication::translate("McpCli", text);
}

int usageError(const QString &message)
{
    writeOut(stderr,
             (u"confab-cli mcp: "_s + message + u"\nTry 'confab-cli mcp --help'.\n"_s).toUtf8());
    return 2;
}

QString indent(const QString &text)
{
    QString out = u"    "_s + text.trimmed();
    out.replace(u'\n', u"\n    "_s);
    return out;
}

void printTools(const McpClient &client)
{
    const McpServerInfo &info = client.serverInfo();
    QString out = QCoreApplication::translate("McpCli", "Server: %1 %2 (MCP %3)\n")
                      .arg(terminalSafe(info.title.isEmpty() ? info.name : info.title),
                           terminalSafe(info.version), info.protocolVersion);
    for (const McpTool &tool : client.tools()) {
        out += u'\n' + terminalSafe(tool.name);
        if (!tool.title.isEmpty())
            out += u" — "_s + terminalSafe(tool.title);
        out += u'\n';
        if (!tool.description.isEmpty())
            out += indent(terminalSafe(tool.description)) + u'\n';
        const QList<McpToolAudit::HiddenChar> hidden = McpToolAudit::findHiddenText(tool);
        for (const McpToolAudit::HiddenChar &h : hidden) {
            out += u"    "_s +
                   QCoreApplication::translate("McpCli", "Warning: hidden character %1 in %2")
                       .arg(McpToolAudit::describe(h.codePoint), h.where) +
                   u'\n';
        }
        if (tool.requiresTask())
            out += u"    "_s +
                   QCoreApplication::translate("McpCli",
                                               "(needs tasks, which Confab does not support)") +
                   u'\n';
    }
    writeOut(stdout, out.toUtf8());
}

QJsonObject listJson(const McpClient &client)
{
    const McpServerInfo &info = client.serverInfo();
    QJsonArray tools;
    for (const McpTool &tool : client.tools())
        tools.append(tool.raw);
    return {{"server"_L1, QJsonObject{{"name"_L1, info.name},
                                      {"title"_L1, info.title},
                                      {"version"_L1, info.version},
                                      {"protocolVersion"_L1, info.protocolVersion},
                                      {"instructions"_L1, info.instructions}}},
            {"tools"_L1, tools}};
}

void reportError(const McpError &error, const McpClient &client)
{
    QString out = u"confab-cli mcp: error: %1: %2\n"_s.arg(
        QString::fromLatin1(QMetaEnum::fromType<Mcp::ErrorKind>().valueToKey(int(error.kind))),
        terminalSafe(error.message));
    if (!error.detail.isEmpty() && !error.message.contains(error.detail))
        out += indent(terminalSafe(error.detail)) + u'\n';
    const QList<McpLogLine> &log = client.log();
    for (qsizetype i = std::max<qsizetype>(0, log.size() - 5); i < log.size(); ++i) {
        if (!error.detail.contains(log.at(i).text))
            out += u"server: "_s + terminalSafe(log.at(i).text) + u'\n';
    }
    writeOut(stderr, out.toUtf8());
}
} // namespace

namespace McpCli {
bool wanted(int argc, char *argv[])
{
    return argc > 1 && std::strcmp(argv[1], "mcp") == 0;
}

int run(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Talks to a Model Context Protocol server.\n\n"
           "  confab-cli mcp list (--stdio \"CMD ARGS\" | --url URL) [options]\n"
           "  confab-cli mcp call (--stdio \"CMD ARGS\" | --url URL) [options] TOOL [JSON|-]"));
    parser.addHelpOption();
    const QCommandLineOption stdioOpt(
        u"stdio"_s,
        tr("Start the server with this command (split like a shell, never run by one)."),
        u"command"_s);
    const QCommandLineOption urlOpt(u"url"_s, tr("Streamable HTTP endpoint of the server."),
                                    u"url"_s);
    const QCommandLineOption headerOpt(u"header"_s, tr("HTTP header \"Name: value\" (repeatable)."),
                                       u"header"_s);
    const QCommandLineOption envOpt(
        u"env"_s,
        tr("NAME=VALUE for the server's environment, or NAME to pass ours on (repeatable). "
           "Nothing else of our environment reaches it but PATH, HOME, the locale and such."),
        u"var"_s);
    const QCommandLineOption cwdOpt(u"cwd"_s, tr("Working folder of the server."), u"dir"_s);
    const QCommandLineOption protocolOpt(u"protocol"_s, tr("auto (default), legacy or modern."),
                                         u"which"_s);
    const QCommandLineOption timeoutOpt(u"timeout"_s, tr("Seconds to wait for an answer (120)."),
                                        u"seconds"_s);
    const QCommandLineOption jsonOpt(u"json"_s, tr("list: print JSON."));
    const QCommandLineOption verboseOpt(u"verbose"_s, tr("Show the server's log and progress."));
    parser.addOptions({stdioOpt, urlOpt, headerOpt, envOpt, cwdOpt, protocolOpt, timeoutOpt,
                       jsonOpt, verboseOpt});
    parser.addPositionalArgument(u"command"_s, tr("list or call"));

    QStringList args = QCoreApplication::arguments();
    args.removeAt(1); // "mcp"
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        writeOut(stdout, parser.helpText().toUtf8());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command != "list"_L1 && command != "call"_L1)
        return usageError(tr("Say list or call."));
    if (parser.isSet(stdioOpt) == parser.isSet(urlOpt))
        return usageError(tr("Give either --stdio or --url."));

    McpServerConfig config;
    config.name = u"cli"_s;
    if (parser.isSet(stdioOpt)) {
        QString error;
        const QStringList words = McpCommandLine::split(parser.value(stdioOpt), &error);
        if (words.isEmpty())
            return usageError(tr("--stdio: %1").arg(error));
        config.transport = Mcp::Transport::Stdio;
        config.program = words.first();
        config.arguments = words.mid(1);
        config.workingDirectory = parser.value(cwdOpt);
        for (const QString &var : parser.values(envOpt)) {
            const qsizetype eq = var.indexOf(u'=');
            const QString name = eq < 0 ? var : var.left(eq);
            if (name.isEmpty())
                return usageError(tr("--env takes NAME=VALUE or NAME."));
            config.environment.insert(name,
                                      eq < 0 ? qEnvironmentVariable(name.toLocal8Bit().constData())
                                             : var.mid(eq + 1));
        }
    } else {
        config.transport = Mcp::Transport::Http;
        config.url = QUrl(parser.value(urlOpt));
        if (!config.url.isValid() || config.url.host().isEmpty() ||
            (config.url.scheme() != "http"_L1 && config.url.scheme() != "https"_L1))
            return usageError(tr("--url takes an http or https URL."));
        for (const QString &header : parser.values(headerOpt)) {
            const qsizetype colon = header.indexOf(u':');
            if (colon <= 0)
                return usageError(tr("--header takes \"Name: value\"."));
            config.headers.append({header.left(colon).trimmed().toLatin1(),
                                   header.mid(colon + 1).trimmed().toUtf8()});
        }
    }

    McpClientOptions options;
    const QString protocol = parser.value(protocolOpt);
    if (protocol == "legacy"_L1)
        options.protocol = Mcp::ProtocolPreference::LegacyOnly;
    else if (protocol == "modern"_L1)
        options.protocol = Mcp::ProtocolPreference::ModernOnly;
    else if (!protocol.isEmpty() && protocol != "auto"_L1)
        return usageError(tr("--protocol takes auto, legacy or modern."));
    if (parser.isSet(timeoutOpt)) {
        bool ok = false;
        const double seconds = parser.value(timeoutOpt).toDouble(&ok);
        if (!ok || seconds <= 0)
            return usageError(tr("--timeout takes a positive number of seconds."));
        options.requestTimeoutMs = int(std::min(seconds * 1000, 24.0 * 3600 * 1000));
        options.handshakeTimeoutMs = std::min(options.handshakeTimeoutMs, options.requestTimeoutMs);
        options.discoverProbeTimeoutMs =
            std::min(options.discoverProbeTimeoutMs, options.requestTimeoutMs);
    }
    options.clientName = u"confab-cli"_s;
    options.clientVersion = QCoreApplication::applicationVersion();

    QString toolName;
    QJsonObject arguments;
    if (command == "call"_L1) {
        toolName = positional.value(1);
        if (toolName.isEmpty() || positional.size() > 3)
            return usageError(tr("call takes TOOL and, optionally, its arguments as JSON."));
        QByteArray json = positional.value(2, u"{}"_s).toUtf8();
        if (json == "-") {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return usageError(tr("Cannot read the arguments from standard input."));
            json = in.readAll();
        }
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        if (!doc.isObject())
            return usageError(tr("The arguments must be a JSON object."));
        arguments = doc.object();
    } else if (positional.size() > 1) {
        return usageError(tr("list takes no further arguments."));
    }

    const bool verbose = parser.isSet(verboseOpt);
    QNetworkAccessManager *network = NetworkAccess::createManager(&app);
    auto *client = new McpClient(config, network, options);
    McpToolCall *call = nullptr;
    int exitCode = 0;
    bool done = false;

    // Ends the run: the server is closed gracefully first, then the event loop stops.
    const auto finish = [&](int code) {
        if (done)
            return;
        done = true;
        exitCode = code;
        if (client->state() == Mcp::State::Closed || client->state() == Mcp::State::Idle ||
            client->state() == Mcp::State::Failed) {
            QCoreApplication::exit(code);
            return;
        }
        client->close();
    };

    if (verbose) {
        QObject::connect(client, &McpClient::logLineAdded, [](const McpLogLine &line) {
            writeOut(stderr, (u"server: "_s + terminalSafe(line.text) + u'\n').toUtf8());
        });
    }
    QObject::connect(client, &McpClient::stateChanged, [&](Mcp::State state) {
        if (state == Mcp::State::Failed) {
            reportError(client->error(), *client);
            done ? QCoreApplication::exit(exitCode) : finish(1);
        } else if (state == Mcp::State::Closed && done) {
            QCoreApplication::exit(exitCode);
        }
    });
    const auto startCall = [&] {
        if (call || done)
            return;
        call = client->callTool(toolName, arguments);
        if (verbose) {
            QObject::connect(call, &McpToolCall::progressed, [](const McpProgress &p) {
                const QString total = p.total >= 0 ? u"/%1"_s.arg(p.total) : QString();
                writeOut(
                    stderr,
                    (u"progress: %1%2 %3\n"_s.arg(p.progress).arg(total, terminalSafe(p.message)))
                        .toUtf8());
            });
        }
        QObject::connect(call, &McpToolCall::finished, [&] {
            if (call->error().isError()) {
                reportError(call->error(), *client);
                finish(1);
                return;
            }
            writeOut(stdout,
                     QJsonDocument(call->result().toJson()).toJson(QJsonDocument::Indented));
            finish(call->result().isError ? 1 : 0);
        });
    };
    QObject::connect(client, &McpClient::toolsChanged, [&] {
        if (command == "call"_L1) {
            startCall();
            return;
        }
        if (done || client->isListingTools())
            return; // the list changed meanwhile: print the newer one
        if (parser.isSet(jsonOpt))
            writeOut(stdout, QJsonDocument(listJson(*client)).toJson(QJsonDocument::Indented));
        else
            printTools(*client);
        finish(0);
    });
    QObject::connect(client, &McpClient::toolListFailed, [&](const McpError &error) {
        if (command == "call"_L1) {
            startCall(); // the call does not need the list
            return;
        }
        reportError(error, *client);
        finish(1);
    });

    if (::pipe(g_pipe) == 0) {
        auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] {
            char byte;
            [[maybe_unused]] const auto n = ::read(g_pipe[0], &byte, 1);
            if (call && call->isRunning())
                call->cancel(u"Interrupted"_s);
            writeOut(stderr, tr("confab-cli mcp: interrupted\n").toUtf8());
            done ? QCoreApplication::exit(130) : finish(130);
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    client->connectToServer();
    const int code = app.exec();
    delete call;
    delete client; // kills a server that did not exit in time
    delete network;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return code;
}
} // namespace McpCli
