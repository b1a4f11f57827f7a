// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "clitools.h"

#include "climcp.h"
#include "mcpaudit.h"
#include "mcpchat.h"
#include "mcpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CliTools", text);
}

void writeFd(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

void say(const QString &text)
{
    writeFd(STDERR_FILENO, text.toUtf8());
}

QString pretty(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isObject() ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed() : json;
}

/** The text blocks of a result, for the terminal (capped). */
QString resultText(const McpToolResult &result)
{
    QStringList parts;
    for (const McpContent &c : result.content) {
        if (c.type == Mcp::ContentType::Text ||
            (c.type == Mcp::ContentType::Resource && c.data.isEmpty()))
            parts.append(c.text);
        else
            parts.append(tr("[%1 content]").arg(c.mimeType.isEmpty() ? tr("other") : c.mimeType));
    }
    QString text = parts.join(u'\n');
    if (text.size() > 2000)
        text = text.left(2000) + u"…"_s;
    return McpCli::terminalSafe(text);
}
} // namespace

CliTools::CliTools(QNetworkAccessManager *network, const Options &options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(options)
{}

CliTools::~CliTools()
{
    cancel();
    qDeleteAll(m_clients); // each kills a server that did not exit in time
    if (m_terminal > STDERR_FILENO)
        ::close(m_terminal);
}

void CliTools::start()
{
    McpClientOptions options;
    options.requestTimeoutMs = m_options.timeoutMs;
    options.clientName = u"confab-cli"_s;
    options.clientVersion = QCoreApplication::applicationVersion();
    for (const McpServerConfig &config : std::as_const(m_options.servers)) {
        auto *client = new McpClient(config, m_network, options);
        m_clients.append(client);
        connect(client, &McpClient::stateChanged, this, &CliTools::onServerChanged);
        connect(client, &McpClient::toolsChanged, this, &CliTools::onServerChanged);
        connect(client, &McpClient::toolListFailed, this, [this, client](const McpError &error) {
            if (m_reported)
                return;
            m_reported = true;
            Q_EMIT failed(tr("%1: %2").arg(client->config().name, error.message));
        });
        client->connectToServer();
    }
}

void CliTools::onServerChanged()
{
    if (m_reported)
        return;
    for (McpClient *client : std::as_const(m_clients)) {
        if (client->state() == Mcp::State::Failed) {
            m_reported = true;
            const McpError &error = client->error();
            Q_EMIT failed(tr("%1: %2").arg(
                client->config().name,
                McpCli::terminalSafe(error.detail.isEmpty()
                                         ? error.message
                                         : error.message + u" ("_s + error.detail + u')')));
            return;
        }
        if (client->state() != Mcp::State::Ready || !client->hasToolList() ||
            client->isListingTools())
            return;
    }
    m_reported = true;
    QList<std::pair<QString, QString>> names;
    for (int s = 0; s < m_clients.size(); ++s) {
        for (const McpTool &tool : m_clients.at(s)->tools()) {
            if (tool.requiresTask())
                continue;
            m_offered.append({{}, s, tool});
            names.append({m_clients.at(s)->config().name, tool.name});
        }
    }
    const QStringList exposed = McpChat::exposedNames(names);
    for (qsizetype i = 0; i < m_offered.size(); ++i)
        m_offered[i].name = exposed.at(i);
    Q_EMIT ready();
}

QJsonArray CliTools::requestTools() const
{
    QJsonArray tools;
    for (const Offered &offered : m_offered)
        tools.append(McpChat::toolDefinition(offered.tool, offered.name));
    return tools;
}

const CliTools::Offered *CliTools::find(const QString &name) const
{
    for (const Offered &offered : m_offered) {
        if (offered.name == name)
            return &offered;
    }
    return nullptr;
}

void CliTools::runRound(const QList<ToolCall> &calls)
{
    m_calls = calls;
    m_next = 0;
    m_results.clear();
    next();
}

void CliTools::next()
{
    if (m_cancelled)
        return;
    if (m_next >= m_calls.size()) {
        Q_EMIT roundFinished(m_results);
        return;
    }
    const ToolCall &call = m_calls.at(m_next);
    const Offered *offered = find(call.name);
    if (!offered) {
        say(tr("Tool call: %1 (not a tool of these servers: not run)\n")
                .arg(McpCli::terminalSafe(call.name)));
        settle(
            McpChat::errorMessage(call.id, u"The tool \"%1\" is not available."_s.arg(call.name)),
            {{"approved"_L1, false}});
        return;
    }
    const QString server = m_clients.at(offered->server)->config().name;
    say(tr("\nTool call: %1 on %2\n%3\n")
            .arg(McpCli::terminalSafe(offered->tool.name), McpCli::terminalSafe(server),
                 McpCli::terminalSafe(pretty(call.arguments))));
    for (const McpToolAudit::HiddenChar &h : McpToolAudit::findHiddenText(offered->tool)) {
        say(tr("Warning: hidden character %1 in the tool's %2\n")
                .arg(McpToolAudit::describe(h.codePoint), h.where));
    }
    if (m_options.allowAll) {
        say(tr("(allowed by --yes)\n"));
        run(call, *offered);
    } else if (m_alwaysAllowed.contains(offered->name)) {
        say(tr("(allowed for this run)\n"));
        run(call, *offered);
    } else {
        ask(call, *offered);
    }
}

bool CliTools::openTerminal()
{
    if (m_notifier)
        return m_terminal >= 0;
    m_terminal = m_options.approvalsFromStdin ? STDIN_FILENO : ::open("/dev/tty", O_RDONLY);
    if (m_terminal < 0)
        return false;
    m_notifier = new QSocketNotifier(m_terminal, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char buffer[4096];
        const ssize_t n = ::read(m_terminal, buffer, sizeof buffer);
        if (n <= 0) {
            m_notifier->setEnabled(false);
            m_pendingInput.append('\n'); // end of input: every further question is a no
            m_terminal = -1;
        } else {
            m_pendingInput.append(buffer, n);
        }
        if (m_asking && m_pendingInput.contains('\n')) {
            const qsizetype end = m_pendingInput.indexOf('\n');
            const QByteArray line = m_pendingInput.left(end);
            m_pendingInput.remove(0, end + 1);
            onAnswer(line);
        }
    });
    return true;
}

