// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "toolserver.h"

#include "mcpaudit.h"
#include "mcpcommandline.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QJsonObject mapJson(const QMap<QString, QString> &map)
{
    QJsonObject json;
    for (auto it = map.begin(); it != map.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QMap<QString, QString> mapFromJson(const QJsonObject &json)
{
    QMap<QString, QString> map;
    for (auto it = json.begin(); it != json.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}
} // namespace

QString ToolServer::summary() const
{
    if (transport == Mcp::Transport::Http)
        return url.toString();
    return McpCommandLine::join(QStringList{command} + arguments);
}

QJsonObject ToolServer::toJson() const
{
    QJsonObject json{{"id"_L1, id},
                     {"name"_L1, name},
                     {"transport"_L1, transport == Mcp::Transport::Http ? "http"_L1 : "stdio"_L1},
                     {"enabled"_L1, enabled},
                     {"trusted"_L1, trusted},
                     {"timeoutSeconds"_L1, timeoutSeconds}};
    if (transport == Mcp::Transport::Http) {
        json.insert("url"_L1, url.toString());
        json.insert("headers"_L1, QJsonArray::fromStringList(headerNames));
    } else {
        json.insert("command"_L1, command);
        json.insert("args"_L1, QJsonArray::fromStringList(arguments));
        json.insert("env"_L1, QJsonArray::fromStringList(environmentNames));
        json.insert("cwd"_L1, workingDirectory);
    }
    if (!disabledTools.isEmpty())
        json.insert("disabledTools"_L1, QJsonArray::fromStringList(disabledTools));
    return json;
}

ToolServer ToolServer::fromJson(const QJsonObject &json)
{
    ToolServer s;
    s.id = json.value("id"_L1).toString();
    s.name = json.value("name"_L1).toString();
    s.transport = json.value("transport"_L1).toString() == "http"_L1 ? Mcp::Transport::Http
                                                                     : Mcp::Transport::Stdio;
    s.command = json.value("command"_L1).toString();
    s.arguments = strings(json.value("args"_L1));
    s.environmentNames = strings(json.value("env"_L1));
    s.workingDirectory = json.value("cwd"_L1).toString();
    s.url = QUrl(json.value("url"_L1).toString());
    s.headerNames = strings(json.value("headers"_L1));
    s.enabled = json.value("enabled"_L1).toBool();
    s.trusted = json.value("trusted"_L1).toBool();
    s.disabledTools = strings(json.value("disabledTools"_L1));
    s.timeoutSeconds = std::clamp(json.value("timeoutSeconds"_L1).toInt(120), 1, 24 * 3600);
    return s;
}

QJsonObject ToolServerSecrets::toJson() const
{
    QJsonObject json{{"env"_L1, mapJson(environment)}, {"headers"_L1, mapJson(headers)}};
    if (!confirmedLaunch.isEmpty())
        json.insert("confirmed"_L1, QString::fromLatin1(confirmedLaunch));
    if (!confirmedDescription.isEmpty())
        json.insert("confirmedDescription"_L1, confirmedDescription);
    return json;
}

ToolServerSecrets ToolServerSecrets::fromJson(const QJsonObject &json)
{
    ToolServerSecrets s;
    s.environment = mapFromJson(json.value("env"_L1).toObject());
    s.headers = mapFromJson(json.value("headers"_L1).toObject());
    s.confirmedLaunch = json.value("confirmed"_L1).toString().toLatin1();
    s.confirmedDescription = json.value("confirmedDescription"_L1).toString();
    return s;
}

namespace ToolLaunch {

McpServerConfig mcpConfig(const ToolServer &server, const ToolServerSecrets &secrets)
{
    McpServerConfig config;
    config.transport = server.transport;
    config.name = server.name;
    config.program = server.command;
    config.arguments = server.arguments;
    for (const QString &name : server.environmentNames)
        config.environment.insert(name, secrets.environment.value(name));
    config.workingDirectory = server.workingDirectory;
    config.url = server.url;
    for (const QString &name : server.headerNames)
        config.headers.append({name.toUtf8(), secrets.headers.value(name).toUtf8()});
    return config;
}

QByteArray fingerprint(const ToolServer &server, const ToolServerSecrets &secrets)
{
    const McpServerConfig config = mcpConfig(server, secrets);
    QJsonObject json{{"transport"_L1, server.transport == Mcp::Transport::Http ? 1 : 0}};
    if (server.transport == Mcp::Transport::Http) {
        json.insert("url"_L1, config.url.toString());
        QJsonObject headers;
        for (const auto &[name, value] : config.headers)
            headers.insert(QString::fromUtf8(name), QString::fromUtf8(value));
        json.insert("headers"_L1, headers);
    } else {
        json.insert("command"_L1, config.program);
        json.insert("args"_L1, QJsonArray::fromStringList(config.arguments));
        json.insert("env"_L1, mapJson(config.environment));
        json.insert("cwd"_L1, config.workingDirectory);
    }
    return QCryptographicHash::hash(McpToolAudit::canonicalJson(json), QCryptographicHash::Sha256)
        .toHex();
}

QString newServerId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ToolLaunch
