// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "message.h"
#include "toolcatalog.h"
#include "toolserverlistmodel.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class McpToolCall;
class ToolServers;

/**
 * @brief Runs the tool calls of one answer (a round), one after the other.
 *
 * Each call is a tool message (its id) with a ToolRun. A call runs only once it is allowed:
 * by the user (allow(): once, or always for this tool on this server), because its server is
 * trusted, or because the tool was allowed "always" before and has not changed since (nor
 * hides text); anything else waits in AwaitingApproval, and nothing reaches the server before
 * then. Annotations (readOnlyHint …) are never a reason to skip asking. A call the model
 * cannot make (a tool it was not offered, arguments that are not a JSON object) is answered
 * without running anything, and so is every call of a round over the limit.
 *
 * runChanged() reports every change of a call; roundFinished() follows once every call is
 * settled. cancel() (Stop) and interrupt() (quit) end a round at any point, also mid-call
 * (the MCP request is cancelled), and no roundFinished() follows them.
 */
class ToolRunner : public QObject
{
    Q_OBJECT

public:
    explicit ToolRunner(ToolServers *servers, QObject *parent = nullptr);
    ~ToolRunner() override;

    /** Allow every call without asking (confab-cli --yes; never the app's default). */
    void setAutoApprove(bool on) { m_autoApprove = on; }
    /** How long a call waits for its server to start (default 60 s). */
    void setStartTimeout(int ms) { m_startWait.setInterval(ms); }

    /** The runs for @p calls as the model made them against @p catalog: Queued, or settled
     * already (Unavailable; LoopLimit for every call when @p overLimit). */
    QList<ToolRun> plan(const QList<ToolCall> &calls, const ToolCatalog &catalog,
                        bool overLimit) const;
    /** Runs a round: @p ids are its tool messages, @p runs their plans (plan()). */
    void start(const QList<qint64> &ids, const QList<ToolRun> &runs, const ToolCatalog &catalog);
    bool isActive() const { return m_active; }
    /** The call of message @p id in this round, or null. */
    const ToolRun *run(qint64 id) const;

    /**
     * Allows the call of message @p id, which awaits approval, with @p arguments (a JSON
     * object as text; empty: the model's own). False, with @p error for people, when it is not
     * awaiting approval or the arguments are not a JSON object.
     */
    bool allow(qint64 id, ToolEnums::Approval approval, const QString &arguments = {},
               QString *error = nullptr);
    /** Refuses the call of message @p id: the model is told so. */
    bool deny(qint64 id);
    /** Stop: the running call is cancelled; every unfinished call ends Cancelled. */
    void cancel();
    /** Quit: every unfinished call ends Interrupted. */
    void interrupt();

    /** Why @p text cannot be a call's arguments (for people), or empty. */
    static QString argumentsError(const QString &text);

Q_SIGNALS:
    /** The call of message @p id changed. @p text is its result for people (empty while it has
     * none), @p error why it failed. */
    void runChanged(qint64 id, const ToolRun &run, const QString &text, const QString &error);
    /** Every call of the round is settled. */
    void roundFinished();

private:
    struct Item
    {
        qint64 id = 0;
        ToolRun run;
        McpTool tool;
        QString text;
        QString error;
    };

    Item *item(qint64 id);
    void advance();
    /** Decides how Queued item @p i may run: at once (trusted, always, auto) or after asking. */
    void decide(Item &item);
    void runItem(qint64 id);
    void callWhenReady(qint64 id);
    void onCallFinished(qint64 id);
    void settle(Item &item, ToolEnums::Status status, const QString &error = {});
    void endAll(ToolEnums::Status status);
    void report(const Item &item);

    QPointer<ToolServers> m_servers;
    QList<Item> m_items;
    QPointer<McpToolCall> m_call;
    qint64 m_waitingFor = 0; // the item waiting for its server to start
    QTimer m_startWait;
    QMetaObject::Connection m_stateConnection;
    bool m_active = false;
    bool m_autoApprove = false;
};
