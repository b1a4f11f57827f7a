// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// ChatController's tool loop: the servers a turn waits for, approvals, and the rounds of tool
// calls between answers (the rest of the class is in chatcontroller.cpp).
#include "chatcontroller.h"

#include "toolmessages.h"
#include "toolrunner.h"
#include "toolselection.h"
#include "toolservers.h"

#include <algorithm>
#include <optional>
#include <utility>

bool ChatController::toolServersStarting() const
{
    if (!m_toolServers || !m_toolSelection)
        return false;
    const std::optional<QStringList> selection = m_toolSelection->selection();
    const auto &rows = m_toolServers->servers()->rows();
    return std::any_of(rows.cbegin(), rows.cend(), [&selection](const auto &row) {
        return row.server.enabled && (!selection || selection->contains(row.server.id)) &&
               row.state == ToolServerEnums::State::Starting;
    });
}

void ChatController::resumeWaitingStream()
{
    const qint64 id = std::exchange(m_waitingId, 0);
    m_toolWait.stop();
    if (id != 0 && m_messages.contains(id))
        streamInto(id, m_waitingContinuation, false);
}

void ChatController::setToolServers(ToolServers *servers)
{
    m_toolServers = servers;
    m_toolWait.setSingleShot(true);
    connect(&m_toolWait, &QTimer::timeout, this, &ChatController::resumeWaitingStream);
    connect(servers, &ToolServers::stateChanged, this, [this] {
        if (m_waitingId != 0 && !toolServersStarting())
            resumeWaitingStream();
    });
    m_runner = new ToolRunner(servers, this);
    m_toolSelection = new ToolSelection(servers, this);
    connect(m_runner, &ToolRunner::runChanged, this, &ChatController::onToolRun);
    connect(m_runner, &ToolRunner::roundFinished, this, &ChatController::onToolRoundFinished);
    connect(m_toolSelection, &ToolSelection::selectionChanged, this,
            &ChatController::saveConversationSettings);
}

bool ChatController::allowTool(qint64 messageId, bool always, const QString &arguments)
{
    return m_runner &&
           m_runner->allow(messageId,
                           always ? ToolEnums::Approval::Always : ToolEnums::Approval::Once,
                           arguments);
}

bool ChatController::denyTool(qint64 messageId)
{
    return m_runner && m_runner->deny(messageId);
}

QString ChatController::toolArgumentsError(const QString &text) const
{
    return ToolRunner::argumentsError(text);
}

int ChatController::toolRounds(qint64 id) const
{
    int rounds = 0;
    for (qint64 at = id; at != 0 && m_messages.contains(at);) {
        const Message &m = m_messages.messageById(at);
        if (m.author == Message::Author::User)
            break;
        if (m.author == Message::Author::Assistant && !m.toolCalls.isEmpty())
            ++rounds;
        at = m.parentId;
    }
    return rounds;
}

void ChatController::startToolRound(qint64 id)
{
    const Message &answer = m_messages.messageById(id);
    m_roundOverLimit = toolRounds(id) > m_maxToolRounds;
    const QList<ToolRun> runs = m_runner->plan(answer.toolCalls, m_catalog, m_roundOverLimit);
    QList<qint64> ids;
    qint64 parent = id;
    for (const ToolRun &run : runs) {
        Message tool;
        tool.author = Message::Author::Tool;
        tool.parentId = parent;
        tool.tool = run;
        tool.state = MessageNames::stateOf(run.status);
        tool.createdAt = QDateTime::currentMSecsSinceEpoch();
        parent = addMessage(tool);
        ids.append(parent);
    }
    m_roundAnswerId = id;
    m_lastToolMessageId = parent;
    m_runner->start(ids, runs, m_catalog);
}

void ChatController::onToolRun(qint64 id, const ToolRun &run, const QString &text,
                               const QString &error)
{
    m_messages.setToolRun(id, run, text, error);
    saveMessage(id);
}

void ChatController::onToolRoundFinished()
{
    if (m_roundOverLimit || !m_messages.contains(m_lastToolMessageId)) {
        endTurn(m_lastToolMessageId);
        return;
    }
    startAnswer(m_lastToolMessageId); // the model reads the results and goes on
}
