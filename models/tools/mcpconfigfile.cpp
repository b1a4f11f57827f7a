// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "mcpconfigfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("McpConfigFile", text);
}

/** A JSON scalar as text (numbers and booleans in config files are meant as text). */
QString scalar(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

/** stdio, http, sse, or empty when not given; every known spelling. */
QString transportSpelling(const QJsonObject &entry)
{
    for (const QLatin1StringView key : {"type"_L1, "transport"_L1, "transportType"_L1}) {
        QString value = entry.value(key).toString().toLower();
        value.remove(u'-');
        value.remove(u'_');
        if (value.isEmpty())
            continue;
        if (value == "streamablehttp"_L1)
            return u"http"_s;
        return value;
    }
    return {};
}

bool hasPlaceholder(const QString &text)
{
    static const QRegularExpression kPlaceholder(u"\\$\\{[^}]*\\}"_s);
    return kPlaceholder.match(text).hasMatch();
}

QJsonObject serversOf(const QJsonObject &root)
{
    if (root.value("mcpServers"_L1).isObject())
        return root.value("mcpServers"_L1).toObject();
    if (root.value("servers"_L1).isObject())
        return root.value("servers"_L1).toObject();
    return root.value("mcp"_L1).toObject().value("servers"_L1).toObject();
}
} // namespace

namespace McpConfigFile {

McpConfigImport parse(const QByteArray &json)
{
    McpConfigImport out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = tr("The file is not a JSON object (%1).").arg(parseError.errorString());
        return out;
    }
    const QJsonObject servers = serversOf(doc.object());
    if (servers.isEmpty()) {
        out.error = tr("The file has no \"mcpServers\" (or \"servers\") object.");
        return out;
    }
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        const QString name = it.key();
        const QJsonObject entry = it.value().toObject();
        const QString type = transportSpelling(entry);
        QString url = entry.value("url"_L1).toString();
        if (url.isEmpty())
            url = entry.value("serverUrl"_L1).toString(); // Windsurf
        if (url.isEmpty())
            url = entry.value("httpUrl"_L1).toString();
        const QString command = entry.value("command"_L1).toString();

        ImportedServer imported;
        ToolServer &server = imported.server;
        server.id = ToolLaunch::newServerId();
        server.name = name;
        if (!command.isEmpty() && type != "http"_L1 && type != "sse"_L1) {
            server.transport = Mcp::Transport::Stdio;
            server.command = command;
            for (const QJsonValue &arg : entry.value("args"_L1).toArray())
                server.arguments.append(scalar(arg));
            server.workingDirectory = entry.value("cwd"_L1).toString();
            const QJsonObject env = entry.value("env"_L1).toObject();
            for (auto e = env.begin(); e != env.end(); ++e) {
                server.environmentNames.append(e.key());
                imported.secrets.environment.insert(e.key(), scalar(e.value()));
            }
            if (entry.contains("envFile"_L1)) {
                imported.notes.append(
                    tr("Its envFile is not read: add the variables it needs by hand."));
            }
        } else if (!url.isEmpty() && type != "stdio"_L1) {
            const QUrl parsed(url);
            if (!parsed.isValid() ||
                (parsed.scheme() != "http"_L1 && parsed.scheme() != "https"_L1)) {
                out.skipped.append(tr("%1: the URL is not an http or https address.").arg(name));
                continue;
            }
            server.transport = Mcp::Transport::Http;
            server.url = parsed;
            const QJsonObject headers = entry.value("headers"_L1).toObject();
            for (auto h = headers.begin(); h != headers.end(); ++h) {
                server.headerNames.append(h.key());
                imported.secrets.headers.insert(h.key(), scalar(h.value()));
            }
            // Cline reads a url without a type as SSE.
            if (type == "sse"_L1) {
                imported.notes.append(tr("It was set up for the older HTTP+SSE transport; "
                                         "Confab speaks Streamable HTTP to the same URL."));
            }
        } else {
            out.skipped.append(tr("%1: neither a command nor a URL.").arg(name));
            continue;
        }
        bool placeholders = hasPlaceholder(server.command) || hasPlaceholder(url);
        for (const QString &arg : std::as_const(server.arguments))
            placeholders = placeholders || hasPlaceholder(arg);
        for (const QString &value : imported.secrets.environment)
            placeholders = placeholders || hasPlaceholder(value);
        for (const QString &value : imported.secrets.headers)
            placeholders = placeholders || hasPlaceholder(value);
        if (placeholders) {
            imported.notes.append(tr("It uses ${…} placeholders, which Confab does not fill "
                                     "in: replace them with the values."));
        }
        out.servers.append(imported);
    }
    return out;
}

QByteArray write(const QList<ToolServer> &servers)
{
    QJsonObject entries;
    QSet<QString> names;
    for (const ToolServer &server : servers) {
        QString name = server.name.isEmpty() ? u"server"_s : server.name;
        for (int n = 2; names.contains(name); ++n)
            name = u"%1 (%2)"_s.arg(server.name).arg(n);
        names.insert(name);
        QJsonObject entry;
        if (server.transport == Mcp::Transport::Http) {
            entry.insert("type"_L1, "http"_L1);
            entry.insert("url"_L1, server.url.toString());
            QJsonObject headers;
            for (const QString &header : server.headerNames)
                headers.insert(header, QString());
            if (!headers.isEmpty())
                entry.insert("headers"_L1, headers);
        } else {
            entry.insert("command"_L1, server.command);
            entry.insert("args"_L1, QJsonArray::fromStringList(server.arguments));
            QJsonObject env;
            for (const QString &variable : server.environmentNames)
                env.insert(variable, QString());
            if (!env.isEmpty())
                entry.insert("env"_L1, env);
            if (!server.workingDirectory.isEmpty())
                entry.insert("cwd"_L1, server.workingDirectory);
        }
        entries.insert(name, entry);
    }
    return QJsonDocument(QJsonObject{{"mcpServers"_L1, entries}}).toJson(QJsonDocument::Indented);
}

} // namespace McpConfigFile
