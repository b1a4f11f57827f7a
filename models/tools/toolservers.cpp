// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "toolservers.h"

#include "mcpaudit.h"
#include "mcpchat.h"
#include "mcpclient.h"
#include "settingsfile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
const QString kServers = u"mcpServers"_s;

QString hiddenTextWarnings(const McpTool &tool)
{
    QStringList lines;
    for (const McpToolAudit::HiddenChar &h : McpToolAudit::findHiddenText(tool)) {
        lines.append(ToolServers::tr("Hidden character %1 in %2")
                         .arg(McpToolAudit::describe(h.codePoint), h.where));
    }
    return lines.join(u'\n');
}
} // namespace

ToolServers::ToolServers(SettingsFile *file, SecretStore *keychain, QNetworkAccessManager *network,
                         QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_network(network)
    , m_approvals(file)
    , m_secrets(keychain)
{
    connect(&m_secrets, &ToolSecrets::warningChanged, this, &ToolServers::secretsWarningChanged);
    connect(&m_secrets, &ToolSecrets::loaded, this, [this](const QString &serverId) {
        if (m_startWhenLoaded.remove(serverId))
            ensureStarted(serverId);
    });
    load();
    m_draft = new ToolServerDraft(this, this);
}

ToolServers::~ToolServers()
{
    closeAll();
}

void ToolServers::load()
{
    QSettings &settings = m_file->raw();
    QList<ToolServer> servers;
    const int size = settings.beginReadArray(kServers);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        const ToolServer server = ToolServer::fromJson(
            QJsonDocument::fromJson(settings.value(u"json"_s).toString().toUtf8()).object());
        if (!server.id.isEmpty())
            servers.append(server);
    }
    settings.endArray();
    m_servers.reset(servers);
}

void ToolServers::save() const
{
    QSettings &settings = m_file->raw();
    settings.remove(kServers);
    const auto &rows = m_servers.rows();
    settings.beginWriteArray(kServers, int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(
            u"json"_s,
            QString::fromUtf8(
                QJsonDocument(rows.at(i).server.toJson()).toJson(QJsonDocument::Compact)));
    }
    settings.endArray();
    settings.sync();
}

void ToolServers::startEnabled()
{
    for (const auto &row : m_servers.rows()) {
        if (row.server.enabled)
            ensureStarted(row.server.id);
    }
}

void ToolServers::closeAll()
{
    const QStringList ids = m_clients.keys();
    for (const QString &id : ids)
        dropClient(id);
}

QString ToolServers::addServer(ToolServer server, const ToolServerSecrets &secrets)
{
    if (server.id.isEmpty())
        server.id = ToolLaunch::newServerId();
    ToolServerSecrets fresh = secrets;
    fresh.confirmedLaunch.clear(); // a new server is confirmed by its first launch
    fresh.confirmedDescription.clear();
    m_secrets.store(server.id, fresh);
    m_servers.append(server);
    save();
    if (server.enabled)
        ensureStarted(server.id);
    return server.id;
}

void ToolServers::updateServer(const ToolServer &server, const ToolServerSecrets &secrets)
{
    const ToolServerListModel::Row *row = m_servers.find(server.id);
    if (!row)
        return;
    ToolServerSecrets kept = secrets;
    const ToolServerSecrets old = m_secrets.secrets(server.id);
    kept.confirmedLaunch = old.confirmedLaunch; // compared, never taken from the caller
    kept.confirmedDescription = old.confirmedDescription;
    m_secrets.store(server.id, kept);
    dropClient(server.id);
    m_servers.update(server);
    save();
    setState(server.id, server.enabled ? State::Stopped : State::Off);
    if (server.enabled)
        ensureStarted(server.id);
}

void ToolServers::removeServer(const QString &serverId)
{
    dropClient(serverId);
    m_startWhenLoaded.remove(serverId);
    m_secrets.remove(serverId);
    m_approvals.forgetServer(serverId);
    if (ToolListModel *list = m_toolLists.take(serverId))
        list->deleteLater();
    m_servers.remove(serverId);
    save();
    Q_EMIT toolsChanged(serverId);
}

