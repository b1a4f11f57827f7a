// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "mcptoolcall.h"

#include "mcpclient.h"

using namespace Qt::StringLiterals;

McpToolCall::McpToolCall(McpClient *client, const QString &name, const QJsonObject &arguments)
    : m_client(client)
    , m_handle(std::make_shared<McpDetail::RequestHandle>())
    , m_name(name)
    , m_arguments(arguments)
{
    m_clock.start();
}

McpToolCall::~McpToolCall()
{
    cancel(u"The request was dropped."_s);
}

void McpToolCall::cancel(const QString &reason)
{
    if (!m_running)
        return;
    m_running = false;
    m_durationMs = m_clock.elapsed();
    m_error = McpError::make(Mcp::ErrorKind::Cancelled, tr("Stopped."));
    if (m_client) {
        if (m_progressToken)
            m_client->m_calls.remove(m_progressToken);
        m_client->cancelRequest(m_handle, reason.isEmpty() ? u"Cancelled by the user"_s : reason);
    } else {
        m_handle->cancelled = true;
    }
}

void McpToolCall::finish(const McpToolResult &result, const McpError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_durationMs = m_clock.elapsed();
    m_result = result;
    m_error = error;
    Q_EMIT finished();
}

void McpToolCall::onProgress(const McpProgress &progress)
{
    if (!m_running)
        return;
    m_progress = progress;
    Q_EMIT progressed(progress);
}
