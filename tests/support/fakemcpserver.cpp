// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// confab-fake-mcp: a scripted MCP server on stdio for the client's tests, hostile cases
// included. Legacy (initialize), modern (2026-07-28: server/discover, _meta, resultType,
// subscriptions/listen) or both, chosen with --era. Each tool misbehaves in its own way:
//   echo{message} never{} exit{code} garbage{} bigline{mb} wrongid{then_answer} slow{steps,
//   interval_ms, ignore_cancel} env{} addtool{} ping{} askroots{} image{} fail{} rpcerror{}
//   structured{} bigtext{chars} inputreq{} elicit{} badtype{} stderrflood{lines}
// Options: --era legacy|modern|dual, --supported V[,V…] (modern), --legacy-version V (what
// initialize answers), --page-size N, --cursor-loop, --silent-discover, --banner TEXT (a
// non-JSON line on stdout first), --list-changed-on-init, --trace (each received method on
// stderr), --ignore-eof (keep running after stdin closes), --ignore-term (ignore SIGTERM),
// --evil-descriptions (one more tool whose description holds terminal escapes and U+200B).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// A 1×1 PNG.
constexpr char kPng[] = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhK"
                        "mMIQAAAABJRU5ErkJggg==";

void writeLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void send(const QJsonObject &message)
{
    QJsonObject m = message;
    m.insert("jsonrpc"_L1, "2.0"_L1);
    writeLine(QJsonDocument(m).toJson(QJsonDocument::Compact));
}

void logErr(const QString &text)
{
    const QByteArray line = text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

QJsonObject textResult(const QString &text)
{
    return {{"content"_L1, QJsonArray{QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, text}}}}};
}

QJsonObject tool(const QString &name, const QJsonObject &properties = {})
{
    return {
        {"name"_L1, name},
        {"description"_L1, u"Test tool %1"_s.arg(name)},
        {"inputSchema"_L1, QJsonObject{{"type"_L1, "object"_L1}, {"properties"_L1, properties}}}};
}

class FakeServer : public QObject
{
public:
    QString era = u"legacy"_s; // what the process speaks: legacy, modern or dual
    QStringList supported{u"2026-07-28"_s};
    QString legacyVersion;
    int pageSize = 0;
    bool cursorLoop = false;
    bool silentDiscover = false;
    bool listChangedOnInit = false;
    bool trace = false;
    bool ignoreEof = false;
    bool evil = false;

    QJsonArray tools;
    QJsonValue listenId;
    QHash<QString, QTimer *> slow; // by request id
    int serverRequestSerial = 0;
    QHash<QString, std::function<void(const QJsonObject &)>> awaiting; // server requests

    FakeServer()
    {
        const QJsonObject str{{"type"_L1, "string"_L1}};
        const QJsonObject num{{"type"_L1, "integer"_L1}};
        tools = {tool(u"echo"_s, {{"message"_L1, str}}),
                 tool(u"never"_s),
                 tool(u"exit"_s, {{"code"_L1, num}}),
                 tool(u"garbage"_s),
                 tool(u"bigline"_s, {{"mb"_L1, num}}),
                 tool(u"wrongid"_s),
                 tool(u"slow"_s, {{"steps"_L1, num}, {"interval_ms"_L1, num}}),
                 tool(u"env"_s),
                 tool(u"addtool"_s),
                 tool(u"ping"_s),
                 tool(u"askroots"_s),
                 tool(u"image"_s),
                 tool(u"fail"_s),
                 tool(u"rpcerror"_s),
                 tool(u"structured"_s),
                 tool(u"bigtext"_s, {{"chars"_L1, num}}),
                 tool(u"inputreq"_s),
                 tool(u"elicit"_s),
                 tool(u"badtype"_s),
                 tool(u"stderrflood"_s, {{"lines"_L1, num}})};
    }