void ToolServers::setEnabled(const QString &serverId, bool enabled)
{
    const ToolServerListModel::Row *row = m_servers.find(serverId);
    if (!row || row->server.enabled == enabled)
        return;
    ToolServer server = row->server;
    server.enabled = enabled;
    m_servers.update(server);
    save();
    if (enabled) {
        setState(serverId, State::Stopped);
        ensureStarted(serverId);
    } else {
        m_startWhenLoaded.remove(serverId);
        dropClient(serverId);
        setState(serverId, State::Off);
        refreshTools(serverId);
    }
}

void ToolServers::setTrusted(const QString &serverId, bool trusted)
{
    const ToolServerListModel::Row *row = m_servers.find(serverId);
    if (!row || row->server.trusted == trusted)
        return;
    ToolServer server = row->server;
    server.trusted = trusted;
    m_servers.update(server);
    save();
}

void ToolServers::setToolEnabled(const QString &serverId, const QString &tool, bool enabled)
{
    const ToolServerListModel::Row *row = m_servers.find(serverId);
    if (!row || row->server.disabledTools.contains(tool) == !enabled)
        return;
    ToolServer server = row->server;
    if (enabled)
        server.disabledTools.removeAll(tool);
    else
        server.disabledTools.append(tool);
    m_servers.update(server);
    save();
    refreshTools(serverId);
}

void ToolServers::revokeAlways(const QString &serverId, const QString &tool)
{
    m_approvals.revokeAlways(serverId, tool);
    refreshTools(serverId);
}

void ToolServers::restart(const QString &serverId)
{
    dropClient(serverId);
    const ToolServerListModel::Row *row = m_servers.find(serverId);
    if (!row)
        return;
    setState(serverId, row->server.enabled ? State::Stopped : State::Off);
    ensureStarted(serverId);
}

void ToolServers::confirmLaunch(const QString &serverId)
{
    const ToolServerListModel::Row *row = m_servers.find(serverId);
    if (!row || !m_secrets.isLoaded(serverId))
        return;
    ToolServerSecrets secrets = m_secrets.secrets(serverId);
    secrets.confirmedLaunch = ToolLaunch::fingerprint(row->server, secrets);
    secrets.confirmedDescription = launchDescription(row->server, secrets);
    m_secrets.store(serverId, secrets);
    if (row->server.enabled)
        ensureStarted(serverId);
}

QString ToolServers::launchDescription(const ToolServer &server, const ToolServerSecrets &secrets)
{
    QStringList lines;
    if (server.transport == Mcp::Transport::Http) {
        lines.append(u"url: "_s + server.url.toString());
        for (const QString &header : server.headerNames)
            lines.append(u"header: "_s + header);
    } else {
        lines.append(u"command: "_s + server.command);
        for (const QString &argument : server.arguments)
            lines.append(u"argument: "_s + argument);
        for (const QString &name : server.environmentNames)
            lines.append(u"environment: "_s + name + u'=' + secrets.environment.value(name));
        if (!server.workingDirectory.isEmpty())
            lines.append(u"folder: "_s + server.workingDirectory);
    }
    return lines.join(u'\n');
}

QVariantMap ToolServers::launchDetails(const QString &serverId) const
{
    const ToolServerListModel::Row *row = m_servers.find(serverId);
    if (!row)
        return {};
    const ToolServer &server = row->server;
    const ToolServerSecrets secrets = m_secrets.secrets(serverId);
    QStringList environment;
    for (const QString &name : server.environmentNames)
        environment.append(name + u'=' + secrets.environment.value(name));
    QString changes;
    if (!secrets.confirmedDescription.isEmpty()) {
        changes = ToolApprovals::lineDiff(secrets.confirmedDescription,
                                          launchDescription(server, secrets));
    }
    return {{u"serverId"_s, server.id},
            {u"name"_s, server.name},
            {u"http"_s, server.transport == Mcp::Transport::Http},
            {u"command"_s, server.command},
            {u"arguments"_s, server.arguments},
            {u"environment"_s, environment},
            {u"workingDirectory"_s, server.workingDirectory},
            {u"url"_s, server.url.toString()},
            {u"headers"_s, server.headerNames},
            {u"changes"_s, changes}};
}

