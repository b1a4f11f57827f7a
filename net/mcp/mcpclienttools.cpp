// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// McpClient, continued: tools (listing with paging, list_changed, calls) and notifications.
#include "mcpclient.h"

#include "mcpheaders.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxSubscriptionFailures = 3;
}

McpToolCall *McpClient::callTool(const QString &name, const QJsonObject &arguments,
                                 const McpCallOptions &options)
{
    auto *call = new McpToolCall(this, name, arguments);
    const qint64 token = m_nextToken++;
    call->m_progressToken = options.progress ? token : 0;
    if (options.progress)
        m_calls.insert(token, call);

    QJsonObject params{{"name"_L1, name}, {"arguments"_L1, arguments}};
    if (options.progress)
        params.insert("_meta"_L1, QJsonObject{{"progressToken"_L1, token}});
    Outgoing out;
    out.method = u"tools/call"_s;
    out.params = params;
    out.options.timeoutMs = options.timeoutMs;
    out.options.maxDurationMs = m_options.maxCallDurationMs;
    out.options.name = name;
    if (m_era == Mcp::Era::Modern && m_config.transport == Mcp::Transport::Http) {
        if (const McpTool *tool = findTool(name))
            out.options.headers = McpHeaders::paramHeaders(tool->inputSchema, arguments);
    }
    out.handle = call->m_handle;
    QPointer<McpToolCall> guard(call);
    out.handler = [this, guard](const McpRpcOutcome &outcome) {
        if (guard)
            finishCall(guard, outcome);
    };
    qCInfo(lcMcp) << "calling tool" << name << "on" << m_config.name;
    send(std::move(out));
    return call;
}

void McpClient::finishCall(McpToolCall *call, const McpRpcOutcome &outcome)
{
    if (call->m_progressToken)
        m_calls.remove(call->m_progressToken);
    if (!outcome.ok()) {
        call->finish({}, outcome.error);
        return;
    }
    if (!outcome.result.isObject()) {
        call->finish({}, McpError::make(Mcp::ErrorKind::Protocol,
                                        tr("The server's tool result is not an object.")));
        return;
    }
    call->finish(McpToolResult::fromJson(outcome.result.toObject()), {});
}

void McpClient::refreshTools()
{
    if (m_state != Mcp::State::Ready)
        return;
    if (m_listing) {
        m_listAgain = true; // list_changed while a listing runs: list once more after it
        return;
    }
    m_listing = true;
    m_pendingTools.clear();
    m_seenCursors.clear();
    listPage({});
}

void McpClient::listPage(const QString &cursor)
{
    QJsonObject params;
    if (!cursor.isEmpty())
        params.insert("cursor"_L1, cursor);
    request(u"tools/list"_s, params, [this](const McpRpcOutcome &outcome) {
        if (!outcome.ok()) {
            m_listing = false;
            m_listAgain = false;
            qCWarning(lcMcp) << "tools/list failed:" << outcome.error.kind << outcome.error.message;
            Q_EMIT toolListFailed(outcome.error);
            return;
        }
        const QJsonObject result = outcome.result.toObject();
        const bool headersMatter =
            m_era == Mcp::Era::Modern && m_config.transport == Mcp::Transport::Http;
        for (const QJsonValue &entry : result.value("tools"_L1).toArray()) {
            McpTool tool;
            QString why;
            if (!McpTool::fromJson(entry.toObject(), &tool, &why) ||
                (headersMatter && !McpHeaders::validateToolHeaders(tool.inputSchema, &why))) {
                qCWarning(lcMcp) << "dropped a tool of" << m_config.name << ":" << why;
                continue;
            }
            const bool duplicate =
                std::any_of(m_pendingTools.cbegin(), m_pendingTools.cend(),
                            [&tool](const McpTool &t) { return t.name == tool.name; });
            if (duplicate) {
                qCWarning(lcMcp) << "dropped a second tool named" << tool.name;
                continue;
            }
            m_pendingTools.append(tool);
        }
        const QString next = result.value("nextCursor"_L1).toString();
        if (!next.isEmpty()) {
            if (m_seenCursors.contains(next) ||
                m_seenCursors.size() + 1 >= m_options.maxToolPages) {
                qCWarning(lcMcp) << "tools/list of" << m_config.name
                                 << "does not end; keeping the pages read so far";
            } else {
                m_seenCursors.append(next);
                listPage(next);
                return;
            }
        }
        m_tools = std::exchange(m_pendingTools, {});
        m_hasToolList = true;
        m_listing = false;
        qCInfo(lcMcp) << "server" << m_config.name << "has" << m_tools.size() << "tools";
        if (std::exchange(m_listAgain, false))
            refreshTools(); // isListingTools() is true during the signal: a newer list comes
        Q_EMIT toolsChanged();
    });
}

void McpClient::startSubscription()
{
    if (m_state != Mcp::State::Ready || m_era != Mcp::Era::Modern || m_subscription)
        return;
    Outgoing out;
    out.method = u"subscriptions/listen"_s;
    out.params = QJsonObject{{"notifications"_L1, QJsonObject{{"toolsListChanged"_L1, true}}}};
    out.options.timeoutMs = 0; // it stays open
    out.handle = std::make_shared<McpDetail::RequestHandle>();
    m_subscription = out.handle;
    out.handler = [this, handle = out.handle](const McpRpcOutcome &outcome) {
        if (m_subscription != handle)
            return;
        m_subscription.reset();
        qCInfo(lcMcp) << "subscription ended" << outcome.error.kind;
        if (m_state == Mcp::State::Ready && ++m_subscriptionFailures <= kMaxSubscriptionFailures)
            m_subscriptionRetry.start(1000 * m_subscriptionFailures);
    };
    send(std::move(out));
}

void McpClient::onNotification(const QString &method, const QJsonObject &params)
{
    if (method == "notifications/progress"_L1) {
        const QJsonValue token = params.value("progressToken"_L1);
        McpToolCall *call = token.isDouble() ? m_calls.value(qint64(token.toDouble())) : nullptr;
        if (!call) {
            qCDebug(lcMcp) << "progress for a request that is not running dropped";
        } else {
            McpProgress progress;
            progress.progress = params.value("progress"_L1).toDouble();
            progress.total = params.value("total"_L1).toDouble(-1);
            progress.message = params.value("message"_L1).toString();
            if (m_session && call->m_handle)
                m_session->touch(call->m_handle->rpcId);
            call->onProgress(progress);
        }
    } else if (method == "notifications/tools/list_changed"_L1) {
        if (m_options.autoListTools)
            refreshTools();
    } else if (method == "notifications/message"_L1) {
        const QJsonValue data = params.value("data"_L1);
        QString text =
            data.isString()
                ? data.toString()
                : QString::fromUtf8(QJsonDocument(QJsonArray{data}).toJson(QJsonDocument::Compact))
                      .chopped(1)
                      .sliced(1);
        const QString logger = params.value("logger"_L1).toString();
        if (!logger.isEmpty())
            text = logger + u": "_s + text;
        appendLog(Mcp::LogSource::Notification, text, params.value("level"_L1).toString());
    } else if (method == "notifications/subscriptions/acknowledged"_L1) {
        m_subscriptionFailures = 0;
    }
    Q_EMIT notificationReceived(method, params);
}
