// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "toolrunner.h"

#include "mcpaudit.h"
#include "mcpclient.h"
#include "toolmessages.h"
#include "toolservers.h"

#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTools, "confab.models.tools", QtInfoMsg)

namespace {
using Status = ToolEnums::Status;
using Approval = ToolEnums::Approval;

bool settled(Status status)
{
    return status != Status::Queued && status != Status::AwaitingApproval &&
           status != Status::Running;
}

/** @p text as a JSON object, or nothing. Empty text is the empty object. */
std::optional<QJsonObject> argumentsObject(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QStringList warningsFor(const McpTool &tool, const QString &arguments)
{
    QStringList lines;
    QList<McpToolAudit::HiddenChar> hidden = McpToolAudit::findHiddenText(tool);
    hidden += McpToolAudit::findHiddenText(arguments, u"arguments"_s);
    for (const McpToolAudit::HiddenChar &h : hidden) {
        lines.append(ToolRunner::tr("Hidden character %1 in %2")
                         .arg(McpToolAudit::describe(h.codePoint), h.where));
    }
    return lines;
}
} // namespace

ToolRunner::ToolRunner(ToolServers *servers, QObject *parent)
    : QObject(parent)
    , m_servers(servers)
{
    m_startWait.setSingleShot(true);
    m_startWait.setInterval(60'000);
    connect(&m_startWait, &QTimer::timeout, this, [this] {
        const qint64 id = std::exchange(m_waitingFor, 0);
        disconnect(m_stateConnection);
        if (Item *it = item(id)) {
            settle(*it, Status::Failed,
                   tr("The server %1 did not start in time.").arg(it->run.serverName));
            advance();
        }
    });
}

ToolRunner::~ToolRunner()
{
    if (m_call)
        m_call->cancel();
    delete m_call;
}

QList<ToolRun> ToolRunner::plan(const QList<ToolCall> &calls, const ToolCatalog &catalog,
                                bool overLimit) const
{
    QList<ToolRun> runs;
    for (const ToolCall &call : calls) {
        ToolRun run;
        run.callId = call.id;
        run.callName = call.name;
        run.arguments = call.arguments.trimmed().isEmpty() ? u"{}"_s : call.arguments;
        if (const OfferedTool *offered = catalog.find(call.name)) {
            run.serverId = offered->serverId;
            run.serverName = offered->serverName;
            run.toolName = offered->tool.name;
            run.warnings = warningsFor(offered->tool, run.arguments);
            run.status = overLimit ? Status::LoopLimit : Status::Queued;
        } else {
            run.status = overLimit ? Status::LoopLimit : Status::Unavailable;
        }
        runs.append(run);
    }
    return runs;
}

void ToolRunner::start(const QList<qint64> &ids, const QList<ToolRun> &runs,
                       const ToolCatalog &catalog)
{
    Q_ASSERT(ids.size() == runs.size());
    m_items.clear();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        Item it{ids.at(i), runs.at(i), {}, {}, {}};
        if (const OfferedTool *offered = catalog.find(runs.at(i).callName))
            it.tool = offered->tool;
        m_items.append(it);
    }
    m_active = true;
    advance();
}

const ToolRun *ToolRunner::run(qint64 id) const
{
    for (const Item &it : m_items) {
        if (it.id == id)
            return &it.run;
    }
    return nullptr;
}

ToolRunner::Item *ToolRunner::item(qint64 id)
{
    for (Item &it : m_items) {
        if (it.id == id)
            return &it;
    }
    return nullptr;
}

void ToolRunner::advance()
{
    if (!m_active)
        return;
    for (Item &it : m_items) {
        if (settled(it.run.status))
            continue;
        if (it.run.status == Status::Queued)
            decide(it);
        return; // one at a time: this one is waiting for the user or its server
    }
    m_active = false;
    Q_EMIT roundFinished();
}

void ToolRunner::decide(Item &it)
{
    const std::optional<ToolServer> server =
        m_servers ? m_servers->server(it.run.serverId) : std::nullopt;
    if (!server) {
        settle(it, Status::Unavailable);
        advance();
        return;
    }
    if (!argumentsObject(it.run.arguments)) {
        settle(it, Status::Failed, tr("The model's arguments are not a JSON object."));
        advance();
        return;
    }
    const ToolApprovals::Check check = m_servers->approvals()->check(server->id, it.tool);
    it.run.changes = check.changes;
    if (server->trusted) {
        it.run.approval = Approval::Trusted;
    } else if (check.always && it.run.warnings.isEmpty()) {
        it.run.approval = Approval::Always;
    } else if (m_autoApprove) {
        it.run.approval = Approval::Auto;
    } else {
        it.run.status = Status::AwaitingApproval;
        report(it);
        return;
    }
    runItem(it.id);
}

bool ToolRunner::allow(qint64 id, ToolEnums::Approval approval, const QString &arguments,
                       QString *error)
{
    Item *it = item(id);
    if (!it || it->run.status != Status::AwaitingApproval ||
        (approval != Approval::Once && approval != Approval::Always)) {
        if (error)
            *error = tr("This call is not waiting for approval.");
        return false;
    }
    if (!arguments.isEmpty()) {
        const std::optional<QJsonObject> edited = argumentsObject(arguments);
        if (!edited) {
            if (error)
                *error = argumentsError(arguments);
            return false;
        }
        const std::optional<QJsonObject> original = argumentsObject(it->run.arguments);
        if (!original ||
            McpToolAudit::canonicalJson(*edited) != McpToolAudit::canonicalJson(*original)) {
            it->run.arguments =
                QString::fromUtf8(QJsonDocument(*edited).toJson(QJsonDocument::Compact));
            it->run.argumentsEdited = true;
        }
    }
    it->run.approval = approval;
    if (m_servers)
        m_servers->recordApproval(it->run.serverId, it->tool, approval == Approval::Always);
    qCInfo(lcTools) << "call approved:" << it->run.toolName << approval;
    runItem(id);
    return true;
}

bool ToolRunner::deny(qint64 id)
{
    Item *it = item(id);
    if (!it || it->run.status != Status::AwaitingApproval)
        return false;
    settle(*it, Status::Denied);
    advance();
    return true;
}

void ToolRunner::runItem(qint64 id)
{
    Item *it = item(id);
    if (!it)
        return;
    it->run.status = Status::Running;
    report(*it);
    callWhenReady(id);
}

void ToolRunner::callWhenReady(qint64 id)
{
    Item *it = item(id);
    if (!it || !m_servers)
        return;
    const QString serverId = it->run.serverId;
    m_servers->ensureStarted(serverId);
    switch (m_servers->state(serverId)) {
    case ToolServerEnums::State::Ready:
        break;
    case ToolServerEnums::State::Starting:
    case ToolServerEnums::State::Stopped:
        if (m_waitingFor == 0) {
            m_waitingFor = id;
            m_startWait.start();
            m_stateConnection = connect(m_servers, &ToolServers::stateChanged, this,
                                        [this, serverId](const QString &changed) {
                                            if (changed != serverId || m_waitingFor == 0)
                                                return;
                                            const auto s = m_servers->state(serverId);
                                            if (s == ToolServerEnums::State::Starting)
                                                return;
                                            m_startWait.stop();
                                            disconnect(m_stateConnection);
                                            callWhenReady(std::exchange(m_waitingFor, 0));
                                        });
        }
        return;
    case ToolServerEnums::State::NeedsConfirmation:
        settle(*it, Status::Failed,
               tr("The server %1 runs only after you confirm its command in Settings → Tools.")
                   .arg(it->run.serverName));
        advance();
        return;
    case ToolServerEnums::State::Off:
        settle(*it, Status::Failed, tr("The server %1 is turned off.").arg(it->run.serverName));
        advance();
        return;
    case ToolServerEnums::State::Failed: {
        const int row = m_servers->servers()->indexOf(serverId);
        const QString why = row < 0 ? QString() : m_servers->servers()->rows().at(row).errorMessage;
        settle(*it, Status::Failed,
               tr("The server %1 is not working: %2").arg(it->run.serverName, why));
        advance();
        return;
    }
    }
    McpClient *client = m_servers->client(serverId);
    if (!client) {
        settle(*it, Status::Failed, tr("The server %1 is not running.").arg(it->run.serverName));
        advance();
        return;
    }
    // The only place a call reaches a server: after allow(), trust or a standing approval.
    m_call = client->callTool(it->run.toolName, *argumentsObject(it->run.arguments));
    connect(m_call, &McpToolCall::finished, this, [this, id] { onCallFinished(id); });
}

void ToolRunner::onCallFinished(qint64 id)
{
    McpToolCall *call = m_call;
    m_call = nullptr;
    if (!call)
        return;
    call->deleteLater();
    Item *it = item(id);
    if (!it)
        return;
    if (call->error().isError()) {
        const McpError &error = call->error();
        settle(*it, Status::Failed,
               error.detail.isEmpty() || error.message.contains(error.detail)
                   ? error.message
                   : error.message + u"\n"_s + error.detail);
    } else {
        it->run.result = call->result().toJson();
        it->text = ToolMessages::resultText(call->result());
        settle(*it, Status::Succeeded);
    }
    advance();
}

void ToolRunner::settle(Item &it, ToolEnums::Status status, const QString &error)
{
    it.run.status = status;
    it.error = error;
    report(it);
}

void ToolRunner::endAll(ToolEnums::Status status)
{
    if (!m_active)
        return;
    m_active = false;
    m_startWait.stop();
    disconnect(m_stateConnection);
    m_waitingFor = 0;
    if (McpToolCall *call = m_call) {
        m_call = nullptr;
        call->cancel(tr("The user stopped the answer."));
        call->deleteLater();
    }
    for (Item &it : m_items) {
        if (!settled(it.run.status))
            settle(it, status);
    }
}

void ToolRunner::cancel()
{
    endAll(Status::Cancelled);
}

void ToolRunner::interrupt()
{
    endAll(Status::Interrupted);
}

void ToolRunner::report(const Item &it)
{
    Q_EMIT runChanged(it.id, it.run, it.text, it.error);
}

QString ToolRunner::argumentsError(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return tr("Not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString());
    if (!doc.isObject())
        return tr("The arguments must be a JSON object ({ … }).");
    return {};
}