    void start()
    {
        auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this, notifier] {
            char buffer[65536];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n <= 0) {
                notifier->setEnabled(false);
                if (trace)
                    logErr(u"recv EOF"_s);
                if (!ignoreEof)
                    QCoreApplication::exit(0);
                return;
            }
            m_input.append(buffer, n);
            qsizetype newline;
            while ((newline = m_input.indexOf('\n')) >= 0) {
                const QByteArray line = m_input.left(newline);
                m_input.remove(0, newline + 1);
                handle(QJsonDocument::fromJson(line).object());
            }
        });
    }

    bool modern() const { return era == "modern"_L1; }

    void respond(const QJsonValue &id, QJsonObject result)
    {
        if (modern()) {
            if (!result.contains("resultType"_L1))
                result.insert("resultType"_L1, "complete"_L1);
            result.insert("_meta"_L1, QJsonObject{{"io.modelcontextprotocol/serverInfo"_L1,
                                                   QJsonObject{{"name"_L1, "fake"_L1},
                                                               {"version"_L1, "1"_L1}}}});
        }
        send({{"id"_L1, id}, {"result"_L1, result}});
    }

    void error(const QJsonValue &id, int code, const QString &message, const QJsonValue &data = {})
    {
        QJsonObject e{{"code"_L1, code}, {"message"_L1, message}};
        if (!data.isUndefined() && !data.isNull())
            e.insert("data"_L1, data);
        send({{"id"_L1, id}, {"error"_L1, e}});
    }

    void listChanged()
    {
        if (modern()) {
            if (listenId.isUndefined() || listenId.isNull())
                return;
            send(
                {{"method"_L1, "notifications/tools/list_changed"_L1},
                 {"params"_L1,
                  QJsonObject{{"_meta"_L1, QJsonObject{{"io.modelcontextprotocol/subscriptionId"_L1,
                                                        listenId}}}}}});
        } else {
            send({{"method"_L1, "notifications/tools/list_changed"_L1}});
        }
    }

    /** Modern requests must carry a supported version and capabilities in _meta. */
    bool checkMeta(const QJsonValue &id, const QJsonObject &params)
    {
        const QJsonObject meta = params.value("_meta"_L1).toObject();
        const QJsonValue version = meta.value("io.modelcontextprotocol/protocolVersion"_L1);
        if (!version.isString() ||
            !meta.value("io.modelcontextprotocol/clientCapabilities"_L1).isObject()) {
            error(id, -32602, u"Request is missing the required _meta envelope"_s);
            return false;
        }
        if (!supported.contains(version.toString())) {
            error(id, -32022, u"Unsupported protocol version: %1"_s.arg(version.toString()),
                  QJsonObject{{"supported"_L1, QJsonArray::fromStringList(supported)},
                              {"requested"_L1, version}});
            return false;
        }
        return true;
    }

    void handle(const QJsonObject &message)
    {
        const QString method = message.value("method"_L1).toString();
        const QJsonValue id = message.value("id"_L1);
        const QJsonObject params = message.value("params"_L1).toObject();
        if (trace)
            logErr(u"recv %1 %2"_s.arg(method.isEmpty() ? u"response"_s : method,
                                       id.isDouble() ? QString::number(id.toInteger())
                                                     : id.toString()));
        if (method.isEmpty()) { // a response to one of our requests
            if (auto handler = awaiting.take(id.toString()))
                handler(message);
            return;
        }
        if (method == "notifications/cancelled"_L1) {
            const QJsonValue requestId = params.value("requestId"_L1);
            const QString key = QString::number(requestId.toInteger());
            logErr(u"cancelled %1"_s.arg(key));
            if (QTimer *timer = slow.take(key))
                timer->deleteLater();
            if (requestId == listenId)
                listenId = QJsonValue();
            return;
        }
        if (!message.contains("id"_L1))
            return; // notifications/initialized and friends

        if (method == "server/discover"_L1) {
            if (era == "legacy"_L1) {
                if (!silentDiscover)
                    error(id, -32601, u"Method not found"_s);
                return;
            }
            if (!checkMeta(id, params))
                return;
            era = u"modern"_s;
            respond(id, {{"supportedVersions"_L1, QJsonArray::fromStringList(supported)},
                         {"capabilities"_L1,
                          QJsonObject{{"tools"_L1, QJsonObject{{"listChanged"_L1, true}}}}},
                         {"instructions"_L1, "Fake instructions"_L1},
                         {"ttlMs"_L1, 0},
                         {"cacheScope"_L1, "private"_L1}});
            return;
        }
        if (method == "initialize"_L1) {
            if (modern()) {
                error(id, -32022, u"Unsupported protocol version"_s,
                      QJsonObject{{"supported"_L1, QJsonArray::fromStringList(supported)},
                                  {"requested"_L1, params.value("protocolVersion"_L1)}});
                return;
            }
            era = u"legacy"_s;
            QString version = params.value("protocolVersion"_L1).toString();
            if (!QStringList{u"2025-11-25"_s, u"2025-06-18"_s, u"2025-03-26"_s, u"2024-11-05"_s}
                     .contains(version))
                version = u"2025-11-25"_s;
            if (!legacyVersion.isEmpty())
                version = legacyVersion;
            respond(id, {{"protocolVersion"_L1, version},
                         {"capabilities"_L1,
                          QJsonObject{{"tools"_L1, QJsonObject{{"listChanged"_L1, true}}}}},
                         {"serverInfo"_L1, QJsonObject{{"name"_L1, "fake-mcp"_L1},
                                                       {"title"_L1, "Fake MCP"_L1},
                                                       {"version"_L1, "1.2.3"_L1}}},
                         {"instructions"_L1, "Fake instructions"_L1}});
            if (listChangedOnInit)
                QTimer::singleShot(0, this, [this] { listChanged(); });
            return;
        }
        if (modern() && !checkMeta(id, params))
            return;
        if (method == "ping"_L1) {
            if (modern())
                error(id, -32601, u"Method not found"_s);
            else
                respond(id, {});
        } else if (method == "subscriptions/listen"_L1 && modern()) {
            listenId = id;
            send({{"method"_L1, "notifications/subscriptions/acknowledged"_L1},
                  {"params"_L1,
                   QJsonObject{{"notifications"_L1, QJsonObject{{"toolsListChanged"_L1, true}}},
                               {"_meta"_L1,
                                QJsonObject{{"io.modelcontextprotocol/subscriptionId"_L1, id}}}}}});
        } else if (method == "tools/list"_L1) {
            listTools(id, params);
        } else if (method == "tools/call"_L1) {
            callTool(id, params);
        } else {
            error(id, -32601, u"Method not found"_s);
        }
    }

    void listTools(const QJsonValue &id, const QJsonObject &params)
    {
        if (evil && !tools.isEmpty() && tools.last().toObject().value("name"_L1) != "evil"_L1) {
            // Terminal escapes and hidden characters, as a poisoned server might send them.
            tools.append(
                QJsonObject{{"name"_L1, "evil"_L1},
                            {"description"_L1, u"Reads files.\x1b[2J\x1b[31mred\u200B hidden"_s},
                            {"inputSchema"_L1, QJsonObject{{"type"_L1, "object"_L1}}}});
        }
        if (cursorLoop) {
            respond(id, {{"tools"_L1, QJsonArray{tools.at(0)}}, {"nextCursor"_L1, "loop"_L1}});
            return;
        }
        const int size = pageSize > 0 ? pageSize : int(tools.size());
        const int start = params.value("cursor"_L1).toString().toInt();
        QJsonArray page;
        for (int i = start; i < std::min<int>(start + size, int(tools.size())); ++i)
            page.append(tools.at(i));
        QJsonObject result{{"tools"_L1, page}};
        if (start + size < tools.size())
            result.insert("nextCursor"_L1, QString::number(start + size));
        if (modern()) {
            result.insert("ttlMs"_L1, 0);
            result.insert("cacheScope"_L1, "private"_L1);
        }
        respond(id, result);
    }

    void callTool(const QJsonValue &id, const QJsonObject &params)
    {
        const QString name = params.value("name"_L1).toString();
        const QJsonObject args = params.value("arguments"_L1).toObject();
        const QJsonValue token = params.value("_meta"_L1).toObject().value("progressToken"_L1);
        if (name == "echo"_L1) {
            respond(id, textResult(u"Echo: "_s + args.value("message"_L1).toString()));
        } else if (name == "never"_L1) {
            // no answer, ever
        } else if (name == "exit"_L1) {
            logErr(u"exiting on request"_s);
            std::exit(args.value("code"_L1).toInt(3));
        } else if (name == "garbage"_L1) {
            writeLine("this is not JSON-RPC");
        } else if (name == "bigline"_L1) {
            const qsizetype bytes = qsizetype(args.value("mb"_L1).toInt(50)) * 1024 * 1024;
            // The id comes last, as SDK v1 writes it.
            QByteArray line = R"({"result":{"content":[{"type":"text","text":")";
            line.append(QByteArray(bytes, 'x'));
            line.append(R"("}]},"jsonrpc":"2.0","id":)" + QByteArray::number(id.toInteger()) + '}');
            writeLine(line);
        } else if (name == "wrongid"_L1) {
            send({{"id"_L1, id.toInteger() + 1000}, {"result"_L1, textResult(u"stray"_s)}});
            send({{"id"_L1, u"not-ours"_s}, {"result"_L1, textResult(u"stray"_s)}});
            if (args.value("then_answer"_L1).toBool(true))
                respond(id, textResult(u"right id"_s));
        } else if (name == "slow"_L1) {
            startSlow(id, token, args.value("steps"_L1).toInt(3),
                      args.value("interval_ms"_L1).toInt(50));
            if (args.value("ignore_cancel"_L1).toBool())
                slow.remove(QString::number(id.toInteger())); // cancelling cannot find it
        } else if (name == "env"_L1) {
            respond(id, textResult(
                            QProcessEnvironment::systemEnvironment().toStringList().join(u'\n')));
        } else if (name == "addtool"_L1) {
            tools.append(tool(u"extra%1"_s.arg(tools.size())));
            respond(id, textResult(u"added"_s));
            listChanged();
        } else if (name == "ping"_L1 || name == "askroots"_L1) {
            const QString requestId = u"srv-%1"_s.arg(++serverRequestSerial);
            awaiting.insert(requestId, [this, id](const QJsonObject &answer) {
                respond(id, textResult(QString::fromUtf8(
                                QJsonDocument(answer).toJson(QJsonDocument::Compact))));
            });
            send({{"id"_L1, requestId},
                  {"method"_L1, name == "ping"_L1 ? "ping"_L1 : "roots/list"_L1}});
        } else if (name == "image"_L1) {
            respond(id,
                    {{"content"_L1, QJsonArray{QJsonObject{{"type"_L1, "image"_L1},
                                                           {"data"_L1, QString::fromLatin1(kPng)},
                                                           {"mimeType"_L1, "image/png"_L1}}}}});
        } else if (name == "fail"_L1) {
            QJsonObject result = textResult(u"it failed"_s);
            result.insert("isError"_L1, true);
            respond(id, result);
        } else if (name == "rpcerror"_L1) {
            error(id, -32000, u"boom"_s);
        } else if (name == "structured"_L1) {
            QJsonObject result = textResult(u"{\"a\":1}"_s);
            result.insert("structuredContent"_L1, QJsonObject{{"a"_L1, 1}});
            respond(id, result);
        } else if (name == "bigtext"_L1) {
            respond(id, textResult(QString(args.value("chars"_L1).toInt(1000), u'a')));
        } else if (name == "inputreq"_L1) {
            if (params.value("requestState"_L1).toString() == "st-1"_L1)
                respond(id, textResult(u"state ok"_s));
            else
                respond(id,
                        {{"resultType"_L1, "input_required"_L1}, {"requestState"_L1, "st-1"_L1}});
        } else if (name == "elicit"_L1) {
            respond(id,
                    {{"resultType"_L1, "input_required"_L1},
                     {"inputRequests"_L1,
                      QJsonObject{{"login"_L1, QJsonObject{{"method"_L1, "elicitation/create"_L1},
                                                           {"params"_L1, QJsonObject{}}}}}}});
        } else if (name == "badtype"_L1) {
            respond(id, {{"resultType"_L1, "weird"_L1}});
        } else if (name == "stderrflood"_L1) {
            const int lines = args.value("lines"_L1).toInt(100);
            for (int i = 0; i < lines; ++i)
                logErr(u"log line %1"_s.arg(i));
            respond(id, textResult(u"flooded"_s));
        } else {
            QJsonObject result = textResult(u"Tool %1 not found"_s.arg(name));
            result.insert("isError"_L1, true);
            respond(id, result);
        }
    }

    void startSlow(const QJsonValue &id, const QJsonValue &token, int steps, int intervalMs)
    {
        auto *timer = new QTimer(this);
        const QString key = QString::number(id.toInteger());
        slow.insert(key, timer);
        auto step = std::make_shared<int>(0);
        connect(timer, &QTimer::timeout, this, [=, this] {
            ++*step;
            if (!token.isUndefined() && !token.isNull() && *step <= steps) {
                send({{"method"_L1, "notifications/progress"_L1},
                      {"params"_L1, QJsonObject{{"progressToken"_L1, token},
                                                {"progress"_L1, *step},
                                                {"total"_L1, steps},
                                                {"message"_L1, u"step %1"_s.arg(*step)}}}});
            }
            if (*step > steps) {
                if (slow.value(key) == timer)
                    slow.remove(key);
                timer->deleteLater();
                respond(id, textResult(u"slow done"_s));
                logErr(u"slow done %1"_s.arg(key));
            }
        });
        timer->start(intervalMs);
    }