void CliTools::ask(const ToolCall &, const Offered &)
{
    say(tr("Run it? [y] yes, [a] always for this tool in this run, [n] no: "));
    if (!openTerminal() && !m_pendingInput.contains('\n')) {
        say(tr("\nNo terminal to ask on: not run (use --yes to allow every call).\n"));
        m_asking = true;
        onAnswer({});
        return;
    }
    m_asking = true;
    if (m_pendingInput.contains('\n')) { // answered ahead (a pipe)
        const qsizetype end = m_pendingInput.indexOf('\n');
        const QByteArray line = m_pendingInput.left(end);
        m_pendingInput.remove(0, end + 1);
        QTimer::singleShot(0, this, [this, line] { onAnswer(line); });
    }
}

void CliTools::onAnswer(const QByteArray &line)
{
    if (!m_asking || m_cancelled)
        return;
    m_asking = false;
    const ToolCall &call = m_calls.at(m_next);
    const Offered *offered = find(call.name);
    const QByteArray answer = line.trimmed().toLower();
    if (answer == "a" || answer == "always")
        m_alwaysAllowed.insert(offered->name);
    if (answer == "y" || answer == "yes" || answer == "a" || answer == "always") {
        run(call, *offered);
        return;
    }
    say(tr("Denied.\n"));
    settle(McpChat::errorMessage(call.id, u"The user denied this tool call."_s),
           {{"approved"_L1, false}});
}

void CliTools::run(const ToolCall &call, const Offered &offered)
{
    const QJsonDocument args =
        QJsonDocument::fromJson(call.arguments.isEmpty() ? "{}" : call.arguments.toUtf8());
    if (!args.isObject()) {
        say(tr("The arguments are not a JSON object: not run.\n"));
        settle(McpChat::errorMessage(call.id, u"The arguments are not a JSON object."_s),
               {{"approved"_L1, true}});
        return;
    }
    McpClient *client = m_clients.at(offered.server);
    m_running = client->callTool(offered.tool.name, args.object());
    const QString id = call.id;
    connect(m_running, &McpToolCall::finished, this, [this, id] {
        McpToolCall *done = m_running;
        m_running = nullptr;
        done->deleteLater();
        if (done->error().isError()) {
            say(tr("The call failed: %1\n").arg(McpCli::terminalSafe(done->error().message)));
            settle(
                McpChat::errorMessage(id, u"The tool call failed: %1"_s.arg(done->error().message)),
                {{"approved"_L1, true}, {"error"_L1, done->error().message}});
            return;
        }
        const McpToolResult &result = done->result();
        say((result.isError ? tr("The tool reported an error:\n%1\n") : tr("Result:\n%1\n"))
                .arg(resultText(result)));
        settle(McpChat::resultMessage(id, result),
               {{"approved"_L1, true}, {"result"_L1, result.toJson()}});
    });
}

void CliTools::settle(const ChatMessage &result, const QJsonObject &event)
{
    m_results.append(result);
    if (m_options.json) {
        const ToolCall &call = m_calls.at(m_next);
        QJsonObject line = event;
        line.insert("type"_L1, "tool_result"_L1);
        line.insert("id"_L1, call.id);
        line.insert("name"_L1, call.name);
        line.insert("is_error"_L1, result.toolError);
        writeFd(STDOUT_FILENO, QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    ++m_next;
    QTimer::singleShot(0, this, &CliTools::next);
}

void CliTools::cancel()
{
    m_cancelled = true;
    m_asking = false;
    if (McpToolCall *call = m_running) {
        m_running = nullptr;
        call->cancel(u"Interrupted"_s);
        call->deleteLater();
    }
}