ToolListModel *ToolServers::toolsOf(const QString &serverId)
{
    ToolListModel *&list = m_toolLists[serverId];
    if (!list) {
        list = new ToolListModel(this); // C++ ownership: QML never deletes it
        refreshTools(serverId);
    }
    return list;
}

QString ToolServers::logOf(const QString &serverId) const
{
    const McpClient *client = m_clients.value(serverId);
    if (!client)
        return {};
    QStringList lines;
    for (const McpLogLine &line : client->log()) {
        const QString time =
            QDateTime::fromMSecsSinceEpoch(line.timestampMs).toString(u"HH:mm:ss"_s);
        lines.append(line.level.isEmpty()
                         ? QString(time + u' ' + line.text)
                         : QString(time + u" ["_s + line.level + u"] "_s + line.text));
    }
    return lines.join(u'\n');
}

std::optional<ToolServer> ToolServers::server(const QString &serverId) const
{
    const ToolServerListModel::Row *row = m_servers.find(serverId);
    return row ? std::optional<ToolServer>(row->server) : std::nullopt;
}

void ToolServers::recordApproval(const QString &serverId, const McpTool &tool, bool always)
{
    m_approvals.approve(serverId, tool, always);
    refreshTools(serverId);
}

McpConfigImport ToolServers::importJson(const QByteArray &json)
{
    McpConfigImport result = McpConfigFile::parse(json);
    for (ImportedServer &imported : result.servers) {
        imported.server.enabled = false; // an import launches nothing
        imported.server.id = addServer(imported.server, imported.secrets);
    }
    return result;
}

QString ToolServers::importFile(const QUrl &file)
{
    QFile in(SettingsJson::localPath(file.toString()));
    if (!in.open(QIODevice::ReadOnly))
        return tr("Could not read %1: %2").arg(in.fileName(), in.errorString());
    const McpConfigImport result = importJson(in.read(16 * 1024 * 1024));
    if (!result.error.isEmpty())
        return result.error;
    QStringList lines;
    lines.append(tr("Imported %n server(s). None is enabled yet: enable one to see what it "
                    "runs and confirm it.",
                    "", int(result.servers.size())));
    for (const ImportedServer &imported : result.servers) {
        for (const QString &note : imported.notes)
            lines.append(imported.server.name + u": "_s + note);
    }
    lines.append(result.skipped);
    return lines.join(u'\n');
}

QString ToolServers::exportFile(const QUrl &file) const
{
    QList<ToolServer> servers;
    for (const auto &row : m_servers.rows())
        servers.append(row.server);
    QSaveFile out(SettingsJson::localPath(file.toString()));
    if (!out.open(QIODevice::WriteOnly) || out.write(McpConfigFile::write(servers)) < 0 ||
        !out.commit())
        return tr("Could not write %1: %2").arg(out.fileName(), out.errorString());
    return {};
}

ToolCatalog ToolServers::catalog(const std::optional<QStringList> &selection) const
{
    QList<OfferedTool> offered;
    QList<std::pair<QString, QString>> names;
    for (const auto &row : m_servers.rows()) {
        if (!row.server.enabled || (selection && !selection->contains(row.server.id)))
            continue;
        const McpClient *client = m_clients.value(row.server.id);
        if (!client || client->state() != Mcp::State::Ready)
            continue;
        for (const McpTool &tool : client->tools()) {
            if (row.server.disabledTools.contains(tool.name) || tool.requiresTask())
                continue;
            offered.append(OfferedTool{{}, row.server.id, row.server.name, tool});
            names.append({row.server.name, tool.name});
        }
    }
    const QStringList exposed = McpChat::exposedNames(names);
    for (qsizetype i = 0; i < offered.size(); ++i)
        offered[i].name = exposed.at(i);
    return ToolCatalog(offered);
}

McpClient *ToolServers::client(const QString &serverId) const
{
    return m_clients.value(serverId);
}

ToolServers::State ToolServers::state(const QString &serverId) const
{
    const ToolServerListModel::Row *row = m_servers.find(serverId);
    return row ? row->state : State::Off;
}

