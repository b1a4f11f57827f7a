// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "toolserverdraft.h"

#include "toolservers.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

ToolServerDraft::ToolServerDraft(ToolServers *servers, QObject *parent)
    : QObject(parent)
    , m_servers(servers)
{
    connect(servers->secrets(), &ToolSecrets::loaded, this, [this](const QString &serverId) {
        if (serverId == m_id && m_servers) {
            if (const std::optional<ToolServer> server = m_servers->server(serverId))
                fill(*server, m_servers->secrets()->secrets(serverId));
        }
    });
}

void ToolServerDraft::startNew()
{
    m_id.clear();
    ToolServer server;
    server.enabled = true;
    fill(server, {});
    setError({});
}

bool ToolServerDraft::edit(const QString &serverId)
{
    const std::optional<ToolServer> server = m_servers->server(serverId);
    if (!server)
        return false;
    m_id = serverId;
    fill(*server, m_servers->secrets()->secrets(serverId));
    setError({});
    m_servers->secrets()->load(serverId); // the values, when not read yet
    return true;
}

void ToolServerDraft::fill(const ToolServer &server, const ToolServerSecrets &secrets)
{
    m_base = server;
    m_name = server.name;
    m_transport = int(server.transport);
    m_command = server.command;
    m_arguments = server.arguments.join(u'\n');
    QStringList environment;
    for (const QString &name : server.environmentNames)
        environment.append(name + u'=' + secrets.environment.value(name));
    m_environment = environment.join(u'\n');
    m_workingDirectory = server.workingDirectory;
    m_url = server.url.toString();
    QStringList headers;
    for (const QString &name : server.headerNames)
        headers.append(name + u": "_s + secrets.headers.value(name));
    m_headers = headers.join(u'\n');
    m_timeoutSeconds = server.timeoutSeconds;
    Q_EMIT draftChanged();
}

QMap<QString, QString> ToolServerDraft::parsePairs(const QString &text, QChar separator,
                                                   bool headerNames, QString *error)
{
    static const QRegularExpression kVariable(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    static const QRegularExpression kHeader(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
    QMap<QString, QString> pairs;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype at = line.indexOf(separator);
        const QString name = at < 0 ? line : line.left(at).trimmed();
        const bool valid = (headerNames ? kHeader : kVariable).match(name).hasMatch();
        if (at <= 0 || !valid) {
            *error = headerNames ? tr("Line %1 of the headers is not “Name: value”.").arg(i + 1)
                                 : tr("Line %1 of the environment is not NAME=value.").arg(i + 1);
            return {};
        }
        pairs.insert(name, line.mid(at + 1).trimmed());
    }
    return pairs;
}

bool ToolServerDraft::save()
{
    if (!m_servers)
        return false;
    ToolServer server = m_base;
    server.id = m_id;
    server.name = m_name.trimmed();
    server.transport =
        m_transport == int(Mcp::Transport::Http) ? Mcp::Transport::Http : Mcp::Transport::Stdio;
    server.timeoutSeconds = std::clamp(m_timeoutSeconds, 1, 24 * 3600);
    ToolServerSecrets secrets;
    QString error;
    if (server.name.isEmpty()) {
        setError(tr("Give the server a name."));
        return false;
    }
    server.command.clear();
    server.arguments.clear();
    server.environmentNames.clear();
    server.workingDirectory.clear();
    server.url.clear();
    server.headerNames.clear();
    if (server.transport == Mcp::Transport::Stdio) {
        server.command = m_command.trimmed();
        if (server.command.isEmpty()) {
            setError(tr("Enter the command that starts the server."));
            return false;
        }
        for (const QString &line : m_arguments.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                server.arguments.append(line.trimmed());
        }
        secrets.environment = parsePairs(m_environment, u'=', false, &error);
        server.environmentNames = secrets.environment.keys();
        server.workingDirectory = m_workingDirectory.trimmed();
    } else {
        server.url = QUrl(m_url.trimmed());
        if (!server.url.isValid() || server.url.host().isEmpty() ||
            (server.url.scheme() != "http"_L1 && server.url.scheme() != "https"_L1)) {
            setError(tr("Enter the server's http:// or https:// address."));
            return false;
        }
        secrets.headers = parsePairs(m_headers, u':', true, &error);
        server.headerNames = secrets.headers.keys();
    }
    if (!error.isEmpty()) {
        setError(error);
        return false;
    }
    setError({});
    if (m_id.isEmpty())
        m_id = m_servers->addServer(server, secrets);
    else
        m_servers->updateServer(server, secrets);
    return true;
}

void ToolServerDraft::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}