private:
    QByteArray m_input;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption eraOpt(u"era"_s, u"legacy, modern or dual"_s, u"era"_s);
    const QCommandLineOption supportedOpt(u"supported"_s, u"modern versions"_s, u"list"_s);
    const QCommandLineOption legacyVersionOpt(u"legacy-version"_s, u"initialize answer"_s,
                                              u"version"_s);
    const QCommandLineOption pageSizeOpt(u"page-size"_s, u"tools per page"_s, u"n"_s);
    const QCommandLineOption cursorLoopOpt(u"cursor-loop"_s, u"endless paging"_s);
    const QCommandLineOption silentDiscoverOpt(u"silent-discover"_s, u"no discover answer"_s);
    const QCommandLineOption bannerOpt(u"banner"_s, u"a non-JSON first line"_s, u"text"_s);
    const QCommandLineOption listChangedOpt(u"list-changed-on-init"_s, u"as server-everything"_s);
    const QCommandLineOption traceOpt(u"trace"_s, u"log received methods on stderr"_s);
    const QCommandLineOption ignoreEofOpt(u"ignore-eof"_s, u"run on after stdin closes"_s);
    const QCommandLineOption ignoreTermOpt(u"ignore-term"_s, u"ignore SIGTERM"_s);
    const QCommandLineOption evilOpt(u"evil-descriptions"_s, u"a tool with escapes"_s);
    parser.addOptions({eraOpt, supportedOpt, legacyVersionOpt, pageSizeOpt, cursorLoopOpt,
                       silentDiscoverOpt, bannerOpt, listChangedOpt, traceOpt, ignoreEofOpt,
                       ignoreTermOpt, evilOpt});
    parser.process(app);

    FakeServer server;
    if (parser.isSet(eraOpt))
        server.era = parser.value(eraOpt);
    if (parser.isSet(supportedOpt))
        server.supported = parser.value(supportedOpt).split(u',');
    server.legacyVersion = parser.value(legacyVersionOpt);
    server.pageSize = parser.value(pageSizeOpt).toInt();
    server.cursorLoop = parser.isSet(cursorLoopOpt);
    server.silentDiscover = parser.isSet(silentDiscoverOpt);
    server.listChangedOnInit = parser.isSet(listChangedOpt);
    server.trace = parser.isSet(traceOpt);
    server.ignoreEof = parser.isSet(ignoreEofOpt);
    server.evil = parser.isSet(evilOpt);
    if (parser.isSet(ignoreTermOpt))
        std::signal(SIGTERM, SIG_IGN);
    logErr(u"fake-mcp started (%1)"_s.arg(server.era));
    if (parser.isSet(bannerOpt))
        writeLine(parser.value(bannerOpt).toUtf8());
    server.start();
    return app.exec();
}