void ToolServers::ensureStarted(const QString &serverId)
{
    const ToolServerListModel::Row *row = m_servers.find(serverId);
    if (!row || !row->server.enabled)
        return;
    if (const McpClient *client = m_clients.value(serverId);
        client &&
        (client->state() == Mcp::State::Connecting || client->state() == Mcp::State::Ready))
        return;
    if (!m_secrets.isLoaded(serverId)) {
        m_startWhenLoaded.insert(serverId);
        setState(serverId, State::Starting);
        m_secrets.load(serverId);
        return;
    }
    const ToolServerSecrets secrets = m_secrets.secrets(serverId);
    if (secrets.confirmedLaunch != ToolLaunch::fingerprint(row->server, secrets)) {
        setState(serverId, State::NeedsConfirmation);
        return;
    }
    connectServer(row->server, secrets);
}

void ToolServers::connectServer(const ToolServer &server, const ToolServerSecrets &secrets)
{
    dropClient(server.id);
    McpClientOptions options = m_options;
    options.requestTimeoutMs = server.timeoutSeconds * 1000;
    auto *client = new McpClient(ToolLaunch::mcpConfig(server, secrets), m_network, options, this);
    m_clients.insert(server.id, client);
    const QString id = server.id;
    connect(client, &McpClient::stateChanged, this, [this, id] { onClientState(id); });
    connect(client, &McpClient::toolsChanged, this, [this, id] {
        refreshTools(id);
        onClientState(id);
    });
    connect(client, &McpClient::logLineAdded, this, [this, id] { Q_EMIT logChanged(id); });
    setState(id, State::Starting);
    client->connectToServer();
}

void ToolServers::dropClient(const QString &serverId)
{
    McpClient *client = m_clients.take(serverId);
    if (!client)
        return;
    client->disconnect(this);
    client->close();
    client->deleteLater();
}

void ToolServers::onClientState(const QString &serverId)
{
    const McpClient *client = m_clients.value(serverId);
    if (!client)
        return;
    switch (client->state()) {
    case Mcp::State::Idle:
    case Mcp::State::Closing:
    case Mcp::State::Closed:
        setState(serverId, State::Stopped);
        break;
    case Mcp::State::Connecting:
        setState(serverId, State::Starting);
        break;
    case Mcp::State::Ready:
        // Ready for the chat once its tools are known.
        setState(serverId, client->hasToolList() ? State::Ready : State::Starting);
        break;
    case Mcp::State::Failed: {
        const McpError &error = client->error();
        setState(serverId, State::Failed,
                 error.detail.isEmpty() || error.message.contains(error.detail)
                     ? error.message
                     : error.message + u"\n"_s + error.detail);
        break;
    }
    }
}

void ToolServers::refreshTools(const QString &serverId)
{
    const ToolServerListModel::Row *row = m_servers.find(serverId);
    const McpClient *client = m_clients.value(serverId);
    QList<ToolListModel::Row> rows;
    int changed = 0;
    int hidden = 0;
    if (row && client) {
        for (const McpTool &tool : client->tools()) {
            const ToolApprovals::Check check = m_approvals.check(serverId, tool);
            ToolListModel::Row r{tool,          !row->server.disabledTools.contains(tool.name),
                                 check.always,  check.changed,
                                 check.changes, hiddenTextWarnings(tool)};
            changed += r.changed ? 1 : 0;
            hidden += r.warnings.isEmpty() ? 0 : 1;
            rows.append(r);
        }
    }
    QStringList attention;
    if (changed > 0)
        attention.append(tr("%n tool(s) changed since you approved them.", "", changed));
    if (hidden > 0)
        attention.append(tr("%n tool(s) contain hidden characters.", "", hidden));
    m_servers.setTools(serverId, int(rows.size()), attention.join(u' '));
    if (ToolListModel *list = m_toolLists.value(serverId))
        list->setRows(rows);
    Q_EMIT toolsChanged(serverId);
}

void ToolServers::setState(const QString &serverId, State state, const QString &error)
{
    const ToolServerListModel::Row *row = m_servers.find(serverId);
    if (!row || (row->state == state && row->errorMessage == error))
        return;
    m_servers.setStatus(serverId, state, error);
    Q_EMIT stateChanged(serverId, state);
}
